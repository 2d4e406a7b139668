/**
 * POST /v1/documents: ingest one document through the same function as
 * `hero-cities ingest` (src/cli/commands/ingest.ts), ingestBytes
 * (src/store/queries/ingest-document.ts): hash the bytes, skip when stored
 * already, run the pipeline with the store's gazetteer and accepted claims,
 * build the source record (sourceFor), and store document, source and
 * pending claims in one transaction.
 */
import { createRoute } from '@hono/zod-openapi';
import { readFileSync } from 'node:fs';
import type { Source } from '../../domain/index.js';
import { PipelineError } from '../../pipeline/types.js';
import { writeAudit } from '../../store/queries/audit.js';
import { loadIngestContext } from '../../store/queries/ingest-context.js';
import { documentId, ingestBytes, type PipelineModule } from '../../store/queries/ingest-document.js';
import { hasDocument } from '../../store/queries/insert-document.js';
import { getDocument } from '../../store/queries/get-document.js';
import { problems, type ApiApp, type ApiDeps } from '../common.js';
import { requireToken } from '../middleware/auth.js';
import { rateLimit } from '../middleware/rate-limit.js';
import { ApiProblem } from '../problem.js';
import * as S from '../schemas.js';
import { writeBodyLimit } from './claims.js';

export function ingestRoute(deps: ApiDeps) {
  return createRoute({
    method: 'post',
    path: '/v1/documents',
    operationId: 'ingestDocument',
    tags: ['documents'],
    summary: 'Ingest a document: extract its claims and store them as pending',
    description:
      'Needs a bearer token. The body carries the document as `text` or as `base64` bytes, its `fileName`, and optionally its source. ' +
      'The same bytes sent twice are stored once (the second answer has `duplicate: true`, status 200).',
    security: [{ bearerAuth: [] }],
    middleware: [
      requireToken(deps.db),
      rateLimit(deps.writeBuckets, 'write'),
      writeBodyLimit(deps.maxBodyBytes),
    ] as const,
    request: { body: { required: true, content: { 'application/json': { schema: S.DocumentInput } } } },
    responses: {
      201: {
        description: 'Stored, with the claims found.',
        content: { 'application/json': { schema: S.IngestResult } },
      },
      200: {
        description: 'These bytes were stored before; nothing changed.',
        content: { 'application/json': { schema: S.IngestResult } },
      },
      ...problems(
        'invalid-request',
        'unauthorized',
        'payload-too-large',
        'unsupported-media-type',
        'unprocessable',
        'too-many-requests',
      ),
    },
  });
}

let extractorName: string | undefined;
function extractorVersion(): string {
  if (extractorName) return extractorName;
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    extractorName = `hero-cities-pipeline@${pkg.version ?? '0.0.0'}`;
  } catch {
    extractorName = 'hero-cities-pipeline@unknown';
  }
  return extractorName;
}

function decodeBase64(b64: string): Uint8Array {
  const clean = b64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(clean))
    throw new ApiProblem('invalid-request', '"base64" is not base64: use the standard or URL-safe alphabet.');
  return new Uint8Array(Buffer.from(clean, clean.includes('-') || clean.includes('_') ? 'base64url' : 'base64'));
}

export function registerDocumentWrites(app: ApiApp, deps: ApiDeps, loadPipeline: () => Promise<PipelineModule>): void {
  const { db } = deps;
  app.openapi(ingestRoute(deps), async (c) => {
    const body = c.req.valid('json');
    const bytes = body.text !== undefined ? new TextEncoder().encode(body.text) : decodeBase64(body.base64!);
    if (bytes.byteLength === 0) throw new ApiProblem('invalid-request', 'The document is empty.');
    const id = documentId(bytes);
    const actor = c.get('actor') ?? 'token:unknown';

    const answer = async (duplicate: boolean) => {
      const found = await getDocument(db, id);
      if (!found) throw new Error(`document ${id} was not found right after it was stored`);
      const claims = found.claims.map(({ documentId: _d, ...claim }) => (void _d, claim));
      return c.json({ data: found.document, duplicate, claims }, duplicate ? 200 : 201);
    };
    if (await hasDocument(db, id)) return answer(true);

    let existing: Source | undefined;
    if (body.source?.id !== undefined) {
      const { rows } = await db.query<{ record: Source }>('SELECT record FROM source WHERE id = $1', [body.source.id]);
      existing = rows[0]?.record;
      if (!existing)
        throw new ApiProblem(
          'invalid-request',
          `There is no source "${body.source.id}"; leave out "id" to describe a new source, or pick one from GET /api/v1/sources.`,
        );
    }
    const s = body.source;
    let stored;
    try {
      stored = await ingestBytes(
        db,
        bytes,
        body.fileName,
        async () => {
          let pipeline: PipelineModule;
          try {
            pipeline = await loadPipeline();
          } catch (err) {
            throw new Error('the extraction pipeline could not be loaded', { cause: err });
          }
          const { places, known } = await loadIngestContext(db);
          return { runPipeline: pipeline.runPipeline, gazetteer: pipeline.buildGazetteer(places), known };
        },
        {
          ...(existing && { existingSource: existing }),
          source: {
            ...(s?.title !== undefined && { title: s.title }),
            ...(s?.author !== undefined && { author: s.author }),
            ...(s?.url !== undefined && { url: s.url }),
            ...(s?.kind !== undefined && { kind: s.kind }),
          },
          extractor: extractorVersion(),
        },
      );
    } catch (err) {
      if (err instanceof PipelineError)
        throw new ApiProblem('unprocessable', `The document cannot be read: ${err.message}.`);
      throw err;
    }
    if (stored.status === 'already-stored') return answer(true);
    const source = stored.source;
    await writeAudit(db, {
      actor,
      action: 'api.document.ingest',
      target: id,
      detail: { fileName: body.fileName, source: source.id, claims: stored.claims },
    });
    return answer(false);
  });
}
