/**
 * From a place's claims to the figures a page shows: which claim stands for a
 * figure (the preferred one, else the first accepted one), how a value reads
 * in the interface's language, and which figures are disputed.
 */
import {
  DATE_PROPERTIES,
  dateBounds,
  datesAgree,
  daysBetween,
  formatRange,
  quantityLabel,
  toRange,
  type CasualtiesValue,
  type Figure,
  type MemorialValue,
  type QuantityValue,
} from '../domain/index.js';
import { facetOf, groupConflicts } from '../store/queries/find-conflicts.js';
import type { ClaimView } from './data.js';
import { formatDate, tKey, type UiLang } from './i18n.js';

export function isDateProperty(p: string): boolean {
  return (DATE_PROPERTIES as readonly string[]).includes(p);
}

/** How a claim's value reads: "23 August 1942", "> 300", "750,000–1,100,000 (Soviet)". `bare` leaves out the side or what. */
export function formatValue(lang: UiLang, c: Pick<ClaimView, 'property' | 'value'>, bare = false): string {
  const locale = lang === 'ru' ? 'ru-RU' : 'en-GB';
  if (isDateProperty(c.property)) return formatDate(lang, c.value as string);
  if (c.property === 'casualties') {
    const v = c.value as CasualtiesValue;
    const range = formatRange({ min: v.min, max: v.max }, locale);
    return bare ? range : `${range} (${tKey(lang, `side_${v.side}`)})`;
  }
  if (c.property === 'quantity') {
    const v = c.value as QuantityValue;
    const range = formatRange({ min: v.min, max: v.max }, locale);
    return bare ? range : `${quantityLabel(v, lang).text}: ${range}`;
  }
  if (c.property === 'memorial') {
    const v = c.value as MemorialValue;
    return v.year ? `${v.name} (${v.year})` : v.name;
  }
  return formatRange(c.value as Figure, locale);
}

const RANK = { preferred: 0, normal: 1, deprecated: 2 } as const;

/** The claim that stands for a figure: preferred first, accepted before pending, then in order. */
export function choose(claims: ClaimView[]): ClaimView | undefined {
  return [...claims]
    .filter((c) => c.status !== 'rejected')
    .sort(
      (a, b) => RANK[a.rank] - RANK[b.rank] || (a.status === 'accepted' ? 0 : 1) - (b.status === 'accepted' ? 0 : 1),
    )[0];
}

/** A figure row: one property (and facet) of one place, the claims for it, and whether they disagree. */
export interface FigureRow {
  key: string;
  property: ClaimView['property'];
  facet: string | null;
  chosen: ClaimView;
  claims: ClaimView[];
  disputed: boolean;
}

export const FIGURE_ORDER = [
  'hero_city_title',
  'order_of_lenin',
  'gold_star',
  'battle_start',
  'battle_end',
  'duration_days',
  'occupied',
  'liberated',
  'heroes_of_soviet_union',
  'casualties',
  'quantity',
] as const;

export function figureKey(property: string, facet: string | null): string {
  return facet ? `${property}-${facet.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}` : property;
}

/** The place's figures, grouped and ordered for the key-figures table. */
export function figureRows(claims: ClaimView[], principal?: ReadonlyMap<string, string>): FigureRow[] {
  const disputed = new Set(groupConflicts(claims, principal).map((c) => figureKey(c.property, c.facet)));
  const groups = new Map<string, ClaimView[]>();
  for (const c of claims) {
    if (c.property === 'memorial' || c.status === 'rejected') continue;
    const key = figureKey(c.property, facetOf(c, principal));
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  const rows: FigureRow[] = [];
  for (const [key, g] of groups) {
    const chosen = choose(g);
    if (!chosen) continue;
    rows.push({
      key,
      property: chosen.property,
      facet: facetOf(chosen, principal),
      chosen,
      claims: g,
      disputed: disputed.has(key),
    });
  }
  const order = (p: string) => (FIGURE_ORDER as readonly string[]).indexOf(p);
  return rows.sort((a, b) => order(a.property) - order(b.property) || a.key.localeCompare(b.key));
}

/** The figures a comparison needs, for one place. */
export interface PlaceSummary {
  /** Earliest hero_city_title date (the 1945 order for the first four). */
  titleDate: string | null;
  titleClaim: ClaimView | undefined;
  /** The decree conferring the title with the Order of Lenin and Gold Star, when known. */
  decreeClaim: ClaimView | undefined;
  start: ClaimView | undefined;
  end: ClaimView | undefined;
  /**
   * A stated duration, else one computed from the dates: `days` is the least
   * the dates allow and `daysMax` the most (they differ when a date is known
   * only to the month or year, e.g. "22 June 1941 – July 1941" is 9 to 39 days).
   */
  duration: { claim: ClaimView | undefined; days: number | null; daysMax: number | null; computed: boolean };
  heroes: ClaimView | undefined;
  casualties: ClaimView[];
  /** The event the battle's dates are about, and the key of its figure rows. */
  event: string | undefined;
  startKey: string;
  durationKey: string;
  rows: FigureRow[];
}

/**
 * The figures of one place. `principal` names the place's principal events:
 * the battle's start and end are taken from claims about the same principal
 * event, so a 1943 liberation never ends a 1941 defence.
 */
export function summarise(claims: ClaimView[], principal: Set<string> = new Set()): PlaceSummary {
  const subject = claims[0]?.subject;
  const first = [...principal].sort()[0];
  const rows = figureRows(claims, subject && first ? new Map([[subject, first]]) : undefined);
  const row = (key: string) => rows.find((r) => r.key === key);
  const live = claims.filter((c) => c.status === 'accepted');
  const about = (p: string, event: string | undefined) =>
    live.filter((c) => c.property === p && (event === undefined || c.qualifiers.event === event));
  // A principal battle is dated by its start and end; a principal occupation
  // (Minsk, Kerch) by the day the city fell and the day it was freed.
  const datedBy = (e: string): [string, string] | null =>
    about('battle_start', e).length > 0
      ? ['battle_start', 'battle_end']
      : about('occupied', e).length > 0
        ? ['occupied', 'liberated']
        : null;
  const principalDated = [...principal].find((e) => datedBy(e) !== null);
  const [startProp, endProp] = (principalDated !== undefined && datedBy(principalDated)) || [
    'battle_start',
    'battle_end',
  ];
  const startEvent = principalDated ?? choose(about('battle_start', undefined))?.qualifiers.event;
  const titles = claims.filter((c) => c.property === 'hero_city_title' && c.status === 'accepted');
  // The 1945 order named four cities; the decree (1961-1985) conferred the title with its awards.
  const orders = titles
    .filter((c) => c.qualifiers.act === 'order')
    .sort(
      (a, b) =>
        String(a.value).slice(0, 4).localeCompare(String(b.value).slice(0, 4)) ||
        String(b.value).length - String(a.value).length,
    );
  const rest = titles.filter((c) => c.qualifiers.act !== 'order');
  const decreeClaim = choose(rest.filter((c) => c.qualifiers.act === 'decree')) ?? choose(rest);
  const titleClaim = orders[0] ?? decreeClaim;
  const start = choose(about(startProp, startEvent));
  const end = choose(about(endProp, startEvent)) ?? (startEvent === undefined ? row(endProp)?.chosen : undefined);
  const durationRow = rows.find(
    (r) =>
      r.property === 'duration_days' &&
      (startEvent === undefined || r.chosen.qualifiers.event === undefined || r.chosen.qualifiers.event === startEvent),
  );
  let days: number | null = null;
  let daysMax: number | null = null;
  let computed = false;
  if (durationRow) {
    const r = toRange(durationRow.chosen.value as Figure);
    days = r.min ?? r.max;
    daysMax = r.max;
  } else if (start && end) {
    const s0 = dateBounds(start.value as string);
    const e0 = dateBounds(end.value as string);
    days = Math.max(0, daysBetween(s0.last, e0.first));
    daysMax = daysBetween(s0.first, e0.last);
    computed = true;
  }
  return {
    titleDate: titleClaim ? (titleClaim.value as string) : null,
    titleClaim,
    decreeClaim,
    start,
    end,
    duration: { claim: durationRow?.chosen, days, daysMax, computed },
    heroes: row('heroes_of_soviet_union')?.chosen,
    event: startEvent,
    startKey: figureKey(startProp, startEvent ?? null),
    durationKey: figureKey('duration_days', durationRow?.facet ?? null),
    casualties: rows.filter((r) => r.property === 'casualties').map((r) => r.chosen),
    rows,
  };
}

/** Colour band of a title year, for the map and the timelines. */
export function titleTone(year: number | null): string {
  if (year === null) return 'tone-none';
  if (year <= 1945) return 'tone-1945';
  if (year <= 1974) return 'tone-1965';
  return 'tone-1976';
}

export function titleYear(date: string | null): number | null {
  return date ? Number(date.slice(0, 4)) : null;
}

/**
 * Claims that say the same thing (same property and act, dates that agree at
 * their common precision) shown once: the most precise value, with every
 * claim's sources.
 */
export function mergeAgreeing(claims: ClaimView[]): { shown: ClaimView; all: ClaimView[] }[] {
  const groups: { shown: ClaimView; all: ClaimView[] }[] = [];
  for (const c of claims) {
    const g = groups.find(
      (x) =>
        x.shown.property === c.property &&
        x.shown.qualifiers.act === c.qualifiers.act &&
        isDateProperty(c.property) &&
        datesAgree(String(x.shown.value), String(c.value)),
    );
    if (!g) groups.push({ shown: c, all: [c] });
    else {
      g.all.push(c);
      if (String(c.value).length > String(g.shown.value).length) g.shown = c;
    }
  }
  return groups;
}

/** Ids of a place's principal events. */
export function principalOf(
  events: { id: string; places: string[]; principal: boolean }[],
  placeId: string,
): Set<string> {
  return new Set(events.filter((e) => e.principal && e.places.includes(placeId)).map((e) => e.id));
}
