import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, REPO_ROOT, tempDir } from './helpers.js';

test(
  'ingest command: summary on stdout, "FILE: reason" per failure on stderr, exit 1 when a file failed',
  { timeout: 120_000 },
  () => {
    const docs = tempDir('cli-docs');
    const data = tempDir('cli-data');
    try {
      for (const f of ['empty.txt', 'pixel.png', 'smolensk-capture.txt', 'tula-utf16le-bom.txt'])
        copyFileSync(join(FIXTURES, f), join(docs, f));
      const run = (...extra: string[]) =>
        spawnSync(
          process.execPath,
          ['--import', 'tsx', join(REPO_ROOT, 'test/ingest/run-ingest.ts'), '--data', data, 'ingest', ...extra],
          {
            cwd: REPO_ROOT,
            env: { ...process.env, DATABASE_URL: '' },
            encoding: 'utf8',
          },
        );
      const r = run(docs);
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stdout, /^documents stored: 2$/m);
      assert.match(r.stdout, /^already stored: 0$/m);
      assert.match(r.stdout, /^claims: \d+ \(agreements \d+, conflicts \d+, new \d+\)$/m);
      assert.match(r.stdout, /^failures: 2$/m);
      assert.match(r.stderr, /empty\.txt: the file is empty \(0 bytes\)/);
      assert.match(r.stderr, /pixel\.png: looks like a PNG image, not a text document/);

      const ok = run(join(docs, 'smolensk-capture.txt'), join(docs, 'tula-*.txt'));
      assert.equal(ok.status, 0, ok.stderr);
      assert.match(ok.stdout, /^already stored: 2$/m);
      assert.ok(!ok.stderr.includes('ingest ['), 'no progress bar when stderr is not a terminal');
    } finally {
      rmSync(docs, { recursive: true, force: true });
      rmSync(data, { recursive: true, force: true });
    }
  },
);
