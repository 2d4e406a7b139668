/**
 * The principal battle's start and end.
 *   battle-range: a date range in a sentence about a battle ("lasted from
 *     August 1942 to February 1943"); not a range that dates a figure
 *     ("casualties between 30 September 1941 and 7 January 1942") and not one
 *     that qualifies a noun ("the war of 1941 to 1945").
 *   battle-start: "began on …", "lasted from August …", "offensive in June 29, 1941".
 *   battle-end: "the siege was lifted on …".
 * Dates must fall in the war (1941–1945).
 */
import { BATTLE_WORDS, CASUALTY_NOUNS, END_VERBS, START_VERBS, WAR_YEARS } from '../lexicon/en.js';
import { RU_STEMS } from '../lexicon/ru.js';
import { stems, words } from '../recognise/util.js';
import type { ClaimPattern, Draft, SentenceContext } from './types.js';
import {
  clauseGap,
  cover,
  lead as leadIn,
  dates,
  gap,
  has,
  inRange,
  nearestDate,
  ranges,
  triggers,
  within,
} from './util.js';

const CONTEXT = [words(BATTLE_WORDS), stems(RU_STEMS.battle.filter((s) => s.length > 3))];
const BATTLE_NOUN = [
  words(['бой', 'боя', 'бои', 'боёв', 'боев', 'боями', 'штурм']),
  words([
    'attacked',
    'invaded',
    'stormed',
    'battle',
    'battles',
    'siege',
    'blockade',
    'defence',
    'defense',
    'fighting',
    'offensive',
    'operation',
    'assault',
    'attack',
    'invasion',
    'encirclement',
    'resistance',
  ]),
  stems(['битв', 'оборон', 'осад', 'блокад', 'сражени', 'наступлени']),
];
const START = [words(START_VERBS), stems(RU_STEMS.start)];
const END = [words(END_VERBS), stems(RU_STEMS.end)];
const CASUALTY_BEFORE = new RegExp(`(?:${CASUALTY_NOUNS.join('|')}|потери|потерь)[^.;]{0,20}$`, 'iu');

const ATTACK = /^(?:attacked|invaded|stormed)$/iu;
const WHOLE_COUNTRY = /^\s+(?:the\s+)?(?:Soviet\s+Union|USSR|Russia|Ukraine|Belarus|Crimea)/u;
const aboutBattle = (ctx: SentenceContext) => has(ctx, 'event') || triggers(ctx, ...CONTEXT).length > 0;

/** A sentence that opens with a pronoun ("It ended only on …", «Она завершилась …»). */
const PRONOUN_OPENS = /^[\s"“«]*(?:It|This|That|Оно|Она|Он)\s/u;

/**
 * The sentence before, when this one opens with a pronoun whose antecedent it
 * is ("The battle did not end with the first blow. It ended only on …").
 */
function antecedent(ctx: SentenceContext): string {
  if (!PRONOUN_OPENS.test(ctx.sentence.text)) return '';
  const before = ctx.text.slice(Math.max(0, ctx.sentence.start - 200), ctx.sentence.start);
  // Only within the paragraph: the last sentence before this one.
  const para = before.split(/\n\s*\n/u).pop() ?? '';
  return (
    para
      .split(/(?<=[.!?])\s+(?=\S)/u)
      .filter((x) => x.trim())
      .pop() ?? ''
  );
}
const BATTLE_NOUN_RE = new RegExp(
  `(?<![\\p{L}])(?:battles?|siege|blockade|defen[cs]e|fighting|offensive|assault|encirclement|битв|оборон|осад|блокад|сражени)`,
  'iu',
);
const battleNoun = (ctx: SentenceContext) =>
  has(ctx, 'event') || triggers(ctx, ...BATTLE_NOUN).length > 0 || BATTLE_NOUN_RE.test(antecedent(ctx));

/** "… counteroffensive in December; the battle began on …": a counteroffensive in the same clause as the date. */
function counteroffensiveClause(ctx: SentenceContext, at: number): boolean {
  const text = ctx.sentence.text;
  const i = at - ctx.sentence.start;
  const from = Math.max(text.lastIndexOf(';', i), text.lastIndexOf(':', i)) + 1;
  let to = text.slice(i).search(/[;:]/u);
  to = to < 0 ? text.length : i + to;
  return /counter-?offensive|контрнаступлени/iu.test(text.slice(from, to));
}
const withEvent = (d: Omit<Draft, 'event'>, ctx: SentenceContext): Draft => ({
  ...d,
  ...(ctx.event && { event: ctx.event }),
});

export const battleRange: ClaimPattern = {
  name: 'battle-range',
  relate(ctx) {
    if (!ctx.subject || !ranges(ctx).length || !aboutBattle(ctx)) return [];
    if (DURING_OCCUPATION.test(ctx.sentence.text)) return [];
    const out: Draft[] = [];
    for (const r of ranges(ctx)) {
      if (ctx.used.has(r) || !within(r.from.value, WAR_YEARS) || !within(r.to.value, WAR_YEARS)) continue;
      const lead = leadIn(ctx, r.start);
      if (/\bof\s+$/u.test(lead) || CASUALTY_BEFORE.test(lead) || /\bwar\s*\(?\s*$/iu.test(lead)) continue;
      // "1941–1945" is the war itself.
      if (r.from.value === '1941' && r.to.value === '1945') continue;
      ctx.used.add(r);
      out.push(withEvent({ property: 'battle_start', value: r.from.value, start: r.start, end: r.end }, ctx));
      out.push(withEvent({ property: 'battle_end', value: r.to.value, start: r.start, end: r.end }, ctx));
      break; // one battle per sentence
    }
    return out;
  },
};

export const battleStart: ClaimPattern = {
  name: 'battle-start',
  relate(ctx) {
    if (!ctx.subject || out(ctx) || !dates(ctx).length || DURING_OCCUPATION.test(ctx.sentence.text)) return [];
    // "The counteroffensive. It began on …": a pronoun whose antecedent is that phase.
    if (
      /^(?:It|This|That)\s/u.test(ctx.sentence.text) &&
      /counter-?offensive[^.!?]*[.!?:]\s*$/iu.test(
        ctx.text.slice(Math.max(0, ctx.sentence.start - 120), ctx.sentence.start),
      )
    )
      return [];
    // "lasted from August until …": a start with no end.
    for (const d of dates(ctx)) {
      if (ctx.used.has(d) || inRange(ctx, d) || !within(d.value, WAR_YEARS)) continue;
      // The start of a counteroffensive is a phase of the battle, not its start.
      if (counteroffensiveClause(ctx, d.start) || laterPhase(ctx, d.start) || featureStormed(ctx, d.start)) continue;
      const lead = leadIn(ctx, d.start);
      // "the war that began on 22 June": the war's start, not this battle's.
      if (/\bwar\s+(?:that|which)\s+(?:\p{L}+\s+)?$/iu.test(lead.replace(/(?:began|started)\s+(?:on|in)\s+$/iu, '')))
        continue;
      // "lasted 200 days, from 17 July 1942": a duration may come between the verb and "from".
      const from =
        /(?:lasted|continued|raged|went on|fought|fighting|began|started|held|held out|resisted|длил\p{L}*|продолжал\p{L}*|началось|началась|начался)\s+(?:(?:from|since|on|in|с)|(?:[\p{L}\d-]+\s+){1,3}?[\p{L}\d-]+,?\s+(?:from|since|с))\s+$/iu.exec(
          lead,
        );
      // "the attack came at dawn on 22 June": a time of day between the verb and the date.
      const offensive =
        /(?<![\p{L}-])(?:offensive|attack|attacked|assault|assaulted|invasion|invaded|stormed|besieged|siege|blockade)\s+(?:(?:came|began|started|opened|fell)\s+)?(?:(?:at\s+(?:dawn|daybreak|night|first\s+light)|early|in\s+the\s+(?:morning|night|early\s+hours))\s+)?(?:in|on)\s+$/iu.exec(
          lead,
        );
      // "when Germany attacked on 22 June 1941": a country attacking, with no city as its object, is the war's start.
      if (!from && offensive && /(?:Germany|the\s+Reich|Hitler)\s+(?:attacked|invaded)\s+(?:in|on)\s+$/u.test(lead))
        continue;
      // "the Sixth Army held most of the city from autumn 1942": who holds a part of the city is its attacker.
      if (from && /held\s+(?:most|much|part|parts|half|the\s+rest|the\s+greater\s+part)\s+of\s/iu.test(from[0]))
        continue;
      const m = from ?? offensive;
      if (m) {
        ctx.used.add(d);
        return [withEvent({ property: 'battle_start', value: d.value, start: d.start - m[0].length, end: d.end }, ctx)];
      }
    }
    if (!battleNoun(ctx)) return [];
    const verb = triggers(ctx, ...START).find(
      (v) =>
        !counteroffensiveClause(ctx, v.start) &&
        !laterPhase(ctx, v.start) &&
        !featureStormed(ctx, v.end) &&
        !OPENS_A_THING.test(ctx.text.slice(v.end, v.end + 60)),
    );
    if (!verb) return [];
    // "Germany invaded the Soviet Union": the war's start, not this place's battle.
    if (/(?:invasion|war|war\s+with\s+\p{L}+)\s+$/iu.test(leadIn(ctx, verb.start, 40))) return [];
    // "872 days after it began": counting from the start, not dating it.
    if (/after\s+(?:it|the\s+\p{L}+)\s+$/iu.test(leadIn(ctx, verb.start, 40))) return [];
    if (ATTACK.test(verb.text) && WHOLE_COUNTRY.test(ctx.text.slice(verb.end, verb.end + 40))) return [];
    if (
      ATTACK.test(verb.text) &&
      /(?:Germany|the\s+Reich|Hitler)\s+$/u.test(leadIn(ctx, verb.start, 20)) &&
      /^\s+(?:in|on)\s/u.test(ctx.text.slice(verb.end, verb.end + 5))
    )
      return [];
    const d = nearestDate(ctx, verb, { years: WAR_YEARS });
    if (!d) return [];
    ctx.used.add(d);
    return [withEvent({ property: 'battle_start', value: d.value, ...cover(verb, d) }, ctx)];
  },
};

/** "German forces entered the city … and held it until …": the occupier holding it, not a defence. */
function occupierHeld(ctx: SentenceContext, at: number): boolean {
  const held = /(?:held|kept)\s+(?:it|the\s+(?:city|town|port))\s+(?:[\p{L}\d]+\s+){0,3}?(?:until|till|to)\s/iu.exec(
    leadIn(ctx, at, 80),
  );
  if (!held) return false;
  const heldAt = at - leadIn(ctx, at, 80).length + held.index;
  return ctx.mentions.some((m) => m.kind === 'side' && m.side === 'axis' && m.end <= heldAt);
}

/** "While the city was occupied, … held out there from May until October": another place's fight. */
const DURING_OCCUPATION =
  /(?:while|when|as)\s+(?:the\s+(?:city|town|port)|it)\s+was\s+(?:\p{L}+\s+)?(?:occupied|in\s+German\s+hands|under\s+occupation)/iu;

/** "… until the last German troops laid down their arms on 2 February 1943": the enemy's surrender ends the battle. */
const SURRENDERED =
  /(?:until|till|when)\s+(?:the\s+)?(?:last\s+|remaining\s+|encircled\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:surrendered|capitulated|laid\s+down\s+(?:their\s+)?arms)\s+(?:on|in)\s+$/iu;

const EVACUATED =
  /(?<![\p{L}])(?:the\s+)?(?:last|final)\s+(?:ships|transports|troops|defenders|units|soldiers|boats|convoy)\s+(?:left|sailed|withdrew|were\s+evacuated|pulled\s+out)\s+(?:the\s+(?:city|port|town)\s+)?(?:on|in)\s+$/iu;

/** "the last defenders of the city are taken off by sea": the evacuation that ends the defence, dated elsewhere in its clause. */
const EVACUATION =
  /(?<![\p{L}])(?:the\s+)?(?:last|final)\s+(?:ships|transports|troops|defenders|units|soldiers|boats|convoy)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*)?\s+(?:(?:are|were)\s+(?:evacuated|taken\s+off|shipped\s+out)|(?:leave|leaves|left|sail|sails|sailed|withdraw|withdraws|withdrew|pull\s+out|pulled\s+out)\s+(?:the\s+)?(?:city|port|town|fortress)?)/iu;

/**
 * "Two assaults were beaten off; the third began on 7 June": a later assault
 * or phase (second, third, final …) is the verb's subject in its clause, so
 * the date starts that phase, not the defence.
 */
const LATER_PHASE =
  /(?<![\p{L}])(?:the\s+)?(?:second|third|fourth|fifth|sixth|final|next|renewed|втор\p{L}*|треть?\p{L}*|четв[её]рт\p{L}*|последн\p{L}*|нов\p{L}*)(?:\s*,|\s+(?:\p{L}+\s+)?(?:assaults?|attacks?|offensives?|storms?|push|phase|stage|attempts?|штурм\p{L}*|наступлени\p{L}*|этап\p{L}*))(?![\p{L}])/iu;
function laterPhase(ctx: SentenceContext, at: number): boolean {
  const lead = leadIn(ctx, at, 200);
  const clause = lead.slice(Math.max(lead.lastIndexOf(';'), lead.lastIndexOf(':')) + 1);
  return LATER_PHASE.test(clause);
}

/**
 * "Sapun Mountain, the key to the defences, was stormed on 7 May": a passive
 * storming whose subject names no place of the gazetteer nor the city (a
 * hill, a height, a line) dates that feature's storming, not the city's battle.
 */
function featureStormed(ctx: SentenceContext, at: number): boolean {
  const lead = leadIn(ctx, at, 200);
  const passive =
    /\s(?:was|were)\s+(?:\p{L}+\s+)?(?:stormed|attacked|assaulted)(?:\s+(?:(?:at\s+\p{L}+|early)\s+)?(?:in|on))?\s*$/iu.exec(
      lead,
    );
  if (!passive) return false;
  const before = lead.slice(0, passive.index);
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(' and ')) + 1);
  if (/(?<![\p{L}])(?:city|town|port|fortress|citadel|it|they|she)(?![\p{L}])/iu.test(clause)) return false;
  const from = at - lead.length + (clause.length ? before.length - clause.length : 0);
  return !ctx.mentions.some((m) => m.kind === 'place' && m.start >= from && m.end <= at - lead.length + passive.index);
}

/** "Operation X of January 1943 opened a land corridor": a start verb with an object that is no battle opens that thing. */
const OPENS_A_THING = /^\s+(?:a|an)\s+(?![^.;,]{0,30}(?:battle|siege|assault|attack|offensive|defen[cs]e|storm))/iu;

/** True when this sentence already gave a start (range). */
function out(ctx: SentenceContext): boolean {
  return ranges(ctx).some((r) => ctx.used.has(r));
}

export const battleEnd: ClaimPattern = {
  name: 'battle-end',
  relate(ctx) {
    if (!ctx.subject || out(ctx) || !dates(ctx).length || DURING_OCCUPATION.test(ctx.sentence.text)) return [];
    // "held out until 4 July 1942": the defence's last day.
    for (const d of dates(ctx)) {
      if (ctx.used.has(d) || inRange(ctx, d) || !within(d.value, WAR_YEARS)) continue;
      // "the Germans held it until 1944": how long the occupation lasted, not the defence.
      if (occupierHeld(ctx, d.start)) continue;
      const m =
        /(?:held\s+out|held|resisted|lasted|continued|raged|went\s+on|fought(?:\s+on)?|длил\p{L}*|продолжал\p{L}*)\s+(?:[\p{L}\d]+,?\s+){0,3}?(?:until|till|to|through|до|по)\s+(?:the\s+(?:end|middle|beginning)\s+of\s+)?$/iu.exec(
          leadIn(ctx, d.start),
        );
      if (m) {
        ctx.used.add(d);
        return [withEvent({ property: 'battle_end', value: d.value, start: d.start - m[0].length, end: d.end }, ctx)];
      }
    }
    // "the last ships left on 16 October": the defenders' evacuation ends the defence.
    for (const d of dates(ctx)) {
      if (ctx.used.has(d) || inRange(ctx, d) || !within(d.value, WAR_YEARS)) continue;
      const m =
        EVACUATED.exec(leadIn(ctx, d.start)) ?? (battleNoun(ctx) ? SURRENDERED.exec(leadIn(ctx, d.start)) : null);
      if (m) {
        ctx.used.add(d);
        return [withEvent({ property: 'battle_end', value: d.value, start: d.start - m[0].length, end: d.end }, ctx)];
      }
    }
    const evacuation = EVACUATION.exec(ctx.sentence.text);
    if (evacuation) {
      const at = ctx.sentence.start + evacuation.index;
      const clause = { start: at, end: at + evacuation[0].trimEnd().length };
      const d = nearestDate(ctx, clause, { years: WAR_YEARS });
      if (d && clauseGap(ctx, d, clause) <= 40) {
        ctx.used.add(d);
        return [withEvent({ property: 'battle_end', value: d.value, ...cover(clause, d) }, ctx)];
      }
    }
    if (!battleNoun(ctx)) return [];
    const verb = triggers(ctx, ...END)[0];
    if (!verb) return [];
    const d = nearestDate(ctx, verb, { years: WAR_YEARS });
    if (!d || gap(d, verb) > 120) return [];
    ctx.used.add(d);
    return [withEvent({ property: 'battle_end', value: d.value, ...cover(verb, d) }, ctx)];
  },
};
