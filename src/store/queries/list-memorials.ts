import type { Memorial } from '../../domain/index.js';
import type { Queryable } from '../db.js';
import { parseJson } from './claim-row.js';

/** Memorials, optionally of one place, oldest first (undated ones last). */
export async function listMemorials(db: Queryable, opts: { place?: string } = {}): Promise<Memorial[]> {
  const { rows } = await db.query<{ record: unknown }>(
    `SELECT m.record FROM memorial m
     WHERE $1::text IS NULL OR m.place_id = $1::text
     ORDER BY m.place_id, m.year NULLS LAST, m.id`,
    [opts.place ?? null],
  );
  return rows.map((r) => parseJson<Memorial>(r.record));
}
