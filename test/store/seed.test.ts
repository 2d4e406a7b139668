import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Dataset } from '../../src/dataset/load-dataset.js';
import { datasetHash, ensureSeeded, seed, storedDatasetHash } from '../../src/store/seed.js';
import { fixtureDataset, forEachAdapter } from './harness.js';

const count = async (db: { query: (s: string) => Promise<{ rows: unknown[] }> }, sql: string) =>
  Number(((await db.query(sql)).rows[0] as { n: number }).n);

/** The fixture with one claim's value changed and its file's text changed with it (so the hash moves). */
function changedDataset(ds: Dataset): Dataset {
  const places = ds.places.map((p) =>
    p.id !== 'odesa'
      ? p
      : { ...p, claims: p.claims.map((c) => (c.property === 'duration_days' ? { ...c, value: 74 } : c)) },
  );
  const files = ds.files.map((f) =>
    f.name.endsWith('odesa.yaml') ? { ...f, text: f.text.replace('value: 73', 'value: 74') } : f,
  );
  return { ...ds, places, files };
}

forEachAdapter('seed', (ctx) => {
  test('writes every place, all its names, events, memorials, sections, claims and references', async () => {
    const { db } = ctx;
    assert.equal(await count(db, 'SELECT count(*)::int AS n FROM place'), 3);
    assert.equal(await count(db, 'SELECT count(*)::int AS n FROM place_name'), 14);
    assert.equal(await count(db, 'SELECT count(*)::int AS n FROM event'), 3);
    assert.equal(await count(db, 'SELECT count(*)::int AS n FROM memorial'), 9);
    assert.equal(await count(db, 'SELECT count(*)::int AS n FROM title_section'), 1);
    // 12 claims written in the files + 9 memorial claims.
    assert.equal(await count(db, `SELECT count(*)::int AS n FROM claim WHERE origin = 'curated'`), 21);
    assert.equal(
      await count(
        db,
        'SELECT count(*)::int AS n FROM claim c WHERE NOT EXISTS (SELECT 1 FROM claim_reference r WHERE r.claim_id = c.id)',
      ),
      0,
    );
    assert.equal(await count(db, 'SELECT count(*)::int AS n FROM claim WHERE tsv IS NULL'), 0);
    assert.equal(await count(db, 'SELECT count(*)::int AS n FROM place WHERE tsv IS NULL'), 0);
    const names = (
      await db.query<{ name: string }>(`SELECT name FROM place_name WHERE place_id = 'stalingrad' ORDER BY name`)
    ).rows.map((r) => r.name);
    assert.deepEqual(names, ['Stalingrad', 'Tsaritsyn', 'Volgograd', 'Волгоград', 'Сталинград', 'Царицын']);
    assert.equal(await storedDatasetHash(db), datasetHash(fixtureDataset()));
  });

  test('ensureSeeded does nothing while the dataset is unchanged', async () => {
    const r = await ensureSeeded(ctx.db, { dataset: fixtureDataset() });
    assert.equal(r.seeded, false);
  });

  test('a changed dataset re-seeds; user sources, documents, extracted claims and reviews survive', async () => {
    const { db } = ctx;
    const before = (
      await db.query<{ id: string }>(`SELECT id FROM claim WHERE origin = 'curated' ORDER BY id`)
    ).rows.map((r) => r.id);
    await db.query(`INSERT INTO source (id, record, origin) VALUES ('my-notes', '{"id":"my-notes"}', 'user')`);
    await db.query(`INSERT INTO document (id, source_id, file_name, media_type, charset, byte_length, text)
      VALUES ('${'a'.repeat(64)}', 'my-notes', 'notes.txt', 'text/plain', 'utf-8', 10, 'Odessa held out.')`);
    await db.query(`INSERT INTO claim (id, subject, property, value, status, origin, extractor, document_id)
      VALUES ('ext-1', 'odesa', 'duration_days', '73', 'pending', 'extracted', 'test', '${'a'.repeat(64)}')`);
    await db.query(`INSERT INTO claim_reference (claim_id, ord, source_id, document_id, quote)
      VALUES ('ext-1', 0, 'my-notes', '${'a'.repeat(64)}', 'held out')`);
    await db.query(
      `INSERT INTO review (claim_id, decision, reviewer, before, after) VALUES ('ext-1', 'edit', 'ann', '{}', '{}')`,
    );

    const changed = changedDataset(fixtureDataset());
    const r = await ensureSeeded(db, { dataset: changed });
    assert.equal(r.seeded, true);
    assert.equal(await storedDatasetHash(db), datasetHash(changed));

    const after = (
      await db.query<{ id: string }>(`SELECT id FROM claim WHERE origin = 'curated' ORDER BY id`)
    ).rows.map((r) => r.id);
    assert.equal(after.length, before.length);
    // Only the changed claim got a new id; the others kept theirs.
    assert.equal(after.filter((id) => !before.includes(id)).length, 1);
    const odesa = await db.query<{ value: unknown }>(
      `SELECT value FROM claim WHERE subject = 'odesa' AND property = 'duration_days' AND origin = 'curated'`,
    );
    assert.deepEqual(
      odesa.rows.map((x) => x.value),
      [74],
    );

    assert.equal(await count(db, `SELECT count(*)::int AS n FROM source WHERE id = 'my-notes' AND origin = 'user'`), 1);
    assert.equal(await count(db, 'SELECT count(*)::int AS n FROM document'), 1);
    assert.equal(await count(db, `SELECT count(*)::int AS n FROM claim WHERE id = 'ext-1'`), 1);
    assert.equal(await count(db, 'SELECT count(*)::int AS n FROM claim_reference WHERE claim_id = $$ext-1$$'), 1);
    assert.equal(await count(db, 'SELECT count(*)::int AS n FROM review'), 1);
    // The extracted claim, written without a tsv, got one.
    assert.equal(await count(db, `SELECT count(*)::int AS n FROM claim WHERE id = 'ext-1' AND tsv IS NOT NULL`), 1);

    // And back, so the suite's store is the fixture again.
    await seed(db, fixtureDataset());
    assert.equal(await count(db, `SELECT count(*)::int AS n FROM claim WHERE origin = 'curated'`), 21);
  });

  test('a seed that fails half-way leaves the store as it was', async () => {
    const { db } = ctx;
    const broken = fixtureDataset();
    const ds: Dataset = {
      ...broken,
      files: [...broken.files, { name: 'x', text: 'x' }],
      // A claim citing a source that is not in the dataset breaks the reference's foreign key.
      places: broken.places.map((p, i) =>
        i === 0
          ? { ...p, claims: [...p.claims, { ...p.claims[0]!, value: '1999', references: [{ source: 'nowhere' }] }] }
          : p,
      ),
    };
    await assert.rejects(seed(db, ds), /foreign key|violates/i);
    assert.equal(await storedDatasetHash(db), datasetHash(fixtureDataset()));
    assert.equal(await count(db, `SELECT count(*)::int AS n FROM claim WHERE origin = 'curated'`), 21);
  });
});
