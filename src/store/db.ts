/**
 * The one interface the rest of the code talks to. Two adapters implement it:
 * PGlite (embedded, the default) and a PostgreSQL server (DATABASE_URL).
 * Both speak PostgreSQL's dialect, so SQL is written once.
 */
export interface Queryable {
  /** One statement with $1-style parameters. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{ rows: T[] }>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs fn in one transaction: all of it is committed, or none. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A database error that carries the SQL and its parameters. */
export class DbError extends Error {
  constructor(
    message: string,
    readonly sql: string,
    readonly params: readonly unknown[] | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DbError';
  }
}

export function wrapError(err: unknown, sql: string, params?: readonly unknown[]): DbError {
  const msg = err instanceof Error ? err.message : String(err);
  const short = sql.replace(/\s+/g, ' ').trim().slice(0, 200);
  return new DbError(`${msg}\n  in SQL: ${short}`, sql, params, { cause: err });
}
