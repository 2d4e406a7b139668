/** The full backup as a file: see src/store/queries/backup.ts for what it holds and how it restores. */
import type { Db } from '../store/db.js';
import { dumpStore, parseBackup, restoreStore } from '../store/queries/backup.js';

export async function exportBackup(db: Db): Promise<{ contentType: string; body: string }> {
  return { contentType: 'application/json', body: JSON.stringify(await dumpStore(db)) + '\n' };
}

/** Restores a backup file's text into the store, replacing everything in it. */
export async function importBackup(db: Db, text: string): Promise<{ tables: number; rows: number }> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error('the backup file is not valid JSON; was it cut short?', { cause: err });
  }
  return restoreStore(db, parseBackup(data));
}
