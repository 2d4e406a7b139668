/**
 * Dates that refer back across a sentence boundary: "On the same day …",
 * "That day …", "The next day …", "Two days later …", «На следующий день …».
 * Such a phrase becomes a date mention of its own sentence (recogniser
 * 'date.carried', its span the phrase, so a quote stays an exact substring),
 * worth the last full date (day, month and year) of the sentence before,
 * plus the days the phrase says. The patterns then read it like any date,
 * and a carried date carries on ("The next day … The following day …").
 *
 * A timeline's line ("1941-06-22 — …", "22 June 1941: …", "* 1942, July 17 …")
 * dates the whole line: each later sentence of the line that has no date of
 * its own gets the line's date as a mention (recogniser 'date.line', its span
 * the date at the line's start, so a claim quotes from there to its verb).
 *
 * The full date a phrase counts from is the last one given before it in the
 * paragraph (or in the line before: "the same day" opening a timeline's
 * line), and only when it is unambiguous: the sentence that gives it names
 * no other full date (a range's two ends aside, where the end is meant).
 * "Five days later" after a date of its own sentence counts from that date.
 *
 * A timeline's line that starts with a day and a month but no year
 * ("Sept. 8 — …") takes the year of the line before. (Inside a paragraph, a
 * day and month take the paragraph's year in the recogniser already:
 * recognise/dates.ts, given the year by extract.ts.)
 *
 * Not carried: when the sentence has a date of its own before a "same day"
 * phrase ("sailed on 16 October 1941, and on the same day …" means that
 * date); when no unambiguous full date comes before; into or out of a table row.
 */
import { MONTHS } from '../lexicon/en.js';
import { TEENS_EN, TEENS_RU, UNITS_EN, UNITS_RU } from '../lexicon/numbers.js';
import { MONTHS_RU } from '../lexicon/ru.js';
import type { DateMention, Mention, RangeMention } from '../recognise/types.js';
import type { Paragraph } from '../segment.js';

/** "two days later": small counts in words, in all their Russian case forms (units and teens suffice for days). */
const NUMBER_WORDS = { ...UNITS_EN, ...TEENS_EN };
const NUMBER_WORDS_RU = { ...UNITS_RU, ...TEENS_RU };
const COUNT = [...Object.keys(NUMBER_WORDS), '\\d{1,2}'].join('|');
const COUNT_RU = [...Object.keys(NUMBER_WORDS_RU), '\\d{1,2}'].join('|');

const DECREE = /(?<![\p{L}])(?:by|in|under|with)\s+the\s+same\s+(?:decree|order|ukase|edict|resolution)(?![\p{L}])/iu;

const PHRASES: { re: RegExp; days: (m: RegExpExecArray) => number }[] = [
  {
    re: /(?<![\p{L}])(?:on\s+)?(?:that\s+(?:very\s+|same\s+)?day|the\s+(?:very\s+)?same\s+day|that\s+(?:morning|evening))(?![\p{L}])/iu,
    days: () => 0,
  },
  {
    re: /(?<![\p{L}])(?:(?:on\s+)?the\s+(?:next|following)\s+(?:day|morning)|next\s+day|a\s+day\s+later|the\s+day\s+after(?!\s+(?:the|a|an|its|his|her|their|this|that)(?![\p{L}])))(?![\p{L}])/iu,
    days: () => 1,
  },
  {
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])(${COUNT})\\s+days?\\s+(?:later|afterwards|after\\s+(?:that|this))(?![\\p{L}])`,
      'iu',
    ),
    days: (m) => count(m[1]!, NUMBER_WORDS),
  },
  {
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])(a|${COUNT})\\s+weeks?\\s+(?:later|afterwards|after\\s+(?:that|this))(?![\\p{L}])`,
      'iu',
    ),
    days: (m) => 7 * (/^a$/iu.test(m[1]!) ? 1 : count(m[1]!, NUMBER_WORDS)),
  },
  // "by the same decree": the date the sentence before gave its decree.
  {
    re: DECREE,
    days: () => 0,
  },
  { re: /(?<![\p{L}])в\s+тот\s+же\s+день(?![\p{L}])/iu, days: () => 0 },
  { re: /(?<![\p{L}])(?:на\s+(?:следующий|другой)\s+день|назавтра)(?![\p{L}])/iu, days: () => 1 },
  {
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(?:через|спустя)\\s+(${COUNT_RU})\\s+(?:дня|дней|день)|(${COUNT_RU})\\s+(?:дня|дней|день)\\s+спустя)(?![\\p{L}])`,
      'iu',
    ),
    days: (m) => count((m[1] ?? m[2])!, NUMBER_WORDS_RU),
  },
  { re: /(?<![\p{L}])(?:(?:через|спустя)\s+неделю|неделю\s+спустя)(?![\p{L}])/iu, days: () => 7 },
];

/** Cheap test first: most sentences hold none of the phrases. */
const MAYBE = /day|week|morning|evening|same|ден|дн|недел|назавтра/iu;

const count = (s: string, table: Record<string, number>) =>
  /^\d+$/u.test(s) ? Number(s) : (table[s.toLowerCase()] ?? 0);

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

function plusDays(value: string, days: number): string | null {
  const m = FULL_DATE.exec(value);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  return d.toISOString().slice(0, 10);
}

const BULLET = /^(?:[-–—•*·▪►]\s*)/u;
/** What may join the dates at a line's start ("1942, July 17") and what ends them: a dash or a colon, else a bullet's line. */
const JOINER = /^[\s,.]*$/u;
/** A dash or a colon, or a column's gap (a tab, or three spaces or more: "8 May 1965    Moscow is named …"). */
const AFTER_DATE = /^\s*(?:[—–:]|-\s)|^(?:\t| {3,})\S/u;

const precision = (d: DateMention) => d.value.length;

/**
 * The date a timeline's line starts with (see the header): the most precise of the dates at
 * its start, before a dash or a colon (or, on a bulleted line, before the first word);
 * null for a line that does not start with a date, and for a table row.
 */
export function lineDate(p: Paragraph, mentions: Mention[][]): DateMention | null {
  const first = p.sentences[0];
  if (p.row || !first) return null;
  const bullet = BULLET.exec(p.text);
  let at = p.start + (bullet ? bullet[0].length : 0);
  const lead: DateMention[] = [];
  for (const m of mentions[0] ?? []) {
    if (m.kind !== 'date') continue;
    if (m.start < at) continue;
    if (!JOINER.test(p.text.slice(at - p.start, m.start - p.start))) break;
    lead.push(m);
    at = m.end;
  }
  if (!lead.length) return null;
  const rest = p.text.slice(at - p.start);
  if (!AFTER_DATE.test(rest) && !bullet) return null;
  return lead.reduce((a, b) => (precision(b) > precision(a) ? b : a));
}

/** Capitalised, as dates write them: "may" is also a verb. */
const MONTH_EN = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m[0]!.toUpperCase() + m.slice(1))
  .join('|');
const MONTH_RU = Object.keys(MONTHS_RU)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** A day and a month with no year after them: "16 October", "October 16th", "Sept. 8", «16 октября». */
const YEARLESS: { re: RegExp; day: number; month: number; months: Record<string, number> }[] = [
  {
    re: new RegExp(`(?<![\\p{L}\\d,.])(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_EN})\\.?(?![\\p{L}])(?!,?\\s+\\d)`, 'gu'),
    day: 1,
    month: 2,
    months: MONTHS,
  },
  {
    re: new RegExp(`(?<![\\p{L}])(${MONTH_EN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\d])(?!,?\\s+\\d)`, 'gu'),
    day: 2,
    month: 1,
    months: MONTHS,
  },
  {
    re: new RegExp(`(?<![\\p{L}\\d,.])(\\d{1,2})\\s+(${MONTH_RU})(?![\\p{L}])(?!\\s+\\d)`, 'giu'),
    day: 1,
    month: 2,
    months: MONTHS_RU,
  },
];

const pad = (n: number) => String(n).padStart(2, '0');

/** The days and months without a year in a sentence that no date mention covers, dated in `year`. */
function yearless(s: { start: number; text: string }, ms: Mention[], year: number): DateMention[] {
  const out: DateMention[] = [];
  if (!/\d/u.test(s.text)) return out;
  for (const { re, day, month, months } of YEARLESS) {
    for (const m of s.text.matchAll(re)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (
        [...ms, ...out].some(
          (x) => (x.kind === 'date' || x.kind === 'range' || x.kind === 'quantity') && x.start < end && x.end > start,
        )
      )
        continue;
      const mo = months[m[month]!.toLowerCase().replace(/\.$/u, '')];
      const d = Number(m[day]);
      if (!mo || d < 1 || d > 31) continue;
      const value = `${year}-${pad(mo)}-${pad(d)}`;
      if (plusDays(value, 0) !== value) continue;
      out.push({ kind: 'date', start, end, value, recogniser: 'date.year-carried' });
    }
  }
  return out;
}

/**
 * "…, already called hero cities in 1945, are awarded …": the comma-set phrase holding a date (its
 * start and end, absolute), when "already", "previously" … put that date before the sentence's main event.
 */
export function anteriorPhrase(s: { start: number; text: string }, at: number): { start: number; end: number } | null {
  const lead = s.text.slice(0, at - s.start);
  const comma = lead.lastIndexOf(',');
  if (comma < 0) return null;
  if (
    !/(?<![\p{L}])(?:already|previously|earlier|formerly|once|уже|ранее|прежде)(?![\p{L}])/iu.test(
      lead.slice(comma + 1),
    )
  )
    return null;
  const next = s.text.slice(at - s.start).search(/[,;]/u);
  return { start: s.start + comma + 1, end: next < 0 ? s.start + s.text.length : at + next };
}

/** The full date nearest an award mention of a sentence, or null. */
function awardDate(ms: Mention[]): DateMention | null {
  const awards = ms.filter((m) => m.kind === 'award');
  let best: DateMention | null = null;
  let gap = Infinity;
  for (const d of ms)
    if (d.kind === 'date' && FULL_DATE.test(d.value))
      for (const a of awards) {
        const g = Math.max(a.start - d.end, d.start - a.end, 0);
        if (g < gap) [best, gap] = [d, g];
      }
  return best;
}

/** The full date a later phrase counts from: the sentence's last, when it names no other (a range's end is its last). */
function reference(ms: Mention[]): DateMention | null | 'ambiguous' {
  const full = ms.filter((m): m is DateMention => m.kind === 'date' && FULL_DATE.test(m.value));
  if (!full.length) return null;
  const last = full.sort((a, b) => a.start - b.start)[full.length - 1]!;
  const ends = new Set(ms.filter((m): m is RangeMention => m.kind === 'range').map((r) => r.from.value));
  const others = new Set(full.map((d) => d.value).filter((v) => v !== last.value && !ends.has(v)));
  return others.size ? 'ambiguous' : last;
}

/**
 * A timeline set out as a table ("1941-09-19 | German troops enter Kiev"): a row whose first cell is
 * a date and nothing else gives that date to its other cells that have none of their own.
 */
function rowDated(p: Paragraph, mentions: Mention[][]): Mention[][] {
  const first = p.sentences[0];
  if (!p.row || p.row.role !== 'row' || !first) return mentions;
  const date = (mentions[0] ?? [])
    .filter((m): m is DateMention => m.kind === 'date')
    .reduce<DateMention | null>((a, b) => (!a || precision(b) > precision(a) ? b : a), null);
  if (!date) return mentions;
  // Nothing in the cell but its date (and the year or the punctuation that joins it: "1942, July 17").
  const rest = (mentions[0] ?? [])
    .filter((m) => m.kind === 'date' || m.kind === 'range')
    .reduce(
      (t, m) => t.slice(0, m.start - first.start) + ' '.repeat(m.end - m.start) + t.slice(m.end - first.start),
      first.text,
    );
  if (/[\p{L}\d]/u.test(rest)) return mentions;
  return mentions.map((ms, j) =>
    j === 0 || ms.some((m) => m.kind === 'date')
      ? ms
      : [
          { kind: 'date', start: date.start, end: date.end, value: date.value, recogniser: 'date.line' } as DateMention,
          ...ms,
        ],
  );
}

/** The mentions with each referring-back phrase added as a date (see the header); the input is left as it is. */
export function carryDates(paragraphs: Paragraph[], mentions: Mention[][][]): Mention[][][] {
  // The full date of the sentence before (kept through sentences without one, within a paragraph).
  let previous: DateMention | null = null;
  // The date of the sentence before that stands nearest an award ("…declared a Hero City on 8 May 1965"):
  // what "by the same decree" means even when that sentence names other dates.
  let decreed: DateMention | null = null;
  // The full date of the paragraph before's last sentence: "the same day" may open the next line.
  let lastSentence: DateMention | null = null;
  let lineYear: number | null = null;
  return paragraphs.map((p, i) => {
    previous = lastSentence;
    lastSentence = null;
    if (p.row) {
      previous = null;
      lineYear = null;
      return rowDated(p, mentions[i]!);
    }
    const withYears = p.sentences.map((s, j) => {
      let ms = mentions[i]![j]!;
      // A timeline's line that starts with a day and a month only ("Sept. 8 — …"): the year of the line before.
      if (j === 0 && lineYear !== null) {
        const added = yearless(s, ms, lineYear);
        if (added.length) ms = [...ms, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
      }
      return ms;
    });
    const line = lineDate(p, withYears);
    // Consecutive lines of a timeline, or a heading that is a year ("1942"), lend the next line their year.
    const heading = /^\W*(1[89]\d\d|20\d\d)\W*$/u.exec(p.text);
    lineYear = line ? Number(line.value.slice(0, 4)) : heading ? Number(heading[1]) : null;
    return p.sentences.map((s, j) => {
      let ms = withYears[j]!;
      // A later sentence of a timeline's line, with no date of its own: the line's date.
      if (line && j > 0 && !ms.some((m) => m.kind === 'date')) {
        const dated: DateMention = {
          kind: 'date',
          start: line.start,
          end: line.end,
          value: line.value,
          recogniser: 'date.line',
        };
        ms = [dated, ...ms];
      }
      const own = ms.filter((m): m is DateMention => m.kind === 'date' && m.recogniser !== 'date.line');
      let out = ms;
      if (MAYBE.test(s.text)) {
        for (const { re, days } of PHRASES) {
          const m = re.exec(s.text);
          if (!m) continue;
          const start = s.start + m.index;
          const end = start + m[0].length;
          const n = days(m);
          // A date the sentence marks as earlier than its main event ("…, already called hero cities in 1945,
          // are awarded … on the same day") is not the day "the same day" means.
          const earlier = own.filter((d) => d.start < end && !(n === 0 && anteriorPhrase(s, d.start)));
          // "the same day" after a date of its own sentence means that date (the patterns read it so).
          if (earlier.length && n === 0) continue;
          // "…on 5 August 1941, and five days later …": counted from that date.
          const ownRef = earlier.length ? reference(earlier) : null;
          const from = earlier.length
            ? ownRef === 'ambiguous'
              ? null
              : ownRef
            : re === DECREE
              ? (decreed ?? previous)
              : previous;
          if (!from) continue;
          const value = plusDays(from.value, n);
          if (!value) continue;
          const carried: DateMention = { kind: 'date', start, end, value, recogniser: 'date.carried' };
          out = [...ms, carried].sort((a, b) => a.start - b.start || b.end - a.end);
          break;
        }
      }
      const ref = reference(out);
      decreed = awardDate(out);
      if (ref === 'ambiguous') previous = null;
      else if (ref) previous = ref;
      lastSentence = ref && ref !== 'ambiguous' ? ref : null;
      return out;
    });
  });
}
