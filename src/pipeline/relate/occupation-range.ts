/**
 * "Kiev was occupied from 19 September 1941 to 6 November 1943", "under
 * German occupation from … until …": a range that bounds an occupation gives
 * both the occupation and the liberation date. Runs before the battle
 * patterns, which would otherwise read the range as a battle.
 */
import { WAR_YEARS } from '../lexicon/en.js';
import type { ClaimPattern } from './types.js';
import { lead, ranges, within } from './util.js';

const OCCUPATION =
  /(?:occupied|occupation|in\s+German\s+hands|under\s+(?:German|enemy|Nazi)\s+(?:rule|control)|оккупаци\p{L}*|оккупирован\p{L}*)\s+(?:\p{L}+\s+){0,3}?$/iu;

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
