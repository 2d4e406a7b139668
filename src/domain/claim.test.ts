import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusValue, QuantityValueSchema, quantityLabel, valueSchemaFor } from './claim.js';

const defenders = { what: 'defenders in the fortress', min: 3500, max: 3500 };

test('a quantity may carry a Russian label, and it must be Russian', () => {
  const rows: [value: unknown, ok: boolean][] = [
    [defenders, true],
    [{ ...defenders, what_ru: 'защитники крепости' }, true],
    [{ ...defenders, what_ru: '' }, false],
    [{ ...defenders, what_ru: 'defenders in the fortress' }, false],
    [{ ...defenders, what_uk: 'захисники фортеці' }, false],
    [{ ...defenders, what_ru: 42 }, false],
  ];
  for (const [value, ok] of rows) {
    assert.equal(QuantityValueSchema.safeParse(value).success, ok, JSON.stringify(value));
    assert.equal(valueSchemaFor('quantity').safeParse(value).success, ok, JSON.stringify(value));
  }
  const latin = QuantityValueSchema.safeParse({ ...defenders, what_ru: 'defenders' });
  assert.match(latin.error?.issues[0]?.message ?? '', /Russian/);
});

test('no other value takes a Russian label', () => {
  assert.equal(valueSchemaFor('casualties').safeParse({ side: 'soviet', min: 1, max: 2, what_ru: 'а' }).success, false);
  assert.equal(
    valueSchemaFor('memorial').safeParse({ name: 'Eternal Flame', year: 1967, what_ru: 'а' }).success,
    false,
  );
});

test('the corpus value leaves the Russian label out and everything else as it is', () => {
  assert.deepEqual(corpusValue({ ...defenders, what_ru: 'защитники крепости' }), defenders);
  assert.deepEqual(corpusValue(defenders), defenders);
  assert.equal(corpusValue('1941-06-22'), '1941-06-22');
  assert.equal(corpusValue(112), 112);
  assert.deepEqual(corpusValue({ side: 'soviet', min: 1, max: 2 }), { side: 'soviet', min: 1, max: 2 });
});

test('the label follows the interface language and says which language it is in', () => {
  const both = { ...defenders, what_ru: 'защитники крепости' };
  assert.deepEqual(quantityLabel(both, 'ru'), { text: 'защитники крепости', lang: 'ru' });
  assert.deepEqual(quantityLabel(both, 'en'), { text: 'defenders in the fortress', lang: 'en' });
  assert.deepEqual(quantityLabel(defenders, 'ru'), { text: 'defenders in the fortress', lang: 'en' });
  // Extracted from a Russian document: `what` itself is Russian.
  assert.deepEqual(quantityLabel({ what: 'жителей' }, 'ru'), { text: 'жителей', lang: 'ru' });
});
