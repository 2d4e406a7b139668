/**
 * The open-data exports validate with the tools their readers use: GeoJSON
 * and Linked Places with @placemarkio/check-geojson, JSON-LD by expanding it
 * with jsonld.js (offline: any attempt to fetch a context fails the test),
 * CSL-JSON by loading it into citation-js and formatting a bibliography.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '@placemarkio/check-geojson';
import jsonld from 'jsonld';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { Db } from '../../src/store/db.js';
import { exportFormats, PRIVATE_EXPORTS } from '../../src/export/index.js';
import { jsonLd, jsonLdElement, jsonLdScript, placeJsonLd } from '../../src/export/jsonld.js';
import { linkedPlaces } from '../../src/export/linked-places.js';
import { cslJson } from '../../src/export/csl-json.js';
import { getPlace } from '../../src/store/queries/get-place.js';
import { listSources } from '../../src/store/queries/list-sources.js';
import { seededStore, testApi, type TestApi } from './harness.js';

let db: Db;
let api: TestApi;
delete process.env.HERO_CITIES_PUBLIC_URL; // the tests choose their base URL
before(async () => {
  db = await seededStore();
  api = await testApi(db);
});
after(() => db.close());

/** A document loader that refuses the network: expansion must work offline. */
const offline = async (url: string) => {
  throw new Error(`tried to fetch ${url}; JSON-LD exports must expand offline`);
};

async function expand(doc: unknown) {
  return jsonld.expand(
    doc as jsonld.JsonLdDocument,
    { documentLoader: offline as never, safe: true } as jsonld.Options.Expand,
  );
}

test('JSON-LD expands offline, with schema.org types and citations', async () => {
  const doc = await jsonLd(db, { baseUrl: 'https://atlas.example' });
  const expanded = await expand(doc);
  const types = new Set(expanded.flatMap((n) => (n['@type'] as string[] | undefined) ?? []));
  for (const t of ['City', 'Event', 'LandmarksOrHistoricalBuildings', 'Book', 'WebPage'])
    assert.ok(types.has(`https://schema.org/${t}`), t);
  const city = expanded.find((n) => n['@id'] === 'https://atlas.example/api/v1/places/stalingrad')!;
  assert.ok(city, 'the place has its id');
  const citations = city['https://schema.org/citation'] as { '@id': string }[];
  assert.ok(citations.some((c) => c['@id'] === 'https://atlas.example/api/v1/sources/fixture-reference-work'));
  const names = city['https://schema.org/alternateName'] as { '@value': string; '@language': string }[];
  assert.ok(names.some((n) => n['@value'] === 'Царицын' && n['@language'] === 'ru'));
  const event = expanded.find(
    (n) => n['@id'] === 'https://atlas.example/api/v1/export/jsonld#event-battle-of-stalingrad',
  )!;
  assert.deepEqual(event['@type'], ['https://schema.org/Event']);
  assert.deepEqual(event['https://schema.org/startDate'], [{ '@value': '1942-07-17' }], 'the preferred start date');
});

test('a place page JSON-LD block expands offline and cannot break out of its script element', async () => {
  const detail = (await getPlace(db, 'stalingrad'))!;
  const doc = placeJsonLd({ ...detail, sources: await listSources(db) }, { baseUrl: 'https://atlas.example' });
  const expanded = await expand(doc);
  assert.ok(expanded.length >= 1 + detail.events.length + detail.memorials.length);
  const text = jsonLdScript({ ...doc, x: '</script><script>alert(1)</script>' });
  assert.doesNotMatch(text, /</);
  assert.deepEqual(JSON.parse(text).x, '</script><script>alert(1)</script>', 'still the same data');
  const element = String(jsonLdElement({ ...doc, x: '</script>' }));
  assert.match(element, /^<script type="application\/ld\+json">\{.*\}<\/script>$/s);
  assert.equal(element.match(/<\/script>/g)?.length, 1, 'the data cannot close the element');
});

test('ids use HERO_CITIES_PUBLIC_URL when it is set', async () => {
  process.env.HERO_CITIES_PUBLIC_URL = 'https://hero-cities.example.org/';
  try {
    const res = await api.request('/api/v1/export/linked-places');
    const lpf = (await res.json()) as { features: { '@id': string }[] };
    assert.ok(lpf.features.every((f) => f['@id'].startsWith('https://hero-cities.example.org/api/v1/places/')));
  } finally {
    delete process.env.HERO_CITIES_PUBLIC_URL;
  }
  const res = await api.request('/api/v1/export/linked-places');
  const lpf = (await res.json()) as { features: { '@id': string }[] };
  assert.ok(lpf.features[0]!['@id'].startsWith('http://localhost/api/v1/places/'), 'else the request origin');
});

test('Linked Places is valid GeoJSON with names and their time spans', async () => {
  const lpf = await linkedPlaces(db, { baseUrl: 'https://atlas.example' });
  check(JSON.stringify(lpf)); // throws on invalid GeoJSON
  const stalingrad = lpf.features.find((f) => f['@id'].endsWith('/stalingrad'))!;
  const tsaritsyn = stalingrad.names.find((n) => n.toponym === 'Tsaritsyn')!;
  assert.deepEqual(tsaritsyn.when, { timespans: [{ end: { in: '1925' } }] });
  const stalin = stalingrad.names.find((n) => n.toponym === 'Stalingrad' && n.lang === 'en')!;
  assert.deepEqual(stalin.when, { timespans: [{ start: { in: '1925' }, end: { in: '1961' } }] });
  assert.deepEqual(stalingrad.geometry.coordinates, [44.513, 48.708], '[lon, lat]');
});

test('the GeoJSON export is valid GeoJSON', async () => {
  const res = await api.request('/api/v1/export/geojson');
  assert.equal(res.status, 200);
  const gj = check(await res.text());
  assert.equal(gj.type, 'FeatureCollection');
});

test('CSL-JSON loads into citation-js and formats a bibliography', async () => {
  const items = await cslJson(db);
  const cite = new Cite(items, { forceType: '@csl/list+object' });
  assert.equal(cite.data.length, items.length);
  const bib = cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });
  assert.match(bib, /A Fixture Reference Work on the Hero Cities/);
  assert.match(bib, /Fixture Press/);
  assert.match(bib, /1985/);
  const res = await api.request('/api/v1/export/csl-json');
  assert.match(res.headers.get('content-type') ?? '', /application\/vnd\.citationstyles\.csl\+json/);
  assert.deepEqual(await res.json(), items);
});

test('every public format is served by the API; the backup is not', async () => {
  for (const format of Object.keys(exportFormats)) {
    const res = await api.request(`/api/v1/export/${format}`);
    if (PRIVATE_EXPORTS.has(format)) {
      assert.equal(res.status, 400, `${format} is not offered publicly`);
      assert.equal(res.headers.get('content-type'), 'application/problem+json');
      continue;
    }
    assert.equal(res.status, 200, format);
    assert.ok(res.headers.get('etag'), `${format} has an ETag`);
    const body = await res.text();
    if ((res.headers.get('content-type') ?? '').includes('json')) assert.doesNotThrow(() => JSON.parse(body), format);
  }
});
