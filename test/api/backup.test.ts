/**
 * The full backup restores exactly: export a store with documents, claims,
 * reviews, users, tokens and audit entries → import into a fresh store →
 * export again → the two files are identical. Then the same through the
 * command line (`token`, `export --format backup`, `import`).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import type { Db } from '../../src/store/db.js';
import { openDb } from '../../src/store/open-db.js';
import { exportBackup, importBackup } from '../../src/export/backup.js';
import { restoreStore, storeHasData } from '../../src/store/queries/backup.js';
import { upsertUser } from '../../src/store/queries/users.js';
import { verifyToken } from '../../src/store/queries/tokens.js';
import * as tokenCommand from '../../src/cli/commands/token.js';
import * as importCommand from '../../src/cli/commands/import.js';
import * as exportCommand from '../../src/cli/commands/export.js';
import { seededStore, testApi } from './harness.js';
import { adapters } from '../store/harness.js';

let source: Db;
let apiToken: string;
before(async () => {
  source = await seededStore();
  const api = await testApi(source);
  apiToken = api.token;
  const res = await api.request('/api/v1/documents', {
    method: 'POST',
    auth: api.token,
    json: { fileName: 'восток.txt', text: 'Бои закончились 2 February 1943 — «итог».\n\u00a0tab\there' },
  });
  assert.equal(res.status, 201);
  const { claims } = (await res.json()) as { claims: { id: string }[] };
  const review = await api.request(`/api/v1/claims/${claims[0]!.id}/review`, {
    method: 'POST',
    auth: api.token,
    json: { decision: 'reject', note: 'test' },
  });
  assert.equal(review.status, 200);
  await upsertUser(source, 'curator1', 'scrypt$fake$hash', 'curator');
});
after(() => source.close());

const fresh = () => openDb({ dataDir: 'memory://', databaseUrl: '' });

test('export → import into a fresh store → export gives the same file', async () => {
  const first = await exportBackup(source);
  const parsed = JSON.parse(first.body);
  for (const table of [
    'document',
    'claim',
    'claim_reference',
    'review',
    'app_user',
    'api_token',
    'audit_log',
    'source',
    'place',
  ]) {
    assert.ok(parsed.tables[table]?.length > 0, `${table} is in the backup`);
  }
  const target = await fresh();
  try {
    assert.equal(await storeHasData(target), false);
    const restored = await importBackup(target, first.body);
    assert.ok(restored.rows > 0);
    const second = await exportBackup(target);
    assert.equal(second.body, first.body);
    // The restored store works: tokens verify, identity columns continue after the restored ids.
    assert.ok(await verifyToken(target, apiToken));
    const maxBefore = Math.max(...parsed.tables.audit_log.map((r: { id: number }) => r.id));
    const { rows } = await target.query<{ id: number }>(
      "INSERT INTO audit_log (actor, action) VALUES ('test', 'after-restore') RETURNING id",
    );
    assert.ok(rows[0]!.id > maxBefore);
  } finally {
    await target.close();
  }
});

// On a PostgreSQL server too (DATABASE_URL_TEST): a backup made on PGlite restores there and exports identically.
for (const adapter of adapters()) {
  test(`a backup restores exactly into a fresh ${adapter.name} store`, async () => {
    const first = await exportBackup(source);
    const target = await adapter.open();
    try {
      await importBackup(target.db, first.body);
      assert.equal((await exportBackup(target.db)).body, first.body);
      assert.ok(await verifyToken(target.db, apiToken));
    } finally {
      await target.dispose();
    }
  });
}

test('a bad backup changes nothing', async () => {
  const target = await fresh();
  try {
    await assert.rejects(importBackup(target, '{"format":"something-else"}'), /not a Hero Cities backup/);
    await assert.rejects(importBackup(target, '{"format":'), /not valid JSON/);
    const good = JSON.parse((await exportBackup(source)).body);
    await assert.rejects(restoreStore(target, { ...good, migrations: ['000_other.sql'] }), /same version/);
    // A row that breaks a constraint half-way: the transaction leaves the store as it was.
    const broken = structuredClone(good);
    broken.tables.claim_reference.push({ ...broken.tables.claim_reference[0], source_id: 'no-such-source', ord: 99 });
    await assert.rejects(restoreStore(target, broken));
    assert.equal(await storeHasData(target), false);
  } finally {
    await target.close();
  }
});

function program(): Command {
  const p = new Command('hero-cities').option('--data <dir>').exitOverride();
  tokenCommand.register(p);
  importCommand.register(p);
  exportCommand.register(p);
  return p;
}

async function run(dataDir: string, ...args: string[]): Promise<string> {
  const out: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  const errWrite = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string) => (out.push(String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = (() => true) as typeof process.stderr.write;
  try {
    await program().parseAsync(['node', 'hero-cities', '--data', dataDir, ...args]);
  } finally {
    process.stdout.write = write;
    process.stderr.write = errWrite;
  }
  return out.join('');
}

test('command line: token create/list/revoke, export --format backup, import', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hc-backup-'));
  try {
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    // Store a: the fixture data (restored from the source store) plus a token made on the command line.
    const seeded = JSON.parse((await exportBackup(source)).body);
    const db = await openDb({ dataDir: a, databaseUrl: '' });
    await restoreStore(db, seeded);
    await db.close();

    const secret = (await run(a, 'token', 'create', 'cli test')).trim();
    assert.match(secret, /^hc_[A-Za-z0-9_-]{40,}$/);
    const list = JSON.parse(await run(a, 'token', 'list', '--json')) as {
      id: string;
      name: string;
      revokedAt: string | null;
    }[];
    const made = list.find((t) => t.name === 'cli test')!;
    assert.ok(made);
    assert.ok(!(await run(a, 'token', 'list')).includes(secret), 'the secret is never listed');
    assert.match(await run(a, 'token', 'revoke', made.id), /revoked/);
    await assert.rejects(run(a, 'token', 'revoke', made.id), /no active token/);

    const file1 = join(dir, 'one.json');
    const file2 = join(dir, 'two.json');
    await run(a, 'export', '--format', 'backup', '--out', file1);
    await run(b, 'import', file1);
    await assert.rejects(run(b, 'import', file1), /--replace/);
    await run(b, 'import', file1, '--replace');
    await run(b, 'export', '--format', 'backup', '--out', file2);
    assert.equal(readFileSync(file2, 'utf8'), readFileSync(file1, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
