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
    if (prev && (endsWithAbbreviation(prev.text) || startsAsContinuation(seg.segment))) {
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

export function segment(text: string, lang = 'en'): Paragraph[] {
  const lines: { start: number; end: number; text: string }[] = [];
  const re = /[^\n\r]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim() === '') continue;
    lines.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  const rows = tableRows(lines);
  const paragraphs = lines.map((line, i): Paragraph => {
    const raw = line.text;
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    const start = line.start + lead;
    const row = rows.get(i);
    if (row) return { start, end: start + body.length, text: body, sentences: row.cells, row };
    return { start, end: start + body.length, text: body, sentences: splitSentences(body, start, lang) };
  });
  return joinAnswers(text, paragraphs);
}
