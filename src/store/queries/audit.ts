/**
 * The audit log: who did what, when. Failed sign-ins are logged here too, and
 * the sign-in rate limit counts them, so the limit holds across several web
 * processes sharing one store.
 */
import type { Queryable } from '../db.js';

export interface AuditEntry {
  actor: string;
  action: string;
  target?: string | null;
  detail?: Record<string, unknown>;
}

export async function writeAudit(db: Queryable, e: AuditEntry): Promise<void> {
  await db.query('INSERT INTO audit_log (actor, action, target, detail) VALUES ($1, $2, $3, $4::jsonb)', [
    e.actor,
    e.action,
    e.target ?? null,
    JSON.stringify(e.detail ?? {}),
  ]);
}

/** Failed sign-ins for a username, or from an address, within the last `seconds`. */
export async function countRecentFailedLogins(
  db: Queryable,
  username: string,
  address: string | null,
  seconds: number,
): Promise<{ forUser: number; fromAddress: number }> {
  const { rows } = await db.query<{ for_user: number | string; from_address: number | string }>(
    `SELECT count(*) FILTER (WHERE target = $1) AS for_user,
            count(*) FILTER (WHERE $2::text IS NOT NULL AND detail->>'address' = $2::text) AS from_address
       FROM audit_log
      WHERE action = 'login.failed' AND at > now() - make_interval(secs => $3)`,
    [username, address, seconds],
  );
  const r = rows[0];
  return { forUser: Number(r?.for_user ?? 0), fromAddress: Number(r?.from_address ?? 0) };
}

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  target: string | null;
  detail: Record<string, unknown>;
}

export async function listAudit(db: Queryable, limit = 100): Promise<AuditRow[]> {
  const { rows } = await db.query<AuditRow & { at: Date | string }>(
    'SELECT id, at, actor, action, target, detail FROM audit_log ORDER BY id DESC LIMIT $1',
    [limit],
  );
  return rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() }));
}
