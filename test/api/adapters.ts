/**
 * The stores the API tests run on: PGlite in memory always, and a fresh
 * database on a PostgreSQL server when DATABASE_URL_TEST is set.
 *
 * Like test/store/harness.ts, except that dispose waits a moment between
 * closing the pool and dropping the database: pg's Pool.end() resolves before
 * its idle connections have finished closing, and DROP DATABASE … WITH
 * (FORCE) would kill them mid-close, which surfaces as an uncaught
 * "terminating connection due to administrator command". (The API tests use
 * several pool connections at once, so they hit this where the store tests do not.)
 */
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import type { Db } from '../../src/store/db.js';
import { openDb } from '../../src/store/open-db.js';

export interface TestStore {
  db: Db;
  dispose(): Promise<void>;
}

export interface TestAdapter {
  name: 'pglite' | 'postgres';
  open(): Promise<TestStore>;
}

export function testAdapters(): TestAdapter[] {
  const list: TestAdapter[] = [
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
        const name = `hc_api_test_${randomBytes(6).toString('hex')}`;
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
            await sleep(250);
            await adminClient.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
            await adminClient.end();
          },
        };
      },
    });
  }
  return list;
}
