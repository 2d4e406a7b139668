import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getPlace } from '../../src/store/queries/get-place.js';
import { getSource } from '../../src/store/queries/get-source.js';
import { CursorError, listClaims } from '../../src/store/queries/list-claims.js';
import { listEvents } from '../../src/store/queries/list-events.js';
import { listMemorials } from '../../src/store/queries/list-memorials.js';
import { listPlaces } from '../../src/store/queries/list-places.js';
import { listSources } from '../../src/store/queries/list-sources.js';
import { forEachAdapter } from './harness.js';

forEachAdapter('read queries', (ctx) => {
  test('listPlaces: corpus order, with the preferred title date', async () => {
    const places = await listPlaces(ctx.db);
    assert.deepEqual(
      places.map((p) => p.id),
      ['stalingrad', 'odesa', 'kyiv'],
    );
    const kyiv = places.find((p) => p.id === 'kyiv')!;
    // 1961 is ranked deprecated; the preferred decree date wins.
    assert.equal(kyiv.heroCityTitle, '1965-05-08');
    assert.equal(kyiv.names[0]!.text, 'Kyiv');
    assert.ok(places.every((p) => p.claimCount > 0));
  });

  test('getPlace: place, events with dates, memorials, every claim with references, preferred values', async () => {
    const p = await getPlace(ctx.db, 'stalingrad');
    assert.ok(p);
    assert.equal(p.place.coordinates.lat, 48.708);
    assert.deepEqual(
      p.events.map((e) => [e.id, e.start, e.end]),
      [['battle-of-stalingrad', '1942-07-17', '1943-02-02']],
    );
    assert.deepEqual(
      p.memorials.map((m) => m.id),
      ['mamayev-kurgan', 'panorama-museum', 'pavlov-house'],
    );
    assert.ok(p.claims.every((c) => c.references.length > 0 && c.subject === 'stalingrad'));
    const starts = p.claims.filter((c) => c.property === 'battle_start').map((c) => c.value);
    assert.deepEqual(starts.sort(), ['1942-07-17', '1942-08-23']);
    assert.equal(p.preferred.battle_start?.value, '1942-07-17');
    assert.equal(p.preferred.battle_start?.rankReason?.length ? true : false, true);
    assert.deepEqual(p.preferred['casualties:soviet']?.value, { side: 'soviet', min: 478000, max: 1130000 });
    const start = p.claims.find((c) => c.value === '1942-07-17')!;
    assert.deepEqual(start.references, [{ source: 'fixture-reference-work', locator: 'p. 12' }]);
    assert.deepEqual(start.qualifiers, { event: 'battle-of-stalingrad' });
    assert.deepEqual(start.origin, { kind: 'curated' });
    assert.equal(await getPlace(ctx.db, 'atlantis'), null);
  });

  test('listClaims: filters', async () => {
    const { db } = ctx;
    const byProp = await listClaims(db, { property: 'hero_city_title', limit: 500 });
    assert.deepEqual(byProp.items.map((c) => c.subject).sort(), ['kyiv', 'kyiv', 'odesa', 'stalingrad']);
    const web = await listClaims(db, { source: 'fixture-web-page', limit: 500 });
    assert.ok(web.items.length >= 3);
    assert.ok(web.items.every((c) => c.references.some((r) => r.source === 'fixture-web-page')));
    const combined = await listClaims(db, {
      subject: 'kyiv',
      property: 'hero_city_title',
      status: 'accepted',
      origin: 'curated',
    });
    assert.equal(combined.items.length, 2);
    assert.equal((await listClaims(db, { origin: 'extracted' })).items.length, 0);
    assert.equal((await listClaims(db, { document: 'f'.repeat(64) })).items.length, 0);
    assert.equal((await listClaims(db, { subject: 'nowhere' })).nextCursor, null);
  });

  for (const sort of ['subject', 'property', 'newest', 'oldest'] as const) {
    test(`listClaims: keyset pages sorted by ${sort} cover every claim once, in order`, async () => {
      const all = await listClaims(ctx.db, { sort, limit: 500 });
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let i = 0; i < 50; i++) {
        const page = await listClaims(ctx.db, { sort, limit: 4, ...(cursor && { cursor }) });
        assert.ok(page.items.length <= 4);
        seen.push(...page.items.map((c) => c.id));
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      assert.deepEqual(
        seen,
        all.items.map((c) => c.id),
      );
      assert.equal(new Set(seen).size, 21);
    });
  }

  test('listClaims: a bad cursor is refused with a message', async () => {
    await assert.rejects(listClaims(ctx.db, { cursor: 'not-a-cursor' }), CursorError);
    const page = await listClaims(ctx.db, { sort: 'subject', limit: 2 });
    // A cursor of another sort's shape is refused too.
    await assert.rejects(listClaims(ctx.db, { sort: 'newest', cursor: page.nextCursor! }), CursorError);
  });

  test('sources: list with counts, one with the claims citing it', async () => {
    const sources = await listSources(ctx.db);
    assert.deepEqual(
      sources.map((s) => s.id),
      ['fixture-reference-work', 'fixture-web-page'],
    );
    assert.equal(sources[0]!.origin, 'curated');
    const web = await getSource(ctx.db, 'fixture-web-page');
    assert.ok(web);
    assert.equal(web.source.claimCount, web.claims.length);
    assert.ok(web.claims.some((c) => c.value === '1942-08-23'));
    assert.equal(await getSource(ctx.db, 'nope'), null);
  });

  test('events and memorials, by place', async () => {
    assert.equal((await listEvents(ctx.db)).length, 3);
    assert.deepEqual(
      (await listEvents(ctx.db, { place: 'odesa' })).map((e) => [e.id, e.start, e.end]),
      [['defence-of-odesa', '1941-08-05', null]],
    );
    const mem = await listMemorials(ctx.db, { place: 'odesa' });
    // Oldest first; the undated obelisk last.
    assert.deepEqual(
      mem.map((m) => m.year),
      [1960, 1975, null],
    );
    assert.equal((await listMemorials(ctx.db)).length, 9);
  });
});
