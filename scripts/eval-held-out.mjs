#!/usr/bin/env node
// Scores the extraction pipeline on the held-out documents in test/fixtures/held-out:
// every NAME.txt there (UTF-8) is scored against the hand-made NAME.json next to it,
// with the shared scorer, running the CLI straight from the TypeScript sources (tsx),
// so no build is needed. These documents were written blind (without looking at the
// pipeline) and must never be used to tune it; they estimate how it does on unseen text.
// Usage: node scripts/eval-held-out.mjs [--json]   (always verbose)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scorer = join(root, '..', 'shared', 'tools', 'score-claims.mjs');
if (!existsSync(scorer)) {
  console.error(`the shared scorer is missing at ${scorer}`);
  process.exit(1);
}
const dir = 'test/fixtures/held-out';
const args = [
  scorer,
  '--docs',
  dir,
  '--gold',
  dir,
  '--run',
  'node --import tsx src/cli/main.ts extract {} --format claims-json',
  '--verbose',
  ...process.argv.slice(2).filter((a) => a === '--json'),
];
const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
process.stdout.write(r.stdout ?? '');
process.stderr.write(r.stderr ?? '');
if (r.error) {
  console.error(r.error.message);
  process.exit(1);
}
process.exit(r.status ?? 1);
