import assert from 'node:assert/strict';
import { test } from 'node:test';
import { search } from '../../src/store/queries/search.js';
import { forEachAdapter } from './harness.js';

/** [query, the place that must come first] — misspelt, transliterated, historical, inflected. */
const PLACE_QUERIES: [string, string][] = [
  ['Volgagrad', 'stalingrad'],
  ['volgograd', 'stalingrad'],
  ['Odessa', 'odesa'],
  ['Одесса', 'odesa'],
  ['Kiev', 'kyiv'],
  ['Kyiv', 'kyiv'],
  ['Tsaritsyn', 'stalingrad'],
  ['Tsaritsin', 'stalingrad'],
  ['Сталинград', 'stalingrad'],
  ['Сталинграда', 'stalingrad'],
  ['the defence of Stalingrad', 'stalingrad'],
];

forEachAdapter('search', (ctx) => {
  for (const [q, want] of PLACE_QUERIES) {
    test(`"${q}" finds ${want} first`, async () => {
      const r = await search(ctx.db, q);
      assert.equal(r.place[0]?.id, want, JSON.stringify(r.place));
    });
  }

  test('results are grouped by kind, with highlighted snippets', async () => {
    const r = await search(ctx.db, 'Mamayev Kurgan');
    assert.equal(r.memorial[0]?.id, 'mamayev-kurgan');
    assert.equal(r.memorial[0]?.place, 'stalingrad');
    assert.match(r.memorial[0]!.snippet, /<b>Mamayev<\/b>/);
    assert.ok(r.claim.some((h) => h.place === 'stalingrad'));
    const e = await search(ctx.db, 'battle of Stalingrad');
    assert.equal(e.event[0]?.id, 'battle-of-stalingrad');
  });

  test('claims are found by the words of their quotes', async () => {
    const r = await search(ctx.db, 'fixture quote');
    assert.equal(r.claim.length, 1);
    assert.match(r.claim[0]!.snippet, /<b>quote<\/b>/);
  });

  test('snippets escape the text around the marks', async () => {
    const r = await search(ctx.db, 'Pavlov');
    assert.equal(r.memorial[0]?.id, 'pavlov-house');
    assert.match(r.memorial[0]!.snippet, /Pavlov<\/b>&#39;s House/);
  });

  test('nothing for nonsense, empty or operator-only queries', async () => {
    for (const q of ['', '   ', 'qzxqzxqzx', '&&& | !', '"', '<script>']) {
      const r = await search(ctx.db, q);
      assert.deepEqual(Object.values(r).flat(), [], q);
    }
  });

  test('documents are searched when there are some', async () => {
    const id = 'b'.repeat(64);
    await ctx.db.query(
      `INSERT INTO source (id, record, origin) VALUES ('search-test', '{"id":"search-test"}', 'user') ON CONFLICT DO NOTHING`,
    );
    await ctx.db.query(
      `INSERT INTO document (id, source_id, file_name, media_type, charset, byte_length, title, text)
       VALUES ($1, 'search-test', 'a.txt', 'text/plain', 'utf-8', 40, 'Notes', 'The quarries near Kerch sheltered defenders for months.')`,
      [id],
    );
    try {
      const r = await search(ctx.db, 'quarry');
      assert.equal(r.document[0]?.id, id);
      assert.match(r.document[0]!.snippet, /<b>quarries<\/b>/);
    } finally {
      await ctx.db.query('DELETE FROM document WHERE id = $1', [id]);
      await ctx.db.query(`DELETE FROM source WHERE id = 'search-test'`);
    }
  });
});
