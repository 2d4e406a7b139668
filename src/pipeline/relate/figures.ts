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
import {
  ATTACK_NOUNS,
  CASUALTY_NOUNS,
  CASUALTY_VERBS,
  CIVIL_COUNTABLE_NOUNS,
  CIVILIAN_DEATH_CUES,
  DEATH_VERBS,
  DURATION_NOUNS,
  KILLING_VERBS,
  PEOPLE_NOUNS,
  SOLDIER_NOUNS,
} from '../lexicon/en.js';
import { RU_STEMS } from '../lexicon/ru.js';
import type { QuantityMention, SideMention } from '../recognise/types.js';
import { stems, words } from '../recognise/util.js';
import { MILITARY_NOUNS, aboutWar, visitClause } from './figure-sense.js';
import type { ClaimPattern, Draft, SentenceContext } from './types.js';
import { after, before, lead as leadIn, quantities, ranges } from './util.js';

const figure = (q: NumberRange): number | NumberRange =>
  q.min !== null && q.min === q.max ? q.min : { min: q.min, max: q.max };
const DURATION_LEAD =
  /(?:(?<![\p{L}])for|(?:siege|defen[cs]e|battle|blockade|fighting|resistance)\s+of|lasted|lasting|continued|held\s+out|holding\s+out|в\s+течение|держал(?:ся|ась|ись|ось)|продержал(?:ся|ась|ись|ось)|длил(?:ась|ся|ось|ись)|продолжал(?:ась|ся|ось|ись)|тривала|тривав|тривало)\s+$/iu;
/**
 * "held this block for 58 days", "kept the bridge for 3 days": the span of
 * holding something else than the city, no duration of its defence.
 */
const HELD_OTHER =
  /(?<![\p{L}])(?:held|kept|defended|occupied)\s+(?!(?:out|on|firm)(?![\p{L}]))(?!(?:the\s+|this\s+|their\s+|its\s+)?(?:city|town|port|fortress|it|line|front)(?![\p{L}]))(?:[\p{L}'’-]+\s+){1,4}?for\s+(?:(?:more|less)\s+than\s+|over\s+|about\s+|some\s+|nearly\s+|almost\s+)?$/iu;
/**
 * "The exhibition lasted 30 days", "the journey took us 3 days", «выставка
 * продлится 10 дней»: a span of something else than the war, named in the
 * clause before the figure.
 */
const OTHER_SPAN =
  /(?<![\p{L}])(?:exhibitions?|exhibits?|journey|trip|tour|voyage|cruise|festival|celebrations?|festivities|visit|stay|holiday|conference|course|выставк\p{L}*|поездк\p{L}*|путешестви\p{L}*|экскурси\p{L}*|фестивал\p{L}*|праздн\p{L}*|конференци\p{L}*|рейс\p{L}*)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:lasted|lasts|took|takes|continued|ran|runs|went\s+on|will\s+last|длил\p{L}*|продолжал\p{L}*|продл\p{L}*|занял\p{L}*|займ\p{L}*)\s+(?:(?:for|us|about|some|over|more\s+than|почти|около|более|всего)\s+)*$/iu;
/** «N дней обороны», "N days under siege": a count of days followed by what lasted. */
const OF_BATTLE =
  /^(?:days?\s+(?:of\s+(?:\p{L}+\s+)?(?:defen[cs]e|siege|fighting|battle|resistance|struggle|blockade|occupation|heroic\s+defen[cs]e)|under\s+(?:siege|blockade|occupation|German\s+occupation|fire))|(?:дн\p{L}*|сут\p{L}*)\s+(?:\p{L}+\s+)?(?:оборон|осад|блокад|оккупац|бо[её]в|сражени|штурм))/iu;
/** "from … to … — 872 days", «до 5 декабря 1941 года — всего более сорока дней»: the span a date or range ends, after a dash. */
const AFTER_DASH = /^\s*[—–-]\s*(?:(?:всего|в\s+общей\s+сложности|in\s+all|altogether|a\s+total\s+of)\s+)?$/iu;
/** "… was lifted …, after", «… снята … спустя»: a battle's end earlier in the clause, then the span it closed. */
const AFTER_END =
  /(?<![\p{L}])(?:(?:siege|blockade|defen[cs]e|battle|encirclement)\s+(?:\p{L}+\s+){0,3}?(?:was|were)\s+(?:\p{L}+\s+){0,2}(?:lifted|broken|raised|ended|over)|(?:блокада|осада|оборона)\s+(?:\p{L}+\s+){0,3}?(?:была\s+)?(?:снята|прорвана|закончилась|завершилась))(?![\p{L}])[^.;]{0,60}?,?\s+(?:after|спустя|через)\s+(?:(?:some|about|nearly|almost|over|more\s+than|около|почти|более)\s+)?$/iu;
const MONTH_LEAD = /(?:lasted|lasting|continued|went\s+on|длилась|продолжалась)\s+(?:for\s+)?$/iu;
/** "the 900-day siege", not "a 1-day tour": a span the noun says is a battle's. */
const DURATION_NOUN = words(DURATION_NOUNS, 'iu');

/** A date that ends a battle ("lasted until D", «продолжалась до D») right before a dash that leads to the figure. */
function battleEndBefore(ctx: SentenceContext, at: number): boolean {
  const d = ctx.mentions.find((m) => m.kind === 'date' && AFTER_DASH.test(ctx.text.slice(m.end, at)));
  if (!d) return false;
  return /(?:lasted|continued|held\s+out|went\s+on|длил\p{L}*|продолжал\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:until|till|to|до|по)\s+$/iu.test(
    leadIn(ctx, d.start),
  );
}

export const duration: ClaimPattern = {
  name: 'duration',
  relate(ctx) {
    if (!ctx.subject) return [];
    const out: Draft[] = [];
    for (const q of quantities(ctx)) {
      const lead = leadIn(ctx, q.start);
      // "after 73 days of defence": the noun says what lasted.
      const ofBattle = OF_BATTLE.test(q.noun + ' ' + ctx.text.slice(q.nounEnd, q.nounEnd + 40));
      // "from 8 September 1941 to 27 January 1944 — 872 days": the range's length, after a dash;
      // "lasted until 5 December 1941 — over forty days": a battle's span up to its end date.
      const afterRange =
        ranges(ctx).some((r) => AFTER_DASH.test(ctx.text.slice(r.end, q.start))) ||
        (battleEndBefore(ctx, q.start) && q.unit === 'day');
      // "held the house for 58 days": something else held, not the city; a figure of its own.
      const heldOther = !ofBattle && q.unit === 'day' ? HELD_OTHER.exec(lead) : null;
      if (heldOther) {
        const held = /(?<![\p{L}])(?:held|kept|defended|occupied)\s+([\p{L}'’ -]+?)\s+for\s/iu.exec(heldOther[0]);
        ctx.used.add(q);
        out.push({
          property: 'quantity',
          value: { what: `days ${held?.[1] ?? 'something'} was held`, min: q.min, max: q.max },
          start: q.start - heldOther[0].length,
          end: q.nounEnd,
        });
        continue;
      }
      if (HELD_OTHER.test(lead) && !ofBattle) continue;
      // "The exhibition lasted 30 days": the span of something else.
      if (!ofBattle && OTHER_SPAN.test(lead)) continue;
      // "for 3 days" is a battle's only in a sentence about the war ("we stayed for 3 days" is not).
      const battleNoun = q.adjectival && DURATION_NOUN.test(q.noun);
      const led = (re: RegExp) => !q.adjectival && re.test(lead) && aboutWar(ctx, q);
      // "the blockade was lifted on 27 January 1944, after 872 days": the span a battle's end closes.
      const afterEnd = !q.adjectival && AFTER_END.test(lead);
      if (q.unit === 'day' && (battleNoun || ofBattle || afterRange || afterEnd || led(DURATION_LEAD))) {
        const m = DURATION_LEAD.exec(lead);
        ctx.used.add(q);
        out.push({
          property: 'duration_days',
          value: figure(q),
          start: q.start - (m ? m[0].length : 0),
          end: q.nounEnd,
        });
      } else if ((q.unit === 'month' || q.unit === 'week') && (battleNoun || led(MONTH_LEAD))) {
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
  /^(?:[\s\p{L},'’-]{0,60}?)(?:awarded|received|became|were\s+(?:\p{L}+\s+)?made|named|given|удостоен\p{L}*|получил\p{L}*|стал\p{L}*|присвоено)/iu;

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
const CASUALTY_RU = /(?<![\p{L}])(?:погиб|потер|убит|убил|жертв|расстрел|казн[ие]|замуч)\p{L}*/iu;
const PEOPLE_RU =
  /(?<![\p{L}])(?:человек|жител|горожан|солдат|бойц|воин|защитник|мирн|ленинградц|офицер|евре|детей|женщин)/iu;
const PEOPLE = new Set(PEOPLE_NOUNS);
/** "800,000 people starved": a death verb the noun phrase took in. */
const DEATH = new Set(DEATH_VERBS.filter((v) => !v.includes(' ')));
const SOLDIERS = new Set(SOLDIER_NOUNS);
const SOLDIERS_RU = /(?<![\p{L}])(?:солдат|бойц|воин|защитник|красноармейц|военнопленн|моряк|офицер)/iu;
const KILLING = [words(KILLING_VERBS, 'iu'), stems(RU_STEMS.killing, 'iu')];
/** A killing verb right before the figure: "shot 10,000 prisoners of war". */
const KILLING_END = KILLING.map((re) => new RegExp(`${re.source}\\s+$`, 'iu'));
const CASUALTY_ALL = new RegExp(CASUALTY_WORD.source, 'giu');
const PASSIVE_KILLING = new RegExp(
  `^\\s+(?:were|was|had\\s+been|have\\s+been)\\s+(?:\\p{L}+\\s+)?(?:${KILLING_VERBS.join('|')})\\s+by\\s+(?:the\\s+)?$`,
  'iu',
);
const ATTACK_AFTER = new RegExp(
  `^\\s*(?:${[...ATTACK_NOUNS].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`,
  'iu',
);
const IRRECOVERABLE = /(?<![\p{L}])(?:irrecoverable|irretrievable|безвозвратн\p{L}*)(?![\p{L}])/iu;
const CIVILIAN_CUE = [words(CIVILIAN_DEATH_CUES, 'iu'), stems(RU_STEMS.civilianDeath, 'iu')];

/** Whom a killer's figure counts: the enemy killed soldiers (soviet losses) or anyone else (civilians). */
function victims(killer: Side, q: QuantityMention, nounWords: string[]): Side {
  if (killer === 'combined') return 'combined';
  if (killer !== 'axis') return 'axis';
  return nounWords.some((w) => SOLDIERS.has(w)) || SOLDIERS_RU.test(q.noun) ? 'soviet' : 'civilian';
}

/**
 * Whose losses a figure counts, tried in this order:
 *   1. a side in its own noun ("30,000 civilians", "German soldiers");
 *   2. a side right after it ("… for the Wehrmacht", "… among the defenders");
 *      after "were shot by" the side is the killer, and the figure its victims;
 *   3. the nearest side before it ("the German 6th Army lost", "our losses
 *      were", "Manstein's 11th Army suffered"); a nationality right before a
 *      formation word decides ("the German garrison"); a side that is the
 *      killer — of an active verb ("the Nazis shot 100,000 people") or of an
 *      attack ("in the German air raids … died") — makes the figure its victims;
 *   4. with no side named, deaths from hunger, cold or bombing are civilian;
 *   5. else both sides together.
 */
function sideOf(
  ctx: SentenceContext,
  q: QuantityMention,
  nounWords: string[],
): { side: Side; extra?: { start: number; end: number } } {
  const sides = ctx.mentions.filter((m): m is SideMention => m.kind === 'side');
  const inNoun = sides.find((s) => s.start >= q.end && s.end <= q.nounEnd);
  if (inNoun) return { side: inNoun.side };
  // "20,000 Kievans": the city's own people.
  if (ctx.mentions.some((m) => m.kind === 'place' && m.role === 'demonym' && m.start >= q.end && m.end <= q.nounEnd))
    return { side: 'civilian' };
  // "156,880 irrecoverable losses": the term of the Soviet loss statistics, when the sentence names no side.
  if (!sides.length && IRRECOVERABLE.test(q.noun)) return { side: 'soviet' };
  const rest = after(ctx, q.nounEnd);
  const tail = /^\s*(?:for|of|among|on|by)\s+(?:the\s+)?/iu.exec(rest);
  if (tail) {
    const s = sides.find((x) => x.start === q.nounEnd + tail[0].length);
    if (s) return { side: /by\s/iu.test(tail[0]) ? victims(s.side, q, nounWords) : s.side, extra: s };
  }
  const killer = sides.find((x) => x.start > q.nounEnd && PASSIVE_KILLING.test(ctx.text.slice(q.nounEnd, x.start)));
  if (killer) return { side: victims(killer.side, q, nounWords), extra: killer };
  const prior = sides.filter((s) => s.end <= q.start && q.start - s.end < 100).sort((a, b) => b.start - a.start)[0];
  // "the number of Leningraders who had died at 632,253": the city's people named after any side, close before the figure.
  const people = ctx.mentions.find(
    (m) =>
      m.kind === 'place' &&
      m.role === 'demonym' &&
      m.end <= q.start &&
      q.start - m.end < 60 &&
      (!prior || m.start >= prior.end) &&
      !/[.;]/u.test(ctx.text.slice(m.end, q.start)),
  );
  if (people) return { side: 'civilian', extra: people };
  if (prior) {
    const nationality = sides.find((s) => s.end <= prior.start && /^\s*$/u.test(ctx.text.slice(s.end, prior.start)));
    const side =
      nationality && prior.side !== 'civilian' && nationality.side !== 'civilian' ? nationality.side : prior.side;
    const between = ctx.text.slice(prior.end, q.start);
    // The side kills when its verb follows it, not when a figure's own participle does ("reported 482 men killed").
    const kills =
      !/\d/u.test(between) &&
      KILLING.some((re) => re.test(between)) &&
      !/(?<![\p{L}])(?:were|was|been|lost|suffered|losses|потерял\p{L}*|потери)(?![\p{L}])/iu.test(between);
    if (kills || ATTACK_AFTER.test(ctx.text.slice(prior.end, prior.end + 30)))
      return { side: victims(side, q, nounWords), extra: nationality ?? prior };
    return { side, extra: nationality ?? prior };
  }
  const sentence = ctx.text.slice(ctx.sentence.start, ctx.sentence.end);
  if (CIVILIAN_CUE.some((re) => re.test(sentence))) return { side: 'civilian' };
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
      const lead = before(ctx, q.start);
      const leadHit = [...lead.matchAll(CASUALTY_ALL)].pop() ?? (CASUALTY_RU.exec(lead) || undefined);
      const peopleOrNothing =
        nounWords.length === 0 ||
        nounWords.some((w) => PEOPLE.has(w)) ||
        PEOPLE_RU.test(q.noun) ||
        ctx.mentions.some(
          (m) => m.kind === 'place' && m.role === 'demonym' && m.start >= q.end && m.end <= q.nounEnd,
        ) ||
        // "16,000 evacuees", "10,000 Germans died": a side word as the noun's head ("German tanks" are no people).
        ctx.mentions.some(
          (m) =>
            m.kind === 'side' &&
            m.start >= q.end &&
            m.end <= q.nounEnd &&
            [...ctx.text.slice(m.end, q.nounEnd).matchAll(/[\p{L}]+/gu)].every((w) => DEATH.has(w[0].toLowerCase())),
        );
      // "800,000 people starved": a death verb in the noun phrase, of people ("185,000 bombs fell" are none).
      const nounIsCasualty =
        nounWords.some((w) => CASUALTY_NOUNS.includes(w)) ||
        CASUALTY_RU.test(q.noun) ||
        (peopleOrNothing && nounWords.some((w) => DEATH.has(w)));
      const killedAfter =
        peopleOrNothing &&
        /^(?:\s+(?:of|in|from)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)?(?:\s+(?:were|was|had\s+been|have\s+been)\s+(?:killed|wounded|executed|murdered|shot)|\s+(?:died|perished|fell|starved|погибл\p{L}*|убит\p{L}*)|\s+(?:were|was)\s+among\s+the\s+(?:dead|killed|fallen|victims))(?![\p{L}])/iu.test(
          after(ctx, q.nounEnd),
        );
      // "shot 10,000 prisoners of war": people, soldiers or captives right after a killing verb.
      const killedBefore =
        KILLING_END.some((re) => re.test(leadIn(ctx, q.start, 40))) &&
        (peopleOrNothing || nounWords.some((w) => SOLDIERS.has(w)));
      if (!nounIsCasualty && !(leadHit && peopleOrNothing) && !killedAfter && !killedBefore) continue;
      const { side, extra } = sideOf(ctx, q, nounWords);
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

/** Nouns that count the war's things whatever the sentence ("2,000 tanks", "82 fighter battalions"). */
const MILITARY = new Set(MILITARY_NOUNS.filter((w) => !['air', 'machine', 'armored', 'pieces'].includes(w)));
/** Nouns that count peacetime things as well ("people", "kilometres", "buildings"): a claim only in a sentence about the war. */
const CIVIL = new Set(CIVIL_COUNTABLE_NOUNS.flatMap((n) => n.split(' ')));
const MILITARY_RU =
  /(?<![\p{L}])(?:солдат|бойц|воин|защитник|танк|самол[её]т|орудий|орудия|корабл|дивизи|батальон|отряд|част[еи]й|партизан|ополченц|минометов|миномётов|пушек)/iu;
const CIVIL_RU = /(?<![\p{L}])(?:человек|жител|участник|судов|машин|памятник|метр|тонн|грамм)/iu;
/** "the population … was given as about 850,000": the figure of a noun named before it. */
const POPULATION_LEAD =
  /(?<![\p{L}])(population|население|населения)(?![\p{L}])[^.;]{0,50}?(?:was|is|of|stood\s+at|numbered|reached|as|составляло|составляет|—|-)\s+$/iu;
const PASSIVE_AFTER = /^\s+(?:were|was|had\s+been|have\s+been)\s+\p{L}+ed(?![\p{L}])/u;

/** A figure in metres: "62 m", "85 metres", «85 метров». */
const METRES = /^(?:m|metres?|meters?|м|метр\p{L}*)(?![\p{L}])/iu;
/** After the metres: "tall", "high", "in height", "to the tip of the sword", «в высоту». */
const HEIGHT_AFTER = /^\s*(?:tall|high|in\s+height|to\s+the\s+(?:tip|top)|в\s+высоту)(?![\p{L}])/iu;
/** Before the figure: "rises to", "towers", "the height of … is", «высотой», «высота … —». */
const HEIGHT_LEAD =
  /(?:(?<![\p{L}])(?:rises?|rising|rose|towers?|towering|soars?)\s+(?:to\s+)?|(?<![\p{L}])(?:height|высот\p{L}*)(?![\p{L}])[^.;:?]{0,60}?(?:\s(?:is|was|of|reaches|reached)|[—–-])\s+|(?<![\p{L}])высотой\s+)(?:(?:about|some|nearly|almost|over|около|почти|более)\s+)?$/iu;
/** The metres that follow a height in the same clause: "62 m tall, 102 m with the pedestal". */
const NEXT_HEIGHT = /^\s*(?:,|and|,\s+and|или|и)\s*$/iu;

/**
 * "the statue is 62 m tall", "the obelisk rises to 100 m", «высота скульптуры —
 * 85 метров»: the height of a monument or building, a figure the corpus keeps
 * whatever the sentence (a height is no distance walked today).
 */
export const height: ClaimPattern = {
  name: 'height',
  relate(ctx) {
    if (!ctx.subject) return [];
    const out: Draft[] = [];
    let last: QuantityMention | null = null;
    for (const q of quantities(ctx)) {
      if (q.unit || q.measure || !METRES.test(q.noun)) continue;
      const afterUnit = q.noun.replace(METRES, '') + ctx.text.slice(q.nounEnd, q.nounEnd + 40);
      const lead = leadIn(ctx, q.start);
      const led = HEIGHT_LEAD.exec(lead);
      const tall = HEIGHT_AFTER.exec(afterUnit);
      const next = last !== null && NEXT_HEIGHT.test(ctx.text.slice(last.nounEnd, q.start));
      if (!led && !tall && !next) continue;
      last = q;
      ctx.used.add(q);
      const start = led ? q.start - led[0].length : q.start;
      const end = q.nounEnd + (tall && q.noun.replace(METRES, '').trim() === '' ? tall[0].length : 0);
      out.push({ property: 'quantity', value: { what: 'height (m)', min: q.min, max: q.max }, start, end });
    }
    return out;
  },
};

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
      // A figure of the war's own things; or of people, buildings, distances, shares in a sentence about the war.
      const military =
        nounWords.some((w) => MILITARY.has(w)) || MILITARY_RU.test(q.noun) || (q.adjectival && nounWords.length > 0);
      const civil =
        nounWords.some((w) => CIVIL.has(w)) ||
        CIVIL_RU.test(q.noun) ||
        demonym ||
        ((q.recogniser === 'quantity.fraction' || q.recogniser === 'quantity.percent') && nounWords.length > 0);
      const passive = nounWords.length === 0 ? PASSIVE_AFTER.exec(after(ctx, q.end)) : null;
      const population = nounWords.length === 0 && !passive ? POPULATION_LEAD.exec(leadIn(ctx, q.start)) : null;
      // "30,000 people visit the fortress every year": today's visit, not the war.
      if (visitClause(ctx, q)) continue;
      if (population) {
        ctx.used.add(q);
        const start = q.start - (leadIn(ctx, q.start).length - population.index);
        out.push({ property: 'quantity', value: { what: 'population', min: q.min, max: q.max }, start, end: q.end });
        continue;
      }
      // "Two Heroes": a count of heroes is the heroes' property, claimed only with the award named.
      if (/^(?:heroes|hero|геро\p{L}*)$/iu.test(nounWords[0] ?? '')) continue;
      if (!military && !((civil || passive) && aboutWar(ctx, q))) continue;
      if ((q.min ?? q.max ?? 0) <= 0) continue;
      ctx.used.add(q);
      const end = passive ? q.end + passive[0].length : q.nounEnd;
      const what = passive ? passive[0].trim() : q.noun;
      out.push({ property: 'quantity', value: { what, min: q.min, max: q.max }, start: q.start, end });
    }
    return out;
  },
};
