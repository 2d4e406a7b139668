import { PLACE_IDS, type Place } from '../../domain/index.js';
import type { Queryable } from '../db.js';
import { parseJson } from './claim-row.js';

export interface PlaceSummary extends Place {
  /** The preferred date of the Hero City (Hero Fortress) title, when known. */
  heroCityTitle: string | null;
  /** How many accepted claims the place has. */
  claimCount: number;
}

/** The places in the order of the corpus README (the order of the 1965–1985 decrees is not used). */
export async function listPlaces(db: Queryable): Promise<PlaceSummary[]> {
  const { rows } = await db.query<{ record: unknown; title: unknown; n: number }>(
    `SELECT p.record,
       (SELECT c.value FROM claim c
          WHERE c.subject = p.id AND c.property = 'hero_city_title' AND c.status = 'accepted' AND c.rank <> 'deprecated'
          ORDER BY (c.rank = 'preferred') DESC, (c.qualifiers->>'act' = 'decree') DESC, c.id LIMIT 1) AS title,
       (SELECT count(*)::int FROM claim c WHERE c.subject = p.id AND c.status = 'accepted') AS n
     FROM place p
     ORDER BY array_position($1::text[], p.id), p.id`,
    [[...PLACE_IDS]],
  );
  return rows.map((r) => ({
    ...parseJson<Place>(r.record),
    heroCityTitle: r.title === null ? null : parseJson<string>(r.title),
    claimCount: Number(r.n),
  }));
}
