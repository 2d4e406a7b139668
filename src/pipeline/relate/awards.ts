/**
 * The city's own awards: the Hero City (or Hero Fortress) title, the Order of
 * Lenin, the Gold Star. Each needs an award, a verb of conferring and a date
 * in the titles' lifetime (1945–1991). Not claims: "the Hero City of
 * Stalingrad" used as a name, "Hero City of Ukraine" (a different title),
 * "established the title" (no city got it).
 */
import { AWARD_VERBS, TITLE_YEARS } from '../lexicon/en.js';
import { RU_STEMS } from '../lexicon/ru.js';
import type { AwardKind, AwardMention } from '../recognise/types.js';
import { inside, stems, words } from '../recognise/util.js';
import type { ClaimPattern, Draft, SentenceContext } from './types.js';
import { cover, gap, listedSubjects, nearestDate, triggers } from './util.js';

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
  ctx.used.add(date);
  const span = cover(date, verb, award);
  if (listed) return listed.map((subject) => ({ property, value: date.value, ...span, subject }));
  return [{ property, value: date.value, ...span }];
}

export const heroCityTitle: ClaimPattern = {
  name: 'hero-city-title',
  relate: (ctx) => awardClaim(ctx, ['hero-city', 'hero-fortress', 'honorary-title'], 'hero_city_title'),
};
export const orderOfLenin: ClaimPattern = {
  name: 'order-of-lenin',
  relate: (ctx) => awardClaim(ctx, ['order-of-lenin'], 'order_of_lenin'),
};
export const goldStar: ClaimPattern = {
  name: 'gold-star',
  relate: (ctx) => awardClaim(ctx, ['gold-star'], 'gold_star'),
};
