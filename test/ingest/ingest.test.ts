import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ingestPaths, expandPaths, formatSummary } from '../../src/cli/commands/ingest.js';
import { loadIngestContext } from '../../src/store/queries/ingest-context.js';
import { extractedClaimId } from '../../src/store/queries/insert-document.js';
import { forEachAdapter } from '../store/harness.js';
import { BIG_BYTES, FIXTURES, mixedFolder, testPipeline } from './helpers.js';

forEachAdapter('ingest a mixed folder', (ctx) => {
  const folder = mixedFolder();
  const cleanup = () => rmSync(folder.dir, { recursive: true, force: true });

  test('stores every good document once and reports each bad one with its reason', async () => {
    const pipeline = await testPipeline();
    const s = await ingestPaths(ctx.db, [folder.dir], pipeline);
    assert.equal(s.files, folder.good.length + Object.keys(folder.bad).length);
    assert.equal(s.stored, folder.good.length, formatSummary(s) + JSON.stringify(s.failures));
    assert.equal(s.alreadyStored, 0);
    const failed = Object.fromEntries(s.failures.map((f) => [relative(folder.dir, f.file), f.reason]));
    assert.deepEqual(Object.keys(failed).sort(), Object.keys(folder.bad).sort());
    for (const [file, re] of Object.entries(folder.bad)) assert.match(failed[file]!, re, file);
    assert.equal(s.claims, s.agrees + s.conflicts + s.new);

    const { rows } = await ctx.db.query<{ file_name: string; charset: string; media_type: string; source_id: string }>(
      'SELECT file_name, charset, media_type, source_id FROM document ORDER BY file_name',
    );
    assert.equal(rows.length, folder.good.length);
    const byName = new Map(rows.map((r) => [r.file_name, r]));
    assert.equal(byName.get('brest-windows-1251.txt')?.charset, 'windows-1251');
    assert.equal(byName.get('minsk-page.html')?.media_type, 'text/html');
    // The long text is stored whole: its byte length, and a main text as long (nothing in it is page chrome).
    const big = await ctx.db.query<{ byte_length: number; chars: number }>(
      `SELECT byte_length, length(text) AS chars FROM document WHERE file_name = 'huge.txt'`,
    );
    assert.equal(Number(big.rows[0]?.byte_length), BIG_BYTES);
    assert.ok(Number(big.rows[0]?.chars) > BIG_BYTES * 0.99, `main text of ${big.rows[0]?.chars} characters`);
  });

  test('the same bytes again change nothing', async () => {
    const pipeline = await testPipeline();
    const before = await counts(ctx.db);
    const s = await ingestPaths(ctx.db, [folder.dir], pipeline);
    assert.equal(s.stored, 0);
    assert.equal(s.alreadyStored, folder.good.length);
    assert.equal(s.claims, 0);
    assert.deepEqual(await counts(ctx.db), before);
  });

  test('every stored claim is pending, extracted, cited with an exact quote of its document', async () => {
    const { rows } = await ctx.db.query<{
      id: string;
      status: string;
      origin: string;
      extractor: string;
      reconciliation: { verdict: string; with: string[] };
      quote: string;
      span_start: number;
      span_end: number;
      text: string;
      ref_doc: string;
      doc_id: string;
    }>(
      `SELECT c.id, c.status, c.origin, c.extractor, c.reconciliation, r.quote, r.span_start, r.span_end, d.text,
              r.document_id AS ref_doc, d.id AS doc_id
       FROM claim c JOIN claim_reference r ON r.claim_id = c.id JOIN document d ON d.id = c.document_id
       WHERE c.origin = 'extracted'`,
    );
    assert.ok(rows.length > 0, 'the corpus and fixtures state some claims');
    for (const r of rows) {
      assert.equal(r.status, 'pending');
      assert.match(r.extractor, /^hero-cities-pipeline@/);
      assert.ok(['agrees', 'new', 'conflicts'].includes(r.reconciliation.verdict));
      assert.ok(Array.isArray(r.reconciliation.with));
      assert.equal(r.ref_doc, r.doc_id);
      assert.equal(r.text.slice(r.span_start, r.span_end), r.quote);
    }
    const orphans = await ctx.db.query(
      `SELECT c.id FROM claim c WHERE c.origin = 'extracted' AND NOT EXISTS (SELECT 1 FROM claim_reference r WHERE r.claim_id = c.id)`,
    );
    assert.equal(orphans.rows.length, 0);
  });

  test('the source record comes from the HTML metadata, else from the file name', async () => {
    const { rows } = await ctx.db.query<{
      file_name: string;
      record: {
        title: string;
        author?: Array<{ literal: string }>;
        url?: string;
        kind: string;
        issued?: string;
        language?: string;
        containerTitle?: string;
        type: string;
      };
    }>('SELECT d.file_name, s.record FROM document d JOIN source s ON s.id = d.source_id');
    const html = rows.find((r) => r.file_name === 'minsk-page.html')!.record;
    assert.equal(html.title, 'Minsk under occupation');
    assert.deepEqual(html.author, [{ literal: 'Jane Example' }]);
    assert.equal(html.url, 'https://history.example.org/minsk-occupation');
    assert.equal(html.kind, 'tertiary');
    assert.equal(html.issued, '2023-05-09');
    assert.equal(html.language, 'en');
    assert.equal(html.containerTitle, 'Example History Notes');
    assert.equal(html.type, 'webpage');
    const plain = rows.find((r) => r.file_name === 'brest-windows-1251.txt')!.record;
    assert.equal(plain.title, 'brest-windows-1251');
    cleanup();
  });
});

forEachAdapter('ingest with source overrides and limits', (ctx) => {
  test('flags override the source record; --max-bytes refuses large files alone', async () => {
    const pipeline = await testPipeline();
    const s = await ingestPaths(
      ctx.db,
      [join(FIXTURES, 'odesa-utf8.txt'), join(FIXTURES, 'smolensk-capture.txt')],
      pipeline,
      {
        source: { title: 'My notes', author: 'A. Reader', url: 'https://example.org/notes', kind: 'secondary' },
        maxBytes: 300,
      },
    );
    assert.equal(s.stored, 1);
    assert.equal(s.failures.length, 1);
    assert.match(s.failures[0]!.reason, /over the 0\.0 MB limit/);
    const { rows } = await ctx.db.query<{ record: { title: string; kind: string; url: string } }>(
      `SELECT s.record FROM document d JOIN source s ON s.id = d.source_id`,
    );
    assert.equal(rows[0]!.record.title, 'My notes');
    assert.equal(rows[0]!.record.kind, 'secondary');
    assert.equal(rows[0]!.record.url, 'https://example.org/notes');
  });

  test('a missing path is a failure of its own, the rest goes on', async () => {
    const pipeline = await testPipeline();
    const s = await ingestPaths(ctx.db, ['/nonexistent/file.txt', join(FIXTURES, 'tula-utf16le-bom.txt')], pipeline);
    assert.equal(s.stored, 1);
    assert.deepEqual(
      s.failures.map((f) => f.file),
      ['/nonexistent/file.txt'],
    );
    assert.match(s.failures[0]!.reason, /no such file/);
  });

  test('the pipeline context is read from the store', async () => {
    const c = await loadIngestContext(ctx.db);
    assert.ok(c.places.length > 0, 'the fixture dataset has places');
    assert.ok(c.known.every((k) => k.status === 'accepted'));
  });
});

test('expandPaths: folders recursively, globs, files; sorted and without repeats', async () => {
  const { files, missing } = await expandPaths([
    FIXTURES,
    join(FIXTURES, '*.html'),
    join(FIXTURES, 'empty.txt'),
    'no-such-*.zzz',
  ]);
  assert.ok(files.some((f) => f.endsWith('minsk-page.html')));
  assert.equal(new Set(files).size, files.length);
  assert.deepEqual(files, [...files].sort());
  assert.deepEqual(missing, ['no-such-*.zzz']);
});

test('extracted claim ids are stable and depend on the document', () => {
  const c = { subject: 'tula', property: 'hero_city_title' as const, value: '1976', span: [1, 5] as [number, number] };
  assert.equal(extractedClaimId('a', c), extractedClaimId('a', { ...c }));
  assert.notEqual(extractedClaimId('a', c), extractedClaimId('b', c));
});

async function counts(db: { query: (s: string) => Promise<{ rows: unknown[] }> }) {
  const out: Record<string, unknown> = {};
  for (const t of ['source', 'document', 'claim', 'claim_reference']) {
    out[t] = (await db.query(`SELECT count(*)::int AS n FROM ${t}`)).rows[0];
  }
  return out;
}
