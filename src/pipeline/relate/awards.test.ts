import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractClaims } from '../extract.js';
import { buildGazetteer } from '../gazetteer.js';

const gazetteer = buildGazetteer();
const titles = (text: string, property = 'hero_city_title') =>
  extractClaims({ text, title: null }, gazetteer)
    .filter((c) => c.property === property)
    .map((c) => [c.subject, c.value])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('relate: title lists and companions', () => {
  it('companions after "alongside" share the date, and the subject keeps it', () =>
    assert.deepEqual(titles('Minsk became a Hero City on 26 June 1974, alongside Kyiv, Moscow and Brest.'), [
      ['brest', '1974-06-26'],
      ['kyiv', '1974-06-26'],
      ['minsk', '1974-06-26'],
      ['moscow', '1974-06-26'],
    ]));
  it('Russian companion: «в один день с»', () =>
    assert.deepEqual(titles('Смоленск получил такое же звание 6 мая 1985 года — в один день с Мурманском.'), [
      ['murmansk', '1985-05-06'],
      ['smolensk', '1985-05-06'],
    ]));
  it('a bare Russian «звание» after a verb of conferring', () =>
    assert.deepEqual(titles('В 1976 году Туле и Мурманску было присвоено звание.'), [
      ['murmansk', '1976'],
      ['tula', '1976'],
    ]));
  it('"the title went to X in Y and to Z in W": each place its own date', () =>
    assert.deepEqual(titles('Tula and Murmansk held out. The title went to Tula in 1976 and to Murmansk in 1985.'), [
      ['murmansk', '1985'],
      ['tula', '1976'],
    ]));
  it('"one of the original hero cities of 1945"', () =>
    assert.deepEqual(titles('Odessa was one of the original hero cities of 1945.'), [['odesa', '1945']]));
  it('"one of the cities named in <someone>\'s order of <date>, alongside …"', () =>
    assert.deepEqual(
      titles(
        "Sevastopol was one of four cities named in the Supreme Commander's order of 1 May 1945, alongside Leningrad and Odessa.",
      ),
      [
        ['leningrad', '1945-05-01'],
        ['odesa', '1945-05-01'],
        ['sevastopol', '1945-05-01'],
      ],
    ));
  it('a decree that "referred to X as a hero city" dates the title', () =>
    assert.deepEqual(titles('A decree of 21 June 1961 already referred to Kiev as a hero city.'), [
      ['kyiv', '1961-06-21'],
    ]));
  it('"singled out as hero cities in the order of <date>"', () =>
    assert.deepEqual(titles('Leningrad was one of the cities singled out as hero cities in the order of 1 May 1945.'), [
      ['leningrad', '1945-05-01'],
    ]));
  it("«вместе со званием … получил орден»: the title shares the order's date", () =>
    assert.deepEqual(titles('Указ подписали 7 декабря 1976 года; вместе со званием Тула получила орден Ленина.'), [
      ['tula', '1976-12-07'],
    ]));
});

describe('relate: titles that are asked, set as a task or quoted as wrong', () => {
  it('a numbered answer takes the predicate of its question', () =>
    assert.deepEqual(
      titles(
        'Test\n3. Which two ports got the title on one day?\n\nKey\n3. Kerch and Novorossiysk (both on 14 September 1973).',
      ),
      [
        ['kerch', '1973-09-14'],
        ['novorossiysk', '1973-09-14'],
      ],
    ));
  it('an answer to a question not about the title is not a title', () =>
    assert.deepEqual(titles('Test\n3. When was Kerch freed?\n\nKey\n3. Kerch (11 April 1944) and later.'), []));
  it('an instruction asserts nothing', () =>
    assert.deepEqual(titles('5. Name the city near Kerch Strait that was given the title in 1973.'), []));
  it('a sentence quoted as a mistake asserts nothing', () =>
    assert.deepEqual(titles('6. Find the error: "Brest was made a Hero City in 1945."'), []));
  it('a sentence opening with "When" is prose, not a question', () =>
    assert.deepEqual(titles('When Kyiv was named a Hero City on 8 May 1965, the city celebrated.'), [
      ['kyiv', '1965-05-08'],
    ]));
  it('a petition or proposal for the title is no title', () => {
    assert.deepEqual(titles('In 1970 veterans petitioned for Novorossiysk to be named a Hero City.'), []);
    assert.deepEqual(titles('In 1966 local leaders proposed that Tula be given the title of Hero City.'), []);
    assert.deepEqual(titles('В 1966 году ветераны предлагали присвоить Туле звание города-героя.'), []);
  });
  it('an order that calls the places it names "hero cities" gives them the title on its date', () =>
    assert.deepEqual(
      titles('On 1 May 1945 an order of the day praised the defenders of "the hero cities" Sevastopol and Odessa.'),
      [
        ['odesa', '1945-05-01'],
        ['sevastopol', '1945-05-01'],
      ],
    ));
  it('"the Hero City statute" names a law, it confers nothing', () =>
    assert.deepEqual(
      titles('In Kyiv the Gold Star medal was given on 8 May 1965, when the Hero City statute was adopted.'),
      [],
    ));
  it('"by the same decree" after a sentence with two dates takes the date next to its award', () =>
    assert.deepEqual(
      titles(
        'The obelisk was unveiled on 9 May 1975, ten years after Kerch was declared a Hero City on 14 September 1973. The city received the Gold Star medal by the same decree.',
        'gold_star',
      ),
      [['kerch', '1973-09-14']],
    ));
  it('"no further hero cities were named before …" denies a title', () => {
    assert.deepEqual(
      titles('After that no further hero cities were named before the Soviet Union ended in December 1991.'),
      [],
    );
    assert.deepEqual(titles('No other city received the title in 1975.'), []);
  });
  it('a title the text reports as wrongly claimed is no title', () =>
    assert.deepEqual(titles('Some guidebooks wrongly claim Brest was made a Hero City in 1945.'), []));
  it('"received the title Hero of the Soviet Union" is a person\'s title', () =>
    assert.deepEqual(
      titles('At Brest, Major Gavrilov received the title Hero of the Soviet Union (awarded 1957).'),
      [],
    ));
});

describe('relate: orders and medals', () => {
  it('a date in brackets right after the award is when it was given', () => {
    const text = 'Sevastopol holds the Order of Lenin (1954) and the Gold Star medal (1965).';
    assert.deepEqual(titles(text, 'order_of_lenin'), [['sevastopol', '1954']]);
    assert.deepEqual(titles(text, 'gold_star'), [['sevastopol', '1965']]);
  });
  it('«вручили орден Ленина»', () =>
    assert.deepEqual(titles('Мурманску вручили орден Ленина в 1985 году.', 'order_of_lenin'), [['murmansk', '1985']]));
  it('an order and a medal in one list share the date, for every listed place', () =>
    assert.deepEqual(
      titles(
        'Kerch and Novorossiysk received the Order of Lenin and the Gold Star medal on 14 September 1973.',
        'gold_star',
      ),
      [
        ['kerch', '1973-09-14'],
        ['novorossiysk', '1973-09-14'],
      ],
    ));
  it('awards joined in one clause share its date rather than take one across a clause break', () => {
    const text =
      'A wartime order of 3 March 1944 already spoke of Tula as a hero city, and the Order of Lenin and the Gold Star arrived on 9 June 1976.';
    assert.deepEqual(titles(text.replace('arrived', 'came'), 'gold_star'), [['tula', '1976-06-09']]);
  });
  it('"styled", "gave it", "followed": verbs that confer', () => {
    const text =
      'Murmansk was first styled a hero city in a resolution of May 1985, which also gave it the Order of Lenin. The Gold Star medal followed on 6 June 1985.';
    assert.deepEqual(titles(text), [['murmansk', '1985-05']]);
    assert.deepEqual(titles(text, 'order_of_lenin'), [['murmansk', '1985-05']]);
    assert.deepEqual(titles(text, 'gold_star'), [['murmansk', '1985-06-06']]);
  });
});
