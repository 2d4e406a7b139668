/** Ingested documents, newest first, with how many claims were extracted from each. */
import type { Queryable } from '../db.js';

export interface DocumentSummary {
  id: string;
  sourceId: string;
  fileName: string;
  mediaType: string;
  title: string | null;
  byteLength: number;
  createdAt: string;
  claimCount: number;
}

export async function listDocuments(
  db: Queryable,
  opts: { sourceId?: string; limit?: number } = {},
): Promise<DocumentSummary[]> {
  const params: unknown[] = [opts.limit ?? 200];
  let where = 'TRUE';
  if (opts.sourceId !== undefined) {
    params.push(opts.sourceId);
    where = 'd.source_id = $2';
  }
  const { rows } = await db.query<{
    id: string;
    source_id: string;
    file_name: string;
    media_type: string;
    title: string | null;
    byte_length: number;
    created_at: string | Date;
    claim_count: number | string;
  }>(
    `SELECT d.id, d.source_id, d.file_name, d.media_type, d.title, d.byte_length, d.created_at,
            (SELECT count(*) FROM claim c WHERE c.document_id = d.id) AS claim_count
       FROM document d WHERE ${where}
      ORDER BY d.created_at DESC, d.id LIMIT $1`,
    params,
  );
  return rows.map((r) => ({
    id: r.id,
    sourceId: r.source_id,
    fileName: r.file_name,
    mediaType: r.media_type,
    title: r.title,
    byteLength: r.byte_length,
    createdAt: new Date(r.created_at).toISOString(),
    claimCount: Number(r.claim_count),
  }));
}
