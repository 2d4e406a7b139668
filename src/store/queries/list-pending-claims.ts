/**
 * The review queue: claims extracted from ingested documents that await a
 * curator (status 'pending', origin 'extracted'), with what the workbench shows
 * beside each: the quote and a window of the document text around it, the
 * document and source, and the accepted claims the reconciler compared it with.
 */
import type { Queryable } from '../db.js';

export const VERDICTS = ['agrees', 'new', 'conflicts'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface PendingFilter {
  document?: string;
  property?: string;
  verdict?: Verdict | 'none';
}

export interface RelatedClaim {
  id: string;
  subject: string;
  property: string;
  value: unknown;
  status: string;
  rank: string;
  sources: { id: string; title: string; quote: string | null }[];
}

export interface PendingClaim {
  id: string;
  subject: string;
  subjectNames: { text: string; lang: string; kind: string }[];
  property: string;
  value: unknown;
  qualifiers: Record<string, unknown>;
  extractor: string | null;
  verdict: Verdict | null;
  with: string[];
  related: RelatedClaim[];
  createdAt: string;
  reference: {
    sourceId: string;
    sourceTitle: string;
    documentId: string | null;
    documentTitle: string | null;
    quote: string | null;
    spanStart: number | null;
    spanEnd: number | null;
    /** Document text from windowStart; the span lies inside it when the span is known. */
    window: string | null;
    windowStart: number;
  } | null;
}

export interface PendingPage {
  claims: PendingClaim[];
  total: number;
  page: number;
  pageSize: number;
}

/** Characters of document text fetched either side of a quote, to find its sentence in. */
const WINDOW = 600;

function where(f: PendingFilter): { sql: string; params: unknown[] } {
  const conds = [`c.status = 'pending'`, `c.origin = 'extracted'`];
  const params: unknown[] = [];
  if (f.document) {
    params.push(f.document);
    conds.push(`c.document_id = $${params.length}`);
  }
  if (f.property) {
    params.push(f.property);
    conds.push(`c.property = $${params.length}`);
  }
  if (f.verdict === 'none') conds.push(`c.reconciliation IS NULL`);
  else if (f.verdict) {
    params.push(f.verdict);
    conds.push(`c.reconciliation->>'verdict' = $${params.length}`);
  }
  return { sql: conds.join(' AND '), params };
}

interface ClaimRow {
  id: string;
  subject: string;
  names: { text: string; lang: string; kind: string }[] | null;
  property: string;
  value: unknown;
  qualifiers: Record<string, unknown>;
  extractor: string | null;
  reconciliation: { verdict?: string; with?: unknown } | null;
  created_at: Date | string;
  source_id: string | null;
  source_title: string | null;
  document_id: string | null;
  document_title: string | null;
  quote: string | null;
  span_start: number | null;
  span_end: number | null;
  window: string | null;
  window_start: number | null;
}

export async function listPendingClaims(
  db: Queryable,
  filter: PendingFilter,
  page = 1,
  pageSize = 20,
): Promise<PendingPage> {
  const w = where(filter);
  const total = Number(
    (await db.query<{ n: string | number }>(`SELECT count(*) AS n FROM claim c WHERE ${w.sql}`, w.params)).rows[0]?.n ??
      0,
  );
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const p = Math.min(Math.max(1, Math.floor(page)), lastPage);
  const params = [...w.params, pageSize, (p - 1) * pageSize, WINDOW];
  const n = w.params.length;
  const { rows } = await db.query<ClaimRow>(
    `SELECT c.id, c.subject, pl.record->'names' AS names, c.property, c.value, c.qualifiers, c.extractor,
            c.reconciliation, c.created_at,
            r.source_id, s.record->>'title' AS source_title,
            coalesce(r.document_id, c.document_id) AS document_id,
            coalesce(d.title, d.file_name) AS document_title,
            r.quote, r.span_start, r.span_end,
            CASE WHEN r.span_start IS NOT NULL AND d.text IS NOT NULL
                 THEN substring(d.text FROM greatest(r.span_start - $${n + 3}::int, 0) + 1
                                FOR (r.span_end - greatest(r.span_start - $${n + 3}::int, 0)) + $${n + 3}::int) END AS window,
            CASE WHEN r.span_start IS NOT NULL THEN greatest(r.span_start - $${n + 3}::int, 0) END AS window_start
       FROM claim c
       LEFT JOIN place pl ON pl.id = c.subject
       LEFT JOIN claim_reference r ON r.claim_id = c.id AND r.ord = (SELECT min(ord) FROM claim_reference WHERE claim_id = c.id)
       LEFT JOIN source s ON s.id = r.source_id
       LEFT JOIN document d ON d.id = coalesce(r.document_id, c.document_id)
      WHERE ${w.sql}
      ORDER BY c.document_id NULLS LAST, r.span_start NULLS LAST, c.id
      LIMIT $${n + 1} OFFSET $${n + 2}`,
    params,
  );
  const withIds = [...new Set(rows.flatMap((r) => withOf(r.reconciliation)))];
  const related = await loadClaims(db, withIds);
  return {
    total,
    page: p,
    pageSize,
    claims: rows.map((r) => {
      const ids = withOf(r.reconciliation);
      const verdict = r.reconciliation?.verdict;
      return {
        id: r.id,
        subject: r.subject,
        subjectNames: Array.isArray(r.names) ? r.names : [],
        property: r.property,
        value: r.value,
        qualifiers: r.qualifiers ?? {},
        extractor: r.extractor,
        verdict: (VERDICTS as readonly string[]).includes(verdict ?? '') ? (verdict as Verdict) : null,
        with: ids,
        related: ids.map((id) => related.get(id)).filter((x): x is RelatedClaim => x !== undefined),
        createdAt: new Date(r.created_at).toISOString(),
        reference:
          r.source_id === null
            ? null
            : {
                sourceId: r.source_id,
                sourceTitle: r.source_title ?? r.source_id,
                documentId: r.document_id,
                documentTitle: r.document_title,
                quote: r.quote,
                spanStart: r.span_start,
                spanEnd: r.span_end,
                window: r.window,
                windowStart: r.window_start ?? 0,
              },
      };
    }),
  };
}

function withOf(rec: ClaimRow['reconciliation']): string[] {
  return Array.isArray(rec?.with) ? rec.with.filter((x): x is string => typeof x === 'string') : [];
}

/** Claims by id with their sources, for showing what a pending claim agrees or conflicts with. */
export async function loadClaims(db: Queryable, ids: string[]): Promise<Map<string, RelatedClaim>> {
  const out = new Map<string, RelatedClaim>();
  if (ids.length === 0) return out;
  const { rows } = await db.query<{
    id: string;
    subject: string;
    property: string;
    value: unknown;
    status: string;
    rank: string;
    source_id: string | null;
    source_title: string | null;
    quote: string | null;
  }>(
    `SELECT c.id, c.subject, c.property, c.value, c.status, c.rank,
            r.source_id, s.record->>'title' AS source_title, r.quote
       FROM claim c
       LEFT JOIN claim_reference r ON r.claim_id = c.id
       LEFT JOIN source s ON s.id = r.source_id
      WHERE c.id = ANY($1::text[])
      ORDER BY c.id, r.ord`,
    [ids],
  );
  for (const r of rows) {
    let c = out.get(r.id);
    if (!c) {
      c = {
        id: r.id,
        subject: r.subject,
        property: r.property,
        value: r.value,
        status: r.status,
        rank: r.rank,
        sources: [],
      };
      out.set(r.id, c);
    }
    if (r.source_id) c.sources.push({ id: r.source_id, title: r.source_title ?? r.source_id, quote: r.quote });
  }
  return out;
}

export interface ReviewFacets {
  documents: { id: string; title: string; count: number }[];
  properties: { property: string; count: number }[];
  verdicts: { verdict: string; count: number }[];
}

/** What the filter menus offer: only values that have pending claims. */
export async function pendingFacets(db: Queryable): Promise<ReviewFacets> {
  const base = `FROM claim c WHERE c.status = 'pending' AND c.origin = 'extracted'`;
  const [docs, props, verdicts] = await Promise.all([
    db.query<{ id: string; title: string | null; n: number | string }>(
      `SELECT d.id, coalesce(d.title, d.file_name) AS title, count(*) AS n
         FROM claim c JOIN document d ON d.id = c.document_id
        WHERE c.status = 'pending' AND c.origin = 'extracted'
        GROUP BY d.id, d.title, d.file_name ORDER BY 2`,
    ),
    db.query<{ property: string; n: number | string }>(
      `SELECT c.property, count(*) AS n ${base} GROUP BY 1 ORDER BY 1`,
    ),
    db.query<{ verdict: string | null; n: number | string }>(
      `SELECT c.reconciliation->>'verdict' AS verdict, count(*) AS n ${base} GROUP BY 1 ORDER BY 1`,
    ),
  ]);
  return {
    documents: docs.rows.map((r) => ({ id: r.id, title: r.title ?? r.id, count: Number(r.n) })),
    properties: props.rows.map((r) => ({ property: r.property, count: Number(r.n) })),
    verdicts: verdicts.rows.map((r) => ({ verdict: r.verdict ?? 'none', count: Number(r.n) })),
  };
}
