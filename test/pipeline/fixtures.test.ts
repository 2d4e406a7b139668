// Every case in test/fixtures/claims: the pipeline finds each gold claim and
// nothing else, and every quote is the exact text of its span.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildGazetteer, runPipeline } from '../../src/pipeline/index.js';
import { score, type Scored } from './score.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'claims');
const cases = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const gazetteer = buildGazetteer();

describe('claim fixtures', () => {
  it('there are cases', () => assert.ok(cases.length >= 5));
  for (const name of cases) {
    it(name, () => {
      const files = readdirSync(join(dir, name));
      const doc = files.find((f) => f !== 'gold.json' && !/\.(?:md|mjs)$/u.test(f));
      assert.ok(doc, `${name} needs a document`);
      const gold = JSON.parse(readFileSync(join(dir, name, 'gold.json'), 'utf8')) as Scored[];
      const { main, claims } = runPipeline(new Uint8Array(readFileSync(join(dir, name, doc))), doc, {
        gazetteer,
        known: [],
      });
      for (const c of claims)
        assert.equal(main.text.slice(c.span[0], c.span[1]), c.quote, `${c.property}: span and quote differ`);
      const r = score(claims, gold);
      assert.deepEqual(
        {
          misses: r.misses,
          extras: r.extras.map(({ subject, property, value, quote }) => ({ subject, property, value, quote })),
        },
        { misses: [], extras: [] },
      );
    });
  }
});
