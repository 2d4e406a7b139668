/**
 * Dates and date ranges, at the precision the text gives.
 *
 * Parsers, most specific first (a longer match wins over a shorter one that
 * overlaps it), then refiners in this order:
 *   1. ranges: two dates joined by "to", "until", "-", "and" (after "between");
 *      a first date without a year takes the second's ("October 24 to December 5, 1941");
 *      a second date without one takes the first's ("from 10 July 1941 to 10
 *      September"), else a year the sentence gives elsewhere ("in 1941 … from
 *      5 August to 16 October");
 *   2. a date still without a year takes the nearest year after it in the
 *      sentence ("from August until … mid-September 1942"), else the one
 *      before it ("on 16 July 1941 … until the end of July"), else, when it
 *      has a day, the year the paragraph's earlier sentences last gave
 *      («Сражение началось 10 июля 1941 года. Город заняли 16 июля»), else
 *      it is dropped.
 * "for 45 days" is a quantity, never a date.
 */
import { formatPartialDate, parsePartialDate } from '../../domain/index.js';
import { MONTHS } from '../lexicon/en.js';
import { MONTHS_RU } from '../lexicon/ru.js';
import type { DateMention, RangeMention, Recogniser } from './types.js';
import { deOverlap, hits, type Hit } from './util.js';

const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m[0]!.toUpperCase() + m.slice(1))
  .join('|');
const M = `(${MONTH_NAMES})\\.?`;
const MRU = `(${Object.keys(MONTHS_RU)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const D = `(\\d{1,2})(?:st|nd|rd|th)?`;
const Y = `(1[89]\\d\\d|20\\d\\d)`;
const END = `(?![\\p{L}\\p{N}])`;
const RU_YEAR_WORD = `(?:\\s*(?:года|году|год|гг\\.|г\\.|року|році|рік|рр\\.|р\\.)(?![\\p{L}]))?`;
/** Roman month numbers, as in "8.IX.1941". */
const ROMAN_MONTHS: Record<string, number> = {
  I: 1,
  II: 2,
  III: 3,
  IV: 4,
  V: 5,
  VI: 6,
  VII: 7,
  VIII: 8,
  IX: 9,
  X: 10,
  XI: 11,
  XII: 12,
};

interface Raw {
  start: number;
  end: number;
  year?: number;
  month?: number;
  day?: number;
  parser: string;
}

type Parse = (g: (string | undefined)[]) => Omit<Raw, 'start' | 'end' | 'parser'> | null;
/** A parser that reads a match itself and checks the character before it in `lead` (the text before the match). */
type Split = (h: Hit, lead: string) => Raw[];

const month = (s: string | undefined) => (s ? MONTHS[s.toLowerCase().replace(/\.$/u, '')] : undefined);
const monthRu = (s: string | undefined) => (s ? MONTHS_RU[s.toLowerCase()] : undefined);
const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));

/** The parsers, most specific first. */
const PARSERS: {
  name: string;
  re: RegExp;
  parse: Parse;
  split?: Split;
  needs?: 'month' | 'cyrillic';
}[] = [
  // Digits joined by dots, slashes or dashes, in one scan (the character before a match is checked by hand,
  // which is cheaper than a look-behind tried at every position): "22.06.1941", "8.IX.1941"; "22/06/1941",
  // "6/22/1941", "22-06-1941" only when the day is over 12 (else the order is unknown); "1941-06-22".
  {
    name: 'date.numeric',
    re: new RegExp(
      `(\\d{1,2})([./-])(\\d{1,2}|I{1,3}|IV|VI{0,3}|IX|XI{0,2})\\2\\s?${Y}(?![\\d]|[.,]\\d)${RU_YEAR_WORD}` +
        `|${Y}-(\\d{2})-(\\d{2})(?![\\d])`,
      'gu',
    ),
    parse: () => null,
    split: (h, lead) => {
      const [a, sep, m, year, y, isoMonth, isoDay] = h.groups;
      const before = lead.slice(-1);
      if (a !== undefined) {
        if (/[\d.,/-]/u.test(before)) return [];
        const d = Number(a);
        const roman = ROMAN_MONTHS[m!];
        const raw = { start: h.start, end: h.end, year: Number(year), parser: 'date.numeric' };
        if (roman !== undefined) return sep === '.' ? [{ ...raw, day: d, month: roman }] : [];
        const b = Number(m);
        if (sep === '.' || (d > 12 && b <= 12)) return [{ ...raw, day: d, month: b }];
        if (b > 12 && d <= 12) return [{ ...raw, day: b, month: d }];
        return [];
      }
      if (/[\d.,/-]/u.test(before)) return [];
      return [
        {
          start: h.start,
          end: h.end,
          year: Number(y),
          month: Number(isoMonth),
          day: Number(isoDay),
          parser: 'date.iso',
        },
      ];
    },
  },
  // "05.1942", "10/1941": a month of two digits (a leading zero, or 10–12) and a year; "5.1942" reads as a decimal.
  {
    name: 'date.numeric-month',
    re: new RegExp(`(?<![\\d.,/-])(0[1-9]|1[0-2])[./]${Y}(?![\\d]|[.,/-]\\d)`, 'gu'),
    parse: (g) => ({ month: num(g[0]), year: num(g[1]) }),
  },
  // "the 8th of September in 1941", "8th of September, 1941"
  {
    name: 'date.ordinal-of-month',
    needs: 'month',
    re: new RegExp(`(?:the\\s+)?${D}\\s+of\\s+${M}(?:,?\\s+(?:in\\s+)?${Y})?${END}`, 'gu'),
    parse: (g) => ({ day: num(g[0]), month: month(g[1]), year: num(g[2]) }),
  },
  // "July 17, 1942", "January 27 1944", "Dec 30, 2023"
  {
    name: 'date.month-day-year',
    needs: 'month',
    re: new RegExp(`${M}\\s+${D},?\\s+${Y}${END}`, 'gu'),
    parse: (g) => ({ month: month(g[0]), day: num(g[1]), year: num(g[2]) }),
  },
  // "23 August 1942", "2 February, 1943"
  {
    name: 'date.day-month-year',
    needs: 'month',
    re: new RegExp(`(?<![\\d,.])${D}\\s+${M},?\\s+${Y}${END}`, 'gu'),
    parse: (g) => ({ day: num(g[0]), month: month(g[1]), year: num(g[2]) }),
  },
  // «23 августа 1942 года»
  {
    name: 'date.ru-day-month-year',
    needs: 'cyrillic',
    re: new RegExp(`(?<![\\d,.])(\\d{1,2})\\s+${MRU}\\s+${Y}${RU_YEAR_WORD}`, 'giu'),
    parse: (g) => ({ day: num(g[0]), month: monthRu(g[1]), year: num(g[2]) }),
  },
  // «в августе 1942 года»
  {
    name: 'date.ru-month-year',
    needs: 'cyrillic',
    re: new RegExp(`(?<![\\p{L}])${MRU}\\s+${Y}${RU_YEAR_WORD}`, 'giu'),
    parse: (g) => ({ month: monthRu(g[0]), year: num(g[1]) }),
  },
  // «23 августа» (the year comes from a range or the sentence)
  {
    name: 'date.ru-day-month',
    needs: 'cyrillic',
    re: new RegExp(`(?<![\\d,.])(\\d{1,2})\\s+${MRU}(?![\\p{L}])`, 'giu'),
    parse: (g) => ({ day: num(g[0]), month: monthRu(g[1]) }),
  },
  // "mid-September 1942", "August 1942", "early October, 1941"
  {
    name: 'date.month-year',
    needs: 'month',
    re: new RegExp(
      `(?:(?:early|mid|late|the\\s+(?:beginning|end|middle)\\s+of)[-\\s]+)?${M},?\\s+(?:of\\s+)?${Y}${END}`,
      'giu',
    ),
    parse: (g) => ({ month: month(g[0]), year: num(g[1]) }),
  },
  // «осенью 1941 года», «в начале 1942 г.», «к концу 1943 года», «восени 1941 року»: the year's precision
  {
    name: 'date.ru-season-year',
    needs: 'cyrillic',
    re: new RegExp(
      `(?<![\\p{L}])(?:весной|летом|осенью|зимой|навесні|влітку|восени|взимку|(?:(?:в|к|на|до)\\s+)?(?:начале|началу|конце|концу|середине|середину|початку|кінці|середині)|наприкінці)\\s+${Y}${RU_YEAR_WORD}`,
      'giu',
    ),
    parse: (g) => ({ year: num(g[0]) }),
  },
  // "the fall of 1942", "summer 1942", "in late 1943", "early 1942"
  {
    name: 'date.season-year',
    re: new RegExp(
      `(?:the\\s+)?(?:(?:early|mid|late)[-\\s]+)?(?:(?:spring|summer|fall|autumn|winter)(?:\\s+of)?|beginning\\s+of|end\\s+of|middle\\s+of|early|mid|late)[-\\s]+${Y}${END}`,
      'giu',
    ),
    parse: (g) => ({ year: num(g[0]) }),
  },
  // "October 24" before "to December 5, 1941"
  {
    name: 'date.month-day',
    needs: 'month',
    re: new RegExp(`${M}\\s+${D}(?![\\d\\p{L}])(?!,?\\s+\\d)`, 'gu'),
    parse: (g) => ({ month: month(g[0]), day: num(g[1]) }),
  },
  // "23 August" before "to 2 February 1943"
  {
    name: 'date.day-month',
    needs: 'month',
    re: new RegExp(`(?<![\\d,.])${D}\\s+${M}(?![\\p{L}])(?!,?\\s+\\d)`, 'gu'),
    parse: (g) => ({ day: num(g[0]), month: month(g[1]) }),
  },
  // "from August until …", "from late October until …": a bare month only after a preposition that asks for a date.
  {
    name: 'date.bare-month',
    needs: 'month',
    re: new RegExp(
      `(?<=(?:from|since|in|until|till|by|between|(?:end|middle|beginning)\\s+of)\\s+(?:(?:early|mid|late)[-\\s]+)?)${M}(?!\\s*(?:of\\s+)?\\d)`,
      'gu',
    ),
    parse: (g) => ({ month: month(g[0]) }),
  },
  // "In 1965", "1941 and 1944"; not "#1942", "No. 1942", "1,280,000", "1942-strong".
  {
    name: 'date.year',
    re: new RegExp(`(?<![\\d,.#№/]|No\\.\\s|No\\s)${Y}(?!\\d|[.,]\\d|-?(?:strong|day|th))${END}${RU_YEAR_WORD}`, 'gu'),
    parse: (g) => ({ year: num(g[0]) }),
  },
];

function valid(r: Raw): boolean {
  if (r.month === undefined) return r.year !== undefined;
  if (r.year === undefined) return true; // resolved later
  const p = formatPartialDate({ year: r.year, month: r.month, ...(r.day !== undefined && { day: r.day }) });
  return parsePartialDate(p) !== null;
}

function toMention(r: Raw, text: string, offset: number): DateMention | null {
  if (r.year === undefined || !valid(r)) return null;
  const value = formatPartialDate({
    year: r.year,
    ...(r.month !== undefined && { month: r.month }),
    ...(r.day !== undefined && r.month !== undefined && { day: r.day }),
  });
  // Only the words just before the date matter; copying the whole sentence
  // before every date was quadratic on long sentences.
  const before = text.slice(Math.max(0, r.start - offset - 48), r.start - offset);
  // "the offensive of 1942": a year qualifying a noun, not when something happened.
  const attributive =
    r.month === undefined &&
    r.parser === 'date.year' &&
    /\bof\s+$/u.test(before) &&
    !/\b(?:spring|summer|fall|autumn|winter|end|beginning|middle)\s+of\s+$/iu.test(before);
  return { kind: 'date', start: r.start, end: r.end, value, recogniser: r.parser, ...(attributive && { attributive }) };
}

const ANY_MONTH = new RegExp(`(?<![\\p{L}])(?:${MONTH_NAMES})(?![\\p{L}])`, 'u');

/** A part of a month or year after the connector keeps the second date's precision: "until early December 1941". */
const PART = String.raw`(?:(?:early|mid|late)[-\s]+|(?:the\s+)?(?:end|middle|beginning|start)\s+of\s+)?`;
const CONNECTOR = new RegExp(
  String.raw`^\s*(?:-|–|—|to|until|till|through|thru|and|по|до|-\s*to|,\s*and)\s*${PART}$`,
  'u',
);
/** "from 30 September, when the offensive opened, to 20 April": a clause set off by commas inside a from-to range. */
const INTERRUPTED = new RegExp(
  String.raw`^\s*,\s*(?:when|as|the\s+day|after)\s[^,;.]{1,80},\s*(?:to|until|till)\s+${PART}$`,
  'iu',
);

/**
 * A range whose end has no year ("from 10 July 1941 to 10 September", "in 1941
 * … from 5 August to 16 October") takes the year from the same sentence: the
 * start's (a year later when the end's month comes before the start's), else
 * the nearest other year after the range, else before it. False when the
 * sentence gives none.
 */
function yearForRangeEnd(kept: Raw[], i: number, a: Raw, b: Raw, contextYear?: number): boolean {
  if (b.month === undefined) return false;
  if (a.year !== undefined) {
    b.year = a.month !== undefined && b.month < a.month ? a.year + 1 : a.year;
    return true;
  }
  const other =
    kept.slice(i + 2).find((x) => x.year !== undefined && x.month === undefined) ??
    kept
      .slice(0, i)
      .reverse()
      .find((x) => x.year !== undefined);
  const year = other?.year ?? contextYear;
  if (year === undefined) return false;
  b.year = year;
  return true;
}

export interface DateFindings {
  dates: DateMention[];
  ranges: RangeMention[];
}

export function findDates(text: string, offset: number, contextYear?: number): DateFindings {
  const raws: Raw[] = [];
  // Cheap tests first: most sentences name no month, most are not Russian.
  const month = ANY_MONTH.test(text);
  const cyrillic = /[\u0400-\u04FF]/u.test(text);
  for (const p of PARSERS) {
    if ((p.needs === 'month' && !month) || (p.needs === 'cyrillic' && !cyrillic)) continue;
    for (const h of hits(p.re, text, offset)) {
      if (p.split) {
        const lead = text.slice(Math.max(0, h.start - offset - 40), h.start - offset);
        raws.push(...p.split(h, lead));
        continue;
      }
      const parsed = p.parse(h.groups);
      if (parsed) raws.push({ ...parsed, start: h.start, end: h.end, parser: p.name });
    }
  }
  const kept = deOverlap(raws);
  // Refiner 1: ranges.
  const ranges: RangeMention[] = [];
  const inRange = new Set<Raw>();
  for (let i = 0; i + 1 < kept.length; i++) {
    const a = kept[i]!;
    const b = kept[i + 1]!;
    const between = text.slice(a.end - offset, b.start - offset);
    const lead = text.slice(0, a.start - offset);
    const opener = /(?:between|from|from\s+to|с|з|від)\s+(?:(?:early|mid|late)[-\s]+)?$/iu.exec(lead);
    if (!CONNECTOR.test(between) && !(opener && /from/iu.test(opener[0]) && INTERRUPTED.test(between))) continue;
    const isAnd = /and\s*$/u.test(between.replace(new RegExp(`${PART}$`, 'u'), ''));
    if (isAnd && !/between\s+$/iu.test(lead)) continue;
    if (b.year === undefined && !yearForRangeEnd(kept, i, a, b, contextYear)) continue;
    if (a.year === undefined && b.year !== undefined) {
      a.year = b.year;
      if (a.month !== undefined && b.month !== undefined && a.month > b.month) a.year = b.year - 1;
    }
    const from = toMention(a, text, offset);
    const to = toMention(b, text, offset);
    if (!from || !to || from.value > to.value) continue;
    const start = opener ? a.start - opener[0].length : a.start;
    ranges.push({ kind: 'range', start, end: b.end, from, to, recogniser: `range(${a.parser},${b.parser})` });
    inRange.add(a).add(b);
    i++;
  }
  // Refiner 2: a date without a year takes the next year in the sentence.
  for (let i = 0; i < kept.length; i++) {
    const r = kept[i]!;
    if (r.year !== undefined) continue;
    const next =
      kept.slice(i + 1).find((x) => x.year !== undefined) ??
      kept
        .slice(0, i)
        .reverse()
        .find((x) => x.year !== undefined);
    if (next) r.year = next.year;
    // "Minsk was bombed in June 1941. … the city fell on 28 June": a day and month
    // take the year the paragraph last gave (a bare month does not).
    else if (contextYear !== undefined && r.day !== undefined) r.year = contextYear;
  }
  const dates: DateMention[] = [];
  for (const r of kept) {
    const m = toMention(r, text, offset);
    if (m) dates.push(m);
  }
  return { dates, ranges };
}

export const dateRecogniser: Recogniser = {
  name: 'dates',
  recognise({ sentence, year }) {
    // Every date has a year in digits (a bare month takes one from a later date, a day one the paragraph gave).
    if (!/\d/u.test(sentence.text)) return [];
    const { dates, ranges } = findDates(sentence.text, sentence.start, year);
    return [...dates, ...ranges];
  },
};
