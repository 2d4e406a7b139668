/**
 * Figures with their qualifiers, as ranges: "more than 75 thousand" is
 * {75000, null}, "about 660" {660, 660}, "up to 5,000" {null, 5000},
 * "between 248,000 and 400,000" {248000, 400000}, «от 7 до 8 тысяч» and
 * "7–8 thousand" {7000, 8000} (the scale of the second number reaches back to
 * the first), "a million", "two and a half", "3.5 thousand", "330,000-strong",
 * "400,00" (a dropped zero: read as 400,000), fractions ("a quarter of"),
 * shares ("three out of four", "2/3 of"). Numbers in words, English and
 * Russian, follow the grammar in numbers.ts; an ordinal is no figure.
 *
 * Each figure carries the noun phrase it counts, for spans of time its unit,
 * and, when it is not a count, its measure (money, a time of day, a phone
 * number, a page, an age, a score, a visit: measures.ts). "hundreds of
 * thousands", «десятки тысяч» are vague: {min: 2 × the magnitude, max: null}.
 *
 * Dates are found first; a figure inside a date is not a figure, nor is a
 * bare year, a day of the month ("22 June", «22 июня» without a year) or the
 * parts of a numeric date ("22.06.1941", "5/6/1942").
 */
import { APPROXIMATE, LOWER_BOUND, MONTHS, TIME_UNITS, UPPER_BOUND } from '../lexicon/en.js';
import {
  FRACTION_WORDS,
  HALF_RU,
  HUNDREDS_RU,
  SCALES_EN,
  SCALES_RU,
  TEENS_EN,
  TEENS_RU,
  TENS_EN,
  TENS_RU,
  UNITS_EN,
  UNITS_RU,
  VAGUE_LEADS_EN,
  VAGUE_LEADS_RU,
  VAGUE_MULTIPLIERS_EN,
  VAGUE_MULTIPLIERS_RU,
  VAGUE_SCALES_EN,
  VAGUE_SCALES_RU,
  WHOLE_RU,
} from '../lexicon/numbers.js';
import { APPROXIMATE_RU, LOWER_BOUND_RU, MONTHS_RU, UPPER_BOUND_RU } from '../lexicon/ru.js';
import { findShapes, measureAround } from './measures.js';
import { alt, LETTER, NB, numberSource, ORDINAL_AFTER, parseNumber, scaleOf } from './numbers.js';
import type { QuantityMention, Recogniser } from './types.js';
import { hits, overlaps } from './util.js';

type Lang = 'en' | 'ru';
const CYRILLIC = /[\u0400-\u04FF]/u;

const QUALIFIERS: Record<Lang, string[]> = {
  en: [...LOWER_BOUND, ...UPPER_BOUND, ...APPROXIMATE],
  ru: [...LOWER_BOUND_RU, ...UPPER_BOUND_RU, ...APPROXIMATE_RU],
};
const qual = (lang: Lang) => `(?:(${alt(QUALIFIERS[lang])})\\s+)?`;

const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** The grammar's regexes read lower-cased text (see numbers.ts). */
function grammar(lang: Lang) {
  const NUMBER = numberSource(lang);
  const QUAL = qual(lang);
  const opener = lang === 'ru' ? 'от|между|від' : 'between|from';
  const joiner = lang === 'ru' ? 'до|и|по' : 'and|to';
  const vague =
    lang === 'ru'
      ? { leads: VAGUE_LEADS_RU, multipliers: VAGUE_MULTIPLIERS_RU, scales: VAGUE_SCALES_RU }
      : { leads: VAGUE_LEADS_EN, multipliers: VAGUE_MULTIPLIERS_EN, scales: VAGUE_SCALES_EN };
  const singular = lang === 'ru' ? ['сотен', 'тысяч', 'миллионов', 'десятков', 'тисяч'] : Object.keys(SCALES_EN);
  const words =
    lang === 'ru'
      ? [
          ...Object.keys(UNITS_RU),
          ...Object.keys(TEENS_RU),
          ...Object.keys(TENS_RU),
          ...Object.keys(HUNDREDS_RU),
          ...Object.keys(HALF_RU),
          ...Object.keys(WHOLE_RU),
          ...Object.keys(SCALES_RU),
          ...Object.keys(vague.multipliers),
          ...Object.keys(vague.scales),
        ]
      : [
          ...Object.keys(UNITS_EN),
          ...Object.keys(TEENS_EN),
          ...Object.keys(TENS_EN),
          ...Object.keys(SCALES_EN),
          ...Object.keys(FRACTION_WORDS),
          ...Object.keys(vague.multipliers),
          ...Object.keys(vague.scales),
        ];
  return {
    /** A cheap test first: most sentences have no figure at all. */
    // (on the text as it is: number words in lower case or with a capital, as at the start of a sentence)
    maybe: new RegExp(`\\d|(?<![${LETTER}])(?:${alt(new Set([...words, ...words.map(capital)]))})`, 'u'),
    /** Words without which there is no vague magnitude. */
    vagueCue: lang === 'ru' ? /тысяч|сот[не]|десятк|миллион|тисяч|мільйон/u : /hundred|thousand|million|dozens/u,
    figure: new RegExp(
      `(?<![${LETTER}\\d#№.,:/-]|no\\.\\s|no\\s|№\\s)${QUAL}(?:(${opener})\\s+(${NUMBER})\\s+(?:${joiner})\\s+(${NUMBER})|(${NUMBER})(?:\\s*(?:[–—-]|to)\\s*(${NUMBER}))?)`,
      'gu',
    ),
    /** "three out of four buildings": a share, N/M. */
    outOf:
      lang === 'en'
        ? new RegExp(`${QUAL}(${NUMBER})\\s+(?:out\\s+of|of\\s+every|in\\s+every)\\s+(${NUMBER})`, 'gu')
        : null,
    fraction:
      lang === 'en'
        ? new RegExp(`${QUAL}(a|one|two|three)\\s+(${alt(Object.keys(FRACTION_WORDS))})s?(?=\\s+of${NB})`, 'gu')
        : null,
    vague: new RegExp(
      `(?<![${LETTER}])(?:(?:${alt(vague.leads)})\\s+(${alt(singular)})` +
        `|(?:(${alt(Object.keys(vague.multipliers))})\\s+(?:of\\s+)?)?(${alt(Object.keys(vague.scales))}))${NB}`,
      'gu',
    ),
    vagueScale: { ...vague.scales, ...(lang === 'ru' ? SCALES_RU : SCALES_EN) } as Record<string, number>,
    vagueMultiplier: vague.multipliers,
  };
}
const GRAMMAR: Record<Lang, ReturnType<typeof grammar>> = { en: grammar('en'), ru: grammar('ru') };

/** Words that end the noun phrase a figure counts. */
const STOP = new Set(
  `were was is are be been had has have in on at of who which that from to for by with as during into after before until
  than the a an its their his her our this these those it they and or but not were, while when where then there here
  joined worked took made lost died fought held surrendered awarded received became given created operating remained
  more less fewer than about nearly almost around some according
  буд был была были в на и из за для по от до что который которые`.split(/\s+/u),
);

/** "-strong", "-day", «-дневная»: the figure qualifies the following noun. */
const ADJECTIVE =
  /^-(strong|day|days|month|months|week|weeks|year|years|hour|hours|minute|minutes|man|дневн|месячн|недельн|летн|часов|минутн)\p{L}*/iu;
const ADJECTIVE_UNIT: Record<string, QuantityMention['unit']> = {
  дневн: 'day',
  месячн: 'month',
  недельн: 'week',
  летн: 'year',
  часов: 'hour',
  минутн: 'minute',
};

function nounAfter(
  text: string,
  from: number,
): { noun: string; end: number; adjectival: boolean; unit?: QuantityMention['unit'] } {
  const rest = text.slice(from);
  const adj = ADJECTIVE.exec(rest);
  if (adj) {
    const w = adj[1]!.toLowerCase();
    const u = TIME_UNITS[w] ?? ADJECTIVE_UNIT[w];
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
  // "10 minutes' walk": the unit with its possessive.
  const u = words.length ? TIME_UNITS[words[0]!.toLowerCase().replace(/['’]s?$/u, '')] : undefined;
  return { noun, end, adjectival: false, ...(u && { unit: u }) };
}

const LOWER = new Set([...LOWER_BOUND, ...LOWER_BOUND_RU]);
const UPPER = new Set([...UPPER_BOUND, ...UPPER_BOUND_RU]);
function bounds(qualifier: string | undefined, lo: number, hi: number): { min: number | null; max: number | null } {
  const q = qualifier?.toLowerCase();
  if (q && LOWER.has(q)) return { min: lo, max: null };
  if (q && UPPER.has(q)) return { min: null, max: hi };
  return { min: lo, max: hi };
}

const MONTH_CAP = Object.keys(MONTHS)
  .map((m) => m[0]!.toUpperCase() + m.slice(1))
  .join('|');
/** A day of the month, not a figure: "22 June", "22 of June", "June 22", «22 июня». */
const MONTH_AFTER = new RegExp(
  `^\\s+(?:of\\s+)?(?:(?:${MONTH_CAP})(?![\\p{L}])|(?:${alt(Object.keys(MONTHS_RU))})(?![\\p{L}]))`,
  'u',
);
const MONTH_BEFORE = new RegExp(`(?<![\\p{L}])(?:${MONTH_CAP})\\.?\\s+$`, 'u');
/** A year after a preposition that asks for a time: "in 1783", «в 1812». */
/** "which one", "the one", "no one": "one" after a determiner is a pronoun. */
const PRONOUN_ONE = /(?<![\p{L}])(?:which|the|this|that|each|every|any|no|some|another)\s+$/iu;
const YEAR_LEAD = /(?<![\p{L}])(?:in|since|from|until|till|by|of|year|в|с|до|к|по)\s+$/iu;
/** "93%", "93 per cent of", «93 процента». */
const PERCENT =
  /^\s*(?:%|per\s*cent|percent|процент\p{L}*|відсот\p{L}*)(?:\s+of\s+(?:all\s+|the\s+)?((?:[\p{L}'’-]+\s?){1,4})|\s+(?=[\u0400-\u04FF])((?:[\p{L}'’-]+\s?){1,4}))?/iu;
/** "800,000 or more" has no upper bound, "200 or fewer" no lower one. */
const OPEN =
  /^\s+(?:or|and|или|и)\s+(?:(more|over|above|upwards|более|больше)|(fewer|less|under|менее|меньше))(?![\p{L}])(?!\s+(?:than|чем)(?![\p{L}]))/iu;

/** The noun after "of" ("2/3 of the houses", "thousands of civilians"), or the words that follow. */
function nounOf(text: string, from: number) {
  const of = /^\s+of\s+(?:all\s+|the\s+)?/iu.exec(text.slice(from));
  return nounAfter(text, from + (of ? of[0].length - 1 : 0));
}

function clockValue(s: string): number {
  const m = /(\d{1,2})(?:[.:](\d\d))?/u.exec(s)!;
  const h = Number(m[1]) + Number(m[2] ?? 0) / 60;
  return /p\.?\s?m/iu.test(s) && h < 12 ? h + 12 : h;
}

export function findQuantities(
  text: string,
  offset: number,
  exclude: { start: number; end: number }[] = [],
): QuantityMention[] {
  const out: QuantityMention[] = [];
  const lang: Lang = CYRILLIC.test(text) ? 'ru' : 'en';
  const G = GRAMMAR[lang];
  if (!G.maybe.test(text)) return out;
  // Lower case keeps the offsets for nearly every text; when it does not ("İ"), only lower-case words match.
  const lowered = text.toLowerCase();
  const lower = lowered.length === text.length ? lowered : text;
  const blocked = [...exclude];
  const free = (h: { start: number; end: number }) =>
    !blocked.some((e) => overlaps(e, h)) && !out.some((q) => overlaps(q, h));

  // Times of day, phone numbers, marks, "2/3 of", ambiguous numeric dates.
  const digits = /\d/u.test(text);
  for (const s of digits ? findShapes(text, offset) : []) {
    if (!s.measure && s.share === undefined) {
      blocked.push(s);
      continue;
    }
    if (!free(s)) continue;
    const raw = text.slice(s.start - offset, s.end - offset);
    if (s.share !== undefined) {
      const after = nounOf(text, s.end - offset);
      out.push({
        kind: 'quantity',
        start: s.start,
        end: s.end,
        min: s.share,
        max: s.share,
        noun: after.noun,
        nounEnd: offset + after.end,
        recogniser: 'quantity.share',
      });
    } else if (s.measure) {
      const n =
        s.measure === 'clock'
          ? clockValue(raw)
          : s.measure === 'phone'
            ? Number(raw.replace(/\D/gu, ''))
            : (parseNumber(raw.split('/')[0]!.trim()) ?? 0);
      out.push({
        kind: 'quantity',
        start: s.start,
        end: s.end,
        min: n,
        max: n,
        noun: '',
        nounEnd: s.end,
        measure: s.measure,
        recogniser: `quantity.${s.measure}`,
      });
    }
  }

  if (G.outOf && /\s(?:out\s+of|of\s+every|in\s+every)\s/u.test(lower))
    for (const h of hits(G.outOf, lower, offset)) {
      if (!free(h)) continue;
      const [q, a, b] = h.groups;
      const n = parseNumber(a!);
      const m = parseNumber(b!);
      if (n === null || m === null || m === 0 || n > m) continue;
      const after = nounAfter(text, h.end - offset);
      const { min, max } = bounds(q, n / m, n / m);
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

  // The excluded spans (dates) are masked, so that a date's year never pairs with the next
  // number into a range that hides it: "to 2 February 1943 — 200 days".
  let masked = lower;
  for (const e of exclude) {
    const a = Math.max(0, e.start - offset);
    const b = Math.min(masked.length, e.end - offset);
    if (a < b) masked = masked.slice(0, a) + 'x'.repeat(b - a) + masked.slice(b);
  }
  for (const h of hits(G.figure, masked, offset)) {
    if (!free(h)) continue;
    // "on 29–30 September 1941": a day that runs into a masked date is the date's.
    if (masked !== lower && /^\s*(?:[–—-]|to|until|till|до|по)\s*x/u.test(masked.slice(h.end - offset))) continue;
    const [q, between, a, b, single, dashTo] = h.groups;
    const loRaw = between ? a! : single!;
    const hiRaw = between ? b : dashTo;
    let lo = parseNumber(loRaw, q !== undefined);
    const hi = hiRaw !== undefined ? parseNumber(hiRaw, q !== undefined) : lo;
    if (lo === null || hi === null) continue;
    const rest = text.slice(h.end - offset);
    // "the seventy-third day", «двести пятьдесят третий день»: an ordinal, not a figure.
    if (!/\d/u.test(hiRaw ?? loRaw) && ORDINAL_AFTER[lang].test(rest)) continue;
    // «4-й армии», «6-я армия», "4th Army": a number with an ordinal ending (not the cardinal «4-х»).
    if (/\d$/u.test((hiRaw ?? loRaw).trim()) && /^-?(?:й|я|го|ой|ый|ий|ая|ое|ую|ые|th|st|nd|rd)(?![\p{L}])/u.test(rest))
      continue;
    // «от 7 до 8 тысяч», "7 to 8 thousand": the second number's scale reaches back to a first without one.
    if (hiRaw !== undefined && scaleOf(loRaw) === 1) {
      const s = scaleOf(hiRaw);
      if (s > 1 && lo * s <= hi) lo *= s;
    }
    const before = text.slice(Math.max(0, h.start - offset - 40), h.start - offset);
    const digitsOnly = /^\d+$/u.test(loRaw.trim()) && (hiRaw === undefined || /^\d+$/u.test(hiRaw.trim()));
    // "1941-06": a year and a month, the date recogniser's.
    if (hiRaw && digitsOnly && /^(?:1[89]|20)\d\d$/u.test(loRaw.trim()) && hiRaw.trim().length <= 2) continue;
    if (!hiRaw && digitsOnly) {
      const t = loRaw.trim();
      // A four-digit bare number in 1800–2099 is a year, and the date recogniser's.
      if (/^(?:1[89]|20)\d\d$/u.test(t)) continue;
      // "in 1783": an older year after a word that asks for a time, unless a unit follows ("in 1418 days").
      const unit = /^\s+(\p{L}+)/u.exec(rest)?.[1]?.toLowerCase();
      if (!q && /^1[0-7]\d\d$/u.test(t) && YEAR_LEAD.test(before) && !(unit && TIME_UNITS[unit])) continue;
    }
    // "22 June", "June 22", «22 июня»: a day of the month when the date had no year.
    if (digitsOnly && lo <= 31 && hi <= 31 && (MONTH_AFTER.test(rest) || MONTH_BEFORE.test(before))) continue;
    // "one of the most lethal", "7 of them", «один из»: a pronoun, not a figure.
    // "which one killed more", "the one that": a pronoun, not a figure.
    if (!/\d/u.test(h.text) && lo === 1 && hi === 1 && PRONOUN_ONE.test(before)) continue;
    // But a large figure of a group named after it is a count: "2,000 of the defenders", "half a million of our soldiers".
    const partitive = Math.max(lo, hi) >= 100 && /^\s+of\s+(?:the|its|their|our)(?![\p{L}])/iu.test(rest);
    if (
      !partitive &&
      (/^\s+of\s+(?:them|these|those|which|us|the|its|their)(?![\p{L}])/iu.test(rest) ||
        (!/\d/u.test(h.text) && /^\s+(?:of|из)(?![\p{L}])/u.test(rest)))
    )
      continue;
    const pct = PERCENT.exec(rest);
    if (pct) {
      const words = (pct[1] ?? pct[2] ?? '').trim().split(/\s+/u);
      const stop = words.findIndex((w) => STOP.has(w.toLowerCase()));
      const noun = (stop >= 0 ? words.slice(0, stop) : words).join(' ');
      const share = bounds(q, Math.min(lo, hi) / 100, Math.max(lo, hi) / 100);
      const end = h.end + pct[0].trimEnd().length;
      out.push({
        kind: 'quantity',
        start: h.start,
        end,
        ...share,
        noun,
        nounEnd: end,
        measure: 'percent',
        recogniser: 'quantity.percent',
      });
      continue;
    }
    const early = OPEN.exec(rest);
    const end = h.end + (early?.[0].length ?? 0);
    const noun = nounAfter(text, end - offset);
    // "400 raids or more": the bound may follow the noun too.
    const late = early ? null : OPEN.exec(text.slice(noun.end));
    const open = early ?? late;
    const after = late ? { ...noun, end: noun.end + late[0].length } : noun;
    const bounded = bounds(q, Math.min(lo, hi), Math.max(lo, hi));
    const { min, max } = open?.[1]
      ? { min: Math.min(lo, hi), max: null }
      : open?.[2]
        ? { min: null, max: Math.max(lo, hi) }
        : bounded;
    const measure = measureAround(before, rest, after);
    out.push({
      kind: 'quantity',
      start: h.start - (measure?.extendStart ?? 0),
      end,
      min,
      max,
      noun: after.noun,
      nounEnd: offset + after.end,
      recogniser: between
        ? 'quantity.between'
        : dashTo
          ? 'quantity.dash-range'
          : q
            ? 'quantity.qualified'
            : 'quantity.plain',
      ...(after.unit && { unit: after.unit }),
      ...(after.adjectival && { adjectival: true }),
      ...(measure && { measure: measure.measure }),
    });
  }

  if (G.fraction && /half|third|quarter|fifth/u.test(lower))
    for (const h of hits(G.fraction, lower, offset)) {
      if (!free(h)) continue;
      const [q, count, part] = h.groups;
      const c = count!.toLowerCase();
      const n = (c === 'a' ? 1 : (UNITS_EN[c] ?? 1)) * FRACTION_WORDS[part!.toLowerCase()]!;
      const after = /^\s+of\s+(?:all\s+|the\s+)?((?:[\p{L}'’-]+\s?){1,4})/u.exec(text.slice(h.end - offset));
      const noun = after?.[1]?.trim() ?? '';
      const { min, max } = bounds(q, n, n);
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

  // "hundreds of thousands", «десятки тысяч», "several thousand": vague magnitudes.
  if (G.vagueCue.test(lower))
    for (const h of hits(G.vague, lower, offset)) {
      if (!free(h)) continue;
      const [leadScale, multiplier, scale] = h.groups;
      const magnitude = leadScale
        ? (G.vagueScale[leadScale.toLowerCase()] ?? 1)
        : (G.vagueMultiplier[multiplier?.toLowerCase() ?? ''] ?? 1) * (G.vagueScale[scale!.toLowerCase()] ?? 1);
      const after = nounOf(text, h.end - offset);
      out.push({
        kind: 'quantity',
        start: h.start,
        end: h.end,
        min: 2 * magnitude,
        max: null,
        noun: after.noun,
        nounEnd: offset + after.end,
        vague: true,
        recogniser: 'quantity.vague',
      });
    }
  return out.sort((x, y) => x.start - y.start);
}

export { parseNumber } from './numbers.js';

export const quantityRecogniser: Recogniser = {
  name: 'quantities',
  recognise({ sentence }, found) {
    const dates = found.filter((m) => m.kind === 'date' || m.kind === 'range');
    return findQuantities(sentence.text, sentence.start, dates);
  },
};
