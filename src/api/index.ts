/**
 * The JSON API under /api/v1, its OpenAPI 3.1 document (/api/openapi.json,
 * generated from the route schemas) and its reference page (/api/docs).
 * Mounted at /api by src/server/app.ts.
 *
 * Order of concerns: CORS for reads → caching (ETag, Cache-Control) →
 * route: [bearer token → rate limit → body limit] → handler. Every error,
 * wherever it is thrown, leaves through onApiError as problem+json.
 */
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import type { AppContext } from '../server/context.js';
import { loadPipeline, type PipelineModule } from '../cli/commands/ingest.js';
import { newApiApp, type ApiDeps, type ApiOptions } from './common.js';
import { DocsPage, DOCS_CSP, DOCS_CSS } from './docs-page.js';
import { readCaching, readCors } from './middleware/http-cache.js';
import { TokenBuckets } from './middleware/rate-limit.js';
import { onApiError, problemResponse } from './problem.js';
import { registerClaims } from './routes/claims.js';
import { registerDocumentWrites } from './routes/documents-write.js';
import { registerExports } from './routes/exports.js';
import { registerReads } from './routes/reads.js';
import { registerSearch } from './routes/search.js';

export type { ApiOptions } from './common.js';

export interface ApiTestOptions extends ApiOptions {
  /** Where the extraction pipeline comes from (tests pass a stand-in). */
  loadPipeline?: () => Promise<PipelineModule>;
}

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string })
      .version;
  } catch {
    return '0.0.0';
  }
}

export const API_DESCRIPTION =
  'The Hero Cities knowledge base as open data: the thirteen Hero Cities and the Hero Fortress, their events and memorials, ' +
  'and every claim with the sources that state it. Reads are open; writes (ingesting a document, reviewing a claim) need a bearer token.';

export function createApiApp(ctx: AppContext, options: ApiTestOptions = {}): Hono {
  const deps: ApiDeps = {
    db: ctx.db,
    maxBodyBytes: options.maxBodyBytes ?? 5 * 1024 * 1024,
    writeBuckets: new TokenBuckets(options.writeLimit ?? { burst: 30, perMinute: 60 }),
    searchBuckets: new TokenBuckets(options.searchLimit ?? { burst: 30, perMinute: 120 }),
  };
  const app = newApiApp();
  app.onError(onApiError);
  app.use('*', readCors());
  app.use('*', readCaching());
  app.use('*', async (c, next) => {
    await next();
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && !c.res.headers.has('cache-control'))
      c.res.headers.set('cache-control', 'no-store');
  });

  registerReads(app, deps);
  registerClaims(app, deps);
  registerSearch(app, deps);
  registerExports(app, deps);
  registerDocumentWrites(app, deps, options.loadPipeline ?? loadPipeline);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'A token made with `hero-cities token create NAME`.',
  });
  const config = {
    openapi: '3.1.0',
    info: {
      title: 'Hero Cities API',
      version: packageVersion(),
      description: API_DESCRIPTION,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/api', description: 'This server' }],
    tags: ['places', 'events', 'memorials', 'sources', 'documents', 'claims', 'search', 'export'].map((name) => ({
      name,
    })),
  };
  let doc: ReturnType<typeof app.getOpenAPI31Document> | undefined;
  const openApi = () => (doc ??= app.getOpenAPI31Document(config));

  app.get('/', (c) => c.redirect('/api/docs'));
  app.get('/openapi.json', (c) => c.json(openApi()));
  app.get('/docs', (c) => {
    c.header('content-security-policy', DOCS_CSP);
    return c.html('<!doctype html>' + String(DocsPage({ doc: openApi() as unknown as Record<string, unknown> })));
  });
  app.get('/docs.css', (c) => c.body(DOCS_CSS, 200, { 'content-type': 'text/css; charset=utf-8' }));
  app.all('*', (c) =>
    problemResponse(
      c,
      'not-found',
      `There is no API route ${c.req.method} ${c.req.path}. The reference is at /api/docs.`,
    ),
  );
  return app as unknown as Hono;
}
