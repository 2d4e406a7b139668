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
  const { segment } = await load('pipeline/segment.js');
  const { recognise } = await load('pipeline/recognise/index.js');
  const { buildGazetteer } = await load('pipeline/gazetteer.js');
  const { PATTERNS, assignSubjects, mainPlace } = await load('pipeline/relate/index.js');
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

  // As in extract.ts: Cyrillic-heavy texts are segmented with Russian rules.
  function languageOf(text) {
    const sample = text.slice(0, 5000);
    const cyr = (sample.match(/[\u0400-\u04FF]/gu) ?? []).length;
    const lat = (sample.match(/[A-Za-z]/gu) ?? []).length;
    return cyr > lat ? 'ru' : 'en';
  }

  // As in extract.ts: subjects, events carried along, the patterns over each sentence.
  function relate(main, paragraphs, mentions) {
    const text = main.text;
    const allPlaces = mentions.flat(2).filter((m) => m.kind === 'place');
    const titleMentions = main.title
      ? recognise({ start: 0, end: main.title.length, text: main.title }, gazetteer).filter((m) => m.kind === 'place')
      : [];
    const subjects = assignSubjects(paragraphs, mentions, mainPlace(allPlaces, titleMentions));
    const lastEvent = new Map();
    const claims = [];
    paragraphs.forEach((p, i) =>
      p.sentences.forEach((sentence, j) => {
        const ms = mentions[i][j];
        const subject = subjects[i][j];
        const events = ms.filter((m) => m.kind === 'event');
        for (const e of events) if (e.place) lastEvent.set(e.place, e.name);
        const own = events.find((e) => e.place === subject) ?? events.find((e) => !e.place);
        const event = own?.name ?? (subject ? lastEvent.get(subject) : undefined);
        if (own && !own.place && subject) lastEvent.set(subject, own.name);
        const ctx = { text, sentence, mentions: ms, subject, used: new Set(), ...(event && { event }) };
        for (const pattern of PATTERNS) {
          for (const d of pattern.relate(ctx)) {
            // As in extract.ts: a pattern may name its own subject (one of a listed few).
            const about = d.subject ?? subject;
            if (!about) continue;
            claims.push({
              subject: about,
              property: d.property,
              value: d.value,
              quote: text.slice(d.start, d.end),
              span: [d.start, d.end],
              qualifiers: {},
              recogniser: pattern.name,
              ...(d.event && { event: d.event }),
            });
          }
        }
      }),
    );
    return claims;
  }

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
    const paragraphs = segment(main.text, languageOf(main.text));
    u = clock();
    times.segment += u - t;
    const mentions = paragraphs.map((p) => p.sentences.map((s) => recognise(s, gazetteer)));
    t = clock();
    times.recognise += t - u;
    const claims = relate(main, paragraphs, mentions);
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
