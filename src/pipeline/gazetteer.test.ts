import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGazetteer } from './gazetteer.js';
import { placeRecogniser } from './recognise/places.js';
import type { PlaceMention } from './recognise/types.js';

const gazetteer = buildGazetteer([
  {
    id: 'stalingrad',
    names: [
      { text: 'Stalingrad', lang: 'en', kind: 'historical' },
      { text: 'Сталинград', lang: 'ru', kind: 'historical' },
    ],
  },
  {
    id: 'kerch',
    names: [
      { text: 'Kerch', lang: 'en', kind: 'official' },
      { text: 'Керчь', lang: 'ru', kind: 'official' },
    ],
  },
]);

function places(text: string): [string, string, PlaceMention['role']][] {
  const found = placeRecogniser.recognise(
    { sentence: { start: 0, end: text.length, text }, gazetteer },
    [],
  ) as PlaceMention[];
  return found.map((m) => [text.slice(m.start, m.end), m.place, m.role]);
}

describe('gazetteer', () => {
  const cases: [string, [string, string, PlaceMention['role']][]][] = [
    ['the defence of Сталинграда', [['Сталинграда', 'stalingrad', 'name']]],
    [
      'в Керчи и под Керчью',
      [
        ['Керчи', 'kerch', 'name'],
        ['Керчью', 'kerch', 'name'],
      ],
    ],
    ['в Ленинграде', [['Ленинграде', 'leningrad', 'name']]],
    [
      'оборона Одессы и Киева',
      [
        ['Одессы', 'odesa', 'name'],
        ['Киева', 'kyiv', 'name'],
      ],
    ],
    // Place adjectives: inside an event (or before «крепость») they name its place; elsewhere a feature.
    ['в дни ленинградской блокады', [['ленинградской', 'leningrad', 'event']]],
    ['Сталинградская битва', [['Сталинградская', 'stalingrad', 'event']]],
    ['у стен брестской крепости', [['брестской', 'brest', 'event']]],
    ['героев керченских каменоломен', [['керченских', 'kerch', 'feature']]],
    ['Тульский рабочий полк', [['Тульский', 'tula', 'feature']]],
    ['в Новороссийском порту', [['Новороссийском', 'novorossiysk', 'name']]],
    ['Leningrad’s factories', [['Leningrad’s', 'leningrad', 'possessive']]],
    ["Kerch's obelisk", [["Kerch's", 'kerch', 'possessive']]],
    ['50 thousand Stalingraders joined', [['Stalingraders', 'stalingrad', 'demonym']]],
    ['the Kerch Peninsula', [['Kerch', 'kerch', 'feature']]],
    ['the Kerch-Feodosia landing', [['Kerch', 'kerch', 'feature']]],
    [
      'Saint-Petersburg and Volgograd',
      [
        ['Saint-Petersburg', 'leningrad', 'name'],
        ['Volgograd', 'stalingrad', 'name'],
      ],
    ],
  ];
  for (const [input, expected] of cases)
    it(input, () =>
      assert.deepEqual(
        places(input).map((p) => p.map((x) => (typeof x === 'string' ? x.normalize() : x))),
        expected,
      ),
    );

  const negatives = ['Tulamore is in Ireland', 'a kerchief', 'Minsky moments', 'Brestovac', 'смоленскийй'];
  for (const input of negatives) it(`no place in "${input}"`, () => assert.deepEqual(places(input), []));

  it('knows the thirteen places even without the dataset', () => assert.equal(buildGazetteer().places.length, 13));
});
