/**
 * What a figure measures when it is not a count (see `Measure` in types.ts).
 *
 * Two steps, both cheap:
 *   1. `findShapes`: one regex for the shapes a count never has — a time of day
 *      ("10:00", "4 a.m."), a phone number, a mark out of 5 or 10 ("3/5"), a
 *      share written as N/M ("2/3 of"), a numeric date the date recogniser left
 *      (an ambiguous "5/6/1942"). It runs only when the sentence has a digit
 *      and one of the characters these shapes need.
 *   2. `measureAround`: for a figure the quantity grammar found, the few words
 *      around it: a currency, a page or a route before it, an age, a score, a
 *      trip.
 */
import {
  AGE_LEADS,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  LABEL_ABBREVIATIONS,
  LABEL_WORDS,
  SCORE_LEADS,
  SCORE_NOUNS,
  VISIT_AFTER,
  VISIT_NOUNS,
  VISIT_VERBS,
} from '../lexicon/numbers.js';
import { alt } from './numbers.js';
import type { Measure, QuantityMention } from './types.js';

const NB = '(?![\\p{L}])';
const NOT_AFTER_NUMBER = '(?<![\\p{L}\\d.,:/+-])';

const SHAPES = new RegExp(
  // Every shape starts with a digit, a plus or a parenthesis: a cheap test at each position first.
  '(?=[\\d+(])(?:' +
    [
      // "+7 (8442) 23-72-42", "+380 44 123 4567"
      `(?<phone>\\+\\d{1,3}\\s?(?:\\(\\d{1,5}\\)|\\d{1,5})(?:[\\s-]?\\d{1,4}){2,4}(?!\\d)` +
        // "(8442) 23-72-42", "(495) 123-45-67"
        `|\\(\\d{3,5}\\)\\s?\\d{2,3}[\\s-]\\d{2}[\\s-]\\d{2}(?!\\d)` +
        // "8 800 555-35-35", "555-35-35", "23-72-42"
        `|${NOT_AFTER_NUMBER}(?:\\d{1,3}(?:[\\s-]\\d{3}){1,2}[\\s-])?\\d{2,3}-\\d{2}-\\d{2}(?![\\d-])` +
        // "tel. 45 67 89", "тел.: 8 (8442) 23 72 42"
        `|(?<=(?<![\\p{L}])(?:tel|phone|телефон|тел)\\.?:?\\s{0,3})[+(]?\\d[\\d\\s()-]{4,}\\d)`,
      // "10:00", "4:30 p.m.", "4 a.m.", "10am", "6 o'clock"
      // (a clock may follow a dash: "10:00-18:00")
      `(?<clock>(?<![\\p{L}\\d.,:/+])(?:[01]?\\d|2[0-4]):[0-5]\\d(?![\\d:]|[.,]\\d)(?:\\s?[ap]\\.?m\\.?${NB})?` +
        `|${NOT_AFTER_NUMBER}(?:1[0-2]|0?\\d)(?:[.:][0-5]\\d)?\\s?(?:[ap]\\.m\\.|[ap]m${NB}|o['’]clock)` +
        // "from 10.00 to 18.00", «с 10.00 до 18.00»: a dot only after a word that asks for a time, and on the quarter hour
        `|(?<=(?<![\\p{L}])(?:at|from|until|till|to|opens|closes|с|со|до|в)\\s)(?:[01]?\\d|2[0-3])\\.(?:00|15|30|45)(?![\\d]|[.,]\\d|\\s*(?:[%‰]|per|million|billion|thousand|тыс|млн|млрд)))`,
      // "2/3 of the houses": a share
      `(?<share>${NOT_AFTER_NUMBER}(?<n>\\d{1,2})\\/(?<m>\\d{1,3})(?=\\s+of\\s))`,
      // "3/5", "4.5/5", "8 / 10": a mark
      `(?<score>${NOT_AFTER_NUMBER}\\d{1,3}(?:[.,]\\d)?\\s?\\/\\s?(?:5|10|20|100)(?![\\d/]|[.,]\\d))`,
      // "5/6/1942", "09-02-2022": a date too ambiguous to read, but never a figure
      `(?<skip>${NOT_AFTER_NUMBER}\\d{1,2}(?<sep>[./-])\\d{1,2}\\k<sep>\\d{2,4}(?!\\d))`,
    ].join('|') +
    ')',
  'giu',
);
/** Characters one of the shapes needs. */
const SHAPE_CHARS = /[:+(/]|\d\s?[ap]\.?m|o['’]clock|\d-\d\d-\d|\.(?:00|15|30|45)(?!\d)/iu;

export interface Shape {
  start: number;
  end: number;
  measure?: Measure;
  share?: number;
}

/** The shapes in a sentence, offsets absolute; a `skip` shape has no measure and is no figure at all. */
export function findShapes(text: string, offset: number): Shape[] {
  if (!SHAPE_CHARS.test(text)) return [];
  const out: Shape[] = [];
  SHAPES.lastIndex = 0;
  for (let m = SHAPES.exec(text); m; m = SHAPES.exec(text)) {
    const g = m.groups!;
    const start = offset + m.index;
    const end = start + m[0].length;
    if (g.phone) out.push({ start, end, measure: 'phone' });
    else if (g.clock) out.push({ start, end, measure: 'clock' });
    else if (g.share) {
      const n = Number(g.n);
      const d = Number(g.m);
      out.push(d > 0 && n <= d ? { start, end, share: n / d } : { start, end });
    } else if (g.score) out.push({ start, end, measure: 'score' });
    else out.push({ start, end });
  }
  return out;
}

const CURRENCY_BEFORE = new RegExp(
  `(?:(?:${alt(CURRENCY_SYMBOLS)})|(?<![\\p{L}])(?:${alt(CURRENCY_CODES)})\\s?)$`,
  'u',
);
const CURRENCY_AFTER = new RegExp(
  `^\\s?(?:(?:${alt(CURRENCY_SYMBOLS)})|(?:${alt(CURRENCY_CODES)})(?![\\p{L}])|(?:${alt(CURRENCY_WORDS)})(?![\\p{L}]))`,
  'iu',
);
const LABEL_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:(?:${alt(LABEL_ABBREVIATIONS)})\\.\\s?|(?:${alt(LABEL_WORDS)})\\s+|№\\s?)$` +
    // "Day 2:", "Day 3 –": an itinerary's day, not a span
    `|(?<![\\p{L}])Day\\s$`,
  'iu',
);
const DAY_LABEL_AFTER = /^\s*(?:[:.,)–—-]|$)/u;
const AGE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alt(AGE_LEADS)})\\s+(?:of\\s+)?$`, 'iu');
const AGE_AFTER =
  /^(?:[-\s]years?[-\s]old(?![\p{L}])|-year-olds?(?![\p{L}])|\s+(?:лет|года?)\s+от\s+роду|-летн(?:ий|его|ему|им|ем|яя|ей|юю|ие|их|ими)\s+(?:мальчик|девочк|ребён|ребен|подрост|юнош|девушк|школьни|пионер|сын|дочь|дочер))/iu;
const SCORE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alt(SCORE_LEADS)})\\s*:?\\s*$`, 'iu');
const SCORE_AFTER = new RegExp(`^\\s*(?:${alt(SCORE_NOUNS)})(?![\\p{L}])(?!\\s+of(?![\\p{L}]))`, 'iu');
const VISIT_NOUN = new Set(VISIT_NOUNS);
const VISIT_AFTER_RE = new RegExp(`^['’]?s?\\s+(?:${alt(VISIT_AFTER)})(?![\\p{L}])`, 'iu');
/** "the excursion takes 3 hours", "Guided tour of Hall 4 takes 45 minutes", "we spent 2 days": within one clause. */
const VISIT_LEAD = new RegExp(
  `(?<![\\p{L}])(?:(?:${alt(VISIT_NOUNS)})(?![\\p{L}])[^.;:!?,]{0,30}?\\s(?:takes|lasts|last|is|длится|занимает)|(?:${alt(VISIT_VERBS)})(?:\\s+(?:a|the|for))?)\\s+(?:\\p{L}+\\s+){0,2}$`,
  'iu',
);

type Figure = Pick<QuantityMention, 'noun' | 'unit' | 'adjectival'>;

/**
 * The measure of a figure from the words around it, and how far its span
 * grows to take in a symbol before it ("$5"). `before` is the text just before
 * the figure, `after` the text after the figure's number (before its noun).
 */
export function measureAround(
  before: string,
  after: string,
  figure: Figure,
): { measure: Measure; extendStart?: number } | null {
  const sym = CURRENCY_BEFORE.exec(before);
  if (sym) return { measure: 'money', extendStart: sym[0].length };
  if (CURRENCY_AFTER.test(after)) return { measure: 'money' };
  if (AGE_BEFORE.test(before) || AGE_AFTER.test(after)) return { measure: 'age' };
  if (LABEL_BEFORE.test(before)) {
    if (!/Day\s$/u.test(before) || DAY_LABEL_AFTER.test(after)) return { measure: 'label' };
  }
  if (SCORE_BEFORE.test(before) || SCORE_AFTER.test(after)) return { measure: 'score' };
  const u = figure.unit;
  if (u === 'hour' || u === 'minute' || u === 'day' || u === 'week') {
    const nounWords = figure.noun.toLowerCase().split(/\s+/u);
    if (figure.adjectival && nounWords.some((w) => VISIT_NOUN.has(w))) return { measure: 'visit' };
    if ((u === 'hour' || u === 'minute') && VISIT_AFTER_RE.test(after.replace(/^\s*\p{L}+\.?/u, '')))
      return { measure: 'visit' };
    if (VISIT_LEAD.test(before)) return { measure: 'visit' };
  }
  return null;
}
