/**
 * Every export format, by name. Both `hero-cities export FORMAT` and
 * GET /api/v1/export/{format} read this one registry, so a format added here
 * appears in both (and in the OpenAPI document). Each exporter returns the
 * whole file as text with its media type.
 *
 * Formats in PRIVATE_EXPORTS hold secrets (password and token hashes) and are
 * never served by the public API.
 */
import type { Db } from '../store/db.js';
import { exportBackup } from './backup.js';
import { exportClaimsJson } from './claims-json.js';
import { exportCslJson } from './csl-json.js';
import { exportCsv } from './csv.js';
import { exportGeoJson } from './geojson.js';
import { exportJson } from './json.js';
import { exportJsonLd } from './jsonld.js';
import { exportLinkedPlaces } from './linked-places.js';

export interface ExportOptions {
  /** Absolute URL the site is served at, for the ids in linked-data formats. */
  baseUrl?: string;
}

export interface ExportResult {
  contentType: string;
  body: string;
}

export type Exporter = (db: Db, opts?: ExportOptions) => Promise<ExportResult>;

const text =
  (contentType: string, run: (db: Db) => Promise<string>): Exporter =>
  async (db) => ({ contentType, body: await run(db) });

export const exportFormats: Record<string, Exporter> = {
  json: text('application/json', exportJson),
  csv: text('text/csv', exportCsv),
  geojson: text('application/geo+json', exportGeoJson),
  'claims-json': text('application/json', exportClaimsJson),
  jsonld: (db, opts) => exportJsonLd(db, opts),
  'linked-places': (db, opts) => exportLinkedPlaces(db, opts),
  'csl-json': (db) => exportCslJson(db),
  backup: (db) => exportBackup(db),
};

/** What each format is, for help texts and the API reference. */
export const exportDescriptions: Record<string, string> = {
  json: 'Everything: places with their events, memorials, claims and references, and the sources.',
  csv: 'One row per claim, with its references.',
  geojson: 'Places and memorials as GeoJSON points (RFC 7946).',
  'claims-json': 'Every accepted claim as {subject, property, value, quote}, the shape the corpus scorer reads.',
  jsonld:
    'JSON-LD with schema.org types (City, Event, LandmarksOrHistoricalBuildings, CreativeWork), each with its citations.',
  'linked-places':
    'Linked Places format (GeoJSON-LD for historical gazetteers): every place with its names and the years they were used.',
  'csl-json': 'The sources as CSL-JSON, for Zotero and citation processors.',
  backup:
    'A full backup of the store (all tables, including password and token hashes); restore it with `hero-cities import FILE`.',
};

export const PRIVATE_EXPORTS: ReadonlySet<string> = new Set(['backup']);

/** File name extension per format, for `hero-cities export` and Content-Disposition. */
export const exportExtensions: Record<string, string> = {
  json: 'json',
  csv: 'csv',
  geojson: 'geojson',
  'claims-json': 'claims.json',
  jsonld: 'jsonld',
  'linked-places': 'lp.json',
  'csl-json': 'csl.json',
  backup: 'backup.json',
};
