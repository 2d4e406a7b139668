import { join } from 'node:path';
import type { Db } from './db.js';
import { migrate } from './migrate.js';

export interface OpenOptions {
  /** Data directory for the embedded database; `memory://` for a throwaway one. */
  dataDir?: string;
  /** A PostgreSQL server; wins over dataDir. */
  databaseUrl?: string;
  /** Apply pending migrations (default true). */
  migrate?: boolean;
}

export function defaultDataDir(): string {
  return process.env.HERO_CITIES_DATA ?? join(process.cwd(), '.data', 'pglite');
}

/** Opens the store chosen by the options or the environment, migrated to the latest schema. */
export async function openDb(opts: OpenOptions = {}): Promise<Db> {
  const url = opts.databaseUrl ?? process.env.DATABASE_URL;
  // Adapters are loaded lazily: a server deployment never loads the WASM build.
  const db = url
    ? await (await import('./postgres-db.js')).openPostgres(url)
    : await (await import('./pglite-db.js')).openPglite(opts.dataDir ?? defaultDataDir());
  if (opts.migrate !== false) await migrate(db);
  return db;
}
