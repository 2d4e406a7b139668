/**
 * Curator accounts (table app_user). The password hash is made and checked in
 * src/web/auth/password.ts; this module only stores it.
 */
import type { Queryable } from '../db.js';

export interface AppUser {
  username: string;
  passwordHash: string;
  role: string;
  createdAt: string;
}

/** Usernames stay simple so they can travel inside a session cookie and an audit actor ("user:NAME"). */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,31}$/;

export function checkUsername(name: string): string | null {
  return USERNAME_PATTERN.test(name)
    ? null
    : 'a username is 1–32 characters: lower-case letters, digits, ".", "_" or "-", starting with a letter or digit';
}

interface Row {
  username: string;
  password_hash: string;
  role: string;
  created_at: Date | string;
}

const toUser = (r: Row): AppUser => ({
  username: r.username,
  passwordHash: r.password_hash,
  role: r.role,
  createdAt: new Date(r.created_at).toISOString(),
});

export async function findUser(db: Queryable, username: string): Promise<AppUser | null> {
  const { rows } = await db.query<Row>(
    'SELECT username, password_hash, role, created_at FROM app_user WHERE username = $1',
    [username],
  );
  return rows[0] ? toUser(rows[0]) : null;
}

export async function listUsers(db: Queryable): Promise<AppUser[]> {
  const { rows } = await db.query<Row>(
    'SELECT username, password_hash, role, created_at FROM app_user ORDER BY username',
  );
  return rows.map(toUser);
}

/** Creates the user, or sets a new password when it exists; returns whether it was created. */
export async function upsertUser(
  db: Queryable,
  username: string,
  passwordHash: string,
  role = 'curator',
): Promise<boolean> {
  const { rows } = await db.query<{ created: boolean }>(
    `INSERT INTO app_user (username, password_hash, role) VALUES ($1, $2, $3)
     ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = EXCLUDED.role
     RETURNING (xmax = 0) AS created`,
    [username, passwordHash, role],
  );
  return rows[0]?.created ?? false;
}
