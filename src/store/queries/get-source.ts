import type { Claim } from '../../domain/index.js';
import type { Queryable } from '../db.js';
import { CLAIM_COLUMNS, toClaim, type ClaimRow } from './claim-row.js';
import { SOURCE_SUMMARY_SQL, toSourceSummary, type SourceSummary, type SourceSummaryRow } from './list-sources.js';

export interface SourceDetail {
  source: SourceSummary;
  /** Every claim that cites the source, by subject and property. */
  claims: Claim[];
  /** Documents ingested from it (without their text). */
  documents: { id: string; fileName: string; title: string | null }[];
}

export async function getSource(db: Queryable, id: string): Promise<SourceDetail | null> {
  const { rows } = await db.query<SourceSummaryRow>(`${SOURCE_SUMMARY_SQL} WHERE s.id = $1`, [id]);
  const row = rows[0];
  if (!row) return null;
  const claims = await db.query<ClaimRow>(
    `SELECT ${CLAIM_COLUMNS} FROM claim c
     WHERE EXISTS (SELECT 1 FROM claim_reference r WHERE r.claim_id = c.id AND r.source_id = $1)
     ORDER BY c.subject, c.property, c.id`,
    [id],
  );
  const docs = await db.query<{ id: string; file_name: string; title: string | null }>(
    'SELECT id, file_name, title FROM document WHERE source_id = $1 ORDER BY created_at, id',
    [id],
  );
  return {
    source: toSourceSummary(row),
    claims: claims.rows.map(toClaim),
    documents: docs.rows.map((d) => ({ id: d.id, fileName: d.file_name, title: d.title })),
  };
}
