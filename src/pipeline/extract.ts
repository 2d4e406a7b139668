/**
 * segment → recognise → relate: the claims a main text states, each with its
 * subject, the exact quote (a substring of MainText.text) and the pattern that
 * made it. The three steps are exported one by one for the benchmark, which
 * times them separately; extractClaims is exactly their composition.
 */
import type { Gazetteer } from './gazetteer.js';
import { recognise } from './recognise/index.js';
import type { EventMention, Mention, PlaceMention } from './recognise/types.js';
import { PATTERNS, assignSubjects, carryDates, mainPlace, sentenceKeys } from './relate/index.js';
import { segment, type Paragraph } from './segment.js';
import type { ExtractedClaim, MainText } from './types.js';

/** Cyrillic-heavy texts are segmented with Russian rules. */
export function languageOf(text: string): string {
  const sample = text.slice(0, 5000);
  const cyr = (sample.match(/[\u0400-\u04FF]/gu) ?? []).length;
  const lat = (sample.match(/[A-Za-z]/gu) ?? []).length;
  return cyr > lat ? 'ru' : 'en';
}

export function segmentText(text: string): Paragraph[] {
  return segment(text, languageOf(text));
}

/** Mentions per paragraph, per sentence. */
export function recogniseAll(paragraphs: Paragraph[], gazetteer: Gazetteer): Mention[][][] {
  return paragraphs.map((p) => {
    // The year a paragraph last gave, for a later sentence's date that gives none; not across table cells,
    // and none when the last dated sentence names two years ("changed hands in 1941 and in 1942").
    let year: number | undefined;
    return p.sentences.map((s) => {
      const ms = recognise(s, gazetteer, p.row ? undefined : year);
      const years = new Set(ms.flatMap((m) => (m.kind === 'date' && !m.attributive ? [m.value.slice(0, 4)] : [])));
      if (years.size) year = years.size === 1 ? Number([...years][0]) : undefined;
      return ms;
    });
  });
}

/**
 * Subjects, events carried along, and the claim patterns over each sentence.
 * Two things cross sentence boundaries first: a date a sentence refers back
 * to ("The next day …", relate/carried-dates.ts), and the key a table cell or
 * a list item takes from its column's header or its list's heading
 * (relate/table.ts).
 */
export function relateAll(
  main: Pick<MainText, 'text' | 'title'>,
  paragraphs: Paragraph[],
  recognised: Mention[][][],
  gazetteer: Gazetteer,
): ExtractedClaim[] {
  const text = main.text;
  const mentions = carryDates(paragraphs, recognised);
  const keys = sentenceKeys(paragraphs, mentions);
  const allPlaces = mentions.flat(2).filter((m): m is PlaceMention => m.kind === 'place');
  const titleMentions = main.title
    ? recognise({ start: 0, end: main.title.length, text: main.title }, gazetteer).filter(
        (m): m is PlaceMention => m.kind === 'place',
      )
    : [];
  const subjects = assignSubjects(paragraphs, mentions, mainPlace(allPlaces, titleMentions));

  const lastEvent = new Map<string, string>();
  const claims: ExtractedClaim[] = [];
  paragraphs.forEach((p, i) =>
    p.sentences.forEach((sentence, j) => {
      const ms = mentions[i]![j]!;
      const subject = subjects[i]![j]!;
      const events = ms.filter((m): m is EventMention => m.kind === 'event');
      for (const e of events) if (e.place) lastEvent.set(e.place, e.name);
      const own = events.find((e) => e.place === subject) ?? events.find((e) => !e.place);
      const event = own?.name ?? (subject ? lastEvent.get(subject) : undefined);
      if (own && !own.place && subject) lastEvent.set(subject, own.name);
      const key = keys[i]![j];
      const ctx = {
        text,
        sentence,
        mentions: ms,
        subject,
        used: new Set<Mention>(),
        ...(event && { event }),
        ...(key && { key }),
      };
      for (const pattern of PATTERNS) {
        for (const d of pattern.relate(ctx)) {
          // A pattern may name its own subject (one of a listed few); else the sentence's.
          const about = d.subject ?? subject;
          if (!about) continue;
          claims.push({
            subject: about,
            property: d.property,
            value: d.value,
            quote: text.slice(d.start, d.end),
            span: [d.start, d.end],
            qualifiers: {},
            recogniser: pattern.name,
            ...(d.event && { event: d.event }),
          });
        }
      }
    }),
  );
  return claims;
}

export function extractClaims(main: Pick<MainText, 'text' | 'title'>, gazetteer: Gazetteer): ExtractedClaim[] {
  const paragraphs = segmentText(main.text);
  return relateAll(main, paragraphs, recogniseAll(paragraphs, gazetteer), gazetteer);
}
