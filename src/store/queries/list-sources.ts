import type { Source } from '../../domain/index.js';
import type { Queryable } from '../db.js';
import { parseJson } from './claim-row.js';

export interface SourceSummary extends Source {
  origin: 'curated' | 'user';
  /** How many claims cite it, and how many documents were ingested from it. */
  claimCount: number;
  documentCount: number;
}

export const SOURCE_SUMMARY_SQL = `SELECT s.record, s.origin,
  (SELECT count(DISTINCT r.claim_id)::int FROM claim_reference r WHERE r.source_id = s.id) AS claims,
  (SELECT count(*)::int FROM document d WHERE d.source_id = s.id) AS documents
  FROM source s`;

export interface SourceSummaryRow {
  record: unknown;
  origin: 'curated' | 'user';
  claims: number;
  documents: number;
}

export function toSourceSummary(r: SourceSummaryRow): SourceSummary {
  return {
    ...parseJson<Source>(r.record),
    origin: r.origin,
    claimCount: Number(r.claims),
    documentCount: Number(r.documents),
  };
}

/** Every source, by title. */
export async function listSources(db: Queryable): Promise<SourceSummary[]> {
  const { rows } = await db.query<SourceSummaryRow>(`${SOURCE_SUMMARY_SQL} ORDER BY lower(s.record->>'title'), s.id`);
  return rows.map(toSourceSummary);
}
