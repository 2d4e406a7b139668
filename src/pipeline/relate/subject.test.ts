import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractClaims } from '../extract.js';
import { buildGazetteer } from '../gazetteer.js';

const gazetteer = buildGazetteer();
const run = (text: string, title: string | null = null) => extractClaims({ text, title }, gazetteer);
const brief = (text: string, title: string | null = null) =>
  run(text, title).map((c) => [c.subject, c.property, c.value]);

/** [what, title, document, expected [subject, property, value]]: every claim the document gives, in order. */
type Case = [string, string | null, string, unknown[][]];

const LABELS: Case[] = [
  [
    'an upper-case label switches the subject',
    null,
    'Tula lies south of Moscow.\n\nKERCH: The town changed hands twice. Soviet troops freed it for good on 11 April 1944.',
    [['kerch', 'liberated', '1944-04-11']],
  ],
  [
    'a label holds its entry against a place named in passing',
    null,
    'KERCH: Soviet troops freed the town on 11 April 1944, after a landing near Novorossiysk.',
    [['kerch', 'liberated', '1944-04-11']],
  ],
  [
    'the label holds for the later sentences of its entry',
    null,
    'KERCH: The town changed hands twice. The Novorossiysk fleet landed troops, and they freed it on 11 April 1944.',
    [['kerch', 'liberated', '1944-04-11']],
  ],
  [
    '"City —" and "City." labels',
    null,
    'Minsk — The Belarusian capital was occupied on 28 June 1941.\nTula. The siege of the town began on 24 October 1941, when tanks came up the road to Moscow.',
    [
      ['minsk', 'occupied', '1941-06-28'],
      ['tula', 'battle_start', '1941-10-24'],
    ],
  ],
  [
    'each label entry of a list is about its own place',
    null,
    'SMOLENSK: freed on 25 September 1943.\nKIEV: freed on 6 November 1943.',
    [
      ['smolensk', 'liberated', '1943-09-25'],
      ['kyiv', 'liberated', '1943-11-06'],
    ],
  ],
  [
    'a question and its answer on two lines',
    null,
    'Q: When was Smolensk liberated?\nA: On 25 September 1943.',
    [['smolensk', 'liberated', '1943-09-25']],
  ],
  [
    'a question and its answer on one line',
    null,
    'Q: When was Murmansk made a Hero City? A: On 6 May 1985.',
    [['murmansk', 'hero_city_title', '1985-05-06']],
  ],
];

const MAIN_CITY: Case[] = [
  [
    'a list sentence that opens with a place keeps that place the topic',
    null,
    'Tula gets a short chapter.\n\nOdesa was one of four cities in the order, alongside Leningrad, Stalingrad and Sevastopol. Its defence lasted from 5 August 1941 to 16 October 1941.',
    [
      ['odesa', 'battle_start', '1941-08-05'],
      ['odesa', 'battle_end', '1941-10-16'],
    ],
  ],
  [
    'a list sentence that opens with a pair ends the topic as any list does',
    null,
    'Tula gets a short chapter.\n\nOdesa and Sevastopol were among the four cities in the order, with Leningrad and Stalingrad. The defence lasted from 5 August 1941 to 16 October 1941.',
    [],
  ],
  [
    'a city the defenders left to reinforce is named in passing',
    'Odessa in 1941',
    'The defenders were ordered to leave to reinforce Sevastopol, and the last ships sailed on 16 October 1941.',
    [['odesa', 'battle_end', '1941-10-16']],
  ],
  [
    'with no topic and no main place, the place a paragraph named carries to its later sentences',
    null,
    'Kerch, Minsk and Tula also appear in the book.\n\nThe author says that Manstein lost 300,000 men before Sevastopol. German records put those losses at about 25,000 men killed.\n\nNothing more is said.',
    [
      ['sevastopol', 'casualties', { side: 'axis', min: 300000, max: 300000 }],
      ['sevastopol', 'casualties', { side: 'axis', min: 25000, max: 25000 }],
    ],
  ],
  [
    'a place does not carry past a paragraph',
    null,
    'Kerch, Minsk and Tula also appear in the book.\n\nThe author writes about the war. He says that Manstein lost 300,000 men before Sevastopol.\n\nGerman records put the losses at about 25,000 men killed.',
    [['sevastopol', 'casualties', { side: 'axis', min: 300000, max: 300000 }]],
  ],
  [
    'a comparison ("like X") keeps the main city',
    'Odessa in 1941',
    'Like Leningrad later that year, the city was besieged from 5 August 1941 until 16 October 1941.',
    [
      ['odesa', 'battle_start', '1941-08-05'],
      ['odesa', 'battle_end', '1941-10-16'],
    ],
  ],
  [
    'a destination ("on the road to X") keeps the main city',
    'Smolensk in the war',
    'On the road to Moscow, German troops captured the city on 16 July 1941.',
    [['smolensk', 'occupied', '1941-07-16']],
  ],
  [
    'an origin ("troops sent from X") keeps the main city',
    'Tula in 1941',
    'Reinforcements sent from Moscow reached the city, and the siege was lifted on 5 December 1941.',
    [['tula', 'battle_end', '1941-12-05']],
  ],
  [
    'a place in a subordinate clause keeps the main city',
    'Smolensk in the war',
    'The Western Front, which had fought at Minsk two years before, freed the city on 25 September 1943.',
    [['smolensk', 'liberated', '1943-09-25']],
  ],
  [
    'troops sent to reinforce a place: a destination',
    'Odessa in 1941',
    'Odessa\n\nThe garrison was ordered to reinforce Sevastopol, and the last ships sailed on 16 October 1941.',
    [['odesa', 'battle_end', '1941-10-16']],
  ],
  [
    'places listed after "alongside" are named in passing, make no list, and share the title',
    null,
    'Odessa\n\nThe port was made a hero city in 1945, alongside Leningrad, Stalingrad and Sevastopol. Its defence lasted from 5 August to 16 October 1941.',
    [
      ['odesa', 'hero_city_title', '1945'],
      ['leningrad', 'hero_city_title', '1945'],
      ['stalingrad', 'hero_city_title', '1945'],
      ['sevastopol', 'hero_city_title', '1945'],
      ['odesa', 'battle_start', '1941-08-05'],
      ['odesa', 'battle_end', '1941-10-16'],
    ],
  ],
  [
    'a Russian clause with «а» names a place in passing',
    null,
    'Тула\n\nОборона города продолжалась до 5 декабря 1941 года, — а на следующий день фронт перешёл в наступление под Москвой.',
    [['tula', 'battle_end', '1941-12-05']],
  ],
  [
    'a paragraph that opens with a comparison keeps the topic',
    'Odessa in 1941',
    'Odessa\n\nUnlike Kiev, the port was not encircled. Like Sevastopol later, it was supplied by sea. It held out until 16 October 1941.',
    [['odesa', 'battle_end', '1941-10-16']],
  ],
  [
    "a place as the sentence's subject still takes it",
    'Smolensk in the war',
    'Minsk was liberated on 3 July 1944.',
    [['minsk', 'liberated', '1944-07-03']],
  ],
  [
    'without a main city a place named in passing is still the best guess',
    null,
    'Like Leningrad, the town was besieged from 8 September 1941 until 27 January 1944.',
    [
      ['leningrad', 'battle_start', '1941-09-08'],
      ['leningrad', 'battle_end', '1944-01-27'],
    ],
  ],
];

const CARRIED_DATES: Case[] = [
  [
    '"the next day" is the day after the previous sentence\'s date',
    null,
    'Kerch\n\nThe last German rearguards pulled out on the night of 10 April 1944. The next day the town was liberated.',
    [['kerch', 'liberated', '1944-04-11']],
  ],
  [
    '"two days later"',
    null,
    'Kiev\n\nThe ring east of the city closed on 17 September 1941. Two days later German troops occupied Kiev.',
    [['kyiv', 'occupied', '1941-09-19']],
  ],
  [
    '"on the same day" and "that day"',
    null,
    'Minsk\n\nThe city was bombed heavily on 24 June 1941. The defence of the city began that day. On 28 June 1941 the tanks of Army Group Centre reached the centre. On the same day the city was occupied.',
    [
      ['minsk', 'battle_start', '1941-06-24'],
      ['minsk', 'occupied', '1941-06-28'],
    ],
  ],
  [
    'a carried date carries on ("the next day … the following day")',
    null,
    'Kerch\n\nThe town was quiet on 9 April 1944. The next day the defenders were cut off. The following day the town was liberated.',
    [['kerch', 'liberated', '1944-04-11']],
  ],
  [
    '"the same day" after the sentence\'s own date refers to that date',
    null,
    'Odessa\n\nThe order came on 1 October 1941. The last transports sailed on 16 October 1941, and on the same day Romanian units entered the city.',
    [
      ['odesa', 'battle_end', '1941-10-16'],
      ['odesa', 'occupied', '1941-10-16'],
    ],
  ],
  [
    'the next day across a month end',
    null,
    'Sevastopol\n\nThe Germans broke into the last line on 30 June 1942. The next day the city was occupied.',
    [['sevastopol', 'occupied', '1942-07-01']],
  ],
];

const CARRIED_NEGATIVE: [string, string][] = [
  [
    'no day before "the next day"',
    'Kiev\n\nThe encirclement closed in September 1941. The next day German troops occupied the city.',
  ],
  ['no date before "that day"', 'Kiev\n\nThe encirclement closed. That day German troops occupied the city.'],
];

describe('relate: labels', () => {
  for (const [what, title, doc, expected] of LABELS) it(what, () => assert.deepEqual(brief(doc, title), expected));
  it('the Q&A quote is an exact substring', () => {
    const text = 'Q: When was Smolensk liberated?\nA: On 25 September 1943.';
    for (const c of run(text)) assert.equal(text.slice(c.span[0], c.span[1]), c.quote);
  });
});

describe('relate: the main city outweighs a passing mention', () => {
  for (const [what, title, doc, expected] of MAIN_CITY) it(what, () => assert.deepEqual(brief(doc, title), expected));
});

describe('relate: dates carried from the sentence before', () => {
  for (const [what, title, doc, expected] of CARRIED_DATES)
    it(what, () => assert.deepEqual(brief(doc, title), expected));
  for (const [why, doc] of CARRIED_NEGATIVE) it(`negative: ${why}`, () => assert.deepEqual(brief(doc), []));
  it('the quote of a carried date is the phrase that refers back', () => {
    const text = 'Kerch\n\nThe last rearguards pulled out on 10 April 1944. The next day the town was liberated.';
    const [c] = run(text);
    assert.equal(c?.quote, 'The next day the town was liberated');
  });
});
