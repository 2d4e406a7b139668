import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { DatasetError, loadDataset } from '../../src/dataset/load-dataset.js';
import { REPO_ROOT } from '../store/harness.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'dataset-bad');

/** [folder, path inside places/odesa.yaml, what the message must say] — see the fixtures' README. */
const CASES: [string, string, RegExp][] = [
  ['unknown-property', 'claims[1].property', /expected one of .*\(found "founded"\)/],
  ['impossible-date', 'claims[0].value', /expected a real date.*\(found "1942-02-30"\)/],
  ['no-reference', 'claims[1].references', /at least one reference/],
  ['unknown-source', 'claims[1].references[0].source', /unknown source "no-such-source"/],
];

test('the valid fixture loads', () => {
  const ds = loadDataset(join(FIXTURES, 'valid'));
  assert.equal(ds.places.length, 3);
});

for (const [folder, path, message] of CASES) {
  test(`${folder}: the error names the file, the path inside it and the problem`, () => {
    let error: unknown;
    try {
      loadDataset(join(FIXTURES, folder));
    } catch (err) {
      error = err;
    }
    assert.ok(error instanceof DatasetError, `expected a DatasetError, got ${String(error)}`);
    assert.equal(error.problems.length, 1, error.message);
    const [p] = error.problems;
    assert.match(p!.file, new RegExp(`dataset-bad/${folder}/places/odesa\\.yaml$`));
    assert.equal(p!.path, path);
    assert.match(p!.message, message);
    // The one-line form a person reads carries all three.
    assert.ok(error.message.includes(`odesa.yaml at ${path}: `), error.message);
  });
}
