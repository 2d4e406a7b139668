/**
 * Memorials: each recognised memorial name becomes a claim on the sentence's
 * place, with the year it was erected or opened when the sentence says so:
 *   - a verb of erecting or opening and the nearest date ("unveiled in 1975");
 *   - a year in brackets after the name, alone or with such a verb ("the
 *     Motherland Monument (1981)", "Malaya Zemlya memorial (opened in 1982");
 *     in a list item the year may close the item ("…, part of the complex (1981)");
 *   - "unveiled at the same ceremony", "opened at the same time": the last year
 *     of the sentence before.
 * A museum is an institution, not a memorial: it counts only when the text
 * dates its opening. A capitalised phrase before a lower-case head ("the
 * Heroic Defenders of Leningrad monument") is as often a description as a
 * name, and so is a common head with the place it stands on ("the memorial
 * complex on Mamayev Kurgan"): they count only when the text dates the
 * monument too.
 */
import { MEMORIAL_YEAR_VERBS } from '../lexicon/en.js';
import { RU_STEMS } from '../lexicon/ru.js';
import type { DateMention, MemorialMention } from '../recognise/types.js';
import { stems, words } from '../recognise/util.js';
import type { ClaimPattern, Draft, SentenceContext } from './types.js';
import { cover, lead, nearestDate, triggers, yearOf } from './util.js';

const ERECTED = [words(MEMORIAL_YEAR_VERBS), stems(RU_STEMS.erected)];
const MUSEUM = /(?<![\p{L}])(?:Museum|Exhibition|музе|выставк)/iu;
const SAME_OCCASION =
  /(?<![\p{L}])(?:at|on|during)\s+the\s+same\s+(?:ceremony|occasion|time|event)(?![\p{L}])|(?<![\p{L}])(?:тогда\s+же|на\s+той\s+же\s+церемонии|одновременно)(?![\p{L}])/iu;

/** The year in brackets that belongs to the memorial: right after it, or closing its list item. */
function bracketedYear(
  ctx: SentenceContext,
  m: MemorialMention,
  memorials: MemorialMention[],
): DateMention | undefined {
  const next = memorials.find((x) => x.start >= m.end)?.start ?? ctx.sentence.end;
  return ctx.mentions.find((d): d is DateMention => {
    if (d.kind !== 'date' || d.start < m.end || d.end > next || !/^\d{4}$/u.test(d.value)) return false;
    const between = ctx.text.slice(m.end, d.start);
    if (
      /^\s*\(\s*(?:(?:opened|unveiled|erected|built|completed|inaugurated|dedicated|открыт\p{L}*|установлен\p{L}*)\s+(?:in\s+|в\s+)?)?$/iu.test(
        between,
      )
    )
      return true;
    // "…, part of the war museum complex (1981)" at the end of a list item.
    const closes = /^\s*\)\s*[.;]?\s*$/u.test(ctx.text.slice(d.end, ctx.sentence.end));
    return closes && /\(\s*$/u.test(between) && !/[()]/u.test(between.slice(0, -1).replace(/\($/u, ''));
  });
}

/** The last year in the sentence before (same paragraph), for "at the same ceremony". */
function previousYear(ctx: SentenceContext): number | null {
  const from = Math.max(0, ctx.sentence.start - 400);
  const before = ctx.text.slice(from, ctx.sentence.start);
  const para = before.slice(before.lastIndexOf('\n\n') + 1);
  const ys = [...para.matchAll(/(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/gu)];
  return ys.length ? Number(ys[ys.length - 1]![1]) : null;
}

/** The place a memorial is said to stand in: "the Tomb … in Moscow", "Kyiv's Motherland Monument". */
function placeOf(ctx: SentenceContext, m: MemorialMention): string | null {
  for (const p of ctx.mentions) {
    if (p.kind !== 'place' || (p.role !== 'name' && p.role !== 'possessive')) continue;
    if (
      p.start >= m.end &&
      /^\s*,?\s*(?:in|near|outside)\s+(?:the\s+city\s+of\s+)?$/iu.test(ctx.text.slice(m.end, p.start))
    )
      return p.place;
    if (p.role === 'possessive' && p.end <= m.start && /^\s*$/u.test(ctx.text.slice(p.end, m.start))) return p.place;
    if (p.role === 'possessive' && p.start >= m.start && p.end <= m.end) return p.place;
    // "Monument to the Defenders in Moscow": the place closing the name.
    if (p.start > m.start && p.end === m.end && /(?<![\p{L}])in\s+$/u.test(ctx.text.slice(m.start, p.start)))
      return p.place;
  }
  return null;
}

export const memorial: ClaimPattern = {
  name: 'memorial',
  relate(ctx) {
    const out: Draft[] = [];
    const verb = triggers(ctx, ...ERECTED)[0];
    const memorials = ctx.mentions.filter((m): m is MemorialMention => m.kind === 'memorial');
    // «На Аллее Славы … открыт Памятник …», "in Victory Park stands the Obelisk …": the place another memorial stands in.
    const locative = (m: MemorialMention) =>
      /(?:^|[^\p{L}])(?:на|в|во|in|at|on)\s+(?:the\s+)?$/iu.test(lead(ctx, m.start, 12));
    for (const m of memorials) {
      if (locative(m) && memorials.some((x) => x !== m && !locative(x))) continue;
      const bracket = bracketedYear(ctx, m, memorials);
      const d =
        bracket ??
        (verb
          ? nearestDate(ctx, m, {
              years: [1800, 2100],
              allowUsed: true,
              allowAttributive: true,
              allowRangeParts: true,
              // The diorama "Storming of … on 7 May 1944", opened in 1959: a date in the name is not its year.
              skip: (x) => x.start >= m.start && x.end <= m.end,
            })
          : undefined);
      let year = d ? yearOf(d.value) : null;
      let span = d ? cover(m, d, bracket ? undefined : verb) : m;
      // A bare bracketed year the date recogniser leaves alone («…» (1967)).
      const bare = d ? null : /^\s*\(\s*(1[89]\d\d|20\d\d)\s*\)/u.exec(ctx.text.slice(m.end, m.end + 16));
      if (bare) {
        year = Number(bare[1]);
        span = { start: m.start, end: m.end + bare[0].length };
      }
      if (year === null && verb && SAME_OCCASION.test(ctx.sentence.text)) {
        year = previousYear(ctx);
        if (year !== null) span = cover(m, verb);
      }
      if (
        year === null &&
        (MUSEUM.test(m.name) ||
          m.recogniser === 'memorial.name-before-head' ||
          m.recogniser === 'memorial.head-on-place' ||
          m.recogniser === 'memorial.dated-name')
      )
        continue;
      const at = placeOf(ctx, m);
      if (!at && !ctx.subject) continue;
      out.push({
        property: 'memorial',
        value: { name: m.name, year },
        start: span.start,
        end: span.end,
        ...(at && at !== ctx.subject && { subject: at }),
      });
    }
    return out;
  },
};
