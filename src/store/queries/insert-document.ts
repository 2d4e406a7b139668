/**
 * Stores one ingested document whole, or not at all: its source record, the
 * document row, its extracted claims (status `pending`, origin `extracted`)
 * and one reference per claim (document, quote, span) — in ONE transaction.
 *
 * The document id is the SHA-256 of the original bytes, and the document row
 * is inserted first with ON CONFLICT DO NOTHING: if the same bytes were stored
 * before (or are being stored right now by another process), nothing else is
 * written and the result says "already stored".
 */
import { createHash } from 'node:crypto';
import { SourceSchema, type Source } from '../../domain/index.js';
import type { Decoded, MainText, ReconciledClaim } from '../../pipeline/types.js';
import type { Db } from '../db.js';
import { CLAIM_VECTOR_SQL, weightedVectorSql } from '../search-vector.js';

export interface DocumentToStore {
  /** SHA-256 (hex) of the original bytes. */
  id: string;
  fileName: string;
  byteLength: number;
  decoded: Pick<Decoded, 'charset' | 'mediaType'>;
  main: Pick<MainText, 'text' | 'title'>;
  source: Source;
  claims: readonly ReconciledClaim[];
  /** Extractor name and version, e.g. "hero-cities-pipeline@0.1.0". */
  extractor: string;
}

export interface StoreDocumentResult {
  stored: boolean;
  /** Claims written (0 when the document was already stored). */
  claims: number;
  /** The written claims by their reconciliation verdict. */
  verdicts: Record<ReconciledClaim['verdict'], number>;
}

/** Only so much of a long text goes into the search vector (PostgreSQL caps a tsvector at 1 MB). */
const SEARCHABLE_CHARS = 200_000;

/** Extracted claim ids: stable for the same document and the same finding. */
export function extractedClaimId(
  documentId: string,
  c: Pick<ReconciledClaim, 'subject' | 'property' | 'value' | 'span'>,
): string {
  const h = createHash('sha256')
    .update(JSON.stringify([documentId, c.subject, c.property, c.value, c.span]))
    .digest('hex');
  return `ext-${h.slice(0, 20)}`;
}

export async function insertDocument(db: Db, doc: DocumentToStore): Promise<StoreDocumentResult> {
  const source = SourceSchema.parse(doc.source);
  const seen = new Set<string>();
  const claims = doc.claims
    .map((c) => ({ id: extractedClaimId(doc.id, c), c }))
    .filter(({ id }) => (seen.has(id) ? false : (seen.add(id), true)));

  return db.transaction(async (tx) => {
    // A source already known (curated, or from an earlier document) is kept as it is.
    await tx.query(
      `INSERT INTO source (id, record, origin) VALUES ($1, $2::jsonb, 'user') ON CONFLICT (id) DO NOTHING`,
      [source.id, JSON.stringify(source)],
    );
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO document (id, source_id, file_name, media_type, charset, byte_length, title, text, tsv)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, ${weightedVectorSql('$7::text', `left($8::text, ${SEARCHABLE_CHARS})`)})
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        doc.id,
        source.id,
        doc.fileName,
        doc.decoded.mediaType,
        doc.decoded.charset,
        doc.byteLength,
        doc.main.title,
        doc.main.text,
      ],
    );
    const verdicts = { agrees: 0, new: 0, conflicts: 0 };
    if (rows.length === 0) return { stored: false, claims: 0, verdicts };
    for (const { c } of claims) verdicts[c.verdict]++;
    if (claims.length > 0) {
      await tx.query(
        `INSERT INTO claim (id, subject, property, value, qualifiers, status, rank, origin, extractor, document_id, reconciliation)
         SELECT x.id, x.subject, x.property, x.value, x.qualifiers, 'pending', 'normal', 'extracted', $2, $3, x.reconciliation
         FROM jsonb_to_recordset($1::jsonb)
           AS x(id text, subject text, property text, value jsonb, qualifiers jsonb, reconciliation jsonb)`,
        [
          JSON.stringify(
            claims.map(({ id, c }) => ({
              id,
              subject: c.subject,
              property: c.property,
              value: c.value,
              qualifiers: c.qualifiers ?? {},
              reconciliation: { verdict: c.verdict, with: c.with },
            })),
          ),
          doc.extractor,
          doc.id,
        ],
      );
      await tx.query(
        `INSERT INTO claim_reference (claim_id, ord, source_id, document_id, quote, span_start, span_end)
         SELECT x.claim_id, 0, $2, $3, x.quote, x.span_start, x.span_end
         FROM jsonb_to_recordset($1::jsonb) AS x(claim_id text, quote text, span_start int, span_end int)`,
        [
          JSON.stringify(
            claims.map(({ id, c }) => ({ claim_id: id, quote: c.quote, span_start: c.span[0], span_end: c.span[1] })),
          ),
          source.id,
          doc.id,
        ],
      );
      // The quotes are in place now, so the claims' search vectors can be computed.
      await tx.query(`UPDATE claim c SET tsv = ${CLAIM_VECTOR_SQL} WHERE c.document_id = $1`, [doc.id]);
    }
    return { stored: true, claims: claims.length, verdicts };
  });
}

/** Whether a document with these bytes is stored already (a cheap check before running the pipeline). */
export async function hasDocument(db: Pick<Db, 'query'>, id: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM document WHERE id = $1', [id]);
  return rows.length > 0;
}
