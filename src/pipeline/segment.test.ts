import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment, splitSentences } from './segment.js';

describe('segment: sentences', () => {
  const cases: [label: string, input: string, expected: string[]][] = [
    ['plain', 'The siege began. It ended later.', ['The siege began.', 'It ended later.']],
    ['initials', 'Source: I. P. Abramov wrote it. Then more.', ['Source: I. P. Abramov wrote it.', 'Then more.']],
    [
      'No. before a number',
      'Stalin signed order No. 227 that summer. Next.',
      ['Stalin signed order No. 227 that summer.', 'Next.'],
    ],
    [
      'St. before a name',
      'He moved to St. Petersburg in 1950. Then he left.',
      ['He moved to St. Petersburg in 1950.', 'Then he left.'],
    ],
    [
      'Gen. before a name',
      'Gen. Chuikov held the bank. The army stayed.',
      ['Gen. Chuikov held the bank.', 'The army stayed.'],
    ],
    [
      'a sentence may start with a figure',
      'The militia formed. 225 thousand people dug trenches.',
      ['The militia formed.', '225 thousand people dug trenches.'],
    ],
    [
      'missed break before a figure (Russian)',
      'Город выстоял. 8 мая 1965 года пришла награда.',
      ['Город выстоял.', '8 мая 1965 года пришла награда.'],
    ],
  ];
  for (const [label, input, expected] of cases) {
    it(label, () =>
      assert.deepEqual(
        splitSentences(input).map((s) => s.text),
        expected,
      ),
    );
  }

  it('keeps offsets exact', () => {
    const text = 'Heading\n\n  First one. Second one.\nThird line';
    for (const p of segment(text)) {
      assert.equal(text.slice(p.start, p.end), p.text);
      for (const s of p.sentences) assert.equal(text.slice(s.start, s.end), s.text);
    }
    assert.deepEqual(
      segment(text).map((p) => p.sentences.length),
      [1, 2, 1],
    );
  });

  it('an empty text has no paragraphs', () => assert.deepEqual(segment('\n \n'), []));

  it('lines cut at a fixed width are one paragraph, their sentences run across the breaks', () => {
    const text = [
      'NOTES ON THE TOWN',
      '',
      'The old harbour town had been quiet for many years before the war reached',
      'its walls in the autumn. Enemy columns came along the coast road and took',
      'Kerch on a grey morning, after a week of shelling from the hills above the',
      'bay. Nobody was left.',
      '',
      'A short line.',
      'Another short line.',
    ].join('\n');
    const ps = segment(text);
    assert.deepEqual(
      ps.map((p) => p.sentences.map((s) => s.text.replace(/\n/gu, ' '))),
      [
        ['NOTES ON THE TOWN'],
        [
          'The old harbour town had been quiet for many years before the war reached its walls in the autumn.',
          'Enemy columns came along the coast road and took Kerch on a grey morning, after a week of shelling from the hills above the bay.',
          'Nobody was left.',
        ],
        ['A short line.'],
        ['Another short line.'],
      ],
    );
    for (const p of ps) for (const s of p.sentences) assert.equal(text.slice(s.start, s.end), s.text);
  });

  it('a page with one paragraph a line keeps its lines', () => {
    const text =
      'A long heading line that names the subject of the whole page here\nThe page then begins its first paragraph.';
    assert.equal(segment(text).length, 2);
  });
});
