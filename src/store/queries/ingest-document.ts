/**
 * Ingesting one document's bytes: the steps `hero-cities ingest`
 * (src/cli/commands/ingest.ts) and POST /api/v1/documents
 * (src/api/routes/documents-write.ts) share, in one place:
 *   hash the bytes (the id) → already stored? stop → run the pipeline with the
 *   store's gazetteer and accepted claims → the source record (sourceFor, or
 *   one given) → document, source and pending claims in one transaction.
 *
 * Memory on a long document: the decoded text is let go before the insert, so
 * the main text and the claims (and the caller's bytes) are what is alive
 * while the store writes.
 */
import { createHash } from 'node:crypto';
import type { Claim, Place, Source } from '../../domain/index.js';
import type { Decoded, MainText, ReconciledClaim } from '../../pipeline/types.js';
import type { Db } from '../db.js';
import { sourceFor, type SourceOverrides } from './ingest-source.js';
import { hasDocument, insertDocument } from './insert-document.js';

/** The pipeline as ingest uses it (src/pipeline/index.ts runPipeline); injectable for tests. */
export type RunPipeline = (
  bytes: Uint8Array,
  fileName: string,
  ctx: { gazetteer: unknown; known: Claim[] },
) =>
  | { decoded: Decoded; main: MainText; claims: ReconciledClaim[] }
  | Promise<{ decoded: Decoded; main: MainText; claims: ReconciledClaim[] }>;

export interface PipelineModule {
  runPipeline: RunPipeline;
  buildGazetteer: (places: Place[]) => unknown;
}

/** What the pipeline reads a document against: loaded once per batch, or lazily for one document. */
export interface PipelineContext {
  runPipeline: RunPipeline;
  gazetteer: unknown;
  known: Claim[];
}

export interface IngestBytesOptions {
  /** Source record fields that win over the document's own metadata. */
  source?: SourceOverrides;
  /** An existing source record to cite instead of building one. */
  existingSource?: Source;
  /** Extractor name and version, e.g. "hero-cities-pipeline@0.1.0". */
  extractor: string;
}

export type IngestBytesResult =
  | { status: 'already-stored'; id: string }
  | {
      status: 'stored';
      id: string;
      source: Source;
      claims: number;
      verdicts: Record<ReconciledClaim['verdict'], number>;
    };

export function documentId(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Stores one document whole or not at all. `context` is called only when the
 * bytes are new (so a duplicate costs one hash and one lookup). A PipelineError
 * (empty, binary, undecodable) propagates for the caller to report.
 */
export async function ingestBytes(
  db: Db,
  bytes: Uint8Array,
  fileName: string,
  context: PipelineContext | (() => Promise<PipelineContext>),
  opts: IngestBytesOptions,
): Promise<IngestBytesResult> {
  const id = documentId(bytes);
  if (await hasDocument(db, id)) return { status: 'already-stored', id };
  const ctx = typeof context === 'function' ? await context() : context;
  const byteLength = bytes.byteLength;
  let result: Awaited<ReturnType<RunPipeline>> | null = await ctx.runPipeline(bytes, fileName, {
    gazetteer: ctx.gazetteer,
    known: ctx.known,
  });
  const { charset, mediaType } = result.decoded;
  const main = { text: result.main.text, title: result.main.title };
  const source = opts.existingSource ?? sourceFor(fileName, result.main, mediaType, opts.source);
  const claims = result.claims;
  // The decoded text (as long as the document) is not stored: let it go before the insert.
  result = null;
  const stored = await insertDocument(db, {
    id,
    fileName,
    byteLength,
    decoded: { charset, mediaType },
    main,
    source,
    claims,
    extractor: opts.extractor,
  });
  return stored.stored
    ? { status: 'stored', id, source, claims: stored.claims, verdicts: stored.verdicts }
    : { status: 'already-stored', id };
}
