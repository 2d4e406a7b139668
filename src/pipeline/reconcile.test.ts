import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Claim, ClaimValue, Property } from '../domain/index.js';
import { dedupe, reconcile } from './reconcile.js';
import type { ExtractedClaim } from './types.js';

const extracted = (subject: string, property: Property, value: ClaimValue): ExtractedClaim => ({
  subject,
  property,
  value,
  quote: 'q',
  span: [0, 1],
  qualifiers: {},
  recogniser: 'test',
});
const known = (
  id: string,
  subject: string,
  property: Property,
  value: ClaimValue,
  status: Claim['status'] = 'accepted',
): Claim => ({
  id,
  subject,
  property,
  value,
  qualifiers: {},
  references: [{ source: 's' }],
  status,
  rank: 'normal',
  rankReason: null,
  origin: { kind: 'curated' },
});

const KNOWN: Claim[] = [
  known('k1', 'stalingrad', 'battle_start', '1942-07-17'),
  known('k2', 'stalingrad', 'battle_start', '1942-08-23'),
  known('k3', 'moscow', 'casualties', { side: 'axis', min: 248000, max: 400000 }),
  known('k4', 'kerch', 'duration_days', { min: 300, max: null }),
  known('k5', 'kerch', 'quantity', { what: 'aircraft in the landing', min: 660, max: 660 }),
  known('k6', 'leningrad', 'memorial', { name: 'Piskaryovskoye Memorial Cemetery', year: 1960 }),
  known('k7', 'tula', 'hero_city_title', '1976-12-07', 'pending'),
];

describe('reconcile', () => {
  const cases: [string, ExtractedClaim, string, string[]][] = [
    ['a date agrees at the common precision', extracted('stalingrad', 'battle_start', '1942-08'), 'agrees', ['k2']],
    [
      'a date agreeing with none conflicts with all',
      extracted('stalingrad', 'battle_start', '1942-09'),
      'conflicts',
      ['k1', 'k2'],
    ],
    [
      'overlapping ranges agree',
      extracted('moscow', 'casualties', { side: 'axis', min: 300000, max: 300000 }),
      'agrees',
      ['k3'],
    ],
    [
      'ranges that do not overlap conflict',
      extracted('moscow', 'casualties', { side: 'axis', min: 500000, max: null }),
      'conflicts',
      ['k3'],
    ],
    ['another side is another claim', extracted('moscow', 'casualties', { side: 'soviet', min: 1, max: 1 }), 'new', []],
    ['"more than 300" agrees with 320', extracted('kerch', 'duration_days', 320), 'agrees', ['k4']],
    [
      'a quantity of the same thing agrees',
      extracted('kerch', 'quantity', { what: 'aircraft', min: 660, max: 660 }),
      'agrees',
      ['k5'],
    ],
    [
      'a quantity of another thing is new, never a conflict',
      extracted('kerch', 'quantity', { what: 'ships', min: 250, max: null }),
      'new',
      [],
    ],
    [
      'a memorial agrees by its name',
      extracted('leningrad', 'memorial', { name: 'Piskaryovskoye Memorial Cemetery', year: null }),
      'agrees',
      ['k6'],
    ],
    ['pending claims are not the base', extracted('tula', 'hero_city_title', '1965'), 'new', []],
    ['nothing known: new', extracted('brest', 'liberated', '1944-07-28'), 'new', []],
  ];
  for (const [label, claim, verdict, ids] of cases) {
    it(label, () => {
      const [r] = reconcile([claim], KNOWN);
      assert.deepEqual([r?.verdict, r?.with], [verdict, ids]);
    });
  }
});

describe('dedupe', () => {
  it('drops the same claim twice', () => {
    assert.equal(
      dedupe([extracted('kerch', 'liberated', '1944-04-11'), extracted('kerch', 'liberated', '1944-04-11')]).length,
      1,
    );
  });
  it('drops a date that a more precise one repeats, keeps a different one', () => {
    const out = dedupe([
      extracted('kerch', 'liberated', '1944'),
      extracted('kerch', 'liberated', '1941'),
      extracted('kerch', 'liberated', '1944-04-11'),
    ]);
    assert.deepEqual(
      out.map((c) => c.value),
      ['1941', '1944-04-11'],
    );
  });
  it('keeps the same value for different subjects', () => {
    assert.equal(
      dedupe([extracted('kerch', 'hero_city_title', '1973'), extracted('novorossiysk', 'hero_city_title', '1973')])
        .length,
      2,
    );
  });
  it('a month is dropped by a day in it, a year by a month; other subjects and properties do not count', () => {
    const out = dedupe([
      extracted('kerch', 'liberated', '1944-04'),
      extracted('kerch', 'liberated', '1944-04-11'),
      extracted('kerch', 'occupied', '1942'),
      extracted('kerch', 'occupied', '1942-05'),
      extracted('kerch', 'occupied', '1943-05'),
      extracted('tula', 'occupied', '1941'),
      extracted('odesa', 'occupied', '1941-10-16'),
    ]);
    assert.deepEqual(
      out.map((c) => `${c.subject} ${c.property} ${c.value}`),
      [
        'kerch liberated 1944-04-11',
        'kerch occupied 1942-05',
        'kerch occupied 1943-05',
        'tula occupied 1941',
        'odesa occupied 1941-10-16',
      ],
    );
  });
  it('stays linear: 40,000 claims from a long document take well under a second', () => {
    const many: ExtractedClaim[] = [];
    for (let i = 0; i < 20_000; i++) {
      const y = 1900 + (i % 100);
      many.push(extracted(`place-${i % 50}`, 'liberated', String(y)));
      many.push(extracted(`place-${i % 50}`, 'liberated', `${y}-0${1 + (i % 9)}-1${i % 10}`));
    }
    const t = performance.now();
    const out = dedupe(many);
    assert.ok(performance.now() - t < 1000, `dedupe took ${performance.now() - t} ms`);
    assert.ok(out.every((c) => c.value !== undefined && String(c.value).length === 10));
  });
});
