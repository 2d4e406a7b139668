/**
 * API tokens for writes. The secret is shown once, at creation; only its
 * SHA-256 is stored, so a leaked database does not leak usable tokens.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db.js';

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

interface Row {
  id: string;
  name: string;
  created_at: Date | string;
  last_used_at: Date | string | null;
  revoked_at: Date | string | null;
}

const iso = (v: Date | string | null): string | null => (v === null ? null : new Date(v).toISOString());
const toToken = (r: Row): ApiToken => ({
  id: r.id,
  name: r.name,
  createdAt: iso(r.created_at)!,
  lastUsedAt: iso(r.last_used_at),
  revokedAt: iso(r.revoked_at),
});

export function hashTokenSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Creates a token; returns its record and the secret (which is not stored). */
export async function createToken(db: Queryable, name: string): Promise<{ token: ApiToken; secret: string }> {
  const clean = name.trim();
  if (!clean) throw new Error('a token needs a name, such as the person or script that will use it');
  const id = 'tok_' + randomBytes(6).toString('hex');
  const secret = 'hc_' + randomBytes(32).toString('base64url');
  const { rows } = await db.query<Row>(
    'INSERT INTO api_token (id, name, token_hash) VALUES ($1, $2, $3) RETURNING id, name, created_at, last_used_at, revoked_at',
    [id, clean, hashTokenSecret(secret)],
  );
  return { token: toToken(rows[0]!), secret };
}

export async function listTokens(db: Queryable): Promise<ApiToken[]> {
  const { rows } = await db.query<Row>(
    'SELECT id, name, created_at, last_used_at, revoked_at FROM api_token ORDER BY created_at, id',
  );
  return rows.map(toToken);
}

/** Revokes a token; returns false when no active token has that id. */
export async function revokeToken(db: Queryable, id: string): Promise<boolean> {
  const { rows } = await db.query<{ id: string }>(
    'UPDATE api_token SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id',
    [id],
  );
  return rows.length > 0;
}

/** The active token whose secret this is, or null; marks it used. */
export async function verifyToken(db: Queryable, secret: string): Promise<ApiToken | null> {
  const { rows } = await db.query<Row>(
    `UPDATE api_token SET last_used_at = now() WHERE token_hash = $1 AND revoked_at IS NULL
     RETURNING id, name, created_at, last_used_at, revoked_at`,
    [hashTokenSecret(secret)],
  );
  return rows[0] ? toToken(rows[0]) : null;
}
