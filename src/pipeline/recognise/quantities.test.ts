import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuantities, parseNumber } from './quantities.js';
import type { Measure } from './types.js';
import { countsAsHistory } from './util.js';

type Row = [input: string, min: number | null, max: number | null, noun: string, unit?: string];
const POSITIVE: Row[] = [
  ['More than 75 thousand residents of the city', 75_000, null, 'residents'],
  ['over 3 thousand aircraft', 3_000, null, 'aircraft'],
  ['about 660 aircraft', 660, 660, 'aircraft'],
  ['nearly two million.', 2_000_000, 2_000_000, ''],
  ['3.5 thousand tanks and assault guns', 3_500, 3_500, 'tanks and assault guns'],
  ['a 330,000-strong group of enemy troops', 330_000, 330_000, 'group'],
  ['at the cost of a million lives', 1_000_000, 1_000_000, 'lives'],
  ['between 248,000 and 400,000 for the Wehrmacht', 248_000, 400_000, ''],
  ['originally about 400,00 troops', 400_000, 400_000, 'troops'],
  ['nearly one-million soldiers', 1_000_000, 1_000_000, 'soldiers'],
  ['around a quarter of all Lend Lease material', 0.25, 0.25, 'Lend Lease material'],
  ['for more than 300 days', 300, null, 'days', 'day'],
  ['The 900-day siege', 900, 900, 'siege', 'day'],
  ['The five-month stubborn struggle', 5, 5, 'stubborn struggle', 'month'],
  ['less than two and a half months after', null, 2.5, 'months', 'month'],
  ['более 300 тысяч солдат', 300_000, null, 'солдат'],
  ['около 1500 человек', 1_500, 1_500, 'человек'],
  ['perhaps 40,000 or more refugees', 40_000, null, 'refugees'],
  ['some 300 or fewer sailors', null, 300, 'sailors'],
  ['perhaps 500 raids or more that year', 500, null, 'raids'],
  ['roughly 60 per cent of the houses', 0.6, 0.6, 'houses'],
  // numbers in words, English
  ['the garrison held for seventy-three days', 73, 73, 'days', 'day'],
  ['some two hundred and fifty days of shelling', 250, 250, 'days', 'day'],
  ['nine hundred days in the ring', 900, 900, 'days', 'day'],
  ['one and a half million evacuees', 1_500_000, 1_500_000, 'evacuees'],
  ['twenty thousand volunteers', 20_000, 20_000, 'volunteers'],
  ['a dozen gunboats', 12, 12, 'gunboats'],
  ['two dozen tanks', 24, 24, 'tanks'],
  ['half a million refugees', 500_000, 500_000, 'refugees'],
  ['two million three hundred thousand shells', 2_300_000, 2_300_000, 'shells'],
  ['three thousand and fifty sailors', 3_050, 3_050, 'sailors'],
  ['fifteen hundred militiamen', 1_500, 1_500, 'militiamen'],
  ['Forty-two planes', 42, 42, 'planes'],
  ['a thousand guns', 1_000, 1_000, 'guns'],
  // numbers in words, Russian, in their cases
  ['оборона длилась семьдесят три дня', 73, 73, 'дня', 'day'],
  ['двести пятьдесят дней', 250, 250, 'дней', 'day'],
  ['девятьсот дней', 900, 900, 'дней', 'day'],
  ['полтора миллиона жителей', 1_500_000, 1_500_000, 'жителей'],
  ['двадцать тысяч бойцов', 20_000, 20_000, 'бойцов'],
  ['около двух тысяч раненых', 2_000, 2_000, 'раненых'],
  ['тысяча двести ополченцев', 1_200, 1_200, 'ополченцев'],
  ['Три тысячи моряков', 3_000, 3_000, 'моряков'],
  ['более тысячи моряков', 1_000, null, 'моряков'],
  ['свыше полутора тысяч орудий', 1_500, null, 'орудий'],
  ['пятьдесят миллионов патронов', 50_000_000, 50_000_000, 'патронов'],
  // ranges and qualifiers, Russian
  ['от 7 до 8 тысяч человек', 7_000, 8_000, 'человек'],
  ['7–8 тыс. человек', 7_000, 8_000, 'человек'],
  ['от двух до трёх тысяч пленных', 2_000, 3_000, 'пленных'],
  ['около 300 семей', 300, 300, 'семей'],
  ['свыше 20 тысяч танков', 20_000, null, 'танков'],
  ['больше 20 тысяч солдат', 20_000, null, 'солдат'],
  ['не менее 5 тысяч бойцов', 5_000, null, 'бойцов'],
  ['до 5 тысяч человек', null, 5_000, 'человек'],
  ['почти 40 тысяч жителей', 40_000, 40_000, 'жителей'],
  ['примерно 300 домов', 300, 300, 'домов'],
  ['порядка 2 тысяч самолётов', 2_000, 2_000, 'самолётов'],
  ['приблизительно 600 орудий', 600, 600, 'орудий'],
  ['300 000 человек', 300_000, 300_000, 'человек'],
  ['2,5 млн человек', 2_500_000, 2_500_000, 'человек'],
  // ranges, English
  ['7 to 8 thousand sailors', 7_000, 8_000, 'sailors'],
  ['from 3,000 to 8,000 sailors', 3_000, 8_000, 'sailors'],
  ['3,000-8,000 sailors', 3_000, 8_000, 'sailors'],
  ['between two and three thousand sailors', 2_000, 3_000, 'sailors'],
  ['between two thousand and three thousand sailors', 2_000, 3_000, 'sailors'],
  ['up to 5,000 sailors', null, 5_000, 'sailors'],
  ['as many as 5,000 sailors', null, 5_000, 'sailors'],
  ['2/3 of the houses', 2 / 3, 2 / 3, 'houses'],
  // a large figure of a group named after it: a count, though "of" follows
  ['more than half a million of our soldiers', 500_000, null, ''],
  ['2,000 of the defenders', 2_000, 2_000, ''],
  // a source named after the figure is no part of its noun
  ['1,129,619 according to Krivosheev', 1_129_619, 1_129_619, ''],
  ['one man survived', 1, 1, 'man survived'],
  // a year or a date beside a figure is never part of it
  ['in 1943 2 divisions were lost', 2, 2, 'divisions'],
  ['the 1,418 days of war', 1_418, 1_418, 'days', 'day'],
];
const NEGATIVE: [string, string][] = [
  ['Hero City #3', 'a number after #'],
  ['order No. 227', 'a number after No.'],
  ['the 40th anniversary', 'an ordinal'],
  ['потери 4-й армии', 'a Russian ordinal in digits'],
  ['штаб 6-я армия', 'a Russian ordinal in digits'],
  ['one of the most lethal battles', 'a pronoun'],
  ['7 of them are now Russian cities', 'a pronoun'],
  ['in 1942 the army', 'a year'],
  ['in 1943 or more likely 1944', 'a year, even before "or more"'],
  ['the seventy-third day of the siege', 'an ordinal in words'],
  ['on the two hundred and first day', 'an ordinal after "and"'],
  ['на двести пятьдесят третий день', 'a Russian ordinal'],
  ['one of the defenders', 'a pronoun'],
  ['ninety of the defenders', 'a small figure of a group: not counted'],
  ['but which one killed more people', 'a pronoun after a determiner'],
  ['no one died there', 'a pronoun after "no"'],
  ['two thousand of them', 'a large figure of a pronoun: not counted'],
  ['один из защитников', 'a Russian pronoun'],
  ['on 22 June the border was crossed', 'a day of the month without a year'],
  ['June 22 was a Sunday', 'a day of the month after the month'],
  ['22 июня началась война', 'a Russian day of the month'],
  ['the order of 22.06.1941', 'a numeric date'],
  ['the file dated 1941-06-22', 'an ISO date'],
  ['posted 5/6/1942', 'an ambiguous numeric date'],
  ['in 1941–45 the city', 'the two digits of a second year'],
  ['in 1783 the fortress was founded', 'an older year after "in"'],
  ['the thousand-year history', 'a scale word alone'],
];

/** [input, measure, the span of the first figure with a measure] */
const MEASURES: [string, Measure, string][] = [
  ['Tickets cost $5 for adults', 'money', '$5'],
  ['Entry is 300 roubles', 'money', '300'],
  ['a guided visit costs €12', 'money', '€12'],
  ['about 450 UAH per person', 'money', 'about 450'],
  ['USD 20 per night', 'money', 'USD 20'],
  ['a grant of 5 million dollars', 'money', '5 million'],
  ['Вход 200 рублей', 'money', '200'],
  ['билет 150 руб.', 'money', '150'],
  ['open 10:00–18:00 daily', 'clock', '10:00'],
  ['the train leaves at 7 a.m. sharp', 'clock', '7 a.m.'],
  ['музей работает с 10.00 до 18.00', 'clock', '10.00'],
  ['call +7 (8442) 23-72-42 to book', 'phone', '+7 (8442) 23-72-42'],
  ['tel. 555-35-35', 'phone', '555-35-35'],
  ['see p. 45', 'label', '45'],
  ['Moscow, 1967, pp. 112–134', 'label', '112–134'],
  ['take bus 12 to the museum', 'label', '12'],
  ['Day 2: the Mound of Glory', 'label', '2'],
  ['экспозиция в зал 3', 'label', '3'],
  ['a boy aged 12 carried messages', 'age', '12'],
  ['a 14-year-old messenger', 'age', '14'],
  ['at the age of 16 she joined', 'age', '16'],
  ['в возрасте 14 лет', 'age', '14'],
  ['the guide is rated 4.8 by visitors', 'score', '4.8'],
  ['our verdict: 3/5', 'score', '3/5'],
  ['the hotel earned 4 stars', 'score', '4'],
  ['работа оценена в 10 баллов', 'score', '10'],
  ['a 1-day tour of the battlefield', 'visit', '1'],
  ['a 3-hour walk through the old town', 'visit', '3'],
  ['20 minutes from the station', 'visit', '20'],
  ["10 minutes' walk from the square", 'visit', '10'],
  ['the excursion takes about 3 hours', 'visit', 'about 3'],
  ['2-часовая экскурсия по крепости', 'visit', '2'],
  ['93% of the houses', 'percent', '93% of the houses'],
];
/** Figures that are history and carry no measure. */
const NO_MEASURE = ['The 900-day siege', 'the siege lasted 872 days', '300 tanks', 'Order No. 227 and 40 regiments'];

/** [input, min, noun]: vague magnitudes, {min, max: null}, marked vague. */
const VAGUE: [string, number, string][] = [
  ['Hundreds of thousands of lives', 200_000, 'lives'],
  ['tens of thousands of refugees', 20_000, 'refugees'],
  ['thousands of civilians', 2_000, 'civilians'],
  ['several thousand sailors', 2_000, 'sailors'],
  ['десятки тысяч беженцев', 20_000, 'беженцев'],
  ['сотни тысяч жителей', 200_000, 'жителей'],
  ['тысячи людей', 2_000, 'людей'],
  ['несколько тысяч человек', 2_000, 'человек'],
];

describe('recognise: quantities', () => {
  for (const [input, min, max, noun, unit] of POSITIVE) {
    it(input, () => {
      const [q, ...rest] = findQuantities(input, 0);
      assert.ok(q, 'a figure');
      assert.equal(rest.length, 0);
      assert.deepEqual([q.min, q.max, q.noun, q.unit], [min, max, noun, unit]);
    });
  }
  it('"and more than" starts a second figure: it neither opens the first nor joins its noun', () => {
    const qs = findQuantities('482 men killed and more than 1,000 wounded', 0);
    assert.deepEqual(
      qs.map((q) => [q.min, q.max, q.noun]),
      [
        [482, 482, 'men killed'],
        [1000, null, 'wounded'],
      ],
    );
  });
  for (const [input, why] of NEGATIVE)
    it(`no figure in "${input}" (${why})`, () => assert.deepEqual(findQuantities(input, 0), []));

  for (const [input, measure, span] of MEASURES)
    it(`${measure}: ${input}`, () => {
      const q = findQuantities(input, 0).find((x) => x.measure);
      assert.ok(q, 'a figure with a measure');
      assert.deepEqual([q.measure, input.slice(q.start, q.end)], [measure, span]);
    });
  for (const input of NO_MEASURE)
    it(`no measure: ${input}`, () => {
      const qs = findQuantities(input, 0);
      assert.ok(qs.length > 0);
      assert.deepEqual(
        qs.map((q) => q.measure),
        qs.map(() => undefined),
      );
    });
  for (const [input, min, noun] of VAGUE)
    it(`vague: ${input}`, () => {
      const [q, ...rest] = findQuantities(input, 0);
      assert.equal(rest.length, 0);
      assert.deepEqual([q?.min, q?.max, q?.noun, q?.vague], [min, null, noun, true]);
    });
  it('a date left out never pairs with the number after it, nor the day before it', () => {
    const span = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
    const a = 'The defence ran from 20 October to 4 December 1941 — 46 days.';
    const qa = findQuantities(a, 0, [span(a, '20 October to 4 December 1941')]);
    assert.deepEqual(
      qa.map((q) => [q.min, q.max, q.noun]),
      [[46, 46, 'days']],
    );
    const b = 'Many were shot on 12–13 March 1942 near the town.';
    assert.deepEqual(findQuantities(b, 0, [span(b, '13 March 1942')]), []);
  });

  it('two clocks in a range of opening hours, and nothing else', () => {
    const text = 'open 10:00-18:00';
    assert.deepEqual(
      findQuantities(text, 0).map((q) => [text.slice(q.start, q.end), q.measure]),
      [
        ['10:00', 'clock'],
        ['18:00', 'clock'],
      ],
    );
  });
  it('history or not', () => {
    const [money] = findQuantities('it cost 300 roubles', 0);
    const [share] = findQuantities('93% of the houses', 0);
    const [vague] = findQuantities('thousands of men', 0);
    const [count] = findQuantities('300 men', 0);
    assert.deepEqual(
      [money, share, vague, count].map((q) => q && countsAsHistory(q)),
      [false, true, false, true],
    );
  });

  it('reads number words and scales', () => {
    assert.equal(parseNumber('Twenty-four'), 24);
    assert.equal(parseNumber('a million'), 1_000_000);
    assert.equal(parseNumber('1,280,000'), 1_280_000);
    assert.equal(parseNumber('2,5 тыс.'), 2_500);
    assert.equal(parseNumber('many'), null);
    assert.equal(parseNumber('two hundred and fifty'), 250);
    assert.equal(parseNumber('полтора миллиона'), 1_500_000);
    assert.equal(parseNumber('семьдесят три'), 73);
    assert.equal(parseNumber('one two'), null, 'no number in that order');
    assert.equal(parseNumber('тысячи'), null, 'a plural alone is vague');
    assert.equal(parseNumber('тысячи', true), 1_000, 'after a qualifier it is one thousand');
    assert.equal(parseNumber('300 000'), 300_000);
    assert.equal(parseNumber('1.000.000'), 1_000_000);
  });
  it('several figures in one sentence', () => {
    const qs = findQuantities('more than 6 divisions, over 250 boats and ships, and about 660 planes', 0);
    assert.deepEqual(
      qs.map((q) => [q.min, q.max]),
      [
        [6, null],
        [250, null],
        [660, 660],
      ],
    );
  });
});
