/**
 * Walks /api/openapi.json and calls every operation it lists; each JSON
 * response is validated against the schema the document names for that
 * status and media type (the zod schema behind the component).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { z } from 'zod';
import * as S from '../../src/api/schemas.js';
import { ProblemSchema } from '../../src/api/problem.js';
import type { Db } from '../../src/store/db.js';
import { loadDataset } from '../../src/dataset/load-dataset.js';
import { seed } from '../../src/store/seed.js';
import { adapters } from '../store/harness.js';
import { FIXTURE_DATASET, testApi, type TestApi } from './harness.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking an untyped JSON document
type Json = Record<string, any>;
const components: Record<string, z.ZodType> = { Problem: ProblemSchema };
for (const [name, v] of Object.entries(S))
  if (v && typeof v === 'object' && 'safeParse' in v) components[name] = v as z.ZodType;

// The API on every store adapter: PGlite always, PostgreSQL with DATABASE_URL_TEST.
for (const adapter of adapters()) {
  describe(`the API on ${adapter.name}`, () => {
    let db: Db;
    let api: TestApi;
    let doc: Json;
    const called = new Set<string>();

    let store: { db: Db; dispose(): Promise<void> } | undefined;
    before(async () => {
      store = await adapter.open();
      db = store.db;
      await seed(db, loadDataset(FIXTURE_DATASET));
      api = await testApi(db);
      const res = await api.request('/api/openapi.json');
      assert.equal(res.status, 200);
      doc = (await res.json()) as Json;
    });
    after(() => store?.dispose());

    /** Validates a response against the schema the OpenAPI document gives for it. */
    async function validate(operationId: string, res: Response): Promise<unknown> {
      const op = Object.values(doc.paths as Json)
        .flatMap((item: Json) => Object.values(item) as Json[])
        .find((o) => o.operationId === operationId);
      assert.ok(op, `operation ${operationId} is in the document`);
      const documented = op.responses[String(res.status)];
      assert.ok(documented, `${operationId}: status ${res.status} is documented (body: ${await res.clone().text()})`);
      const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
      const media = documented.content?.[type];
      assert.ok(media, `${operationId}: ${type} is documented for ${res.status}`);
      const ref: string | undefined = media.schema?.$ref;
      if (!type.endsWith('json')) return res.text();
      const body = await res.json();
      if (ref === undefined) return body; // the export route documents its formats as free-form; tested in exports.test.ts
      const name = ref.replace('#/components/schemas/', '');
      assert.ok(doc.components.schemas[name], `${name} is a component`);
      const schema = components[name];
      assert.ok(schema, `the test knows the zod schema of ${name}`);
      const r = schema.safeParse(body);
      assert.ok(
        r.success,
        `${operationId} (${res.status}) does not match ${name}: ${r.success ? '' : JSON.stringify(r.error.issues.slice(0, 5))}`,
      );
      called.add(operationId);
      return body;
    }

    test('the document is OpenAPI 3.1 with named schemas and a bearer scheme', () => {
      assert.equal(doc.openapi, '3.1.0');
      assert.ok(Object.keys(doc.paths).length >= 12);
      assert.equal(doc.components.securitySchemes.bearerAuth.scheme, 'bearer');
      for (const name of ['Place', 'Claim', 'SourceSummary', 'Problem', 'ClaimPage', 'DocumentInput'])
        assert.ok(doc.components.schemas[name], name);
      const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
      assert.ok(refs.length > 20);
      for (const ref of new Set(refs)) {
        const name = /#\/components\/schemas\/([^"]+)"/.exec(ref)?.[1];
        assert.ok(name && doc.components.schemas[name], `${ref} resolves`);
      }
      const ids = Object.values(doc.paths as Json).flatMap((item: Json) =>
        Object.values(item).map((o: Json) => o.operationId),
      );
      assert.equal(new Set(ids).size, ids.length, 'operationIds are unique');
      for (const [path, item] of Object.entries(doc.paths as Json)) {
        for (const op of Object.values(item as Json) as Json[]) {
          for (const name of path.match(/\{(\w+)\}/g) ?? []) {
            const p = (op.parameters as Json[]).find((x) => `{${x.name}}` === name);
            assert.ok(p && p.in === 'path' && p.required === true, `${op.operationId} declares ${name}`);
          }
          if (op.security) assert.ok(op.responses['401'], `${op.operationId} documents its 401`);
        }
      }
    });

    test('every operation answers with JSON that matches its documented schema', async () => {
      // Writes first, so the reads have a document and a pending claim to show.
      const ingested = (await validate(
        'ingestDocument',
        await api.request('/api/v1/documents', {
          method: 'POST',
          auth: api.token,
          json: {
            fileName: 'note.txt',
            text: 'The fighting in the city ended on 2 February 1943.',
            source: { title: 'A test note', kind: 'tertiary' },
          },
        }),
      )) as z.infer<typeof S.IngestResult>;
      assert.equal(ingested.duplicate, false);
      const pending = ingested.claims[0]!;
      assert.equal(pending.status, 'pending');

      const again = (await validate(
        'ingestDocument',
        await api.request('/api/v1/documents', {
          method: 'POST',
          auth: api.token,
          json: {
            fileName: 'same.txt',
            base64: Buffer.from('The fighting in the city ended on 2 February 1943.').toString('base64'),
          },
        }),
      )) as z.infer<typeof S.IngestResult>;
      assert.equal(again.duplicate, true, 'the same bytes are stored once');

      const args: Record<string, { path: Record<string, string>; query?: string }[]> = {
        getPlace: [{ path: { id: 'stalingrad' } }, { path: { id: 'atlantis' } }],
        getSource: [{ path: { id: 'fixture-reference-work' } }, { path: { id: 'no-such-source' } }],
        getDocument: [
          { path: { id: ingested.data.id } },
          { path: { id: '0'.repeat(64) } },
          { path: { id: 'not-a-hash' } },
        ],
        getClaim: [{ path: { id: pending.id } }, { path: { id: 'no-such-claim' } }],
        listClaims: [
          { path: {}, query: '' },
          {
            path: {},
            query:
              '?subject=stalingrad&property=battle_start&status=accepted&origin=curated&source=fixture-reference-work&sort=property&limit=1',
          },
          { path: {}, query: '?sort=newest&origin=extracted' },
          { path: {}, query: '?cursor=garbage' },
          { path: {}, query: '?status=maybe' },
        ],
        listEvents: [{ path: {}, query: '?place=stalingrad' }],
        listMemorials: [{ path: {}, query: '?place=stalingrad' }],
        listDocuments: [{ path: {}, query: '' }],
        listConflicts: [{ path: {}, query: '?subject=stalingrad' }],
        search: [
          { path: {}, query: '?q=Stalingrad' },
          { path: {}, query: '?q=Volgagrad&kind=place' },
          { path: {}, query: '?q=' },
        ],
      };
      for (const [path, item] of Object.entries(doc.paths as Json)) {
        for (const [method, op] of Object.entries(item as Json)) {
          const id = op.operationId as string;
          if (method !== 'get') continue;
          if (id === 'exportData') {
            for (const format of op.parameters[0].schema.enum as string[]) {
              const res = await api.request(`/api${path.replace('{format}', format)}`);
              assert.equal(res.status, 200, `export ${format}`);
              await validate(id, res);
              called.add(id);
            }
            continue;
          }
          for (const a of args[id] ?? [{ path: {}, query: '' }]) {
            const url =
              '/api' +
              path.replace(/\{(\w+)\}/g, (_m, k: string) => encodeURIComponent(a.path[k] ?? '')) +
              (a.query ?? '');
            const res = await api.request(url);
            assert.ok(res.status < 500, `${id} ${url}: ${res.status}`);
            await validate(id, res);
          }
        }
      }

      const reviewed = (await validate(
        'reviewClaim',
        await api.request(`/api/v1/claims/${pending.id}/review`, {
          method: 'POST',
          auth: api.token,
          json: { decision: 'accept', note: 'checked' },
        }),
      )) as z.infer<typeof S.ReviewResult>;
      assert.equal(reviewed.data.status, 'accepted');
      assert.equal(reviewed.reviews.at(-1)?.decision, 'accept');
      const twice = await api.request(`/api/v1/claims/${pending.id}/review`, {
        method: 'POST',
        auth: api.token,
        json: { decision: 'reject' },
      });
      assert.equal(twice.status, 409, 'a decision already made is not overturned');
      await validate('reviewClaim', twice);

      const all = Object.values(doc.paths as Json).flatMap((item: Json) =>
        Object.values(item).map((o: Json) => o.operationId as string),
      );
      assert.deepEqual([...called].sort(), [...new Set(all)].sort(), 'every operation was called');
    });

    test('claims page with a cursor until the end, without repeats', async () => {
      const seen: string[] = [];
      let next: string | null = null;
      let pages = 0;
      do {
        const res = await api.request(`/api/v1/claims?limit=3${next ? `&cursor=${next}` : ''}`);
        const page = S.ClaimPage.parse(await res.json());
        if (page.next)
          assert.match(res.headers.get('link') ?? '', /^<\/api\/v1\/claims\?limit=3&cursor=[\w-]+>; rel="next"$/);
        seen.push(...page.data.map((c) => c.id));
        next = page.next;
        pages++;
      } while (next && pages < 100);
      assert.ok(pages > 1);
      assert.equal(new Set(seen).size, seen.length);
      const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM claim');
      assert.equal(seen.length, rows[0]!.n);
    });

    test('the reference page is rendered from the document, escaped, with no script', async () => {
      const res = await api.request('/api/docs');
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /text\/html/);
      assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'/);
      const html = await res.text();
      assert.doesNotMatch(html, /<script/i);
      assert.doesNotMatch(html, /https?:\/\/(?!localhost)[^"]*\.(js|css)/, 'no CDN');
      for (const op of Object.values(doc.paths as Json).flatMap((i: Json) => Object.values(i) as Json[])) {
        assert.ok(html.includes(`id="op-${op.operationId}"`), `${op.operationId} is on the page`);
      }
      assert.ok(html.includes('id="problem-unauthorized"'), 'problem types resolve to an anchor');
      assert.ok(html.includes('&lt;b&gt;'), 'text from the document (the search snippet description) is escaped');
      for (const root of ['/api']) {
        const r = await api.request(root);
        assert.equal(r.status, 302, root);
        assert.equal(r.headers.get('location'), '/api/docs');
      }
      const css = await api.request('/api/docs.css');
      assert.equal(css.status, 200);
    });
  });
}
