/**
 * The recognisers, in the order they run. Order matters:
 *   1. dates before quantities: a year or a day inside a date is not a figure;
 *   2. places before events, so an event can downgrade the place inside its
 *      name ("Battle of Moscow") to role 'event';
 *   3. the rest (awards, sides, memorials) read only the text.
 * Then one refiner: places inside an event name take role 'event'.
 */
import type { Gazetteer } from '../gazetteer.js';
import type { Sentence } from '../segment.js';
import { awardRecogniser } from './awards.js';
import { dateRecogniser } from './dates.js';
import { eventRecogniser } from './events.js';
import { memorialRecogniser } from './memorials.js';
import { placeRecogniser } from './places.js';
import { quantityRecogniser } from './quantities.js';
import { sideRecogniser } from './sides.js';
import type { Mention, Recogniser } from './types.js';
import { inside } from './util.js';

export const RECOGNISERS: Recogniser[] = [
  dateRecogniser,
  quantityRecogniser,
  placeRecogniser,
  eventRecogniser,
  awardRecogniser,
  sideRecogniser,
  memorialRecogniser,
];

export function recognise(sentence: Sentence, gazetteer: Gazetteer, year?: number): Mention[] {
  const found: Mention[] = [];
  for (const r of RECOGNISERS)
    found.push(...r.recognise({ sentence, gazetteer, ...(year !== undefined && { year }) }, found));
  const events = found.filter((m) => m.kind === 'event');
  for (const m of found) {
    if (m.kind === 'place' && m.role !== 'feature' && m.role !== 'reference' && events.some((e) => inside(m, e)))
      m.role = 'event';
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

export type * from './types.js';
