/**
 * Places and memorials as a GeoJSON FeatureCollection (RFC 7946): one Point
 * per place and per memorial, [longitude, latitude], each feature's `id` the
 * place or memorial id, `properties.type` saying which it is.
 */
import type { Queryable } from '../store/db.js';
import { listMemorials } from '../store/queries/list-memorials.js';
import { listPlaces } from '../store/queries/list-places.js';

export interface Feature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, unknown>;
}
export interface FeatureCollection {
  type: 'FeatureCollection';
  features: Feature[];
}

export async function buildGeoJson(db: Queryable): Promise<FeatureCollection> {
  const features: Feature[] = [];
  for (const p of await listPlaces(db)) {
    const official = p.names.find((n) => n.lang === 'en' && n.kind === 'official') ?? p.names[0];
    features.push({
      type: 'Feature',
      id: p.id,
      geometry: { type: 'Point', coordinates: [p.coordinates.lon, p.coordinates.lat] },
      properties: {
        type: 'place',
        kind: p.kind,
        name: official?.text ?? p.id,
        names: p.names.map((n) => n.text),
        country: p.country.code,
        ...(p.control && { control: p.control.code }),
        heroCityTitle: p.heroCityTitle,
      },
    });
  }
  for (const m of await listMemorials(db)) {
    features.push({
      type: 'Feature',
      id: m.id,
      geometry: { type: 'Point', coordinates: [m.coordinates.lon, m.coordinates.lat] },
      properties: { type: 'memorial', kind: m.kind, name: m.name.en, place: m.place, year: m.year },
    });
  }
  return { type: 'FeatureCollection', features };
}

export async function exportGeoJson(db: Queryable): Promise<string> {
  return JSON.stringify(await buildGeoJson(db), null, 2) + '\n';
}
