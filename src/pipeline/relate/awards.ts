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
import { cover, gap, lead, listedSubjects, nearestDate, triggers, yearOf } from './util.js';

const VERB_EN = words(AWARD_VERBS);
const VERB_RU = stems(RU_STEMS.awardVerb);

function awardClaim(ctx: SentenceContext, kinds: AwardKind[], property: Draft['property']): Draft[] {
  const listed = listedSubjects(ctx);
  if (!ctx.subject && !listed) return [];
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
  const verb = triggers(ctx, VERB_EN, VERB_RU).sort((a, b) => gap(a, award) - gap(b, award))[0];
  if (!verb) return [];
  // A date not yet given to another award first ("named a Hero City in 1945 and received the Gold Star in
  // 1965"); a shared date only when there is no other ("awarded the title, the Order and the Star on …").
  const opts = { years: TITLE_YEARS, allowAttributive: true, allowRangeParts: true };
  const date =
    nearestDate(ctx, cover(award, verb), opts) ?? nearestDate(ctx, cover(award, verb), { ...opts, allowUsed: true });
  if (!date) return [];
  // "A and B were made Hero Cities in 1965 and 1973 respectively": the n-th date is the n-th place's.
  const each = listed && respectively(ctx, listed.length);
  if (listed && each) {
    each.forEach((d) => ctx.used.add(d));
    return listed.map((subject, i) => ({ property, value: each[i]!.value, ...cover(verb, award, each[i]), subject }));
  }
  ctx.used.add(date);
  const span = cover(date, verb, award);
  if (listed) return listed.map((subject) => ({ property, value: date.value, ...span, subject }));
  const own: Draft = { property, value: date.value, ...span };
  // "…on 6 May 1985, the same day as Smolensk": the other place shares the date.
  const same = sameDayAs(ctx, date);
  return same ? [own, { property, value: date.value, ...cover(span, same), subject: same.place }] : [own];
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

/** A place named right after the date as sharing it: "the same day as X", "together with X", "as did X". */
function sameDayAs(ctx: SentenceContext, date: DateMention): PlaceMention | null {
  const m =
    /^,?\s*(?:(?:on|and\s+on)\s+)?(?:the\s+same\s+day\s+as|together\s+with|along\s+with|as\s+did)\s+(?:the\s+city\s+of\s+)?/iu.exec(
      ctx.text.slice(date.end, ctx.sentence.end),
    );
  if (!m) return null;
  const at = date.end + m[0].length;
  return (
    ctx.mentions.find(
      (x): x is PlaceMention =>
        x.kind === 'place' &&
        x.start === at &&
        x.place !== ctx.subject &&
        (x.role === 'name' || x.role === 'possessive'),
    ) ?? null
  );
}

/**
 * "A and B were among the cities named in the order of 1 May 1945": the
 * first hero cities were named in an order, so a list of places "named in
 * the order of DATE" is a title conferral even without the words Hero City;
 * "…, and C and D followed in 1965 and 1973 respectively" adds the next ones.
 */
const ORDER_NAMED =
  /(?<![\p{L}])(?:cities|towns)\s+(?:that\s+were\s+|which\s+were\s+)?(?:named|listed|called|mentioned|honoured|honored)\s+in\s+(?:the\s+|an\s+|a\s+)?(?:order|decree|ukase|edict)\s+of\s+$/iu;

function orderNamed(ctx: SentenceContext): Draft[] {
  const listed = listedSubjects(ctx);
  if (!listed) return [];
  const date = ctx.mentions.find(
    (m): m is DateMention =>
      m.kind === 'date' && yearOf(m.value) >= TITLE_YEARS[0] && ORDER_NAMED.test(lead(ctx, m.start, 80)),
  );
  if (!date) return [];
  ctx.used.add(date);
  const span = { start: ctx.sentence.start, end: date.end };
  const out: Draft[] = listed.map((subject) => ({ property: 'hero_city_title', value: date.value, ...span, subject }));
  // "…, and C and D followed in 1965 and 1973 respectively".
  const rest = ctx.text.slice(date.end, ctx.sentence.end);
  if (/(?<![\p{L}])followed(?![\p{L}])/iu.test(rest) && /(?<![\p{L}])respectively(?![\p{L}])/iu.test(rest)) {
    const later = ctx.mentions.filter(
      (x): x is PlaceMention =>
        x.kind === 'place' && x.start > date.end && x.role === 'name' && !listed.includes(x.place),
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

export const heroCityTitle: ClaimPattern = {
  name: 'hero-city-title',
  relate: (ctx) => {
    const own = awardClaim(ctx, ['hero-city', 'hero-fortress', 'honorary-title'], 'hero_city_title');
    return own.length ? own : orderNamed(ctx);
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
