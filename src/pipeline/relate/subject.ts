/**
 * Which place each sentence is about:
 *   1. the place the sentence names: the current topic if the sentence names
 *      it (by name or inside an event's name), else the first of the
 *      strongest (a plain name beats an event's place, which beats a
 *      neighbouring feature); a sentence naming three or more places is a
 *      list and is about none of them, and ends the current topic (what
 *      follows a list is about the places in general);
 *   2. else the topic: set by a heading (a short line naming one place, also
 *      a caption) or by the first sentence of a paragraph that names a place;
 *   3. else the document's main place (the title's, or the place named in
 *      most of the document's mentions).
 */
import type { Mention, PlaceMention } from '../recognise/types.js';
import type { Paragraph } from '../segment.js';

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

export function assignSubjects(
  paragraphs: Paragraph[],
  mentions: Mention[][][],
  main: string | null,
): (string | null)[][] {
  let topic: string | null = null;
  return paragraphs.map((p, i) => {
    const perSentence = mentions[i]!.map(placesOf);
    const all = perSentence.flat();
    const heading =
      p.sentences.length === 1 && p.text.length <= 80 && !/[.!?]["”»]?$/u.test(p.text) && distinct(all, 1).size === 1;
    if (heading) {
      topic = all[0]!.place;
      return p.sentences.map(() => topic);
    }
    const first = perSentence[0];
    if (first && first.length > 0 && distinct(first).size < 3) topic = best(first, topic);
    let listed = false;
    return perSentence.map((ms) => {
      if (distinct(ms).size >= 3) {
        listed = true;
        topic = null;
        return null;
      }
      const named = best(ms, topic);
      if (named) return named;
      return listed ? null : (topic ?? main);
    });
  });
}
