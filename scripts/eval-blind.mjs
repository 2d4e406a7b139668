#!/usr/bin/env node
// Scores the extraction pipeline on the blind documents in test/fixtures/blind-2
// (written without looking at the pipeline; never tune on them) with the shared scorer,
// running the CLI from the TypeScript sources via tsx. VERBOSE=1 adds misses and extras.
// Usage: [VERBOSE=1] node scripts/eval-blind.mjs [--json]
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
const dir = 'test/fixtures/blind-2';
const args = [
  scorer,
  '--docs',
  dir,
  '--gold',
  dir,
  '--run',
  'node --import tsx src/cli/main.ts extract {} --format claims-json',
  ...(process.env.VERBOSE === '1' ? ['--verbose'] : []),
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
