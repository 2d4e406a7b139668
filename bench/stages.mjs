/**
 * The benchmark's stage driver: runs one document through the pipeline's
 * stages exactly as runPipeline (src/pipeline/index.ts) and extractClaims
 * (src/pipeline/extract.ts) compose them, timing each call:
 *   decode → mainText → segment → recognise → relate → reconcile.
 * Keep run() in step with those two files; checkInStep() compares this
 * driver's claims with runPipeline's on a sample, and the benchmark refuses to
 * report if they differ.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export async function makeDriver({ load, ROOT, decode, mainText }) {
  const { segmentText, recogniseAll, relateAll } = await load('pipeline/extract.js');
  const { buildGazetteer } = await load('pipeline/gazetteer.js');
  const { reconcile } = await load('pipeline/reconcile.js');
  const { runPipeline } = await load('pipeline/index.js');

  // The gazetteer and the known claims come from the curated dataset, as ingest takes them from a seeded store.
  let places = [];
  let known = [];
  const ds = await load('dataset/load-dataset.js');
  const tr = await load('dataset/to-records.js');
  if (existsSync(join(ROOT, 'data'))) {
    try {
      const records = tr.toRecords(ds.loadDataset(join(ROOT, 'data')));
      places = records.places;
      known = records.claims;
    } catch (err) {
      console.error(
        `bench: the dataset did not load (${err.message.split('\n')[0]}); running with the lexicon's aliases only`,
      );
    }
  }
  const gazetteer = buildGazetteer(places);

  const stageNames = ['decode', 'mainText', 'segment', 'recognise', 'relate', 'reconcile'];
  const clock = performance.now.bind(performance);

  /** Runs one document, adding each stage's milliseconds to `times`; returns the claims. */
  function runStaged(bytes, name, times) {
    let t = clock();
    const decoded = decode(bytes, name);
    let u = clock();
    times.decode += u - t;
    const main = mainText(decoded);
    t = clock();
    times.mainText += t - u;
    const paragraphs = segmentText(main.text);
    u = clock();
    times.segment += u - t;
    const mentions = recogniseAll(paragraphs, gazetteer);
    t = clock();
    times.recognise += t - u;
    const claims = relateAll(main, paragraphs, mentions, gazetteer);
    u = clock();
    times.relate += u - t;
    const reconciled = reconcile(claims, known);
    times.reconcile += clock() - u;
    return reconciled;
  }

  /** Throws when this driver and runPipeline disagree on any of the documents. */
  function checkInStep(docs) {
    const times = Object.fromEntries(stageNames.map((n) => [n, 0]));
    for (const d of docs) {
      const a = JSON.stringify(runStaged(d.bytes, d.name, times));
      const b = JSON.stringify(runPipeline(d.bytes, d.name, { gazetteer, known }).claims);
      if (a !== b)
        throw new Error(
          `bench/stages.mjs is out of step with runPipeline on ${d.name}; update run() to match src/pipeline`,
        );
    }
  }

  return {
    run: (bytes, name, times) => runStaged(bytes, name, times).length,
    checkInStep,
    stageNames,
    missing: [],
    places: places.length,
    knownClaims: known.length,
    via: 'stage functions of dist/pipeline, composed as runPipeline does (checked against it)',
  };
}
