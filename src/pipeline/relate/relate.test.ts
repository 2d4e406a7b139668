import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractClaims } from '../extract.js';
import { buildGazetteer } from '../gazetteer.js';

const gazetteer = buildGazetteer();
const claims = (text: string, title: string | null = null) =>
  extractClaims({ text, title }, gazetteer).map((c) => ({
    s: c.subject,
    p: c.property,
    v: c.value,
    r: c.recogniser,
    q: c.quote,
  }));
const brief = (text: string) => claims(text).map(({ s, p, v }) => [s, p, v]);

/** [pattern, document, expected [subject, property, value]] — every claim the document gives. */
const POSITIVE: [string, string, unknown[][]][] = [
  ['hero-city-title', 'Tula was awarded the title Hero City in 1976.', [['tula', 'hero_city_title', '1976']]],
  [
    'hero-city-title + order + star',
    'Kerch was awarded the title “Hero City” on September 14, 1973, along with both the Order of Lenin and the Gold Star medal itself.',
    [
      ['kerch', 'hero_city_title', '1973-09-14'],
      ['kerch', 'order_of_lenin', '1973-09-14'],
      ['kerch', 'gold_star', '1973-09-14'],
    ],
  ],
  [
    'order only: the title used as a name',
    'In 1965, the Hero City of Stalingrad received the Order of Lenin and also the Gold Star medal.',
    [
      ['stalingrad', 'order_of_lenin', '1965'],
      ['stalingrad', 'gold_star', '1965'],
    ],
  ],
  [
    'battle-range',
    'The Battle of Stalingrad, lasting some 200 days (July 17, 1942 - February 2, 1943), decided much.',
    [
      ['stalingrad', 'battle_start', '1942-07-17'],
      ['stalingrad', 'battle_end', '1943-02-02'],
      ['stalingrad', 'duration_days', 200],
    ],
  ],
  [
    'battle-start',
    'The Siege of Leningrad began on the 8th of September in 1941.',
    [['leningrad', 'battle_start', '1941-09-08']],
  ],
  [
    'battle-end',
    'Leningrad endured. On January 27 1944 the siege was lifted at last.',
    [['leningrad', 'battle_end', '1944-01-27']],
  ],
  [
    'start from a lone "from"',
    'Novorossiysk was attacked. Fighting went on from August until the town was captured by German troops in mid-September 1942.',
    [
      ['novorossiysk', 'battle_start', '1942-08'],
      ['novorossiysk', 'occupied', '1942-09'],
    ],
  ],
  [
    'liberated, nearest date',
    'Kerch changed hands. The Red Army liberated the town twice - in 1941 and 1944.',
    [['kerch', 'liberated', '1941']],
  ],
  [
    'heroes',
    'For the crossing, 134 men near Kerch were given the title of Hero of the Soviet Union.',
    [['kerch', 'heroes_of_soviet_union', 134]],
  ],
  [
    'casualties with a side after',
    'Losses at Moscow are put between 250,000 and 410,000 for the Wehrmacht and between 640,000 and 1,300,000 for the Red Army.',
    [
      ['moscow', 'casualties', { side: 'axis', min: 250000, max: 410000 }],
      ['moscow', 'casualties', { side: 'soviet', min: 640000, max: 1300000 }],
    ],
  ],
  [
    'casualties of people lost, then quantities',
    'At Stalingrad the enemy lost about 1.5 million men, and 3.5 thousand tanks.',
    [
      ['stalingrad', 'casualties', { side: 'axis', min: 1500000, max: 1500000 }],
      ['stalingrad', 'quantity', { what: 'tanks', min: 3500, max: 3500 }],
    ],
  ],
  [
    'civilian casualties',
    'The siege of Leningrad resulted in deaths of more than a million civilians.',
    [['leningrad', 'casualties', { side: 'civilian', min: 1000000, max: null }]],
  ],
  [
    'quantity, passive with no noun',
    'At Kerch more than 10,000 were awarded orders and medals.',
    [['kerch', 'quantity', { what: 'were awarded', min: 10000, max: null }]],
  ],
  [
    'memorial with a year',
    'Stalingrad rebuilt. In October 1967, a huge statue, Mother Motherland, was erected above the river.',
    [['stalingrad', 'memorial', { name: 'Mother Motherland', year: 1967 }]],
  ],
  [
    'occupation-range',
    'Kiev was occupied from 19 September 1941 to 6 November 1943.',
    [
      ['kyiv', 'occupied', '1941-09-19'],
      ['kyiv', 'liberated', '1943-11-06'],
    ],
  ],
  [
    "the date of the award's own clause",
    'In 1961 Kiev was awarded the title of Hero City, and on May 8, 1965 it received the Gold Star.',
    [
      ['kyiv', 'hero_city_title', '1961'],
      ['kyiv', 'gold_star', '1965-05-08'],
    ],
  ],
  [
    'casualties: people who were killed',
    'At Brest about 2,000 defenders were killed.',
    [['brest', 'casualties', { side: 'soviet', min: 2000, max: 2000 }]],
  ],
  [
    'casualties: people who died',
    'In Leningrad over 640 thousand residents died of hunger.',
    [['leningrad', 'casualties', { side: 'civilian', min: 640000, max: null }]],
  ],
  [
    'a share',
    'In Murmansk three out of four buildings were destroyed.',
    [['murmansk', 'quantity', { what: 'buildings', min: 0.75, max: 0.75 }]],
  ],
  [
    'attack as the start',
    'On June 22, 1941, German troops attacked the Brest Fortress.',
    [['brest', 'battle_start', '1941-06-22']],
  ],
  [
    'a listed few share a title',
    'On 1 May 1945, Leningrad, Stalingrad (now Volgograd), Sevastopol and Odessa were named Hero Cities.',
    [
      ['leningrad', 'hero_city_title', '1945-05-01'],
      ['stalingrad', 'hero_city_title', '1945-05-01'],
      ['sevastopol', 'hero_city_title', '1945-05-01'],
      ['odesa', 'hero_city_title', '1945-05-01'],
    ],
  ],
  [
    'two cities awarded the title',
    'Kerch and Novorossiysk were awarded the title on September 14, 1973.',
    [
      ['kerch', 'hero_city_title', '1973-09-14'],
      ['novorossiysk', 'hero_city_title', '1973-09-14'],
    ],
  ],
  [
    'heroes after the award',
    'At Odessa the title of Hero of the Soviet Union was awarded to 14 defenders.',
    [['odesa', 'heroes_of_soviet_union', 14]],
  ],
  [
    'heroes with an adverb inside "were made"',
    'At Odessa three sailors were afterwards made Heroes of the Soviet Union.',
    [['odesa', 'heroes_of_soviet_union', 3]],
  ],
  [
    'the topic stays the subject inside an event',
    'Smolensk\n\nThe Battle of Smolensk (10 July – 10 September 1941) delayed the advance on Moscow.',
    [
      ['smolensk', 'battle_start', '1941-07-10'],
      ['smolensk', 'battle_end', '1941-09-10'],
    ],
  ],
  [
    'entered by the enemy',
    'Smolensk\n\nGerman troops entered the city on 16 July 1941.',
    [['smolensk', 'occupied', '1941-07-16']],
  ],
  [
    'entered by Soviet troops',
    'Kiev\n\nSoviet troops entered the city on 6 November 1943.',
    [['kyiv', 'liberated', '1943-11-06']],
  ],
  [
    'fighting until the end of a month',
    'Smolensk\n\nOn 16 July 1941 the fighting in the city went on until the end of July.',
    [['smolensk', 'battle_end', '1941-07']],
  ],
  [
    'a percentage',
    'In Smolensk nearly 93% of the buildings were destroyed.',
    [['smolensk', 'quantity', { what: 'buildings', min: 0.93, max: 0.93 }]],
  ],
  [
    'lifted at last, counted from the start',
    'The Red Army did not lift the siege of Leningrad until 27 January 1944, 872 days after it began.',
    [['leningrad', 'battle_end', '1944-01-27']],
  ],
  ['days of defence', 'Odessa was evacuated after 73 days of defence.', [['odesa', 'duration_days', 73]]],
  ['a siege of N days', 'Sevastopol withstood a siege of 250 days.', [['sevastopol', 'duration_days', 250]]],
  [
    'Ukrainian',
    'Оборона Одеси тривала 73 дні, з 5 серпня по 16 жовтня 1941 року.',
    [
      ['odesa', 'battle_start', '1941-08-05'],
      ['odesa', 'battle_end', '1941-10-16'],
      ['odesa', 'duration_days', 73],
    ],
  ],
  [
    'Russian: took up the fight',
    'Брест\n\nГарнизон принял бой на рассвете 22 июня 1941 года.',
    [['brest', 'battle_start', '1941-06-22']],
  ],
  [
    'Russian',
    'Оборона Одессы продолжалась 73 дня: с 5 августа по 16 октября 1941 года.',
    [
      ['odesa', 'battle_start', '1941-08-05'],
      ['odesa', 'battle_end', '1941-10-16'],
      ['odesa', 'duration_days', 73],
    ],
  ],
  [
    'title: "was made" / "was declared" a Hero City',
    'In May 1965 Minsk was declared a Hero City. Murmansk was made a Hero City on 6 May 1985.',
    [
      ['minsk', 'hero_city_title', '1965-05'],
      ['murmansk', 'hero_city_title', '1985-05-06'],
    ],
  ],
  [
    'a second award takes the date not yet given',
    'Kyiv was named a Hero City in 1961 and received the Gold Star medal in 1965.',
    [
      ['kyiv', 'hero_city_title', '1961'],
      ['kyiv', 'gold_star', '1965'],
    ],
  ],
  ['gold star: "got"', 'In 1973 Kerch got the Gold Star medal.', [['kerch', 'gold_star', '1973']]],
  [
    'occupied: the enemy "took" or "came into" the city',
    'Kerch was contested. The Wehrmacht took the city on 3 May 1942.\n\nOdessa held on. Romanian troops came into the town on 16 October 1941.',
    [
      ['kerch', 'occupied', '1942-05-03'],
      ['odesa', 'occupied', '1941-10-16'],
    ],
  ],
  [
    'occupied: broke into part of the city',
    'Smolensk burned. The Germans broke into the northern half of the city on 15 July 1941.',
    [['smolensk', 'occupied', '1941-07-15']],
  ],
  [
    'liberated: Soviet troops "cleared" the city; a doubled-consonant slip',
    'Red Army units cleared Minsk on 3 July 1944.\n\nKerch was liberatted on 11 April 1944.',
    [
      ['minsk', 'liberated', '1944-07-03'],
      ['kerch', 'liberated', '1944-04-11'],
    ],
  ],
  [
    'battle range at month precision, with parts of months',
    'Tula was shelled and besieged from mid October until late December 1941.',
    [
      ['tula', 'battle_start', '1941-10'],
      ['tula', 'battle_end', '1941-12'],
    ],
  ],
  [
    'battle range with a clause between its dates',
    'The defence of Odessa lasted from 5 August 1941, when the city was cut off, until 16 October 1941.',
    [
      ['odesa', 'battle_start', '1941-08-05'],
      ['odesa', 'battle_end', '1941-10-16'],
    ],
  ],
  [
    'the end of organised resistance ends the battle',
    'Sevastopol was stormed. All organised resistance in the bay ended on 3 July 1942.',
    [['sevastopol', 'battle_end', '1942-07-03']],
  ],
  [
    'the occupier holding the city is no defence end, but dates the liberation',
    'German units marched into Minsk on 28 June 1941, a week into the war, and held the city until the summer of 1944.',
    [
      ['minsk', 'liberated', '1944'],
      ['minsk', 'occupied', '1941-06-28'],
    ],
  ],
  [
    'the occupier held the city until: the liberation, not a defence end',
    'Minsk was quiet. The Germans held the city until the summer of 1944.',
    [['minsk', 'liberated', '1944']],
  ],
  [
    'occupied: the city "was lost"',
    'Kerch changed hands twice. In May 1942 the Crimean front collapsed and the town was lost once more.',
    [['kerch', 'occupied', '1942-05']],
  ],
  [
    'liberated: the city "cleared" by a named formation',
    'Kiev was retaken in the autumn. Divisions of the 38th Army cleared Kiev on 6 November 1943.',
    [['kyiv', 'liberated', '1943-11-06']],
  ],
  [
    'casualties: civilians shot',
    'Kiev suffered terribly. In two days the occupiers shot 30,000 civilians outside the city.',
    [['kyiv', 'casualties', { side: 'civilian', min: 30000, max: 30000 }]],
  ],
  [
    'quantity: a weight in grams',
    'Leningrad starved. Workers got 250 grams of bread a day in the worst weeks.',
    [['leningrad', 'quantity', { what: 'grams', min: 250, max: 250 }]],
  ],
  [
    'aircraft shot down are a quantity, no casualties',
    'Over Murmansk the fighters shot down 12 aircraft in 1943.',
    [['murmansk', 'quantity', { what: 'aircraft', min: 12, max: 12 }]],
  ],
  [
    'title: "respectively" pairs the n-th date with the n-th place',
    'Tula and Murmansk were made Hero Cities in 1976 and 1985 respectively.',
    [
      ['tula', 'hero_city_title', '1976'],
      ['murmansk', 'hero_city_title', '1985'],
    ],
  ],
  [
    'title: a place sharing the day',
    'Smolensk was declared a Hero City on 6 May 1985, on the same day as Murmansk.',
    [
      ['smolensk', 'hero_city_title', '1985-05-06'],
      ['murmansk', 'hero_city_title', '1985-05-06'],
    ],
  ],
  [
    'battle start: the attack came at a time of day on a date',
    'Brest was the first target: the assault came at first light on 22 June 1941.',
    [['brest', 'battle_start', '1941-06-22']],
  ],
  [
    'battle end: the last defenders evacuated',
    'Odessa was given up in secret. The final transports sailed on 16 October 1941.',
    [['odesa', 'battle_end', '1941-10-16']],
  ],
  [
    'quantity: the population named before its figure',
    'Minsk grew fast. Its population in 1940 stood at roughly 270,000.',
    [['minsk', 'quantity', { what: 'population', min: 270000, max: 270000 }]],
  ],
  [
    'occupied "on the same day" as the date the sentence gave',
    'Odessa was abandoned. The final transports sailed on 16 October 1941, and on the same day Romanian units entered the city.',
    [
      ['odesa', 'battle_end', '1941-10-16'],
      ['odesa', 'occupied', '1941-10-16'],
    ],
  ],
  [
    'duration: a count of days after a dash that follows a range',
    'Севастополь оборонялся с 30 октября 1941 года по 4 июля 1942 года — 250 дней.',
    [
      ['sevastopol', 'battle_start', '1941-10-30'],
      ['sevastopol', 'battle_end', '1942-07-04'],
      ['sevastopol', 'duration_days', 250],
    ],
  ],
  [
    'title: places named in the order of a date, and others that followed respectively',
    'Leningrad and Stalingrad were two of the cities listed in the order of 1 May 1945; Minsk and Tula followed in 1974 and 1976 respectively.',
    [
      ['leningrad', 'hero_city_title', '1945-05-01'],
      ['stalingrad', 'hero_city_title', '1945-05-01'],
      ['minsk', 'hero_city_title', '1974'],
      ['tula', 'hero_city_title', '1976'],
    ],
  ],
  [
    'occupied/liberated: common spelling slips in the verb',
    'Minsk was occuppied on 28 June 1941.\n\nSmolensk was libirated on 25 September 1943.',
    [
      ['minsk', 'occupied', '1941-06-28'],
      ['smolensk', 'liberated', '1943-09-25'],
    ],
  ],
  // Battle start and end phrasing.
  [
    'battle end: a pronoun whose antecedent is the battle',
    'Tula\n\nThe defence did not stop with the first assault. It ended only on 5 December 1941.',
    [['tula', 'battle_end', '1941-12-05']],
  ],
  [
    'battle end: present tense in a chronology',
    'Smolensk\n\n1941-09-10 — The fighting for the city ends.',
    [['smolensk', 'battle_end', '1941-09-10']],
  ],
  [
    'battle start: a duration between "lasted" and "from"',
    'The Siege of Sevastopol lasted 250 days, from 30 October 1941 onwards.',
    [
      ['sevastopol', 'battle_start', '1941-10-30'],
      ['sevastopol', 'duration_days', 250],
    ],
  ],
  [
    'battle range: a yearless end takes the year of the sentence',
    'Odessa\n\nIn 1941 its defence went on from 5 August to 16 October.',
    [
      ['odesa', 'battle_start', '1941-08-05'],
      ['odesa', 'battle_end', '1941-10-16'],
    ],
  ],
  [
    'battle start and end in Russian, neuter verbs',
    'Смоленское сражение началось 10 июля 1941 года и продолжалось до 10 сентября.',
    [
      ['smolensk', 'battle_start', '1941-07-10'],
      ['smolensk', 'battle_end', '1941-09-10'],
    ],
  ],
  [
    'battle start: a counteroffensive in another clause does not hide it',
    'Moscow\n\nThe Red Army struck back in a counteroffensive in December 1941; the battle had begun on 30 September 1941.',
    [['moscow', 'battle_start', '1941-09-30']],
  ],
  [
    "battle end: the enemy's surrender",
    'Stalingrad\n\nThe fighting lasted from 17 July 1942 until the encircled enemy divisions surrendered on 2 February 1943.',
    [
      ['stalingrad', 'battle_start', '1942-07-17'],
      ['stalingrad', 'battle_end', '1943-02-02'],
    ],
  ],
  [
    "a date with no year takes the paragraph's year",
    'Смоленск\n\nСражение за город началось 10 июля 1941 года. Сам город немцы заняли 16 июля.',
    [
      ['smolensk', 'battle_start', '1941-07-10'],
      ['smolensk', 'occupied', '1941-07-16'],
    ],
  ],
  [
    "a chronology entry's date dates its later sentences",
    'Chronology\n\n1942-08-19 — The Germans reach the outskirts. Near Novorossiysk the defence of the port begins.\n\n1943-09-16 — Novorossiysk is liberated.',
    [
      ['novorossiysk', 'battle_start', '1942-08-19'],
      ['novorossiysk', 'liberated', '1943-09-16'],
    ],
  ],
  [
    'battle end: the last defenders were evacuated',
    'Odessa\n\nOn 16 October 1941 the last defenders of Odessa were taken off by sea; Romanian troops entered the city the same day.',
    [
      ['odesa', 'battle_end', '1941-10-16'],
      ['odesa', 'occupied', '1941-10-16'],
    ],
  ],
  [
    'occupied: troops entered the emptied city, an adjective before the noun',
    'Odessa\n\nRomanian troops entered the empty city on 16 October 1941. Румынские войска вошли в опустевший город.',
    [['odesa', 'occupied', '1941-10-16']],
  ],
  [
    'occupied: the date a "when" clause hangs on, though the defence\'s end took it',
    'Kyiv\n\nThe city was defended from early July until 19 September 1941, when the last units left and German troops entered Kyiv.',
    [
      ['kyiv', 'battle_start', '1941-07'],
      ['kyiv', 'battle_end', '1941-09-19'],
      ['kyiv', 'occupied', '1941-09-19'],
    ],
  ],
  [
    'occupied: freed and lost again',
    'Kerch\n\nKerch was freed by a landing party on 30 December 1941 and lost again in May 1942.',
    [
      ['kerch', 'occupied', '1942-05'],
      ['kerch', 'liberated', '1941-12-30'],
    ],
  ],
  [
    'another town seized in the "when" clause of the start',
    'The siege of Leningrad began on 8 September 1941, when German troops seized the town of Mga to the east.',
    [['leningrad', 'battle_start', '1941-09-08']],
  ],
  [
    'a yardstick place does not take the subject',
    'Tula\n\nThe town was shelled daily: it counted 300 air raids, more than at Moscow.',
    [['tula', 'quantity', { what: 'air raids', min: 300, max: 300 }]],
  ],
];

/** [why, document]: no claim at all. */
const NEGATIVE: [string, string][] = [
  ['"for 45 days" is no date', 'Tula resisted for a long time. Its people waited for news.'],
  ['the Ukrainian title is not the Soviet one', 'In 2022 Odesa was not made a Hero City of Ukraine.'],
  ['the Ukrainian honorary title', 'Kyiv gave the honorary title Hero City of Ukraine to Kharkiv in 1991.'],
  ['a title established is not conferred', 'In 1945, the Soviet leadership established the title of Hero City.'],
  [
    'a partial capture has no date',
    'Stalingrad was bombed. Partially captured by the enemy in the autumn of 1942, the city held.',
  ],
  ['life expectancy is not a duration', 'At Stalingrad a new lieutenant had a life expectancy of three days.'],
  [
    'a publication date is not an award',
    'Stalingrad photographs stayed unpublished until 1965, when they appeared in print.',
  ],
  [
    'a range that dates a figure is not the battle',
    'Moscow suffered. Overall losses between 30 September 1941, and 7 January 1942, were high.',
  ],
  ['time before an event is no duration', 'Leningrad was besieged less than two and a half months after the invasion.'],
  ['a year qualifying a noun', 'The Nazi offensive of 1942 sought to capture the oil fields beyond Stalingrad.'],
  ['uncountable things are no quantities', 'Stalingrad saw the 3 periods of the German offensive.'],
  [
    'a list of cities has no subject',
    'The title went to 13 cities: Moscow, Leningrad, Stalingrad, Kiev, Odessa and Tula in 1965.',
  ],
  ['a counteroffensive is a phase, not the start', 'At Moscow the Soviet counteroffensive began on 5 December 1941.'],
  [
    'a surrender in a sentence about no battle',
    'Kerch\n\nThe clerks kept the ledger until the firm surrendered on 3 May 1942.',
  ],
  [
    'a date that opens a paragraph without a dash is no entry',
    'Chronology\n\nIn 1942 the Germans came. Near Novorossiysk the defence of the port began.',
  ],
  [
    'a country attacking is the war, not the city',
    'Kiev\n\nKiev was a large city when Germany attacked on 22 June 1941.',
  ],
  ['the war that began is not the battle', 'Moscow\n\nThe war that began on 22 June 1941 reached the capital later.'],
  ['a pronoun after a sentence with no battle', 'Kerch\n\nThe ferry line was busy. It ended on 3 May 1942.'],
  ['a blockade broken through is not lifted', 'At Leningrad the ring of the blockade was broken on January 18, 1943.'],
  [
    "an invasion of the whole country is no city's battle",
    'Kiev\n\nOn 22 June 1941 Germany invaded the Soviet Union. The city was bombed that day.',
  ],
  [
    "the war's years are no battle",
    'Kiev\n\nThe battles of the Great Patriotic War (1941-1945) left the city in ruins.',
  ],
  ['entering a region is not occupying the city', 'Kerch\n\nGerman troops broke into Crimea by mid-October 1941.'],
  [
    'the invasion began: the war, not the city',
    'Minsk\n\nThe city was quiet on June 21, 1941, the day before the invasion began.',
  ],
  ['no place, no claim', 'The city was awarded the title Hero City in 1965.'],
  ['dates outside the war are not battle dates', 'The Battle of Stalingrad poster appeared in Krokodil, 1922-1972.'],
  ['"occupied" before a name is an adjective', 'Minsk was the biggest ghetto in occupied Europe in July 1941.'],
  [
    "another town captured is not the subject's occupation",
    'Leningrad was threatened. On 8 September 1941 German troops captured Mga to the east.',
  ],
  [
    'a counteroffensive named in the sentence before',
    'Moscow stood. Then the counteroffensive. It began on 6 December 1941.',
  ],
  [
    'a fight elsewhere while the city was occupied',
    'While the town was occupied, partisans in the Kerch catacombs fought on there from May until the end of October 1942.',
  ],
  ['the way lost, not the city', 'Odessa was far. On 3 May 1942 the column was lost on the way to the coast.'],
  [
    '"respectively" with too few dates pairs nothing and is a list claim',
    'Tula and Murmansk were honoured in many ways, respectively, over the years.',
  ],
  [
    'another town seized: no occupation',
    'Leningrad was cut off on 8 September 1941, when German troops seized the town of Mga to the east.',
  ],
  ['the last guests left is no evacuation', 'Odessa was lively. The last guests left on 16 October 1941.'],
  [
    'an order of a date that names no cities',
    'Moscow and Leningrad saw the troops named in the order of 1 May 1945 parade through the streets.',
  ],
  ['a word that only looks like the verb', 'Kerch was preoccupied on 3 May 1942 with the harvest.'],
  ['people taken prisoner', 'Sevastopol fell silent, and on 4 July 1942 thousands of men were taken prisoner.'],
  ['an officer captured', 'Brest held. Colonel Petrov, wounded, was captured on 2 August 1941.'],
  ['a named part taken', 'Brest held. In the end the North Gate was taken on 30 June 1941.'],
  [
    'who holds most of the city is its attacker',
    'Stalingrad burned. The enemy army held most of the city from autumn 1942.',
  ],
  [
    'an indefinite thing seized is not the city',
    'Novorossiysk held on. On 4 February 1943 a small landing force seized a foothold south of the port.',
  ],
  [
    'a later assault is a phase, not the start',
    'Sevastopol held. Earlier attacks failed in the winter; the third, a huge one, began on 7 June 1942.',
  ],
  [
    'a height stormed is not the city stormed',
    'Sevastopol was freed in the spring. Malakhov Kurgan, above the bay, was stormed on 8 May 1944.',
  ],
  [
    'a start verb with an object that is no battle',
    'Leningrad waited. A push of January 1943 opened a thin corridor along the lake, but the ring stayed.',
  ],
];

describe('relate: claim patterns', () => {
  for (const [pattern, doc, expected] of POSITIVE) it(pattern, () => assert.deepEqual(brief(doc), expected));
  for (const [why, doc] of NEGATIVE) it(`negative: ${why}`, () => assert.deepEqual(claims(doc), []));
});

describe('relate: subjects', () => {
  it('a short line naming one place is a heading for what follows', () => {
    const doc = 'Murmansk monument at dawn\n\nThe port was attacked in June 29, 1941 by German troops.';
    assert.deepEqual(brief(doc), [['murmansk', 'battle_start', '1941-06-29']]);
  });
  it('a sentence naming a place beats the heading', () => {
    const doc =
      'WWII monument in Murmansk\n\nFor 45 days Tula held off a German assault. Tula was awarded the title Hero City in 1976.';
    assert.deepEqual(brief(doc), [
      ['tula', 'duration_days', 45],
      ['tula', 'hero_city_title', '1976'],
    ]);
  });
  it('each city of a multi-city page gets its own claims', () => {
    const doc =
      'Smolensk was captured on 16 July 1941.\n\nThe city was freed on 25 September 1943.\n\nMinsk fell to German troops on 28 June 1941.';
    assert.deepEqual(brief(doc), [
      ['smolensk', 'occupied', '1941-07-16'],
      ['smolensk', 'liberated', '1943-09-25'],
      ['minsk', 'occupied', '1941-06-28'],
    ]);
  });
  it('the title names the main place', () => {
    assert.deepEqual(
      claims('The city was awarded the title Hero City in 1965.', 'Kyiv in the war').map((c) => c.s),
      ['kyiv'],
    );
  });
});

describe('relate: quotes', () => {
  it('every quote is the exact text of its span', () => {
    const text =
      'Kerch\n\nOn November 16, 1941, Kerch was occupied by the enemy. Hard fighting for the town went on for more than 300 days.';
    for (const c of extractClaims({ text, title: null }, gazetteer))
      assert.equal(text.slice(c.span[0], c.span[1]), c.quote);
  });
  it('every claim names its pattern', () => {
    assert.deepEqual(
      claims('Tula was awarded the title Hero City in 1976.').map((c) => c.r),
      ['hero-city-title'],
    );
  });
});
