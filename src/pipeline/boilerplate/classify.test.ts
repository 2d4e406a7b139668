import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyLine, classifyLines, isCommentHeader } from './classify.js';

// [line, expected reason or null]; the null rows are real content that must survive.
const rows: Array<[string, string | null]> = [
  ['top of page', 'chrome'],
  ['bottom of page', 'chrome'],
  ['  Back to top', 'chrome'],
  ["  • Writer's pictureSomeone Else", 'chrome'],
  ['Writer’s picture', 'chrome'],
  ['Recent Posts', 'chrome'],
  ['See All', 'chrome'],
  ['Share this:', 'chrome'],
  ['Like this:', 'chrome'],
  ['Leave a Reply', 'chrome'],
  ['Category(s): Uncategorized', 'chrome'],
  ['Tags: war, memory, cities', 'chrome'],
  ['Updated: Dec 30, 2023', 'chrome'],
  ['Posted on 4 May 2019 by admin', 'chrome'],
  ['© 2021 Some Travel Site', 'chrome'],
  ['12 views', 'chrome'],
  ['0 comments', 'chrome'],
  ['Post not marked as liked', 'chrome'],
  ['Home Girls photos Travel Famous Russian Women Wallpapers', 'navigation'],
  ['Home | About | Contact', 'navigation'],
  ['Facebook Twitter Pinterest Email', 'navigation'],
  ['Share on Facebook', 'chrome'],
  ['This site uses cookies to improve your experience.', 'notice'],
  ['Please be advised that this is not a shop of any kind.', 'chrome'],
  ['We are not a dating site and offer no dating online services.', 'notice'],
  ['https://example.org/some/page', 'url'],
  ['5 min read', 'chrome'],
  ['Posted by Anna at 10:41 PM', 'chrome'],
  ['Labels: history, WWII', 'chrome'],
  ['Subscribe to: Post Comments (Atom)', 'chrome'],
  ['Email ThisBlogThis!Share to TwitterShare to Facebook', 'chrome'],
  ['Newer Post Older Post Home', 'chrome'],
  ['From Wikipedia, the free encyclopedia', 'chrome'],
  ['Retrieved from "https://en.example.org/wiki/Hero_City"', 'chrome'],
  ['Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.', 'chrome'],
  ['This entry was posted in History and tagged Kerch. Bookmark the permalink.', 'chrome'],
  // content that stays
  [
    'Posted by radio, the order reached the garrison within hours and was read aloud to every unit in the fortress that night.',
    null,
  ],
  ['Related to the defence was the evacuation of the factories.', null],
  ['Stalingrad (Volgograd)', null],
  ['Leningrad (Saint-Petersburg)', null],
  ['The Motherland Calls Memorial Complex, Volgograd (Stalingrad), USSR', null],
  ['Hero CityEdit', null],
  ['Home front workers built tanks in the factories of the city.', null],
  ['Share of the losses borne by civilians was enormous.', null],
  [
    'Updated: the city was rebuilt after 1943 following a general plan drawn up by architects from Moscow and Leningrad.',
    null,
  ],
  ['Video Footage From the Battle of Stalingrad', null],
  ['The Defence of Tula', null],
  ['Photos of the memorial, taken in 1975', null],
  ['', null],
];
for (const [line, expected] of rows) {
  test(`classifyLine: ${JSON.stringify(line)} → ${expected ?? 'keep'}`, () => {
    assert.equal(classifyLine(line), expected);
  });
}

test('comment headers', () => {
  for (const h of [
    'One Response to “A Post”',
    '3 Responses to "Another"',
    '12 comments',
    'Leave a Reply',
    '5 thoughts on “X”',
  ]) {
    assert.ok(isCommentHeader(h), h);
  }
  for (const h of ['Three responses to the siege shaped the city', 'Responses of the allies'])
    assert.ok(!isCommentHeader(h), h);
});

test('classifyLines: a comment header late in the text drops what follows it', () => {
  const body = Array.from(
    { length: 8 },
    (_, i) => `Paragraph ${i} about the defence of the city, with enough words to count.`,
  );
  const lines = [
    ...body,
    '2 Responses to “The post”',
    'cheap pills here',
    'Great article!!! visit my site',
    'Leave a Reply',
  ];
  const r = classifyLines(lines);
  assert.deepEqual(r.slice(0, 8), Array(8).fill(null));
  assert.deepEqual(r.slice(8), ['comments', 'comments', 'comments', 'comments']);
});

test('classifyLines: the same header near the top does not drop the article', () => {
  const lines = ['12 comments', ...Array.from({ length: 6 }, (_, i) => `Sentence ${i} of the article body goes here.`)];
  const r = classifyLines(lines);
  assert.equal(r[0], 'chrome');
  assert.deepEqual(r.slice(1), Array(6).fill(null));
});
