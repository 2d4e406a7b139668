/**
 * Reads and validates the curated dataset in data/: places/*.yaml,
 * sources.yaml and title.yaml. Every problem is reported with its file, the
 * path inside it and what is wrong; nothing half-valid is returned.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import {
  PlaceFileSchema,
  SourcesFileSchema,
  TitleFileSchema,
  type PlaceFile,
  type Source,
  type TitleFile,
} from '../domain/index.js';

export interface DatasetProblem {
  file: string;
  path: string;
  message: string;
}

export class DatasetError extends Error {
  constructor(readonly problems: DatasetProblem[]) {
    super(
      `the dataset has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${p.file}${p.path ? ` at ${p.path}` : ''}: ${p.message}`).join('\n'),
    );
    this.name = 'DatasetError';
  }
}

export interface Dataset {
  dir: string;
  sources: Source[];
  places: PlaceFile[];
  title: TitleFile;
  /** The raw bytes of every file, in a stable order: its hash decides re-seeding. */
  files: { name: string; text: string }[];
}

export function defaultDataDir(): string {
  // src/dataset or dist/dataset -> the project root's data/
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

function readYaml(file: string, rel: string, problems: DatasetProblem[]): unknown {
  const doc = parseDocument(readFileSync(file, 'utf8'), { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) problems.push({ file: rel, path: '', message: `YAML: ${e.message.split('\n')[0]}` });
    return undefined;
  }
  return doc.toJS();
}

function check<S extends z.ZodType>(
  schema: S,
  data: unknown,
  rel: string,
  problems: DatasetProblem[],
): z.infer<S> | undefined {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  for (const issue of r.error.issues) {
    const found = valueAt(data, issue.path);
    const shown = typeof found === 'string' || typeof found === 'number' ? ` (found ${JSON.stringify(found)})` : '';
    problems.push({ file: rel, path: formatPath(issue.path), message: issue.message + shown });
  }
  return undefined;
}

/** The value at a zod issue's path, to show what was found; undefined when the path leads nowhere. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** Loads and validates the dataset; throws a DatasetError listing every problem found. */
export function loadDataset(dir = defaultDataDir()): Dataset {
  const problems: DatasetProblem[] = [];
  const files: Dataset['files'] = [];
  const rel = (f: string) => relative(process.cwd(), f) || f;
  const read = (f: string) => {
    const text = readFileSync(f, 'utf8');
    files.push({ name: relative(dir, f), text });
    return readYaml(f, rel(f), problems);
  };

  const sourcesFile = join(dir, 'sources.yaml');
  const titleFile = join(dir, 'title.yaml');
  const placesDir = join(dir, 'places');
  for (const f of [sourcesFile, titleFile, placesDir]) {
    if (!existsSync(f)) problems.push({ file: rel(f), path: '', message: 'missing' });
  }
  if (problems.length) throw new DatasetError(problems);

  const sources = check(SourcesFileSchema, read(sourcesFile), rel(sourcesFile), problems) ?? [];
  const title = check(TitleFileSchema, read(titleFile), rel(titleFile), problems);
  const places: PlaceFile[] = [];
  for (const name of readdirSync(placesDir)
    .filter((n) => n.endsWith('.yaml'))
    .sort()) {
    const f = join(placesDir, name);
    const place = check(PlaceFileSchema, read(f), rel(f), problems);
    if (!place) continue;
    if (place.id !== basename(name, '.yaml')) {
      problems.push({ file: rel(f), path: 'id', message: `the id "${place.id}" must match the file name` });
    }
    places.push(place);
  }

  // Cross-file checks: unique ids, references to known sources.
  const sourceIds = new Set<string>();
  sources.forEach((s, i) => {
    if (sourceIds.has(s.id))
      problems.push({ file: rel(sourcesFile), path: `[${i}].id`, message: `duplicate source id "${s.id}"` });
    sourceIds.add(s.id);
  });
  const checkRefs = (refs: { source: string }[], file: string, path: string) =>
    refs.forEach((r, i) => {
      if (!sourceIds.has(r.source)) {
        problems.push({
          file,
          path: `${path}.references[${i}].source`,
          message: `unknown source "${r.source}" (not in data/sources.yaml)`,
        });
      }
    });
  const entityIds = new Map<string, string>();
  const claimId = (id: string, file: string, path: string) => {
    const seen = entityIds.get(id);
    if (seen) problems.push({ file, path, message: `id "${id}" is already used in ${seen}` });
    entityIds.set(id, file);
  };
  for (const p of places) {
    const f = rel(join(placesDir, `${p.id}.yaml`));
    const eventIds = new Set(p.events.map((e) => e.id));
    p.events.forEach((e, i) => claimId(e.id, f, `events[${i}].id`));
    p.memorials.forEach((m, i) => {
      claimId(m.id, f, `memorials[${i}].id`);
      checkRefs(m.references, f, `memorials[${i}]`);
    });
    p.claims.forEach((c, i) => {
      checkRefs(c.references, f, `claims[${i}]`);
      if (c.event !== undefined && !eventIds.has(c.event)) {
        problems.push({
          file: f,
          path: `claims[${i}].event`,
          message: `unknown event "${c.event}" (not in this file's events)`,
        });
      }
    });
  }
  title?.sections.forEach((s, i) => checkRefs(s.references, rel(titleFile), `sections[${i}]`));

  if (problems.length || !title) throw new DatasetError(problems);
  return { dir, sources, places, title, files };
}
