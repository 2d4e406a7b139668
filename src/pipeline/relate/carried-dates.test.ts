import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractClaims } from '../extract.js';
import { buildGazetteer } from '../gazetteer.js';

const gazetteer = buildGazetteer();
const run = (text: string) => extractClaims({ text, title: null }, gazetteer);
const brief = (text: string) => run(text).map((c) => [c.subject, c.property, c.value]);

/** [what, document, expected [subject, property, value]]: every claim the document gives, in order. */
const TIMELINES: [string, string, unknown[][]][] = [
  [
    'a line whose date is set off by a column gap (spaces) dates a later sentence of the line',
    'Milestones\n\n6 May 1985     A decree of the Presidium is published. Murmansk receives the Gold Star medal.',
    [['murmansk', 'gold_star', '1985-05-06']],
  ],
  [
    '"by the same decree" takes the date of the sentence before',
    'Tula was declared a Hero City on 7 December 1976. The city received the Gold Star medal by the same decree.',
    [
      ['tula', 'hero_city_title', '1976-12-07'],
      ['tula', 'gold_star', '1976-12-07'],
    ],
  ],
  [
    'a date that "already" puts earlier does not stop "on the same day" from meaning the day before',
    'Smolensk was declared a Hero City on 6 May 1985. Murmansk, already praised in a 1944 speech, received the Gold Star medal on the same day.',
    [
      ['smolensk', 'hero_city_title', '1985-05-06'],
      ['murmansk', 'gold_star', '1985-05-06'],
    ],
  ],
  [
    'a line starting with an ISO date dates a later sentence of the line',
    'Events of the first weeks\n\n1941-06-24 — Bombers strike the railway junction. Later the siege of Minsk begins.',
    [['minsk', 'battle_start', '1941-06-24']],
  ],
  [
    'a day-month-year line with a colon, present-tense narration',
    '10 July 1941: The Battle of Smolensk starts.\n16 July 1941: German tanks break into Smolensk.\n10 September 1941: The Battle of Smolensk ends.',
    [
      ['smolensk', 'battle_start', '1941-07-10'],
      ['smolensk', 'occupied', '1941-07-16'],
      ['smolensk', 'battle_end', '1941-09-10'],
    ],
  ],
  [
    'a bulleted line "1943, November 6" and a present-tense liberation',
    '* 1943, November 6 Soviet troops liberate Kiev after a long battle.',
    [['kyiv', 'liberated', '1943-11-06']],
  ],
  [
    'a line is an entry of its own: the place of the line before does not stay its subject',
    '1941-09-19 — Kiev is occupied.\n1941-10-02 — The German drive on Moscow (Operation Typhoon) begins.',
    [
      ['kyiv', 'occupied', '1941-09-19'],
      ['moscow', 'battle_start', '1941-10-02'],
    ],
  ],
  [
    'the last defenders taken off, and the enemy entering "the same day"',
    '1941-10-16 — The last defenders of Odessa are taken off by sea; Romanian troops enter the city the same day.',
    [
      ['odesa', 'battle_end', '1941-10-16'],
      ['odesa', 'occupied', '1941-10-16'],
    ],
  ],
  [
    'Russian present-tense narration',
    '28 июня 1941 года — немецкие войска входят в Минск.',
    [['minsk', 'occupied', '1941-06-28']],
  ],
  [
    'a present-tense "frees" and an offensive that troops "open"',
    '1941-06-29 — German troops open their offensive against Murmansk.\n1941-12-30 — A Soviet landing frees Kerch.',
    [
      ['murmansk', 'battle_start', '1941-06-29'],
      ['kerch', 'liberated', '1941-12-30'],
    ],
  ],
  [
    'present-tense awards on timeline lines, English and Russian',
    '1965-05-08 — Moscow receives the title Hero City.\n14 сентября 1973 года — Керчь получает звание «Город-герой».',
    [
      ['moscow', 'hero_city_title', '1965-05-08'],
      ['kerch', 'hero_city_title', '1973-09-14'],
    ],
  ],
  [
    'a timeline set out as a table: the date cell dates the event cell',
    'Date | What happened\n1941-09-19 | German troops enter Kiev\n6 November 1943 | Soviet troops liberate the city of Kiev',
    [
      ['kyiv', 'occupied', '1941-09-19'],
      ['kyiv', 'liberated', '1943-11-06'],
    ],
  ],
];

/** [why, document]: no claim at all. */
const NEGATIVE: [string, string][] = [
  [
    'a paragraph that starts with a date but no dash or colon is no timeline line',
    '22 June 1941 changed everything in the region. Later the siege of Minsk begins.',
  ],
  [
    'a row whose first cell holds more than a date lends it to no other cell',
    'Note | Event\nsince 1941-09-19, a long time | German troops enter Kiev',
  ],
  ['"forced open" is no start', 'A corridor to Leningrad had been forced open in January 1943 by the fighting.'],
];

/** Relative dates and dates without a year: [what, document, expected [subject, property, value]]. */
const RELATIVE: [string, string, unknown[][]][] = [
  [
    '"ten days after that" counts from the last full date of the paragraph, past a sentence without one',
    'Kerch\n\nThe landing began on 26 December 1941. The fighting was hard. Ten days after that the town was liberated.',
    [
      ['kerch', 'battle_start', '1941-12-26'],
      ['kerch', 'liberated', '1942-01-05'],
    ],
  ],
  [
    '"a week later" and "two weeks later"',
    'Minsk\n\nThe city was bombed on 24 June 1941. A week later the city was occupied.',
    [['minsk', 'occupied', '1941-07-01']],
  ],
  [
    '"five days later" after a date of its own sentence counts from that date',
    'Tula\n\nThe tanks reached the outskirts on 24 October 1941, and five days later the defence of the city began.',
    [['tula', 'battle_start', '1941-10-29']],
  ],
  [
    'Russian «спустя пять дней»',
    'Керчь\n\nДесант высадился 26 декабря 1941 года. Спустя пять дней город был освобождён.',
    [['kerch', 'liberated', '1941-12-31']],
  ],
  [
    'a day and a month without a year take the year of the paragraph\'s last dated sentence, and "the same day" follows',
    'Odessa\n\nThe defence lasted from 5 August 1941 until the autumn. The last transports sailed on 16 October. Romanian troops entered the city the same day.',
    [
      ['odesa', 'battle_start', '1941-08-05'],
      ['odesa', 'battle_end', '1941-10-16'],
      ['odesa', 'occupied', '1941-10-16'],
    ],
  ],
  [
    "a timeline's line without a year takes the year of the line before",
    '1941-09-01 — The raids on Leningrad grow heavier.\nSept. 8 — The blockade of Leningrad begins.',
    [['leningrad', 'battle_start', '1941-09-08']],
  ],
  [
    '"on the same day" reaches past a sentence without a date to the paragraph\'s last full date',
    'Kerch\n\nThe landing came on 26 December 1941. The sea was rough. The town fell on the same day.',
    [['kerch', 'occupied', '1941-12-26']],
  ],
];

const RELATIVE_NEGATIVE: [string, string][] = [
  [
    '"may" followed by a number is no month',
    'Kerch\n\nThe town was bombed in November 1941. Its people may 3 times have seen it occupied.',
  ],
  [
    'no count from an ambiguous reference: the sentence before names two full dates',
    'Kerch\n\nThe town was bombed on 3 November 1941 and on 9 November 1941. Five days later the town was occupied.',
  ],
  [
    'no year for a day and a month when the sentence before names two years',
    'Kerch\n\nThe town changed hands in 1941 and in 1942. It was occupied on 16 November.',
  ],
  [
    'a relative date does not reach back past the paragraph before',
    'Kerch\n\nThe town was bombed on 3 November 1941.\n\nThe harbour was rebuilt.\n\nA week later the town was occupied.',
  ],
];

describe('relate: relative dates and dates without a year', () => {
  for (const [what, doc, expected] of RELATIVE) it(what, () => assert.deepEqual(brief(doc), expected));
  for (const [why, doc] of RELATIVE_NEGATIVE) it(`negative: ${why}`, () => assert.deepEqual(brief(doc), []));
});

describe('relate: timelines', () => {
  for (const [what, doc, expected] of TIMELINES) it(what, () => assert.deepEqual(brief(doc), expected));
  for (const [why, doc] of NEGATIVE) it(`negative: ${why}`, () => assert.deepEqual(brief(doc), []));

  it('a carried line date quotes from the line date to the verb, an exact substring', () => {
    const text = '1941-06-24 — Bombers strike the railway junction. Later the siege of Minsk begins.';
    const [c] = run(text);
    assert.equal(c?.quote, text.slice(0, text.indexOf('begins') + 'begins'.length));
  });
});
