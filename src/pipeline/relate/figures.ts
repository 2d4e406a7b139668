/**
 * Figures, in this order (each takes the figures it uses, so later ones see
 * only what is left):
 *   duration: "lasted 200 days", "900-day siege", "for more than 300 days" →
 *     duration_days; "lasted for 6 months", "five-month struggle" → a quantity
 *     (the corpus keeps only days as durations). "was three days" and "two
 *     months after" are no durations.
 *   heroes: "N men were given the title of Hero of the Soviet Union".
 *   casualties: a figure of casualties, lives, deaths (or people the enemy
 *     "lost"), with the side it belongs to.
 *   quantity: any other figure that counts something countable.
 */
import type { Side } from '../../domain/index.js';
import type { NumberRange } from '../../domain/number-range.js';
import { CASUALTY_NOUNS, CASUALTY_VERBS, COUNTABLE_NOUNS, PEOPLE_NOUNS } from '../lexicon/en.js';
import type { QuantityMention, SideMention } from '../recognise/types.js';
import { words } from '../recognise/util.js';
import type { ClaimPattern, Draft, SentenceContext } from './types.js';
import { after, before, lead as leadIn, quantities, ranges } from './util.js';

const figure = (q: NumberRange): number | NumberRange =>
  q.min !== null && q.min === q.max ? q.min : { min: q.min, max: q.max };
const DURATION_LEAD =
  /(?:(?<![\p{L}])for|(?:siege|defen[cs]e|battle|blockade|fighting|resistance)\s+of|lasted|lasting|continued|в\s+течение|длилась|длился|продолжалась|тривала|тривав|тривало)\s+$/iu;
const MONTH_LEAD = /(?:lasted|lasting|continued|went\s+on|длилась|продолжалась)\s+(?:for\s+)?$/iu;

export const duration: ClaimPattern = {
  name: 'duration',
  relate(ctx) {
    if (!ctx.subject) return [];
    const out: Draft[] = [];
    for (const q of quantities(ctx)) {
      const lead = leadIn(ctx, q.start);
      // "after 73 days of defence": the noun says what lasted.
      const ofBattle =
        /^days?\s+of\s+(?:\p{L}+\s+)?(?:defen[cs]e|siege|fighting|battle|resistance|struggle|blockade|heroic\s+defen[cs]e)/iu.test(
          q.noun + ' ' + ctx.text.slice(q.nounEnd, q.nounEnd + 40),
        );
      // "from 8 September 1941 to 27 January 1944 — 872 days": the range's length, after a dash.
      const afterRange = ranges(ctx).some((r) => /^\s*[—–-]\s*$/u.test(ctx.text.slice(r.end, q.start)));
      if (q.unit === 'day' && (q.adjectival || ofBattle || afterRange || DURATION_LEAD.test(lead))) {
        const m = DURATION_LEAD.exec(lead);
        ctx.used.add(q);
        out.push({
          property: 'duration_days',
          value: figure(q),
          start: q.start - (m ? m[0].length : 0),
          end: q.nounEnd,
        });
      } else if ((q.unit === 'month' || q.unit === 'week') && (q.adjectival || MONTH_LEAD.test(lead))) {
        const m = MONTH_LEAD.exec(lead);
        ctx.used.add(q);
        const what = q.adjectival ? `${q.unit}s of ${q.noun}`.trim() : `duration in ${q.unit}s`;
        out.push({
          property: 'quantity',
          value: { what, min: q.min, max: q.max },
          start: q.start - (m ? m[0].length : 0),
          end: q.nounEnd,
        });
      }
    }
    return out;
  },
};

const HSU_VERB =
  /^(?:[\s\p{L},'’-]{0,60}?)(?:awarded|received|became|were\s+made|named|given|удостоен\p{L}*|получил\p{L}*|стал\p{L}*|присвоено)/iu;

export const heroes: ClaimPattern = {
  name: 'heroes',
  relate(ctx) {
    if (!ctx.subject) return [];
    for (const award of ctx.mentions) {
      if (award.kind !== 'award' || award.award !== 'hero-soviet-union') continue;
      const q = quantities(ctx)
        .filter((x) => x.end <= award.start && !x.unit && award.start - x.end < 90)
        .sort((a, b) => b.start - a.start)[0];
      if (!q) {
        const later = quantities(ctx).find((x) => !x.unit && x.start >= award.end && x.start - award.end < 60);
        if (
          later &&
          /^[\s\p{L},]{0,40}?(?:awarded|given|conferred|granted)\s+(?:on|to)\s+$/u.test(
            ctx.text.slice(award.end, later.start),
          )
        ) {
          ctx.used.add(later);
          return [{ property: 'heroes_of_soviet_union', value: figure(later), start: award.start, end: later.nounEnd }];
        }
        continue;
      }
      const between = ctx.text.slice(q.end, award.start);
      if (!HSU_VERB.test(between) && !/^\s*$/u.test(between)) continue;
      ctx.used.add(q);
      return [{ property: 'heroes_of_soviet_union', value: figure(q), start: q.start, end: award.end }];
    }
    return [];
  },
};

const CASUALTY_WORD = words([...CASUALTY_NOUNS, ...CASUALTY_VERBS]);
const CASUALTY_RU = /(?<![\p{L}])(?:погиб|потер|убит|жертв)\p{L}*/iu;
const PEOPLE_RU = /(?<![\p{L}])(?:человек|жител|горожан|солдат|бойц|воин|защитник|мирн|ленинградц|офицер)/iu;
const PEOPLE = new Set(PEOPLE_NOUNS);

function sideOf(ctx: SentenceContext, q: QuantityMention): { side: Side; extra?: { start: number; end: number } } {
  const sides = ctx.mentions.filter((m): m is SideMention => m.kind === 'side');
  const inNoun = sides.find((s) => s.start >= q.end && s.end <= q.nounEnd);
  if (inNoun) return { side: inNoun.side };
  const tail = /^\s*(?:for|of|among|on|by)\s+(?:the\s+)?/iu.exec(after(ctx, q.nounEnd));
  if (tail) {
    const s = sides.find((x) => x.start === q.nounEnd + tail[0].length);
    if (s) return { side: s.side, extra: s };
  }
  const prior = sides.filter((s) => s.end <= q.start && q.start - s.end < 100).sort((a, b) => b.start - a.start)[0];
  if (prior) return { side: prior.side, extra: prior };
  return { side: 'combined' };
}

export const casualties: ClaimPattern = {
  name: 'casualties',
  relate(ctx) {
    if (!ctx.subject) return [];
    const out: Draft[] = [];
    const qs = quantities(ctx);
    if (!qs.length) return out;
    for (const q of qs) {
      if (q.unit || q.recogniser === 'quantity.fraction' || q.recogniser === 'quantity.percent') continue;
      const nounWords = q.noun.toLowerCase().split(/\s+/u).filter(Boolean);
      const nounIsCasualty = nounWords.some((w) => CASUALTY_NOUNS.includes(w)) || CASUALTY_RU.test(q.noun);
      const lead = before(ctx, q.start);
      const leadHit =
        [...lead.matchAll(new RegExp(CASUALTY_WORD.source, 'giu'))].pop() ?? (CASUALTY_RU.exec(lead) || undefined);
      const peopleOrNothing =
        nounWords.length === 0 ||
        nounWords.some((w) => PEOPLE.has(w)) ||
        PEOPLE_RU.test(q.noun) ||
        ctx.mentions.some((m) => m.kind === 'place' && m.role === 'demonym' && m.start >= q.end && m.end <= q.nounEnd);
      const killedAfter =
        /^\s+(?:were|was|had\s+been|have\s+been)\s+(?:killed|wounded|executed|murdered|shot)|^\s+(?:died|perished|fell|погибл\p{L}*|убит\p{L}*)/iu.test(
          after(ctx, q.nounEnd),
        );
      if (!nounIsCasualty && !(leadHit && peopleOrNothing) && !killedAfter) continue;
      const { side, extra } = sideOf(ctx, q);
      ctx.used.add(q);
      const leadStart = leadHit && leadHit.index !== undefined ? ctx.sentence.start + leadHit.index : undefined;
      const start = Math.min(
        q.start,
        extra?.start ?? q.start,
        leadStart !== undefined && q.start - leadStart < 60 ? leadStart : q.start,
      );
      const end = Math.max(q.nounEnd, extra?.end ?? 0);
      out.push({ property: 'casualties', value: { side, min: q.min, max: q.max }, start, end });
    }
    return out;
  },
};

const COUNTABLE = new Set(COUNTABLE_NOUNS.flatMap((n) => n.split(' ')));
const COUNTABLE_RU =
  /(?<![\p{L}])(?:человек|солдат|бойц|воин|жител|защитник|участник|танк|самол[её]т|орудий|орудия|корабл|судов|дивизи|батальон|отряд|част[еи]й|партизан|ополченц|минометов|миномётов|машин|пушек|памятник|метр|тонн|грамм)/iu;
/** "the population … was given as about 850,000": the figure of a noun named before it. */
const POPULATION_LEAD =
  /(?<![\p{L}])(population|население|населения)(?![\p{L}])[^.;]{0,50}?(?:was|is|of|stood\s+at|numbered|reached|as|составляло|составляет|—|-)\s+$/iu;
const PASSIVE_AFTER = /^\s+(?:were|was|had\s+been|have\s+been)\s+\p{L}+ed(?![\p{L}])/u;

export const quantity: ClaimPattern = {
  name: 'quantity',
  relate(ctx) {
    if (!ctx.subject) return [];
    const out: Draft[] = [];
    for (const q of quantities(ctx)) {
      if (q.unit) continue;
      const nounWords = q.noun.toLowerCase().split(/\s+/u).filter(Boolean);
      const demonym = ctx.mentions.some(
        (m) => m.kind === 'place' && m.role === 'demonym' && m.start >= q.end && m.end <= q.nounEnd,
      );
      const counted =
        nounWords.some((w) => COUNTABLE.has(w)) ||
        COUNTABLE_RU.test(q.noun) ||
        demonym ||
        (q.adjectival && nounWords.length > 0) ||
        ((q.recogniser === 'quantity.fraction' || q.recogniser === 'quantity.percent') && nounWords.length > 0);
      const passive = nounWords.length === 0 ? PASSIVE_AFTER.exec(after(ctx, q.end)) : null;
      const population = nounWords.length === 0 && !passive ? POPULATION_LEAD.exec(leadIn(ctx, q.start)) : null;
      if (population) {
        ctx.used.add(q);
        const start = q.start - (leadIn(ctx, q.start).length - population.index);
        out.push({ property: 'quantity', value: { what: 'population', min: q.min, max: q.max }, start, end: q.end });
        continue;
      }
      if (!counted && !passive) continue;
      if ((q.min ?? q.max ?? 0) <= 0) continue;
      ctx.used.add(q);
      const end = passive ? q.end + passive[0].length : q.nounEnd;
      const what = passive ? passive[0].trim() : q.noun;
      out.push({ property: 'quantity', value: { what, min: q.min, max: q.max }, start: q.start, end });
    }
    return out;
  },
};
