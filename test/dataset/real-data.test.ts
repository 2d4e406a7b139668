/** The curated dataset in data/ loads, and has what issue 2 asks of every place. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadDataset } from '../../src/dataset/load-dataset.js';
import { toRecords } from '../../src/dataset/to-records.js';
import { datesAgree, PLACE_IDS, rangesOverlap, type Claim, type NumberRange } from '../../src/domain/index.js';

test('data/ validates', () => {
  loadDataset();
});

test('all thirteen places, each with its names, title, principal event and memorials', () => {
  const ds = loadDataset();
  const rec = toRecords(ds);
  assert.deepEqual(ds.places.map((p) => p.id).sort(), [...PLACE_IDS].sort());
  for (const p of ds.places) {
    const langs = new Set(p.names.map((n) => n.lang));
    assert.ok(langs.has('en') && langs.has('ru'), `${p.id}: names in English and Russian`);
    assert.equal(p.kind, p.id === 'brest' ? 'hero-fortress' : 'hero-city', `${p.id}: kind`);
    assert.ok(
      p.events.some((e) => e.principal),
      `${p.id}: a principal event`,
    );
    assert.ok(p.memorials.length >= 3, `${p.id}: at least three memorials`);
    const claims = rec.claims.filter((c) => c.subject === p.id);
    assert.ok(
      claims.some((c) => c.property === 'hero_city_title'),
      `${p.id}: the title's date`,
    );
    assert.ok(
      claims.some((c) => c.property === 'battle_start'),
      `${p.id}: the start of its principal defence`,
    );
  }
});

test('historical names and variants are there for search', () => {
  const names = (id: string) =>
    loadDataset()
      .places.find((p) => p.id === id)
      ?.names.map((n) => n.text) ?? [];
  for (const [id, want] of [
    ['stalingrad', ['Tsaritsyn', 'Stalingrad', 'Volgograd']],
    ['leningrad', ['Petrograd', 'Leningrad']],
    ['kyiv', ['Kiev', 'Kyiv']],
    ['odesa', ['Odessa', 'Odesa']],
  ] as const) {
    for (const n of want) assert.ok(names(id).includes(n), `${id} has the name ${n}`);
  }
});

test('Sevastopol and Kerch: Ukraine by recognised borders, with Russian control noted', () => {
  for (const id of ['sevastopol', 'kerch']) {
    const p = loadDataset().places.find((x) => x.id === id)!;
    assert.equal(p.country.code, 'UA', id);
    assert.equal(p.control?.code, 'RU', id);
  }
});

test('where sources disagree on a value, one is preferred (with its reason) or all but one are deprecated', () => {
  const rec = toRecords(loadDataset());
  // Claims about different things (another event, act or noted occasion) are not a disagreement.
  const slots = new Map<string, typeof rec.claims>();
  for (const c of rec.claims) {
    if (c.property === 'memorial' || c.property === 'quantity') continue;
    const side = c.property === 'casualties' ? (c.value as { side: string }).side : '';
    const key = [c.subject, c.property, side, c.qualifiers.event, c.qualifiers.act, c.qualifiers.note].join(' ');
    slots.set(key, [...(slots.get(key) ?? []), c]);
  }
  // Dates agree at the precision both have ("1945" and "1945-05-01"); figures agree when their ranges overlap.
  const agree = (a: Claim, b: Claim) =>
    typeof a.value === 'string' && typeof b.value === 'string'
      ? datesAgree(a.value, b.value)
      : rangesOverlap(a.value as NumberRange, b.value as NumberRange);
  const unresolved = [...slots.entries()]
    .filter(([, cs]) => cs.some((a) => cs.some((b) => !agree(a, b))))
    .filter(([, cs]) => !cs.some((c) => c.rank === 'preferred') && cs.filter((c) => c.rank !== 'deprecated').length > 1)
    .map(([k, cs]) => `${k}: ${cs.map((c) => JSON.stringify(c.value)).join(' vs ')}`);
  assert.deepEqual(unresolved, [], 'disagreements with no preferred value');
  for (const c of rec.claims)
    if (c.rank === 'preferred') assert.ok(c.rankReason, `${c.id}: a preferred claim says why`);
});
