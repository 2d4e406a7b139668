// The workbench as the real app mounts it (src/server/app.ts → src/web/index.tsx):
// the atlas's error handler and middleware must not change its answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/server/app.js';
import { Jar, addUser, claimRow, csrfFrom, get, insertFixture, makeContext, post, signIn } from './helpers.js';

test('in the full app: redirect when signed out, 403 for a foreign origin or a missing token, accept works', async () => {
  const ctx = await makeContext();
  const app = createApp(ctx);
  const f = await insertFixture(ctx.db);
  await addUser(ctx.db, 'anna');
  assert.equal((await get(app, '/review')).status, 303);
  const jar = new Jar();
  assert.equal((await signIn(app, jar, 'anna')).status, 303);
  const page = await get(app, '/review', jar);
  assert.equal(page.status, 200);
  assert.ok(page.headers.get('content-security-policy'), 'the atlas headers apply');
  const token = csrfFrom(await page.text());
  const foreign = await post(app, '/review', { csrf: token, single: `accept:${f.newId}` }, jar, {
    origin: 'https://evil.example',
  });
  assert.equal(foreign.status, 403);
  assert.equal((await post(app, '/review', { single: `accept:${f.newId}` }, jar)).status, 403);
  const ok = await post(app, '/review', { csrf: token, single: `accept:${f.newId}` }, jar);
  assert.equal(ok.status, 303);
  assert.equal((await claimRow(ctx.db, f.newId))?.status, 'accepted');
  await ctx.db.close();
});
