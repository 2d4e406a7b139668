import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Jar, addUser, csrfFrom, get, makeContext, post, reviewApp, signIn, PASSWORD } from './helpers.js';
import { LOGIN_LIMIT } from '../../src/web/auth/index.js';
import { hashPassword, verifyPassword } from '../../src/web/auth/password.js';
import { upsertUser } from '../../src/store/queries/users.js';
import { deleteUserSessions } from '../../src/store/queries/sessions.js';
import { FAST } from './helpers.js';

test('passwords: scrypt hash with its parameters; right password verifies, wrong and malformed do not', async () => {
  const h = await hashPassword('a long password', FAST);
  assert.match(h, /^scrypt\$4096\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
  assert.notEqual(h, await hashPassword('a long password', FAST), 'salted: two hashes differ');
  assert.equal(await verifyPassword('a long password', h), true);
  assert.equal(await verifyPassword('a long passwore', h), false);
  assert.equal(await verifyPassword('a long password', 'plain-text'), false);
  assert.equal(await verifyPassword('a long password', h.replace('$4096$', '$99999999$')), false);
});

test('unauthenticated /review and /ru/review redirect to the sign-in page', async () => {
  const ctx = await makeContext();
  const app = reviewApp(ctx);
  for (const [path, login] of [
    ['/review', '/login?next=%2Freview'],
    ['/ru/review?property=battle_start', '/ru/login?next=%2Fru%2Freview%3Fproperty%3Dbattle_start'],
  ] as const) {
    const res = await get(app, path);
    assert.equal(res.status, 303, path);
    assert.equal(res.headers.get('location'), login);
  }
  await ctx.db.close();
});

test('sign-in works with the right password, sets a safe cookie, and fails with a wrong one', async () => {
  const ctx = await makeContext();
  const app = reviewApp(ctx);
  await addUser(ctx.db, 'anna');

  const bad = new Jar();
  const r1 = await signIn(app, bad, 'anna', 'wrong password!');
  assert.equal(r1.status, 401);
  assert.match(await r1.text(), /username or the password is wrong/);
  assert.equal((await get(app, '/review', bad)).status, 303, 'still signed out');
  const unknown = await signIn(app, new Jar(), 'nobody', PASSWORD);
  assert.equal(unknown.status, 401);

  const jar = new Jar();
  const r2 = await signIn(app, jar, 'anna');
  assert.equal(r2.status, 303);
  assert.equal(r2.headers.get('location'), '/review');
  const cookie = r2.headers.getSetCookie().find((c) => c.startsWith('hc_session='));
  assert.ok(cookie, 'a session cookie is set');
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Lax/);
  assert.match(cookie, /Max-Age=28800/);
  assert.doesNotMatch(cookie, /Secure/, 'plain HTTP in tests');
  const page = await get(app, '/review', jar);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /Signed in as <strong>anna<\/strong>/);

  const { rows } = await ctx.db.query<{ action: string }>(`SELECT action FROM audit_log ORDER BY id`);
  assert.deepEqual(
    rows.map((r) => r.action),
    ['login.failed', 'login.failed', 'login'],
  );
  await ctx.db.close();
});

test('a session cookie is Secure behind TLS, and a forged or tampered cookie is refused', async () => {
  const ctx = { ...(await makeContext()), secureCookies: true };
  const app = reviewApp(ctx);
  await addUser(ctx.db, 'anna');
  const jar = new Jar();
  const r = await signIn(app, jar, 'anna');
  const cookie = r.headers.getSetCookie().find((c) => c.includes('hc_session='));
  assert.ok(cookie?.startsWith('__Host-hc_session='));
  assert.match(cookie ?? '', /Secure/);
  assert.equal((await get(app, '/review', jar)).status, 200);
  const forged = new Jar();
  const value = jar.cookies.get('__Host-hc_session') ?? '';
  forged.cookies.set('__Host-hc_session', value.replace(/^anna/, 'boris'));
  assert.equal((await get(app, '/review', forged)).status, 303);
  await ctx.db.close();
});

test('setting a new password ends existing sessions', async () => {
  const ctx = await makeContext();
  const app = reviewApp(ctx);
  await addUser(ctx.db, 'anna');
  const jar = new Jar();
  await signIn(app, jar, 'anna');
  assert.equal((await get(app, '/review', jar)).status, 200);
  await upsertUser(ctx.db, 'anna', await hashPassword('another password', FAST));
  assert.equal((await get(app, '/review', jar)).status, 303);
  await ctx.db.close();
});

test('sign-in without the form token, or from another origin, is refused', async () => {
  const ctx = await makeContext();
  const app = reviewApp(ctx);
  await addUser(ctx.db, 'anna');
  const jar = new Jar();
  const token = csrfFrom(await (await get(app, '/login', jar)).text());
  const noToken = await post(app, '/login', { username: 'anna', password: PASSWORD }, jar);
  assert.equal(noToken.status, 403);
  const otherOrigin = await post(app, '/login', { csrf: token, username: 'anna', password: PASSWORD }, jar, {
    origin: 'https://evil.example',
  });
  assert.equal(otherOrigin.status, 403);
  const noCookie = await post(app, '/login', { csrf: token, username: 'anna', password: PASSWORD });
  assert.equal(noCookie.status, 403, 'the token is bound to the sign-in cookie');
  await ctx.db.close();
});

test('failed sign-ins are rate-limited per username', async () => {
  const ctx = await makeContext();
  const app = reviewApp(ctx);
  await addUser(ctx.db, 'anna');
  const jar = new Jar();
  for (let i = 0; i < LOGIN_LIMIT.perUser; i++)
    assert.equal((await signIn(app, jar, 'anna', 'wrong password ' + i)).status, 401);
  const limited = await signIn(app, jar, 'anna');
  assert.equal(limited.status, 429, 'even the right password waits');
  assert.ok(limited.headers.get('retry-after'));
  await ctx.db.close();
});

test('sign-out is a POST with the token; the session is gone afterwards', async () => {
  const ctx = await makeContext();
  const app = reviewApp(ctx);
  await addUser(ctx.db, 'anna');
  const jar = new Jar();
  await signIn(app, jar, 'anna');
  const token = csrfFrom(await (await get(app, '/review', jar)).text());
  assert.equal((await post(app, '/logout', {}, jar)).status, 403, 'no token');
  assert.equal((await get(app, '/review', jar)).status, 200, 'still signed in');
  const copy = new Jar();
  copy.cookies = new Map(jar.cookies);
  const out = await post(app, '/logout', { csrf: token }, jar);
  assert.equal(out.status, 303);
  assert.equal((await get(app, '/review', jar)).status, 303);
  assert.equal((await get(app, '/review', copy)).status, 303, 'a copy of the cookie is signed out too');
  await ctx.db.close();
});

test("signing out one browser leaves the other sessions; ending a user's sessions ends them all", async () => {
  const ctx = await makeContext();
  const app = reviewApp(ctx);
  await addUser(ctx.db, 'anna');
  const [laptop, phone] = [new Jar(), new Jar()];
  await signIn(app, laptop, 'anna');
  await signIn(app, phone, 'anna');
  const token = csrfFrom(await (await get(app, '/review', laptop)).text());
  await post(app, '/logout', { csrf: token }, laptop);
  assert.equal((await get(app, '/review', phone)).status, 200, 'the other browser stays signed in');
  assert.equal(await deleteUserSessions(ctx.db, 'anna'), 1);
  assert.equal((await get(app, '/review', phone)).status, 303, 'ended from the command line');
  await ctx.db.close();
});

test('"next" after sign-in stays on the workbench: other hosts are ignored', async () => {
  const ctx = await makeContext();
  const app = reviewApp(ctx);
  await addUser(ctx.db, 'anna');
  for (const next of ['https://evil.example/', '//evil.example/review', '/places/kyiv', '/review?verdict=new']) {
    const jar = new Jar();
    const token = csrfFrom(await (await get(app, '/login', jar)).text());
    const r = await post(app, '/login', { csrf: token, username: 'anna', password: PASSWORD, next }, jar);
    assert.equal(r.status, 303);
    assert.equal(r.headers.get('location'), next === '/review?verdict=new' ? next : '/review', next);
  }
  await ctx.db.close();
});
