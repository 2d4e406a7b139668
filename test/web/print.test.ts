/**
 * A place page prints as one card: every place fits on one A4 page in
 * Chromium's print layout. Runs when /usr/bin/chromium is installed.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser } from 'playwright-core';
import { PLACE_IDS } from '../../src/domain/index.js';
import { loadDataset } from '../../src/dataset/load-dataset.js';
import type { Db } from '../../src/store/db.js';
import { openDb } from '../../src/store/open-db.js';
import { seed } from '../../src/store/seed.js';
import { createWebApp } from '../../src/web/index.js';
import { assets } from '../../src/web/assets.js';

const CHROMIUM = '/usr/bin/chromium';
const skip = existsSync(CHROMIUM) ? false : 'Chromium is not installed (apt-get install -y chromium)';

let db: Db;
let server: ServerType;
let browser: Browser;
let base = '';

before(async () => {
  if (skip) return;
  // The enhancement script is a build product; make sure it exists and is the current one.
  const built = spawnSync(process.execPath, ['scripts/build-client.mjs'], { stdio: 'inherit' });
  assert.equal(built.status, 0, 'scripts/build-client.mjs failed');
  assert.ok(assets(true).js, 'the client script was built');
  db = await openDb({ dataDir: 'memory://' });
  await seed(db, loadDataset());
  server = serve({
    fetch: createWebApp({ db, secret: 'print-test-'.repeat(4), secureCookies: false }).fetch,
    port: 0,
    hostname: '127.0.0.1',
  });
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
});
after(async () => {
  if (skip) return;
  await browser.close();
  server.close();
  await db.close();
});

test('every place page prints on one A4 page, without the site chrome', { skip }, async () => {
  const page = await browser.newPage();
  await page.emulateMedia({ media: 'print' });
  for (const id of PLACE_IDS) {
    await page.goto(`${base}/places/${id}`);
    const chrome = await page.evaluate(
      () => getComputedStyle(document.querySelector('.site-header') as Element).display,
    );
    assert.equal(chrome, 'none', `${id}: the header is hidden in print`);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.equal(pages, 1, `${id} prints on ${pages} pages`);
  }
});

test('the client script only enhances: map zoom buttons and in-place table sorting', { skip }, async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${base}/`);
  const before = await page.getAttribute('svg.atlas-map', 'viewBox');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const zoomed = await page.getAttribute('svg.atlas-map', 'viewBox');
  assert.notEqual(zoomed, before);
  await page.getByRole('button', { name: 'Whole map' }).click();
  assert.equal(await page.getAttribute('svg.atlas-map', 'viewBox'), before);
  // Sorting in place: the address changes, the page does not reload.
  await page.goto(`${base}/compare`);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page.click('th[data-col="duration"] a');
  await page.click('th[data-col="duration"] a');
  assert.equal(await page.getAttribute('th[data-col="duration"]', 'aria-sort'), 'descending');
  assert.equal(await page.evaluate(() => (window as unknown as { marker?: number }).marker), 1, 'no reload');
  const days = await page.$$eval('table.compare tbody tr td:nth-child(3)', (tds) =>
    tds.map((td) => (td as HTMLElement).dataset.sort ?? ''),
  );
  const numbers = days.filter((d) => d !== '').map(Number);
  assert.ok(numbers.length > 5);
  assert.deepEqual(
    numbers,
    [...numbers].sort((a, b) => b - a),
    'longest first',
  );
  assert.deepEqual(
    days.slice(numbers.length),
    days.slice(numbers.length).map(() => ''),
    'unknown lengths last',
  );
  assert.match(page.url(), /sort=duration/);
  assert.deepEqual(errors, []);
});
