/**
 * The few reads the API needs that the store's query modules do not have
 * (one claim by id, a claim's review history). Claims are built by the
 * store's claim-row module, like everywhere else.
 */
import type { Queryable } from '../store/db.js';
import type { Claim } from '../domain/index.js';
import { CLAIM_COLUMNS, toClaim, type ClaimRow } from '../store/queries/claim-row.js';

export async function getClaim(db: Queryable, id: string): Promise<Claim | null> {
  const { rows } = await db.query<ClaimRow>(`SELECT ${CLAIM_COLUMNS} FROM claim c WHERE c.id = $1`, [id]);
  return rows[0] ? toClaim(rows[0]) : null;
}

export interface ReviewRecord {
  id: number;
  decision: 'accept' | 'reject' | 'edit';
  reviewer: string;
  note: string | null;
  decidedAt: string;
}

export async function listReviews(db: Queryable, claimId: string): Promise<ReviewRecord[]> {
  const { rows } = await db.query<{
    id: number;
    decision: ReviewRecord['decision'];
    reviewer: string;
    note: string | null;
    decided_at: Date | string;
  }>('SELECT id, decision, reviewer, note, decided_at FROM review WHERE claim_id = $1 ORDER BY id', [claimId]);
  return rows.map((r) => ({
    id: Number(r.id),
    decision: r.decision,
    reviewer: r.reviewer,
    note: r.note,
    decidedAt: new Date(r.decided_at).toISOString(),
  }));
}
