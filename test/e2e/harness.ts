/**
 * The browser suite's fixture: the real app served in-process on an ephemeral
 * port of 127.0.0.1, over an embedded store in a temporary data directory,
 * seeded from data/ plus a curator and an ingested-like document (inserted
 * with SQL) whose text carries markup payloads and whose claims wait for review.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from '../../src/server/app.js';
import type { AppContext } from '../../src/server/context.js';
import { openDb } from '../../src/store/open-db.js';
import { addUser, insertClaim, insertDocument, insertSource, PASSWORD } from '../review/helpers.js';

export const CURATOR = { username: 'curator', password: PASSWORD };

/** Markup that must reach the reader as text: if either ran, a dialog would open. */
export const PAYLOAD_SCRIPT = '<script>alert(1)</script>';
export const PAYLOAD_IMG = '<img src=x onerror=alert(1)>';
export const XSS_TEXT =
  'Notes from a visit to Volgograd. The defence of Stalingrad began on 23 August 1942 after heavy raids. ' +
  `A visitor wrote ${PAYLOAD_SCRIPT} in the guest book, and another wrote ${PAYLOAD_IMG} beside it. ` +
  'The city was named a Hero City on 8 May 1965.';

export interface Harness {
  url: string;
  ctx: AppContext;
  documentId: string;
  sourceId: string;
  /** A curated source from data/ (the test document's own source when the store is not seeded). */
  curatedSourceId: string;
  pendingIds: { conflict: string; fresh: string; payload: string };
  seeded: boolean;
  /** Id of a fixture document that went through the real pipeline (`hero-cities ingest`), when it could. */
  ingestedId: string | null;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'hc-e2e-'));
  const db = await openDb({ dataDir: join(dir, 'pglite'), databaseUrl: '' });
  let seeded = false;
  try {
    const { ensureSeeded } = await import('../../src/store/seed.js');
    await ensureSeeded(db);
    seeded = true;
  } catch (err) {
    // The dataset is being written while the suite is; pages are still checked over what exists.
    process.stderr.write(`# e2e: the store was not seeded: ${err instanceof Error ? err.message : String(err)}\n`);
  }
  const ctx: AppContext = { db, secret: 'e2e-secret-0123456789abcdef0123456789', secureCookies: false };
  await addUser(db, CURATOR.username, CURATOR.password);
  const sourceId = 'e2e-visitor-notes';
  await insertSource(db, sourceId, 'Notes from a visit (test document)');
  const documentId = await insertDocument(db, sourceId, XSS_TEXT, 'Visitor notes with <script> in them');
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM claim WHERE subject = 'stalingrad' AND property = 'battle_start' AND status = 'accepted' ORDER BY id LIMIT 1`,
  );
  const base = rows[0]?.id;
  const pendingIds = { conflict: 'e2e-ext-start', fresh: 'e2e-ext-title', payload: 'e2e-ext-visitors' };
  await insertClaim(db, {
    id: pendingIds.conflict,
    subject: 'stalingrad',
    property: 'battle_start',
    value: '1942-08-23',
    documentId,
    sourceId,
    text: XSS_TEXT,
    quote: 'began on 23 August 1942',
    reconciliation: base ? { verdict: 'conflicts', with: [base] } : { verdict: 'new', with: [] },
  });
  await insertClaim(db, {
    id: pendingIds.fresh,
    subject: 'stalingrad',
    property: 'hero_city_title',
    value: '1965-05-08',
    documentId,
    sourceId,
    text: XSS_TEXT,
    quote: 'named a Hero City on 8 May 1965',
    reconciliation: { verdict: 'agrees', with: [] },
  });
  // Its quote's sentence holds both payloads, so the workbench must show them as text too.
  await insertClaim(db, {
    id: pendingIds.payload,
    subject: 'stalingrad',
    property: 'quantity',
    value: { what: 'visitors', min: 2, max: 2 },
    documentId,
    sourceId,
    text: XSS_TEXT,
    quote: 'and another wrote',
  });
  // One document through the real ingest path as well, so the workbench shows what the pipeline makes.
  let ingestedId: string | null = null;
  try {
    const { ingestPaths, loadPipeline } = await import('../../src/cli/commands/ingest.js');
    const fixture = join(process.cwd(), 'test', 'fixtures', 'claims', 'multi-city', 'four-cities.txt');
    const summary = await ingestPaths(db, [fixture], await loadPipeline());
    if (summary.stored === 1) {
      const r = await db.query<{ id: string }>(`SELECT id FROM document WHERE file_name = 'four-cities.txt'`);
      ingestedId = r.rows[0]?.id ?? null;
    } else {
      process.stderr.write(`# e2e: the fixture was not ingested: ${JSON.stringify(summary.failures)}\n`);
    }
  } catch (err) {
    process.stderr.write(`# e2e: ingestion is unavailable: ${err instanceof Error ? err.message : String(err)}\n`);
  }
  const curated = await db.query<{ id: string }>(`SELECT id FROM source WHERE origin = 'curated' ORDER BY id LIMIT 1`);
  const app = createApp(ctx);
  const server: ServerType = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    ctx,
    documentId,
    sourceId,
    curatedSourceId: curated.rows[0]?.id ?? sourceId,
    pendingIds,
    seeded,
    ingestedId,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
