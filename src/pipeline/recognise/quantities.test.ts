import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuantities, parseNumber } from './quantities.js';

type Row = [input: string, min: number | null, max: number | null, noun: string, unit?: string];
const POSITIVE: Row[] = [
  ['More than 75 thousand residents of the city', 75_000, null, 'residents'],
  ['over 3 thousand aircraft', 3_000, null, 'aircraft'],
  ['about 660 aircraft', 660, 660, 'aircraft'],
  ['nearly two million.', 2_000_000, 2_000_000, ''],
  ['3.5 thousand tanks and assault guns', 3_500, 3_500, 'tanks and assault guns'],
  ['a 330,000-strong group of enemy troops', 330_000, 330_000, 'group'],
  ['at the cost of a million lives', 1_000_000, 1_000_000, 'lives'],
  ['between 248,000 and 400,000 for the Wehrmacht', 248_000, 400_000, ''],
  ['originally about 400,00 troops', 400_000, 400_000, 'troops'],
  ['nearly one-million soldiers', 1_000_000, 1_000_000, 'soldiers'],
  ['around a quarter of all Lend Lease material', 0.25, 0.25, 'Lend Lease material'],
  ['for more than 300 days', 300, null, 'days', 'day'],
  ['The 900-day siege', 900, 900, 'siege', 'day'],
  ['The five-month stubborn struggle', 5, 5, 'stubborn struggle', 'month'],
  ['less than two and a half months after', null, 2.5, 'months', 'month'],
  ['более 300 тысяч солдат', 300_000, null, 'солдат'],
  ['около 1500 человек', 1_500, 1_500, 'человек'],
  ['perhaps 40,000 or more refugees', 40_000, null, 'refugees'],
  ['some 300 or fewer sailors', null, 300, 'sailors'],
  ['perhaps 500 raids or more that year', 500, null, 'raids'],
  ['roughly 60 per cent of the houses', 0.6, 0.6, 'houses'],
];
const NEGATIVE: [string, string][] = [
  ['Hero City #3', 'a number after #'],
  ['order No. 227', 'a number after No.'],
  ['the 40th anniversary', 'an ordinal'],
  ['one of the most lethal battles', 'a pronoun'],
  ['7 of them are now Russian cities', 'a pronoun'],
  ['Hundreds of thousands of lives', 'no figure'],
  ['in 1942 the army', 'a year'],
  ['in 1943 or more likely 1944', 'a year, even before "or more"'],
];

describe('recognise: quantities', () => {
  for (const [input, min, max, noun, unit] of POSITIVE) {
    it(input, () => {
      const [q, ...rest] = findQuantities(input, 0);
      assert.ok(q, 'a figure');
      assert.equal(rest.length, 0);
      assert.deepEqual([q.min, q.max, q.noun, q.unit], [min, max, noun, unit]);
    });
  }
  for (const [input, why] of NEGATIVE)
    it(`no figure in "${input}" (${why})`, () => assert.deepEqual(findQuantities(input, 0), []));

  it('reads number words and scales', () => {
    assert.equal(parseNumber('Twenty-four'), 24);
    assert.equal(parseNumber('a million'), 1_000_000);
    assert.equal(parseNumber('1,280,000'), 1_280_000);
    assert.equal(parseNumber('2,5 тыс.'), 2_500);
    assert.equal(parseNumber('many'), null);
  });
  it('several figures in one sentence', () => {
    const qs = findQuantities('more than 6 divisions, over 250 boats and ships, and about 660 planes', 0);
    assert.deepEqual(
      qs.map((q) => [q.min, q.max]),
      [
        [6, null],
        [250, null],
        [660, 660],
      ],
    );
  });
});
