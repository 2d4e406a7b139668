/** Opening the store from the command line's global options. */
import { resolve } from 'node:path';
import type { Db } from '../store/db.js';
import { defaultDataDir, openDb } from '../store/open-db.js';
import { ensureSeeded } from '../store/seed.js';

export interface GlobalOptions {
  data?: string;
  dataset?: string;
}

/** Seeds the store from the dataset (global --dataset) when the dataset changed since the last seed. */
export async function ensureSeededFrom(db: Db, opts: GlobalOptions) {
  return ensureSeeded(db, opts.dataset ? { dataDir: opts.dataset } : {});
}

/** Where the store is, for messages: the server (without its password) or the data directory. */
export function describeStore(opts: GlobalOptions): string {
  const url = process.env.DATABASE_URL;
  if (url) {
    try {
      const u = new URL(url);
      u.password = u.password ? '***' : '';
      return `PostgreSQL at ${u.toString()}`;
    } catch {
      return 'PostgreSQL at DATABASE_URL';
    }
  }
  return `embedded database in ${resolve(opts.data ?? defaultDataDir())}`;
}

export function dataDirOf(opts: GlobalOptions): string {
  return resolve(opts.data ?? defaultDataDir());
}

export async function openStore(opts: GlobalOptions, migrate = true): Promise<Db> {
  return openDb({ dataDir: dataDirOf(opts), migrate });
}

/** Opens the store, runs fn, and closes the store whatever happens. */
export async function withStore<T>(opts: GlobalOptions, fn: (db: Db) => Promise<T>, migrate = true): Promise<T> {
  const db = await openStore(opts, migrate);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}
