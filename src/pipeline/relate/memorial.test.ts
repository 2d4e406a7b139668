import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGazetteer } from '../gazetteer.js';
import { extractClaims } from '../extract.js';
import { dedupe } from '../reconcile.js';

const gazetteer = buildGazetteer();
const memorials = (text: string) =>
  dedupe(extractClaims({ text, title: null }, gazetteer))
    .filter((c) => c.property === 'memorial')
    .map((c) => [c.subject, (c.value as { name: string }).name, (c.value as { year: number | null }).year]);

describe('relate: memorials', () => {
  it('a year in brackets after the name is its opening year', () =>
    assert.deepEqual(memorials('Tula remembers. Its Guards Obelisk (1972) stands by the river.'), [
      ['tula', 'Guards Obelisk', 1972],
    ]));
  it('a bracketed year closing a list item belongs to its memorial', () =>
    assert.deepEqual(
      memorials('Sights of Kyiv:\n • Eternal Flame Monument on the hill, part of a larger park (1957)'),
      [['kyiv', 'Eternal Flame Monument', 1957]],
    ));
  it('a verb inside the brackets: "(opened in 1982; …)"', () =>
    assert.deepEqual(memorials('In Kerch we saw the Mithridates Glory Obelisk (opened in 1944; free entry).'), [
      ['kerch', 'Mithridates Glory Obelisk', 1944],
    ]));
  it('"unveiled at the same ceremony": the year of the sentence before', () =>
    assert.deepEqual(
      memorials(
        'The Brest memorial complex "Stone Guard" was opened in 1971. The sculpture "Spring" was unveiled at the same ceremony.',
      ),
      [
        ['brest', 'Stone Guard', 1971],
        ['brest', 'Spring', 1971],
      ],
    ));
  it('a capitalised name before a lower-case head, when dated', () =>
    assert.deepEqual(memorials('In Odessa the Black Sea Sailors monument was unveiled in 1968.'), [
      ['odesa', 'Black Sea Sailors monument', 1968],
    ]));
  it('…and not undated, nor a lone word before the head ("a WWII monument")', () => {
    assert.deepEqual(memorials('In Odessa the Black Sea Sailors monument draws crowds.'), []);
    assert.deepEqual(memorials('A WWII monument in Murmansk stands by the bay.'), []);
  });
  it('one capitalised word with the place it stands at: "the Soviet monument at Babi Yar (1976)"', () =>
    assert.deepEqual(memorials('In Kyiv the Soviet monument at Babi Yar (1976) is visited.'), [
      ['kyiv', 'Soviet monument at Babi Yar', 1976],
    ]));
  it('a common head with the place it stands on, when dated', () => {
    assert.deepEqual(memorials('In Volgograd the memorial complex on Mamayev Kurgan opened in 1967.'), [
      ['stalingrad', 'Memorial complex on Mamayev Kurgan', 1967],
    ]);
    assert.deepEqual(memorials('In Murmansk the monument on Green Cape draws crowds.'), []);
  });
  it('a park named for victory or glory is a memorial, a plain park is not', () =>
    assert.deepEqual(memorials('In Moscow, Victory Park opened in 1995, long after Gorky Park.'), [
      ['moscow', 'Victory Park', 1995],
    ]));
  it('«Сквер Памяти Героев»', () =>
    assert.deepEqual(memorials('В Смоленске цветы несут в Сквер Памяти Героев.'), [
      ['smolensk', 'Сквер Памяти Героев', null],
    ]));
  it('a thing "kept as a memorial"', () => {
    assert.deepEqual(
      memorials('In Novorossiysk the "Burnt Oak" by the port, a tree hit by a bomb, is kept as a memorial.'),
      [['novorossiysk', 'Burnt Oak', null]],
    );
    assert.deepEqual(memorials("In Volgograd we saw the ruins of Pavlov's Barracks, left unrestored as a memorial."), [
      ['stalingrad', 'ruins of Pavlovs Barracks', null],
    ]);
  });
  it('the place a memorial is said to stand in is its subject', () => {
    assert.deepEqual(
      memorials(
        'Leningrad was first on our tour, and then we saw the Tomb of the Unknown Soldier in Moscow, unveiled in 1967.',
      ),
      [['moscow', 'Tomb of the Unknown Soldier in Moscow', 1967]],
    );
    assert.deepEqual(memorials("Our tour began in Leningrad, then Kyiv's Motherland Monument, unveiled in 1981."), [
      ['kyiv', 'Motherland Monument', 1981],
    ]);
  });
  it('a capitalised name of memory with a bracketed year: "the Motherland Calls (1967)"', () => {
    assert.deepEqual(memorials('In Volgograd, the Motherland Calls (1967) towers over the river.'), [
      ['stalingrad', 'Motherland Calls', 1967],
    ]);
    assert.deepEqual(memorials('In Volgograd the Battle of Stalingrad (1942) is remembered.'), []);
  });
  it('a Russian quoted name with a bracketed year', () =>
    assert.deepEqual(memorials('В Волгограде стоит скульптура «Родина-мать зовёт!» (1967).'), [
      ['stalingrad', 'Родина-мать зовёт!', 1967],
    ]));
  it('a museum is no memorial unless its opening is dated', () =>
    assert.deepEqual(memorials('In Volgograd the Defence Museum is open daily.'), []));
  it('a memorial named twice, once dated, is one claim with the year', () =>
    assert.deepEqual(
      memorials('In Sevastopol the Sailors Obelisk was erected in 1977. The Sailors Obelisk is floodlit at night.'),
      [['sevastopol', 'Sailors Obelisk', 1977]],
    ));
  it('a date inside a quoted name is not the year it opened', () =>
    assert.deepEqual(memorials('In Kerch the panorama "Landing at Eltigen on 1 November 1943" was opened in 1985.'), [
      ['kerch', 'Landing at Eltigen on 1 November 1943', 1985],
    ]));
  it('a name keeps where it stands when that is a name of two words or more', () =>
    assert.deepEqual(memorials('In Tula, Victory Park on Kosaya Gora opened in 2005.'), [
      ['tula', 'Victory Park on Kosaya Gora', 2005],
    ]));
  it('a Russian capitalised head and its name; the alley it stands in is no memorial of its own', () =>
    assert.deepEqual(memorials('В Туле на Аллее Славы в 1972 году открыт Памятник Неизвестному солдату.'), [
      ['tula', 'Памятник Неизвестному солдату', 1972],
    ]));
  it('"opens" in a timeline\'s present tense dates the memorial', () =>
    assert.deepEqual(memorials('9 May 1975    The Glory Obelisk opens in Smolensk.'), [
      ['smolensk', 'Glory Obelisk', 1975],
    ]));
});
