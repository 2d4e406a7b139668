import type { HistoricalEvent } from '../../domain/index.js';
import type { Queryable } from '../db.js';
import { parseJson } from './claim-row.js';

export interface EventSummary extends HistoricalEvent {
  /** Preferred start and end among the accepted claims that name this event. */
  start: string | null;
  end: string | null;
}

const dateOf = (property: string) => `(SELECT c.value #>> '{}' FROM claim c
  WHERE c.qualifiers->>'event' = e.id AND c.property = '${property}' AND c.status = 'accepted' AND c.rank <> 'deprecated'
  ORDER BY (c.rank = 'preferred') DESC, c.id LIMIT 1)`;

/** Events, principal ones first, optionally only those of one place; in order of their start. */
export async function listEvents(db: Queryable, opts: { place?: string } = {}): Promise<EventSummary[]> {
  const { rows } = await db.query<{ record: unknown; start: string | null; end: string | null }>(
    `SELECT e.record, ${dateOf('battle_start')} AS start, ${dateOf('battle_end')} AS "end"
     FROM event e
     WHERE $1::text IS NULL OR $1::text = ANY(e.places)
     ORDER BY e.principal DESC, start NULLS LAST, e.id`,
    [opts.place ?? null],
  );
  return rows.map((r) => ({ ...parseJson<HistoricalEvent>(r.record), start: r.start, end: r.end }));
}
