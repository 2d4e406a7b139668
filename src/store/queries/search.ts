/**
 * Search across places, events, memorials, claims and documents. Two ways to
 * match, combined: full text (tsvector; see search-vector.ts) ranks words in any
 * of the three configurations, and trigram similarity on every name a place has
 * had catches misspellings and other transliterations ("Volgagrad", "Kiev").
 * Results come grouped by kind, best first, each with a highlighted snippet
 * (ts_headline marks matches with <b>…</b>; everything else in the snippet is
 * escaped, so it may be shown as HTML).
 */
import type { Queryable } from '../db.js';
import {
  CLAIM_NAMES_SQL,
  CLAIM_TEXT_SQL,
  CLAIM_VECTOR_SQL,
  DOCUMENT_VECTOR_SQL,
  searchQuerySql,
} from '../search-vector.js';

export const SEARCH_KINDS = ['place', 'event', 'memorial', 'claim', 'document'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchHit {
  kind: SearchKind;
  id: string;
  /** The place the hit belongs to (a claim's subject, a memorial's place, an event's first place). */
  place: string | null;
  title: string;
  /** HTML: the matched words in <b>, all other text escaped. */
  snippet: string;
  score: number;
}

export type SearchResults = Record<SearchKind, SearchHit[]>;

export interface SearchOptions {
  /** Hits per kind; default 10, at most 50. */
  limit?: number;
  kinds?: readonly SearchKind[];
}

/** Trigram similarity at or above this counts as a match on a place's name. */
export const NAME_SIMILARITY = 0.3;

const HEADLINE = `'StartSel=<b>, StopSel=</b>, MaxFragments=2, MaxWords=18, MinWords=6, FragmentDelimiter=" … "'`;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[ch]};`);
}

/** ts_headline returns raw text with <b> marks: escape the text, keep the marks. */
function safeSnippet(s: string | null): string {
  return (s ?? '')
    .split(/(<b>|<\/b>)/)
    .map((part) => (part === '<b>' || part === '</b>' ? part : escapeHtml(part)))
    .join('');
}

function headline(doc: string): string {
  return `ts_headline('english', coalesce(${doc}, ''), q.tsq, ${HEADLINE})`;
}

/** The query's tsquery as a CTE `q(tsq, raw)`; empty when the text has no searchable words. */
const Q = `q AS (SELECT ${searchQuerySql('$1::text')} AS tsq, lower(unaccent($1::text)) AS raw)`;

interface HitRow {
  id: string;
  place: string | null;
  title: string | null;
  snippet: string | null;
  score: number;
}

const QUERIES: Record<SearchKind, string> = {
  // A place matches on its text, or on any name by trigram similarity (word_similarity finds a name inside a longer query).
  place: `WITH ${Q},
    names AS (
      SELECT n.place_id, max(greatest(similarity(lower(unaccent(n.name)), q.raw),
                                       word_similarity(lower(unaccent(n.name)), q.raw))) AS sim,
             (array_agg(n.name ORDER BY greatest(similarity(lower(unaccent(n.name)), q.raw),
                                                 word_similarity(lower(unaccent(n.name)), q.raw)) DESC))[1] AS best
      FROM place_name n, q GROUP BY n.place_id)
    SELECT p.id, p.id AS place, p.record->'names'->0->>'text' AS title,
      CASE WHEN p.tsv @@ q.tsq THEN ${headline(`(SELECT string_agg(x->>'text', ', ') FROM jsonb_array_elements(p.record->'names') x) || '. ' || (p.record->'summary'->>'en')`)}
           ELSE 'name: <b>' || names.best || '</b>' END AS snippet,
      greatest(CASE WHEN p.tsv @@ q.tsq THEN ts_rank(p.tsv, q.tsq) * 2 ELSE 0 END, coalesce(names.sim, 0))::float8 AS score
    FROM place p CROSS JOIN q LEFT JOIN names ON names.place_id = p.id
    WHERE p.tsv @@ q.tsq OR names.sim >= ${NAME_SIMILARITY}
    ORDER BY score DESC, p.id LIMIT $2`,
  event: `WITH ${Q}
    SELECT e.id, e.places[1] AS place, e.record->'name'->>'en' AS title,
      ${headline(`(SELECT string_agg(v, ' / ') FROM jsonb_each_text(e.record->'name') AS t(k, v))`)} AS snippet,
      ts_rank(e.tsv, q.tsq)::float8 AS score
    FROM event e, q WHERE e.tsv @@ q.tsq ORDER BY score DESC, e.id LIMIT $2`,
  memorial: `WITH ${Q}
    SELECT m.id, m.place_id AS place, m.record->'name'->>'en' AS title,
      ${headline(`(SELECT string_agg(v, ' / ') FROM jsonb_each_text(m.record->'name') AS t(k, v))`)} AS snippet,
      ts_rank(m.tsv, q.tsq)::float8 AS score
    FROM memorial m, q WHERE m.tsv @@ q.tsq ORDER BY score DESC, m.id LIMIT $2`,
  // Claims written without a tsv (by ingestion) are still found, through the same expression.
  claim: `WITH ${Q}
    SELECT c.id, c.subject AS place, c.subject || ': ' || replace(c.property, '_', ' ') AS title,
      ${headline(`concat_ws(' ', ${CLAIM_NAMES_SQL}, ${CLAIM_TEXT_SQL})`)} AS snippet,
      ts_rank(coalesce(c.tsv, ${CLAIM_VECTOR_SQL}), q.tsq)::float8 AS score
    FROM claim c, q WHERE c.status <> 'rejected' AND coalesce(c.tsv, ${CLAIM_VECTOR_SQL}) @@ q.tsq
    ORDER BY score DESC, c.id LIMIT $2`,
  document: `WITH ${Q}
    SELECT d.id, NULL AS place, coalesce(d.title, d.file_name) AS title,
      ${headline('d.text')} AS snippet,
      ts_rank(coalesce(d.tsv, ${DOCUMENT_VECTOR_SQL}), q.tsq)::float8 AS score
    FROM document d, q WHERE coalesce(d.tsv, ${DOCUMENT_VECTOR_SQL}) @@ q.tsq
    ORDER BY score DESC, d.id LIMIT $2`,
};

export function emptyResults(): SearchResults {
  return { place: [], event: [], memorial: [], claim: [], document: [] };
}

export async function search(db: Queryable, text: string, opts: SearchOptions = {}): Promise<SearchResults> {
  const out = emptyResults();
  const query = text.trim().slice(0, 200);
  if (query === '') return out;
  const limit = Math.min(50, Math.max(1, Math.trunc(opts.limit ?? 10)));
  for (const kind of opts.kinds ?? SEARCH_KINDS) {
    const { rows } = await db.query<HitRow>(QUERIES[kind], [query, limit]);
    out[kind] = rows.map((r) => ({
      kind,
      id: r.id,
      place: r.place,
      title: r.title ?? r.id,
      snippet: safeSnippet(r.snippet),
      score: Number(r.score),
    }));
  }
  return out;
}
