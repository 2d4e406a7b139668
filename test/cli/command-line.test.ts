/**
 * The command as a user runs it: a child process, its exit code and output.
 * Each run that opens the embedded database costs seconds, so few do.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { FIXTURE_DATASET, REPO_ROOT } from '../store/harness.js';

const tmp = mkdtempSync(join(tmpdir(), 'hero-cities-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(
  args: string[],
  env: Record<string, string> = {},
  until?: (out: string) => boolean,
): Promise<Run & { kill(): void }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src', 'cli', 'main.ts'), ...args], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        HERO_CITIES_DATA: join(tmp, 'pglite'),
        HERO_CITIES_DATASET: FIXTURE_DATASET,
        DATABASE_URL: '',
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    const kill = () => child.kill('SIGTERM');
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (until?.(stdout)) resolve({ code: null, stdout, stderr, kill });
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, kill }));
  });
}

/** Runs the command line in this process (no database is opened), capturing what it writes. */
async function inProcess(args: string[]): Promise<Run> {
  const { run } = await import('../../src/cli/main.js');
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => (
    (stdout += String(chunk)),
    true
  )) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => (
    (stderr += String(chunk)),
    true
  )) as typeof process.stderr.write;
  try {
    const code = await run(['node', 'hero-cities', ...args]);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

test('--help on the program and on every command exits 0', async () => {
  const top = await cli(['--help']);
  assert.equal(top.code, 0);
  for (const cmd of ['serve', 'db', 'export', 'search']) assert.match(top.stdout, new RegExp(`\\n  ${cmd}\\b`));
  for (const sub of [['serve'], ['db', 'seed'], ['db', 'reset'], ['export'], ['search']]) {
    const r = await inProcess([...sub, '--help']);
    assert.equal(r.code, 0, sub.join(' '));
    assert.match(r.stdout, /^Usage: hero-cities /);
  }
});

test('usage errors exit 2 and say what to do', async () => {
  const spawned = await cli(['nosuch']);
  assert.equal(spawned.code, 2);
  assert.match(spawned.stderr, /unknown command 'nosuch'/);
  for (const [args, message] of [
    [['export', '--format', 'xml'], /Allowed choices are json, csv, geojson, claims-json/],
    [['export'], /required option '-f, --format <format>' not specified/],
    [['serve', '--port', 'eighty'], /not a port; give a whole number/],
    [['db'], /Usage: hero-cities db/],
    [['db', 'reset'], /add --yes to go ahead/],
    [['search'], /missing required argument 'query'/],
  ] as const) {
    const r = await inProcess([...args]);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message, args.join(' '));
  }
});

test('db seed on bad data exits 1 naming the file, the path and the problem', async () => {
  const r = await cli([
    'db',
    'seed',
    '--dataset',
    join(REPO_ROOT, 'test', 'fixtures', 'dataset-bad', 'impossible-date'),
  ]);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /impossible-date\/places\/odesa\.yaml at claims\[0\]\.value: expected a real date.*1942-02-30/,
  );
  assert.match(r.stderr, /fix these in the dataset files/);
});

test('db seed, then export and search work on the seeded store', async () => {
  const seeded = await cli(['db', 'seed']);
  assert.equal(seeded.code, 0, seeded.stderr);
  assert.match(seeded.stdout, /seeded 3 places/);
  const out = join(tmp, 'claims.csv');
  const exported = await cli(['export', '--format', 'csv', '--out', out]);
  assert.equal(exported.code, 0, exported.stderr);
  assert.match(readFileSync(out, 'utf8'), /^\ufeffclaim_id,place,property/);
  const found = await cli(['search', 'Volgagrad']);
  assert.equal(found.code, 0, found.stderr);
  assert.match(found.stdout, /Places:\n {2}stalingrad/);
  const none = await cli(['search', 'qzxqzx']);
  assert.equal(none.code, 0);
  assert.match(none.stdout, /nothing found/);
});

test('extract on an image is a runtime error (exit 1) that names the file and says why', async () => {
  const png = join(tmp, 'scan.png');
  writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  const r = await inProcess(['extract', png]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /scan\.png: looks like a PNG image/);
});

test('an unwritable --out is a runtime error (exit 1) that names the file', async () => {
  const r = await cli(['export', '--format', 'json', '--out', join(tmp, 'no', 'such', 'dir', 'x.json')]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /cannot write .*x\.json/);
});

test('serve prints its address, answers /healthz and the page, and stops on SIGTERM', async () => {
  const r = await cli(['serve', '--port', '0'], {}, (out) => /http:\/\/\S+\//.test(out));
  try {
    const url = /(http:\/\/\S+\/)/.exec(r.stdout)?.[1];
    assert.ok(url, `no address in: ${r.stdout} ${r.stderr}`);
    const health = await fetch(new URL('healthz', url));
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: 'ok', store: 'pglite' });
    const page = await fetch(url);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Volgograd|Stalingrad/);
  } finally {
    r.kill();
  }
});
