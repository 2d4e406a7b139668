import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceAround } from './context-snippet.js';

const TEXT = 'First sentence here. The siege lasted 872 days in all! Last one? Yes.\nNext line.';

test('sentenceAround finds the sentence around a span', () => {
  const q = '872 days';
  const s = TEXT.indexOf(q);
  assert.deepEqual(sentenceAround(TEXT, 0, s, s + q.length), {
    cutBefore: false,
    before: 'The siege lasted ',
    quote: '872 days',
    after: ' in all!',
    cutAfter: false,
  });
});

test('sentenceAround works on a window that starts inside the text, and marks cut sentences', () => {
  const start = 25; // inside "The siege lasted…"
  const window = TEXT.slice(start);
  const q = '872 days';
  const s = TEXT.indexOf(q);
  const r = sentenceAround(window, start, s, s + q.length);
  assert.equal(r?.cutBefore, true);
  assert.equal(r?.quote, q);
  assert.equal(r?.after, ' in all!');
});

test('sentenceAround stops at a line break and refuses spans outside the window', () => {
  const s = TEXT.indexOf('Yes');
  assert.equal(sentenceAround(TEXT, 0, s, s + 3)?.after, '.');
  assert.equal(sentenceAround(TEXT, 10, 0, 3), null);
  assert.equal(sentenceAround(TEXT, 0, 5, TEXT.length + 1), null);
});
