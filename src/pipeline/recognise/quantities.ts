/**
 * Figures with their qualifiers, as ranges: "more than 75 thousand" is
 * {75000, null}, "about 660" {660, 660}, "between 248,000 and 400,000"
 * {248000, 400000}, "a million", "two and a half", "3.5 thousand",
 * "330,000-strong", "400,00" (a dropped zero: read as 400,000), fractions
 * ("a quarter of"). Each figure carries the noun phrase it counts and, for
 * spans of time, its unit. Dates are found first; a figure inside a date is
 * not a figure.
 */
import {
  APPROXIMATE,
  FRACTION_WORDS,
  LOWER_BOUND,
  NUMBER_WORDS,
  SCALE_WORDS,
  TIME_UNITS,
  UPPER_BOUND,
} from '../lexicon/en.js';
import { APPROXIMATE_RU, LOWER_BOUND_RU, SCALE_WORDS_RU, UPPER_BOUND_RU } from '../lexicon/ru.js';
import type { QuantityMention, Recogniser } from './types.js';
import { escapeRe, hits, overlaps } from './util.js';

const alt = (xs: string[]) =>
  xs
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');
const WORDNUM = `(?:${alt(Object.keys(NUMBER_WORDS))})(?:[-\\s](?:${alt(Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! < 10))}))?`;
const SCALE = `(?:${alt([...Object.keys(SCALE_WORDS), ...Object.keys(SCALE_WORDS_RU)])})`;
const DIGITS = `\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d{1,3}(?:[\\u00A0\\u202F]\\d{3})+(?!\\d)|\\d{1,3},\\d{2}(?!\\d)|\\d+(?:[.,]\\d+)?`;
/** One number: digits or words, then optionally "and a half" and a scale ("thousand"). */
const NUMBER = `(?:(?:${DIGITS})|${WORDNUM}(?:\\s+and\\s+a\\s+half)?|a(?=[-\\s]+${SCALE}))(?:[-\\s]+${SCALE})?(?![\\p{L}\\d])`;
const QUAL = `(?:(${alt([...LOWER_BOUND, ...UPPER_BOUND, ...APPROXIMATE, ...LOWER_BOUND_RU, ...UPPER_BOUND_RU, ...APPROXIMATE_RU])})\\s+)?`;
const FIGURE = new RegExp(
  `(?<![\\p{L}\\d#№.,/-]|No\\.\\s|No\\s|№\\s)${QUAL}(?:(between|from|от)\\s+(${NUMBER})\\s+(?:and|to|до)\\s+(${NUMBER})|(${NUMBER})(?:\\s*(?:[–-]|to)\\s*(${NUMBER}))?)`,
  'giu',
);
/** "three out of four buildings": a share, N/M. */
const OUT_OF = new RegExp(`${QUAL}(${NUMBER})\\s+(?:out\\s+of|of\\s+every|in\\s+every)\\s+(${NUMBER})`, 'giu');
const FRACTION = new RegExp(`${QUAL}(a|one|two|three)\\s+(${alt(Object.keys(FRACTION_WORDS))})s?(?=\\s+of\\b)`, 'giu');

/** A cheap test first: most sentences have no figure at all. */
const MAYBE = new RegExp(
  `\\d|(?<![\\p{L}])(?:${alt(Object.keys(NUMBER_WORDS))}|${alt(Object.keys(FRACTION_WORDS))}|${SCALE})`,
  'iu',
);

/** The value of one number expression, or null when it is not one. */
export function parseNumber(raw: string): number | null {
  let s = raw.toLowerCase().trim().replace(/\.$/u, '');
  let scale = 1;
  const sc = new RegExp(`[-\\s]+(${SCALE})$`, 'iu').exec(s);
  if (sc) {
    scale = SCALE_WORDS[sc[1]!] ?? SCALE_WORDS_RU[sc[1]!] ?? SCALE_WORDS_RU[sc[1]! + '.'] ?? 1;
    s = s.slice(0, sc.index);
  }
  let half = 0;
  if (/\s+and\s+a\s+half$/u.test(s)) {
    half = 0.5;
    s = s.replace(/\s+and\s+a\s+half$/u, '');
  }
  let n: number;
  if (s === 'a') n = 1;
  else if (/^\d{1,3}(?:,\d{3})+$/u.test(s)) n = Number(s.replace(/,/gu, ''));
  else if (/^\d{1,3}(?:[\u00A0\u202F]\d{3})+$/u.test(s)) n = Number(s.replace(/[\u00A0\u202F]/gu, ''));
  else if (/^\d{1,3},\d{2}$/u.test(s) && scale === 1)
    n = Number(s.replace(',', '')) * 10; // "400,00": a dropped zero
  else if (/^\d+[.,]\d+$/u.test(s)) n = Number(s.replace(',', '.'));
  else if (/^\d+$/u.test(s)) n = Number(s);
  else {
    const parts = s.split(/[-\s]+/u).map((w) => NUMBER_WORDS[w]);
    if (parts.some((p) => p === undefined)) return null;
    n = parts.reduce<number>((a, b) => a + (b as number), 0);
  }
  return (n + half) * scale;
}

/** Words that end the noun phrase a figure counts. */
const STOP = new Set(
  `were was is are be been had has have in on at of who which that from to for by with as during into after before until
  than the a an its their his her our this these those it they and or but not were, while when where then there here
  joined worked took made lost died fought held surrendered awarded received became given created operating remained
  буд был была были в на и из за для по от до что который которые`.split(/\s+/u),
);

function nounAfter(
  text: string,
  from: number,
): { noun: string; end: number; adjectival: boolean; unit?: QuantityMention['unit'] } {
  const rest = text.slice(from);
  const adj = /^-(strong|day|days|month|months|week|weeks|year|years|man)(?![\p{L}])/iu.exec(rest);
  if (adj) {
    const u = TIME_UNITS[adj[1]!.toLowerCase()];
    const phrase = nounAfter(text, from + adj[0].length);
    return { noun: phrase.noun, end: phrase.end, adjectival: true, ...(u && { unit: u }) };
  }
  const re = /\s+([\p{L}][\p{L}'’-]*)/uy;
  const words: string[] = [];
  let pos = 0;
  let end = from;
  for (;;) {
    re.lastIndex = pos;
    const m = re.exec(rest);
    if (!m) break;
    const w = m[1]!;
    const lower = w.toLowerCase();
    // "tanks and assault guns": "and" continues the phrase when a word follows in the same clause.
    if (lower === 'and' && words.length > 0 && words.length < 4) {
      pos = re.lastIndex;
      words.push(w);
      continue;
    }
    if (STOP.has(lower) || words.length >= 5) break;
    words.push(w);
    pos = re.lastIndex;
    end = from + pos;
  }
  while (words.length && words[words.length - 1]!.toLowerCase() === 'and') words.pop();
  const noun = words.join(' ');
  const u = words.length ? TIME_UNITS[words[0]!.toLowerCase()] : undefined;
  return { noun, end, adjectival: false, ...(u && { unit: u }) };
}

function bounds(qualifier: string | undefined, lo: number, hi: number): { min: number | null; max: number | null } {
  const q = qualifier?.toLowerCase();
  if (q && [...LOWER_BOUND, ...LOWER_BOUND_RU].includes(q)) return { min: lo, max: null };
  if (q && [...UPPER_BOUND, ...UPPER_BOUND_RU].includes(q)) return { min: null, max: hi };
  return { min: lo, max: hi };
}

export function findQuantities(
  text: string,
  offset: number,
  exclude: { start: number; end: number }[] = [],
): QuantityMention[] {
  const out: QuantityMention[] = [];
  if (!MAYBE.test(text)) return out;
  for (const h of hits(OUT_OF, text, offset)) {
    if (exclude.some((e) => overlaps(e, h))) continue;
    const [qual, a, b] = h.groups;
    const n = parseNumber(a!);
    const m = parseNumber(b!);
    if (n === null || m === null || m === 0 || n > m) continue;
    const after = nounAfter(text, h.end - offset);
    const { min, max } = bounds(qual, n / m, n / m);
    out.push({
      kind: 'quantity',
      start: h.start,
      end: h.end,
      min,
      max,
      noun: after.noun,
      nounEnd: offset + after.end,
      recogniser: 'quantity.share',
    });
  }
  for (const h of hits(FIGURE, text, offset)) {
    if (exclude.some((e) => overlaps(e, h)) || out.some((q) => overlaps(q, h))) continue;
    const [qual, between, a, b, single, dashTo] = h.groups;
    const lo = parseNumber(between ? a! : single!);
    const hiRaw = between ? b : dashTo;
    const hi = hiRaw !== undefined ? parseNumber(hiRaw) : lo;
    if (lo === null || hi === null) continue;
    // A four-digit bare number in 1800–2099 is a year, and the date recogniser's.
    if (!between && !dashTo && /^(?:1[89]|20)\d\d$/u.test(single!.trim())) continue;
    // "one of the most lethal", "7 of them": a pronoun, not a figure.
    const rest = text.slice(h.end - offset);
    if (
      /^\s+of\s+(?:them|these|those|which|us|the|its|their)(?![\p{L}])/iu.test(rest) ||
      (!/\d/u.test(h.text) && /^\s+of(?![\p{L}])/u.test(rest))
    )
      continue;
    // "93% of the city's buildings", "93 per cent of": a share.
    const pct = /^\s*(?:%|per\s*cent|percent)(?:\s+of\s+(?:all\s+|the\s+)?((?:[\p{L}'’-]+\s?){1,4}))?/iu.exec(
      text.slice(h.end - offset),
    );
    if (pct) {
      const words = (pct[1]?.trim() ?? '').split(/\s+/u);
      const stop = words.findIndex((w) => STOP.has(w.toLowerCase()));
      const noun = (stop >= 0 ? words.slice(0, stop) : words).join(' ');
      const share = bounds(qual, Math.min(lo, hi) / 100, Math.max(lo, hi) / 100);
      const end = h.end + pct[0].trimEnd().length;
      out.push({ kind: 'quantity', start: h.start, end, ...share, noun, nounEnd: end, recogniser: 'quantity.percent' });
      continue;
    }
    // "800,000 or more" has no upper bound, "200 or fewer" no lower one.
    const OPEN = /^\s+(?:or|and)\s+(?:(more|over|above|upwards)|(fewer|less|under))(?![\p{L}])/iu;
    const early = OPEN.exec(rest);
    const end = h.end + (early?.[0].length ?? 0);
    const noun = nounAfter(text, end - offset);
    // "400 raids or more": the bound may follow the noun too.
    const late = early ? null : OPEN.exec(text.slice(noun.end));
    const open = early ?? late;
    const after = late ? { ...noun, end: noun.end + late[0].length } : noun;
    const bounded = bounds(qual, Math.min(lo, hi), Math.max(lo, hi));
    const { min, max } = open?.[1]
      ? { min: Math.min(lo, hi), max: null }
      : open?.[2]
        ? { min: null, max: Math.max(lo, hi) }
        : bounded;
    out.push({
      kind: 'quantity',
      start: h.start,
      end,
      min,
      max,
      noun: after.noun,
      nounEnd: offset + after.end,
      recogniser: between
        ? 'quantity.between'
        : dashTo
          ? 'quantity.dash-range'
          : qual
            ? 'quantity.qualified'
            : 'quantity.plain',
      ...(after.unit && { unit: after.unit }),
      ...(after.adjectival && { adjectival: true }),
    });
  }
  for (const h of hits(FRACTION, text, offset)) {
    if (exclude.some((e) => overlaps(e, h)) || out.some((q) => overlaps(q, h))) continue;
    const [qual, count, part] = h.groups;
    const n =
      (count!.toLowerCase() === 'a' ? 1 : (NUMBER_WORDS[count!.toLowerCase()] ?? 1)) *
      FRACTION_WORDS[part!.toLowerCase()]!;
    const after = /^\s+of\s+(?:all\s+|the\s+)?((?:[\p{L}'’-]+\s?){1,4})/u.exec(text.slice(h.end - offset));
    const noun = after?.[1]?.trim() ?? '';
    const { min, max } = bounds(qual, n, n);
    out.push({
      kind: 'quantity',
      start: h.start,
      end: h.end,
      min,
      max,
      noun,
      nounEnd: h.end + (after?.[0].trimEnd().length ?? 0),
      recogniser: 'quantity.fraction',
    });
  }
  return out.sort((x, y) => x.start - y.start);
}

export const quantityRecogniser: Recogniser = {
  name: 'quantities',
  recognise({ sentence }, found) {
    const dates = found.filter((m) => m.kind === 'date' || m.kind === 'range');
    return findQuantities(sentence.text, sentence.start, dates);
  },
};
