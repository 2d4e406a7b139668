/**
 * Stage 1, decode: document bytes to text.
 *
 * Order matters and is the whole algorithm:
 *   1. empty input is refused;
 *   2. known binary formats (by their magic numbers) are refused;
 *   3. a byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE);
 *   4. UTF-16 without a BOM is recognised by its NUL bytes on every other position
 *      (this must come before the NUL-byte binary check);
 *   5. any other NUL byte means binary;
 *   6. strict UTF-8 (TextDecoder with fatal: true) — most documents stop here;
 *   7. an HTML page that declares its charset is decoded with it;
 *   8. otherwise a legacy single-byte encoding: a Cyrillic letter-frequency score
 *      chooses between windows-1251 and KOI8-R (chardet confuses them on short
 *      texts, and is slower); when neither reads as Cyrillic prose, chardet
 *      names the encoding (windows-1252, ISO-8859-x, …).
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { PipelineError, type Decoded } from './types.js';

/** Magic numbers of formats we refuse, with the words the error message uses. */
const BINARY_SIGNATURES: ReadonlyArray<{ bytes: readonly number[]; offset?: number; what: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x42, 0x4d], what: 'a BMP image' },
  { bytes: [0x57, 0x45, 0x42, 0x50], offset: 8, what: 'a WebP image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (or an Office document)' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'an empty ZIP archive' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x42, 0x5a, 0x68], what: 'a bzip2 archive' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'an xz archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], what: 'a RAR archive' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF file' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Office document' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'an executable (ELF)' },
];
// BMP's "BM" is also how a text may begin ("BMW ..."): only trust it with its header size field.
const weakSignature = (what: string) => what === 'a BMP image';

export function sniffBinary(bytes: Uint8Array): string | null {
  for (const sig of BINARY_SIGNATURES) {
    const at = sig.offset ?? 0;
    if (bytes.length < at + sig.bytes.length) continue;
    if (!sig.bytes.every((b, i) => bytes[at + i] === b)) continue;
    if (
      weakSignature(sig.what) &&
      !(bytes.length >= 14 && bytes[6] === 0 && bytes[7] === 0 && bytes[8] === 0 && bytes[9] === 0)
    ) {
      continue;
    }
    return sig.what;
  }
  return null;
}

/** UTF-16 without a BOM: in a sample, one of the two byte positions is almost always NUL. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // Latin text in UTF-16 has a NUL in nearly every pair; Cyrillic (U+04xx) has 0x04 there instead.
  const cyrLe = countPairs(bytes, n, 1, 0x04);
  const cyrBe = countPairs(bytes, n, 0, 0x04);
  if ((oddNul + cyrLe) / pairs > 0.6 && evenNul / pairs < 0.1) return 'utf-16le';
  if ((evenNul + cyrBe) / pairs > 0.6 && oddNul / pairs < 0.1) return 'utf-16be';
  return null;
}

function countPairs(bytes: Uint8Array, n: number, pos: 0 | 1, value: number): number {
  let c = 0;
  for (let i = pos; i < n; i += 2) if (bytes[i] === value) c++;
  return c;
}

const HTML_EXTENSIONS = /\.(x?html?|xht)$/i;
const TEXT_EXTENSIONS = /\.(txt|text|md|markdown|csv)$/i;

export function looksLikeHtml(text: string, fileName: string): boolean {
  if (HTML_EXTENSIONS.test(fileName)) return true;
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|\?xml[^>]*>\s*<(!doctype\s+)?html)/i.test(head)) return true;
  if (TEXT_EXTENSIONS.test(fileName)) return false;
  // No telling name: several structural tags near the top.
  const tags = head.match(/<\/?(html|head|body|title|meta|p|div|article|section|h[1-6]|br|ul|li|a)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 3;
}

/** The charset an HTML page declares in <meta charset> or http-equiv, if iconv-lite knows it. */
function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  if (!m?.[1]) return null;
  const cs = m[1].toLowerCase();
  return iconv.encodingExists(cs) ? normaliseCharset(cs) : null;
}

function normaliseCharset(name: string): string {
  const n = name.toLowerCase().replace(/_/g, '-');
  const aliases: Record<string, string> = {
    cp1251: 'windows-1251',
    'win-1251': 'windows-1251',
    'x-cp1251': 'windows-1251',
    koi8r: 'koi8-r',
    'koi8-u': 'koi8-u',
    utf8: 'utf-8',
    'iso-8859-1': 'iso-8859-1',
    latin1: 'iso-8859-1',
    ibm866: 'ibm866',
    cp866: 'ibm866',
  };
  return aliases[n] ?? n;
}

/**
 * Relative frequencies (per mille) of lower-case letters in Russian prose,
 * plus the Ukrainian and Belarusian letters. Decoding windows-1251 bytes as
 * KOI8-R (or the reverse) turns most lower-case letters into upper-case ones
 * and rare ones, so the right decoding scores clearly higher.
 */
const CYRILLIC_FREQ: Record<string, number> = {
  о: 110,
  е: 85,
  а: 80,
  и: 74,
  н: 67,
  т: 63,
  с: 55,
  р: 47,
  в: 45,
  л: 44,
  к: 35,
  м: 32,
  д: 30,
  п: 28,
  у: 26,
  я: 20,
  ы: 19,
  ь: 17,
  г: 17,
  з: 16,
  б: 16,
  ч: 15,
  й: 12,
  х: 10,
  ж: 9,
  ш: 7,
  ю: 6,
  ц: 5,
  щ: 4,
  э: 3,
  ф: 3,
  ъ: 0.4,
  ё: 0.4,
  і: 50,
  ї: 6,
  є: 4,
  ґ: 0.5,
  ў: 10,
};

/**
 * Higher is more like real Cyrillic prose: frequent letters, mostly lower case.
 * A Latin text in a Western encoding decoded as Cyrillic gives Cyrillic letters
 * glued to Latin ones ("Cafй", "crиme"); real Cyrillic words are all Cyrillic,
 * so a text where many Cyrillic letters touch Latin ones scores 0.
 */
export function cyrillicScore(text: string): number {
  let score = 0;
  let letters = 0;
  let mixed = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x400 || code > 0x4ff) continue;
    letters++;
    score += CYRILLIC_WEIGHT[code - 0x400]!;
    if (isLatinLetter(text.charCodeAt(i - 1)) || isLatinLetter(text.charCodeAt(i + 1))) mixed++;
  }
  if (letters === 0 || mixed / letters > 0.2) return 0;
  return score / letters;
}

/** CYRILLIC_FREQ by code point (U+0400 to U+04FF), upper-case letters at a fifth of their weight. */
const CYRILLIC_WEIGHT = Float64Array.from({ length: 0x100 }, (_, i) => {
  const ch = String.fromCharCode(0x400 + i);
  const lower = ch.toLowerCase();
  const f = CYRILLIC_FREQ[lower] ?? 0;
  return lower === ch ? f : f * 0.2;
});

const isLatinLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

const CYRILLIC_CANDIDATES = ['windows-1251', 'koi8-r'] as const;
/** Statistics need only a sample; chardet over a whole large file would cost seconds. */
const SAMPLE_BYTES = 8 * 1024;

function decodeLegacy(bytes: Uint8Array): { text: string; charset: string } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sample = buf.subarray(0, SAMPLE_BYTES);
  // Cyrillic first, by letter frequencies: cheap, and right where chardet mixes up 1251 and KOI8-R.
  const scored = CYRILLIC_CANDIDATES.map((cs) => ({ cs, score: cyrillicScore(iconv.decode(sample, cs)) })).sort(
    (a, b) => b.score - a.score,
  );
  const best = scored[0]!;
  // Real Cyrillic prose scores around 40-60; a mis-decoding or a Latin text scores far lower.
  if (best.score >= 15) return { text: iconv.decode(buf, best.cs), charset: best.cs };
  const top = chardet.detect(sample);
  const cs = top && iconv.encodingExists(top) ? normaliseCharset(top) : 'windows-1252';
  return { text: iconv.decode(buf, cs), charset: cs };
}

function result(text: string, charset: string, fileName: string): Decoded {
  if (text.trim().length === 0) throw new PipelineError('empty', 'the file holds only white space, no text');
  // A NUL character survives some decodings (UTF-16) but no text store takes it.
  if (text.includes('\u0000'))
    throw new PipelineError('binary', 'holds NUL characters, so it looks like a binary file, not a text document');
  return { text, charset, mediaType: looksLikeHtml(text, fileName) ? 'text/html' : 'text/plain' };
}

export function decode(bytes: Uint8Array, fileName: string): Decoded {
  if (bytes.length === 0) throw new PipelineError('empty', 'the file is empty (0 bytes)');
  const binary = sniffBinary(bytes);
  if (binary) throw new PipelineError('binary', `looks like ${binary}, not a text document`);

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return result(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8', fileName);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return result(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le', fileName);
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return result(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be', fileName);
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) return result(new TextDecoder(utf16).decode(bytes), utf16, fileName);
  if (bytes.includes(0)) {
    throw new PipelineError('binary', 'holds NUL bytes, so it looks like a binary file, not a text document');
  }

  try {
    return result(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8', fileName);
  } catch (err) {
    if (err instanceof PipelineError) throw err;
    // Not UTF-8: fall through to the legacy encodings.
  }

  const declared = declaredHtmlCharset(bytes);
  if (declared && declared !== 'utf-8') {
    return result(iconv.decode(Buffer.from(bytes), declared), declared, fileName);
  }
  let legacy: { text: string; charset: string };
  try {
    legacy = decodeLegacy(bytes);
  } catch (cause) {
    throw new PipelineError('encoding', 'is neither UTF-8 nor a legacy encoding we can recognise; save it as UTF-8', {
      cause,
    });
  }
  return result(legacy.text, legacy.charset, fileName);
}
