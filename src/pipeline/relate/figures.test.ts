/**
 * What a recognised figure means: whose losses it counts, whether the text
 * stands behind it, and whether it is wartime history at all. Every row lists
 * all the claims its document gives.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractClaims } from '../extract.js';
import { buildGazetteer } from '../gazetteer.js';

const gazetteer = buildGazetteer();
const brief = (text: string) =>
  extractClaims({ text, title: null }, gazetteer).map((c) => [c.subject, c.property, c.value]);
const lost = (subject: string, side: string, min: number | null, max: number | null = min) => [
  subject,
  'casualties',
  { side, min, max },
];

/** [why, document, expected claims]. */
const SIDES: [string, string, unknown[][]][] = [
  [
    'a numbered enemy army that lost',
    'Stalingrad became a trap: inside the ring the German 6th Army lost 147,000 men.',
    [lost('stalingrad', 'axis', 147000)],
  ],
  [
    "an enemy commander's army that suffered",
    "At Sevastopol Manstein's 11th Army suffered about 75,000 casualties.",
    [lost('sevastopol', 'axis', 75000)],
  ],
  [
    'an enemy army group',
    'Before Moscow, Army Group Centre lost over 200,000 men in the winter.',
    [lost('moscow', 'axis', 200000, null)],
  ],
  [
    "an ally's losses",
    'Odessa held for weeks, and Romanian losses reached 90,000 men.',
    [lost('odesa', 'axis', 90000)],
  ],
  [
    "the Wehrmacht's losses",
    "Near Moscow the Wehrmacht's losses came to some 500,000 men.",
    [lost('moscow', 'axis', 500000)],
  ],
  [
    'people who starved are civilians',
    'In Leningrad some 800,000 people starved to death.',
    [lost('leningrad', 'civilian', 800000)],
  ],
  [
    'deaths from hunger are civilian',
    'In besieged Leningrad about 100,000 people died of hunger each month that winter.',
    [lost('leningrad', 'civilian', 100000)],
  ],
  [
    'people killed in an enemy bombing are civilians, not the enemy',
    'During the German air raids on Stalingrad about 40,000 people died.',
    [lost('stalingrad', 'civilian', 40000)],
  ],
  [
    'people the occupiers shot are civilians',
    'In Kiev the Nazis shot more than 100,000 people.',
    [lost('kyiv', 'civilian', 100000, null)],
  ],
  [
    'evacuees who died',
    'Leningrad sent its children east; about 16,000 evacuees died on the way.',
    [lost('leningrad', 'civilian', 16000)],
  ],
  ['the garrison', 'The Brest garrison lost about 2,000 men.', [lost('brest', 'soviet', 2000)]],
  [
    "a side's own report of its killed and wounded: its losses, not its victims",
    'At Brest the German 45th Infantry Division reported 482 men killed and more than 1,000 wounded.',
    [lost('brest', 'axis', 482), lost('brest', 'axis', 1000, null)],
  ],
  [
    '"irrecoverable losses" with no side named: the Soviet statistics\' term',
    'The archives give 156,880 irrecoverable losses for the defence of Sevastopol.',
    [lost('sevastopol', 'soviet', 156880)],
  ],
  [
    '"irrecoverable" does not outweigh a side that is named',
    'At Sevastopol the Germans counted 27,000 irrecoverable losses.',
    [lost('sevastopol', 'axis', 27000)],
  ],
  [
    'a figure with its source after it',
    'At Stalingrad Soviet losses alone were 1,129,619 according to Krivosheev.',
    [lost('stalingrad', 'soviet', 1129619)],
  ],
  [
    'a large share of "our soldiers"',
    'In the battle for Moscow more than half a million of our soldiers were killed.',
    [lost('moscow', 'soviet', 500000, null)],
  ],
  ['the fleet', 'At Sevastopol the fleet lost 3,000 sailors.', [lost('sevastopol', 'soviet', 3000)]],
  ['"our losses"', 'At Tula our losses were 5,000 men.', [lost('tula', 'soviet', 5000)]],
  ['Soviet troops', 'Soviet troops at Kerch lost 40,000 men.', [lost('kerch', 'soviet', 40000)]],
  [
    'the men the Red Army killed were the enemy',
    'At Stalingrad the Red Army killed 147,000 men in the pocket.',
    [lost('stalingrad', 'axis', 147000)],
  ],
  [
    'both sides',
    'At Stalingrad both sides together lost nearly 2 million men.',
    [lost('stalingrad', 'combined', 2000000)],
  ],
  [
    'in total on both sides',
    'Around Moscow 1.5 million men were killed in total on both sides.',
    [lost('moscow', 'combined', 1500000)],
  ],
  [
    'two sides in one sentence',
    'At Kerch the defenders lost 20,000 men, while the Germans lost 10,000.',
    [lost('kerch', 'soviet', 20000), lost('kerch', 'axis', 10000)],
  ],
  [
    'prisoners of war the enemy shot were soviet losses',
    'In Kiev the Germans shot 10,000 prisoners of war.',
    [lost('kyiv', 'soviet', 10000)],
  ],
  [
    "the city's own people, named by a demonym",
    'In the first winter alone, 300,000 Leningraders died.',
    [lost('leningrad', 'civilian', 300000)],
  ],
  [
    'people killed under the occupation',
    'About 400,000 people were killed in Minsk during the occupation.',
    [lost('minsk', 'civilian', 400000)],
  ],
  [
    'among the dead',
    'In Leningrad sixteen thousand children were among the dead.',
    [lost('leningrad', 'civilian', 16000)],
  ],
  [
    'a day of a month the date recogniser left is no figure',
    'In Stalingrad on 23 August German bombers killed 40,000 civilians.',
    [lost('stalingrad', 'civilian', 40000)],
  ],
  [
    '"the official one" is a pronoun',
    'For Leningrad the figure of 632,253 deaths is the official one.',
    [lost('leningrad', 'combined', 632253)],
  ],
  [
    'at the cost of lives is no price',
    'Stalingrad held at the cost of a million lives.',
    [lost('stalingrad', 'combined', 1000000)],
  ],
  [
    'Russian: the Germans’ losses',
    'Под Москвой потери немцев составили около 500 тысяч человек.',
    [lost('moscow', 'axis', 500000)],
  ],
  [
    'Russian: residents who died',
    'В Ленинграде от голода погибло около 640 тысяч жителей.',
    [lost('leningrad', 'civilian', 640000)],
  ],
  ['Russian: civilians', 'В Минске погибли 70 тысяч мирных жителей.', [lost('minsk', 'civilian', 70000)]],
  [
    'Russian: the defenders',
    'Защитники Севастополя потеряли свыше 150 тысяч человек.',
    [lost('sevastopol', 'soviet', 150000, null)],
  ],
  ['Russian: the garrison', 'Гарнизон Бреста потерял около 2 тысяч человек.', [lost('brest', 'soviet', 2000)]],
  [
    'Russian: both sides',
    'Под Сталинградом с обеих сторон погибло около 2 миллионов человек.',
    [lost('stalingrad', 'combined', 2000000)],
  ],
  [
    'Russian: people the occupiers shot',
    'В Киеве оккупанты расстреляли более 100 тысяч человек.',
    [lost('kyiv', 'civilian', 100000, null)],
  ],
  [
    "the city's people named after a Soviet body are civilians",
    'The Soviet commission put the number of Leningraders who had died at 600,000.',
    [lost('leningrad', 'civilian', 600000)],
  ],
  [
    'Russian: a range of Jews killed are civilians',
    'В Киеве осенью 1941 года было убито от 20 до 30 тысяч евреев.',
    [lost('kyiv', 'civilian', 20000, 30000)],
  ],
];

/** Figures the text itself rejects, or only asks about: no claim for them. */
const REJECTED: [string, string, unknown[][]][] = [
  [
    'a figure some sites give, called exaggerated',
    'Some websites claim that 2 million residents of Leningrad died, but that figure is exaggerated.',
    [],
  ],
  ['called a myth', 'Some guides say 3 million soldiers fell at Stalingrad; this is a myth.', []],
  ['a claim debunked', 'The claim that 1.5 million Leningraders starved has long been debunked.', []],
  [
    'the often-repeated figure, too high',
    'The often-repeated figure of 2 million Soviet casualties at Stalingrad is too high.',
    [],
  ],
  ['a figure not supported', 'A toll of 1.5 million deaths in Leningrad is not supported by the archives.', []],
  ['claims called false', 'Claims of 3 million deaths at Stalingrad are false.', []],
  [
    'rejected in the next sentence',
    'Some tour guides still say that 2 million people died in Leningrad. That number is far too high.',
    [],
  ],
  [
    'now considered too low',
    'The figure of 632,253 deaths in Leningrad, given at Nuremberg, is now considered too low.',
    [],
  ],
  ['regarded as exaggerated', 'Many historians regard the figure of 1 million deaths in Leningrad as exaggerated.', []],
  [
    'which was an exaggeration',
    'Soviet papers claimed that 1 million Germans were killed at Stalingrad, which was an exaggeration.',
    [],
  ],
  [
    'praise is no rejection',
    "Stalingrad's defenders lost 25,000 men at the tractor plant, and their stand is a legend.",
    [lost('stalingrad', 'soviet', 25000)],
  ],
  [
    'an underestimate is no rejection of the figure as a claim',
    'Official data gave 632,253 civilian dead in Leningrad; this is now known to be an underestimate.',
    [lost('leningrad', 'civilian', 632253)],
  ],
  [
    'not N, as is often said, but M',
    'In Leningrad not 1.5 million, as is often said, but about 800,000 civilians died.',
    [lost('leningrad', 'civilian', 800000)],
  ],
  [
    'a wrong figure, then the real one',
    'Some say that 2 million residents of Leningrad died, which is wrong; the real number is about 800,000.',
    [lost('leningrad', 'civilian', 800000)],
  ],
  [
    'an exam question',
    'One exam question asked how many of the 2.5 million residents of Leningrad were evacuated.',
    [],
  ],
  ['a question', 'Did 2 million people really die in Leningrad?', []],
  [
    'a figure reported and accepted stays',
    'Historians now say about 800,000 residents of Leningrad died.',
    [lost('leningrad', 'civilian', 800000)],
  ],
];

/** Numbers in historical text that count nothing about the war. */
const NOT_HISTORY: [string, string, unknown[][]][] = [
  ['a ticket price', 'Tickets to the panorama museum in Volgograd cost 500 roubles for adults.', []],
  ['a price per person', 'In Volgograd the guided tour costs $25 per person and takes 3 hours.', []],
  ['opening hours', 'The Brest Fortress museum is open 10:00–18:00 daily.', []],
  ['ages of visitors', 'Visitors over 65 and children under 7 enter the Tula museum free.', []],
  ['exam points', 'On the Volgograd worksheet, question 4 is worth 5 points.', []],
  ['a tour length', 'We booked a 1-day tour of Volgograd and a 3-hour walk on Mamayev Kurgan.', []],
  ['a distance for travellers', 'Mamayev Kurgan is 20 minutes from Volgograd station by tram.', []],
  ['a walk in kilometres', 'Our group of 15 people walked 5 kilometres around Volgograd.', []],
  ['a page number', 'See page 45 for a map of Volgograd.', []],
  ['a discount', 'Students get a 20% discount at the Sevastopol panorama.', []],
  ['a cable car', 'The Sevastopol cable car carries 20 people every 15 minutes.', []],
  ['visitors today', 'Every year around 30,000 people visit the Brest Fortress.', []],
  ['a year as a count', 'Volgograd marked 80 years since the battle, the 80th anniversary.', []],
  ['a hotel', 'The Sevastopol hotel has 120 rooms and 3 restaurants.', []],
  ['tanks on display today', 'The Stalingrad museum displays 50 tanks and 30 guns.', []],
  ['a parade every year', 'In Sevastopol 1,000 sailors parade on Navy Day each year.', []],
  ['a distance for travellers in kilometres', 'The Kremlin is 30 kilometres from the Moscow airport.', []],
];

/** Figures about the war that must stay. */
const HISTORY: [string, string, unknown[][]][] = [
  [
    'people evacuated, dated',
    'Leningrad evacuated about 1.3 million people in 1942.',
    [['leningrad', 'quantity', { what: 'people', min: 1300000, max: 1300000 }]],
  ],
  [
    'heights of a monument: tall, a second figure in the same clause, rises to',
    'Kerch\n\nThe obelisk on Mount Mithridates is 24 m tall, 30 m with its base, and the flag mast beside it rises to 40 m.',
    [
      ['kerch', 'quantity', { what: 'height (m)', min: 24, max: 24 }],
      ['kerch', 'quantity', { what: 'height (m)', min: 30, max: 30 }],
      ['kerch', 'quantity', { what: 'height (m)', min: 40, max: 40 }],
    ],
  ],
  ['a walk in metres is no height', 'Kerch\n\nFrom the bus stop we walked 300 m uphill to the obelisk.', []],
  [
    'families in a besieged place',
    'Kerch\n\nWhen the German assault began, some 150 families of sailors were still in the fortress.',
    [['kerch', 'quantity', { what: 'families', min: 150, max: 150 }]],
  ],
  [
    'a count of heroes without the award is no quantity',
    'Odessa\n\nFive heroes of the defence\nThe museum tells of the siege of Odessa.',
    [],
  ],
  [
    'buildings destroyed',
    'During the siege of Leningrad 3,000 buildings were destroyed.',
    [['leningrad', 'quantity', { what: 'buildings', min: 3000, max: 3000 }]],
  ],
  [
    'sorties flown',
    'German bombers flew 2,000 sorties over Stalingrad on the first day.',
    [['stalingrad', 'quantity', { what: 'sorties over Stalingrad', min: 2000, max: 2000 }]],
  ],
  [
    'a siege in days, beside a tour',
    'The 1-day tour explains how Sevastopol held out for 250 days.',
    [['sevastopol', 'duration_days', 250]],
  ],
  [
    'people building defences',
    'At Tula 12,000 people dug anti-tank ditches.',
    [['tula', 'quantity', { what: 'people dug anti-tank ditches', min: 12000, max: 12000 }]],
  ],
  [
    'a distance at the front',
    'At Moscow the Germans came within 30 kilometres of the Kremlin.',
    [['moscow', 'quantity', { what: 'kilometres', min: 30, max: 30 }]],
  ],
  [
    'people on the defences, the war said in the sentence before',
    'Leningrad braced for the siege. Some 12,000 people worked on the barricades.',
    [['leningrad', 'quantity', { what: 'people', min: 12000, max: 12000 }]],
  ],
  [
    'the height of a memorial',
    'In Volgograd the statue is 85 metres tall.',
    [['stalingrad', 'quantity', { what: 'height (m)', min: 85, max: 85 }]],
  ],
  [
    'medals awarded',
    'For the defence of Odessa 30,000 medals were awarded.',
    [['odesa', 'quantity', { what: 'medals', min: 30000, max: 30000 }]],
  ],
];

/** Durations: only the span of the city's defence, siege or occupation. */
const DURATIONS: [string, string, unknown[][]][] = [
  ['days under siege', 'Sevastopol endured 250 days under siege.', [['sevastopol', 'duration_days', 250]]],
  ['held out N days, in words', 'Odessa held out seventy-three days.', [['odesa', 'duration_days', 73]]],
  ['Russian: N days of defence', 'Севастополь выдержал 250 дней обороны.', [['sevastopol', 'duration_days', 250]]],
  ['Russian: the defence lasted N days', 'Оборона Тулы длилась 45 дней.', [['tula', 'duration_days', 45]]],
  [
    'Russian: a span after the end date and a dash',
    'Тула\n\nОборона продолжалась до 5 декабря 1941 года — всего более сорока дней.',
    [
      ['tula', 'battle_end', '1941-12-05'],
      ['tula', 'duration_days', { min: 40, max: null }],
    ],
  ],
  ['an exhibition about the siege is no siege', 'Leningrad\n\nThe exhibition on the siege lasted 30 days.', []],
  ['Russian: a trip is no defence', 'Тула\n\nНаша поездка по местам обороны длилась 3 дня.', []],
  [
    'Russian: a garrison held out N days',
    'Керчь\n\nГарнизон крепости держался 60 дней.',
    [['kerch', 'duration_days', 60]],
  ],
  [
    'a building held is not the city: its days are a quantity',
    'Stalingrad\n\nIn the battle a few men held the mill for 50 days.',
    [['stalingrad', 'quantity', { what: 'days the mill was held', min: 50, max: 50 }]],
  ],
  [
    'the span a lifted siege closed, after its end date',
    'Leningrad\n\nThe siege was at last lifted in January 1944, after 870 days.',
    [
      ['leningrad', 'battle_end', '1944-01'],
      ['leningrad', 'duration_days', 870],
    ],
  ],
  ['a pause is no span of the siege', 'Leningrad\n\nThe city was shelled again after 3 days of calm.', []],
  [
    'a span after a dash that follows a date range',
    'Tula\n\nThe defence lasted from 20 October to 4 December 1941 — 46 days.',
    [
      ['tula', 'battle_start', '1941-10-20'],
      ['tula', 'battle_end', '1941-12-04'],
      ['tula', 'duration_days', 46],
    ],
  ],
];

/**
 * Memorials named without a proper name are no claims: the corpus gold keeps
 * only named ones ("Obelisk of Glory", "Mother Motherland"), and leaves out
 * "the memorial complex", "a War memorial complex", "WWII monument in …".
 */
const MEMORIALS: [string, string, unknown[][]][] = [
  ['a memorial to the defenders', 'In Tula a memorial to the defenders was unveiled in 1975.', []],
  ['an obelisk', 'An obelisk stands at the entrance to Kerch.', []],
  ['the memorial complex', 'In Brest the memorial complex was opened in 1971.', []],
  [
    'a named one stays',
    'In Tula the Monument to the Defenders of Tula was unveiled in 1975.',
    [['tula', 'memorial', { name: 'Monument to the Defenders of Tula', year: 1975 }]],
  ],
];

for (const [title, table] of [
  ['casualties: whose losses', SIDES],
  ['figures the text rejects', REJECTED],
  ['figures that are not wartime history', NOT_HISTORY],
  ['figures of wartime history', HISTORY],
  ['memorials without a name', MEMORIALS],
  ['durations', DURATIONS],
] as const)
  describe(`relate: ${title}`, () => {
    for (const [why, doc, expected] of table) it(why, () => assert.deepEqual(brief(doc), expected));
  });
