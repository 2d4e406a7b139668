/**
 * What a recognised figure is, before any pattern makes it a claim:
 *   - a figure the text rejects ("some sites claim 2 million, but that figure
 *     is exaggerated"; "not 1.5 million, as is often said, but …"), or only
 *     asks about (a question, "the exam asked how many of the 2.5 million …"),
 *     is nobody's claim;
 *   - a figure that is not wartime history — a price, a time of day, a label
 *     ("page 45", "bus 17"), an age, exam points, minutes and hours, a
 *     discount — is nobody's claim either;
 *   - `aboutWar` and `visitClause` tell the figure patterns whether the
 *     sentence is about the war, and whether the figure's own clause is about
 *     a visit today ("15 people walked 5 kilometres", "30,000 people visit …
 *     every year"): figures of people, metres and buildings need the first and
 *     not the second.
 * `disowned` is the pattern that runs these checks first and marks the figures
 * it disowns as used, so no later pattern takes them.
 */
import {
  CASUALTY_NOUNS,
  CIVIL_COUNTABLE_NOUNS,
  COUNTABLE_NOUNS,
  CURRENCY_WORDS,
  HEARSAY,
  LABEL_LEADS,
  MEMORIAL_COMMON,
  MONTHS,
  NON_HISTORY_NOUNS,
  PEOPLE_NOUNS,
  PRICE_LEADS,
  REJECTION_WORDS,
  VISIT_WORDS,
  WAR_CONTEXT_WORDS,
  WAR_YEARS,
} from '../lexicon/en.js';
import { MONTHS_RU, RU_STEMS } from '../lexicon/ru.js';
import type { QuantityMention } from '../recognise/types.js';
import { escapeRe, stems, words } from '../recognise/util.js';
import type { ClaimPattern, SentenceContext } from './types.js';
import { after, lead, quantities, within } from './util.js';

const alt = (xs: readonly string[]) =>
  [...xs]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');

/** Countable nouns that are the war's whatever the sentence: soldiers, tanks, sorties, medals. */
const CIVIL = new Set(CIVIL_COUNTABLE_NOUNS);
export const MILITARY_NOUNS = COUNTABLE_NOUNS.flatMap((n) => n.split(' ')).filter((w) => !CIVIL.has(w));
const WAR_EN = words(
  [
    ...WAR_CONTEXT_WORDS,
    ...MILITARY_NOUNS,
    ...MEMORIAL_COMMON,
    'regiment',
    'division',
    'brigade',
    'battalion',
    'army',
    'soldier',
    'tank',
  ],
  'iu',
);
/** War words proper, without the war's things: "displays 50 tanks and 30 guns" is still a museum's clause. */
const WAR_WORDS_EN = words(WAR_CONTEXT_WORDS, 'iu');
const WAR_RU = stems(RU_STEMS.war, 'iu');
const VISIT_EN = words(VISIT_WORDS, 'iu');
const VISIT_RU = stems(RU_STEMS.visit, 'iu');

/** The sentence's text with the figure itself blanked: what the figure is said beside. */
function around(ctx: SentenceContext, q: QuantityMention): string {
  const s = ctx.sentence;
  // A share's span takes in its noun and may run past it ("93% of the buildings were destroyed"): blank only the figure.
  const at = q.noun ? ctx.text.slice(q.start, q.end).indexOf(q.noun) : -1;
  const end = at > 0 ? q.start + at : q.end;
  return ctx.text.slice(s.start, q.start) + ' '.repeat(end - q.start) + ctx.text.slice(end, s.end);
}

/** The sentences of the paragraph before this one (up to 400 characters): "Leningrad starved. Workers got 250 grams …". */
function earlier(ctx: SentenceContext): string {
  const from = Math.max(0, ctx.sentence.start - 400);
  const text = ctx.text.slice(from, ctx.sentence.start);
  return text.slice(text.lastIndexOf('\n') + 1);
}

/**
 * A sentence about the war: a war word (besides the figure's own noun) in it
 * or in its paragraph before it, a war-time date, a side that fights, an
 * event, an award or a memorial.
 */
export function aboutWar(ctx: SentenceContext, q: QuantityMention): boolean {
  const text = earlier(ctx) + ' ' + around(ctx, q);
  if (WAR_EN.test(text) || WAR_RU.test(text)) return true;
  return ctx.mentions.some(
    (m) =>
      (m.kind === 'date' && within(m.value, [WAR_YEARS[0] - 2, WAR_YEARS[1] + 1])) ||
      (m.kind === 'side' && m.side !== 'civilian') ||
      m.kind === 'event' ||
      m.kind === 'award' ||
      m.kind === 'memorial',
  );
}

const CLAUSE_EDGE = /[;:()—–!?]|,\s/gu;
/** The clause the figure stands in, between punctuation. */
function clauseOf(ctx: SentenceContext, q: QuantityMention): string {
  const s = ctx.sentence;
  let from = s.start;
  let to = s.end;
  for (const m of ctx.text.slice(s.start, s.end).matchAll(CLAUSE_EDGE)) {
    const at = s.start + m.index;
    if (at < q.start) from = at + m[0].length;
    else if (at >= q.nounEnd) {
      to = at;
      break;
    }
  }
  return ctx.text.slice(from, q.start) + ' ' + ctx.text.slice(q.nounEnd, to);
}

/** The figure's clause is about a visit today and says nothing of the war. */
export function visitClause(ctx: SentenceContext, q: QuantityMention): boolean {
  const clause = clauseOf(ctx, q);
  if (!VISIT_EN.test(clause) && !VISIT_RU.test(clause)) return false;
  return !WAR_WORDS_EN.test(clause) && !WAR_RU.test(clause);
}

const CURRENCY_SIGN = /(?:[$€£₽¥]|\b(?:USD|EUR|RUB|BYN|UAH)\s?)\s*$/u;
const CURRENCY_AFTER = new RegExp(
  `^\\s*(?:[$€£₽¥]|(?:${alt(CURRENCY_WORDS)}|руб\\p{L}*|грн|коп\\p{L}*)(?![\\p{L}]))`,
  'iu',
);
const PRICE_LEAD = new RegExp(
  `(?<![\\p{L}])(?:${alt([...PRICE_LEADS, 'discount', 'discount of'])})\\s*(?:of\\s+)?(?:[$€£₽]\\s*)?$`,
  'iu',
);
const LABEL_LEAD = new RegExp(`(?<![\\p{L}])(?:${alt(LABEL_LEADS)})\\s*(?:№|#|No\\.?)?\\s*$|(?:№|#)\\s*$`, 'iu');
const NON_HISTORY_AFTER = new RegExp(`^(?:\\s*|-)(?:${alt(NON_HISTORY_NOUNS)})(?![\\p{L}])|^\\+|^\\s*/\\s*\\d`, 'iu');
const HISTORY_NOUN = words([...COUNTABLE_NOUNS, ...CASUALTY_NOUNS, ...PEOPLE_NOUNS], 'iu');
const TIME_OF_DAY = /^[:.]\d\d(?!\d)/u;

const MONTH = `(?:${alt([...Object.keys(MONTHS), ...Object.keys(MONTHS_RU)])})\\.?`;
const MONTH_AFTER = new RegExp(`^\\s*(?:of\\s+)?${MONTH}(?![\\p{L}])`, 'iu');
const MONTH_BEFORE = new RegExp(`(?<![\\p{L}])${MONTH}\\s*$`, 'iu');

/** A day of a month the date recogniser left ("on 23 August", "August 23"): a date read as a figure. */
function dayOfMonth(q: QuantityMention, before: string, rest: string): boolean {
  const n = q.min ?? q.max;
  if (n === null || !Number.isInteger(n) || n < 1 || n > 31 || q.min !== q.max) return false;
  return MONTH_AFTER.test(rest) || MONTH_BEFORE.test(before);
}

/** A price, a time of day, a label, an age, points, minutes and hours, a day of a month: no count of the war. */
export function nonHistory(ctx: SentenceContext, q: QuantityMention): boolean {
  const before = lead(ctx, q.start, 40);
  const rest = after(ctx, q.end);
  if (dayOfMonth(q, before, rest)) return true;
  // "the official one", "this one": a pronoun, unless it counts something ("one division").
  if (/^one$/iu.test(ctx.text.slice(q.start, q.end)) && !HISTORY_NOUN.test(q.noun)) return true;
  if (CURRENCY_SIGN.test(before) || CURRENCY_AFTER.test(rest)) return true;
  if (TIME_OF_DAY.test(rest) || /\d[:.]$/u.test(before)) return true;
  if (LABEL_LEAD.test(before)) return true;
  // "cost 500", not "at the cost of a million lives".
  if (PRICE_LEAD.test(before) && !HISTORY_NOUN.test(q.noun)) return true;
  return NON_HISTORY_AFTER.test(rest);
}

const CUE_ADVERB = `(?:(?:\\p{L}+ly|far|much|long|since|now|simply|just|also|quite|way|still|been|all|considered|thought|believed|regarded|seen|known|shown|proven|proved|to\\s+be|as)\\s+)*`;
/** The verb that says it: "is exaggerated", "has long been debunked", "(regard it) as a myth". */
const CUE_VERB = `(?:is|are|was|were|(?:has|have|had)\\s+(?:\\p{L}+\\s+)?been|seems?|appears?|looks?|remains?|sounds?|as)`;
const ANAPHOR = `(?:this|that|these|those|which|it|such)(?:\\s+(?:figure|number|estimate|claim|toll|count|total|statistic|version|story|account|assertion)s?)?`;
const REJECTION = new RegExp(
  `(?<![\\p{L}])(?:(${ANAPHOR})\\s+)?${CUE_VERB}\\s+${CUE_ADVERB}(?:${alt(REJECTION_WORDS)})(?![\\p{L}])`,
  'giu',
);
const REJECTION_RU = stems(RU_STEMS.rejected, 'giu');
/** A cheap test first: most sentences reject nothing. */
const MAYBE_REJECTS = new RegExp(alt([...REJECTION_WORDS, ...RU_STEMS.rejected]), 'iu');
/** What frames a figure as something said, not a fact: "the claim that", "the often-repeated figure of". */
const FRAMED =
  /(?<![\p{L}])(?:figures?|numbers?|claims?|estimates?|toll|stor(?:y|ies)|statements?|assertions?|idea|notion|versions?|count|total|statistics?|talk|reports?|rumou?rs?)\s+(?:of|that|about)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
const NEXT_REJECTS = new RegExp(
  `^\\s*(?:(?:this|that|these|those|such)(?:\\s+(?:figure|number|estimate|claim|toll|count|total|statistic|version|story|account)s?)?|it)\\s+${CUE_VERB}\\s+${CUE_ADVERB}(?:${alt(REJECTION_WORDS)})(?![\\p{L}])`,
  'iu',
);
const SEGMENT_EDGE = /;|:|,\s+(?:but|while|whereas|although|though)\s/giu;
const NOT_BUT = /(?<![\p{L}])(?:not|rather\s+than|instead\s+of)\s+$/iu;
const HEARSAY_AFTER = new RegExp(`^\\s*,?\\s*(?:${alt(HEARSAY)})(?![\\p{L}])|^[\\s\\p{L}]{0,30}?,?\\s+but\\s`, 'iu');
const ASKED =
  /(?<![\p{L}])(?:how\s+many|how\s+much|whether|asked|asks|ask)(?![\p{L}])|(?:сколько|вопрос\p{L}*)(?![\p{L}])/iu;

const EXAM =
  /(?<![\p{L}])(?:question|quiz|exam|examination|test|task|exercise|worksheet|homework|вопрос|задани|экзамен|тест)\p{L}{0,3}(?![\p{L}])/iu;

/** The figures of this sentence that the text itself rejects or only asks about. */
export function rejected(ctx: SentenceContext): Set<QuantityMention> {
  const qs = quantities(ctx);
  const out = new Set<QuantityMention>();
  if (!qs.length) return out;
  const s = ctx.sentence;
  const text = ctx.text.slice(s.start, s.end);
  // A question rejects nothing but asserts nothing either.
  if (/\?\s*$/u.test(text)) return new Set(qs);
  const edges = [...text.matchAll(SEGMENT_EDGE)].map((m) => s.start + m.index);
  const segmentStart = (at: number) => Math.max(s.start, ...edges.filter((e) => e < at));
  const rejects = MAYBE_REJECTS.test(text);
  for (const m of rejects ? text.matchAll(REJECTION) : []) {
    const at = s.start + m.index;
    const before = qs.filter((q) => q.nounEnd <= at);
    if (m[1]) {
      const last = before.pop();
      if (last) out.add(last);
    } else {
      const from = segmentStart(at);
      for (const q of before) if (q.start >= from && FRAMED.test(ctx.text.slice(from, q.start))) out.add(q);
    }
  }
  for (const m of rejects ? text.matchAll(REJECTION_RU) : []) {
    const at = s.start + m.index;
    const last = qs.filter((q) => q.nounEnd <= at && q.start >= segmentStart(at)).pop();
    if (last) out.add(last);
  }
  // "Some guides say 2 million died. That number is far too high."
  const next = ctx.text.slice(s.end, s.end + 200);
  if (MAYBE_REJECTS.test(next) && NEXT_REJECTS.test(next)) out.add(qs[qs.length - 1]!);
  const exam = EXAM.test(text);
  for (const q of qs) {
    if (NOT_BUT.test(lead(ctx, q.start, 20)) && HEARSAY_AFTER.test(after(ctx, q.end))) out.add(q);
    // "the exam asked how many of the 2.5 million residents …"
    const seg = ctx.text.slice(segmentStart(q.start), q.start);
    if (exam && ASKED.test(seg)) out.add(q);
  }
  return out;
}

/** Runs before the figure patterns: figures rejected, asked about, or not history are nobody's. */
export const disowned: ClaimPattern = {
  name: 'disowned',
  relate(ctx) {
    for (const q of rejected(ctx)) ctx.used.add(q);
    for (const q of quantities(ctx)) if (nonHistory(ctx, q)) ctx.used.add(q);
    return [];
  },
};
