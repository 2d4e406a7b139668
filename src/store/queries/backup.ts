/**
 * A full backup of the store: every row of every table (documents, claims,
 * reviews, users' password hashes, token hashes, the audit log …), read
 * generically so tables added by later migrations are included without a
 * change here. Each row is `to_jsonb(row)` and is restored with
 * `jsonb_populate_record`, so every column type (timestamptz, tsvector,
 * arrays, jsonb) round-trips exactly through PostgreSQL's own text forms.
 */
import type { Db, Queryable } from '../db.js';

export const BACKUP_FORMAT = 'hero-cities-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** Names of the migrations the store had; a backup restores only into the same schema. */
  migrations: string[];
  /** Table name → rows, tables in an order that satisfies foreign keys. */
  tables: Record<string, Record<string, unknown>[]>;
}

/** Tables managed by the store itself, not data; sessions are not carried to another store (restoring ends them all). */
const SKIP = new Set(['schema_migration', 'app_session']);

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected table name ${JSON.stringify(name)}`);
  return `"${name}"`;
};

/** The public tables, parents before children (by their foreign keys). */
export async function dataTables(db: Queryable): Promise<string[]> {
  const tables = (
    await db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
    )
  ).rows
    .map((r) => r.name)
    .filter((n) => !SKIP.has(n));
  const edges = (
    await db.query<{ child: string; parent: string }>(
      `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE k.contype = 'f' AND n.nspname = current_schema()`,
    )
  ).rows;
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (t: string) => {
    if (ordered.includes(t) || visiting.has(t)) return; // a self-reference or cycle: keep going
    visiting.add(t);
    for (const e of edges) if (e.child === t && e.parent !== t && tables.includes(e.parent)) visit(e.parent);
    visiting.delete(t);
    ordered.push(t);
  };
  tables.forEach(visit);
  return ordered;
}

async function appliedMigrations(db: Queryable): Promise<string[]> {
  return (await db.query<{ name: string }>('SELECT name FROM schema_migration ORDER BY version')).rows.map(
    (r) => r.name,
  );
}

/** Reads the whole store. Deterministic: the same store gives the same backup, byte for byte. */
export async function dumpStore(db: Db): Promise<Backup> {
  return db.transaction(async (tx) => {
    await tx.query("SET LOCAL TIME ZONE 'UTC'");
    const tables: Backup['tables'] = {};
    for (const t of await dataTables(tx)) {
      const { rows } = await tx.query<{ row: Record<string, unknown> }>(
        `SELECT to_jsonb(t) AS row FROM ${ident(t)} t ORDER BY to_jsonb(t)::text`,
      );
      tables[t] = rows.map((r) => r.row);
    }
    return { format: BACKUP_FORMAT, version: BACKUP_VERSION, migrations: await appliedMigrations(tx), tables };
  });
}

export function parseBackup(data: unknown): Backup {
  const b = data as Partial<Backup> | null;
  if (!b || typeof b !== 'object' || b.format !== BACKUP_FORMAT) {
    throw new Error(
      `not a Hero Cities backup (expected "format": "${BACKUP_FORMAT}"); make one with \`hero-cities export backup\``,
    );
  }
  if (b.version !== BACKUP_VERSION)
    throw new Error(
      `backup version ${String(b.version)} is not supported (this build reads version ${BACKUP_VERSION})`,
    );
  if (!Array.isArray(b.migrations) || !b.tables || typeof b.tables !== 'object')
    throw new Error('the backup is missing "migrations" or "tables"');
  return b as Backup;
}

/** True when the store holds any data rows. */
export async function storeHasData(db: Queryable): Promise<boolean> {
  for (const t of await dataTables(db)) {
    const { rows } = await db.query(`SELECT 1 FROM ${ident(t)} LIMIT 1`);
    if (rows.length > 0) return true;
  }
  return false;
}

/**
 * Replaces everything in the store with the backup, in one transaction: all
 * of it is restored, or nothing changes. The store must be at the same
 * migrations as the backup.
 */
export async function restoreStore(db: Db, backup: Backup): Promise<{ tables: number; rows: number }> {
  const have = await appliedMigrations(db);
  if (JSON.stringify(have) !== JSON.stringify(backup.migrations)) {
    throw new Error(
      `the backup was made at migrations [${backup.migrations.join(', ')}] but this store is at [${have.join(', ')}]; ` +
        'restore into a store of the same version of Hero Cities',
    );
  }
  return db.transaction(async (tx) => {
    await tx.query("SET LOCAL TIME ZONE 'UTC'");
    const order = await dataTables(tx);
    const unknown = Object.keys(backup.tables).filter((t) => !order.includes(t));
    if (unknown.length) throw new Error(`the backup has tables this store does not: ${unknown.join(', ')}`);
    await tx.exec(`TRUNCATE ${order.map(ident).join(', ')} RESTART IDENTITY CASCADE`);
    let rows = 0;
    for (const t of order) {
      const data = backup.tables[t] ?? [];
      if (data.length === 0) continue;
      // Generated (computed) columns are left to the database; OVERRIDING
      // SYSTEM VALUE keeps the ids of GENERATED ALWAYS identity columns.
      const cols = (
        await tx.query<{ name: string }>(
          `SELECT column_name AS name FROM information_schema.columns
           WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
          [t],
        )
      ).rows.map((r) => ident(r.name));
      await tx.query(
        `INSERT INTO ${ident(t)} (${cols.join(', ')}) OVERRIDING SYSTEM VALUE
         SELECT ${cols.join(', ')} FROM jsonb_populate_recordset(NULL::${ident(t)}, $1::jsonb)`,
        [JSON.stringify(data)],
      );
      rows += data.length;
    }
    // Identity sequences continue after the restored ids.
    const seqs = await tx.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = current_schema() AND is_identity = 'YES'`,
    );
    for (const s of seqs.rows) {
      if (SKIP.has(s.table_name)) continue;
      const col = ident(s.column_name);
      await tx.query(
        `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE(MAX(${col}), 0) + 1, false) FROM ${ident(s.table_name)}`,
        [s.table_name, s.column_name],
      );
    }
    return { tables: order.length, rows };
  });
}
