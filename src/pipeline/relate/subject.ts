/**
 * Which place each sentence is about:
 *   1. a table row is about the place in its first cell that names one (the
 *      row's label); a row about no place whose first cell is a key
 *      ("Occupied | 28 June 1941") is about the place its column's header
 *      names, else the topic. A table's header row is about nothing, and a
 *      table changes no topic;
 *   2. the place the sentence names prominently: the current topic if the
 *      sentence names it (by name or inside an event's name), else the first
 *      of the strongest (a plain name beats an event's place, which beats a
 *      neighbouring feature); a sentence naming three or more places is a
 *      list and is about none of them, and ends the current topic (what
 *      follows a list is about the places in general);
 *   3. a place named only in passing (a comparison, a destination, an
 *      origin: "like Leningrad", "on the road to Moscow"; in brackets; in a
 *      clause such as ", which had fought at Minsk,") does not take the
 *      sentence from the topic or the document's main place; without either
 *      it is still the best guess;
 *   4. a label ("KERCH: …", "Kerch — …", "Minsk. …") makes its place the
 *      topic, and in the label's paragraph (its entry) another place takes a
 *      sentence only by starting it;
 *   5. else the topic: set by a heading (a short line naming one place, also
 *      a caption), a label, the first sentence of a paragraph that names
 *      a place prominently, or a list sentence that opens with a place
 *      ("Odesa was one of four cities …, alongside A, B and C");
 *      a timeline's line ("1941-09-30 — …") is an entry of its own: the
 *      topic of the line before does not carry into it, only the place of
 *      the heading above it;
 *   6. else the document's main place (the title's, or the place named in
 *      most of the document's mentions);
 *   7. else, in a paragraph whose topic no rule set, the place an earlier
 *      sentence of the paragraph named prominently.
 */
import { PASSING_LEADS } from '../lexicon/en.js';
import type { Mention, PlaceMention } from '../recognise/types.js';
import { escapeRe } from '../recognise/util.js';
import type { Paragraph, Sentence } from '../segment.js';
import { lineDate } from './carried-dates.js';
import { keyMeaning, labelOf } from './table.js';

const STRENGTH: Record<PlaceMention['role'], number> = {
  name: 3,
  possessive: 3,
  demonym: 3,
  event: 2,
  feature: 1,
  reference: 0,
};

/** The places a sentence could be about: a yardstick or an origin ("than at Kiev", "from Odessa") is not one. */
const placesOf = (ms: Mention[]) => ms.filter((m): m is PlaceMention => m.kind === 'place' && m.role !== 'reference');

/** The best-named place among mentions, preferring `prefer` among the strongest. */
function best(ms: PlaceMention[], prefer: string | null): string | null {
  if (ms.length === 0) return null;
  // The topic stays the subject while the sentence names it, even inside an
  // event ("The Battle of Smolensk … delayed the advance on Moscow").
  if (prefer && ms.some((m) => m.place === prefer && STRENGTH[m.role] >= 2)) return prefer;
  const top = Math.max(...ms.map((m) => STRENGTH[m.role]));
  return ms.find((m) => STRENGTH[m.role] === top)!.place;
}

const distinct = (ms: PlaceMention[], min = 2) =>
  new Set(ms.filter((m) => STRENGTH[m.role] >= min).map((m) => m.place));

export function mainPlace(all: PlaceMention[], titleMentions: PlaceMention[]): string | null {
  const inTitle = distinct(titleMentions, 1);
  if (inTitle.size === 1) return [...inTitle][0]!;
  const counts = new Map<string, number>();
  for (const m of all) if (STRENGTH[m.role] >= 2) counts.set(m.place, (counts.get(m.place) ?? 0) + 1);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return top && top[1] >= 2 && top[1] / total > 0.5 ? top[0] : null;
}

const PASSING_LEAD = new RegExp(
  `(?<![\\p{L}])(?:${[...PASSING_LEADS]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRe(w).replace(/ /gu, '\\s+'))
    .join('|')})\\s+(?:the\\s+(?:city|town|port)\\s+of\\s+)?$`,
  'iu',
);
/**
 * ", which had fought at …": a relative or concessive clause set off by a
 * comma, not yet closed; «, а на следующий день … под Москвой» (Russian «а»,
 * "whereas") too.
 */
const ASIDE =
  /,\s*(?:[—–]\s*)?(?:which|who|whose|where|while|whereas|although|though|когда|который|которая|которое|где|а)\s[^,;:—–()]*$/iu;
/** Between two places of one list: a comma, "and", «и». */
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+|и\s+)?|and\s+|и\s+|&\s*)$/iu;

/** Only a preposition of place may come before a place that starts its sentence ("In Minsk, …"). */
const STARTS = /^[\s"“«(]*(?:(?:in|at|в|во)\s+)?$/iu;

/** True when the sentence names the place only in passing (rule 3), or, in a label's entry, not first (rule 4). */
function passing(s: Sentence, m: PlaceMention, label: string | null): boolean {
  if (label && m.place === label) return false;
  const head = s.text.slice(0, m.start - s.start);
  if (label) return !STARTS.test(head);
  if (PASSING_LEAD.test(head.slice(-40))) return true;
  if (head.lastIndexOf('(') > head.lastIndexOf(')')) return true;
  return ASIDE.test(head);
}

/** A table row's subject for each of its cells (rule 1). */
function rowSubjects(
  p: Paragraph,
  ms: Mention[][],
  fallback: string | null,
  headerPlace: (h: Sentence) => string | null,
): (string | null)[] {
  const none = p.sentences.map(() => null);
  if (!p.row || p.row.role !== 'row') return none;
  const label = ms.map(placesOf).find((pl) => pl.some((m) => STRENGTH[m.role] >= 3));
  if (label) {
    const place = label.find((m) => STRENGTH[m.role] >= 3)!.place;
    return p.sentences.map(() => place);
  }
  const first = p.sentences[0];
  if (!first || !keyMeaning(first.text)) return none;
  const headers = p.row.headers;
  return p.sentences.map((_, j) => (headers[j] ? headerPlace(headers[j]!) : null) ?? fallback);
}

export function assignSubjects(
  paragraphs: Paragraph[],
  mentions: Mention[][][],
  main: string | null,
): (string | null)[][] {
  // The places header cells name, for tables with a place per column.
  const bySentence = new Map<number, Mention[]>();
  paragraphs.forEach((p, i) => p.sentences.forEach((s, j) => bySentence.set(s.start, mentions[i]![j]!)));
  const headerPlace = (h: Sentence) => {
    const named = placesOf(bySentence.get(h.start) ?? []).filter((m) => STRENGTH[m.role] >= 3);
    return distinct(named).size === 1 ? named[0]!.place : null;
  };
  let topic: string | null = null;
  // The place the last heading named: a timeline's lines under it are about it.
  let section: string | null = null;
  return paragraphs.map((p, i) => {
    if (p.row) return rowSubjects(p, mentions[i]!, topic ?? main, headerPlace);
    if (lineDate(p, mentions[i]!)) topic = section;
    const perSentence = mentions[i]!.map(placesOf);
    const all = perSentence.flat();
    const heading =
      p.sentences.length === 1 && p.text.length <= 80 && !/[.!?]["”»]?$/u.test(p.text) && distinct(all, 1).size === 1;
    if (heading) {
      topic = section = all[0]!.place;
      return p.sentences.map(() => topic);
    }
    const label = labelOf(p, mentions[i]!)?.place ?? null;
    if (label) topic = label;
    const passingList = perSentence.map(() => false);
    const prominent = perSentence.map((ms, j) => {
      // "like Leningrad, Stalingrad and Sevastopol": a place joined to a passing one by a list's comma or "and" is passing too.
      const out: PlaceMention[] = [];
      let prev: { m: PlaceMention; passing: boolean } | null = null;
      for (const m of ms) {
        const joined: boolean =
          prev !== null && prev.passing && LIST_JOIN.test(p.text.slice(prev.m.end - p.start, m.start - p.start));
        const isPassing: boolean = joined || passing(p.sentences[j]!, m, label);
        if (joined) passingList[j] = true;
        if (!isPassing) out.push(m);
        prev = { m, passing: isPassing };
      }
      return out;
    });
    const first = prominent[0];
    if (!label && first && first.length > 0 && distinct(first).size < 3) topic = best(first, topic);
    let listed = false;
    // With no topic and no main place, the place the paragraph last named carries on ("… before Sevastopol. That figure …").
    let lastNamed: string | null = null;
    return perSentence.map((ms, j) => {
      // A list of places named in passing ("alongside Leningrad, Stalingrad and Sevastopol") is no list of subjects.
      if (distinct(ms).size >= 3 && !passingList[j]) {
        // "Odesa … was one of four cities named …, alongside Leningrad, Stalingrad and Sevastopol": the place
        // that opens the sentence is what it is about, and stays the topic; the list patterns name the rest.
        // Not when it opens a pair or a list itself ("Odesa and Sevastopol were among …").
        const [opener, second] = [...ms].sort((a, b) => a.start - b.start) as [PlaceMention, PlaceMention?];
        const sentence = p.sentences[j]!;
        const between = (from: number, to: number) => sentence.text.slice(from - sentence.start, to - sentence.start);
        if (
          STRENGTH[opener.role] >= 3 &&
          STARTS.test(between(sentence.start, opener.start)) &&
          !(second && /^\s*(?:,|,?\s*(?:and|or|и|или))\s*$/iu.test(between(opener.end, second.start)))
        ) {
          topic = opener.place;
          lastNamed = null;
          return null;
        }
        listed = true;
        topic = null;
        lastNamed = null;
        return null;
      }
      const named = best(prominent[j]!, topic);
      if (named) {
        lastNamed = named;
        return named;
      }
      const fallback = listed ? null : (topic ?? main ?? lastNamed);
      if (fallback) return fallback;
      // A place named only in passing is still the best guess, and carries on when it is the only one.
      const guess = best(ms, topic);
      if (guess && distinct(ms, 0).size === 1) lastNamed = guess;
      return guess;
    });
  });
}
