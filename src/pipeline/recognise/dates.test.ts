import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDates } from './dates.js';

/** [input, expected dates as "text=value", expected ranges as "from..to"] */
const POSITIVE: [string, string[], string[]][] = [
  ['It began on July 17, 1942.', ['July 17, 1942=1942-07-17'], []],
  ['from 23 August 1942 onwards', ['23 August 1942=1942-08-23'], []],
  ['the blockade closed on the 8th of September in 1941, and', ['the 8th of September in 1941=1941-09-08'], []],
  ['On January 27 1944 the siege was lifted', ['January 27 1944=1944-01-27'], []],
  [
    'held for 45 days from October 24 to December 5, 1941 against',
    ['October 24=1941-10-24', 'December 5, 1941=1941-12-05'],
    ['1941-10-24..1941-12-05'],
  ],
  [
    'it lasted from August 1942 to February 1943',
    ['August 1942=1942-08', 'February 1943=1943-02'],
    ['1942-08..1943-02'],
  ],
  ['between October 1941 and January 1942', ['October 1941=1941-10', 'January 1942=1942-01'], ['1941-10..1942-01']],
  [
    '(July 17, 1942 - February 2, 1943)',
    ['July 17, 1942=1942-07-17', 'February 2, 1943=1943-02-02'],
    ['1942-07-17..1943-02-02'],
  ],
  ['captured in mid-September 1942', ['mid-September 1942=1942-09'], []],
  ['to liberate the port in late 1943', ['late 1943=1943'], []],
  ['In 1965, the city was awarded', ['1965=1965'], []],
  ['captured in the fall of 1942', ['the fall of 1942=1942'], []],
  ['lasted from August until it was taken in mid-September 1942', ['August=1942-08', 'mid-September 1942=1942-09'], []],
  ['twice - in 1941 and 1944', ['1941=1941', '1944=1944'], []],
  [
    'с 5 августа по 16 октября 1941 года',
    ['5 августа=1941-08-05', '16 октября 1941 года=1941-10-16'],
    ['1941-08-05..1941-10-16'],
  ],
  ['в 1965 году', ['1965 году=1965'], []],
  // A range end with no year takes the start's, or the year the sentence gives elsewhere.
  [
    'the fighting went on from 12 July 1941 to 9 September',
    ['12 July 1941=1941-07-12', '9 September=1941-09-09'],
    ['1941-07-12..1941-09-09'],
  ],
  [
    'held from 3 October 1941 until 21 March, when',
    ['3 October 1941=1941-10-03', '21 March=1942-03-21'],
    ['1941-10-03..1942-03-21'],
  ],
  [
    'in 1941 the port held out from 4 August to 15 October',
    ['1941=1941', '4 August=1941-08-04', '15 October=1941-10-15'],
    ['1941-08-04..1941-10-15'],
  ],
  ['from 4 August to 15 October, with no year anywhere', [], []],
  [
    'shelled from early September until late November 1942',
    ['September=1942-09', 'late November 1942=1942-11'],
    ['1942-09..1942-11'],
  ],
  [
    'they count it from 10 July 1941, when the first raid came, until 9 May 1944',
    ['10 July 1941=1941-07-10', '9 May 1944=1944-05-09'],
    ['1941-07-10..1944-05-09'],
  ],
  [
    'a clause between two dates without "from" is no range: on 10 July 1941, when the raids began, to 9 May 1944',
    ['10 July 1941=1941-07-10', '9 May 1944=1944-05-09'],
    [],
  ],
  ['in early May and late June 1942 the city was bombed', ['May=1942-05', 'late June 1942=1942-06'], []],
  // numeric dates
  ['the order of 22.06.1941 was read', ['22.06.1941=1941-06-22'], []],
  ['dated 1941-06-22 in the archive', ['1941-06-22=1941-06-22'], []],
  ['stamped 8.IX.1941', ['8.IX.1941=1941-09-08'], []],
  ['on 22/06/1941 and on 6/22/1941', ['22/06/1941=1941-06-22', '6/22/1941=1941-06-22'], []],
  ['on 22-06-1941', ['22-06-1941=1941-06-22'], []],
  ['приказ от 5.12.1941 г.', ['5.12.1941 г.=1941-12-05'], []],
  ['held 05.1942 – 10.1942 underground', ['05.1942=1942-05', '10.1942=1942-10'], ['1942-05..1942-10']],
  ['the file of 11/1943', ['11/1943=1943-11'], []],
  // English forms
  ['on June 22nd, 1941 at dawn', ['June 22nd, 1941=1941-06-22'], []],
  ['on 22nd June 1941 at dawn', ['22nd June 1941=1941-06-22'], []],
  ['on the 22nd of June, 1941 at dawn', ['the 22nd of June, 1941=1941-06-22'], []],
  ['on Jun. 22, 1941 at dawn', ['Jun. 22, 1941=1941-06-22'], []],
  // ranges across months and years
  [
    'from 8 September 1941 to 27 January 1944',
    ['8 September 1941=1941-09-08', '27 January 1944=1944-01-27'],
    ['1941-09-08..1944-01-27'],
  ],
  ['Sept. 1941 – Jan. 1944', ['Sept. 1941=1941-09', 'Jan. 1944=1944-01'], ['1941-09..1944-01']],
  ['the years 1941–1944', ['1941=1941', '1944=1944'], ['1941..1944']],
  // Russian
  ['22 июня 1941 г. на рассвете', ['22 июня 1941 г.=1941-06-22'], []],
  [
    'с 8 сентября 1941 года по 27 января 1944 года',
    ['8 сентября 1941 года=1941-09-08', '27 января 1944 года=1944-01-27'],
    ['1941-09-08..1944-01-27'],
  ],
  ['в 1941–1944 гг.', ['1941=1941', '1944 гг.=1944'], ['1941..1944']],
  ['осенью 1941 года город', ['осенью 1941 года=1941'], []],
  ['в конце 1943 г. освобождён', ['в конце 1943 г.=1943'], []],
  ['восени 1941 року', ['восени 1941 року=1941'], []],
];

const NEGATIVE: [string, string][] = [
  ['for 45 days', 'a span of time is not a date'],
  ['a ratio of 5.1942 to one', 'a month without its leading zero is a decimal'],
  ['Hero City #3', 'a number after # is not a year'],
  ['between 650,000 and 1,280,000', 'grouped figures are not years'],
  ['a 330,000-strong group', 'a figure'],
  ['order No. 1942', 'a number after No. is not a year'],
  ['on 31 February 1942', 'an impossible day'],
  ['may be in the 40th year', 'a modal verb and an ordinal'],
  ['on 5/6/1942', 'day and month in an unknown order'],
  ['the next day', 'a relative date stays unresolved here'],
];
/** [input, dates, why]: what a date must not become. */
const PARTIAL: [string, string[], string][] = [
  ['in 1941–45 the city', ['1941=1941'], 'a second year in two digits is left alone'],
  ['posted 09-02-2022, 03:12', ['2022=2022'], 'day and month in an unknown order: the year alone'],
];

describe('recognise: dates', () => {
  for (const [input, dates, ranges] of POSITIVE) {
    it(input, () => {
      const r = findDates(input, 0);
      assert.deepEqual(
        r.dates.map((d) => `${input.slice(d.start, d.end)}=${d.value}`),
        dates,
      );
      assert.deepEqual(
        r.ranges.map((x) => `${x.from.value}..${x.to.value}`),
        ranges,
      );
    });
  }
  for (const [input, why] of NEGATIVE)
    it(`no date in "${input}" (${why})`, () => assert.deepEqual(findDates(input, 0).dates, []));

  for (const [input, dates, why] of PARTIAL)
    it(`${input} (${why})`, () => {
      const r = findDates(input, 0);
      assert.deepEqual(
        r.dates.map((d) => `${input.slice(d.start, d.end)}=${d.value}`),
        dates,
      );
      assert.deepEqual(r.ranges, []);
    });

  it('marks a year that qualifies a noun', () => {
    const [d] = findDates('the offensive of 1942 failed', 0).dates;
    assert.equal(d?.attributive, true);
    assert.equal(findDates('the fall of 1942', 0).dates[0]?.attributive, undefined);
  });
  it("a day and month with no year take the paragraph's year, a bare month does not", () => {
    const values = (t: string, y?: number) => findDates(t, 0, y).dates.map((d) => d.value);
    assert.deepEqual(values('the town fell on 16 July', 1941), ['1941-07-16']);
    assert.deepEqual(values('the town fell on 16 July'), []);
    assert.deepEqual(values('the town fell in July', 1941), []);
    assert.deepEqual(values('the town fell on 16 July 1942', 1941), ['1942-07-16']);
    assert.deepEqual(
      findDates('it held out from 5 August to 16 October', 0, 1941).ranges.map((r) => `${r.from.value}..${r.to.value}`),
      ['1941-08-05..1941-10-16'],
    );
  });
  it('offsets are absolute', () => {
    const [d] = findDates('in 1965', 100).dates;
    assert.deepEqual([d?.start, d?.end], [103, 107]);
  });
});
