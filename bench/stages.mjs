/**
 * The benchmark's stage driver: runs one document through the pipeline's
 * stages in the order src/pipeline/index.ts (runPipeline) uses them, timing
 * each call. Keep the two in step: when runPipeline changes how it calls a
 * stage, change run() here too. Stages not built yet are listed as missing,
 * and the benchmark says so in its results.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export async function makeDriver({ load, ROOT, decode, mainText }) {
  const seg = await load('pipeline/segment.js');
  const rec = await load('pipeline/recognise/index.js');
  const gaz = await load('pipeline/gazetteer.js');
  const rel = await load('pipeline/relate/index.js');
  const recon = await load('pipeline/reconcile.js');
  const index = await load('pipeline/index.js');

  // The gazetteer and the known claims come from the curated dataset, as ingest takes them from a seeded store.
  let places = [];
  let known = [];
  const ds = await load('dataset/load-dataset.js');
  const tr = await load('dataset/to-records.js');
  if (ds && tr && existsSync(join(ROOT, 'data'))) {
    try {
      const records = tr.toRecords(ds.loadDataset(join(ROOT, 'data')));
      places = records.places;
      known = records.claims;
    } catch (err) {
      console.error(`bench: the dataset did not load (${err.message.split('\n')[0]}); running with an empty gazetteer`);
    }
  }
  const gazetteer = gaz?.buildGazetteer ? gaz.buildGazetteer(places) : null;

  const stageNames = ['decode', 'mainText'];
  const missing = [];
  const have = (name, ok) => (ok ? stageNames.push(name) : missing.push(name));
  have('segment', !!seg?.segment);
  have('recognise', !!(rec?.recognise && gazetteer));
  have('relate', !!rel?.relate);
  have('reconcile', !!recon?.reconcile);

  const clock = performance.now.bind(performance);
  function run(bytes, name, times) {
    let t = clock();
    const decoded = decode(bytes, name);
    let u = clock();
    times.decode += u - t;
    const main = mainText(decoded);
    t = clock();
    times.mainText += t - u;
    if (!seg?.segment) return 0;
    const paragraphs = seg.segment(main.text, main.meta?.lang?.slice(0, 2) || 'en');
    u = clock();
    times.segment += u - t;
    if (!(rec?.recognise && gazetteer)) return 0;
    const mentions = paragraphs.map((p) => p.sentences.map((s) => rec.recognise(s, gazetteer)));
    t = clock();
    times.recognise += t - u;
    if (!rel?.relate) return 0;
    const claims = rel.relate({ main, paragraphs, mentions, gazetteer });
    u = clock();
    times.relate += u - t;
    if (!recon?.reconcile) return claims.length;
    const reconciled = recon.reconcile(claims, known);
    times.reconcile += clock() - u;
    return reconciled.length;
  }

  return { run, stageNames, missing, via: index?.runPipeline ? 'stages of src/pipeline (runPipeline present)' : 'stages of src/pipeline (runPipeline not built yet)' };
}
