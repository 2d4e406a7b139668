/**
 * The knowledge base as JSON-LD with schema.org types: places as `City`
 * (the Hero Fortress as `LandmarksOrHistoricalBuildings`), events as
 * `Event`, memorials as `LandmarksOrHistoricalBuildings`, sources as
 * `CreativeWork` subtypes. Every node carries `citation`: the sources its
 * accepted claims cite. Facts (title dates, casualties, …) are
 * `additionalProperty` PropertyValues.
 *
 * The @context is inline (`@vocab` schema.org), so expanding needs no network.
 * `placeJsonLd` gives the same nodes for one place, for atlas pages to embed
 * with `jsonLdScript` (a non-executable <script type="application/ld+json">).
 */
import {
  DATE_PROPERTIES,
  parsePartialDate,
  type Claim,
  type HistoricalEvent,
  type Memorial,
  type Place,
  type Source,
} from '../domain/index.js';
import { raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Queryable } from '../store/db.js';
import { listClaims } from '../store/queries/list-claims.js';
import { listEvents } from '../store/queries/list-events.js';
import { listMemorials } from '../store/queries/list-memorials.js';
import { listPlaces } from '../store/queries/list-places.js';
import { listSources } from '../store/queries/list-sources.js';
import { currentName, publicBaseUrl } from './linked-places.js';

export const JSONLD_CONTEXT = {
  '@vocab': 'https://schema.org/',
  // Our own terms (ids of claims, properties) live under the API's namespace.
} as const;

type Node = Record<string, unknown>;

export interface JsonLdOptions {
  /** Absolute URL the site is served at; ids are built from it. */
  baseUrl?: string;
}

const base = (o: JsonLdOptions) => publicBaseUrl(o.baseUrl);
export const nodeId = (baseUrl: string, kind: 'place' | 'event' | 'memorial' | 'source', id: string) =>
  kind === 'place'
    ? `${baseUrl}/api/v1/places/${id}`
    : kind === 'source'
      ? `${baseUrl}/api/v1/sources/${id}`
      : `${baseUrl}/api/v1/export/jsonld#${kind}-${id}`;

function langValues(text: Partial<Record<string, string>>): Node[] {
  return Object.entries(text)
    .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '')
    .map(([lang, value]) => ({ '@value': value, '@language': lang }));
}

const CREATIVE_WORK: Record<Source['type'], string> = {
  book: 'Book',
  'article-journal': 'ScholarlyArticle',
  'article-newspaper': 'NewsArticle',
  'entry-encyclopedia': 'Article',
  legislation: 'Legislation',
  webpage: 'WebPage',
  'post-weblog': 'BlogPosting',
  document: 'DigitalDocument',
};

export function sourceNode(s: Source, baseUrl: string): Node {
  return {
    '@id': nodeId(baseUrl, 'source', s.id),
    '@type': CREATIVE_WORK[s.type] ?? 'CreativeWork',
    name: s.title,
    ...(s.author && {
      author: s.author.map((a) =>
        'literal' in a
          ? { '@type': 'Organization', name: a.literal }
          : { '@type': 'Person', familyName: a.family, ...(a.given && { givenName: a.given }) },
      ),
    }),
    ...(s.containerTitle && { isPartOf: { '@type': 'CreativeWork', name: s.containerTitle } }),
    ...(s.publisher && { publisher: { '@type': 'Organization', name: s.publisher } }),
    ...(s.issued && { datePublished: s.issued }),
    ...(s.url && { url: s.url }),
    ...(s.language && { inLanguage: s.language }),
  };
}

const citationsOf = (claims: Claim[], baseUrl: string): Node[] =>
  [...new Set(claims.flatMap((c) => c.references.map((r) => r.source)))]
    .sort()
    .map((id) => ({ '@id': nodeId(baseUrl, 'source', id) }));

function claimValue(c: Claim): Node {
  if ((DATE_PROPERTIES as readonly string[]).includes(c.property)) return { value: c.value };
  const v = c.value as
    | number
    | {
        min: number | null;
        max: number | null;
        side?: string;
        what?: string;
        what_ru?: string;
        name?: string;
        year?: number | null;
      };
  if (typeof v === 'number') return { value: v };
  if ('name' in v && v.name !== undefined) return { value: v.name };
  return {
    ...(v.min !== null && v.min !== undefined && { minValue: v.min }),
    ...(v.max !== null && v.max !== undefined && { maxValue: v.max }),
    ...(v.side && { description: `side: ${v.side}` }),
    // With a Russian label, the description is language-tagged in both languages, as names and summaries are.
    ...(v.what && { description: v.what_ru ? langValues({ en: v.what, ru: v.what_ru }) : v.what }),
  };
}

export function claimNode(c: Claim, baseUrl: string): Node {
  return {
    '@type': 'PropertyValue',
    identifier: c.id,
    propertyID: c.property,
    ...claimValue(c),
    ...(c.qualifiers.event && { about: { '@id': nodeId(baseUrl, 'event', c.qualifiers.event) } }),
    ...(c.rank === 'preferred' && { disambiguatingDescription: 'preferred' }),
  };
}

export function placeNode(place: Place, claims: Claim[], baseUrl: string): Node {
  const facts = claims.filter((c) => c.status === 'accepted' && c.property !== 'memorial');
  return {
    '@id': nodeId(baseUrl, 'place', place.id),
    '@type': place.kind === 'hero-fortress' ? 'LandmarksOrHistoricalBuildings' : 'City',
    identifier: place.id,
    url: `${baseUrl}/places/${place.id}`,
    name: currentName(place),
    alternateName: place.names.map((n) => ({ '@value': n.text, '@language': n.lang })),
    description: langValues(place.summary),
    geo: { '@type': 'GeoCoordinates', latitude: place.coordinates.lat, longitude: place.coordinates.lon },
    containedInPlace: { '@type': 'Country', name: place.country.name.en, identifier: place.country.code },
    additionalProperty: facts.map((c) => claimNode(c, baseUrl)),
    citation: citationsOf(
      claims.filter((c) => c.status === 'accepted'),
      baseUrl,
    ),
  };
}

export function eventNode(
  e: HistoricalEvent & { start?: string | null; end?: string | null },
  claims: Claim[],
  baseUrl: string,
): Node {
  const cited = claims.filter((c) => c.status === 'accepted' && c.qualifiers.event === e.id);
  return {
    '@id': nodeId(baseUrl, 'event', e.id),
    '@type': 'Event',
    identifier: e.id,
    name: langValues(e.name),
    ...(e.start && parsePartialDate(e.start) && { startDate: e.start }),
    ...(e.end && parsePartialDate(e.end) && { endDate: e.end }),
    location: e.places.map((p) => ({ '@id': nodeId(baseUrl, 'place', p) })),
    keywords: e.kind,
    citation: citationsOf(cited, baseUrl),
  };
}

export function memorialNode(m: Memorial, claims: Claim[], baseUrl: string): Node {
  const cited = claims.filter(
    (c) =>
      c.status === 'accepted' &&
      c.property === 'memorial' &&
      c.subject === m.place &&
      (c.value as { name?: string }).name === m.name.en,
  );
  return {
    '@id': nodeId(baseUrl, 'memorial', m.id),
    '@type': 'LandmarksOrHistoricalBuildings',
    identifier: m.id,
    name: langValues(m.name),
    geo: { '@type': 'GeoCoordinates', latitude: m.coordinates.lat, longitude: m.coordinates.lon },
    containedInPlace: { '@id': nodeId(baseUrl, 'place', m.place) },
    keywords: m.kind,
    ...(m.year !== null && {
      additionalProperty: { '@type': 'PropertyValue', propertyID: 'year-opened', value: m.year },
    }),
    citation: citationsOf(cited, baseUrl),
  };
}

export interface PlaceJsonLdInput {
  place: Place;
  events: (HistoricalEvent & { start?: string | null; end?: string | null })[];
  memorials: Memorial[];
  /** The place's claims (only accepted ones are used). */
  claims: Claim[];
  /** The sources those claims cite (others are ignored). */
  sources: Source[];
}

/** One place's JSON-LD document: the place, its events and memorials, and the sources they cite. */
export function placeJsonLd(input: PlaceJsonLdInput, opts: JsonLdOptions = {}): Node {
  const b = base(opts);
  const cited = new Set(
    input.claims.filter((c) => c.status === 'accepted').flatMap((c) => c.references.map((r) => r.source)),
  );
  return {
    '@context': JSONLD_CONTEXT,
    '@graph': [
      placeNode(input.place, input.claims, b),
      ...input.events.map((e) => eventNode(e, input.claims, b)),
      ...input.memorials.map((m) => memorialNode(m, input.claims, b)),
      ...input.sources.filter((s) => cited.has(s.id)).map((s) => sourceNode(s, b)),
    ],
  };
}

/**
 * Serialises JSON-LD for an HTML page: `<`, `>` and `&` are written as
 * \u escapes, so no string in the data can close the script element.
 * Use it as the body of <script type="application/ld+json"> (a data block,
 * never executed, so the CSP does not need to allow it as script).
 */
export function jsonLdScript(doc: unknown): string {
  return JSON.stringify(doc).replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The whole element, ready to drop into a Hono JSX page's <head>:
 * `{jsonLdElement(placeJsonLd(...))}`. This is the reviewed `raw()`: safe
 * because jsonLdScript leaves no `<`, `>` or `&` in the text.
 */
export function jsonLdElement(doc: unknown): HtmlEscapedString {
  return raw(`<script type="application/ld+json">${jsonLdScript(doc)}</script>`);
}

async function allAccepted(db: Queryable): Promise<Claim[]> {
  const out: Claim[] = [];
  let cursor: string | undefined;
  do {
    const page = await listClaims(db, { status: 'accepted', limit: 500, ...(cursor !== undefined && { cursor }) });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return out;
}

function stripExtras<T extends object>(v: T, keys: string[]): T {
  const copy = { ...v } as Record<string, unknown>;
  for (const k of keys) delete copy[k];
  return copy as T;
}

/** The whole knowledge base as one JSON-LD graph. */
export async function jsonLd(db: Queryable, opts: JsonLdOptions = {}): Promise<Node> {
  const b = base(opts);
  const [places, events, memorials, sources, claims] = await Promise.all([
    listPlaces(db),
    listEvents(db),
    listMemorials(db),
    listSources(db),
    allAccepted(db),
  ]);
  const bySubject = new Map<string, Claim[]>();
  for (const c of claims) bySubject.set(c.subject, [...(bySubject.get(c.subject) ?? []), c]);
  return {
    '@context': JSONLD_CONTEXT,
    '@graph': [
      ...places.map((p) => placeNode(stripExtras(p, ['heroCityTitle', 'claimCount']), bySubject.get(p.id) ?? [], b)),
      ...events.map((e) => eventNode(e, claims, b)),
      ...memorials.map((m) => memorialNode(m, bySubject.get(m.place) ?? [], b)),
      ...sources.map((s) => sourceNode(s, b)),
    ],
  };
}

export async function exportJsonLd(db: Queryable, opts: JsonLdOptions = {}) {
  return { contentType: 'application/ld+json', body: JSON.stringify(await jsonLd(db, opts), null, 2) + '\n' };
}
