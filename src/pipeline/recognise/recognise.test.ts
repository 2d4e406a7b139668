import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGazetteer } from '../gazetteer.js';
import { recognise } from './index.js';
import type { Mention } from './types.js';

const gazetteer = buildGazetteer();
const run = (text: string) => recognise({ start: 0, end: text.length, text }, gazetteer);
const of = <K extends Mention['kind']>(ms: Mention[], kind: K) =>
  ms.filter((m): m is Extract<Mention, { kind: K }> => m.kind === kind);

describe('recognise: events', () => {
  const cases: [string, string, string | undefined][] = [
    ['As a result of the Battle of Stalingrad, the', 'Battle of Stalingrad', 'stalingrad'],
    ['The 900-day Siege of Leningrad began', 'Siege of Leningrad', 'leningrad'],
    ['(The Leningrad Blockade) began', 'Leningrad Blockade', 'leningrad'],
    ['Planned Operation Silver Fox meant', 'Operation Silver Fox', undefined],
    ['the Kerch-Feodosia landing operation of 1941', 'Kerch-Feodosia landing operation', 'kerch'],
    ['оборона Севастополя длилась', 'оборона Севастополя', 'sevastopol'],
    ['Сталинградская битва длилась', 'Сталинградская битва', 'stalingrad'],
    ['в годы героической одесской обороны', 'одесской обороны', 'odesa'],
    ['итоги Смоленского сражения', 'Смоленского сражения', 'smolensk'],
    ['после московской битвы', 'московской битвы', 'moscow'],
  ];
  for (const [input, name, place] of cases) {
    it(input, () => {
      const [e] = of(run(input), 'event');
      assert.deepEqual([e?.name, e?.place], [name, place]);
    });
  }
  it('a place inside an event name takes role "event"', () => {
    const [p] = of(run('the Battle of Moscow was'), 'place');
    assert.equal(p?.role, 'event');
  });
  it('not an event: an ordinary adjective before «битва»', () =>
    assert.deepEqual(of(run('великая битва на Волге'), 'event'), []));
  it('not an event: the Battle of Britain', () => assert.deepEqual(of(run('the Battle of Britain'), 'event'), []));
});

describe('recognise: awards', () => {
  const cases: [string, string[]][] = [
    ['was awarded the title Hero City in 1945', ['honorary-title', 'hero-city']],
    ['were awarded the title on September 14, 1973', ['honorary-title']],
    [
      'the honorary title “Hero City” and with it the Order of Lenin and the Gold Star medal',
      ['honorary-title', 'hero-city', 'order-of-lenin', 'gold-star'],
    ],
    ['became the Hero Fortress', ['hero-fortress']],
    ['112 men were given the title of Hero of the Soviet Union', ['hero-soviet-union']],
    ['the title of the book', []],
    ['the title Hero City of Ukraine in 2022', ['hero-city-ukraine']],
    [
      'присвоено звание «Город-герой» с вручением ордена Ленина и медали «Золотая Звезда»',
      ['hero-city', 'order-of-lenin', 'gold-star'],
    ],
  ];
  for (const [input, kinds] of cases)
    it(input, () =>
      assert.deepEqual(
        of(run(input), 'award').map((a) => a.award),
        kinds,
      ),
    );

  it('"the Hero City of Stalingrad" is a name, not a conferral', () => {
    assert.equal(of(run('the Hero City of Stalingrad was awarded'), 'award')[0]?.asName, true);
    assert.equal(of(run('Stalingrad: Hero City #3'), 'award')[0]?.asName, true);
    assert.equal(of(run('awarded the title Hero City in 1945'), 'award')[0]?.asName, undefined);
  });
});

describe('recognise: sides', () => {
  const cases: [string, string[]][] = [
    ['between 248,000 and 400,000 for the Wehrmacht', ['axis']],
    ['for the Red Army', ['soviet']],
    ['the enemy lost', ['axis']],
    ['more than a million civilians', ['civilian']],
    ['The combined casualties', ['combined']],
    ['Soviets suffered', ['soviet']],
    ['потери немецких войск', ['axis']],
  ];
  for (const [input, sides] of cases)
    it(input, () =>
      assert.deepEqual(
        of(run(input), 'side').map((s) => s.side),
        sides,
      ),
    );
});

describe('recognise: memorials', () => {
  const cases: [string, string[]][] = [
    ['Piskariovskoye Memorial Cemetery is a resting place', ['Piskariovskoye Memorial Cemetery']],
    [
      "the Monument to the Heroic Defenders of Leningrad, Hero-City Obelisk, Monument to the 'Road of Life', and more",
      ['Monument to the Heroic Defenders of Leningrad', 'Hero-City Obelisk', 'Monument to the Road of Life'],
    ],
    ["Kerch's Obelisk of Glory", ['Obelisk of Glory']],
    ['in October 1967, a huge statue, Mother Motherland, was erected', ['Mother Motherland']],
    ['открыт мемориал «Аллея Славы»', ['Аллея Славы']],
    ['near the gate stands the sculpture "Grief" in bronze', ['Grief']],
    ['a tall stone figure known as “The Sentry” faces the sea', ['Sentry']],
    ['the statue of a sailor, the monument to the Torpedo Boat Crews, stands', ['Monument to the Torpedo Boat Crews']],
    ['The Arch of Victory on the Kiev road was built in 1970', ['Arch of Victory']],
    ['в парке стоит скульптура «Скорбящая мать»', ['Скорбящая мать']],
  ];
  for (const [input, names] of cases)
    it(input, () =>
      assert.deepEqual(
        of(run(input), 'memorial').map((m) => m.name),
        names,
      ),
    );
  const negatives = [
    'WWII monument in Murmansk, Russia',
    'The memorial complex, the eternal flame',
    'a Memorial',
    'the tall figure "was nothing like him", she said',
    'a monument to the defenders of the port',
  ];
  for (const input of negatives)
    it(`no memorial name in "${input}"`, () => assert.deepEqual(of(run(input), 'memorial'), []));
});
