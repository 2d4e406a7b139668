/**
 * Claim patterns, in the order they run over each sentence. Patterns mark the
 * mentions they use, so the order decides who gets a shared date or figure:
 *   1. awards first: their dates (1945–1991) are the titles', never a battle's;
 *   2. an occupation range ("occupied from … to …") before the battle range,
 *      which would read it as a battle, and an occupation's end ("occupied
 *      until …", "the occupation lasted until …") before the battle end,
 *      which would read "lasted until" as the defence's;
 *   3. battle range, start, end before occupied/liberated: "lasted from August
 *      until it was captured in mid-September" gives the start to the battle
 *      and the capture date to `occupied`;
 *   4. figures the text rejects or asks about, and figures that are no
 *      history (prices, times, labels, ages, points), taken by `disowned`
 *      and given to nobody;
 *   5. figures from the most to the least specific: durations, heroes of the
 *      Soviet Union, casualties, and last `quantity`, which takes any figure
 *      left that counts something;
 *   6. memorials read their own mentions and share nothing;
 *   7. last, `table`: a bare date or figure left in a table cell or a list
 *      item takes its meaning from its column's header or the list's heading.
 */
import type { ClaimPattern } from './types.js';
import { goldStar, heroCityTitle, orderOfLenin } from './awards.js';
import { battleEnd, battleRange, battleStart } from './battle.js';
import { disowned } from './figure-sense.js';
import { casualties, duration, height, heroes, quantity } from './figures.js';
import { memorial } from './memorial.js';
import { liberated, occupied } from './occupation.js';
import { occupationEnd, occupationRange } from './occupation-range.js';
import { table } from './table.js';

export const PATTERNS: ClaimPattern[] = [
  heroCityTitle,
  orderOfLenin,
  goldStar,
  occupationRange,
  occupationEnd,
  battleRange,
  battleStart,
  battleEnd,
  occupied,
  liberated,
  disowned,
  duration,
  heroes,
  casualties,
  height,
  quantity,
  memorial,
  table,
];

export type { ClaimPattern, Draft, SentenceContext } from './types.js';
export { assignSubjects, mainPlace } from './subject.js';
export { sentenceKeys } from './table.js';
export { carryDates } from './carried-dates.js';
