import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractClaims } from '../extract.js';
import { buildGazetteer } from '../gazetteer.js';

/**
 * Figures the recogniser marks as no history (a measure such as a tour's
 * length, or a vague magnitude) never reach the claim patterns; numbers in
 * words do. See `countsAsHistory` in recognise/util.ts and `quantities` in
 * relate/util.ts.
 */
const gazetteer = buildGazetteer();
const brief = (text: string) =>
  extractClaims({ text, title: null }, gazetteer).map((c) => [c.subject, c.property, c.value]);

const NONE: [string, string][] = [
  ['the length of a tour', 'Stalingrad by day: a 1-day tour of the battlefield, with 12 stops.'],
  ['a tour of several days', 'Murmansk visitors can book a 3-day tour of the Arctic convoy sites.'],
  ['a vague magnitude', 'Kerch: thousands of men were killed in the quarries.'],
  ['opening hours and prices', 'In Tula the museum opens at 10:00 and closes at 18:00; 250 roubles for adults.'],
];
const SOME: [string, string, unknown[][]][] = [
  [
    'a duration in English words',
    'Sevastopol held out for two hundred and fifty days.',
    [['sevastopol', 'duration_days', 250]],
  ],
  [
    'a duration in Russian words',
    'Оборона Севастополя длилась двести пятьдесят дней.',
    [['sevastopol', 'duration_days', 250]],
  ],
];

describe('relate: figures that are no history', () => {
  for (const [why, doc] of NONE) it(`no claim: ${why}`, () => assert.deepEqual(brief(doc), []));
  for (const [why, doc, expected] of SOME) it(why, () => assert.deepEqual(brief(doc), expected));
});
