import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatRange, rangesOverlap } from './number-range.js';

test('ranges overlap unless one lies wholly above the other', () => {
  assert.equal(rangesOverlap({ min: 650000, max: 1280000 }, { min: 750000, max: null }), true);
  assert.equal(rangesOverlap(1000000, 2000000), false);
  assert.equal(rangesOverlap({ min: 300, max: null }, 250), false);
  assert.equal(rangesOverlap(112, 112), true);
});

test('ranges read as a reader expects', () => {
  assert.equal(formatRange({ min: 248000, max: 400000 }), '248,000–400,000');
  assert.equal(formatRange({ min: 300, max: null }), '> 300');
  assert.equal(formatRange(112), '112');
});
