import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatValue, parseEditText, valueToEditText } from './format-value.js';

test('edit text round-trips for dates, figures and structured values', () => {
  const rows: [string, unknown, string][] = [
    ['battle_start', '1942-08-23', '1942-08-23'],
    ['duration_days', 250, '250'],
    ['duration_days', { min: 248000, max: 400000 }, '248000-400000'],
    ['heroes_of_soviet_union', { min: 300, max: null }, '>300'],
    ['casualties', { side: 'soviet', min: 1, max: 2 }, '{"side":"soviet","min":1,"max":2}'],
  ];
  for (const [prop, value, text] of rows) {
    assert.equal(valueToEditText(prop, value), text, prop);
    assert.deepEqual(parseEditText(prop, text), value, prop);
  }
  assert.deepEqual(parseEditText('duration_days', '1 200 – 1 300'), { min: 1200, max: 1300 });
  assert.equal(parseEditText('duration_days', 'about ten'), 'about ten', 'left for the schema to refuse');
});

test('values read in the interface language', () => {
  assert.equal(formatValue('en', 'battle_start', '1942-08-23'), '23 August 1942');
  assert.equal(formatValue('ru', 'battle_start', '1942-08'), 'август 1942');
  assert.equal(formatValue('en', 'duration_days', { min: 300, max: null }), '> 300');
  assert.equal(formatValue('en', 'memorial', { name: 'Eternal Flame', year: 1967 }), 'Eternal Flame (1967)');
});
