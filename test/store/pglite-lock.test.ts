import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openPglite } from '../../src/store/pglite-db.js';

const dir = mkdtempSync(join(tmpdir(), 'hero-cities-lock-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a data directory in use by a live process is refused; a stale lock is taken over', async () => {
  // The parent process is alive and is not us: as if another hero-cities held the store.
  writeFileSync(join(dir, 'hero-cities.lock'), String(process.ppid));
  await assert.rejects(openPglite(dir), /in use by process \d+.*DATABASE_URL/);
  // A pid that cannot be running is a lock left behind by a crash.
  writeFileSync(join(dir, 'hero-cities.lock'), '2147483646');
  const db = await openPglite(dir);
  try {
    await assert.rejects(openPglite(dir), /in use by process/);
  } finally {
    await db.close();
  }
  // Closed: the directory is free again.
  const again = await openPglite(dir);
  await again.close();
});
