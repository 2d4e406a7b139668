/**
 * The atlas's pages, in-process (app.request, no port) over a seeded
 * in-memory store: every page kind answers with the expected landmarks, in
 * both interface languages; document text is escaped; pages are cacheable
 * and compressed; the Content-Security-Policy is strict.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Hono } from 'hono';
import type { Db } from '../../src/store/db.js';
import { createWebApp } from '../../src/web/index.js';
import { assets } from '../../src/web/assets.js';
import { fixtureDb, XSS_DOC_ID } from './fixture.js';

let db: Db;
let app: Hono;

before(async () => {
  db = await fixtureDb();
  app = createWebApp({ db, secret: 'test-secret-'.repeat(3), secureCookies: false });
});
after(async () => {
  await db.close();
});

const PAGES: [kind: string, path: string, mustContain: string][] = [
  ['home', '/', 'Stalingrad'],
  ['place', '/places/stalingrad', 'Volgograd'],
  ['compare', '/compare', 'Murmansk'],
  ['timeline', '/timeline', 'Kerch'],
  ['title', '/title', 'How the title began'],
  ['sources', '/sources', 'A Reference Work on the War'],
  ['source', '/sources/test-web-page', 'A Captured Web Page'],
  ['document', `/documents/${XSS_DOC_ID}`, '23 August 1942'],
  ['conflicts', '/conflicts', 'first fighting in the bend of the Don'],
  ['search', '/search?q=Volgagrad', 'Stalingrad'],
];

/** Heading levels in document order. */
function headingLevels(html: string): number[] {
  return [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
}

describe('every page kind', () => {
  for (const [kind, path, text] of PAGES) {
    for (const lang of ['en', 'ru'] as const) {
      const url = lang === 'ru' ? (path === '/' ? '/ru' : `/ru${path}`) : path;
      test(`${kind} (${lang}) ${url}`, async () => {
        const res = await app.request(url);
        assert.equal(res.status, 200);
        assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
        const html = await res.text();
        assert.match(html, new RegExp(`<html lang="${lang}">`));
        for (const landmark of [
          '<header class="site-header"',
          '<main id="main"',
          '<nav class="site-nav"',
          '<footer',
          'role="search"',
        ]) {
          assert.ok(html.includes(landmark), `${landmark} missing`);
        }
        if (lang === 'en') assert.ok(html.includes(text), `"${text}" missing`);
        const levels = headingLevels(html);
        assert.equal(levels.filter((l) => l === 1).length, 1, 'one h1');
        assert.equal(levels[0], 1, 'h1 first');
        levels.forEach(
          (l, i) => i > 0 && assert.ok(l <= (levels[i - 1] as number) + 1, `heading jumps to h${l} at ${i}`),
        );
        // Curators can find the sign-in page, in the interface's language, from any page.
        assert.match(html, new RegExp(`<a href="${lang === 'ru' ? '/ru' : ''}/login">`));
        // CSP: no inline script, no inline style attributes. JSON-LD blocks are
        // data the browser never runs, so they are the one allowed kind.
        assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>/, 'inline script');
        assert.doesNotMatch(html, /\sstyle=/, 'inline style attribute');
        assert.doesNotMatch(html, /<style/, 'style element');
      });
    }
  }
});

test('the Russian interface shows Russian names and strings', async () => {
  const html = await (await app.request('/ru/places/kyiv')).text();
  assert.ok(html.includes('Киев'));
  assert.ok(html.includes('Основные цифры'));
  assert.ok(html.includes('href="/places/kyiv"'), 'language switch links to the English page');
});

/** The page without its JSON-LD block (linked data carries every language; the page shows one). */
const shown = (html: string) => html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '');

test('other figures: the Russian page shows the Russian label, else the English one marked as English', async () => {
  const ru = shown(await (await app.request('/ru/places/kerch')).text());
  assert.ok(ru.includes('Катера и корабли проверочного десанта'), 'the Russian label, as the row heading');
  assert.ok(!ru.includes('oats and ships of the test landing'), 'not its English description');
  assert.ok(ru.includes('<span lang="en">Aircraft over the test landing</span>'), 'no Russian label: English, marked');
  // The source page lists the same claims with label and value together.
  const source = shown(await (await app.request('/ru/sources/test-reference-work')).text());
  assert.match(source, /катера и корабли проверочного десанта: &gt; 250/);
  assert.ok(source.includes('<span lang="en">aircraft over the test landing</span>: 660'));

  const en = shown(await (await app.request('/places/kerch')).text());
  assert.ok(en.includes('Boats and ships of the test landing'));
  assert.ok(en.includes('Aircraft over the test landing'));
  assert.doesNotMatch(en, /катера и корабли/i, 'no Russian label on the English page');
  assert.doesNotMatch(en, /<span lang="en">/, 'English needs no marking on an English page');
});

test('/ru/ redirects to /ru', async () => {
  const res = await app.request('/ru/');
  assert.equal(res.status, 301);
  assert.equal(res.headers.get('location'), '/ru');
});

test('unknown things are 404 pages with the layout', async () => {
  for (const path of [
    '/places/atlantis',
    '/sources/nope',
    '/documents/123',
    `/documents/${'b'.repeat(64)}`,
    '/nowhere',
    '/ru/nowhere',
  ]) {
    const res = await app.request(path);
    assert.equal(res.status, 404, path);
    assert.ok((await res.text()).includes('<main id="main"'), path);
  }
});

test('document text is escaped: script and onerror payloads render as text', async () => {
  const html = await (await app.request(`/documents/${XSS_DOC_ID}`)).text();
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
  assert.doesNotMatch(html, /<script>alert/);
  assert.doesNotMatch(html, /<img src=x/);
  assert.ok(html.includes('Notes &lt;b&gt;on&lt;/b&gt; Stalingrad'), 'the title is escaped too');
  assert.ok(html.includes('Mamayev Kurgan &lt;ensemble&gt;'), 'claim values are escaped');
  // The claims are marked where their quotes stand, focusable links to their subject.
  assert.match(
    html,
    /<a class="claim-mark status-pending" href="\/places\/stalingrad#fig-battle_start-defence-of-stalingrad" title="[^"]+"><mark>23 August 1942<\/mark><\/a>/,
  );
  assert.match(html, /<mark>Mamayev Kurgan ensemble opened in 1967<\/mark>/);
});

test('search results are grouped, marked, and never raw', async () => {
  const html = await (await app.request('/search?q=Volgagrad')).text();
  assert.ok(html.includes('href="/places/stalingrad"'), 'a misspelt name finds its place');
  assert.match(html, /<mark>/);
  const evil = await (await app.request('/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E')).text();
  assert.doesNotMatch(evil, /<script>alert/);
  assert.ok(evil.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  const doc = await (await app.request('/search?q=onerror')).text();
  assert.doesNotMatch(doc, /<img src=x/);
});

test('compare sorts without JavaScript', async () => {
  const html = await (await app.request('/compare?sort=duration&dir=desc')).text();
  assert.match(html, /aria-sort="descending"/);
  const first = /<tbody>\s*<tr>\s*<th scope="row" data-sort="([^"]+)"/.exec(html);
  assert.equal(first?.[1], 'Murmansk');
  const asc = await (await app.request('/compare?sort=place')).text();
  assert.equal(/<tbody>\s*<tr>\s*<th scope="row" data-sort="([^"]+)"/.exec(asc)?.[1], 'Brest Fortress');
});

test('the disagreement is shown with the preferred value and its reason, and marked on the place page', async () => {
  const html = await (await app.request('/conflicts')).text();
  assert.ok(html.includes('id="stalingrad-battle_start-defence-of-stalingrad"'));
  assert.ok(html.includes('17 July 1942') && html.includes('23 August 1942'));
  assert.ok(html.includes('class="badge"'));
  const place = await (await app.request('/places/stalingrad')).text();
  assert.ok(place.includes('href="/conflicts#stalingrad-battle_start-defence-of-stalingrad"'));
  assert.ok(place.includes('href="/sources/test-reference-work"'));
  // Two title acts that differ are not a disagreement.
  assert.doesNotMatch(html, /stalingrad-hero_city_title/);
});

test('pages carry an ETag and answer 304 when it matches', async () => {
  const res = await app.request('/places/stalingrad');
  const tag = res.headers.get('etag');
  assert.ok(tag);
  assert.match(res.headers.get('cache-control') ?? '', /max-age=/);
  const again = await app.request('/places/stalingrad', { headers: { 'If-None-Match': tag } });
  assert.equal(again.status, 304);
  assert.equal(again.headers.get('etag'), tag);
  const gz = await app.request('/places/stalingrad', { headers: { 'If-None-Match': tag, 'Accept-Encoding': 'gzip' } });
  assert.equal(gz.status, 304, 'the same tag validates the compressed page');
  const other = await app.request('/places/kerch', { headers: { 'If-None-Match': tag } });
  assert.equal(other.status, 200);
});

test('a strict Content-Security-Policy on every response', async () => {
  for (const path of ['/', '/places/kerch', '/nowhere']) {
    const csp = (await app.request(path)).headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /style-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  }
});

test('static assets are hashed, long-cached and the stylesheet has a print card', async () => {
  const { css } = assets();
  assert.ok(css, 'the stylesheet exists');
  const html = await (await app.request('/')).text();
  assert.ok(html.includes(`href="${css.url}"`));
  const res = await app.request(css.url);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('cache-control') ?? '', /immutable/);
  assert.match(await res.text(), /@media print/);
  assert.equal((await app.request('/assets/atlas.0000000000.css')).status, 404);
});

test('responses are compressed; a place page with its CSS and script is under 60 KB', async () => {
  const res = await app.request('/places/stalingrad', { headers: { 'Accept-Encoding': 'gzip' } });
  assert.equal(res.headers.get('content-encoding'), 'gzip');
  const body = new Uint8Array(await res.arrayBuffer());
  const html = gunzipSync(body).toString('utf8');
  assert.ok(html.includes('Stalingrad'));
  const { css, js } = assets();
  const total =
    body.length + gzipSync(css?.body ?? new Uint8Array()).length + gzipSync(js?.body ?? new Uint8Array()).length;
  console.log(`# place page: html ${body.length} B gz; with css and js ${total} B`);
  assert.ok(total < 60_000, `${total} bytes`);
  assert.ok(gzipSync(js?.body ?? new Uint8Array()).length < 30_000, 'client script under 30 KB');
  const home = await app.request('/', { headers: { 'Accept-Encoding': 'gzip' } });
  console.log(`# home page: html ${(await home.arrayBuffer()).byteLength} B gz`);
});

test('the map is drawn on the server: every place a focusable link with a title', async () => {
  const html = await (await app.request('/')).text();
  const markers = [...html.matchAll(/<a href="\/places\/([a-z]+)" class="marker [^"]+" aria-label="([^"]+)"><title>/g)];
  assert.equal(markers.length, 13);
  assert.match(html, /<svg class="atlas-map"[^>]*aria-labelledby="map-title map-desc"/);
  assert.match(html, /<path class="map-borders" d="M/);
});
