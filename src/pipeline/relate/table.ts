/**
 * Claims a document's structure makes, not its sentences: a bare date or
 * figure takes its meaning from a key —
 *   - the header of its table column ("City | Title conferred | Liberated"),
 *   - the heading of the list it is an item of ("Hero City titles:" over
 *     "Kerch — 14 September 1973"),
 *   - the key of its own line ("Liberated: 3 July 1944", an infobox).
 * A key means a property when it holds a word the sentence patterns trigger
 * on (lexicon/en.ts, lexicon/ru.ts): "Liberated", "Freed", "Siege began",
 * "Days", "Soviet losses", "Order of Lenin", "Hero City since"… (keyMeaning).
 *
 * The `table` pattern runs last, so a cell or item that says what it is
 * ("liberated on 11 April 1944") is read by the sentence patterns, and the
 * key takes only what they left: the first date, range or figure at the
 * start of the value, in the years the property allows. Its quote is the
 * row from its place's cell to the value's cell ("Kerch | 05.1942 | 11.04.1944"),
 * or the item from its label to the value.
 *
 * In a table: a defence or siege column reads a range as the start and the
 * end, and one date as the start after "from"/"since" or the end after
 * "until" (a bare date is neither); a population, area or distance column
 * (or residents counted after the war) gives no claim; a generic "Value"
 * column takes its meaning from the row's cell before it ("Murmansk | bombs
 * dropped on the city | about 185,000").
 *
 * Which place a row or an item is about is subject.ts's business; labelOf
 * finds the place that labels a line ("KERCH: …", "Kerch — 1973").
 */
import type { Property, Side } from '../../domain/index.js';
import {
  AWARD_VERBS,
  BATTLE_WORDS,
  CASUALTY_NOUNS,
  COUNTABLE_NOUNS,
  END_VERBS,
  LIBERATED_VERBS,
  MEMORIAL_COMMON,
  OCCUPIED_VERBS,
  SIDE_WORDS,
  START_VERBS,
  TIME_UNITS,
  TITLE_YEARS,
  WAR_YEARS,
} from '../lexicon/en.js';
import { RU_STEMS, SIDE_WORDS_RU } from '../lexicon/ru.js';
import { awardRecogniser } from '../recognise/awards.js';
import type {
  AwardKind,
  DateMention,
  Mention,
  PlaceMention,
  QuantityMention,
  RangeMention,
  SideMention,
} from '../recognise/types.js';
import { stems, words } from '../recognise/util.js';
import type { Paragraph, Sentence } from '../segment.js';
import type { ClaimPattern, Draft, SentenceContext } from './types.js';
import { within } from './util.js';

export interface KeyMeaning {
  /** 'battle': a battle's span, so only a range gives claims (its start and end). */
  property: Property | 'battle';
  side?: Side;
  /** For a quantity: the key, which says what is counted. */
  what?: string;
}

/** What the bare values under a key are about, and where the value starts. */
export interface Key {
  text: string;
  /** Where the value starts (after a line's key or an item's label). */
  from: number;
  /** A table cell: the claim quotes the whole cell, from the row's label cell on when there is one. */
  cell?: boolean;
  /** Where a cell's quote starts: the row's label cell, so the quote names the place ("Kerch | … | 11.04.1944"). */
  quoteFrom?: number;
}

const test = (re: RegExp, s: string) => {
  re.lastIndex = 0;
  return re.test(s);
};

const AWARD_PROPERTY: Partial<Record<AwardKind, Property>> = {
  'hero-city': 'hero_city_title',
  'hero-fortress': 'hero_city_title',
  'honorary-title': 'hero_city_title',
  'order-of-lenin': 'order_of_lenin',
  'gold-star': 'gold_star',
  'hero-soviet-union': 'heroes_of_soviet_union',
};
const CASUALTY = [words(CASUALTY_NOUNS), stems(RU_STEMS.casualty)];
const MEMORIAL = [words(MEMORIAL_COMMON), stems(RU_STEMS.memorialHeads)];
const DAYS = words(Object.keys(TIME_UNITS).filter((w) => TIME_UNITS[w] === 'day'));
const DURATION = words(['duration', 'продолжительность', 'тривалість']);
const LIBERATED = [words(LIBERATED_VERBS), stems(RU_STEMS.liberated)];
const OCCUPIED = [words([...OCCUPIED_VERBS, 'occupation', 'fall']), stems([...RU_STEMS.occupied, 'оккупаци'])];
const START = [words([...START_VERBS, 'began', 'start', 'started']), stems([...RU_STEMS.start, 'начал'])];
const END = [words([...END_VERBS, 'end', 'ended', 'lifted']), stems([...RU_STEMS.end, 'окончани', 'конец', 'снят'])];
const BATTLE = [words(BATTLE_WORDS), stems(RU_STEMS.battle.filter((s) => s.length > 3))];
const TITLE = [words([...AWARD_VERBS, 'title', 'titles']), stems([...RU_STEMS.awardVerb, 'звани'])];
const COUNTED = words([...COUNTABLE_NOUNS, 'population', 'raids']);
/** A column of today's figures about a place, not its history: population, area, distance, height. */
const NO_HISTORY = [
  words(['population', 'pop', 'area', 'distance', 'height', 'altitude', 'elevation', 'size']),
  stems(['населени', 'площад', 'расстояни', 'высот']),
];
/** Residents counted in a year after the war ("Residents 2020"): today's population by another name. */
const RESIDENTS = [words(['residents', 'inhabitants']), stems(['жител'])];
/** A length from or to a place ("km from Moscow", "miles to the front", "км до Москвы"): a distance by its unit. */
const DISTANCE =
  /(?:^|[^\p{L}])(?:km|kms|kilomet(?:re|er)s?|miles?|mi|км|километр\p{L}*|верст\p{L}*)\.?\s+(?:from|to|off|away|от|до)(?:[^\p{L}]|$)/iu;
const noHistory = (text: string) =>
  any(NO_HISTORY, text.toLowerCase()) ||
  DISTANCE.test(text) ||
  (any(RESIDENTS, text.toLowerCase()) && /(?:19[5-9]\d|20\d\d)/u.test(text));
/** A column that holds a figure the row's own description names ("City | Figure | Value"). */
const GENERIC_VALUE = /^(?:value|figure|number|count|total|amount|quantity|значение|число|количество|цифра)s?$/iu;

const any = (res: RegExp[], s: string) => res.some((re) => test(re, s));

const SIDES: { side: Side; re: RegExp }[] = [
  ...SIDE_WORDS.map(({ side, words: ws }) => ({ side, re: words(ws) })),
  ...SIDE_WORDS_RU.map(({ side, stems: ss }) => ({ side, re: stems(ss) })),
];
const sideOf = (key: string): Side | undefined => SIDES.find(({ re }) => test(re, key.toLowerCase()))?.side;

/** The property a column header, list heading or line key names, or null (see the header). */
export function keyMeaning(key: string): KeyMeaning | null {
  const text = key.replace(/[:：]\s*$/u, '').trim();
  if (!text || text.length > 60) return null;
  const awards = awardRecogniser.recognise(
    { sentence: { start: 0, end: text.length, text }, gazetteer: null as never },
    [],
  ) as { award: AwardKind }[];
  if (awards.some((a) => a.award === 'hero-city-ukraine')) return null;
  const award = awards.map((a) => AWARD_PROPERTY[a.award]).find((p) => p !== undefined);
  if (award) return { property: award };
  if (any(CASUALTY, text)) {
    const side = sideOf(text);
    return { property: 'casualties', ...(side && { side }) };
  }
  if (any(MEMORIAL, text)) return null;
  if (test(DAYS, text) || test(DURATION, text))
    return any(OCCUPIED, text) ? { property: 'quantity', what: text } : { property: 'duration_days' };
  if (any(LIBERATED, text)) return { property: 'liberated' };
  if (any(OCCUPIED, text)) return { property: 'occupied' };
  if (any(START, text)) return { property: 'battle_start' };
  if (any(END, text)) return { property: 'battle_end' };
  if (any(BATTLE, text)) return { property: 'battle' };
  if (any(TITLE, text)) return { property: 'hero_city_title' };
  if (test(COUNTED, text)) return { property: 'quantity', what: text };
  return null;
}

const LIST_MARK = /^(?:[-–—•*·▪►]\s*|\d{1,2}[.)]\s+)/u;
/** After a label: a colon, a dash, a full stop ending the label ("Minsk."), or an opening bracket ("Tula (1976)"). */
const LABEL_END = /^(?:\s*\([^)\d]{0,40}\))?\s*(?:[:—–]|\s-\s|\.(?=\s|$)|\s\((?=[^)]*\d)|$)/u;

/**
 * The place that labels a line: a name at the line's start (after a bullet or
 * a number), then a colon, a dash, a full stop or a bracket: "KERCH: …",
 * "Kerch — 1973", "Minsk. …", "- Tula (1976)". `end` is where the label ends.
 */
export function labelOf(p: Paragraph, mentions: Mention[][]): { place: string; end: number } | null {
  const first = p.sentences[0];
  if (!first || p.row) return null;
  const mark = LIST_MARK.exec(p.text);
  const at = p.start + (mark ? mark[0].length : 0);
  const m = (mentions[0] ?? []).find(
    (x): x is PlaceMention =>
      x.kind === 'place' && x.start === at && (x.role === 'name' || x.role === 'possessive' || x.role === 'demonym'),
  );
  if (!m) return null;
  const rest = p.text.slice(m.end - p.start);
  const end = LABEL_END.exec(rest);
  return end ? { place: m.place, end: m.end + end[0].length } : null;
}

/** A line's own key: "Liberated: 3 July 1944" (short, no figure in the key, names no place). */
const LINE_KEY = /^(?:[-–—•*·▪►]\s*)?([\p{L}][\p{L}\s'’«»"“”()-]{0,38}?)\s*(?::|—|–|\s-\s)\s*(?=\S)/u;
/** A list heading: a line ending with a colon, or a short line that ends no sentence. */
const HEADING = (p: Paragraph) => /:\s*$/u.test(p.text) || (p.text.length <= 60 && !/[.!?;,]["”»]?$/u.test(p.text));

const placesIn = (ms: Mention[]) =>
  ms.some((m) => m.kind === 'place' && (m.role === 'name' || m.role === 'possessive' || m.role === 'demonym'));

/**
 * The key of each sentence (see the header): a table cell's column header
 * (or, in a row about no place, the row's first cell: "Occupied | 28 June
 * 1941"), a list item's heading, a line's own key.
 */
export function sentenceKeys(paragraphs: Paragraph[], mentions: Mention[][][]): (Key | undefined)[][] {
  let heading: { text: string; listed: boolean } | null = null;
  return paragraphs.map((p, i) => {
    const ms = mentions[i]!;
    const none = p.sentences.map(() => undefined);
    if (p.row) {
      heading = null;
      if (p.row.role !== 'row') return none;
      const label = ms.findIndex(placesIn);
      if (label >= 0) {
        const from = p.sentences[label]!.start;
        return p.sentences.map((s, j) => {
          const h = p.row!.headers[j];
          if (j <= label || !h) return undefined;
          if (noHistory(h.text)) return undefined;
          // "Murmansk | air raids on the city | 792" under "City | Figure | Value": the figure's own row says what it counts.
          const said = GENERIC_VALUE.test(h.text.trim()) ? p.sentences[j - 1] : undefined;
          if (said && j - 1 > label) return noHistory(said.text) ? undefined : { ...key(said, s), quoteFrom: from };
          return { ...key(h, s), quoteFrom: from };
        });
      }
      const first = p.sentences[0];
      if (first && keyMeaning(first.text)) return p.sentences.map((s, j) => (j > 0 ? key(first, s) : undefined));
      return none;
    }
    const label = labelOf(p, ms);
    if (label) {
      // An item of a list: its heading is the key of what it leaves bare.
      const h = heading as { text: string; listed: boolean } | null;
      if (h) h.listed = true;
      return h ? p.sentences.map((s, j) => ({ text: h.text, from: j === 0 ? label.end : s.start })) : none;
    }
    const own = LINE_KEY.exec(p.text);
    const first = p.sentences[0];
    if (own && first && !placesIn(ms[0] ?? []) && keyMeaning(own[1]!)) {
      heading = null;
      return p.sentences.map((_, j) => (j === 0 ? { text: own[1]!.trim(), from: p.start + own[0].length } : undefined));
    }
    heading = HEADING(p) && !ms.some(placesIn) && keyMeaning(p.text) ? { text: p.text, listed: false } : null;
    return none;
  });
}

const key = (header: Sentence, cell: Sentence): Key => ({ text: header.text, from: cell.start, cell: true });

/** How far into a value its date or figure may start: "about 15,000", "on 6 May 1985", "c. 1,000,000". */
const VALUE_LEAD = 14;

const YEARS: Partial<Record<KeyMeaning['property'], [number, number]>> = {
  hero_city_title: TITLE_YEARS,
  order_of_lenin: TITLE_YEARS,
  gold_star: TITLE_YEARS,
  occupied: WAR_YEARS,
  liberated: WAR_YEARS,
  battle_start: WAR_YEARS,
  battle_end: WAR_YEARS,
  battle: WAR_YEARS,
};

const BATTLE_FROM = /^\s*(?:from|since|began|begun|start(?:ed)?|с|со|начал[оа]?с[ья])\s*:?\s*$/iu;
const BATTLE_UNTIL = /^\s*(?:until|till|to|up\s+to|ended|end|по|до)\s*:?\s*$/iu;

function value(ctx: SentenceContext, k: Key, m: KeyMeaning): Draft[] {
  const fresh = (x: Mention) => !ctx.used.has(x) && x.start >= k.from && x.start - k.from <= VALUE_LEAD;
  // A table cell quotes itself; an item or a keyed line quotes from its start (after a bullet) to the value.
  const span = (x: { end: number }) =>
    k.cell
      ? { start: k.quoteFrom ?? ctx.sentence.start, end: ctx.sentence.end }
      : { start: itemStart(ctx), end: x.end };
  const years = YEARS[m.property];
  if (years) {
    const range = ctx.mentions.find((x): x is RangeMention => x.kind === 'range' && fresh(x));
    const inRange = (d: DateMention) =>
      ctx.mentions.some((r) => r.kind === 'range' && d.start >= r.start && d.end <= r.end);
    if (range && within(range.from.value, years) && within(range.to.value, years)) {
      const pair: [Property, Property] | null =
        m.property === 'battle'
          ? ['battle_start', 'battle_end']
          : m.property === 'occupied'
            ? ['occupied', 'liberated']
            : null;
      if (!pair) return [];
      ctx.used.add(range);
      return [
        { property: pair[0], value: range.from.value, ...span(range) },
        { property: pair[1], value: range.to.value, ...span(range) },
      ];
    }
    const d = ctx.mentions.find((x): x is DateMention => x.kind === 'date' && fresh(x) && !inRange(x));
    if (!d || !within(d.value, years)) return [];
    let property = m.property;
    if (property === 'battle') {
      // A battle's column with one date: "from 29.06.1941" is its start, "until 5.12.1941" its end; a bare date is neither.
      const lead = ctx.text.slice(k.from, d.start);
      if (BATTLE_FROM.test(lead)) property = 'battle_start';
      else if (BATTLE_UNTIL.test(lead)) property = 'battle_end';
      else return [];
    }
    ctx.used.add(d);
    return [{ property: property as Property, value: d.value, ...span(d) }];
  }
  const q = ctx.mentions.find((x): x is QuantityMention => x.kind === 'quantity' && fresh(x));
  if (!q || (q.min === null && q.max === null)) return [];
  if (q.unit && !(m.property === 'duration_days' && q.unit === 'day')) return [];
  const figure = q.min !== null && q.min === q.max ? q.min : { min: q.min, max: q.max };
  ctx.used.add(q);
  switch (m.property) {
    case 'duration_days':
    case 'heroes_of_soviet_union':
      return [{ property: m.property, value: figure, ...span(q) }];
    case 'casualties': {
      const named = ctx.mentions.find((x): x is SideMention => x.kind === 'side' && x.start >= q.start);
      const side = m.side ?? named?.side ?? 'combined';
      return [{ property: 'casualties', value: { side, min: q.min, max: q.max }, ...span(q) }];
    }
    case 'quantity':
      return [{ property: 'quantity', value: { what: m.what ?? '', min: q.min, max: q.max }, ...span(q) }];
    default:
      return [];
  }
}

/** Where an item's quote starts: after its bullet. */
function itemStart(ctx: SentenceContext): number {
  const mark = LIST_MARK.exec(ctx.sentence.text);
  return ctx.sentence.start + (mark ? mark[0].length : 0);
}

export const table: ClaimPattern = {
  name: 'table',
  relate(ctx) {
    if (!ctx.key || !ctx.subject) return [];
    const m = keyMeaning(ctx.key.text);
    return m ? value(ctx, ctx.key, m) : [];
  },
};
