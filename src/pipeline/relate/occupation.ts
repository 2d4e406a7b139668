/**
 * Occupation and liberation dates: a verb and the nearest war-time date in
 * the sentence. "Partially captured" is no occupation date; "the capture of
 * Stalingrad was part of …" (a noun) is not one either.
 */
import { PARTIAL_WORDS, WAR_YEARS } from '../lexicon/en.js';
import { RU_STEMS } from '../lexicon/ru.js';
import { stems } from '../recognise/util.js';
import type { ClaimPattern, SentenceContext } from './types.js';
import { cover, lead, listedSubjects, nearestDate, triggers } from './util.js';

const OCCUPIED = [
  /(?<![\p{L}])(?:(?:was|were|been|being)\s+(?:\p{L}+\s+)?(?:occupied|captured|seized|taken|overrun)|occupied|captured|seized|fell\s+to|fell\s+(?=on|in))(?![\p{L}])/giu,
  stems(RU_STEMS.occupied),
];
const LIBERATED = [
  /(?<![\p{L}])(?:liberat(?:ed|e|ing|ion)|freed|recaptured|retook|retaken)(?![\p{L}])/giu,
  stems(RU_STEMS.liberated),
];
const PARTIAL = new RegExp(`(?:${PARTIAL_WORDS.join('|')}|частично)\\s+(?:\\p{L}+\\s+)?$`, 'iu');

function dated(ctx: SentenceContext, res: RegExp[], property: 'occupied' | 'liberated') {
  if (!ctx.mentions.some((m) => m.kind === 'date')) return [];
  const listed = listedSubjects(ctx);
  if (!ctx.subject && !listed) return [];
  for (const verb of triggers(ctx, ...res)) {
    if (PARTIAL.test(lead(ctx, verb.start, 40))) continue;
    const d = nearestDate(ctx, verb, { years: WAR_YEARS });
    if (!d) continue;
    ctx.used.add(d);
    if (listed) return listed.map((subject) => ({ property, value: d.value, ...cover(verb, d), subject }));
    return [{ property, value: d.value, ...cover(verb, d) }];
  }
  return [];
}

export const occupied: ClaimPattern = { name: 'occupied', relate: (ctx) => dated(ctx, OCCUPIED, 'occupied') };
export const liberated: ClaimPattern = { name: 'liberated', relate: (ctx) => dated(ctx, LIBERATED, 'liberated') };
