/**
 * The grammar of one number, as regex sources, and its value.
 *
 *   digits    "1,280,000", "300 000" (a space or a narrow space between groups),
 *             "1.000.000", "3.5", "2,5", "400,00" (a dropped zero: 400,000),
 *             optionally followed by a scale: "3.5 thousand", "2,5 тыс.";
 *   English   "seventy-three", "two hundred and fifty", "nine hundred",
 *             "one and a half million", "two million three hundred thousand",
 *             "a dozen", "two dozen", "a thousand", "half a million";
 *   Russian   «семьдесят три», «двести пятьдесят», «полтора миллиона»,
 *             «двадцать тысяч», «тысяча», «полтысячи», with case forms.
 * An ordinal is not a number: "the seventy-third day", «семьдесят третий день»
 * stop the match. Each language has its own source so that a sentence pays
 * only for the words of its own language.
 *
 * The sources are written for lower-cased text and compiled without the `i`
 * flag, and a word ends at LETTER rather than \p{L}: together with the tries
 * (util.ts) this keeps them cheap to compile, which matters as much as their
 * speed (the CLI compiles them once per process).
 */
import { MONTHS } from '../lexicon/en.js';
import {
  BARE_SCALE_AFTER_QUALIFIER_RU,
  BARE_SCALE_RU,
  HALF_RU,
  HUNDREDS_RU,
  ORDINAL_ENDINGS_RU,
  ORDINAL_STEMS_RU,
  ORDINALS_EN,
  SCALES_RU,
  TEENS_EN,
  TEENS_RU,
  TENS_EN,
  TENS_RU,
  UNITS_EN,
  UNITS_RU,
  WHOLE_RU,
} from '../lexicon/numbers.js';
import { trie } from './util.js';

/** Literal alternatives, longest first (a trie). */
export const alt = (xs: Iterable<string>) => trie(xs);
const keys = (...rs: Record<string, number>[]) => rs.flatMap((r) => Object.keys(r));
/** Letters of the languages we read, lower and upper case: cheaper to compile than \p{L}. */
export const LETTER = 'a-zA-Z\\u00C0-\\u024F\\u0400-\\u052F';
/** The end of a word (\b is ASCII-only in JavaScript). */
export const NB = `(?![${LETTER}])`;

const BIG_EN = `(?:thousand|million|billion)${NB}`;
/** Every English number word; the order of the words is checked when the value is read. */
const W_EN = `(?:${alt([...keys(UNITS_EN, TEENS_EN, TENS_EN), 'hundred', 'dozen', 'thousand', 'million', 'billion'])})${NB}`;
const SMALL_EN = `(?:${alt([...keys(UNITS_EN, TEENS_EN, TENS_EN), 'hundred'])})${NB}`;
/**
 * English number words in a row: "seventy-three", "two hundred and fifty",
 * "one and a half million", "two million three hundred thousand", "a dozen",
 * "half a million". After a scale word "and" may add a remainder ("two
 * thousand and fifty") but never another scaled number ("between two thousand
 * and three thousand" is two numbers).
 */
export const WORDS_EN =
  `(?:half\\s+a\\s+(?=${BIG_EN})|a\\s+(?=(?:hundred|dozen|thousand|million|billion)${NB}))?${W_EN}` +
  `(?:(?:-|\\s+)${W_EN}|\\s+and\\s+a\\s+half${NB}|\\s+and\\s+(?=(?:${SMALL_EN}[-\\s]+)*${SMALL_EN}(?![-\\s]+${BIG_EN}))${W_EN})*`;

/** Every Russian (and Ukrainian scale) number word, in each case; the order is checked when the value is read. */
const W_RU = `(?:${alt([
  ...keys(UNITS_RU, TEENS_RU, TENS_RU, HUNDREDS_RU, HALF_RU, WHOLE_RU),
  ...Object.keys(SCALES_RU).filter((w) => !w.endsWith('.')),
])})(?:(?<=(?:тыс|млн|млрд))\\.|${NB})`;
/** Russian number words in a row: «семьдесят три», «двести пятьдесят», «полтора миллиона», «двадцать тысяч». */
export const WORDS_RU = `${W_RU}(?:\\s+${W_RU})*`;

/** An ordinal after number words: "the seventy-third day", «двести пятьдесят третий день» count nothing. */
export const ORDINAL_AFTER: Record<'en' | 'ru', RegExp> = {
  en: new RegExp(`^[-\\s]+(?:and\\s+)?(?:${alt(ORDINALS_EN)})s?${NB}`, 'iu'),
  ru: new RegExp(`^[-\\s]+(?:${alt(ORDINAL_STEMS_RU)})(?:${alt(ORDINAL_ENDINGS_RU)})${NB}`, 'iu'),
};

const MONTH_WORDS = alt(Object.keys(MONTHS));
/** A scale word after digits: "3.5 thousand", "2,5 тыс.", "300 тысяч". */
const SCALE_EN = `(?:hundred|thousand|million|billion)${NB}`;
const SCALE_RU = `(?:${alt(Object.keys(SCALES_RU).filter((w) => !w.endsWith('.')))})(?:(?<=(?:тыс|млн|млрд))\\.|${NB})`;
const DIGITS =
  `(?:\\d{1,3}(?:,\\d{3})+(?!\\d)` +
  `|\\d{1,3}(?:[\\u00A0\\u202F]\\d{3})+(?!\\d)` +
  // "300 000": a plain space between groups, unless a month name comes just before ("May 100 000" is a day, then a figure).
  `|(?<!(?<![${LETTER}])(?:${MONTH_WORDS})\\.?\\s)\\d{1,3}(?: \\d{3})+(?![\\d,.]\\d|\\d)` +
  `|\\d{1,3}(?:\\.\\d{3}){2,}(?!\\d)` +
  `|\\d{1,3},\\d{2}(?!\\d)` +
  `|\\d+(?:[.,]\\d+)?)` +
  // Not the first part of "22.06.1941", "10:30", "3/5", "23-72-42".
  `(?![.,:/]\\d)`;

/** One number in a lower-cased sentence of the language: digits with an optional scale, or words. */
export function numberSource(lang: 'en' | 'ru'): string {
  const words = lang === 'ru' ? WORDS_RU : WORDS_EN;
  const scale = lang === 'ru' ? SCALE_RU : SCALE_EN;
  return `(?:${DIGITS}(?:[-\\s]+${scale})?|${words})(?![${LETTER}\\d])`;
}

type Word = 'unit' | 'teen' | 'ten' | 'hundreds' | 'hundred' | 'dozen' | 'half' | 'big' | 'a';
const CLASS = new Map<string, [Word, number]>([
  ...Object.entries(UNITS_EN).map(([w, v]) => [w, ['unit', v]] as [string, [Word, number]]),
  ...Object.entries(UNITS_RU).map(([w, v]) => [w, ['unit', v]] as [string, [Word, number]]),
  ...Object.entries({ ...TEENS_EN, ...TEENS_RU }).map(([w, v]) => [w, ['teen', v]] as [string, [Word, number]]),
  ...Object.entries({ ...TENS_EN, ...TENS_RU }).map(([w, v]) => [w, ['ten', v]] as [string, [Word, number]]),
  ...Object.entries(HUNDREDS_RU).map(([w, v]) => [w, ['hundreds', v]] as [string, [Word, number]]),
  ...Object.entries(HALF_RU).map(([w, v]) => [w, ['half', v]] as [string, [Word, number]]),
  ...Object.entries({ thousand: 1e3, million: 1e6, billion: 1e9, ...SCALES_RU }).map(
    ([w, v]) => [w, ['big', v]] as [string, [Word, number]],
  ),
  ['hundred', ['hundred', 100]],
  ['dozen', ['dozen', 12]],
  ['a', ['a', 1]],
]);
/** Which word may follow which inside one group below a thousand. */
const FOLLOWS: Record<Word, readonly (Word | 'none')[]> = {
  unit: ['none', 'ten', 'hundred', 'hundreds'],
  teen: ['none', 'hundred', 'hundreds'],
  ten: ['none', 'hundred', 'hundreds'],
  hundreds: ['none'],
  hundred: ['unit', 'teen', 'a'],
  dozen: ['none', 'unit', 'a'],
  half: ['none'],
  big: ['unit', 'teen', 'ten', 'hundred', 'hundreds', 'dozen', 'half', 'a'],
  a: ['none'],
};
const BARE_RU = new Set(BARE_SCALE_RU);
const BARE_QUALIFIED_RU = new Set(BARE_SCALE_AFTER_QUALIFIER_RU);

/**
 * The value of number words, or null when the words are no number in that
 * order ("one two"). A scale word alone is a number only where the language
 * says so: «тысяча», «миллион», «тысячи» after a qualifier («более тысячи»);
 * "thousand" needs its "a", and «тысяч», «миллионы» are vague plurals.
 */
function wordsValue(s: string, qualified: boolean): number | null {
  const whole = WHOLE_RU[s];
  if (whole !== undefined) return whole;
  const tokens = s
    .replace(/\s+and\s+a\s+half$/u, ' +half')
    .replace(/\s+and\s+a\s+half(?=[-\s])/u, ' +half')
    .replace(/^half\s+a\s+/u, '+halfof ')
    .split(/[-\s]+/u)
    .filter((t) => t && t !== 'and');
  if (tokens.length === 1) {
    const t = tokens[0]!.replace(/\.$/u, '');
    if (CLASS.get(t)?.[0] === 'big' && !BARE_RU.has(t) && !(qualified && BARE_QUALIFIED_RU.has(t))) return null;
    if (t === 'hundred' || t === 'a') return null;
  }
  let total = 0;
  let group = 0;
  let last: Word | 'none' = 'none';
  let lastBig = Infinity;
  for (const t of tokens) {
    if (t === '+half') {
      if (!['unit', 'teen', 'ten', 'a'].includes(last)) return null;
      group += 0.5;
      continue;
    }
    if (t === '+halfof') {
      group = 0.5;
      last = 'a';
      continue;
    }
    const c = CLASS.get(t) ?? CLASS.get(t.replace(/\.$/u, ''));
    if (!c) return null;
    const [kind, v] = c;
    if (kind === 'big') {
      // «тысяча двести»: a scale word may open the number.
      if (last === 'none' && total === 0 && group === 0) group = 1;
      else if (!FOLLOWS.big.includes(last)) return null;
      if (v >= lastBig) return null;
      total += (group || 1) * v;
      group = 0;
      last = 'none';
      lastBig = v;
      continue;
    }
    if (!FOLLOWS[kind].includes(last)) return null;
    if (kind === 'hundred' || kind === 'dozen') group = (group || 1) * v;
    else if (kind === 'a') group = 1;
    else group += v;
    last = kind;
  }
  return total + group;
}

/** The scale word a number ends with ("8 thousand" → 1000, «8 тыс.» → 1000), 1 when none. */
export function scaleOf(raw: string): number {
  const words = raw
    .trim()
    .toLowerCase()
    .split(/[-\s]+/u);
  if (words.length < 2) return 1;
  const last = words[words.length - 1]!;
  const c = CLASS.get(last) ?? CLASS.get(last.replace(/\.$/u, ''));
  return c && (c[0] === 'big' || c[0] === 'hundred') ? c[1] : 1;
}

/**
 * The value of one number expression, or null when it is not one.
 * `qualified`: a qualifier came before it ("more than", «более»).
 */
export function parseNumber(raw: string, qualified = false): number | null {
  const s = raw.toLowerCase().trim().replace(/\s+/gu, ' ');
  const d = /^(\d[\d,.\u00A0\u202F ]*?)(?:[-\s]+(\p{L}+\.?))?$/u.exec(s);
  if (!d) return wordsValue(s, qualified);
  const digits = d[1]!;
  let scale = 1;
  if (d[2] !== undefined) {
    const c = CLASS.get(d[2]) ?? CLASS.get(d[2].replace(/\.$/u, ''));
    if (!c || (c[0] !== 'big' && c[0] !== 'hundred')) return null;
    scale = c[1];
  }
  let n: number;
  if (/^\d{1,3}(?:,\d{3})+$/u.test(digits)) n = Number(digits.replace(/,/gu, ''));
  else if (/^\d{1,3}(?:[\u00A0\u202F ]\d{3})+$/u.test(digits)) n = Number(digits.replace(/[\u00A0\u202F ]/gu, ''));
  else if (/^\d{1,3}(?:\.\d{3}){2,}$/u.test(digits)) n = Number(digits.replace(/\./gu, ''));
  else if (/^\d{1,3},\d{2}$/u.test(digits) && scale === 1)
    n = Number(digits.replace(',', '')) * 10; // "400,00": a dropped zero
  else if (/^\d+[.,]\d+$/u.test(digits)) n = Number(digits.replace(',', '.'));
  else if (/^\d+$/u.test(digits)) n = Number(digits);
  else return null;
  return n * scale;
}
