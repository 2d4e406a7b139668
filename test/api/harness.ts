/**
 * The API under test: a seeded in-memory store (the fixture dataset), the API
 * app mounted at /api as the server mounts it, a stand-in pipeline, and a
 * write token.
 */
import { join } from 'node:path';
import { Hono } from 'hono';
import { loadDataset } from '../../src/dataset/load-dataset.js';
import { createApiApp, type ApiTestOptions } from '../../src/api/index.js';
import type { PipelineModule } from '../../src/cli/commands/ingest.js';
import { PipelineError } from '../../src/pipeline/types.js';
import type { Db } from '../../src/store/db.js';
import { openDb } from '../../src/store/open-db.js';
import { createToken } from '../../src/store/queries/tokens.js';
import { seed } from '../../src/store/seed.js';
import { PROBLEM_MEDIA_TYPE, ProblemSchema } from '../../src/api/problem.js';
import assert from 'node:assert/strict';

export const FIXTURE_DATASET = join(import.meta.dirname, '..', 'fixtures', 'dataset-bad', 'valid');

export async function seededStore(): Promise<Db> {
  const db = await openDb({ dataDir: 'memory://', databaseUrl: '' });
  await seed(db, loadDataset(FIXTURE_DATASET));
  return db;
}

/** Finds "2 February 1943" in the text and claims the battle ended then; empty text is refused like the real pipeline. */
export const fakePipeline: PipelineModule = {
  buildGazetteer: (places) => places,
  runPipeline: (bytes) => {
    const text = new TextDecoder().decode(bytes);
    if (text.trim() === '') throw new PipelineError('empty', 'the document has no text');
    const quote = '2 February 1943';
    const at = text.indexOf(quote);
    return {
      decoded: { text, charset: 'utf-8', mediaType: 'text/plain' },
      main: { text, title: null, meta: {}, dropped: 0 },
      claims:
        at < 0
          ? []
          : [
              {
                subject: 'stalingrad',
                property: 'battle_end',
                value: '1943-02-02',
                quote,
                span: [at, at + quote.length],
                qualifiers: { event: 'battle-of-stalingrad' },
                recogniser: 'fake',
                verdict: 'agrees',
                with: [],
              },
            ],
    };
  },
};

export interface TestApi {
  db: Db;
  app: Hono;
  token: string;
  tokenId: string;
  request(path: string, init?: RequestInit & { auth?: string | false; json?: unknown }): Promise<Response>;
}

export async function testApi(db: Db, options: ApiTestOptions = {}): Promise<TestApi> {
  const app = new Hono();
  app.route(
    '/api',
    createApiApp(
      { db, secret: 'test-secret', secureCookies: false },
      { loadPipeline: async () => fakePipeline, ...options },
    ),
  );
  const { token, secret } = await createToken(db, 'api tests');
  const api: TestApi = {
    db,
    app,
    token: secret,
    tokenId: token.id,
    request(path, init = {}) {
      const { auth, json, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (auth !== false && auth !== undefined) headers.set('authorization', `Bearer ${auth}`);
      if (json !== undefined) headers.set('content-type', 'application/json');
      return Promise.resolve(
        app.request(path, { ...rest, headers, ...(json !== undefined && { body: JSON.stringify(json) }) }),
      );
    },
  };
  return api;
}

/** Asserts an RFC 9457 problem with the status, and returns it. */
export async function assertProblem(res: Response, status: number) {
  assert.equal(res.status, status, `expected ${status}, got ${res.status}: ${await res.clone().text()}`);
  assert.equal(res.headers.get('content-type'), PROBLEM_MEDIA_TYPE);
  const body = ProblemSchema.parse(await res.json());
  assert.equal(body.status, status);
  assert.ok(body.detail.length > 10, 'the detail says what went wrong');
  assert.ok(body.instance.startsWith('/api/'), 'instance is the request path');
  return body;
}
