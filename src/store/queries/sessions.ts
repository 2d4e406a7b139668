/**
 * Curator sessions (table app_session). The cookie is signed and carries its
 * own expiry (src/web/auth/session.ts); the row is what lets a session be
 * ended before then, from any browser or from the command line.
 */
import type { Queryable } from '../db.js';

/** Records a new session; sessions that have expired are swept out on the way. */
export async function insertSession(db: Queryable, id: string, username: string, expires: Date): Promise<void> {
  await db.query('DELETE FROM app_session WHERE expires_at <= now()');
  await db.query('INSERT INTO app_session (id, username, expires_at) VALUES ($1, $2, $3)', [
    id,
    username,
    expires.toISOString(),
  ]);
}

/** Whether the session is still open for this user (not ended, not expired). */
export async function sessionIsOpen(db: Queryable, id: string, username: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM app_session WHERE id = $1 AND username = $2 AND expires_at > now()', [
    id,
    username,
  ]);
  return rows.length > 0;
}

export async function deleteSession(db: Queryable, id: string): Promise<void> {
  await db.query('DELETE FROM app_session WHERE id = $1', [id]);
}

/** Ends every session of a user; returns how many were open. */
export async function deleteUserSessions(db: Queryable, username: string): Promise<number> {
  const { rows } = await db.query<{ n: number | string }>(
    `WITH gone AS (DELETE FROM app_session WHERE username = $1 RETURNING expires_at)
     SELECT count(*) FILTER (WHERE expires_at > now()) AS n FROM gone`,
    [username],
  );
  return Number(rows[0]?.n ?? 0);
}
