import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractClaims } from '../extract.js';
import { htmlMainText } from '../main-text.js';
import { buildGazetteer } from '../gazetteer.js';
import { keyMeaning } from './table.js';

const gazetteer = buildGazetteer();
const run = (text: string, title: string | null = null) => extractClaims({ text, title }, gazetteer);
const brief = (text: string, title: string | null = null) =>
  run(text, title).map((c) => [c.subject, c.property, c.value]);

/** [what, document, expected [subject, property, value]]: every claim the document gives, in order. */
const POSITIVE: [string, string, unknown[][]][] = [
  [
    'pipes under a header row',
    'City | Title conferred | Liberated\nKerch | 14 September 1973 | 11 April 1944\nMinsk | 26 June 1974 | 3 July 1944',
    [
      ['kerch', 'hero_city_title', '1973-09-14'],
      ['kerch', 'liberated', '1944-04-11'],
      ['minsk', 'hero_city_title', '1974-06-26'],
      ['minsk', 'liberated', '1944-07-03'],
    ],
  ],
  [
    'tabs: a siege that began and was lifted, and its days',
    'City\tSiege began\tSiege lifted\tDays\nLeningrad\t8 September 1941\t27 January 1944\t872',
    [
      ['leningrad', 'battle_start', '1941-09-08'],
      ['leningrad', 'battle_end', '1944-01-27'],
      ['leningrad', 'duration_days', 872],
    ],
  ],
  [
    'columns aligned with runs of spaces',
    'City          Occupied            Freed\nKiev          19 September 1941   6 November 1943\nSmolensk      16 July 1941        25 September 1943',
    [
      ['kyiv', 'occupied', '1941-09-19'],
      ['kyiv', 'liberated', '1943-11-06'],
      ['smolensk', 'occupied', '1941-07-16'],
      ['smolensk', 'liberated', '1943-09-25'],
    ],
  ],
  [
    'aligned columns with an empty cell keep their columns',
    'City          Occupied            Freed\nMurmansk                          -\nTula                              -\nOdessa        16 October 1941     10 April 1944',
    [
      ['odesa', 'occupied', '1941-10-16'],
      ['odesa', 'liberated', '1944-04-10'],
    ],
  ],
  [
    'a markdown table with a rule under its header',
    '| City | Order of Lenin | Gold Star |\n|------|:---:|---|\n| Volgograd | 8 May 1965 | 8 May 1965 |',
    [
      ['stalingrad', 'order_of_lenin', '1965-05-08'],
      ['stalingrad', 'gold_star', '1965-05-08'],
    ],
  ],
  ['"Hero City since" and a year', 'Hero City | Hero City since\nTula | 1976', [['tula', 'hero_city_title', '1976']]],
  [
    'a range under a battle column gives its start and end',
    'City | Defence | Days\nSevastopol | 30 October 1941 – 4 July 1942 | 250',
    [
      ['sevastopol', 'battle_start', '1941-10-30'],
      ['sevastopol', 'battle_end', '1942-07-04'],
      ['sevastopol', 'duration_days', 250],
    ],
  ],
  [
    'a range under an occupation column: occupied, then liberated',
    'City | Under occupation\nKiev | 19 September 1941 – 6 November 1943',
    [
      ['kyiv', 'occupied', '1941-09-19'],
      ['kyiv', 'liberated', '1943-11-06'],
    ],
  ],
  [
    'casualties take the side the header names',
    'City | Soviet losses | Civilian deaths\nKerch | about 15,000 | 1,000',
    [
      ['kerch', 'casualties', { side: 'soviet', min: 15000, max: 15000 }],
      ['kerch', 'casualties', { side: 'civilian', min: 1000, max: 1000 }],
    ],
  ],
  [
    'a cell that says what it is speaks for itself',
    'City | Notes\nKerch | liberated on 11 April 1944',
    [['kerch', 'liberated', '1944-04-11']],
  ],
  [
    'the place may follow a number column',
    'No. | City | Awarded\n1 | Kerch | 1973\n2 | Novorossiysk | 1973',
    [
      ['kerch', 'hero_city_title', '1973'],
      ['novorossiysk', 'hero_city_title', '1973'],
    ],
  ],
  [
    'Russian headers',
    'Город | Освобождён | Звание «Город-герой»\nКерчь | 11 апреля 1944 года | 14 сентября 1973 года',
    [
      ['kerch', 'liberated', '1944-04-11'],
      ['kerch', 'hero_city_title', '1973-09-14'],
    ],
  ],
  [
    '"City — date" lines in a list under a heading',
    'Hero City titles:\n- Murmansk — 6 May 1985\n- Smolensk: 6 May 1985\nTula (1976)',
    [
      ['murmansk', 'hero_city_title', '1985-05-06'],
      ['smolensk', 'hero_city_title', '1985-05-06'],
      ['tula', 'hero_city_title', '1976'],
    ],
  ],
  [
    'a list under a liberation heading',
    'Liberated in 1943–1944:\nNovorossiysk – 16 September 1943\nKerch – 11 April 1944',
    [
      ['novorossiysk', 'liberated', '1943-09-16'],
      ['kerch', 'liberated', '1944-04-11'],
    ],
  ],
  [
    'a key and its value under a city heading (an infobox)',
    'Minsk\n\nOccupied: 28 June 1941\nLiberated: 3 July 1944\nHero City: 26 June 1974',
    [
      ['minsk', 'occupied', '1941-06-28'],
      ['minsk', 'liberated', '1944-07-03'],
      ['minsk', 'hero_city_title', '1974-06-26'],
    ],
  ],
  [
    'a markdown header with a year in it is the header when a rule line follows',
    '| Town | Freed | Pop. 2021 (thous.) |\n|---|---|---|\n| Minsk | 03.07.1944 | 2,000 |',
    [['minsk', 'liberated', '1944-07-03']],
  ],
  [
    'a tab header with a year after a word is still the header',
    'City\tLiberated\tPopulation 2021\nMinsk\t3 July 1944\t2,000,000',
    [['minsk', 'liberated', '1944-07-03']],
  ],
  [
    'a defence column: a range of numeric months, a range of numeric days, one date after "from"; dashes give nothing',
    '| Town | Defence | Days | Freed |\n|---|---|---|---|\n| Kerch | 06.1942 – 09.1942 | — | n/a |\n| Tula | from 24.10.1941 | - | never occupied |\n| Odessa | 05.08.1941 – 16.10.1941 | 73 | 10.04.1944 |',
    [
      ['kerch', 'battle_start', '1942-06'],
      ['kerch', 'battle_end', '1942-09'],
      ['tula', 'battle_start', '1941-10-24'],
      ['odesa', 'battle_start', '1941-08-05'],
      ['odesa', 'battle_end', '1941-10-16'],
      ['odesa', 'duration_days', 73],
      ['odesa', 'liberated', '1944-04-10'],
    ],
  ],
  [
    'a generic "Value" column takes its meaning from the row\'s own description of the figure',
    'City\tWhat\tValue\nTula\ttanks repaired in the city works\tabout 90\nTula\tdistance to the front line, km\t150',
    [['tula', 'quantity', { what: 'tanks repaired in the city works', min: 90, max: 90 }]],
  ],
  [
    'the table does not change the topic of the prose after it',
    'Smolensk\n\nCity | Liberated\nKerch | 11 April 1944\n\nThe city was made a Hero City on 6 May 1985.',
    [
      ['kerch', 'liberated', '1944-04-11'],
      ['smolensk', 'hero_city_title', '1985-05-06'],
    ],
  ],
];

/** [why, document]: no claim at all. */
const NEGATIVE: [string, string][] = [
  ['a row without a header', 'Kerch | 14 September 1973 | 11 April 1944'],
  ['rows without a header or a place', 'Year | 1941 | 1944\n1941 | 1,000 | 20'],
  ['a header row and a row without a place', 'City | Liberated\nTotal | 11 April 1944'],
  ['a header that names no property', 'City | Population | Region\nKerch | 1944 | Crimea'],
  [
    'population, area and distance columns are no claims',
    'City | Population | Area | Distance to Moscow\nKerch | 150,000 people | 108 km | 1,400 km',
  ],
  ['a distance column named by its unit is no claim', 'Town | km to Moscow\nKerch | 1,450\nTula | 190'],
  ['a column of lengths from a place is a distance', 'Town | km from the capital\nKerch | 1,500'],
  ['a Russian column of kilometres to a place is a distance', 'Город | км до Москвы\nКерчь | 1500'],
  ['residents counted in a year after the war are no claim', 'City | Residents 2020\nKerch | 150,000\nTula | 470,000'],
  ['rows of months and years have no header', 'Kerch | September 1973 | April 1944\nMinsk | June 1974 | July 1944'],
  ['a bare date in a defence column is neither its start nor its end', 'City | Defence\nKerch | 05.1942'],
  ['a date outside the years of the column', 'City | Liberated\nKerch | 1965'],
  ['a title column with a war date', 'City | Hero City title\nKerch | 11 April 1944'],
  ['a list under a heading that names no property', 'Places we visited:\n- Kerch — 14 September 1973'],
  ['a list item without a heading', 'Kerch — 14 September 1973'],
  [
    'prose with double spaces is no table',
    'Kerch was quiet that spring.  The town was busy with the harvest.\nNovorossiysk was far.  Its port was full on 16 September 1943.',
  ],
];

describe('relate: tables and lists', () => {
  for (const [what, doc, expected] of POSITIVE) it(what, () => assert.deepEqual(brief(doc), expected));
  for (const [why, doc] of NEGATIVE) it(`negative: ${why}`, () => assert.deepEqual(brief(doc), []));

  it("quotes run from the row's place to the cell, exact substrings of the text", () => {
    const text = 'City | Title conferred | Liberated\nKerch | 14 September 1973 | 11 April 1944';
    const cs = run(text);
    assert.deepEqual(
      cs.map((c) => c.quote),
      ['Kerch | 14 September 1973', 'Kerch | 14 September 1973 | 11 April 1944'],
    );
    for (const c of cs) assert.equal(text.slice(c.span[0], c.span[1]), c.quote);
    assert.deepEqual(
      cs.map((c) => c.recogniser),
      ['table', 'table'],
    );
  });
});

describe('relate: HTML tables', () => {
  it('an HTML table gives the same claims as its text form', () => {
    const html = `<html><body><article><p>${'Dates of the Hero Cities, gathered for a class. '.repeat(6)}</p>
      <table><tr><th>City</th><th>Occupied</th><th>Liberated</th></tr>
      <tr><td>Kerch</td><td></td><td>11 April 1944</td></tr>
      <tr><td>Minsk</td><td>28 June 1941</td><td>3 July 1944</td></tr></table></article></body></html>`;
    const main = htmlMainText(html);
    assert.deepEqual(
      extractClaims(main, gazetteer).map((c) => [c.subject, c.property, c.value, c.quote]),
      [
        ['kerch', 'liberated', '1944-04-11', 'Kerch |  | 11 April 1944'],
        ['minsk', 'occupied', '1941-06-28', 'Minsk | 28 June 1941'],
        ['minsk', 'liberated', '1944-07-03', 'Minsk | 28 June 1941 | 3 July 1944'],
      ],
    );
  });
});

describe('relate: what a column header or a list heading means', () => {
  const cases: [string, unknown][] = [
    ['Title conferred', { property: 'hero_city_title' }],
    ['Hero City since', { property: 'hero_city_title' }],
    ['Awarded', { property: 'hero_city_title' }],
    ['Order of Lenin', { property: 'order_of_lenin' }],
    ['Gold Star medal', { property: 'gold_star' }],
    ['Liberated', { property: 'liberated' }],
    ['Freed', { property: 'liberated' }],
    ['Date of liberation', { property: 'liberated' }],
    ['Occupied', { property: 'occupied' }],
    ['Siege began', { property: 'battle_start' }],
    ['Siege lifted', { property: 'battle_end' }],
    ['Battle', { property: 'battle' }],
    ['Days', { property: 'duration_days' }],
    ['Length of the defence (days)', { property: 'duration_days' }],
    ['Casualties', { property: 'casualties' }],
    ['German losses', { property: 'casualties', side: 'axis' }],
    ['Heroes of the Soviet Union', { property: 'heroes_of_soviet_union' }],
    ['Air raids', { property: 'quantity', what: 'Air raids' }],
    ['City', null],
    ['Notes', null],
    ['Region', null],
  ];
  for (const [key, expected] of cases) it(key, () => assert.deepEqual(keyMeaning(key), expected));
});
