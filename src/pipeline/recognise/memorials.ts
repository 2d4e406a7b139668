/**
 * Memorial names, three shapes, tried in this order:
 *   1. a capitalised head with a complement: "Obelisk of Glory", "Monument to
 *      the 'Road of Life'", "Monument to the Heroic Defenders of Leningrad";
 *      capitalised words before the head join it ("Hero-City Obelisk",
 *      "Piskariovskoye Memorial Cemetery");
 *   2. an apposition after a common noun: "a colossal monument, Mother
 *      Motherland, was erected";
 *   3. a quoted name after a common noun: the sculpture "Grief", a statue
 *      known as "Vera" (a vaguer noun, "the tall figure", only with "called"
 *      or "known as");
 *   4. a lower-case head with a capitalised complement: "the monument to the
 *      Fallen Pilots" (named "Monument to the Fallen Pilots");
 *   5. Russian: a head followed by a «quoted name», or an adjective before
 *      «мемориальное кладбище».
 * A lower-case head ("WWII monument in Murmansk") names nothing.
 */
import { MEMORIAL_HEADS } from '../lexicon/en.js';
import type { MemorialMention, Recogniser } from './types.js';
import { deOverlap, escapeRe, hits } from './util.js';

const HEADS = MEMORIAL_HEADS.map(escapeRe).join('|');
const CAPWORD = `(?:[\\p{Lu}][\\p{L}'’-]*|['‘"“][\\p{Lu}][^'’"”]*['’"”])`;
const LINK = `(?:of|the|to|and|in|for|on)`;
const COMPLEMENT = `(?:\\s+(?:to|of|for)\\s+(?:the\\s+)?${CAPWORD}(?:\\s+(?:${LINK}\\s+)*${CAPWORD})*)?`;
const LEFT = `(?:${CAPWORD}\\s+){0,3}`;
const HEADED = new RegExp(`(?<![\\p{L}])${LEFT}(?:${HEADS})(?![\\p{L}])${COMPLEMENT}`, 'gu');
const APPOSITION = new RegExp(
  `(?<![\\p{L}])(?:monument|statue|memorial|sculpture|obelisk|ensemble),\\s+((?:the\\s+)?${CAPWORD}(?:\\s+${CAPWORD}){0,4}),`,
  'gu',
);
const QUOTE = `["“«]([^"”»]{2,60})["”»]`;
const EN_QUOTED = new RegExp(
  `(?<![\\p{L}])(?:(?:sculpture|monument|statue|memorial|diorama|panorama|obelisk|relief|stele|mosaic|ensemble)(?:,?\\s+(?:called|named|known\\s+as|titled|entitled))?|(?:head|figure|composition|group|bust)\\s+(?:called|named|known\\s+as|titled|entitled)),?\\s+${QUOTE}`,
  'gu',
);
const LOWER_HEAD = new RegExp(
  `(?<![\\p{L}])(?:monument|memorial|obelisk|statue)\\s+to\\s+(?:the\\s+)?${CAPWORD}(?:\\s+(?:${LINK}\\s+)*${CAPWORD})*`,
  'gu',
);
/** "Mound of Glory on the Moscow highway": the place before a common noun is where it stands, not its name. */
const TRAILING_PLACE = /\s+(?:on|in|at)\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*$/u;
const RU_QUOTED =
  /(?<![\p{L}])(?:[Мм]емориальн[а-я]*\s+комплекс|[Сс]кульптур[а-я]*|[Пп]амятник|[Оо]белиск|[Мм]емориал|[Мм]онумент|[Мм]узей|[Аа]нсамбль)(?:\s+[а-яё-]+){0,3}\s+«[^»]+»/gu;
const RU_ADJ = /(?<![\p{L}])[\p{Lu}][\p{L}-]+\s+мемориальн[а-я]*\s+(?:кладбище|комплекс)/gu;

const MAYBE = new RegExp(
  `${HEADS}|monument|statue|memorial|sculpture|obelisk|ensemble|diorama|panorama|called|named|known|мемориал|памятник|обелиск|монумент|музей|ансамбль|скульптур`,
  'iu',
);

/** The name as a reader would write it: no article, no possessive place before it, no quote marks. */
function clean(raw: string): string {
  return raw
    .replace(/^["“«]/u, '')
    .replace(/^(?:The|A|An)\s+/u, '')
    .replace(/^[\p{Lu}][\p{L}-]*['’]s\s+/u, '')
    .replace(/['‘’"“”«»]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

export const memorialRecogniser: Recogniser = {
  name: 'memorials',
  recognise({ sentence }) {
    if (!MAYBE.test(sentence.text)) return [];
    const out: MemorialMention[] = [];
    const push = (start: number, end: number, name: string, recogniser: string) => {
      const n = clean(name);
      // A bare head ("Memorial", "The Monument") names nothing in particular.
      if (n.split(' ').length < 2 && !/[«"“']/u.test(name)) return;
      out.push({ kind: 'memorial', name: n, start, end, recogniser });
    };
    for (const h of hits(HEADED, sentence.text, sentence.start)) {
      const rest = sentence.text.slice(h.end - sentence.start);
      const trail = /^\s+\p{Ll}/u.test(rest) ? TRAILING_PLACE.exec(h.text) : null;
      const text = trail ? h.text.slice(0, trail.index) : h.text;
      push(h.start, h.start + text.length, text, 'memorial.headed');
    }
    for (const h of hits(EN_QUOTED, sentence.text, sentence.start)) {
      const name = h.groups[0]!;
      const start = h.start + h.text.lastIndexOf(name) - 1;
      push(start, start + name.length + 2, `"${name}"`, 'memorial.quoted');
    }
    for (const h of hits(LOWER_HEAD, sentence.text, sentence.start))
      push(h.start, h.end, h.text[0]!.toUpperCase() + h.text.slice(1), 'memorial.lower-head');
    for (const h of hits(APPOSITION, sentence.text, sentence.start)) {
      const name = h.groups[0]!;
      const start = h.start + h.text.indexOf(name);
      push(start, start + name.length, name, 'memorial.apposition');
    }
    for (const h of hits(RU_QUOTED, sentence.text, sentence.start))
      push(h.start, h.end, h.text.slice(h.text.indexOf('«')), 'memorial.ru-quoted');
    for (const h of hits(RU_ADJ, sentence.text, sentence.start)) push(h.start, h.end, h.text, 'memorial.ru-adjective');
    return deOverlap(out);
  },
};
