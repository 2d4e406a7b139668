/**
 * Runs a store suite on every adapter: PGlite in memory always, and a
 * PostgreSQL server when DATABASE_URL_TEST is set (a fresh database per suite,
 * created and dropped through that admin connection).
 *
 * PGlite takes seconds to start, so a suite shares one seeded store across its
 * tests; tests that write must undo what they write, or live in a suite of their own.
 */
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe } from 'node:test';
import pg from 'pg';
import { loadDataset, type Dataset } from '../../src/dataset/load-dataset.js';
import type { Db } from '../../src/store/db.js';
import { openDb } from '../../src/store/open-db.js';
import { seed } from '../../src/store/seed.js';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURE_DATASET = join(REPO_ROOT, 'test', 'fixtures', 'dataset-bad', 'valid');

let fixture: Dataset | undefined;
export function fixtureDataset(): Dataset {
  fixture ??= loadDataset(FIXTURE_DATASET);
  return fixture;
}

export interface Adapter {
  name: 'pglite' | 'postgres';
  /** A fresh, migrated, empty store, and how to dispose of it. */
  open(): Promise<{ db: Db; dispose(): Promise<void> }>;
}

export function adapters(): Adapter[] {
  const list: Adapter[] = [
    {
      name: 'pglite',
      async open() {
        const db = await openDb({ dataDir: 'memory://', databaseUrl: '' });
        return { db, dispose: () => db.close() };
      },
    },
  ];
  const admin = process.env.DATABASE_URL_TEST;
  if (admin) {
    list.push({
      name: 'postgres',
      async open() {
        const name = `hc_test_${randomBytes(6).toString('hex')}`;
        const adminClient = new pg.Client({ connectionString: admin });
        await adminClient.connect();
        await adminClient.query(`CREATE DATABASE ${name}`);
        const url = new URL(admin);
        url.pathname = `/${name}`;
        const db = await openDb({ databaseUrl: url.toString() });
        return {
          db,
          async dispose() {
            await db.close();
            // Closed connections may take a moment to leave the server; FORCE only as a last resort.
            for (let attempt = 0; ; attempt++) {
              try {
                await adminClient.query(`DROP DATABASE IF EXISTS ${name}${attempt >= 20 ? ' WITH (FORCE)' : ''}`);
                break;
              } catch (err) {
                if (attempt >= 20) throw err;
                await new Promise((r) => setTimeout(r, 100));
              }
            }
            await adminClient.end();
          },
        };
      },
    });
  }
  return list;
}

/**
 * Declares `describe(<title> on <adapter>)` per adapter, with a store seeded
 * from `dataset` (default: the fixture dataset) before its tests run.
 */
export function forEachAdapter(
  title: string,
  body: (ctx: { readonly db: Db; adapter: Adapter['name'] }) => void,
  opts: { dataset?: () => Dataset; seeded?: boolean } = {},
): void {
  for (const adapter of adapters()) {
    describe(`${title} on ${adapter.name}`, () => {
      let store: { db: Db; dispose(): Promise<void> } | undefined;
      before(async () => {
        store = await adapter.open();
        if (opts.seeded !== false) await seed(store.db, (opts.dataset ?? fixtureDataset)());
      });
      after(async () => {
        await store?.dispose();
      });
      body({
        get db() {
          if (!store) throw new Error('the store is opened in before()');
          return store.db;
        },
        adapter: adapter.name,
      });
    });
  }
}
