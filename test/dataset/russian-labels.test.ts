/**
 * Every quantity in data/ says in Russian what it counts (`what_ru`), so the
 * Russian pages never fall back to the English description; and the label
 * is a translation beside the corpus's `what`, not part of what the claim is.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadDataset } from '../../src/dataset/load-dataset.js';
import { curatedClaimId, toRecords } from '../../src/dataset/to-records.js';
import type { QuantityValue } from '../../src/domain/index.js';

test('every quantity claim has a Russian label, in Cyrillic', () => {
  const ds = loadDataset();
  const missing: string[] = [];
  let count = 0;
  for (const file of ds.places) {
    file.claims.forEach((c, i) => {
      if (c.property !== 'quantity') return;
      count++;
      const v = c.value as QuantityValue;
      const at = `places/${file.id}.yaml claims[${i}] (${v.what})`;
      if (v.what_ru === undefined) missing.push(`${at}: no what_ru`);
      else if (!/[а-яё]/i.test(v.what_ru)) missing.push(`${at}: what_ru has no Cyrillic letters`);
      else if (/[a-z]/i.test(v.what_ru)) missing.push(`${at}: what_ru still has Latin letters`);
      else if (v.what_ru === v.what) missing.push(`${at}: what_ru repeats what`);
    });
  }
  assert.ok(count > 0, 'the dataset has quantity claims');
  assert.deepEqual(missing, [], 'quantity claims without a proper Russian label');
});

test('the Russian label does not change a claim id', () => {
  const rec = toRecords(loadDataset());
  const labelled = rec.claims.filter((c) => c.property === 'quantity' && (c.value as QuantityValue).what_ru);
  assert.ok(labelled.length > 0);
  for (const c of labelled) {
    const bare: Partial<QuantityValue> = { ...(c.value as QuantityValue) };
    delete bare.what_ru;
    assert.equal(c.id, curatedClaimId(c.subject, c.property, bare, c.qualifiers), c.id);
  }
});
