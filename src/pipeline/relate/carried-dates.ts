/**
 * Dates that refer back across a sentence boundary: "On the same day …",
 * "That day …", "The next day …", "Two days later …", «На следующий день …».
 * Such a phrase becomes a date mention of its own sentence (recogniser
 * 'date.carried', its span the phrase, so a quote stays an exact substring),
 * worth the last full date (day, month and year) of the sentence before,
 * plus the days the phrase says. The patterns then read it like any date,
 * and a carried date carries on ("The next day … The following day …").
 *
 * Not carried: when the sentence has a date of its own before the phrase
 * ("sailed on 16 October 1941, and on the same day …" means that date); when
 * the sentence before gives no full date; into or out of a table row.
 */
import { TEENS_EN, TEENS_RU, UNITS_EN, UNITS_RU } from '../lexicon/numbers.js';
import type { DateMention, Mention } from '../recognise/types.js';
import type { Paragraph } from '../segment.js';

/** "two days later": small counts in words, in all their Russian case forms (units and teens suffice for days). */
const NUMBER_WORDS = { ...UNITS_EN, ...TEENS_EN };
const NUMBER_WORDS_RU = { ...UNITS_RU, ...TEENS_RU };
const COUNT = [...Object.keys(NUMBER_WORDS), '\\d{1,2}'].join('|');
const COUNT_RU = [...Object.keys(NUMBER_WORDS_RU), '\\d{1,2}'].join('|');

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
    re: new RegExp(`(?<![\\p{L}\\p{N}])(${COUNT})\\s+days\\s+later(?![\\p{L}])`, 'iu'),
    days: (m) => count(m[1]!, NUMBER_WORDS),
  },
  { re: /(?<![\p{L}])a\s+week\s+later(?![\p{L}])/iu, days: () => 7 },
  { re: /(?<![\p{L}])в\s+тот\s+же\s+день(?![\p{L}])/iu, days: () => 0 },
  { re: /(?<![\p{L}])(?:на\s+(?:следующий|другой)\s+день|назавтра)(?![\p{L}])/iu, days: () => 1 },
  {
    re: new RegExp(`(?<![\\p{L}\\p{N}])через\\s+(${COUNT_RU})\\s+(?:дня|дней|день)(?![\\p{L}])`, 'iu'),
    days: (m) => count(m[1]!, NUMBER_WORDS_RU),
  },
];

/** Cheap test first: most sentences hold none of the phrases. */
const MAYBE = /day|week|morning|evening|ден|назавтра/iu;

const count = (s: string, table: Record<string, number>) =>
  /^\d+$/u.test(s) ? Number(s) : (table[s.toLowerCase()] ?? 0);

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

function plusDays(value: string, days: number): string | null {
  const m = FULL_DATE.exec(value);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  return d.toISOString().slice(0, 10);
}

/**
 * A chronology's entry: a paragraph that opens with a date and a dash
 * ("1941-06-22 — Germany invades … . At dawn … the defence begins."). Its
 * date is the date of every later sentence of the entry that gives none of
 * its own; the mention keeps the entry date's span (before the sentence), so
 * a quote runs from the date to what it dates.
 */
function entryDate(p: Paragraph, first: Mention[]): DateMention | null {
  const s = p.sentences[0];
  if (!s || p.sentences.length < 2) return null;
  const d = first.find((m): m is DateMention => m.kind === 'date');
  if (!d || p.text.slice(0, d.start - p.start).trim() !== '') return null;
  return /^\s*[—–-]\s/u.test(s.text.slice(d.end - s.start)) ? d : null;
}

/** The mentions with each referring-back phrase added as a date (see the header); the input is left as it is. */
export function carryDates(paragraphs: Paragraph[], mentions: Mention[][][]): Mention[][][] {
  let previous: DateMention | null = null;
  return paragraphs.map((p, i) => {
    const entry = p.row ? null : entryDate(p, mentions[i]![0] ?? []);
    return p.sentences.map((s, j) => {
      const ms = mentions[i]![j]!;
      if (p.row) {
        previous = null;
        return ms;
      }
      const before = previous;
      const own = ms.filter((m): m is DateMention => m.kind === 'date');
      let out = ms;
      if (entry && j > 0 && own.length === 0 && !ms.some((m) => m.kind === 'range'))
        out = [{ ...entry, recogniser: 'date.entry' } as DateMention, ...ms];
      if (before && MAYBE.test(s.text)) {
        for (const { re, days } of PHRASES) {
          const m = re.exec(s.text);
          if (!m) continue;
          const start = s.start + m.index;
          const end = start + m[0].length;
          if (own.some((d) => d.start < end)) continue;
          const value = plusDays(before.value, days(m));
          if (!value) continue;
          const carried: DateMention = { kind: 'date', start, end, value, recogniser: 'date.carried' };
          out = [...ms, carried].sort((a, b) => a.start - b.start || b.end - a.end);
          break;
        }
      }
      const dated = out.filter((m): m is DateMention => m.kind === 'date' && FULL_DATE.test(m.value));
      previous = dated.sort((a, b) => a.start - b.start).pop() ?? null;
      return out;
    });
  });
}
