/**
 * Every fact the gold files of the shared corpus list is in the dataset, as a
 * claim citing that document's source record (the record whose `corpusFile`
 * is the document). Values are compared as the corpus scorer compares them
 * (../shared/tools/score-claims.mjs, sameValue), re-implemented here on
 * purpose: the test must not depend on a file outside the repository.
 * Skipped when ../shared/corpus/gold is absent.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { loadDataset } from '../../src/dataset/load-dataset.js';
import { toRecords } from '../../src/dataset/to-records.js';
import { REPO_ROOT } from '../store/harness.js';

const GOLD = join(REPO_ROOT, '..', 'shared', 'corpus', 'gold');

// --- the scorer's rules -----------------------------------------------------
const norm = (s: unknown) =>
  String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const STOP = new Set(['the', 'of', 'to', 'in', 'and', 'a']);
const tokens = (s: unknown) =>
  new Set(
    norm(s)
      .split(' ')
      .filter((t) => t.length > 1 && !STOP.has(t)),
  );
const close = (a: unknown, b: unknown) =>
  (a == null && b == null) ||
  (a != null && b != null && Math.abs(Number(a) - Number(b)) <= 0.01 * Math.max(1, Math.abs(Number(b))));
type R = { min: unknown; max: unknown };
const range = (v: unknown): R =>
  typeof v === 'number' ? { min: v, max: v } : { min: (v as R | null)?.min ?? null, max: (v as R | null)?.max ?? null };
const sameRange = (p: unknown, g: unknown) => {
  const a = range(p);
  const b = range(g);
  return close(a.min, b.min) && close(a.max, b.max);
};

export function sameValue(property: string, p: unknown, g: unknown): boolean {
  const po = p as Record<string, unknown> | null;
  const go = g as Record<string, unknown> | null;
  switch (property) {
    case 'casualties':
      return norm(po?.side) === norm(go?.side) && sameRange(p, g);
    case 'quantity':
    case 'duration_days':
    case 'heroes_of_soviet_union':
      return sameRange(p, g);
    case 'memorial': {
      const a = tokens(po?.name);
      const b = tokens(go?.name);
      const inter = [...a].filter((t) => b.has(t)).length;
      const jaccard = inter / Math.max(1, new Set([...a, ...b]).size);
      return jaccard >= 0.5 && (go?.year == null || Number(po?.year) === Number(go.year));
    }
    default:
      return String(p).trim() === String(g).trim();
  }
}
// -----------------------------------------------------------------------------

test('the scorer rules, re-implemented, behave as the scorer does', () => {
  assert.equal(sameValue('duration_days', { min: 300, max: null }, { min: 300, max: null }), true);
  assert.equal(sameValue('duration_days', 300, { min: 300, max: null }), false);
  assert.equal(sameValue('quantity', { what: 'x', min: 660, max: 660 }, { what: 'y', min: 665, max: 665 }), true);
  assert.equal(sameValue('casualties', { side: 'soviet', min: 1, max: 1 }, { side: 'axis', min: 1, max: 1 }), false);
  assert.equal(
    sameValue('memorial', { name: 'Mamayev Kurgan ensemble', year: 1967 }, { name: 'the Mamayev Kurgan', year: null }),
    true,
  );
  assert.equal(sameValue('liberated', '1944-04', '1944-04-11'), false);
});

interface Gold {
  subject: string;
  property: string;
  value: unknown;
  quote: string;
}

test(
  'every gold fact of the shared corpus is a dataset claim citing that document',
  { skip: !existsSync(GOLD) && 'no ../shared/corpus/gold' },
  () => {
    const ds = loadDataset();
    const claims = toRecords(ds).claims;
    const missing: string[] = [];
    let total = 0;
    for (const file of readdirSync(GOLD)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const doc = `${basename(file, '.json')}.txt`;
      const source = ds.sources.find((s) => s.corpusFile === doc);
      if (!source) {
        missing.push(`${file}: no source in data/sources.yaml has corpusFile: ${doc}`);
        continue;
      }
      const gold = JSON.parse(readFileSync(join(GOLD, file), 'utf8')) as Gold[];
      for (const g of gold) {
        total++;
        const found = claims.some(
          (c) =>
            c.subject === g.subject &&
            c.property === g.property &&
            sameValue(g.property, c.value, g.value) &&
            c.references.some((r) => r.source === source.id),
        );
        if (!found)
          missing.push(
            `${file} (source ${source.id}): ${g.subject} ${g.property} ${JSON.stringify(g.value)} — "${g.quote}"`,
          );
      }
    }
    assert.ok(total > 0, 'the gold files hold no claims');
    assert.deepEqual(
      missing,
      [],
      `${missing.length} of ${total} gold facts are missing from the dataset:\n${missing.join('\n')}`,
    );
  },
);
