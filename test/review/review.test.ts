import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Jar,
  addUser,
  claimRow,
  csrfFrom,
  get,
  insertFixture,
  makeContext,
  post,
  reviewApp,
  reviewRows,
  signIn,
} from './helpers.js';

async function setup() {
  const ctx = await makeContext();
  const app = reviewApp(ctx);
  const f = await insertFixture(ctx.db);
  await addUser(ctx.db, 'anna');
  const jar = new Jar();
  await signIn(app, jar, 'anna');
  const page = await get(app, '/review', jar);
  const html = await page.text();
  return { ctx, app, f, jar, html, token: csrfFrom(html) };
}

test('the workbench lists pending extracted claims with the quote in its sentence, escaped, and the conflicting base claim', async () => {
  const { ctx, f, html } = await setup();
  assert.match(html, /<strong>3<\/strong> pending claims/);
  // The quote is marked inside its sentence.
  assert.match(html, /The defence of the city <mark>began on 23 August 1942<\/mark> after heavy raids\./);
  // The conflicting accepted claim's value and its source are shown.
  assert.match(html, /The base says/);
  assert.match(html, /<strong>17 July 1942<\/strong>/);
  assert.match(html, /href="\/sources\/test-book">A curated book<\/a>/);
  // Verdicts.
  assert.match(html, /conflicts with the base/);
  assert.match(html, /new to the base/);
  // The document title is escaped.
  assert.ok(html.includes('Report &lt;b&gt;on&lt;/b&gt; the city'));
  assert.ok(!html.includes('<b>on</b>'));
  assert.ok(html.includes(`href="/documents/${f.documentId}"`));
  // Accepted curated claims are not in the queue.
  assert.ok(!html.includes(`value="${f.curatedId}"`));
  await ctx.db.close();
});

test('markup in a quote is shown as text, never as HTML', async () => {
  const ctx = await makeContext();
  const app = reviewApp(ctx);
  const f = await insertFixture(ctx.db);
  const { insertClaim } = await import('./helpers.js');
  await insertClaim(ctx.db, {
    id: 'ext-xss',
    subject: 'stalingrad',
    property: 'quantity',
    value: { what: 'guests', min: 1, max: 1 },
    documentId: f.documentId,
    sourceId: f.sourceId,
    text: f.text,
    quote: '<img src=x onerror=alert(1)>',
  });
  await addUser(ctx.db, 'anna');
  const jar = new Jar();
  await signIn(app, jar, 'anna');
  const html = await (await get(app, '/review', jar)).text();
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(!/<img src=x/i.test(html));
  assert.ok(!html.includes('<script>alert'));
  await ctx.db.close();
});

test('a decision without the CSRF token, with a wrong one, or from another origin is refused with 403', async () => {
  const { ctx, app, f, jar, token } = await setup();
  assert.equal((await post(app, '/review', { single: `accept:${f.newId}` }, jar)).status, 403);
  assert.equal(
    (await post(app, '/review', { single: `accept:${f.newId}`, csrf: 'x' + token.slice(1) }, jar)).status,
    403,
  );
  assert.equal(
    (await post(app, '/review', { single: `accept:${f.newId}`, csrf: token }, jar, { origin: 'https://evil.example' }))
      .status,
    403,
  );
  // Another session's token does not work either.
  await addUser(ctx.db, 'boris');
  const other = new Jar();
  await signIn(app, other, 'boris');
  assert.equal((await post(app, '/review', { single: `accept:${f.newId}`, csrf: token }, other)).status, 403);
  assert.equal((await claimRow(ctx.db, f.newId))?.status, 'pending');
  assert.equal((await reviewRows(ctx.db, f.newId)).length, 0);
  // Without a session, a POST goes to the sign-in page and changes nothing.
  assert.equal((await post(app, '/review', { single: `accept:${f.newId}`, csrf: token })).status, 303);
  assert.equal((await claimRow(ctx.db, f.newId))?.status, 'pending');
  await ctx.db.close();
});

test('accept one claim: status accepted, a review row with who/before/after, an audit entry', async () => {
  const { ctx, app, f, jar, token } = await setup();
  const res = await post(
    app,
    '/review',
    { csrf: token, single: `accept:${f.conflictId}`, return: '/review?verdict=conflicts' },
    jar,
  );
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), '/review?verdict=conflicts&done=accept&n=1&skipped=0');
  assert.equal((await claimRow(ctx.db, f.conflictId))?.status, 'accepted');
  const rows = await reviewRows(ctx.db, f.conflictId);
  assert.equal(rows.length, 1);
  assert.equal(rows[0]?.decision, 'accept');
  assert.equal(rows[0]?.reviewer, 'anna');
  assert.equal(rows[0]?.before.status, 'pending');
  assert.equal(rows[0]?.after.status, 'accepted');
  const audit = await ctx.db.query<{ actor: string; target: string }>(
    `SELECT actor, target FROM audit_log WHERE action = 'review.accept'`,
  );
  assert.deepEqual(audit.rows, [{ actor: 'user:anna', target: f.conflictId }]);
  // The flash message, and the claim is gone from the queue.
  const html = await (await get(app, res.headers.get('location') as string, jar)).text();
  assert.match(html, /Accepted: 1 claim/);
  assert.ok(!html.includes(`value="${f.conflictId}"`));
  // Deciding it again is skipped, not overturned.
  const again = await post(app, '/review', { csrf: token, single: `reject:${f.conflictId}` }, jar);
  assert.match(again.headers.get('location') ?? '', /n=0&skipped=1/);
  assert.equal((await claimRow(ctx.db, f.conflictId))?.status, 'accepted');
  await ctx.db.close();
});

test('reject one claim', async () => {
  const { ctx, app, f, jar, token } = await setup();
  await post(app, '/review', { csrf: token, single: `reject:${f.newId}` }, jar);
  assert.equal((await claimRow(ctx.db, f.newId))?.status, 'rejected');
  const rows = await reviewRows(ctx.db, f.newId);
  assert.deepEqual(
    rows.map((r) => [r.decision, r.after.status]),
    [['reject', 'rejected']],
  );
  await ctx.db.close();
});

test('edit a claim: subject and value change, reconciliation is recomputed, the edit is recorded; "save and accept" accepts', async () => {
  const { ctx, app, f, jar, token } = await setup();
  // The conflicting date corrected to the base's date: now it agrees.
  const r1 = await post(
    app,
    '/review',
    {
      csrf: token,
      single: `edit:${f.conflictId}`,
      [`subject:${f.conflictId}`]: 'stalingrad',
      [`value:${f.conflictId}`]: '1942-07-17',
    },
    jar,
  );
  assert.equal(r1.status, 303);
  const c1 = await claimRow(ctx.db, f.conflictId);
  assert.equal(c1?.status, 'pending');
  assert.equal(c1?.value, '1942-07-17');
  assert.deepEqual(c1?.reconciliation, { verdict: 'agrees', with: [f.curatedId] });
  const e = await reviewRows(ctx.db, f.conflictId);
  assert.equal(e[0]?.decision, 'edit');
  assert.equal(e[0]?.before.value, '1942-08-23');
  assert.equal(e[0]?.after.value, '1942-07-17');

  // A figure as a range, with a new subject, saved and accepted.
  await post(
    app,
    '/review',
    {
      csrf: token,
      single: `editaccept:${f.plainId}`,
      [`subject:${f.plainId}`]: 'odesa',
      [`value:${f.plainId}`]: '120-130',
    },
    jar,
  );
  const c2 = await claimRow(ctx.db, f.plainId);
  assert.equal(c2?.status, 'accepted');
  assert.equal(c2?.subject, 'odesa');
  assert.deepEqual(c2?.value, { min: 120, max: 130 });
  assert.deepEqual(
    (await reviewRows(ctx.db, f.plainId)).map((r) => r.decision),
    ['edit', 'accept'],
  );
  await ctx.db.close();
});

test('an invalid edit is refused with the reason and changes nothing', async () => {
  const { ctx, app, f, jar, token } = await setup();
  for (const [subject, value] of [
    ['stalingrad', '1942-02-30'],
    ['Not An Id', '1942-08-23'],
    ['stalingard', '1942-08-23'],
  ] as const) {
    const res = await post(
      app,
      '/review',
      {
        csrf: token,
        single: `edit:${f.conflictId}`,
        [`subject:${f.conflictId}`]: subject,
        [`value:${f.conflictId}`]: value,
      },
      jar,
    );
    assert.equal(res.status, 422);
    assert.match(await res.text(), /The correction was not saved/);
  }
  assert.equal((await claimRow(ctx.db, f.conflictId))?.value, '1942-08-23');
  assert.equal((await reviewRows(ctx.db, f.conflictId)).length, 0);
  await ctx.db.close();
});

test('bulk accept and bulk reject act on the checked claims only', async () => {
  const { ctx, app, f, jar, token } = await setup();
  const r = await post(
    app,
    '/review',
    [
      ['csrf', token],
      ['action', 'accept'],
      ['ids', f.newId],
      ['ids', f.plainId],
    ],
    jar,
  );
  assert.match(r.headers.get('location') ?? '', /done=accept&n=2/);
  assert.equal((await claimRow(ctx.db, f.newId))?.status, 'accepted');
  assert.equal((await claimRow(ctx.db, f.plainId))?.status, 'accepted');
  assert.equal((await claimRow(ctx.db, f.conflictId))?.status, 'pending');
  await post(
    app,
    '/review',
    [
      ['csrf', token],
      ['action', 'reject'],
      ['ids', f.conflictId],
      ['ids', f.curatedId],
    ],
    jar,
  );
  assert.equal((await claimRow(ctx.db, f.conflictId))?.status, 'rejected');
  assert.equal((await claimRow(ctx.db, f.curatedId))?.status, 'accepted', 'a curated claim cannot be rejected here');
  const { rows } = await ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM review WHERE reviewer = 'anna'`);
  assert.equal(rows[0]?.n, 3);
  // Nothing checked: nothing happens, and the page says so.
  const none = await post(
    app,
    '/review',
    [
      ['csrf', token],
      ['action', 'accept'],
    ],
    jar,
  );
  assert.match(none.headers.get('location') ?? '', /done=none/);
  await ctx.db.close();
});

test('filters by document, property and verdict, and pagination', async () => {
  const { ctx, app, f, jar } = await setup();
  const ids = async (q: string) =>
    [...(await (await get(app, '/review' + q, jar)).text()).matchAll(/name="ids" value="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual((await ids('?verdict=conflicts')).sort(), [f.conflictId]);
  assert.deepEqual((await ids('?verdict=none')).sort(), [f.plainId]);
  assert.deepEqual((await ids('?property=hero_city_title')).sort(), [f.newId]);
  assert.deepEqual((await ids(`?document=${f.documentId}`)).sort(), [f.conflictId, f.newId, f.plainId].sort());
  assert.deepEqual(await ids(`?document=${'0'.repeat(64)}`), []);
  // Unknown filter values are ignored rather than trusted.
  assert.equal((await ids('?property=drop%20table')).length, 3);

  const { insertClaim } = await import('./helpers.js');
  for (let i = 0; i < 25; i++) {
    await insertClaim(ctx.db, {
      id: `ext-bulk-${String(i).padStart(2, '0')}`,
      subject: 'kyiv',
      property: 'liberated',
      value: '1943-11-06',
      documentId: f.documentId,
      sourceId: f.sourceId,
    });
  }
  const p1 = await ids('?property=liberated');
  const p2 = await ids('?property=liberated&page=2');
  assert.equal(p1.length, 20);
  assert.equal(p2.length, 5);
  assert.equal(new Set([...p1, ...p2]).size, 25);
  const html = await (await get(app, '/review?property=liberated', jar)).text();
  assert.match(html, /Page 1 of 2/);
  assert.ok(html.includes('href="/review?property=liberated&amp;page=2"'));
  await ctx.db.close();
});

test('the Russian workbench', async () => {
  const { ctx, app, jar } = await setup();
  const res = await get(app, '/ru/review', jar);
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.match(html, /<html lang="ru"/);
  assert.match(html, /Проверка извлечённых утверждений/);
  assert.match(html, /action="\/ru\/review"/);
  assert.equal(res.headers.get('cache-control'), 'no-store');
  await ctx.db.close();
});

test('a note is recorded with the decision, and recent decisions are listed with who and what', async () => {
  const { ctx, app, f, jar, token } = await setup();
  await post(app, '/review', { csrf: token, single: `reject:${f.newId}`, note: 'the decree, not the order' }, jar);
  const rows = await ctx.db.query<{ note: string }>('SELECT note FROM review WHERE claim_id = $1', [f.newId]);
  assert.deepEqual(rows.rows, [{ note: 'the decree, not the order' }]);
  await post(
    app,
    '/review',
    {
      csrf: token,
      single: `edit:${f.plainId}`,
      [`subject:${f.plainId}`]: 'stalingrad',
      [`value:${f.plainId}`]: '>120',
    },
    jar,
  );
  const html = await (await get(app, '/review', jar)).text();
  assert.match(html, /Recent decisions/);
  assert.match(html, /<td>anna<\/td><td>rejected<\/td>/);
  assert.match(html, /127 → &gt; 120/);
  assert.match(html, /the decree, not the order/);
  await ctx.db.close();
});

test('a correction updates the claim’s search vector', async () => {
  const { ctx, app, f, jar, token } = await setup();
  await ctx.db.query(
    `UPDATE claim SET value = '{"what": "guests", "min": 1, "max": 1}'::jsonb, property = 'quantity' WHERE id = $1`,
    [f.plainId],
  );
  await post(
    app,
    '/review',
    {
      csrf: token,
      single: `edit:${f.plainId}`,
      [`subject:${f.plainId}`]: 'stalingrad',
      [`value:${f.plainId}`]: '{"what":"sailors","min":3,"max":3}',
    },
    jar,
  );
  const { rows } = await ctx.db.query<{ hit: boolean }>(
    `SELECT tsv @@ to_tsquery('simple', 'sailors') AS hit FROM claim WHERE id = $1`,
    [f.plainId],
  );
  assert.equal(rows[0]?.hit, true);
  await ctx.db.close();
});
