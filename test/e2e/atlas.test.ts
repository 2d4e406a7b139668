/**
 * The atlas in a real browser (Chromium through playwright-core): every page
 * kind opens, passes axe-core and is photographed under
 * test-output/screenshots/; a misspelt search reaches its place; a figure leads
 * to its source; a curator signs in and accepts a claim; markup inside a
 * document is shown as text and never runs. Run by scripts/run-tests.mjs when
 * /usr/bin/chromium exists (or with E2E=1).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CURATOR, PAYLOAD_IMG, PAYLOAD_SCRIPT, startHarness, type Harness } from './harness.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SHOTS = join(process.cwd(), 'test-output', 'screenshots');

let h: Harness;
let browser: Browser;
let context: BrowserContext;
/** Every dialog any page opened: an escaping failure would show up here. */
const dialogs: string[] = [];

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  h = await startHarness();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  // axe is injected as a script tag, which the pages' CSP (script-src 'self') would block; the CSP
  // itself is checked from the response headers, and escaping is checked with no CSP to hide behind.
  context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  context.setDefaultTimeout(15_000);
});

after(async () => {
  await context?.close();
  await browser?.close();
  await h?.close();
});

async function newPage(): Promise<Page> {
  const page = await context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(`${page.url()}: ${d.message()}`);
    void d.dismiss();
  });
  return page;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: unknown[] }> } })
      .axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations;
  });
  return (violations as AxeViolation[]).map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 4)
        .map((n) => n.target.join(' '))
        .join(' | ')}${v.nodes.length > 4 ? ` (+${v.nodes.length - 4})` : ''}`,
  );
}

/** Opens a page, checks it answered 200 with a CSP and one h1, runs axe, saves a screenshot. */
async function visit(page: Page, path: string, shot: string): Promise<void> {
  const res = await page.goto(h.url + path, { waitUntil: 'load' });
  assert.ok(res, `no response for ${path}`);
  assert.equal(res.status(), 200, `${path} answered ${res.status()}`);
  assert.ok((await res.allHeaders())['content-security-policy'], `${path} has no Content-Security-Policy`);
  assert.equal(await page.locator('h1').count(), 1, `${path} should have exactly one h1`);
  await page.screenshot({ path: join(SHOTS, `${shot}.png`), fullPage: true });
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `axe-core found accessibility violations on ${path}:\n  ${violations.join('\n  ')}`);
}

const PAGE_KINDS: [string, string | (() => string)][] = [
  ['home', '/'],
  ['place', '/places/stalingrad'],
  ['compare', '/compare'],
  ['timeline', '/timeline'],
  ['title', '/title'],
  ['sources', '/sources'],
  ['source', () => `/sources/${h.curatedSourceId}`],
  ['source-user', () => `/sources/${h.sourceId}`],
  ['document', () => `/documents/${h.documentId}`],
  ['conflicts', '/conflicts'],
  ['search', '/search?q=Volgagrad'],
  ['login', '/login'],
  ['ru-home', '/ru/'],
  ['ru-place', '/ru/places/stalingrad'],
];

for (const [name, path] of PAGE_KINDS) {
  test(`page kind "${name}" opens, passes axe-core and is photographed`, async () => {
    const page = await newPage();
    try {
      await visit(page, typeof path === 'string' ? path : path(), name);
    } finally {
      await page.close();
    }
  });
}

test('a misspelt name finds its place from the search box in the header', async () => {
  const page = await newPage();
  await page.goto(h.url + '/');
  await page.fill('#site-search', 'Volgagrad');
  await Promise.all([page.waitForURL(/\/search\?q=Volgagrad/), page.press('#site-search', 'Enter')]);
  const link = page.locator('main a[href="/places/stalingrad"]').first();
  await Promise.all([page.waitForURL(/\/places\/stalingrad$/), link.click()]);
  assert.match(await page.locator('h1').innerText(), /Stalingrad|Volgograd/);
  await page.close();
});

test('a key figure on a place page links to its source', async () => {
  const page = await newPage();
  await page.goto(h.url + '/places/stalingrad');
  const cite = page.locator('table.figures a[href^="/sources/"]').first();
  assert.ok((await cite.count()) > 0, 'the figures table cites sources');
  const href = (await cite.getAttribute('href')) as string;
  await Promise.all([page.waitForURL((u) => u.pathname === href), cite.click()]);
  assert.ok((await page.locator('h1').innerText()).trim().length > 0);
  assert.equal(await page.locator('main').count(), 1);
  await page.close();
});

test('a document with <script> and onerror= payloads shows them as text and runs nothing', async () => {
  const page = await newPage();
  await page.goto(`${h.url}/documents/${h.documentId}`);
  const text = await page.locator('main').innerText();
  assert.ok(text.includes(PAYLOAD_SCRIPT), 'the <script> payload is visible as text');
  assert.ok(text.includes(PAYLOAD_IMG), 'the <img onerror> payload is visible as text');
  assert.equal(await page.locator('img[src="x"]').count(), 0, 'no <img> element was made from the text');
  assert.equal(await page.locator('main script').count(), 0, 'no <script> element was made from the text');
  await page.waitForTimeout(200);
  assert.deepEqual(dialogs, []);
  await page.close();
});

test('a curator signs in, sees the payloads as text in the workbench, and accepts a claim', async () => {
  const page = await newPage();
  await page.goto(h.url + '/review');
  assert.match(new URL(page.url()).pathname, /^\/login$/, 'signed out, /review leads to the sign-in page');
  await page.fill('#login-username', CURATOR.username);
  await page.fill('#login-password', 'not the password');
  await Promise.all([page.waitForLoadState('load'), page.click('form.login-form button[type="submit"]')]);
  assert.match(await page.locator('[role="alert"]').innerText(), /wrong/);
  await page.fill('#login-password', CURATOR.password);
  await Promise.all([
    page.waitForURL((u) => u.pathname === '/review'),
    page.click('form.login-form button[type="submit"]'),
  ]);

  const main = await page.locator('main').innerText();
  assert.ok(
    main.includes(PAYLOAD_SCRIPT) && main.includes(PAYLOAD_IMG),
    'the quote context shows the payloads as text',
  );
  assert.equal(await page.locator('img[src="x"]').count(), 0);
  await page.screenshot({ path: join(SHOTS, 'review.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(SHOTS, 'review-mobile.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `axe-core on /review:\n  ${violations.join('\n  ')}`);

  const accept = page.locator(`button[name="single"][value="accept:${h.pendingIds.fresh}"]`);
  await Promise.all([page.waitForURL(/done=accept/), accept.click()]);
  assert.match(await page.locator('[role="status"]').innerText(), /Accepted: 1/);
  assert.equal(
    await page.locator(`input[name="ids"][value="${h.pendingIds.fresh}"]`).count(),
    0,
    'the claim left the queue',
  );
  const { rows } = await h.ctx.db.query<{ status: string }>('SELECT status FROM claim WHERE id = $1', [
    h.pendingIds.fresh,
  ]);
  assert.equal(rows[0]?.status, 'accepted');
  const review = await h.ctx.db.query<{ reviewer: string; decision: string }>(
    'SELECT reviewer, decision FROM review WHERE claim_id = $1',
    [h.pendingIds.fresh],
  );
  assert.deepEqual(review.rows, [{ reviewer: CURATOR.username, decision: 'accept' }]);

  // The document that went through the real pipeline has its claims waiting too.
  if (h.ingestedId) {
    await page.goto(`${h.url}/review?document=${h.ingestedId}`);
    assert.ok((await page.locator('li.review-claim').count()) > 0, 'the ingested document has pending claims');
    assert.ok((await page.locator('li.review-claim mark').count()) > 0, 'each shows its quote marked in its sentence');
    await page.screenshot({ path: join(SHOTS, 'review-ingested.png'), fullPage: true });
    const v = await axeViolations(page);
    assert.deepEqual(v, [], `axe-core on the ingested document's review:\n  ${v.join('\n  ')}`);
    await page.goto(h.url + '/review');
  }

  // Bulk: tick one claim, reject the selection.
  await page.check(`input[name="ids"][value="${h.pendingIds.payload}"]`);
  await Promise.all([page.waitForURL(/done=reject/), page.click('button[name="action"][value="reject"]')]);
  const r2 = await h.ctx.db.query<{ status: string }>('SELECT status FROM claim WHERE id = $1', [h.pendingIds.payload]);
  assert.equal(r2.rows[0]?.status, 'rejected');

  // The Russian workbench, then sign out.
  await page.goto(h.url + '/ru/review');
  await page.screenshot({ path: join(SHOTS, 'ru-review.png'), fullPage: true });
  await Promise.all([
    page.waitForURL((u) => u.pathname === '/ru'),
    page.click('form.signout-form button[type="submit"]'),
  ]);
  await page.goto(h.url + '/review');
  assert.match(new URL(page.url()).pathname, /^\/login$/);
  assert.deepEqual(dialogs, []);
  await page.close();
});

test('under the real Content-Security-Policy, no page logs a violation or a script error', async () => {
  const strict = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  try {
    const page = await strict.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
    page.on('dialog', (d) => {
      dialogs.push(`${page.url()}: ${d.message()}`);
      void d.dismiss();
    });
    for (const [, path] of PAGE_KINDS) {
      await page.goto(h.url + (typeof path === 'string' ? path : path()), { waitUntil: 'load' });
    }
  } finally {
    await strict.close();
  }
  assert.deepEqual(problems, []);
});

test('without JavaScript, a curator signs in, corrects a claim and accepts it', async () => {
  const nojs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  try {
    const page = await nojs.newPage();
    await page.goto(h.url + '/ru/review');
    assert.equal(new URL(page.url()).pathname, '/ru/login');
    await page.fill('#login-username', CURATOR.username);
    await page.fill('#login-password', CURATOR.password);
    await Promise.all([
      page.waitForURL((u) => u.pathname === '/ru/review'),
      page.click('form.login-form button[type="submit"]'),
    ]);
    const id = h.pendingIds.conflict;
    await page.click(`li:has(#sel-${id}) summary`);
    await page.fill(`#value-${id}`, '1942-07-17');
    await Promise.all([
      page.waitForURL(/done=editaccept/),
      page.click(`button[name="single"][value="editaccept:${id}"]`),
    ]);
    const { rows } = await h.ctx.db.query<{ status: string; value: unknown }>(
      'SELECT status, value FROM claim WHERE id = $1',
      [id],
    );
    assert.deepEqual(rows[0], { status: 'accepted', value: '1942-07-17' });
  } finally {
    await nojs.close();
  }
});

test('page weights (gzip) and server times over the real server, written to test-output/page-weights.json', async (t) => {
  const rows: { page: string; path: string; status: number; gzipBytes: number; ms: number }[] = [];
  for (const [name, path] of PAGE_KINDS) {
    const given = typeof path === 'string' ? path : path();
    const p = given === '/ru/' ? '/ru' : given; // measure the page, not its redirect
    // The median of three requests, so one slow first render does not stand for the page.
    const times: number[] = [];
    let bytes = 0;
    let status = 0;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const res = await fetchRaw(h.url + p);
      times.push(performance.now() - started);
      bytes = res.bytes;
      status = res.status;
    }
    times.sort((a, b) => a - b);
    rows.push({ page: name, path: p, status, gzipBytes: bytes, ms: Math.round((times[1] as number) * 10) / 10 });
  }
  writeFileSync(join(SHOTS, '..', 'page-weights.json'), JSON.stringify(rows, null, 2) + '\n');
  for (const r of rows)
    t.diagnostic(
      `${r.page.padEnd(12)} ${String(r.gzipBytes).padStart(7)} B gzip  ${String(r.ms).padStart(6)} ms  ${r.path}`,
    );
  for (const r of rows) assert.equal(r.status, 200, `${r.path} answered ${r.status}`);
});

/** One GET asking for gzip, counting the bytes as they travel (fetch would decompress them). */
function fetchRaw(url: string): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = httpGet(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

test('no page opened a dialog', () => {
  assert.deepEqual(dialogs, []);
});
