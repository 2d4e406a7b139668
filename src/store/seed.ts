/**
 * Writes the curated dataset into the store, in one transaction: sources
 * (upserted; user sources are never deleted), places and every name they have
 * had, events, memorials, the title's sections, and the curated claims with
 * their references (curated claims are replaced as a set). Documents,
 * extracted claims, reviews, users and tokens are never touched.
 *
 * The hash of the dataset's files is kept in store_meta; `ensureSeeded`
 * re-seeds on start only when it changed.
 */
import { createHash } from 'node:crypto';
import type { Claim, LocalizedText } from '../domain/index.js';
import { loadDataset, type Dataset } from '../dataset/load-dataset.js';
import { toRecords } from '../dataset/to-records.js';
import type { Db, Queryable } from './db.js';
import { CLAIM_VECTOR_SQL, fillMissingVectors, weightedVectorSql } from './search-vector.js';

/** Bump when the seed writes rows differently, so existing stores re-seed. */
const SEED_VERSION = '1';
const HASH_KEY = 'dataset_hash';

export function datasetHash(ds: Pick<Dataset, 'files'>): string {
  const h = createHash('sha256').update(`seed ${SEED_VERSION}\0`);
  for (const f of [...ds.files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    h.update(f.name).update('\0').update(f.text).update('\0');
  }
  return h.digest('hex');
}

const texts = (t: LocalizedText | undefined) => (t ? Object.values(t).filter(Boolean).join(' ') : '');
const json = (v: unknown) => JSON.stringify(v);

/** Same subject, property, value and qualifiers in two dataset entries: one claim, references merged. */
function mergeDuplicates(claims: Claim[]): Claim[] {
  const byId = new Map<string, Claim>();
  const order = { preferred: 0, normal: 1, deprecated: 2 } as const;
  for (const c of claims) {
    const seen = byId.get(c.id);
    if (!seen) {
      byId.set(c.id, { ...c, references: [...c.references] });
      continue;
    }
    seen.references.push(...c.references);
    if (order[c.rank] < order[seen.rank]) {
      seen.rank = c.rank;
      seen.rankReason = c.rankReason;
    }
  }
  return [...byId.values()];
}

export interface SeedResult {
  hash: string;
  places: number;
  events: number;
  memorials: number;
  claims: number;
  sources: number;
}

export async function seed(db: Db, ds: Dataset): Promise<SeedResult> {
  const rec = toRecords(ds);
  const claims = mergeDuplicates(rec.claims);
  const hash = datasetHash(ds);
  await db.transaction(async (tx) => {
    // Two processes seeding one server at once: the second waits for the first.
    await tx.query('SELECT pg_advisory_xact_lock(727946)');
    await writeSources(tx, rec.sources);
    await writePlaces(tx, rec.places);
    await writeEvents(tx, rec.events);
    await writeMemorials(tx, rec.memorials);
    await tx.query('DELETE FROM title_section');
    await tx.query(
      `INSERT INTO title_section (id, ord, record)
       SELECT x.id, x.ord, x.record FROM jsonb_to_recordset($1::jsonb) AS x(id text, ord int, record jsonb)`,
      [json(ds.title.sections.map((s, ord) => ({ id: s.id, ord, record: s })))],
    );
    await writeClaims(tx, claims);
    // Curated sources dropped from the dataset go too, unless something still cites them.
    await tx.query(
      `DELETE FROM source s WHERE s.origin = 'curated' AND NOT (s.id = ANY($1::text[]))
         AND NOT EXISTS (SELECT 1 FROM claim_reference r WHERE r.source_id = s.id)
         AND NOT EXISTS (SELECT 1 FROM document d WHERE d.source_id = s.id)`,
      [rec.sources.map((s) => s.id)],
    );
    await fillMissingVectors(tx);
    await tx.query(
      `INSERT INTO store_meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [HASH_KEY, hash],
    );
  });
  return {
    hash,
    places: rec.places.length,
    events: rec.events.length,
    memorials: rec.memorials.length,
    claims: claims.length,
    sources: rec.sources.length,
  };
}

async function writeSources(tx: Queryable, sources: Dataset['sources']): Promise<void> {
  await tx.query(
    `INSERT INTO source (id, record, origin)
     SELECT x.id, x.record, 'curated' FROM jsonb_to_recordset($1::jsonb) AS x(id text, record jsonb)
     ON CONFLICT (id) DO UPDATE SET record = excluded.record, origin = 'curated'`,
    [json(sources.map((s) => ({ id: s.id, record: s })))],
  );
}

async function writePlaces(tx: Queryable, places: ReturnType<typeof toRecords>['places']): Promise<void> {
  const ids = places.map((p) => p.id);
  await tx.query('DELETE FROM place WHERE NOT (id = ANY($1::text[]))', [ids]);
  const rows = places.map((p) => ({
    id: p.id,
    kind: p.kind,
    record: p,
    lat: p.coordinates.lat,
    lon: p.coordinates.lon,
    names: p.names.map((n) => n.text).join(' '),
    text: [texts(p.summary), texts(p.country.name), texts(p.control?.name), texts(p.control?.note)].join(' '),
  }));
  await tx.query(
    `INSERT INTO place (id, kind, record, lat, lon, tsv)
     SELECT x.id, x.kind, x.record, x.lat, x.lon, ${weightedVectorSql('x.names', 'x.text')}
     FROM jsonb_to_recordset($1::jsonb) AS x(id text, kind text, record jsonb, lat float8, lon float8, names text, text text)
     ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, record = excluded.record,
       lat = excluded.lat, lon = excluded.lon, tsv = excluded.tsv`,
    [json(rows)],
  );
  await tx.query('DELETE FROM place_name WHERE place_id = ANY($1::text[])', [ids]);
  const seen = new Set<string>();
  const names = places.flatMap((p) =>
    p.names
      .filter((n) => {
        const key = `${p.id}\0${n.text}\0${n.lang}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .map((n) => ({
        place_id: p.id,
        name: n.text,
        lang: n.lang,
        kind: n.kind,
        year_from: n.from ?? null,
        year_to: n.to ?? null,
      })),
  );
  await tx.query(
    `INSERT INTO place_name (place_id, name, lang, kind, year_from, year_to)
     SELECT * FROM jsonb_to_recordset($1::jsonb)
       AS x(place_id text, name text, lang text, kind text, year_from int, year_to int)`,
    [json(names)],
  );
}

async function writeEvents(tx: Queryable, events: ReturnType<typeof toRecords>['events']): Promise<void> {
  await tx.query('DELETE FROM event');
  const rows = events.map((e) => ({
    id: e.id,
    kind: e.kind,
    principal: e.principal,
    places: e.places,
    record: e,
    names: texts(e.name),
    text: e.kind,
  }));
  await tx.query(
    `INSERT INTO event (id, kind, principal, places, record, tsv)
     SELECT x.id, x.kind, x.principal, ARRAY(SELECT jsonb_array_elements_text(x.places)), x.record,
            ${weightedVectorSql('x.names', 'x.text')}
     FROM jsonb_to_recordset($1::jsonb) AS x(id text, kind text, principal boolean, places jsonb, record jsonb, names text, text text)`,
    [json(rows)],
  );
}

async function writeMemorials(tx: Queryable, memorials: ReturnType<typeof toRecords>['memorials']): Promise<void> {
  await tx.query('DELETE FROM memorial');
  const rows = memorials.map((m) => ({
    id: m.id,
    place_id: m.place,
    year: m.year,
    record: m,
    names: texts(m.name),
    text: m.kind.replace('-', ' '),
  }));
  await tx.query(
    `INSERT INTO memorial (id, place_id, year, record, tsv)
     SELECT x.id, x.place_id, x.year, x.record, ${weightedVectorSql('x.names', 'x.text')}
     FROM jsonb_to_recordset($1::jsonb) AS x(id text, place_id text, year int, record jsonb, names text, text text)`,
    [json(rows)],
  );
}

async function writeClaims(tx: Queryable, claims: Claim[]): Promise<void> {
  const ids = claims.map((c) => c.id);
  // Curated claims are replaced as a set; unchanged ones keep their id (and their links).
  await tx.query(`DELETE FROM claim WHERE origin = 'curated' AND NOT (id = ANY($1::text[]))`, [ids]);
  await tx.query(
    `INSERT INTO claim (id, subject, property, value, qualifiers, status, rank, rank_reason, origin)
     SELECT x.id, x.subject, x.property, x.value, x.qualifiers, x.status, x.rank, x.rank_reason, 'curated'
     FROM jsonb_to_recordset($1::jsonb)
       AS x(id text, subject text, property text, value jsonb, qualifiers jsonb, status text, rank text, rank_reason text)
     ON CONFLICT (id) DO UPDATE SET subject = excluded.subject, property = excluded.property, value = excluded.value,
       qualifiers = excluded.qualifiers, status = excluded.status, rank = excluded.rank,
       rank_reason = excluded.rank_reason, updated_at = now()`,
    [
      json(
        claims.map((c) => ({
          id: c.id,
          subject: c.subject,
          property: c.property,
          value: c.value,
          qualifiers: c.qualifiers,
          status: c.status,
          rank: c.rank,
          rank_reason: c.rankReason,
        })),
      ),
    ],
  );
  await tx.query(`DELETE FROM claim_reference WHERE claim_id IN (SELECT id FROM claim WHERE origin = 'curated')`);
  const refs = claims.flatMap((c) =>
    c.references.map((r, ord) => ({
      claim_id: c.id,
      ord,
      source_id: r.source,
      document_id: r.document ?? null,
      quote: r.quote ?? null,
      span_start: r.span?.[0] ?? null,
      span_end: r.span?.[1] ?? null,
      locator: r.locator ?? null,
    })),
  );
  // A reference may name a document only once it has been ingested.
  await tx.query(
    `INSERT INTO claim_reference (claim_id, ord, source_id, document_id, quote, span_start, span_end, locator)
     SELECT x.claim_id, x.ord, x.source_id,
            (SELECT d.id FROM document d WHERE d.id = x.document_id), x.quote, x.span_start, x.span_end, x.locator
     FROM jsonb_to_recordset($1::jsonb) AS x(claim_id text, ord int, source_id text, document_id text,
       quote text, span_start int, span_end int, locator text)`,
    [json(refs)],
  );
  await tx.query(`UPDATE claim c SET tsv = ${CLAIM_VECTOR_SQL} WHERE c.origin = 'curated'`);
}

export async function storedDatasetHash(db: Queryable): Promise<string | null> {
  const { rows } = await db.query<{ value: string }>('SELECT value FROM store_meta WHERE key = $1', [HASH_KEY]);
  return rows[0]?.value ?? null;
}

/**
 * Seeds when the store is empty or the dataset changed since the last seed.
 * Loads data/ (or `dataDir`) unless a dataset is given; a broken dataset
 * throws its DatasetError, naming each file and path.
 */
export async function ensureSeeded(
  db: Db,
  opts: { dataset?: Dataset; dataDir?: string } = {},
): Promise<{ seeded: boolean; hash: string; result?: SeedResult }> {
  const ds = opts.dataset ?? loadDataset(opts.dataDir);
  const hash = datasetHash(ds);
  if ((await storedDatasetHash(db)) === hash) return { seeded: false, hash };
  const result = await seed(db, ds);
  return { seeded: true, hash, result };
}
