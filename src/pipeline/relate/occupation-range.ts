/**
 * How long an occupation lasted dates both its ends:
 *   occupationRange: "Kiev was occupied from 19 September 1941 to 6 November
 *     1943", "under German occupation from … until …", "the occupation of the
 *     city lasted from … to …": the range gives the occupation and the
 *     liberation date;
 *   occupationEnd: "remained occupied until 11 April 1944", "under occupation
 *     until …", "the occupation lasted until …", "was held by the Germans
 *     until …", "the Germans held the city until …", «оккупация продолжалась
 *     до …»: the date the occupation ran to is the liberation's.
 * Both run before the battle patterns, which would otherwise read the range as
 * a battle and "lasted until" as a battle's end.
 */
import { WAR_YEARS } from '../lexicon/en.js';
import { RU_STEMS } from '../lexicon/ru.js';
import type { ClaimPattern } from './types.js';
import { dates, inRange, lead, ranges, within } from './util.js';

const OCCUPATION =
  /(?:occupied|occupation|in\s+German\s+hands|under\s+(?:German|enemy|Nazi)\s+(?:rule|control)|оккупаци\p{L}*|оккупирован\p{L}*)\s+(?:\p{L}+\s+){0,4}?$/iu;

export const occupationRange: ClaimPattern = {
  name: 'occupation-range',
  relate(ctx) {
    if (!ctx.subject) return [];
    for (const r of ranges(ctx)) {
      if (ctx.used.has(r) || !within(r.from.value, WAR_YEARS) || !within(r.to.value, WAR_YEARS)) continue;
      if (!OCCUPATION.test(lead(ctx, r.start))) continue;
      ctx.used.add(r);
      ctx.used.add(r.from);
      ctx.used.add(r.to);
      return [
        { property: 'occupied', value: r.from.value, start: r.start, end: r.end },
        { property: 'liberated', value: r.to.value, start: r.start, end: r.end },
      ];
    }
    return [];
  },
};

const OCCUPIER = `(?:German|enemy|Nazi|Romanian|fascist|Axis|the\\s+enemy['’]s|the\\s+occupiers['’]|the\\s+Germans['’])`;
const UNTIL = `(?:[\\s,]+[\\p{L}\\d'’-]+){0,4}?[\\s,]+(?:until|till|up\\s+to)\\s+(?:the\\s+)?(?:(?:end|middle|beginning|start|spring|summer|autumn|fall|winter)\\s+of\\s+)?$`;
/** A state of occupation, then "until": "remained occupied until", "in German hands until". */
const STATE_UNTIL = new RegExp(
  `(?<![\\p{L}])(?:occupied|occupation|in\\s+${OCCUPIER}\\s+hands|under\\s+(?:the\\s+)?${OCCUPIER}\\s+(?:rule|control|boot|yoke))${UNTIL}`,
  'iu',
);
const STATE_UNTIL_RU = new RegExp(
  `(?<![\\p{L}])(?:${RU_STEMS.occupationUntil.join('|')})\\p{L}*(?:\\s+[\\p{L}\\d,-]+){0,4}?\\s+до\\s+$`,
  'iu',
);
/** "held by the Germans until": an occupier named after "by". */
const HELD_BY = new RegExp(
  `(?<![\\p{L}])(?:held|controlled|kept|occupied)\\s+by\\s+(?:the\\s+)?(.{1,40}?)${UNTIL}`,
  'iu',
);
/** "the Germans held the city until": an occupier named before the verb. */
const HELD = new RegExp(
  `(?<![\\p{L}])(?:held|controlled|kept)\\s+(?:it|the\\s+(?:city|town|port|fortress)|\\p{Lu}[\\p{L}-]+)${UNTIL}`,
  'u',
);

/** A cheap test first: most sentences say no "until". */
const MAYBE_UNTIL = /until|till|up\s+to|(?<![\p{L}])до(?![\p{L}])/iu;

export const occupationEnd: ClaimPattern = {
  name: 'occupation-end',
  relate(ctx) {
    if (!ctx.subject || !MAYBE_UNTIL.test(ctx.sentence.text)) return [];
    const axis = ctx.mentions.filter((m) => m.kind === 'side' && m.side === 'axis');
    for (const d of dates(ctx)) {
      if (ctx.used.has(d) || inRange(ctx, d) || !within(d.value, WAR_YEARS)) continue;
      const before = lead(ctx, d.start, 140);
      const from = d.start - before.length;
      let m = STATE_UNTIL.exec(before) ?? STATE_UNTIL_RU.exec(before);
      if (!m) {
        const by = HELD_BY.exec(before);
        const at = by ? from + by.index + by[0].indexOf(by[1]!) : -1;
        if (by && axis.some((s) => s.start >= at && s.end <= at + by[1]!.length)) m = by;
      }
      if (!m) {
        const held = HELD.exec(before);
        // The city's own name after the verb, or "it", "the city"; the occupier before it.
        const name = held && /^\p{Lu}/u.test(held[0].split(/\s+/u)[1] ?? '');
        const own =
          !name ||
          ctx.mentions.some((x) => x.kind === 'place' && x.place === ctx.subject && x.start > from + held!.index);
        if (held && own && axis.some((s) => s.end <= from + held.index)) m = held;
      }
      if (!m) continue;
      ctx.used.add(d);
      return [{ property: 'liberated', value: d.value, start: from + m.index, end: d.end }];
    }
    return [];
  },
};
