#!/usr/bin/env node
/**
 * Pipeline benchmark (`npm run bench`, after `npm run build`): throughput in
 * MB/s on one core and the time of each stage, over a corpus of at least
 * 50 MB built from many generated documents (bench/corpus.mjs) plus the
 * shared corpus seeds when ../shared is there; against a baseline run in the
 * same process: chrono-node's own `parse` over the same decoded text.
 *
 * Each repetition runs every document through the stages one by one, each
 * call wrapped in a timer, in the order runPipeline uses them (see
 * src/pipeline/index.ts); the stage sum is the pipeline's time. Medians of
 * BENCH_REPS (default 5) repetitions are reported.
 *
 * Writes bench/results/pipeline.json and bench/results/pipeline.md.
 * Environment: BENCH_OUT (default bench/results), BENCH_MB (default 50: the generated part is at least 50 MiB), BENCH_REPS (default 5).
 * Throughput is in MB/s, MB = 10^6 bytes of input documents.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as chrono from 'chrono-node';
import { makeCorpus } from './corpus.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const MIN_MB = Number(process.env.BENCH_MB ?? 50);
const REPS = Math.max(1, Number(process.env.BENCH_REPS ?? 5));
const SEEDS = join(ROOT, '..', 'shared', 'corpus', 'seeds');

if (!existsSync(join(DIST, 'pipeline', 'decode.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first (npm run bench does it)');
  process.exit(1);
}
const load = async (rel) => {
  const f = join(DIST, rel);
  return existsSync(f) ? import(pathToFileURL(f).href) : null;
};

const { decode } = await load('pipeline/decode.js');
const { mainText } = await load('pipeline/main-text.js');
const stages = await import('./stages.mjs');
const driver = await stages.makeDriver({ load, ROOT, decode, mainText });

// ─── corpus ──────────────────────────────────────────────────────────────────
const docs = makeCorpus(MIN_MB * 2 ** 20);
let seedCount = 0;
if (existsSync(SEEDS)) {
  for (const f of readdirSync(SEEDS).sort()) {
    docs.push({ name: f, kind: 'corpus-seed', bytes: readFileSync(join(SEEDS, f)) });
    seedCount++;
  }
}
const totalBytes = docs.reduce((n, d) => n + d.bytes.length, 0);
const kinds = {};
for (const d of docs) kinds[d.kind] = (kinds[d.kind] ?? 0) + 1;
const inputs = docs.map((d) => ({ ...d, bytes: new Uint8Array(d.bytes) }));
const decodedTexts = inputs.map((d) => decode(d.bytes, d.name).text);
console.log(
  `bench: ${docs.length} documents, ${(totalBytes / 1e6).toFixed(1)} MB = ${(totalBytes / 2 ** 20).toFixed(1)} MiB (${JSON.stringify(kinds)}); ${REPS} repetitions`,
);
console.log(
  `bench: stages timed: ${driver.stageNames.join(', ')}${driver.missing.length ? `; not available yet: ${driver.missing.join(', ')}` : ''}`,
);

// ─── runs ────────────────────────────────────────────────────────────────────
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** CPU seconds (user + system) of this process since `from`: less sensitive than wall time to other processes on the machine. */
const cpuSince = (from) => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1e6;
};

function pipelineRun() {
  const times = Object.fromEntries(driver.stageNames.map((n) => [n, 0]));
  let claims = 0;
  const cpu0 = process.cpuUsage();
  for (const d of inputs) claims += driver.run(d.bytes, d.name, times);
  const cpuSeconds = cpuSince(cpu0);
  const total = Object.values(times).reduce((a, b) => a + b, 0);
  return {
    seconds: total / 1000,
    cpuSeconds,
    stages: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, v / 1000])),
    claims,
  };
}

function baselineRun() {
  const ref = new Date(Date.UTC(1945, 4, 9));
  let results = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const text of decodedTexts) results += chrono.parse(text, ref).length;
  return { seconds: (performance.now() - t0) / 1000, cpuSeconds: cpuSince(cpu0), results };
}

driver.checkInStep(inputs.filter((_, i) => i % 97 === 0 || inputs[i].kind === 'corpus-seed'));
console.log(`bench: gazetteer from ${driver.places} places, reconciling against ${driver.knownClaims} curated claims`);

// One warm-up pass over a slice, so the JIT has seen every path before timing starts.
for (const d of inputs.slice(0, 50))
  driver.run(d.bytes, d.name, Object.fromEntries(driver.stageNames.map((n) => [n, 0])));
for (const t of decodedTexts.slice(0, 50)) chrono.parse(t);

const runs = [];
const baseRuns = [];
for (let i = 0; i < REPS; i++) {
  const p = pipelineRun();
  const b = baselineRun();
  runs.push(p);
  baseRuns.push(b);
  console.log(
    `bench: rep ${i + 1}/${REPS}: pipeline ${p.seconds.toFixed(2)} s (${(totalBytes / 1e6 / p.seconds).toFixed(2)} MB/s, ${p.claims} claims); ` +
      `chrono ${b.seconds.toFixed(2)} s (${(totalBytes / 1e6 / b.seconds).toFixed(2)} MB/s)`,
  );
}

// ─── results ─────────────────────────────────────────────────────────────────
const pSec = median(runs.map((r) => r.seconds));
const bSec = median(baseRuns.map((r) => r.seconds));
const pCpu = median(runs.map((r) => r.cpuSeconds));
const bCpu = median(baseRuns.map((r) => r.cpuSeconds));
const stageMedians = Object.fromEntries(
  driver.stageNames.map((n) => {
    const s = median(runs.map((r) => r.stages[n]));
    return [n, { medianSeconds: round(s), share: round(s / pSec, 3), mbPerSecond: round(totalBytes / 1e6 / s) }];
  }),
);
const costliest = Object.entries(stageMedians).sort((a, b) => b[1].medianSeconds - a[1].medianSeconds)[0]?.[0] ?? null;
function round(x, d = 3) {
  return Number.isFinite(x) ? Number(x.toFixed(d)) : null;
}

const result = {
  generatedAt: new Date().toISOString(),
  machine: {
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    loadAverageAtEnd: loadavg().map((x) => round(x, 2)),
    note: 'one process, one thread; wall-clock figures are affected by other load on the machine, CPU-time figures less so',
  },
  corpus: {
    documents: docs.length,
    bytes: totalBytes,
    mb: round(totalBytes / 1e6, 1),
    mib: round(totalBytes / 2 ** 20, 1),
    kinds,
    corpusSeeds: seedCount,
  },
  repetitions: REPS,
  pipeline: {
    medianSeconds: round(pSec),
    mbPerSecond: round(totalBytes / 1e6 / pSec),
    docsPerSecond: round(docs.length / pSec, 1),
    medianCpuSeconds: round(pCpu),
    mbPerCpuSecond: round(totalBytes / 1e6 / pCpu),
    claimsPerRun: runs[0].claims,
    runsSeconds: runs.map((r) => round(r.seconds)),
    stagesTimed: driver.stageNames,
    stagesMissing: driver.missing,
    via: driver.via,
  },
  stages: stageMedians,
  costliestStage: costliest,
  baseline: {
    name: 'chrono-node parse() over the same decoded text',
    medianSeconds: round(bSec),
    mbPerSecond: round(totalBytes / 1e6 / bSec),
    medianCpuSeconds: round(bCpu),
    mbPerCpuSecond: round(totalBytes / 1e6 / bCpu),
    resultsPerRun: baseRuns[0].results,
    runsSeconds: baseRuns.map((r) => round(r.seconds)),
  },
  pipelineVsBaseline: round(bSec / pSec, 2),
};

const outDir = process.env.BENCH_OUT ?? join(ROOT, 'bench', 'results');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'pipeline.json'), JSON.stringify(result, null, 2) + '\n');
const md = [
  '# Pipeline benchmark',
  '',
  `${result.generatedAt} · Node ${result.machine.node} · ${result.machine.cpu} · one core · load average at the end ${result.machine.loadAverageAtEnd.join(' / ')} on ${result.machine.cores} cores`,
  '',
  `Corpus: ${result.corpus.documents} documents, ${result.corpus.mb} MB (${Object.entries(kinds)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ')}). Median of ${REPS} runs.`,
  '',
  '| | median s (wall) | MB/s (wall) | median CPU s | MB per CPU s |',
  '|---|---:|---:|---:|---:|',
  `| **pipeline** (${driver.stageNames.join(' → ')}) | ${result.pipeline.medianSeconds} | **${result.pipeline.mbPerSecond}** | ${result.pipeline.medianCpuSeconds} | ${result.pipeline.mbPerCpuSecond} |`,
  `| baseline: chrono-node \`parse\` | ${result.baseline.medianSeconds} | ${result.baseline.mbPerSecond} | ${result.baseline.medianCpuSeconds} | ${result.baseline.mbPerCpuSecond} |`,
  '',
  '| stage | median s | share of pipeline |',
  '|---|---:|---:|',
  ...Object.entries(stageMedians).map(([n, s]) => `| ${n} | ${s.medianSeconds} | ${(s.share * 100).toFixed(1)}% |`),
  '',
  `Costliest stage: **${costliest}**. The pipeline runs at ${result.pipelineVsBaseline}× the speed of chrono-node's parse alone.`,
  driver.missing.length ? `\nNot timed (not available when this ran): ${driver.missing.join(', ')}.` : '',
  '',
].join('\n');
writeFileSync(join(outDir, 'pipeline.md'), md);
console.log(md);
