/**
 * Paragraphs and sentences with character offsets into MainText.text.
 *
 * A paragraph is a non-empty line (plain-text captures put one paragraph on a
 * line; the HTML main text separates blocks with line breaks too). Sentences
 * come from Intl.Segmenter, then two menders join what it split wrongly:
 *   1. after an abbreviation or an initial ("Gen.", "No. 227", "St.", "I. P.");
 *   2. before a continuation that cannot start a sentence (a lower-case
 *      letter). A digit may start a sentence ("225 thousand people worked…");
 *   3. a split it missed: a full stop after a word (not an abbreviation) and
 *      a sentence that starts with a figure («…Главнокомандующего. 8 мая 1965»).
 * Two structures change that:
 *   - a table row (table-rows.ts): its cells are its sentences, each with the
 *     header of its column;
 *   - a question and its answer ("Q: When was Minsk freed? A: On 3 July
 *     1944."), on one line or two: the question's last sentence and the
 *     answer's first are one sentence, so the question's verb meets the
 *     answer's date.
 */
import { ABBREVIATIONS } from './lexicon/abbreviations.js';
import { tableRows, type TableRow } from './table-rows.js';

export type { TableRow } from './table-rows.js';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export interface Paragraph {
  start: number;
  end: number;
  text: string;
  sentences: Sentence[];
  /** Set when the line is a row of a table: `sentences` are its cells. */
  row?: TableRow;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return s;
}

/** True when a piece ending like this must not end a sentence. */
function endsWithAbbreviation(piece: string): boolean {
  // Only the tail can hold the abbreviation: testing the whole piece made long,
  // merged sentences quadratic. No abbreviation or initial is 64 characters long.
  const m = /(?:^|[\s(«"“'])([\p{L}.]+)\.\s*$/u.exec(piece.length > 64 ? piece.slice(-64) : piece);
  if (!m || m[1] === undefined) return false;
  const word = m[1];
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "I. P. Abramskii"
  return ABBREVIATIONS.has(word.toLowerCase());
}

function startsAsContinuation(piece: string): boolean {
  return /^\s*\p{Ll}/u.test(piece);
}

const MISSED_BREAK = /(?<=[\p{L}]{2}[.!?]["»”)]?)\s+(?=\d)/gu;

/** Intl.Segmenter's pieces, cut again where mender 3 finds a missed break. */
function* pieces(text: string, lang: string): Generator<{ index: number; segment: string }> {
  for (const seg of segmenter(lang).segment(text)) {
    let from = 0;
    for (const m of seg.segment.matchAll(MISSED_BREAK)) {
      const cut = m.index + m[0].length;
      if (endsWithAbbreviation(seg.segment.slice(0, m.index + 1))) continue;
      yield { index: seg.index + from, segment: seg.segment.slice(from, cut) };
      from = cut;
    }
    yield { index: seg.index + from, segment: seg.segment.slice(from) };
  }
}

export function splitSentences(text: string, offset = 0, lang = 'en'): Sentence[] {
  const out: Sentence[] = [];
  for (const seg of pieces(text, lang)) {
    const start = offset + seg.index;
    const end = start + seg.segment.length;
    const prev = out[out.length - 1];
    // A line break after a word or a comma (a hard-wrapped paragraph) ends no sentence.
    if (
      prev &&
      (endsWithAbbreviation(prev.text) ||
        startsAsContinuation(seg.segment) ||
        /[\p{L}\d,\-–—][ \t]*\r?\n\s*$/u.test(prev.text))
    ) {
      prev.end = end;
      prev.text += seg.segment;
    } else {
      out.push({ start, end, text: seg.segment });
    }
  }
  // Trim trailing white space from each sentence, keeping offsets exact.
  for (const s of out) {
    const trimmed = s.text.replace(/\s+$/u, '');
    s.end -= s.text.length - trimmed.length;
    s.text = trimmed;
  }
  return out.filter((s) => s.text.trim().length > 0);
}

const ANSWER = /^(?:A|Answer|О|Ответ)\s*[:.)]/u;
const ASKED = /\?["”»)]?$/u;

/** Joins each answer's first sentence to the question before it (see the header). */
function joinAnswers(text: string, paragraphs: Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  const join = (q: Sentence, a: Sentence): Sentence => ({
    start: q.start,
    end: a.end,
    text: text.slice(q.start, a.end),
  });
  for (const p of paragraphs) {
    const prev = out[out.length - 1];
    const first = p.sentences[0];
    const question = prev?.sentences[prev.sentences.length - 1];
    if (!p.row && !prev?.row && first && question && ANSWER.test(first.text) && ASKED.test(question.text)) {
      // An answer on its own line: one paragraph with its question.
      prev!.sentences[prev!.sentences.length - 1] = join(question, first);
      prev!.sentences.push(...p.sentences.slice(1));
      prev!.end = p.end;
      prev!.text = text.slice(prev!.start, prev!.end);
      continue;
    }
    if (p.row) {
      out.push(p);
      continue;
    }
    const sentences: Sentence[] = [];
    for (const s of p.sentences) {
      const q = sentences[sentences.length - 1];
      if (q && ANSWER.test(s.text) && ASKED.test(q.text)) sentences[sentences.length - 1] = join(q, s);
      else sentences.push(s);
    }
    out.push({ ...p, sentences });
  }
  return out;
}

/** A line that ends no sentence: no full stop, colon or the like at its end. */
const UNENDED = /[\p{L}\d,\-–—]\s*$/u;
/** A line that may continue the one above: not a list item, a numbered heading, a table border or a bracketed note. */
const CONTINUES = /^\s*(?![-–—•*·▪►+|[]|\d{1,2}[.)]\s)["“«(]?[\p{L}\d]/u;
/** How long a line must be to have been cut at the page's width. */
const WRAP_WIDTH = 60;

/**
 * Lines cut at a fixed width (a PDF's or an e-mail's text): the indices i
 * whose line runs on into line i + 1. A line runs on when it is long, ends no
 * sentence, holds no column gap, and the next line follows it directly and
 * may continue it. Only in a document with at least three such lines, so a
 * page with one paragraph a line keeps its lines.
 */
function wrappedLines(
  text: string,
  lines: { start: number; end: number; text: string }[],
  rows: Map<number, unknown>,
): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (rows.has(i) || rows.has(i + 1)) continue;
    if (!/^\r?\n$/u.test(text.slice(line.end, next.start))) continue;
    const body = line.text.trim();
    if (body.length < WRAP_WIDTH || !UNENDED.test(body) || /\S\s{3,}\S/u.test(body)) continue;
    if (!CONTINUES.test(next.text) || /\S\s{3,}\S/u.test(next.text.trim())) continue;
    out.add(i);
  }
  return out.size >= 3 ? out : new Set();
}

export function segment(text: string, lang = 'en'): Paragraph[] {
  const lines: { start: number; end: number; text: string }[] = [];
  const re = /[^\n\r]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim() === '') continue;
    lines.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  const rows = tableRows(lines);
  const wrapped = wrappedLines(text, lines, rows);
  const paragraphs: Paragraph[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const raw = line.text;
    const lead = raw.length - raw.trimStart().length;
    const start = line.start + lead;
    const row = rows.get(i);
    if (row) {
      const body = raw.trim();
      paragraphs.push({ start, end: start + body.length, text: body, sentences: row.cells, row });
      continue;
    }
    // A hard-wrapped paragraph: its lines are one paragraph, the line breaks inside it spaces.
    let last = i;
    while (wrapped.has(last)) last++;
    const end = lines[last]!.start + lines[last]!.text.trimEnd().length;
    const body = text.slice(start, end);
    paragraphs.push({ start, end, text: body, sentences: splitSentences(body, start, lang) });
    i = last;
  }
  return joinAnswers(text, paragraphs);
}
