// The development corpus (../shared/corpus, read in place, never copied):
// precision ≥ 0.90, recall ≥ 0.85, every quote a substring of its document.
// Skipped when the corpus is not next to the repository.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadDataset } from '../../src/dataset/load-dataset.js';
import { toRecords } from '../../src/dataset/to-records.js';
import type { Place } from '../../src/domain/index.js';
import { buildGazetteer, runPipeline } from '../../src/pipeline/index.js';
import { score, type Scored } from './score.js';

const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const present = existsSync(join(corpus, 'seeds'));

function places(): Place[] {
  try {
    return toRecords(loadDataset()).places;
  } catch {
    return []; // the lexicon's names still cover the thirteen places
  }
}

describe('development corpus', { skip: !present && 'the corpus is not at ../shared/corpus' }, () => {
  it('meets the targets', () => {
    const gazetteer = buildGazetteer(places());
    let gold = 0;
    let pred = 0;
    let hit = 0;
    for (const f of readdirSync(join(corpus, 'seeds')).filter((x) => x.endsWith('.txt'))) {
      const goldFile = join(corpus, 'gold', f.replace(/\.txt$/u, '.json'));
      if (!existsSync(goldFile)) continue;
      const bytes = readFileSync(join(corpus, 'seeds', f));
      const text = bytes.toString('utf8');
      const { claims } = runPipeline(new Uint8Array(bytes), f, { gazetteer, known: [] });
      for (const c of claims) assert.ok(text.includes(c.quote), `${f}: quote not in the document: ${c.quote}`);
      const g = JSON.parse(readFileSync(goldFile, 'utf8')) as Scored[];
      const r = score(claims, g);
      gold += g.length;
      pred += claims.length;
      hit += r.hit;
    }
    const precision = pred ? hit / pred : 0;
    const recall = gold ? hit / gold : 0;
    assert.ok(precision >= 0.9, `precision ${precision.toFixed(3)} < 0.90`);
    assert.ok(recall >= 0.85, `recall ${recall.toFixed(3)} < 0.85`);
  });
});
