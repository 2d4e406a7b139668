/**
 * How long an occupation lasted dates its end: "occupied until D" is the
 * liberation, not the occupation nor a battle's end; and the ways a text says
 * the enemy was driven out.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractClaims } from '../extract.js';
import { buildGazetteer } from '../gazetteer.js';

const gazetteer = buildGazetteer();
const brief = (text: string) =>
  extractClaims({ text, title: null }, gazetteer).map((c) => [c.subject, c.property, c.value]);

const ROWS: [string, string, unknown[][]][] = [
  ['"fell on" a date', 'Minsk fell on 28 June 1941 after a week of fighting.', [['minsk', 'occupied', '1941-06-28']]],
  [
    "soldiers who were captured: their capture, not the city's",
    'At Sevastopol some 95,000 Soviet soldiers were captured in July 1942.',
    [['sevastopol', 'quantity', { what: 'Soviet soldiers', min: 95000, max: 95000 }]],
  ],
  [
    'remained occupied until',
    'Kerch changed hands twice. The town remained occupied until 11 April 1944.',
    [['kerch', 'liberated', '1944-04-11']],
  ],
  [
    'under occupation until',
    'Minsk suffered for three years: the city was under occupation until 3 July 1944.',
    [['minsk', 'liberated', '1944-07-03']],
  ],
  [
    'under German occupation until',
    'Sevastopol stayed under German occupation until 9 May 1944.',
    [['sevastopol', 'liberated', '1944-05-09']],
  ],
  [
    'the occupation lasted until',
    'In Minsk the occupation lasted until 3 July 1944.',
    [['minsk', 'liberated', '1944-07-03']],
  ],
  [
    'held by the Germans until',
    'Smolensk was held by the Germans until 25 September 1943.',
    [['smolensk', 'liberated', '1943-09-25']],
  ],
  [
    'the enemy held the city until',
    'Kerch was quiet for a while. The Germans held the city until April 1944.',
    [['kerch', 'liberated', '1944-04']],
  ],
  [
    'in German hands until',
    'Novorossiysk was in German hands until 16 September 1943.',
    [['novorossiysk', 'liberated', '1943-09-16']],
  ],
  [
    'occupied from … until …',
    'Kiev was occupied from 19 September 1941 until 6 November 1943.',
    [
      ['kyiv', 'occupied', '1941-09-19'],
      ['kyiv', 'liberated', '1943-11-06'],
    ],
  ],
  [
    'the occupation of the city lasted from … to …',
    'In Odessa the occupation of the city lasted from 16 October 1941 to 10 April 1944.',
    [
      ['odesa', 'occupied', '1941-10-16'],
      ['odesa', 'liberated', '1944-04-10'],
    ],
  ],
  [
    'Russian: the occupation lasted until',
    'В Минске оккупация продолжалась до 3 июля 1944 года.',
    [['minsk', 'liberated', '1944-07-03']],
  ],
  [
    'Russian: under occupation until',
    'Керчь находилась под оккупацией до 11 апреля 1944 года.',
    [['kerch', 'liberated', '1944-04-11']],
  ],
  ['freed by the Red Army', 'Minsk was freed by the Red Army on 3 July 1944.', [['minsk', 'liberated', '1944-07-03']]],
  [
    'drove the Germans out of the city',
    'Soviet troops drove the Germans out of Smolensk on 25 September 1943.',
    [['smolensk', 'liberated', '1943-09-25']],
  ],
  [
    'the Germans were expelled',
    'Kerch waited a long time. The Germans were finally expelled on 11 April 1944.',
    [['kerch', 'liberated', '1944-04-11']],
  ],
  [
    'the enemy driven out of the city',
    'At Novorossiysk the enemy was driven out of the city on 16 September 1943.',
    [['novorossiysk', 'liberated', '1943-09-16']],
  ],
  ['back in Soviet hands', 'Kiev was back in Soviet hands on 6 November 1943.', [['kyiv', 'liberated', '1943-11-06']]],
  [
    'Russian: the Germans driven out',
    'Немцы были изгнаны из Смоленска 25 сентября 1943 года.',
    [['smolensk', 'liberated', '1943-09-25']],
  ],
  // Occupation phrasings.
  ['fell on a date', 'Minsk was bombed at once. Minsk fell on 28 June 1941.', [['minsk', 'occupied', '1941-06-28']]],
  [
    'the city fell to the Germans',
    'Kiev\n\nAfter weeks of fighting the city finally fell to the Germans on 19 September 1941.',
    [['kyiv', 'occupied', '1941-09-19']],
  ],
  [
    'present tense in a chronology: troops enter the city',
    'Kiev\n\n1941-09-19 — German troops enter the city.',
    [['kyiv', 'occupied', '1941-09-19']],
  ],
  [
    'present tense: a landing frees the town',
    'Kerch\n\n1941-12-30 — A Soviet landing frees Kerch.',
    [['kerch', 'liberated', '1941-12-30']],
  ],
  [
    'Russian: the Germans took the city',
    'Город Смоленск немцы заняли 16 июля 1941 года.',
    [['smolensk', 'occupied', '1941-07-16']],
  ],
  [
    'Russian: troops entered the city, named after the verb',
    'Киев\n\n19 сентября 1941 года в город вошли немецкие войска.',
    [['kyiv', 'occupied', '1941-09-19']],
  ],
  [
    'Russian: Soviet troops entered the city',
    'Советские войска вошли в Киев 6 ноября 1943 года.',
    [['kyiv', 'liberated', '1943-11-06']],
  ],
];

const NEGATIVE: [string, string][] = [
  ['Russian: entering a body is no occupation', 'Киев\n\nВ 1941 году немецкий полк вошёл в состав группы армий.'],
  ['the temperature fell: no place fell', 'Tula\n\nThe temperature fell to minus 30 in December 1941.'],
  ['a shell fell: no place fell', 'Sevastopol\n\nA shell fell on the square on 7 June 1942, and nobody was hurt.'],
  ['Russian: a capture denied', 'Тула\n\nНемцы так и не заняли город, хотя 5 декабря 1941 года стояли у его окраин.'],
  ['Russian: lessons are no capture', 'Тула\n\nЗанятия в школах начались 1 сентября 1941 года.'],
  ['the defenders held the city until: a defence, not an occupation', 'The defenders held Tula until the end.'],
  ['driven back from a city never taken', 'The Germans were driven back from Moscow in December 1941.'],
  ['driven out of another town', 'Leningrad waited. The Germans were driven out of Tikhvin on 9 December 1941.'],
  ['occupied until, with no date', 'Kerch remained occupied until the spring.'],
];

describe('relate: occupation until, and liberation phrasings', () => {
  for (const [why, doc, expected] of ROWS) it(why, () => assert.deepEqual(brief(doc), expected));
  for (const [why, doc] of NEGATIVE) it(`negative: ${why}`, () => assert.deepEqual(brief(doc), []));
});
