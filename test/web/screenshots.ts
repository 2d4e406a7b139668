/**
 * Screenshots of each page kind, for a person to look at:
 *   npx tsx test/web/screenshots.ts   (needs /usr/bin/chromium)
 * Seeds an in-memory store from data/ plus the test document with script
 * payloads, serves the atlas on a free port, and writes PNGs (screen and
 * print) to test-output/screenshots/. Also prints each page's compressed
 * weight and server time.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import { chromium } from 'playwright-core';
import { loadDataset } from '../../src/dataset/load-dataset.js';
import { openDb } from '../../src/store/open-db.js';
import { seed } from '../../src/store/seed.js';
import { createWebApp } from '../../src/web/index.js';
import { assets } from '../../src/web/assets.js';
import { insertXssDocument, XSS_DOC_ID } from './fixture.js';

const OUT = join(process.cwd(), 'test-output', 'screenshots');
mkdirSync(OUT, { recursive: true });

const db = await openDb({ dataDir: 'memory://' });
const ds = loadDataset();
await seed(db, ds);
await insertXssDocument(db, ds.sources[0]?.id ?? 'unknown');
const app = createWebApp({ db, secret: 'screenshots'.repeat(4), secureCookies: false });

export const PAGES: [string, string][] = [
  ['home', '/'],
  ['home-ru', '/ru'],
  ['place-stalingrad', '/places/stalingrad'],
  ['place-kerch-ru', '/ru/places/kerch'],
  ['compare', '/compare'],
  ['compare-sorted', '/compare?sort=duration&dir=desc'],
  ['timeline', '/timeline'],
  ['title', '/title'],
  ['sources', '/sources'],
  ['source', `/sources/${ds.sources[0]?.id}`],
  ['document', `/documents/${XSS_DOC_ID}`],
  ['conflicts', '/conflicts'],
  ['search', '/search?q=Volgagrad'],
  ['search-ru', '/ru/search?q=Сталинград'],
  ['not-found', '/places/atlantis'],
];

const { css, js } = assets(true);
const assetBytes = gzipSync(css?.body ?? new Uint8Array()).length + gzipSync(js?.body ?? new Uint8Array()).length;
console.log(
  `assets: css ${gzipSync(css?.body ?? new Uint8Array()).length} B gz, js ${gzipSync(js?.body ?? new Uint8Array()).length} B gz`,
);
for (const [name, path] of PAGES) {
  await (await app.request(path)).text(); // warm
  const times: number[] = [];
  let r = await app.request(path);
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    r = await app.request(path);
    await r.clone().text();
    times.push(performance.now() - t0);
  }
  const ms = times.sort((a, b) => a - b)[2] as number;
  const html = await r.text();
  const gz = gzipSync(html).length;
  console.log(
    `${name.padEnd(18)} ${path.padEnd(40)} ${r.status} html ${String(gz).padStart(6)} B gz, +assets ${gz + assetBytes} B, ${ms.toFixed(1)} ms`,
  );
}

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((r) => server.once('listening', r));
const addr = server.address();
const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
const only = process.argv.slice(2);
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  for (const [name, path] of PAGES) {
    if (only.length && !only.some((o) => name.includes(o))) continue;
    await page.goto(base + path, { waitUntil: 'load' });
    await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
  }
  const mobile = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await mobile.goto(base + '/places/stalingrad', { waitUntil: 'load' });
  await mobile.screenshot({ path: join(OUT, 'place-stalingrad-mobile.png'), fullPage: true });
  await mobile.goto(base + '/', { waitUntil: 'load' });
  await mobile.screenshot({ path: join(OUT, 'home-mobile.png'), fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await page.goto(base + '/places/stalingrad', { waitUntil: 'load' });
  await page.screenshot({ path: join(OUT, 'place-stalingrad-print.png'), fullPage: true });
  await page.pdf({ path: join(OUT, 'place-stalingrad-print.pdf'), format: 'A4' }).catch(() => undefined);
  if (errors.length) console.log('browser errors:\n' + errors.join('\n'));
} finally {
  await browser.close();
  server.close();
  await db.close();
}
