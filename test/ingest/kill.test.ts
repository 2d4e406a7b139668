/**
 * Kills `ingest` (SIGKILL, no chance to clean up) half-way through a batch,
 * then checks that the store holds only whole documents — each with exactly
 * the claims the pipeline finds in it, every claim with its document and its
 * reference — and that running the same command again completes the batch.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDb } from '../../src/store/open-db.js';
import { extractedClaimId } from '../../src/store/queries/insert-document.js';
import { loadIngestContext } from '../../src/store/queries/ingest-context.js';
import { generatedDocs, REPO_ROOT, tempDir, testPipeline } from './helpers.js';

const RUNNER = join(REPO_ROOT, 'test', 'ingest', 'run-ingest.ts');
const N = 60;

function runIngest(
  args: string[],
  killAfterStored?: number,
): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', RUNNER, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (killAfterStored !== undefined && (stdout.match(/: stored \(/g)?.length ?? 0) >= killAfterStored)
        child.kill('SIGKILL');
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

test(
  'ingest killed half-way leaves a consistent store, and a re-run completes the batch',
  { timeout: 240_000 },
  async () => {
    const docs = tempDir('kill-docs');
    const data = tempDir('kill-data');
    try {
      const names = generatedDocs(docs, N);
      const pipeline = await testPipeline();
      const killed = await runIngest(['--data', data, 'ingest', docs, '--verbose'], 5);
      assert.equal(
        killed.signal,
        'SIGKILL',
        `ingest ended on its own before the kill:\n${killed.stdout}\n${killed.stderr}`,
      );

      // What the pipeline finds in each document, with the same store context the ingest process had:
      // the claims a whole document must have.
      const expected = new Map<string, number>();
      {
        const db = await openDb({ dataDir: data, databaseUrl: '' });
        const { places, known } = await loadIngestContext(db).finally(() => db.close());
        const gazetteer = pipeline.buildGazetteer(places);
        for (const name of names) {
          const bytes = new Uint8Array(readFileSync(join(docs, name)));
          const id = createHash('sha256').update(bytes).digest('hex');
          const { claims } = await pipeline.runPipeline(bytes, name, { gazetteer, known });
          expected.set(id, new Set(claims.map((c) => extractedClaimId(id, c))).size);
        }
      }

      const check = async () => {
        const db = await openDb({ dataDir: data, databaseUrl: '' });
        try {
          const docsRows = await db.query<{ id: string; n: number }>(
            `SELECT d.id, (SELECT count(*)::int FROM claim c WHERE c.document_id = d.id) AS n FROM document d`,
          );
          for (const r of docsRows.rows) assert.equal(Number(r.n), expected.get(r.id), `document ${r.id} is not whole`);
          const orphanClaims = await db.query(
            `SELECT id FROM claim c WHERE c.origin = 'extracted'
             AND (c.document_id IS NULL OR NOT EXISTS (SELECT 1 FROM document d WHERE d.id = c.document_id)
                  OR NOT EXISTS (SELECT 1 FROM claim_reference r WHERE r.claim_id = c.id AND r.document_id = c.document_id))`,
          );
          assert.equal(orphanClaims.rows.length, 0, 'claims without their document or reference');
          const orphanRefs = await db.query(
            `SELECT 1 FROM claim_reference r WHERE NOT EXISTS (SELECT 1 FROM claim c WHERE c.id = r.claim_id)`,
          );
          assert.equal(orphanRefs.rows.length, 0);
          const noSource = await db.query(
            `SELECT 1 FROM document d WHERE NOT EXISTS (SELECT 1 FROM source s WHERE s.id = d.source_id)`,
          );
          assert.equal(noSource.rows.length, 0);
          return docsRows.rows.length;
        } finally {
          await db.close();
        }
      };
      const storedBefore = await check();
      assert.ok(storedBefore >= 5 && storedBefore < N, `stored ${storedBefore} of ${N} before the kill`);

      const rerun = await runIngest(['--data', data, 'ingest', docs]);
      assert.equal(rerun.code, 0, rerun.stderr);
      assert.match(rerun.stdout, new RegExp(`documents stored: ${N - storedBefore}\\b`));
      assert.match(rerun.stdout, new RegExp(`already stored: ${storedBefore}\\b`));
      assert.equal(await check(), N);
    } finally {
      rmSync(docs, { recursive: true, force: true });
      rmSync(data, { recursive: true, force: true });
    }
  },
);
