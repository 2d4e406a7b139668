/**
 * Each place page embeds its linked data (schema.org, with citations) as a
 * JSON-LD block that parses, names the place, and cannot close its own tag.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import type { Db } from '../../src/store/db.js';
import { createWebApp } from '../../src/web/index.js';
import { fixtureDb } from './fixture.js';

let db: Db;
let app: Hono;
before(async () => {
  db = await fixtureDb();
  app = createWebApp({ db, secret: 'test-secret-'.repeat(3), secureCookies: false });
});
after(async () => {
  await db.close();
});

test('a place page embeds parseable JSON-LD about the place, with citations', async () => {
  const html = await (await app.request('/places/stalingrad')).text();
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  assert.equal(blocks.length, 1, 'one JSON-LD block in the head');
  const doc = JSON.parse(blocks[0]![1]!) as { '@graph': { '@type': string; name?: unknown; citation?: unknown[] }[] };
  const city = doc['@graph'].find((n) => n['@type'] === 'City');
  assert.ok(city, 'the place is a schema.org City');
  assert.match(JSON.stringify(city.name), /Stalingrad|Volgograd/);
  assert.ok(Array.isArray(city.citation) && city.citation.length > 0, 'the place cites its sources');
  // Only the block's own closing tag may appear: data can never end the script early.
  assert.doesNotMatch(blocks[0]![1]!, /<\/?script/i);
});

type LdNode = { '@id': string; '@type': string; url?: string };
function jsonLdOf(html: string): { '@graph'?: LdNode[]; '@id'?: string; url?: string } {
  const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  assert.ok(m, 'a JSON-LD block');
  return JSON.parse(m[1]!);
}

test('ids are built from the address the page was asked for', async () => {
  const doc = jsonLdOf(await (await app.request('https://atlas.example.org/places/kerch')).text());
  const city = doc['@graph']!.find((n) => n['@type'] === 'City');
  // The node's id is its JSON resource; its url the page people read.
  assert.equal(city?.['@id'], 'https://atlas.example.org/api/v1/places/kerch');
  assert.equal(city?.url, 'https://atlas.example.org/places/kerch');
});

test('the home page lists every place as linked data, and a source page describes its source', async () => {
  const home = jsonLdOf(await (await app.request('/')).text());
  const urls = home['@graph']!.map((n) => n.url);
  assert.ok(urls.includes('http://localhost/places/stalingrad'), urls.join(' '));
  assert.ok(urls.includes('http://localhost/places/brest'));
  const source = jsonLdOf(await (await app.request('/sources/test-web-page')).text());
  assert.equal(source['@id'], 'http://localhost/api/v1/sources/test-web-page');
});

test('pages about no single subject carry no JSON-LD block', async () => {
  const html = await (await app.request('/compare')).text();
  assert.doesNotMatch(html, /application\/ld\+json/);
});
