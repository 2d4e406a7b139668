/**
 * One stored document with the claims extracted from it (or citing it), each
 * with its references, so a page can highlight the claims at their spans.
 */
import type { StoredDocument } from '../../domain/index.js';
import type { Queryable } from '../db.js';
import { rowToConflictClaim, type ConflictClaim } from './find-conflicts.js';

export interface DocumentWithClaims {
  document: StoredDocument;
  /** Claims extracted from the document or with a reference into it; rejected ones included, marked by status. */
  claims: ConflictClaim[];
}

export async function getDocument(db: Queryable, id: string): Promise<DocumentWithClaims | null> {
  const { rows } = await db.query<{
    id: string;
    source_id: string;
    file_name: string;
    media_type: string;
    charset: string;
    byte_length: number;
    title: string | null;
    text: string;
    created_at: string | Date;
  }>(
    `SELECT id, source_id, file_name, media_type, charset, byte_length, title, text, created_at FROM document WHERE id = $1`,
    [id],
  );
  const d = rows[0];
  if (!d) return null;
  const claims = await db.query<Parameters<typeof rowToConflictClaim>[0]>(
    `SELECT c.id, c.subject, c.property, c.value, c.qualifiers, c.status, c.rank, c.rank_reason,
            c.origin, c.extractor, c.document_id,
            COALESCE((SELECT json_agg(json_build_object(
                        'source_id', r.source_id, 'document_id', r.document_id, 'quote', r.quote,
                        'span_start', r.span_start, 'span_end', r.span_end, 'locator', r.locator) ORDER BY r.ord)
                      FROM claim_reference r WHERE r.claim_id = c.id), '[]'::json) AS refs
       FROM claim c
      WHERE c.document_id = $1
         OR EXISTS (SELECT 1 FROM claim_reference r WHERE r.claim_id = c.id AND r.document_id = $1)
      ORDER BY c.id`,
    [id],
  );
  return {
    document: {
      id: d.id,
      source: d.source_id,
      fileName: d.file_name,
      mediaType: d.media_type,
      charset: d.charset,
      byteLength: d.byte_length,
      title: d.title,
      text: d.text,
      createdAt: new Date(d.created_at).toISOString(),
    },
    claims: claims.rows.map(rowToConflictClaim),
  };
}
