/**
 * Shared by the ingest tests: the pipeline to run (the real one from
 * src/pipeline/index.ts when it is there, else a small stand-in made of the
 * real decode and main-text stages and one pattern), and a folder of
 * documents built at test time in a temporary directory.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PipelineModule } from '../../src/cli/commands/ingest.js';
import { decode } from '../../src/pipeline/decode.js';
import { mainText } from '../../src/pipeline/main-text.js';
import type { ReconciledClaim } from '../../src/pipeline/types.js';
import { REPO_ROOT } from '../store/harness.js';

export { REPO_ROOT };
export const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'documents');
export const CORPUS_SEEDS = join(REPO_ROOT, '..', 'shared', 'corpus', 'seeds');

/** "Hero City in 1976" and the like → a hero_city_title claim on the place named just before. */
function standInClaims(text: string): ReconciledClaim[] {
  const out: ReconciledClaim[] = [];
  const re =
    /\b(Moscow|Leningrad|Stalingrad|Kerch|Tula|Minsk|Smolensk|Kyiv|Odesa|Brest)\b[^.\n]*?\bHero City\b[^.\n]*?\b(19[4-9]\d)\b/g;
  for (const m of text.matchAll(re)) {
    const quote = m[0];
    const start = m.index;
    out.push({
      subject: m[1]!.toLowerCase(),
      property: 'hero_city_title',
      value: m[2]!,
      quote,
      span: [start, start + quote.length],
      qualifiers: {},
      recogniser: 'stand-in',
      verdict: 'new',
      with: [],
    });
  }
  return out;
}

export const standInPipeline: PipelineModule = {
  buildGazetteer: () => null,
  runPipeline(bytes, fileName) {
    const decoded = decode(bytes, fileName);
    const main = mainText(decoded);
    return { decoded, main, claims: standInClaims(main.text) };
  },
};

/** The real pipeline when src/pipeline/index.ts exists, else the stand-in. */
export async function testPipeline(): Promise<PipelineModule> {
  const index = join(REPO_ROOT, 'src', 'pipeline', 'index.ts');
  if (!existsSync(index)) return standInPipeline;
  const mod = (await import(pathToFileURL(index).href)) as Partial<PipelineModule>;
  if (typeof mod.runPipeline !== 'function' || typeof mod.buildGazetteer !== 'function') return standInPipeline;
  return { runPipeline: mod.runPipeline, buildGazetteer: mod.buildGazetteer };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `hc-${prefix}-`));
}

/**
 * The long text of the mixed folder. The case is 50 MB; storing it takes a minute or more
 * of the test run on a busy 2-core CI machine (twice, with PostgreSQL too), so the default suite uses
 * 24 MiB — over the old 20 MB limit, so it proves large texts are stored — and
 * HERO_CITIES_TEST_50MB=1 runs the 50 MB case (test/ingest/large.test.ts).
 */
export const BIG_BYTES = 24 * 1024 * 1024;
export const HUGE_BYTES = 50 * 1024 * 1024;

/**
 * The mixed folder of the issue: the corpus seeds (copied, when ../shared is there), an HTML page,
 * a windows-1251 file, an empty file, a PNG and a long text (`bigBytes`). Returns the folder and what to expect.
 */
export function mixedFolder(bigBytes = BIG_BYTES): { dir: string; good: string[]; bad: Record<string, RegExp> } {
  const dir = tempDir('ingest');
  const good: string[] = [];
  if (existsSync(CORPUS_SEEDS)) {
    mkdirSync(join(dir, 'corpus'));
    for (const f of readdirSync(CORPUS_SEEDS)) {
      copyFileSync(join(CORPUS_SEEDS, f), join(dir, 'corpus', f));
      good.push(join('corpus', f));
    }
  }
  for (const f of ['minsk-page.html', 'brest-windows-1251.txt']) {
    copyFileSync(join(FIXTURES, f), join(dir, f));
    good.push(f);
  }
  copyFileSync(join(FIXTURES, 'empty.txt'), join(dir, 'empty.txt'));
  copyFileSync(join(FIXTURES, 'pixel.png'), join(dir, 'pixel.png'));
  writeFileSync(join(dir, 'huge.txt'), bigText(bigBytes));
  good.push('huge.txt');
  return {
    dir,
    good: good.sort(),
    bad: {
      'empty.txt': /empty/,
      'pixel.png': /looks like a PNG image, not a text document/,
    },
  };
}

/** A plain text of exactly `bytes` bytes, in the project's own words. */
export function bigText(bytes: number): Buffer {
  const para =
    'Tula held its line through the autumn of 1941 while the front moved east. ' +
    'Workers repaired tanks in the city and the militia dug trenches south of it. ' +
    'The city was named a Hero City in 1976.\n\n';
  const unit = Buffer.from(para, 'utf8');
  const buf = Buffer.alloc(bytes, 0x20);
  for (let at = 0; at + unit.length <= bytes; at += unit.length) unit.copy(buf, at);
  return buf;
}

/** Documents in the project's own words, each naming a city, a date and a title year. */
export function generatedDocs(dir: string, n: number): string[] {
  const cities = ['Moscow', 'Leningrad', 'Stalingrad', 'Kerch', 'Tula', 'Minsk', 'Smolensk', 'Kyiv', 'Odesa', 'Brest'];
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    const city = cities[i % cities.length]!;
    const year = 1965 + (i % 20);
    const lines = [`Notes on ${city}, part ${i + 1}`, ''];
    for (let k = 0; k < 40; k++) {
      lines.push(
        `Paragraph ${k} of note ${i}: the defenders of ${city} held a sector for ${10 + k} days in ${1941 + (k % 4)}.`,
        '',
      );
    }
    lines.push(
      `${city} was named a Hero City in ${year}.`,
      '',
      `In ${year} ${city} became a Hero City once more in this note ${i}.`,
    );
    const name = `note-${String(i).padStart(3, '0')}.txt`;
    writeFileSync(join(dir, name), lines.join('\n'));
    names.push(name);
  }
  return names;
}
