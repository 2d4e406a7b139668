/** The pure pieces behind the pages: snippet marks, document highlights, disagreements, figures. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Claim } from '../../src/domain/index.js';
import { groupConflicts, type ConflictClaim } from '../../src/store/queries/find-conflicts.js';
import { highlights } from '../../src/web/pages/document.js';
import { snippetParts } from '../../src/web/pages/search.js';
import { formatValue, mergeAgreeing, summarise } from '../../src/web/facts.js';
import { formatDate, href, placeName, splitLangPath } from '../../src/web/i18n.js';

let n = 0;
function c(property: Claim['property'], value: Claim['value'], extra: Partial<ConflictClaim> = {}): ConflictClaim {
  n += 1;
  return {
    id: `c${n}`,
    subject: 'stalingrad',
    property,
    value,
    qualifiers: {},
    references: [{ source: 's' }],
    status: 'accepted',
    rank: 'normal',
    rankReason: null,
    origin: { kind: 'curated' },
    documentId: null,
    ...extra,
  };
}

test('snippets: only <b> marks become marks; escaped text comes back as plain text', () => {
  assert.deepEqual(snippetParts('a &lt;script&gt; <b>Volgograd</b> &amp; more'), [
    { text: 'a <script> ', marked: false },
    { text: 'Volgograd', marked: true },
    { text: ' & more', marked: false },
  ]);
  // A literal "<b>" in the text arrives escaped, so it is never taken for a mark.
  assert.deepEqual(snippetParts('&lt;b&gt;x&lt;/b&gt;'), [{ text: '<b>x</b>', marked: false }]);
});

test('highlights use the span when it holds the quote, else find the quote; overlaps are dropped', () => {
  const text = 'The battle began on 23 August 1942 in the city.';
  const at = text.indexOf('23 August 1942');
  const good = c('battle_start', '1942-08-23', {
    references: [{ source: 's', document: 'd', quote: '23 August 1942', span: [at, at + 14] }],
  });
  const stale = c('battle_start', '1942-08', {
    references: [{ source: 's', document: 'd', quote: 'August 1942', span: [0, 11] }],
  });
  const other = c('battle_start', '1942', {
    references: [{ source: 's', document: 'x', quote: 'battle', span: [4, 10] }],
  });
  const h = highlights(text, 'd', [good, stale, other]);
  assert.equal(
    h.length,
    1,
    'the stale span points elsewhere; its quote overlaps the first; the third is another document',
  );
  assert.deepEqual([h[0]?.start, h[0]?.end], [at, at + 14]);
  const none = highlights(text, 'd', [
    c('battle_start', '1942', { references: [{ source: 's', quote: 'not there' }] }),
  ]);
  assert.equal(none.length, 0);
});

test('disagreements: dates at common precision, figures by overlap, different acts and sides apart', () => {
  n = 0;
  const conflicts = groupConflicts([
    c('battle_start', '1942-07-17', { rank: 'preferred', rankReason: 'why' }),
    c('battle_start', '1942-08-23'),
    c('battle_end', '1943-02'),
    c('battle_end', '1943-02-02'),
    c('hero_city_title', '1945-05-01', { qualifiers: { act: 'order' } }),
    c('hero_city_title', '1965-05-08', { qualifiers: { act: 'decree' } }),
    c('casualties', { side: 'soviet', min: 750000, max: null }),
    c('casualties', { side: 'axis', min: 100000, max: 100000 }),
    c('heroes_of_soviet_union', { min: 120, max: 130 }),
    c('heroes_of_soviet_union', 127),
    c('duration_days', 200),
    c('duration_days', 163, { status: 'rejected' }),
  ]);
  assert.deepEqual(
    conflicts.map((x) => x.property),
    ['battle_start'],
  );
  assert.equal(conflicts[0]?.preferred?.rankReason, 'why');
  // Battle dates of different events are not compared.
  const events = groupConflicts([
    c('battle_start', '1941-07-10', { qualifiers: { event: 'a' } }),
    c('battle_start', '1943-08-07', { qualifiers: { event: 'b' } }),
  ]);
  assert.equal(events.length, 0);
  // Without an event, a battle date is about the principal one.
  const principal = groupConflicts(
    [c('battle_start', '1941-07-10', { qualifiers: { event: 'a' } }), c('battle_start', '1941-07-15')],
    new Map([['stalingrad', 'a']]),
  );
  assert.equal(principal.length, 1);
});

test('summaries take the order for the title date and the principal event for the battle', () => {
  const claims = [
    c('hero_city_title', '1965-05-08', { qualifiers: { act: 'decree' }, rank: 'preferred' }),
    c('hero_city_title', '1945', { qualifiers: { act: 'order' } }),
    c('hero_city_title', '1945-05-01', { qualifiers: { act: 'order' } }),
    c('battle_start', '1943-08-07', { qualifiers: { event: 'later' } }),
    c('battle_end', '1943-09-25', { qualifiers: { event: 'later' } }),
    c('battle_start', '1941-07-10', { qualifiers: { event: 'first' } }),
    c('battle_end', '1941-09-10', { qualifiers: { event: 'first' } }),
  ];
  const s = summarise(claims, new Set(['first']));
  assert.equal(s.titleDate, '1945-05-01');
  assert.equal(s.decreeClaim?.value, '1965-05-08');
  assert.equal(s.start?.value, '1941-07-10');
  assert.equal(s.end?.value, '1941-09-10');
  assert.equal(s.duration.days, 62);
  assert.equal(mergeAgreeing(claims.slice(0, 3)).length, 2, '1945 and 1 May 1945 (both the order) are one');
});

test('interface language: addresses, names, dates and values', () => {
  assert.equal(href('ru', '/'), '/ru');
  assert.equal(href('ru', '/places/kyiv'), '/ru/places/kyiv');
  assert.equal(href('en', '/compare?sort=place'), '/compare?sort=place');
  assert.deepEqual(splitLangPath('/ru/places/kyiv'), { lang: 'ru', path: '/places/kyiv' });
  assert.deepEqual(splitLangPath('/ru'), { lang: 'ru', path: '/' });
  assert.deepEqual(splitLangPath('/rules'), { lang: 'en', path: '/rules' });
  const place = {
    id: 'stalingrad' as const,
    names: [
      { text: 'Tsaritsyn', lang: 'en' as const, kind: 'historical' as const, to: 1925 },
      { text: 'Stalingrad', lang: 'en' as const, kind: 'historical' as const, from: 1925, to: 1961 },
      { text: 'Volgograd', lang: 'en' as const, kind: 'official' as const, from: 1961 },
      { text: 'Сталинград', lang: 'ru' as const, kind: 'historical' as const, from: 1925, to: 1961 },
    ],
  };
  assert.equal(placeName(place, 'en'), 'Stalingrad');
  assert.equal(placeName(place, 'en', 'now'), 'Volgograd');
  assert.equal(placeName(place, 'ru'), 'Сталинград');
  assert.equal(formatDate('en', '1942-08-23'), '23 August 1942');
  assert.equal(formatDate('ru', '1942-08-23'), '23 августа 1942');
  assert.equal(formatDate('ru', '1942-08'), 'август 1942');
  assert.equal(
    formatValue('en', { property: 'casualties', value: { side: 'soviet', min: 750000, max: null } }),
    '> 750,000 (Soviet)',
  );
});

test('a principal occupation is dated from the fall of the city to its liberation', () => {
  const claims = [
    c('battle_start', '1941-06-26', { subject: 'minsk', qualifiers: { event: 'defence' } }),
    c('battle_end', '1941-06-28', { subject: 'minsk', qualifiers: { event: 'defence' } }),
    c('occupied', '1941-06-28', { subject: 'minsk', qualifiers: { event: 'occupation' } }),
    c('liberated', '1944-07-03', { subject: 'minsk', qualifiers: { event: 'occupation' } }),
    c('battle_start', '1944-06-29', { subject: 'minsk', qualifiers: { event: 'offensive' } }),
  ];
  const s = summarise(claims, new Set(['occupation']));
  assert.equal(s.start?.value, '1941-06-28');
  assert.equal(s.end?.value, '1944-07-03');
  assert.equal(s.duration.days, 1101);
  assert.equal(s.duration.computed, true);
});

test('a length computed from a date known only to the month is a range, not a made-up exact figure', () => {
  const claims = [
    c('battle_start', '1941-06-22', { subject: 'brest', qualifiers: { event: 'defence' } }),
    c('battle_end', '1941-07', { subject: 'brest', qualifiers: { event: 'defence' } }),
  ];
  const s = summarise(claims, new Set(['defence']));
  assert.deepEqual([s.duration.days, s.duration.daysMax], [9, 39]);
  const exact = summarise(
    [
      c('battle_start', '1942-07-17', { qualifiers: { event: 'b' } }),
      c('battle_end', '1943-02-02', { qualifiers: { event: 'b' } }),
    ],
    new Set(['b']),
  );
  assert.deepEqual([exact.duration.days, exact.duration.daysMax], [200, 200]);
});
