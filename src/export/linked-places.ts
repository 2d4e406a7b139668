/**
 * The places in Linked Places format (LPF v1.2): GeoJSON-LD for historical
 * gazetteers, as read by World Historical Gazetteer and Peripleo. Every name
 * a place has had is a toponym with the years it was official as a `when`
 * timespan ("Tsaritsyn" until 1925, "Stalingrad" 1925–1961, …).
 * The @context is LPF's published one; consumers that expand it fetch it
 * themselves, and plain GeoJSON readers ignore the extra members.
 */
import type { Place, PlaceName } from '../domain/index.js';
import type { Queryable } from '../store/db.js';
import { listPlaces } from '../store/queries/list-places.js';

/**
 * The absolute URL ids in linked-data exports are built from:
 * HERO_CITIES_PUBLIC_URL when set (the address readers use), else the URL
 * the request came in on, else a placeholder that says it is not set.
 */
export function publicBaseUrl(requestOrigin?: string): string {
  return (process.env.HERO_CITIES_PUBLIC_URL || requestOrigin || 'https://hero-cities.invalid').replace(/\/+$/, '');
}

export const LPF_CONTEXT =
  'https://raw.githubusercontent.com/LinkedPasts/linked-places-format/main/linkedplaces-context-v1.2.jsonld';

export interface LpfTimespan {
  start?: { in: string };
  end?: { in: string };
}
interface LpfName {
  toponym: string;
  lang: string;
  when?: { timespans: LpfTimespan[] };
  citations?: { label: string }[];
}
export interface LpfFeature {
  '@id': string;
  type: 'Feature';
  properties: { title: string; ccodes: string[]; fclasses: string[] };
  when?: { timespans: LpfTimespan[] };
  names: LpfName[];
  types: { label: string; sourceLabels: { label: string; lang: string }[] }[];
  geometry: { type: 'Point'; coordinates: [number, number] };
  descriptions: { value: string; lang: string }[];
  links: { type: string; identifier: string }[];
  relations: never[];
}

function timespan(n: Pick<PlaceName, 'from' | 'to'>): LpfTimespan | null {
  if (n.from === undefined && n.to === undefined) return null;
  return {
    ...(n.from !== undefined && { start: { in: String(n.from).padStart(4, '0') } }),
    ...(n.to !== undefined && { end: { in: String(n.to).padStart(4, '0') } }),
  };
}

/** The current English name: official and still in use, else the first name. */
export function currentName(place: Place): string {
  const official = place.names.find((n) => n.lang === 'en' && n.kind === 'official' && n.to === undefined);
  return (official ?? place.names.find((n) => n.lang === 'en') ?? place.names[0]!).text;
}

export function placeToLpf(place: Place, baseUrl: string): LpfFeature {
  const earliest = place.names
    .map((n) => n.from)
    .filter((y): y is number => y !== undefined)
    .sort((a, b) => a - b)[0];
  return {
    '@id': `${baseUrl}/api/v1/places/${place.id}`,
    type: 'Feature',
    properties: {
      title: currentName(place),
      ccodes: [place.country.code],
      fclasses: ['P'], // GeoNames feature class: populated places
    },
    ...(earliest !== undefined && { when: { timespans: [{ start: { in: String(earliest) } }] } }),
    names: place.names.map((n) => {
      const ts = timespan(n);
      return {
        toponym: n.text,
        lang: n.lang,
        ...(ts && { when: { timespans: [ts] } }),
        citations: [{ label: `${n.kind} name, Hero Cities dataset` }],
      };
    }),
    types: [
      place.kind === 'hero-fortress'
        ? { label: 'fortress', sourceLabels: [{ label: 'Hero Fortress', lang: 'en' }] }
        : { label: 'city', sourceLabels: [{ label: 'Hero City', lang: 'en' }] },
    ],
    geometry: { type: 'Point', coordinates: [place.coordinates.lon, place.coordinates.lat] },
    descriptions: Object.entries(place.summary)
      .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '')
      .map(([lang, value]) => ({ value, lang })),
    links: [],
    relations: [],
  };
}

export async function linkedPlaces(db: Queryable, opts: { baseUrl?: string } = {}) {
  const baseUrl = publicBaseUrl(opts.baseUrl);
  const places = await listPlaces(db);
  return {
    type: 'FeatureCollection' as const,
    '@context': LPF_CONTEXT,
    features: places.map((p) => placeToLpf(p, baseUrl)),
  };
}

export async function exportLinkedPlaces(db: Queryable, opts: { baseUrl?: string } = {}) {
  return { contentType: 'application/ld+json', body: JSON.stringify(await linkedPlaces(db, opts), null, 2) + '\n' };
}
