#!/usr/bin/env node
// Runs every *.test.ts under src/ and test/ with node's test runner (through
// tsx). Browser tests (test/e2e) run when Chromium is installed, or always
// with E2E=1; server-backed store tests need DATABASE_URL_TEST.
// Usage: node scripts/run-tests.mjs [path-substring ...]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const filters = process.argv.slice(2);
const walk = (dir) =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? (e.name === 'node_modules' ? [] : walk(join(dir, e.name))) : [join(dir, e.name)],
      )
    : [];
const e2e = process.env.E2E === '1' || (process.env.E2E !== '0' && existsSync('/usr/bin/chromium'));
const files = [...walk('src'), ...walk('test')]
  .filter((f) => f.endsWith('.test.ts') || f.endsWith('.test.tsx'))
  .filter((f) => e2e || !f.includes('/e2e/'))
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
  .sort();
if (files.length === 0) {
  console.error('no test files matched');
  process.exit(1);
}
if (!e2e) console.log('# browser tests skipped: /usr/bin/chromium is not installed (apt-get install -y chromium)');
const r = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files],
  { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
);
process.exit(r.status ?? 1);
