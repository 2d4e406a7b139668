import pg from 'pg';
import { wrapError, type Db, type Queryable } from './db.js';

// Keep dates and bigints as the strings PostgreSQL sends: the domain model
// works with ISO strings, and PGlite returns the same shapes.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

function queryable(run: (sql: string, params?: unknown[]) => Promise<pg.QueryResult>): Queryable {
  return {
    async query<T>(sql: string, params?: readonly unknown[]) {
      try {
        const r = await run(sql, params ? [...params] : undefined);
        return { rows: r.rows as T[] };
      } catch (err) {
        throw wrapError(err, sql, params);
      }
    },
    async exec(sql: string) {
      try {
        await run(sql);
      } catch (err) {
        throw wrapError(err, sql);
      }
    },
  };
}

/** Connects to a PostgreSQL server; the pool is small because the app is mostly reads. */
export async function openPostgres(url: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  // An idle connection the server drops (a restart, a terminated backend) must not
  // crash the process: the pool replaces it on the next query.
  pool.on('error', (err) => process.stderr.write(`warning: a PostgreSQL connection was lost: ${err.message}\n`));
  // Fail fast with a clear message when the server is not there.
  try {
    const c = await pool.connect();
    c.release();
  } catch (err) {
    await pool.end();
    throw new Error(
      `cannot connect to the PostgreSQL server at DATABASE_URL (${(err as Error).message}); check that it runs and the URL is right`,
      { cause: err },
    );
  }
  const base = queryable((sql, params) => pool.query(sql, params));
  return {
    kind: 'postgres',
    ...base,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(queryable((sql, params) => client.query(sql, params)));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
