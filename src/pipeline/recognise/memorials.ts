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
/** Where a park lies, when that is a name of two capitalised words or more: "Victory Park on Poklonnaya Hill". */
const LOCATED = `(?:\\s+(?:on|in)\\s+(?:the\\s+)?${CAPWORD}(?:\\s+(?:of\\s+(?:the\\s+)?)?${CAPWORD})+)?`;
const HEADED = new RegExp(`(?<![\\p{L}])${LEFT}(?:${HEADS})(?![\\p{L}])${COMPLEMENT}`, 'gu');
const APPOSITION = new RegExp(
  `(?<![\\p{L}])(?:monument|statue|memorial|sculpture|obelisk|ensemble),\\s+((?:the\\s+)?${CAPWORD}(?:\\s+${CAPWORD}){0,4}),`,
  'gu',
);
const QUOTE = `["“«]([^"”»]{2,60})["”»]`;
const EN_QUOTED = new RegExp(
  `(?<![\\p{L}])(?:(?:sculpture|monument|statue|memorial(?:\\s+complex)?|diorama|panorama|obelisk|relief|stele|mosaic|ensemble)(?:,?\\s+(?:called|named|known\\s+as|titled|entitled))?|(?:head|figure|composition|group|bust)\\s+(?:called|named|known\\s+as|titled|entitled)),?\\s+${QUOTE}`,
  'gu',
);
const LOWER_HEAD = new RegExp(
  `(?<![\\p{L}])(?:monument|memorial|obelisk|statue)\\s+to\\s+(?:the\\s+)?${CAPWORD}(?:\\s+(?:${LINK}\\s+)*${CAPWORD})*`,
  'gu',
);
/**
 * A lower-case head after a capitalised name: "the Heroic Defenders of Leningrad monument", "Malaya Zemlya
 * memorial"; one capitalised word only with the place it stands at ("the Soviet monument at Babi Yar"), so
 * "a WWII monument" names nothing.
 */
const NAME_BEFORE_HEAD = new RegExp(
  `(?<![\\p{L}])(?!(?:A|An|The|This|That|These|Those|Its|Our|Their|His|Her|Every|Each|In|On|At|For|From|To|By|Near)\\s)(?:(${CAPWORD}(?:\\s+(?:of\\s+(?:the\\s+)?)?${CAPWORD})+)\\s+(?:monument|memorial)(?![\\p{L}])|(${CAPWORD})\\s+(?:monument|memorial)\\s+at\\s+${CAPWORD}(?:\\s+${CAPWORD})*)`,
  'gu',
);
/** A common head with the place it stands on: "the memorial complex on Mamayev Kurgan" (taken when dated). */
const HEAD_ON_PLACE = new RegExp(
  `(?<![\\p{L}])(?:memorial\\s+complex|memorial\\s+ensemble|memorial|monument|obelisk)\\s+(?:on|at)\\s+(?!the\\s)${CAPWORD}(?:\\s+${CAPWORD})*`,
  'gu',
);
/**
 * A capitalised name with a year in brackets, no head: "the Motherland Calls (1967)". Only names that speak
 * of memory, glory or the motherland (not "the Battle of Kursk (1943)"); taken only with that year.
 */
const DATED_NAME = new RegExp(
  `(?<![\\p{L}])the\\s+(${CAPWORD}(?:\\s+(?:of\\s+(?:the\\s+)?)?${CAPWORD}){1,4})(?=\\s*\\(\\s*\\d{4}\\s*\\))`,
  'gu',
);
const DATED_NAME_WORD =
  /Motherland|Glory|Memory|Remembrance|Heroes|Defenders|Fallen|Unknown|Eternal|Sorrow|Grief|Mourning/u;
const NOT_A_MEMORIAL = /Battle|Siege|Defen[cs]e\s+of|Operation|Offensive|War|Front|Army|Fleet|Order|Medal|Star|Decree/u;
/** A park named for victory, glory or memory is a memorial: "Victory Park", "Park of Eternal Glory with the Tomb of …". */
const MEMORIAL_PARK = new RegExp(
  `(?<![\\p{L}])(?:(?:${CAPWORD}\\s+){1,2}Park${LOCATED}|Park\\s+of\\s+(?:the\\s+)?${CAPWORD}(?:\\s+(?:${LINK}|with)\\s+(?:the\\s+)?${CAPWORD}|\\s+${CAPWORD})*)(?![\\p{L}])`,
  'gu',
);
const MEMORY_WORD = /Victory|Glory|Memory|Remembrance|Heroes|Fallen|Defenders|Unknown|Liberators|Partisans/u;
/** «Сквер Памяти Героев», «Парк Победы», «Аллея Славы»: a square, park or alley named for memory, glory or victory. */
const RU_PARK =
  /(?<![\p{L}])(?:[Сс]квер|[Пп]арк|[Аа]лле)[а-яё]*\s+(?:Памяти|Славы|Победы|Героев|Героям|Памяти\s+Героев)(?:\s+[\p{Lu}][\p{L}-]*)*/gu;
/**
 * A thing "kept as a memorial", "left unrestored as a memorial": the quoted name before it (the "Exploded
 * Tree") or the capitalised one ("the ruins of Gerhardt's Mill").
 */
const KEPT_AS =
  /(?<![\p{L}])(?:kept|left|preserved|maintained|conserved)(?:\s+\p{L}+ly)?(?:\s+(?:unrestored|untouched|intact|as\s+it\s+was))?\s+as\s+an?\s+(?:memorial|monument)(?![\p{L}])/iu;
const KEPT_NAME = new RegExp(
  `["“]([^"”]{2,40})["”]|(?<![\\p{L}])((?:(?:ruins|remains|wreck|shell|walls)\\s+of\\s+(?:the\\s+)?)?${CAPWORD}(?:\\s+(?:of\\s+)?${CAPWORD})*)(?=,)`,
  'gu',
);

/** "Mound of Glory on the Moscow highway": the place before a common noun is where it stands, not its name. */
const TRAILING_PLACE = /\s+(?:on|in|at)\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*$/u;
const RU_QUOTED =
  /(?<![\p{L}])(?:[Мм]емориальн[а-я]*\s+комплекс|[Сс]кульптур[а-я]*|[Пп]амятник|[Оо]белиск|[Мм]емориал|[Мм]онумент|[Мм]узей|[Аа]нсамбль)(?:\s+[а-яё-]+){0,3}\s+«[^»]+»/gu;
/**
 * A capitalised Russian head and its name: «Обелиск Славы», «Памятник Неизвестному матросу» (a capitalised
 * adjective takes the noun after it).
 */
const RU_HEADED =
  /(?<![\p{L}])(?:Памятник|Обелиск|Монумент|Мемориал)\s+[А-ЯЁ][а-яё]+(?:(?<=(?:ому|ему|ой|ей|ым|им|ая|яя|ый|ий|ое|ее))\s+[а-яё]+)?/gu;
const RU_ADJ = /(?<![\p{L}])[\p{Lu}][\p{L}-]+\s+мемориальн[а-я]*\s+(?:кладбище|комплекс)/gu;

const MAYBE = new RegExp(
  `${HEADS}|monument|statue|memorial|sculpture|obelisk|ensemble|diorama|panorama|called|named|known|park|\\(\\s*\\d{4}\\s*\\)|мемориал|памятник|обелиск|монумент|музей|ансамбль|скульптур|сквер|парк|алле`,
  'iu',
);

/** The name as a reader would write it: no article, no possessive place before it, no quote marks. */
function clean(raw: string): string {
  return raw
    .replace(/^["“«]/u, '')
    .replace(/^(?:The|A|An|Its|Their|His|Her|Our|This|That)\s+/u, '')
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
    for (const h of hits(RU_HEADED, sentence.text, sentence.start)) push(h.start, h.end, h.text, 'memorial.ru-headed');
    for (const h of hits(NAME_BEFORE_HEAD, sentence.text, sentence.start))
      push(h.start, h.end, h.text, 'memorial.name-before-head');
    for (const h of hits(HEAD_ON_PLACE, sentence.text, sentence.start))
      push(h.start, h.end, h.text[0]!.toUpperCase() + h.text.slice(1), 'memorial.head-on-place');
    for (const h of hits(DATED_NAME, sentence.text, sentence.start)) {
      const name = h.groups[0]!;
      if (!DATED_NAME_WORD.test(name) || NOT_A_MEMORIAL.test(name)) continue;
      const start = h.start + h.text.indexOf(name);
      push(start, start + name.length, name, 'memorial.dated-name');
    }
    for (const h of hits(MEMORIAL_PARK, sentence.text, sentence.start))
      if (MEMORY_WORD.test(h.text)) push(h.start, h.end, h.text, 'memorial.park');
    for (const h of hits(RU_PARK, sentence.text, sentence.start)) push(h.start, h.end, h.text, 'memorial.ru-park');
    const kept = KEPT_AS.exec(sentence.text);
    if (kept) {
      const names = [...sentence.text.slice(0, kept.index).matchAll(KEPT_NAME)];
      const quoted = names.find((n) => n[1]);
      const pick = quoted ?? names[names.length - 1];
      if (pick) {
        const name = pick[1] ?? pick[2]!;
        const start = sentence.start + pick.index + pick[0].indexOf(name);
        push(start, start + name.length, quoted ? `"${name}"` : name, 'memorial.kept-as');
      }
    }
    return deOverlap(out);
  },
};
