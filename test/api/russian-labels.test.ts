/**
 * A quantity's Russian label (`what_ru`) in the exports, over the real
 * dataset: the claims-json export stays in the corpus's vocabulary
 * (`{what, min, max}`), while the exports that carry text in several
 * languages carry the label too: JSON (the value as stored), JSON-LD (a
 * description tagged @language ru) and CSV (its own column).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import jsonld from 'jsonld';
import { loadDataset } from '../../src/dataset/load-dataset.js';
import type { QuantityValue } from '../../src/domain/index.js';
import { listExportedClaims } from '../../src/export/claims-json.js';
import { CSV_COLUMNS, exportCsv } from '../../src/export/csv.js';
import { buildJsonExport } from '../../src/export/json.js';
import { jsonLd } from '../../src/export/jsonld.js';
import type { Db } from '../../src/store/db.js';
import { openDb } from '../../src/store/open-db.js';
import { seed } from '../../src/store/seed.js';

/** RFC 4180 records (CRLF, quoted fields with doubled quotes); the strict reader is in test/cli/export.test.ts. */
function parseCsv(text: string): string[][] {
  return text
    .split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/)
    .filter((line) => line !== '')
    .map((line) =>
      [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) =>
        m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!,
      ),
    );
}

let db: Db;
before(async () => {
  db = await openDb({ dataDir: 'memory://', databaseUrl: '' });
  await seed(db, loadDataset());
});
after(() => db.close());

test('claims-json: quantities are {what, min, max}, without the Russian label', async () => {
  const quantities = (await listExportedClaims(db)).filter((c) => c.property === 'quantity');
  assert.ok(quantities.length > 0);
  for (const c of quantities) assert.deepEqual(Object.keys(c.value as object).sort(), ['max', 'min', 'what'], c.id);
});

test('json: a quantity keeps its Russian label', async () => {
  const out = await buildJsonExport(db);
  const kerch = out.places.find((p) => p.id === 'kerch')!;
  const quantities = kerch.claims.filter((c) => c.property === 'quantity').map((c) => c.value as QuantityValue);
  assert.ok(quantities.length > 0);
  assert.ok(quantities.every((v) => v.what_ru && /[а-яё]/i.test(v.what_ru)));
});

test('JSON-LD: a quantity is described in English and in Russian, each tagged with its language', async () => {
  const doc = await jsonLd(db, { baseUrl: 'https://atlas.example' });
  const expanded = await jsonld.expand(
    doc as jsonld.JsonLdDocument,
    {
      documentLoader: (async (url: string) => {
        throw new Error(`tried to fetch ${url}`);
      }) as never,
      safe: true,
    } as jsonld.Options.Expand,
  );
  const brest = expanded.find((n) => n['@id'] === 'https://atlas.example/api/v1/places/brest')!;
  type Value = { '@value': unknown; '@language'?: string };
  const facts = brest['https://schema.org/additionalProperty'] as Record<string, Value[]>[];
  const quantities = facts.filter((f) => f['https://schema.org/propertyID']?.[0]?.['@value'] === 'quantity');
  assert.ok(quantities.length > 0);
  for (const q of quantities) {
    const description = q['https://schema.org/description']!;
    assert.deepEqual(description.map((d) => d['@language']).sort(), ['en', 'ru']);
  }
  const defenders = quantities.flatMap((q) => q['https://schema.org/description']!);
  assert.ok(
    defenders.some((d) => d['@language'] === 'ru' && d['@value'] === 'защитники крепости на 22 июня 1941 года'),
  );
});

test('csv: the Russian label has its own column beside what', async () => {
  const rows = parseCsv((await exportCsv(db)).slice(1));
  const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
  assert.ok(rows.length > 1 && rows.every((r) => r.length === CSV_COLUMNS.length), 'every row has every column');
  assert.equal(col('what_ru'), col('what') + 1);
  const quantities = rows.slice(1).filter((r) => r[col('property')] === 'quantity');
  assert.ok(quantities.length > 0);
  assert.ok(quantities.every((r) => /[а-яё]/i.test(r[col('what_ru')]!)));
  assert.ok(rows.slice(1).every((r) => r[col('property')] === 'quantity' || r[col('what_ru')] === ''));
});
