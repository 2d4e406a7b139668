/**
 * The city's own awards: the Hero City (or Hero Fortress) title, the Order of
 * Lenin, the Gold Star. Each needs an award, a verb of conferring and a date
 * in the titles' lifetime (1945–1991). Not claims: "the Hero City of
 * Stalingrad" used as a name, "Hero City of Ukraine" (a different title),
 * "established the title" (no city got it).
 */
import { AWARD_VERBS, TITLE_YEARS } from '../lexicon/en.js';
import { RU_STEMS } from '../lexicon/ru.js';
import type { AwardKind, AwardMention, DateMention, PlaceMention } from '../recognise/types.js';
import { inside, stems, words } from '../recognise/util.js';
import type { ClaimPattern, Draft, SentenceContext } from './types.js';
import { anteriorPhrase } from './carried-dates.js';
import { before, clauseGap, cover, gap, lead, listedSubjects, nearestDate, triggers, yearOf } from './util.js';

const VERB_EN = words(AWARD_VERBS);
const VERB_RU = stems(RU_STEMS.awardVerb);

/**
 * A sentence that asks or sets a task asserts nothing: a question ("In which
 * year did Tula receive the title?"), an exercise's instruction ("Name the two
 * cities that were given the title in 1973", "Spot the mistake: …"), and
 * whatever an exercise quotes as wrong.
 */
/** An exercise's instruction: "Name the two cities …", "Spot the mistake", «Назовите …». */
const INSTRUCTS =
  /^(?:\s*(?:\d{1,2}|[a-z])[.)])*\s*(?:Name|List|Identify|Spot|Find|Explain|Describe|Choose|Give|Назовите|Укажите|Найдите|Перечислите)\s+(?:the|a|an|two|three|four|one|ONE|all|which|what|when|how|why|\p{L}+\s+(?:cities|city|mistake|error)|[а-яё]+)(?![\p{L}])/u;
/** A numbered question without its question mark: "3. When did Kerch get the title" — only after a number. */
const NUMBERED_QUESTION =
  /^\s*(?:\d{1,2}|[a-z])[.)]\s*(?:Which|What|When|Who|Why|How|In\s+which|In\s+what|True\s+or\s+false|Какой|Какие|Когда|Почему|Сколько|В\s+каком)(?![\p{L}])/u;
const QUOTED_AS_WRONG =
  /(?<![\p{L}])(?:mistake|error|wrong|false|myth|incorrect|ошибк\p{L}*|неверн\p{L}*)\s*:?\s*["“«']/iu;

/** "Some sites wrongly claim …", "the myth that …", «ошибочно пишут»: what follows is reported as false. */
const REPORTED_FALSE =
  /(?<![\p{L}])(?:(?:wrongly|falsely|mistakenly|erroneously|incorrectly)\s+(?:\p{L}+\s+)?(?:claim|state|say|report|write|assert|give|list|date|believe|think)\p{L}*|(?:myth|misconception|legend)\s+that|ошибочно|неверно\s+(?:пишут|утверждают|указывают))(?![\p{L}])/iu;
/**
 * A title asked for, not given: "veterans petitioned for X to be named a Hero
 * City", "leaders proposed that X be given the title", «предлагали присвоить».
 */
const REQUESTED =
  /(?<![\p{L}])(?:petition|propos|suggest|nominat|campaign|lobb|request|demand|urg|appeal|call(?:ed|s|ing)?\s+for|ask|hope|want|wish|sought|seek|deserv|предлаг|предлож|ходатайств|проси|просил|петици|добива)\p{L}*[^.;]*?(?:(?:to\s+be|be|should\s+be|would\s+be|to\s+receive|to\s+get|to\s+win)\s+(?:named|made|given|awarded|granted|declared|called|designated|proclaimed)|присвоить|наградить|дать)(?![\p{L}])/iu;

/** "no further hero cities were named before …", "no other city received the title": a conferral denied. */
const DENIED =
  /(?<![\p{L}])no\s+(?:further|other|more|new|later)\s+(?:\p{L}+\s+){0,2}?(?:was|were|has\s+been|have\s+been|had\s+been)?\s*(?:named|made|given|awarded|granted|declared|received|got)(?![\p{L}])/iu;

/** Asked once per sentence: four award patterns ask it, and most sentences have no award at all. */
const notAssertedBySentence = new WeakMap<object, boolean>();

export function notAsserted(ctx: SentenceContext): boolean {
  // Without an award or a date the award patterns find nothing anyway: no need to ask.
  if (!ctx.mentions.some((m) => m.kind === 'award' || m.kind === 'date')) return false;
  let denied = notAssertedBySentence.get(ctx.sentence);
  if (denied === undefined) notAssertedBySentence.set(ctx.sentence, (denied = deniedOrAsked(ctx)));
  return denied;
}

function deniedOrAsked(ctx: SentenceContext): boolean {
  const s = ctx.sentence;
  const lineStart = ctx.text.lastIndexOf('\n', s.start - 1) + 1;
  const line = ctx.text.slice(lineStart, s.end);
  const text = ctx.text.slice(s.start, s.end);
  if (/\?\s*["”»]?\s*$/u.test(text)) return true;
  return (
    INSTRUCTS.test(line) ||
    NUMBERED_QUESTION.test(line) ||
    QUOTED_AS_WRONG.test(line) ||
    REPORTED_FALSE.test(text) ||
    DENIED.test(text) ||
    REQUESTED.test(text)
  );
}

/** Places joined to the subject as sharing what it got: "alongside Kyiv, Moscow and Brest", «в один день с Мурманском». */
const COMPANION =
  /(?<![\p{L}])(?:alongside|together\s+with|along\s+with|as\s+did|the\s+same\s+day\s+as|вместе\s+с|наряду\s+с|одновременно\s+с|в\s+один\s+день\s+с)\s+(?:the\s+cities\s+of\s+|the\s+city\s+of\s+|городами\s+|городом\s+)?$/iu;

function companions(ctx: SentenceContext): PlaceMention[] {
  const places = ctx.mentions.filter(
    (m): m is PlaceMention => m.kind === 'place' && (m.role === 'name' || m.role === 'possessive'),
  );
  const out: PlaceMention[] = [];
  for (const p of places) {
    const prev = out[out.length - 1];
    const between = prev ? ctx.text.slice(prev.end, p.start) : '';
    if (prev && /^\s*(?:,\s*(?:and\s+)?|and\s+|и\s+)$/iu.test(between)) out.push(p);
    else if (COMPANION.test(lead(ctx, p.start, 60))) out.push(p);
  }
  return out.filter((p) => p.place !== ctx.subject);
}

/** "one of the original hero cities of 1945", "among the first Hero Cities in 1945": membership dated by its year. */
const ONE_OF =
  /(?<![\p{L}])(?:one\s+of|among)\s+(?:the\s+)?(?:(?:original|first|initial|earliest|four|five|\d)\p{L}*\s+)+$/iu;

function awardClaim(ctx: SentenceContext, kinds: AwardKind[], property: Draft['property']): Draft[] {
  if (notAsserted(ctx)) return [];
  const comp = companions(ctx);
  let listed = listedSubjects(ctx);
  // "…, alongside Leningrad, Stalingrad and Sevastopol": a list of companions, not of the sentence's subjects.
  if (listed && listed.every((p) => comp.some((c) => c.place === p))) listed = null;
  // With companions named, the sentence's own subject is the place named before them.
  const first = ctx.mentions.find(
    (m): m is PlaceMention =>
      m.kind === 'place' && (m.role === 'name' || m.role === 'possessive') && (!comp[0] || m.end <= comp[0].start),
  );
  const subject = ctx.subject ?? (comp.length ? (first?.place ?? null) : null);
  const went = wentTo(ctx, kinds, property);
  if (went.length) return went;
  if (!subject && !listed) return [];
  const memorials = ctx.mentions.filter((m) => m.kind === 'memorial');
  // "the honorary title Hero City of Ukraine": the honorary title is that one, not the Soviet one.
  const ukrainian = ctx.mentions.some((m) => m.kind === 'award' && m.award === 'hero-city-ukraine');
  const awards = ctx.mentions.filter(
    (m): m is AwardMention =>
      m.kind === 'award' &&
      kinds.includes(m.award) &&
      !m.asName &&
      !memorials.some((x) => inside(m, x)) &&
      !(ukrainian && m.award === 'honorary-title'),
  );
  const award = awards[0];
  if (!award) return [];
  const oneOf = ONE_OF.exec(lead(ctx, award.start, 60));
  // "the Order of Lenin (1954)": a date in brackets right after the award is when it was given.
  const bracketed = ctx.mentions.some(
    (m) =>
      m.kind === 'date' &&
      m.start > award.end &&
      /^\s*(?:medal\s*|медал\p{L}*\s*)?\(\s*$/iu.test(ctx.text.slice(award.end, m.start)),
  );
  const verb =
    triggers(ctx, VERB_EN, VERB_RU).sort((a, b) => gap(a, award) - gap(b, award))[0] ??
    (oneOf ? { start: award.start - oneOf[0].length, end: award.start } : undefined) ??
    (bracketed ? { start: award.start, end: award.end } : undefined);
  if (!verb) return [];
  // A date not yet given to another award first ("named a Hero City in 1945 and received the Gold Star in
  // 1965"); a shared date only when there is no other ("awarded the title, the Order and the Star on …").
  // "…, already called hero cities in 1945, are awarded the Order …": that date is the title's, not the Order's.
  const skip = (d: DateMention) => {
    const phrase = anteriorPhrase(ctx.sentence, d.start);
    return !!phrase && !inside(award, phrase);
  };
  const opts = { years: TITLE_YEARS, allowAttributive: true, allowRangeParts: true, skip };
  // A shared date in the award's own clause beats a free one across a clause break: "X already called it a
  // hero city, and the Order of Lenin and the Gold Star came on 8 May 1965" gives both that date.
  const anchor = cover(award, verb);
  const free = nearestDate(ctx, anchor, opts);
  const shared = nearestDate(ctx, anchor, { ...opts, allowUsed: true });
  const far = (d: DateMention | undefined) => !d || clauseGap(ctx, d, anchor) >= 1000;
  const date = free && !(far(free) && !far(shared)) ? free : shared;
  if (!date) return [];
  // "A and B were made Hero Cities in 1965 and 1973 respectively": the n-th date is the n-th place's.
  const each = listed && respectively(ctx, listed.length);
  if (listed && each) {
    each.forEach((d) => ctx.used.add(d));
    return listed.map((subject, i) => ({ property, value: each[i]!.value, ...cover(verb, award, each[i]), subject }));
  }
  ctx.used.add(date);
  const span = cover(date, verb, award);
  const own: Draft[] = listed
    ? listed.map((subject) => ({ property, value: date.value, ...span, subject }))
    : [{ property, value: date.value, ...span, ...(subject !== ctx.subject && subject && { subject }) }];
  // "…on 6 May 1985, the same day as Smolensk", "alongside Kyiv and Moscow": the other places share the date.
  const have = new Set(listed ?? [subject]);
  for (const c of comp) {
    if (have.has(c.place)) continue;
    have.add(c.place);
    own.push({ property, value: date.value, ...cover(span, c), subject: c.place });
  }
  return own;
}

/**
 * "the title went to Tula in 1976 and to Murmansk in 1985": each place after
 * "went to" / "and to" takes the first date after it (before the next such place).
 */
function wentTo(ctx: SentenceContext, kinds: AwardKind[], property: Draft['property']): Draft[] {
  const award = ctx.mentions.find((m): m is AwardMention => m.kind === 'award' && kinds.includes(m.award) && !m.asName);
  if (!award) return [];
  const rest = ctx.text.slice(award.end, ctx.sentence.end);
  if (!/^\s*(?:then\s+|later\s+|next\s+|also\s+)?went\s+to\s/iu.test(rest)) return [];
  const targets = ctx.mentions.filter(
    (m): m is PlaceMention =>
      m.kind === 'place' &&
      m.start > award.end &&
      /(?<![\p{L}])to\s+(?:the\s+city\s+of\s+)?$/iu.test(lead(ctx, m.start, 30)),
  );
  const out: Draft[] = [];
  targets.forEach((t, i) => {
    const next = targets[i + 1]?.start ?? ctx.sentence.end;
    const d = ctx.mentions.find(
      (m): m is DateMention =>
        m.kind === 'date' && m.start > t.end && m.end <= next && !ctx.used.has(m) && yearOf(m.value) >= TITLE_YEARS[0],
    );
    if (!d) return;
    ctx.used.add(d);
    out.push({ property, value: d.value, ...cover(i === 0 ? award : t, d), subject: t.place });
  });
  return out;
}

/** The dates of a sentence ending its list with "respectively", when there are as many as places. */
function respectively(ctx: SentenceContext, n: number): DateMention[] | null {
  if (!/(?<![\p{L}])respectively(?![\p{L}])/iu.test(ctx.sentence.text)) return null;
  const ds = ctx.mentions.filter(
    (m): m is DateMention =>
      m.kind === 'date' && yearOf(m.value) >= TITLE_YEARS[0] && yearOf(m.value) <= TITLE_YEARS[1],
  );
  return ds.length === n ? ds : null;
}

/**
 * "A and B were among the cities named in the order of 1 May 1945": the
 * first hero cities were named in an order, so a list of places "named in
 * the order of DATE" is a title conferral even without the words Hero City;
 * "…, and C and D followed in 1965 and 1973 respectively" adds the next ones.
 */
const ORDER_NAMED =
  /(?<![\p{L}])(?:cities|towns)\s+(?:that\s+were\s+|which\s+were\s+)?(?:named|listed|called|mentioned|honoured|honored|singled\s+out)(?:\s+as\s+hero[- ]cities)?\s+in\s+(?:the\s+|an\s+|a\s+)?(?:[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)*['’]s\s+|the\s+[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)*['’]s\s+)?(?:order|decree|ukase|edict)\s+of\s+$/iu;
/** "Odessa was one of the four cities named in …": the sentence's subject is one of them. */
const ONE_OF_CITIES = /(?<![\p{L}])(?:one\s+of|among)\s+(?:the\s+)?(?:\p{L}+\s+)?(?:cities|towns)(?![\p{L}])/iu;

function orderNamed(ctx: SentenceContext): Draft[] {
  if (notAsserted(ctx)) return [];
  const date = ctx.mentions.find(
    (m): m is DateMention =>
      m.kind === 'date' && yearOf(m.value) >= TITLE_YEARS[0] && ORDER_NAMED.test(lead(ctx, m.start, 120)),
  );
  if (!date) return [];
  const comp = companions(ctx).filter((c) => c.start > date.end);
  let listed = listedSubjects(ctx);
  if (listed && listed.every((p) => comp.some((c) => c.place === p))) listed = null;
  const first = ctx.mentions.find(
    (m): m is PlaceMention =>
      m.kind === 'place' && (m.role === 'name' || m.role === 'possessive') && m.end <= date.start,
  );
  const subject = ctx.subject ?? first?.place;
  const own = listed ?? (subject && ONE_OF_CITIES.test(before(ctx, date.start)) ? [subject] : null);
  if (!own) return [];
  ctx.used.add(date);
  const span = { start: ctx.sentence.start, end: date.end };
  const out: Draft[] = own.map((subject) => ({ property: 'hero_city_title', value: date.value, ...span, subject }));
  for (const c of comp)
    if (!own.includes(c.place) && !out.some((d) => d.subject === c.place))
      out.push({ property: 'hero_city_title', value: date.value, start: date.start, end: c.end, subject: c.place });
  // "…, and C and D followed in 1965 and 1973 respectively".
  const rest = ctx.text.slice(date.end, ctx.sentence.end);
  if (/(?<![\p{L}])followed(?![\p{L}])/iu.test(rest) && /(?<![\p{L}])respectively(?![\p{L}])/iu.test(rest)) {
    const later = ctx.mentions.filter(
      (x): x is PlaceMention => x.kind === 'place' && x.start > date.end && x.role === 'name' && !own.includes(x.place),
    );
    const years = ctx.mentions.filter(
      (x): x is DateMention => x.kind === 'date' && x.start > date.end && yearOf(x.value) >= TITLE_YEARS[0],
    );
    const places = [...new Set(later.map((x) => x.place))];
    if (places.length >= 2 && places.length === years.length)
      places.forEach((subject, i) => {
        ctx.used.add(years[i]!);
        out.push({
          property: 'hero_city_title',
          value: years[i]!.value,
          start: later[0]!.start,
          end: ctx.sentence.end,
          subject,
        });
      });
  }
  return out;
}

/**
 * A numbered answer with no predicate of its own ("7. Kerch and Novorossiysk
 * (both on 14 September 1973).") answers the question of the same number: when
 * that question is about the title, the answer's places got it on the answer's
 * date. Only a lone date in the title's lifetime, and only places the answer names.
 */
const TITLE_WORDS = /Hero[- ]Cit|Hero[- ]Fortress|(?<![\p{L}])title(?![\p{L}])|[Гг]ород[а-я]*[- ]геро|звани/u;

function answerToTitleQuestion(ctx: SentenceContext): Draft[] {
  if (ctx.mentions.some((m) => m.kind === 'award')) return [];
  const lineStart = ctx.text.lastIndexOf('\n', ctx.sentence.start - 1) + 1;
  const number = /^\s*(\d{1,2})[.)]\s*(?:[a-e]\)\s*)?$/u.exec(ctx.text.slice(lineStart, ctx.sentence.start));
  if (!number) return [];
  const question = new RegExp(`(?:^|\\n)[ \\t]*${number[1]}[.)][ \\t]+([^\\n]*)`, 'u').exec(
    ctx.text.slice(0, lineStart),
  );
  if (!question || !TITLE_WORDS.test(question[1]!)) return [];
  const ds = ctx.mentions.filter(
    (m): m is DateMention =>
      m.kind === 'date' && yearOf(m.value) >= TITLE_YEARS[0] && yearOf(m.value) <= TITLE_YEARS[1] && !ctx.used.has(m),
  );
  if (ds.length !== 1) return [];
  const date = ds[0]!;
  const subjects = listedSubjects(ctx) ?? (ctx.subject ? [ctx.subject] : []);
  if (!subjects.length) return [];
  ctx.used.add(date);
  return subjects.map((subject) => ({
    property: 'hero_city_title',
    value: date.value,
    start: ctx.sentence.start,
    end: date.end,
    subject,
  }));
}

/**
 * "an order of the day of 1 May 1945 orders salutes in 'the hero cities' Leningrad, Stalingrad and Odessa":
 * an order or decree that calls the places it names hero cities gives them the title on its date.
 */
const DOCUMENT_WORD = /(?<![\p{L}])(?:order|decree|ukase|edict|приказ\p{L}*|указ\p{L}*)(?![\p{L}])/iu;

function calledInOrder(ctx: SentenceContext): Draft[] {
  if (notAsserted(ctx) || !DOCUMENT_WORD.test(ctx.sentence.text)) return [];
  const award = ctx.mentions.find((m): m is AwardMention => m.kind === 'award' && m.award === 'hero-city' && !m.asName);
  if (!award) return [];
  const places = ctx.mentions.filter(
    (m): m is PlaceMention => m.kind === 'place' && m.role === 'name' && m.start >= award.end,
  );
  const list: PlaceMention[] = [];
  let at = award.end;
  for (const p of places) {
    const between = ctx.text.slice(at, p.start);
    if (!(list.length ? /^\s*(?:,\s*(?:and\s+)?|and\s+|и\s+)$/iu : /^\s*["”»]?\s*$/u).test(between)) break;
    list.push(p);
    at = p.end;
  }
  if (!list.length) return [];
  const date = ctx.mentions.find(
    (m): m is DateMention =>
      m.kind === 'date' &&
      m.end <= award.start &&
      !ctx.used.has(m) &&
      yearOf(m.value) >= TITLE_YEARS[0] &&
      yearOf(m.value) <= TITLE_YEARS[1],
  );
  if (!date) return [];
  ctx.used.add(date);
  return list.map((p) => ({ property: 'hero_city_title', value: date.value, ...cover(date, p), subject: p.place }));
}

export const heroCityTitle: ClaimPattern = {
  name: 'hero-city-title',
  relate: (ctx) => {
    const own = awardClaim(ctx, ['hero-city', 'hero-fortress', 'honorary-title'], 'hero_city_title');
    if (own.length) return own;
    const named = orderNamed(ctx);
    if (named.length) return named;
    const called = calledInOrder(ctx);
    return called.length ? called : answerToTitleQuestion(ctx);
  },
};
export const orderOfLenin: ClaimPattern = {
  name: 'order-of-lenin',
  relate: (ctx) => awardClaim(ctx, ['order-of-lenin'], 'order_of_lenin'),
};
export const goldStar: ClaimPattern = {
  name: 'gold-star',
  relate: (ctx) => awardClaim(ctx, ['gold-star'], 'gold_star'),
};
