import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareAtCommonPrecision, datesAgree, daysBetween, parsePartialDate, precisionOf } from './partial-date.js';

const cases: [string, string, -1 | 0 | 1][] = [
  ['1942-08', '1942-08-23', 0],
  ['1942-07-17', '1942-08-23', -1],
  ['1942', '1942-08-23', 0],
  ['1943-02', '1942-08', 1],
];
for (const [a, b, want] of cases) {
  test(`compare ${a} with ${b} at common precision`, () => assert.equal(compareAtCommonPrecision(a, b), want));
}

test('impossible and malformed dates are refused', () => {
  for (const bad of ['1942-02-30', '1942-13', '42', '1942-8-1', '1941-06-31'])
    assert.equal(parsePartialDate(bad), null, bad);
  assert.deepEqual(parsePartialDate('1944-02-29'), { year: 1944, month: 2, day: 29 });
});

test('precision and day counts', () => {
  assert.equal(precisionOf('1965'), 'year');
  assert.equal(precisionOf('1942-08'), 'month');
  assert.equal(daysBetween('1942-07-17', '1943-02-02'), 200);
  assert.equal(datesAgree('1941-10', '1941-12-05'), false);
});
