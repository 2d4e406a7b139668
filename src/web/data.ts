/**
 * What the pages read from the store, as domain records: the store's read
 * modules (src/store/queries/) where they give what a page needs, and a few
 * plain-SQL reads of our own (claims with their references, title sections,
 * the documents that mention a place) over the schema of src/store/migrations.
 */
import type { HistoricalEvent, Memorial, Place, Reference, Source } from '../domain/index.js';
import type { LocalizedText } from '../domain/index.js';
import type { Queryable } from '../store/db.js';
import { rowToConflictClaim, type ConflictClaim } from '../store/queries/find-conflicts.js';
import { listEvents } from '../store/queries/list-events.js';
import { listMemorials } from '../store/queries/list-memorials.js';
import { listPlaces } from '../store/queries/list-places.js';
import { listSources } from '../store/queries/list-sources.js';

export interface TitleSection {
  id: string;
  heading: LocalizedText;
  paragraphs: LocalizedText[];
  references: Reference[];
}

/** A claim as pages use it: the domain claim, plus the document it was extracted from. */
export type ClaimView = ConflictClaim;
const rowToClaim = rowToConflictClaim;
type ClaimRow = Parameters<typeof rowToConflictClaim>[0];

export const CLAIM_SELECT = `
  SELECT c.id, c.subject, c.property, c.value, c.qualifiers, c.status, c.rank, c.rank_reason,
         c.origin, c.extractor, c.document_id,
         COALESCE((SELECT json_agg(json_build_object(
                     'source_id', r.source_id, 'document_id', r.document_id, 'quote', r.quote,
                     'span_start', r.span_start, 'span_end', r.span_end, 'locator', r.locator) ORDER BY r.ord)
                   FROM claim_reference r WHERE r.claim_id = c.id), '[]'::json) AS refs
  FROM claim c`;

export async function claimsWhere(db: Queryable, where: string, params: unknown[] = []): Promise<ClaimView[]> {
  const { rows } = await db.query<ClaimRow>(
    `${CLAIM_SELECT} WHERE ${where} ORDER BY c.subject, c.property, c.created_at, c.id`,
    params,
  );
  return rows.map(rowToClaim);
}

/** Accepted claims, and pending ones too when asked (the conflicts and document pages show them). */
export function claimsAbout(db: Queryable, subject: string, withPending = false): Promise<ClaimView[]> {
  return claimsWhere(
    db,
    withPending ? `c.subject = $1 AND c.status IN ('accepted','pending')` : `c.subject = $1 AND c.status = 'accepted'`,
    [subject],
  );
}

export function acceptedClaims(db: Queryable): Promise<ClaimView[]> {
  return claimsWhere(db, `c.status = 'accepted'`);
}

export async function places(db: Queryable): Promise<Place[]> {
  return listPlaces(db);
}

export async function place(db: Queryable, id: string): Promise<Place | null> {
  const { rows } = await db.query<{ record: Place }>(`SELECT record FROM place WHERE id = $1`, [id]);
  return rows[0]?.record ?? null;
}

export async function events(db: Queryable, placeId?: string): Promise<HistoricalEvent[]> {
  return listEvents(db, placeId === undefined ? {} : { place: placeId });
}

export async function memorials(db: Queryable, placeId: string): Promise<Memorial[]> {
  return listMemorials(db, { place: placeId });
}

export async function sources(db: Queryable): Promise<Source[]> {
  return listSources(db);
}

export async function source(db: Queryable, id: string): Promise<Source | null> {
  const { rows } = await db.query<{ record: Source }>(`SELECT record FROM source WHERE id = $1`, [id]);
  return rows[0]?.record ?? null;
}

/** Titles of the given sources, for citations; unknown ids are left out. */
export async function sourceTitles(db: Queryable, ids: Iterable<string>): Promise<Map<string, Source>> {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Map();
  const { rows } = await db.query<{ record: Source }>(`SELECT record FROM source WHERE id = ANY($1::text[])`, [list]);
  return new Map(rows.map((r) => [r.record.id, r.record]));
}

export async function titleSections(db: Queryable): Promise<TitleSection[]> {
  const { rows } = await db.query<{ record: TitleSection }>(`SELECT record FROM title_section ORDER BY ord`);
  return rows.map((r) => r.record);
}

/** Documents whose extracted claims are about the place, or whose text names it. */
export async function documentsMentioning(
  db: Queryable,
  placeId: string,
  names: string[],
): Promise<{ id: string; title: string | null; fileName: string; sourceId: string }[]> {
  const { rows } = await db.query<{ id: string; title: string | null; file_name: string; source_id: string }>(
    `SELECT d.id, d.title, d.file_name, d.source_id FROM document d
      WHERE EXISTS (SELECT 1 FROM claim c WHERE c.document_id = d.id AND c.subject = $1)
         OR EXISTS (SELECT 1 FROM claim_reference r JOIN claim c ON c.id = r.claim_id
                     WHERE r.document_id = d.id AND c.subject = $1)
         OR d.text ILIKE ANY($2::text[])
      ORDER BY d.title NULLS LAST, d.id LIMIT 50`,
    [placeId, names.map((n) => `%${n.replace(/[%_\\]/g, (ch) => '\\' + ch)}%`)],
  );
  return rows.map((r) => ({ id: r.id, title: r.title, fileName: r.file_name, sourceId: r.source_id }));
}

/** Memorial and event ids to their records, for links from claims and search. */
export async function eventById(db: Queryable, id: string): Promise<HistoricalEvent | null> {
  const { rows } = await db.query<{ record: HistoricalEvent }>(`SELECT record FROM event WHERE id = $1`, [id]);
  return rows[0]?.record ?? null;
}
