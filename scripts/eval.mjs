#!/usr/bin/env node
// Scores the extraction pipeline with the shared scorer (`npm run eval` builds first).
//   1. the development corpus: ../shared/corpus/seeds against ../shared/corpus/gold,
//      running `node dist/cli/main.js extract FILE --format claims-json` per document;
//   2. the project's own cases: test/fixtures/claims/<case>/ holds one document
//      (any name but gold.json: .txt, .html, a legacy encoding…) and gold.json.
//      The scorer reads .txt documents as UTF-8, so each case's main text (what
//      the quotes are taken from) and its predicted claims are written to a
//      temporary folder and scored with --pred.
// Usage: node scripts/eval.mjs [--verbose] [--json]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scorer = join(root, '..', 'shared', 'tools', 'score-claims.mjs');
const corpus = join(root, '..', 'shared', 'corpus');
const passthrough = process.argv.slice(2).filter((a) => a === '--verbose' || a === '--json');

if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
  console.error('dist/ is missing: run `npm run build` first (npm run eval does it for you)');
  process.exit(1);
}
if (!existsSync(scorer)) {
  console.error(`the shared scorer is missing at ${scorer}`);
  process.exit(1);
}

const score = (args) =>
  execFileSync(process.execPath, [scorer, ...args, ...passthrough], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });

let failed = false;
if (existsSync(join(corpus, 'seeds'))) {
  console.log('# development corpus (../shared/corpus)');
  process.stdout.write(
    score([
      '--docs',
      join(corpus, 'seeds'),
      '--gold',
      join(corpus, 'gold'),
      '--run',
      `node ${JSON.stringify(join(root, 'dist', 'cli', 'main.js'))} extract {} --format claims-json`,
    ]),
  );
} else {
  console.log('# development corpus not found at ../shared/corpus: skipped');
}

const casesDir = join(root, 'test', 'fixtures', 'claims');
const cases = existsSync(casesDir)
  ? readdirSync(casesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()
  : [];
if (cases.length) {
  const { runPipeline, buildGazetteer } = await import(join(root, 'dist', 'pipeline', 'index.js'));
  const { knownBase, toClaimsJson } = await import(join(root, 'dist', 'cli', 'commands', 'extract.js'));
  const base = knownBase(undefined, (m) => process.stderr.write(m));
  const gazetteer = buildGazetteer(base.places);
  const tmp = mkdtempSync(join(tmpdir(), 'hero-cities-eval-'));
  try {
    for (const d of ['docs', 'gold', 'pred']) execFileSync('mkdir', ['-p', join(tmp, d)]);
    for (const name of cases) {
      const dir = join(casesDir, name);
      const doc = readdirSync(dir).find((f) => f !== 'gold.json' && !f.startsWith('.') && !/\.(?:md|mjs)$/.test(f));
      if (!doc || !existsSync(join(dir, 'gold.json'))) {
        console.error(`${name}: needs one document and gold.json`);
        failed = true;
        continue;
      }
      const result = runPipeline(new Uint8Array(readFileSync(join(dir, doc))), doc, { gazetteer, known: base.claims });
      writeFileSync(join(tmp, 'docs', `${name}.txt`), result.main.text);
      writeFileSync(join(tmp, 'gold', `${name}.json`), readFileSync(join(dir, 'gold.json')));
      writeFileSync(join(tmp, 'pred', `${name}.json`), JSON.stringify(toClaimsJson(result.claims)));
    }
    console.log('\n# project cases (test/fixtures/claims)');
    process.stdout.write(
      score(['--docs', join(tmp, 'docs'), '--gold', join(tmp, 'gold'), '--pred', join(tmp, 'pred')]),
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
process.exit(failed ? 1 : 0);
