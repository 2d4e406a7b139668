#!/usr/bin/env node
// Scores the extraction pipeline on one folder of documents with gold claims
// (NAME.txt beside NAME.json) using the shared scorer, running the CLI straight
// from the TypeScript sources (tsx), so no build is needed.
//
//   node scripts/eval-set.mjs test/fixtures/held-out   set 1: written blind, then used to choose rules
//   node scripts/eval-set.mjs test/fixtures/blind-2    set 2: written blind; its scores (not its texts) were seen while choosing rules
//   node scripts/eval-set.mjs test/fixtures/held-out-3 set 3: written blind, scored once, then used to choose rules
//   node scripts/eval-set.mjs test/fixtures/held-out-5 set 5: written blind, scored once, then used to choose rules
//   node scripts/eval-set.mjs test/fixtures/held-out-6 set 6: written blind, scored once (after round 4), then held out
//   (set 4 was scored once blind and then lost with the machine it lived on)
//
// Options: --verbose (misses and extras), --json. `npm run eval` scores the
// development corpus and test/fixtures/claims.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scorer = join(root, '..', 'shared', 'tools', 'score-claims.mjs');
const [dir, ...rest] = process.argv.slice(2);
if (!dir || !existsSync(join(root, dir))) {
  console.error('usage: node scripts/eval-set.mjs DIR [--verbose] [--json]   (DIR holds NAME.txt and NAME.json pairs)');
  process.exit(2);
}
if (!existsSync(scorer)) {
  console.error(`the shared scorer is missing at ${scorer}; it comes with ../shared beside the repository`);
  process.exit(1);
}
const args = [
  scorer,
  '--docs',
  dir,
  '--gold',
  dir,
  '--run',
  'node --import tsx src/cli/main.ts extract {} --format claims-json',
  ...rest.filter((a) => a === '--verbose' || a === '--json'),
];
const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
process.stdout.write(r.stdout ?? '');
process.stderr.write(r.stderr ?? '');
if (r.error) {
  console.error(r.error.message);
  process.exit(1);
}
process.exit(r.status ?? 1);
