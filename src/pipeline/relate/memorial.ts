/**
 * Memorials: each recognised memorial name becomes a claim on the sentence's
 * place, with the year it was erected or opened when the sentence says so.
 */
import { MEMORIAL_YEAR_VERBS } from '../lexicon/en.js';
import { RU_STEMS } from '../lexicon/ru.js';
import { stems, words } from '../recognise/util.js';
import type { ClaimPattern, Draft } from './types.js';
import { cover, nearestDate, triggers, yearOf } from './util.js';

const ERECTED = [words(MEMORIAL_YEAR_VERBS), stems(RU_STEMS.erected)];

export const memorial: ClaimPattern = {
  name: 'memorial',
  relate(ctx) {
    if (!ctx.subject) return [];
    const out: Draft[] = [];
    const verb = triggers(ctx, ...ERECTED)[0];
    for (const m of ctx.mentions) {
      if (m.kind !== 'memorial') continue;
      const d = verb
        ? nearestDate(ctx, m, { years: [1800, 2100], allowUsed: true, allowAttributive: true, allowRangeParts: true })
        : undefined;
      const span = d && verb ? cover(m, d, verb) : m;
      out.push({
        property: 'memorial',
        value: { name: m.name, year: d ? yearOf(d.value) : null },
        start: span.start,
        end: span.end,
      });
    }
    return out;
  },
};
