/**
 * A place page prints as one card: every place fits on one A4 page in
 * Chromium's print layout. Runs when /usr/bin/chromium is installed.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
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

const CHROMIUM = '/usr/bin/chromium';
const skip = existsSync(CHROMIUM) ? false : 'Chromium is not installed (apt-get install -y chromium)';

let db: Db;
let server: ServerType;
let browser: Browser;
let base = '';

before(async () => {
  if (skip) return;
  db = await openDb({ dataDir: 'memory://' });
  await seed(db, loadDataset());
  server = serve({ fetch: createWebApp({ db, secret: 'print-test-'.repeat(4), secureCookies: false }).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
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
    const chrome = await page.evaluate(() => getComputedStyle(document.querySelector('.site-header') as Element).display);
    assert.equal(chrome, 'none', `${id}: the header is hidden in print`);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.equal(pages, 1, `${id} prints on ${pages} pages`);
  }
});
