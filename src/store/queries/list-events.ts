import type { HistoricalEvent } from '../../domain/index.js';
import type { Queryable } from '../db.js';
import { parseJson } from './claim-row.js';

export interface EventSummary extends HistoricalEvent {
  /**
   * Start and end from the accepted claims that name this event: the preferred
   * battle_start / battle_end; for an occupation without them, the first
   * `occupied` and the last `liberated` date.
   */
  start: string | null;
  end: string | null;
}

const pick = (property: string) => `(SELECT c.value #>> '{}' FROM claim c
  WHERE c.qualifiers->>'event' = e.id AND c.property = '${property}' AND c.status = 'accepted' AND c.rank <> 'deprecated'
  ORDER BY (c.rank = 'preferred') DESC, c.id LIMIT 1)`;
const extreme = (property: string, fn: 'min' | 'max') => `(SELECT ${fn}(c.value #>> '{}') FROM claim c
  WHERE c.qualifiers->>'event' = e.id AND c.property = '${property}' AND c.status = 'accepted' AND c.rank <> 'deprecated')`;

/** Events, principal ones first, optionally only those of one place; in order of their start. */
export async function listEvents(db: Queryable, opts: { place?: string } = {}): Promise<EventSummary[]> {
  const { rows } = await db.query<{ record: unknown; start: string | null; end: string | null }>(
    `SELECT e.record, coalesce(${pick('battle_start')}, ${extreme('occupied', 'min')}) AS start,
            coalesce(${pick('battle_end')}, ${extreme('liberated', 'max')}) AS "end"
     FROM event e
     WHERE $1::text IS NULL OR $1::text = ANY(e.places)
     ORDER BY e.principal DESC, start NULLS LAST, e.id`,
    [opts.place ?? null],
  );
  return rows.map((r) => ({ ...parseJson<HistoricalEvent>(r.record), start: r.start, end: r.end }));
}
