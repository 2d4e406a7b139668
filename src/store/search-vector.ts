/**
 * How searchable text becomes a tsvector. Every searchable row (place, event,
 * memorial, claim, document) is indexed the same way: its names at weight A,
 * its other text at weight B, each in three configurations — `english` and
 * `russian` stem their languages, `simple` keeps every word as written (for
 * names and transliterations) — after `unaccent`, so "Odesa" and "Одеса"
 * meet their plain spellings.
 *
 * `weightedVectorSql` and `searchQuerySql` must stay in step: a query is parsed
 * with the same three configurations it is matched against.
 */
import type { Queryable } from './db.js';

const CONFIGS = ['english', 'russian', 'simple'] as const;

/** SQL for the tsvector of a names expression and a text expression (columns or $n parameters). */
export function weightedVectorSql(names: string, text: string): string {
  const part = (p: string, w: 'A' | 'B') =>
    CONFIGS.map((cfg) => `setweight(to_tsvector('${cfg}', unaccent(coalesce(${p}, ''))), '${w}')`).join(' || ');
  return `(${part(names, 'A')} || ${part(text, 'B')})`;
}

/** SQL for the tsquery of a user's query text ($q): a match in any configuration counts. */
export function searchQuerySql(q: string): string {
  return '(' + CONFIGS.map((cfg) => `websearch_to_tsquery('${cfg}', unaccent(${q}))`).join(' || ') + ')';
}

/** A claim's names (memorial name, quantity's `what`) and text (property, value, note, quotes), from the row alias `c`. */
export const CLAIM_NAMES_SQL = `concat_ws(' ', c.value->>'name', c.value->>'what')`;
export const CLAIM_TEXT_SQL = `concat_ws(' ', replace(c.property, '_', ' '),
  CASE WHEN jsonb_typeof(c.value) = 'object' THEN (SELECT string_agg(e.value, ' ') FROM jsonb_each_text(c.value) e)
       ELSE c.value #>> '{}' END,
  c.qualifiers->>'note',
  (SELECT string_agg(r.quote, ' ') FROM claim_reference r WHERE r.claim_id = c.id))`;
export const CLAIM_VECTOR_SQL = weightedVectorSql(CLAIM_NAMES_SQL, CLAIM_TEXT_SQL);
export const DOCUMENT_VECTOR_SQL = weightedVectorSql('d.title', 'd.text');

/**
 * Fills the tsv of claims and documents written without one (ingestion and
 * extraction may leave it NULL; search copes either way, but an index helps).
 * Safe at any time; writers may call it after their inserts.
 */
export async function fillMissingVectors(db: Queryable): Promise<void> {
  await db.query(`UPDATE claim c SET tsv = ${CLAIM_VECTOR_SQL} WHERE c.tsv IS NULL`);
  await db.query(`UPDATE document d SET tsv = ${DOCUMENT_VECTOR_SQL} WHERE d.tsv IS NULL`);
}
