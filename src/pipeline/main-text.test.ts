import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from './decode.js';
import { htmlMainText, mainText, plainMainText } from './main-text.js';

const fixtures = join(process.cwd(), 'test/fixtures/documents');
const corpus = join(process.cwd(), '../shared/corpus');

test('main text of an HTML page: headings and paragraphs kept, navigation, scripts and sidebars gone', () => {
  const bytes = readFileSync(join(fixtures, 'minsk-page.html'));
  const m = mainText(decode(bytes, 'minsk-page.html'));
  for (const must of [
    'Minsk under occupation',
    'The underground',
    'Liberation',
    'German troops entered Minsk on June 28, 1941',
    'Minsk received the title of Hero City on June 26, 1974',
  ]) {
    assert.ok(m.text.includes(must), `missing ${must}`);
  }
  for (const mustNot of [
    'SCRIPT-TEXT-MUST-GO',
    'NAV-LINK-MUST-GO',
    'SIDEBAR-MUST-GO',
    'font-family',
    'all rights reserved',
  ]) {
    assert.ok(!m.text.includes(mustNot), `kept ${mustNot}`);
  }
  // Each heading and paragraph is its own paragraph.
  const paras = m.text.split('\n\n');
  assert.ok(paras.includes('The underground'));
  assert.ok(paras.includes('Liberation'));
  assert.ok(paras.every((p) => !p.includes('\n')));
  assert.equal(m.title, 'Minsk under occupation');
  assert.deepEqual(m.meta, {
    author: 'Jane Example',
    siteName: 'Example History Notes',
    published: '2023-05-09T10:00:00Z',
    url: 'https://history.example.org/minsk-occupation',
    lang: 'en',
  });
});

test('main text of HTML with no article falls back to the body blocks', () => {
  const m = htmlMainText(
    '<html><body><nav>Home About</nav><div>Kerch <b>was</b> freed in 1944.</div><div>Short.</div><script>x()</script></body></html>',
  );
  assert.equal(m.text, 'Kerch was freed in 1944.\n\nShort.');
});

test('main text of an empty-bodied HTML page is empty, not an error', () => {
  assert.equal(htmlMainText('<html><head><title>t</title></head><body></body></html>').text, '');
});

test('plain-text capture: chrome lines dropped, kept lines verbatim', () => {
  const input = readFileSync(join(fixtures, 'smolensk-capture.txt'), 'utf8');
  const m = plainMainText(input);
  const inputLines = new Set(input.split('\n'));
  for (const line of m.text.split('\n')) assert.ok(inputLines.has(line), `changed line: ${line}`);
  assert.equal(
    m.text,
    [
      'Smolensk: A Gate on the Road East',
      '',
      'Smolensk stood in the way of the advance on Moscow in the summer of 1941.',
      '',
      'Fighting around the city went on for about two months, from July 10 to September 10, 1941.',
      '',
      'Smolensk was named a Hero City on May 6, 1985.',
    ].join('\n'),
  );
  assert.equal(m.title, 'Smolensk: A Gate on the Road East');
  assert.ok(m.dropped >= 10);
});

test('plain text with CRLF line ends keeps its lines', () => {
  const m = plainMainText('top of page\r\nKyiv was freed on 6 November 1943.\r\n\r\nbottom of page\r\n');
  assert.equal(m.text, 'Kyiv was freed on 6 November 1943.');
});

const seeds = join(corpus, 'seeds');
const seedFiles = existsSync(seeds) ? readdirSync(seeds).filter((f) => f.endsWith('.txt')) : [];
test(
  'corpus seeds: no gold quote is lost, and every kept line is a line of the input',
  { skip: seedFiles.length === 0 && 'no ../shared/corpus' },
  () => {
    for (const f of seedFiles) {
      const bytes = readFileSync(join(seeds, f));
      const m = mainText(decode(bytes, f));
      const input = bytes.toString('utf8');
      const inputLines = new Set(input.split(/\r\n|\n|\r/));
      for (const line of m.text.split('\n')) assert.ok(inputLines.has(line), `${f}: changed line ${line}`);
      const gold = JSON.parse(readFileSync(join(corpus, 'gold', f.replace(/\.txt$/, '.json')), 'utf8')) as Array<{
        quote: string;
      }>;
      for (const g of gold) assert.ok(m.text.includes(g.quote), `${f}: lost gold quote ${g.quote}`);
      // Something was dropped where there was chrome, and the article itself is still most of it.
      assert.ok(m.text.length > input.length * 0.6, `${f}: too much dropped`);
    }
  },
);

test('corpus seeds: the page chrome is gone', { skip: seedFiles.length === 0 && 'no ../shared/corpus' }, () => {
  const all = seedFiles.map((f) => mainText(decode(readFileSync(join(seeds, f)), f)).text).join('\n');
  for (const junk of [
    /^top of page$/m,
    /^bottom of page$/m,
    /Writer's picture/,
    /^Recent Posts$/m,
    /^See All$/m,
    /^Leave a Reply$/m,
    /^Category\(s\):/m,
    /Responses? to/,
    /dating site/,
    /^Home .*Wallpapers/m,
    /^Updated:/m,
  ]) {
    assert.ok(!junk.test(all), `still there: ${junk}`);
  }
});

test('main text of HTML: list items, table rows, captions and line breaks become paragraphs of their own', () => {
  const html = `<html><head><title>Sevastopol notes</title></head><body><article>
    <h1>Sevastopol notes</h1>
    <p>The siege of the naval base lasted ${'many months, '.repeat(3)}and the defenders were supplied from the sea.</p>
    <ul><li>First assault: <b>autumn 1941</b></li><li>Last assault: summer 1942</li></ul>
    <figure><img src="x.png" alt=""><figcaption>The panorama museum, opened in 1905</figcaption></figure>
    <p>One line<br>and the next line</p>
    <table><tr><td>Year</td><td>Event</td></tr><tr><td>1965</td><td>Hero City</td></tr></table>
    <p>${'The city was rebuilt after the war with great care. '.repeat(6)}</p>
  </article></body></html>`;
  const paras = htmlMainText(html).text.split('\n\n');
  for (const p of [
    'First assault: autumn 1941',
    'Last assault: summer 1942',
    'The panorama museum, opened in 1905',
    'One line',
    'and the next line',
    'Year | Event',
    '1965 | Hero City',
  ]) {
    assert.ok(paras.includes(p), `missing paragraph "${p}" in ${JSON.stringify(paras)}`);
  }
});

test('main text of HTML: a table row is one line of cells, empty cells kept in their place, nested blocks flattened', () => {
  const html = `<html><body><article><p>${'Dates of the Hero Cities, gathered for a class. '.repeat(6)}</p>
    <table><thead><tr><th>City</th><th>Occupied</th><th>Liberated</th></tr></thead>
    <tbody><tr><td><p>Kerch</p></td><td></td><td>11 April 1944</td></tr></tbody></table></article></body></html>`;
  const paras = htmlMainText(html).text.split('\n\n');
  assert.ok(paras.includes('City | Occupied | Liberated'), JSON.stringify(paras));
  assert.ok(paras.includes('Kerch |  | 11 April 1944'), JSON.stringify(paras));
});

test('plain text with nothing to drop: the kept text is the input without its outer blank lines', () => {
  const cases: Array<[string, string]> = [
    ['\n\n  \nTula held.\n\nThe city stood.\n\n\n', 'Tula held.\n\nThe city stood.'],
    ['\uFEFFOne line only.', 'One line only.'],
    ['A.\r\nB.\r\n', 'A.\nB.'],
    ['   \n\n', ''],
  ];
  for (const [input, expected] of cases) assert.equal(plainMainText(input).text, expected, JSON.stringify(input));
});
