/**
 * Writes are guarded: a bearer token (401 without one, with a wrong or revoked
 * one), a body size limit (413), rate limits on writes and search (429 with
 * Retry-After), each as problem+json; every write lands in the audit log.
 * Reads carry CORS, ETag and Cache-Control; writes carry no CORS.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Db } from '../../src/store/db.js';
import { createToken, listTokens, revokeToken, verifyToken } from '../../src/store/queries/tokens.js';
import { TokenBuckets } from '../../src/api/middleware/rate-limit.js';
import { assertProblem, seededStore, testApi, type TestApi } from './harness.js';

let db: Db;
let api: TestApi;
const doc = (text: string) => ({ fileName: 'w.txt', text });

before(async () => {
  db = await seededStore();
  api = await testApi(db, { maxBodyBytes: 2_000, writeLimit: { burst: 100, perMinute: 100 } });
});
after(() => db.close());

const writes = () => [
  { path: '/api/v1/documents', json: doc('A short note about 2 February 1943.') },
  { path: '/api/v1/claims/cur-x/review', json: { decision: 'accept' } },
];

test('writes without a token are 401 problems with a Bearer challenge', async () => {
  for (const w of writes()) {
    const res = await api.request(w.path, { method: 'POST', json: w.json });
    const p = await assertProblem(res, 401);
    assert.match(p.detail, /token create/);
    assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer/);
  }
});

test('writes with a wrong, malformed or revoked token are 401 problems', async () => {
  const { token, secret } = await createToken(db, 'to revoke');
  assert.equal(await revokeToken(db, token.id), true);
  for (const w of writes()) {
    await assertProblem(await api.request(w.path, { method: 'POST', json: w.json, auth: 'hc_wrong' }), 401);
    await assertProblem(await api.request(w.path, { method: 'POST', json: w.json, auth: secret }), 401);
    const basic = await api.request(w.path, {
      method: 'POST',
      json: w.json,
      headers: { authorization: 'Basic Zm9vOmJhcg==' },
    });
    await assertProblem(basic, 401);
  }
  const { rows } = await db.query('SELECT 1 FROM document');
  assert.equal(rows.length, 0, 'nothing was written');
});

test('a body over the size limit is a 413 problem', async () => {
  const res = await api.request('/api/v1/documents', { method: 'POST', auth: api.token, json: doc('x'.repeat(5_000)) });
  const p = await assertProblem(res, 413);
  assert.match(p.detail, /2000 bytes/);
});

test('an invalid body is a 400 problem naming each issue', async () => {
  const res = await api.request('/api/v1/documents', { method: 'POST', auth: api.token, json: { fileName: 'a.txt' } });
  const p = await assertProblem(res, 400);
  assert.match(p.detail, /exactly one of "text" or "base64"/);
  const bad = await api.request('/api/v1/documents', {
    method: 'POST',
    auth: api.token,
    headers: { 'content-type': 'application/json' },
    body: '{not json',
  });
  assert.match((await assertProblem(bad, 400)).detail, /not valid JSON/);
  const plain = await api.request('/api/v1/documents', {
    method: 'POST',
    auth: api.token,
    headers: { 'content-type': 'text/plain' },
    body: 'hello',
  });
  assert.match((await assertProblem(plain, 415)).detail, /Content-Type: application\/json/);
});

test('a document the pipeline refuses is a 422 problem', async () => {
  await assertProblem(
    await api.request('/api/v1/documents', { method: 'POST', auth: api.token, json: doc('   ') }),
    422,
  );
});

test('writes over the rate are 429 problems with Retry-After', async () => {
  const limited = await testApi(db, { writeLimit: { burst: 2, perMinute: 1 } });
  const send = () =>
    limited.request('/api/v1/claims/no-such-claim/review', {
      method: 'POST',
      auth: limited.token,
      json: { decision: 'reject' },
    });
  assert.equal((await send()).status, 404);
  assert.equal((await send()).status, 404);
  const res = await send();
  const p = await assertProblem(res, 429);
  assert.match(p.detail, /1 a minute/);
  assert.ok(Number(res.headers.get('retry-after')) >= 1);
  // Buckets are per token: another token still gets through.
  const other = await createToken(db, 'other');
  const res2 = await limited.request('/api/v1/claims/no-such-claim/review', {
    method: 'POST',
    auth: other.secret,
    json: { decision: 'reject' },
  });
  assert.equal(res2.status, 404);
});

test('search over the rate is a 429 problem', async () => {
  const limited = await testApi(db, { searchLimit: { burst: 2, perMinute: 1 } });
  assert.equal((await limited.request('/api/v1/search?q=Volgograd')).status, 200);
  assert.equal((await limited.request('/api/v1/search?q=Volgograd')).status, 200);
  const res = await limited.request('/api/v1/search?q=Volgograd');
  await assertProblem(res, 429);
  assert.ok(res.headers.get('retry-after'));
});

test('behind a trusted proxy, search is limited per forwarded address', async () => {
  const prev = process.env.HERO_CITIES_TRUST_PROXY;
  process.env.HERO_CITIES_TRUST_PROXY = '1';
  try {
    const limited = await testApi(db, { searchLimit: { burst: 1, perMinute: 1 } });
    const from = (ip: string) =>
      limited.request('/api/v1/search?q=Kiev', { headers: { 'x-forwarded-for': `203.0.113.9, ${ip}` } });
    assert.equal((await from('198.51.100.1')).status, 200);
    assert.equal((await from('198.51.100.1')).status, 429);
    assert.equal((await from('198.51.100.2')).status, 200, 'another client has its own bucket');
  } finally {
    if (prev === undefined) delete process.env.HERO_CITIES_TRUST_PROXY;
    else process.env.HERO_CITIES_TRUST_PROXY = prev;
  }
});

test('a token bucket refills with time', () => {
  let now = 0;
  const b = new TokenBuckets({ burst: 1, perMinute: 60 }, () => now);
  assert.equal(b.take('k'), 0);
  assert.equal(b.take('k'), 1);
  now += 1_000;
  assert.equal(b.take('k'), 0);
});

test('writes are recorded in the audit log under the token', async () => {
  const res = await api.request('/api/v1/documents', {
    method: 'POST',
    auth: api.token,
    json: doc('Ended 2 February 1943.'),
  });
  assert.equal(res.status, 201);
  const body = (await res.json()) as { data: { id: string }; claims: { id: string }[] };
  const claim = body.claims[0]!.id;
  const review = await api.request(`/api/v1/claims/${claim}/review`, {
    method: 'POST',
    auth: api.token,
    json: { decision: 'edit', value: '1943-02', accept: true, note: 'month only' },
  });
  assert.equal(review.status, 200, await review.clone().text());
  const { rows } = await db.query<{ actor: string; action: string; target: string }>(
    'SELECT actor, action, target FROM audit_log WHERE actor = $1 ORDER BY id',
    [`token:${api.tokenId}`],
  );
  assert.deepEqual(
    rows.map((r) => [r.action, r.target]),
    [
      ['api.document.ingest', body.data.id],
      ['review.edit', claim],
      ['review.accept', claim],
    ],
  );
  const bad = await api.request(`/api/v1/claims/${claim}/review`, {
    method: 'POST',
    auth: api.token,
    json: { decision: 'edit' },
  });
  await assertProblem(bad, 400);
  assert.equal(res.headers.get('cache-control'), 'no-store');
});

test('reads: CORS for any origin, ETag with 304, Cache-Control; writes: no CORS', async () => {
  const res = await api.request('/api/v1/places', { headers: { origin: 'https://example.org' } });
  assert.equal(res.headers.get('access-control-allow-origin'), '*');
  const etag = res.headers.get('etag');
  assert.ok(etag);
  assert.match(res.headers.get('cache-control') ?? '', /max-age/);
  const again = await api.request('/api/v1/places', { headers: { 'if-none-match': etag! } });
  assert.equal(again.status, 304);
  assert.equal(await again.text(), '');
  const head = await api.request('/api/v1/places', { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal(head.headers.get('etag'), etag);
  assert.equal(await head.text(), '');
  const preflight = await api.request('/api/v1/documents', {
    method: 'OPTIONS',
    headers: { origin: 'https://example.org', 'access-control-request-method': 'POST' },
  });
  assert.doesNotMatch(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);
  const write = await api.request('/api/v1/documents', {
    method: 'POST',
    json: doc('x'),
    headers: { origin: 'https://example.org' },
  });
  assert.equal(write.headers.get('access-control-allow-origin'), null);
});

test('tokens are stored hashed; list and revoke', async () => {
  const { token, secret } = await createToken(db, 'listing');
  const { rows } = await db.query<{ token_hash: string }>('SELECT token_hash FROM api_token WHERE id = $1', [token.id]);
  assert.notEqual(rows[0]!.token_hash, secret);
  assert.match(rows[0]!.token_hash, /^[0-9a-f]{64}$/);
  assert.ok((await listTokens(db)).some((t) => t.id === token.id && t.revokedAt === null));
  assert.equal((await verifyToken(db, secret))?.id, token.id);
  await revokeToken(db, token.id);
  assert.equal(await verifyToken(db, secret), null);
  assert.equal(await revokeToken(db, token.id), false, 'revoking twice says so');
  await assert.rejects(createToken(db, '  '), /needs a name/);
});
