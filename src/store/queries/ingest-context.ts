/**
 * What the pipeline needs from the store to read a document: the places with
 * all their names (for the gazetteer) and the accepted claims (to reconcile
 * extracted claims against). Loaded once per ingest batch.
 */
import type { Claim, Place } from '../../domain/index.js';
import type { Queryable } from '../db.js';
import { CLAIM_COLUMNS, toClaim, type ClaimRow } from './claim-row.js';

export interface IngestContext {
  places: Place[];
  known: Claim[];
}

export async function loadIngestContext(db: Queryable): Promise<IngestContext> {
  const places = await db.query<{ record: Place }>('SELECT record FROM place ORDER BY id');
  const claims = await db.query<ClaimRow>(
    `SELECT ${CLAIM_COLUMNS} FROM claim c WHERE c.status = 'accepted' ORDER BY c.id`,
  );
  return { places: places.rows.map((r) => r.record), known: claims.rows.map(toClaim) };
}
