/** The real dataset seeds into both stores, and the names people type find their place. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadDataset } from '../../src/dataset/load-dataset.js';
import { PLACE_IDS } from '../../src/domain/index.js';
import { getPlace } from '../../src/store/queries/get-place.js';
import { listClaims } from '../../src/store/queries/list-claims.js';
import { listPlaces } from '../../src/store/queries/list-places.js';
import { search } from '../../src/store/queries/search.js';
import { forEachAdapter } from './harness.js';

const QUERIES: [string, string][] = [
  ['Volgagrad', 'stalingrad'],
  ['Odessa', 'odesa'],
  ['Kiev', 'kyiv'],
  ['Tsaritsyn', 'stalingrad'],
  ['Сталинград', 'stalingrad'],
  ['Сталинграда', 'stalingrad'],
  ['Petrograd', 'leningrad'],
  ['Saint Petersburg', 'leningrad'],
  ['Brest Fortress', 'brest'],
  ['Murmansk', 'murmansk'],
  ['Smolenks', 'smolensk'],
];

forEachAdapter(
  'the real dataset',
  (ctx) => {
    test('thirteen places, each with claims that all cite a source', async () => {
      const places = await listPlaces(ctx.db);
      assert.deepEqual(
        places.map((p) => p.id),
        [...PLACE_IDS],
      );
      for (const p of places) assert.ok(p.heroCityTitle, `${p.id} has a title date`);
      const all = await listClaims(ctx.db, { limit: 500 });
      assert.ok(all.items.every((c) => c.references.length > 0));
    });

    test('every place page has its events, memorials and preferred values', async () => {
      for (const id of PLACE_IDS) {
        const p = await getPlace(ctx.db, id);
        assert.ok(p, id);
        assert.ok(
          p.events.some((e) => e.principal && e.start),
          `${id}: principal event with a start`,
        );
        assert.ok(p.memorials.length >= 3, `${id}: memorials`);
        assert.ok(p.preferred.hero_city_title, `${id}: a title date to show`);
      }
    });

    for (const [q, want] of QUERIES) {
      test(`search "${q}" finds ${want} first`, async () => {
        const r = await search(ctx.db, q);
        assert.equal(r.place[0]?.id, want, JSON.stringify(r.place.map((h) => [h.id, h.score])));
      });
    }
  },
  { dataset: () => loadDataset() },
);
