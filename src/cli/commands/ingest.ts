/**
 * `hero-cities ingest PATH...`: reads documents (files, folders recursively,
 * globs), runs the pipeline on each and stores it with its source record and
 * its claims as `pending`. One bad file never stops the batch: it gets a line
 * "FILE: reason" and the exit code becomes 1. Each document is stored whole
 * or not at all (one transaction), so a batch killed half-way leaves only
 * complete documents, and running it again stores the rest.
 */
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute, relative, resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import cliProgress from 'cli-progress';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { Claim, Source } from '../../domain/index.js';
import type { Db } from '../../store/db.js';
import { openDb } from '../../store/open-db.js';
import { ensureSeeded } from '../../store/seed.js';
import { ingestBytes, type PipelineModule } from '../../store/queries/ingest-document.js';
import { loadIngestContext } from '../../store/queries/ingest-context.js';
import type { SourceOverrides } from '../../store/queries/ingest-source.js';
import { PipelineError, type ReconciledClaim } from '../../pipeline/types.js';

export type { PipelineModule, RunPipeline } from '../../store/queries/ingest-document.js';

/**
 * Documents larger than this are refused unless --max-bytes says otherwise. A 50 MB plain text is
 * stored in well under a minute with a peak of about 1.6 GB (bench/README.md, "Large documents").
 */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export interface IngestOptions {
  maxBytes?: number;
  source?: SourceOverrides;
  /** Called after each file, for a progress bar. */
  onFile?: (file: string, outcome: FileOutcome) => void;
}

export type FileOutcome =
  | { status: 'stored'; claims: number; verdicts: Record<ReconciledClaim['verdict'], number> }
  | { status: 'already-stored' }
  | { status: 'failed'; reason: string };

export interface IngestSummary {
  files: number;
  stored: number;
  alreadyStored: number;
  claims: number;
  agrees: number;
  conflicts: number;
  new: number;
  failures: Array<{ file: string; reason: string }>;
}

function extractorVersion(): string {
  try {
    // src/cli/commands/ and dist/cli/commands/ are both three levels below package.json.
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    return `hero-cities-pipeline@${pkg.version ?? '0.0.0'}`;
  } catch {
    return 'hero-cities-pipeline@unknown';
  }
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Files named by the arguments: files as given, folders walked recursively, anything else as a glob. */
export async function expandPaths(args: readonly string[]): Promise<{ files: string[]; missing: string[] }> {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const arg of args) {
    const st = await stat(arg).catch(() => null);
    if (st?.isFile()) {
      files.add(resolve(arg));
    } else if (st?.isDirectory()) {
      for (const f of await glob('**/*', { cwd: arg, absolute: true, onlyFiles: true, dot: false }))
        files.add(resolve(f));
    } else if (isDynamicPattern(arg)) {
      const found = await glob(arg, { absolute: true, onlyFiles: true, dot: false });
      if (found.length === 0) missing.push(arg);
      for (const f of found) files.add(resolve(f));
    } else {
      missing.push(arg);
    }
  }
  return { files: [...files].sort(), missing };
}

function reasonOf(err: unknown): string {
  if (err instanceof PipelineError) return err.message;
  if (err instanceof Error) return err.message.split('\n')[0] ?? err.name;
  return String(err);
}

export async function ingestFile(
  db: Db,
  file: string,
  pipeline: PipelineModule,
  ctx: { gazetteer: unknown; known: Claim[] },
  opts: IngestOptions,
  extractor: string,
): Promise<FileOutcome> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    const st = await stat(file);
    if (st.size > maxBytes) {
      throw new PipelineError(
        'too-large',
        `is ${mb(st.size)}, over the ${mb(maxBytes)} limit; split it, or raise --max-bytes`,
      );
    }
    const stored = await ingestBytes(
      db,
      new Uint8Array(await readFile(file)),
      basename(file),
      { runPipeline: pipeline.runPipeline, ...ctx },
      { ...(opts.source && { source: opts.source }), extractor },
    );
    return stored.status === 'stored'
      ? { status: 'stored', claims: stored.claims, verdicts: stored.verdicts }
      : { status: 'already-stored' };
  } catch (err) {
    return { status: 'failed', reason: reasonOf(err) };
  }
}

/** Ingests every file; never throws for one file's problem. */
export async function ingestPaths(
  db: Db,
  paths: readonly string[],
  pipeline: PipelineModule,
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  const { files, missing } = await expandPaths(paths);
  const summary: IngestSummary = {
    files: files.length,
    stored: 0,
    alreadyStored: 0,
    claims: 0,
    agrees: 0,
    conflicts: 0,
    new: 0,
    failures: missing.map((m) => ({ file: m, reason: 'no such file or folder, and no file matches it as a pattern' })),
  };
  const { places, known } = await loadIngestContext(db);
  const ctx = { gazetteer: pipeline.buildGazetteer(places), known };
  const extractor = extractorVersion();
  for (const file of files) {
    const outcome = await ingestFile(db, file, pipeline, ctx, opts, extractor);
    if (outcome.status === 'stored') {
      summary.stored++;
      summary.claims += outcome.claims;
      summary.agrees += outcome.verdicts.agrees;
      summary.conflicts += outcome.verdicts.conflicts;
      summary.new += outcome.verdicts.new;
    } else if (outcome.status === 'already-stored') {
      summary.alreadyStored++;
    } else {
      summary.failures.push({ file, reason: outcome.reason });
    }
    opts.onFile?.(file, outcome);
  }
  return summary;
}

export function formatSummary(s: IngestSummary): string {
  return [
    `documents stored: ${s.stored}`,
    `already stored: ${s.alreadyStored}`,
    `claims: ${s.claims} (agreements ${s.agrees}, conflicts ${s.conflicts}, new ${s.new})`,
    `failures: ${s.failures.length}`,
  ].join('\n');
}

/**
 * The gazetteer and the known claims come from the store, so it must hold the curated dataset:
 * seed it when it is empty or the dataset changed (a no-op otherwise). A broken dataset does not stop
 * ingestion; it is reported, and the store is used as it is.
 */
async function seedFirst(db: Db, dataset: string | undefined): Promise<void> {
  try {
    await ensureSeeded(db, dataset ? { dataDir: dataset } : {});
  } catch (err) {
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM place');
    const n = Number(rows[0]?.n ?? 0);
    process.stderr.write(
      `warning: could not seed the store from the dataset (${reasonOf(err)}); ` +
        (n > 0 ? `using the ${n} places already stored\n` : 'the store has no places, so none will be recognised\n'),
    );
  }
}

export async function loadPipeline(): Promise<PipelineModule> {
  const mod = (await import('../../pipeline/index.js')) as unknown as PipelineModule;
  return { runPipeline: mod.runPipeline, buildGazetteer: mod.buildGazetteer };
}

interface IngestCliOptions {
  sourceTitle?: string;
  sourceAuthor?: string;
  sourceUrl?: string;
  sourceKind?: Source['kind'];
  maxBytes: number;
  verbose?: boolean;
  data?: string;
  dataset?: string;
}

/** A path as the user would like to read it: relative to the working directory when inside it. */
function shown(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

function describe(outcome: FileOutcome): string {
  if (outcome.status === 'stored') return `stored (${outcome.claims} claims)`;
  if (outcome.status === 'already-stored') return 'already stored';
  return `failed: ${outcome.reason}`;
}

export interface IngestDeps {
  /** Where the pipeline comes from; tests pass their own. */
  loadPipeline?: () => Promise<PipelineModule>;
}

export function register(program: Command, deps: IngestDeps = {}): void {
  program
    .command('ingest')
    .description('Read documents (files, folders, globs), extract their claims and store them as pending')
    .argument('<paths...>', 'files, folders (read recursively) or glob patterns')
    .option('--source-title <title>', 'title of the source record (default: the HTML title, else the file name)')
    .option('--source-author <name>', 'author of the source record')
    .option('--source-url <url>', 'URL of the source record')
    .addOption(new Option('--source-kind <kind>', 'kind of source').choices(['primary', 'secondary', 'tertiary']))
    .option(
      '--max-bytes <n>',
      'refuse documents larger than this many bytes',
      (v) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n <= 0)
          throw new InvalidArgumentError(`--max-bytes needs a positive whole number, not "${v}"`);
        return n;
      },
      DEFAULT_MAX_BYTES,
    )
    .option('--verbose', 'print a line for every file as it is done')
    .action(async (paths: string[], _opts: IngestCliOptions, cmd: Command) => {
      const opts = cmd.optsWithGlobals<IngestCliOptions>();
      const code = await runIngest(paths, opts, deps.loadPipeline ?? loadPipeline);
      process.exitCode = code;
    });
}

async function runIngest(
  paths: string[],
  opts: IngestCliOptions,
  load: () => Promise<PipelineModule>,
): Promise<number> {
  const db = await openDb(opts.data ? { dataDir: opts.data } : {});
  try {
    await seedFirst(db, opts.dataset);
    const pipeline = await load();
    const tty = process.stderr.isTTY === true;
    const bar = tty
      ? new cliProgress.SingleBar(
          {
            format: 'ingest [{bar}] {value}/{total} {file}',
            stream: process.stderr,
            hideCursor: true,
            clearOnComplete: true,
          },
          cliProgress.Presets.shades_classic,
        )
      : null;
    let started = false;
    const source: SourceOverrides = {
      ...(opts.sourceTitle !== undefined && { title: opts.sourceTitle }),
      ...(opts.sourceAuthor !== undefined && { author: opts.sourceAuthor }),
      ...(opts.sourceUrl !== undefined && { url: opts.sourceUrl }),
      ...(opts.sourceKind !== undefined && { kind: opts.sourceKind }),
    };
    if (bar) {
      const { files } = await expandPaths(paths);
      bar.start(files.length, 0, { file: '' });
      started = true;
    }
    const summary = await ingestPaths(db, paths, pipeline, {
      maxBytes: opts.maxBytes,
      source,
      onFile: (file, outcome) => {
        bar?.increment({ file: basename(file) });
        if (opts.verbose) process.stdout.write(`${shown(file)}: ${describe(outcome)}\n`);
      },
    });
    if (started) bar?.stop();
    process.stdout.write(formatSummary(summary) + '\n');
    for (const f of summary.failures) process.stderr.write(`${shown(f.file)}: ${f.reason}\n`);
    return summary.failures.length > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}
