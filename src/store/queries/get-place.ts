import type { Claim, Memorial, Place } from '../../domain/index.js';
import type { Queryable } from '../db.js';
import { CLAIM_COLUMNS, parseJson, preferredValues, toClaim, type ClaimRow } from './claim-row.js';
import { listEvents, type EventSummary } from './list-events.js';
import { listMemorials } from './list-memorials.js';

export interface PlaceDetail {
  place: Place;
  events: EventSummary[];
  memorials: Memorial[];
  /** Every claim about the place (accepted, pending and rejected), with references. */
  claims: Claim[];
  /** The value to show per slot (see slotOf): property, `casualties:<side>`, `quantity:<what>`. */
  preferred: Record<string, Claim>;
}

/** One place with everything about it; null when there is no such place. */
export async function getPlace(db: Queryable, id: string): Promise<PlaceDetail | null> {
  const { rows } = await db.query<{ record: unknown }>('SELECT record FROM place WHERE id = $1', [id]);
  const row = rows[0];
  if (!row) return null;
  const claims = (
    await db.query<ClaimRow>(
      `SELECT ${CLAIM_COLUMNS} FROM claim c WHERE c.subject = $1
       ORDER BY c.property, (c.rank = 'preferred') DESC, c.rank = 'deprecated', c.id`,
      [id],
    )
  ).rows.map(toClaim);
  return {
    place: parseJson<Place>(row.record),
    events: await listEvents(db, { place: id }),
    memorials: await listMemorials(db, { place: id }),
    claims,
    preferred: preferredValues(claims),
  };
}
