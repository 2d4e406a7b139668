/**
 * `hero-cities extract FILE [--format claims-json|text]`: runs the pipeline
 * on one file and prints its claims, writing nothing. The places and the
 * accepted claims to compare with come from the curated dataset (global
 * --dataset), so no database is needed. claims-json is what
 * ../shared/tools/score-claims.mjs reads: an array of
 * {subject, property, value, quote, event?, span, recogniser, verdict}.
 */
import { readFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import type { Claim, Place } from '../../domain/index.js';
import { loadDataset } from '../../dataset/load-dataset.js';
import { toRecords } from '../../dataset/to-records.js';
import { buildGazetteer, runPipeline } from '../../pipeline/index.js';
import { PipelineError, type ReconciledClaim } from '../../pipeline/types.js';
import { usageError } from '../errors.js';

export type ExtractFormat = 'claims-json' | 'text';

export interface KnownBase {
  places: Place[];
  claims: Claim[];
}

/** What the base knows, from the dataset; a dataset that does not load leaves the lexicon's names only. */
export function knownBase(
  datasetDir?: string,
  warn: (msg: string) => void = (m) => process.stderr.write(m),
): KnownBase {
  try {
    const records = toRecords(datasetDir ? loadDataset(datasetDir) : loadDataset());
    return { places: records.places, claims: records.claims };
  } catch (err) {
    warn(
      `warning: the dataset did not load (${err instanceof Error ? err.message.split('\n')[0] : String(err)}); using built-in place names and no known claims\n`,
    );
    return { places: [], claims: [] };
  }
}

export function toClaimsJson(claims: ReconciledClaim[]): object[] {
  return claims.map((c) => ({
    subject: c.subject,
    property: c.property,
    value: c.value,
    quote: c.quote,
    ...(c.event && { event: c.event }),
    span: c.span,
    recogniser: c.recogniser,
    verdict: c.verdict,
    ...(c.with.length > 0 && { with: c.with }),
  }));
}

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

export function formatText(claims: ReconciledClaim[]): string {
  if (claims.length === 0) return 'no claims found';
  return claims
    .map(
      (c) =>
        `${c.subject}  ${c.property}  ${show(c.value)}  [${c.verdict}${c.with.length ? ` ${c.with.join(',')}` : ''}]\n    “${c.quote}” (${c.span[0]}–${c.span[1]}, ${c.recogniser})`,
    )
    .join('\n');
}

export function extractFile(file: string, base: KnownBase): ReconciledClaim[] {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (err) {
    throw new Error(`cannot read ${file}: check the path and its permissions`, { cause: err });
  }
  try {
    return runPipeline(bytes, file, { gazetteer: buildGazetteer(base.places), known: base.claims }).claims;
  } catch (err) {
    // "notes.png: looks like a PNG image, …": the file named, as ingest names it.
    if (err instanceof PipelineError) throw new Error(`${file}: ${err.message}`, { cause: err });
    throw err;
  }
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('print the claims a document states, checked against the dataset (writes nothing)')
    .argument('<file>', 'a text or HTML document')
    .addOption(new Option('--format <format>', 'output format').choices(['claims-json', 'text']).default('text'))
    .action((file: string, opts: { format: ExtractFormat }, cmd: Command) => {
      if (!file) throw usageError('extract needs a FILE');
      const globals = cmd.optsWithGlobals() as { dataset?: string };
      const claims = extractFile(file, knownBase(globals.dataset));
      process.stdout.write(
        opts.format === 'claims-json'
          ? JSON.stringify(toClaimsJson(claims), null, 1) + '\n'
          : formatText(claims) + '\n',
      );
    });
}
