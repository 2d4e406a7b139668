import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { wrapError, type Db, type Queryable } from './db.js';

function queryable(q: PGlite | Transaction): Queryable {
  return {
    async query<T>(sql: string, params?: readonly unknown[]) {
      try {
        const r = await q.query<T>(sql, params ? [...params] : undefined);
        return { rows: r.rows };
      } catch (err) {
        throw wrapError(err, sql, params);
      }
    },
    async exec(sql: string) {
      try {
        await q.exec(sql);
      } catch (err) {
        throw wrapError(err, sql);
      }
    },
  };
}

/**
 * PGlite is one process's database: a second process opening the same
 * directory would corrupt it. A lock file holding the owner's pid keeps a
 * second process out (a lock left by a process that has died is taken over).
 */
function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, 'hero-cities.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (pid > 0 && isAlive(pid)) {
        throw new Error(
          `the embedded database in ${dataDir} is in use by process ${pid} (a running "hero-cities serve"?); ` +
            'stop that process first, or share one store between processes with a PostgreSQL server (DATABASE_URL)',
        );
      }
      rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(
    `cannot lock the embedded database in ${dataDir}; remove ${file} if no hero-cities process is running`,
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Opens (creating when missing) an embedded database in dataDir; `memory://` keeps it in memory. */
export async function openPglite(dataDir: string): Promise<Db> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const unlock = inMemory ? () => undefined : lockDataDir(dataDir);
  let pg: PGlite;
  try {
    pg = await PGlite.create(dataDir, { extensions: { pg_trgm, unaccent } });
  } catch (err) {
    unlock();
    throw new Error(`cannot open the embedded database in ${dataDir}: ${(err as Error).message}`, { cause: err });
  }
  const base = queryable(pg);
  return {
    kind: 'pglite',
    ...base,
    transaction: (fn) => pg.transaction((tx) => fn(queryable(tx))),
    async close() {
      try {
        await pg.close();
      } finally {
        unlock();
      }
    },
  };
}
