import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getIssues } from '@placemarkio/check-geojson';
import { exportClaimsJson } from '../../src/export/claims-json.js';
import { csvField, CSV_COLUMNS, exportCsv } from '../../src/export/csv.js';
import { exportGeoJson } from '../../src/export/geojson.js';
import { exportJson, type JsonExport } from '../../src/export/json.js';
import { forEachAdapter } from '../store/harness.js';

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') {
        field += ch;
      } else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else {
        quoted = false;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (ch === '"' || ch === '\n' || ch === '\r') {
      throw new Error(`bare ${JSON.stringify(ch)} at ${i}`);
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length) throw new Error('the last record does not end with CRLF');
  return rows;
}

test('csv fields are quoted when they must be', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a, b'), '"a, b"');
  assert.equal(csvField('say "yes"'), '"say ""yes"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField(null), '');
  assert.deepEqual(parseCsv(['plain', 'a, b', 'say "yes"', 'two\r\nlines'].map(csvField).join(',') + '\r\n'), [
    ['plain', 'a, b', 'say "yes"', 'two\r\nlines'],
  ]);
});

forEachAdapter('exports', (ctx) => {
  test('json: every place with names, coordinates, country, events, memorials, claims with references', async () => {
    const out = JSON.parse(await exportJson(ctx.db)) as JsonExport;
    assert.deepEqual(
      out.places.map((p) => p.id),
      ['stalingrad', 'odesa', 'kyiv'],
    );
    const s = out.places[0]!;
    assert.ok(s.names.some((n) => n.text === 'Tsaritsyn'));
    assert.equal(s.country.code, 'RU');
    assert.equal(s.events[0]!.start, '1942-07-17');
    assert.equal(s.memorials.length, 3);
    assert.ok(s.claims.every((c) => c.references.length > 0 && c.status === 'accepted'));
    assert.equal(s.claims.find((c) => c.id === s.preferred.battle_start)?.value, '1942-07-17');
    assert.equal(out.title.length, 1);
    assert.deepEqual(
      out.sources.map((x) => x.id),
      ['fixture-reference-work', 'fixture-web-page'],
    );
    // Stable: two exports are byte-identical.
    assert.equal(await exportJson(ctx.db), await exportJson(ctx.db));
  });

  test('geojson: valid, a Point per place and memorial, ids are theirs', async () => {
    const text = await exportGeoJson(ctx.db);
    assert.deepEqual(getIssues(text), []);
    const fc = JSON.parse(text) as {
      features: { id: string; geometry: { coordinates: number[] }; properties: { type: string } }[];
    };
    assert.equal(fc.features.filter((f) => f.properties.type === 'place').length, 3);
    assert.equal(fc.features.filter((f) => f.properties.type === 'memorial').length, 9);
    const mamayev = fc.features.find((f) => f.id === 'mamayev-kurgan')!;
    assert.deepEqual(mamayev.geometry.coordinates, [44.537, 48.742]);
  });

  test('csv: a header and one RFC 4180 row per accepted claim', async () => {
    const text = await exportCsv(ctx.db);
    assert.ok(text.startsWith('\ufeff'));
    const rows = parseCsv(text.slice(1));
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    assert.equal(rows.length, 1 + 21);
    assert.ok(rows.every((r) => r.length === CSV_COLUMNS.length));
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const cas = rows.find((r) => r[col('property')] === 'casualties')!;
    assert.deepEqual([cas[col('min')], cas[col('max')], cas[col('side')]], ['478000', '1130000', 'soviet']);
    const both = rows.find((r) => r[col('place')] === 'stalingrad' && r[col('property')] === 'duration_days')!;
    assert.equal(both[col('sources')], 'fixture-reference-work; fixture-web-page');
  });

  test('claims-json: every accepted claim in the corpus vocabulary', async () => {
    const claims = JSON.parse(await exportClaimsJson(ctx.db)) as {
      subject: string;
      property: string;
      value: unknown;
      references: unknown[];
      event?: string;
    }[];
    assert.equal(claims.length, 21);
    assert.ok(claims.every((c) => c.subject && c.property && c.value !== undefined && c.references.length > 0));
    const start = claims.find((c) => c.property === 'battle_start' && c.value === '1942-08-23')!;
    assert.equal(start.event, 'battle-of-stalingrad');
  });
});
