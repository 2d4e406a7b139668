/**
 * The one place a claim row (with its references) becomes a domain Claim.
 * Every query that returns claims selects CLAIM_COLUMNS from `claim c` and
 * maps the rows with toClaim; keep the two in step.
 */
import type { Claim, Reference } from '../../domain/index.js';

export const CLAIM_COLUMNS = `c.id, c.subject, c.property, c.value, c.qualifiers, c.status, c.rank, c.rank_reason,
  c.origin, c.extractor,
  coalesce((SELECT json_agg(json_build_object('source', r.source_id, 'document', r.document_id, 'quote', r.quote,
      'spanStart', r.span_start, 'spanEnd', r.span_end, 'locator', r.locator) ORDER BY r.ord)
    FROM claim_reference r WHERE r.claim_id = c.id), '[]'::json) AS refs`;

export interface ClaimRow {
  id: string;
  subject: string;
  property: string;
  value: unknown;
  qualifiers: unknown;
  status: string;
  rank: string;
  rank_reason: string | null;
  origin: string;
  extractor: string | null;
  refs: unknown;
}

interface RefRow {
  source: string;
  document: string | null;
  quote: string | null;
  spanStart: number | null;
  spanEnd: number | null;
  locator: string | null;
}

/** json and jsonb columns arrive parsed from both adapters (a jsonb string is a JS string). */
export function parseJson<T>(v: unknown): T {
  return v as T;
}

export function toReference(r: RefRow): Reference {
  return {
    source: r.source,
    ...(r.document !== null && { document: r.document }),
    ...(r.quote !== null && { quote: r.quote }),
    ...(r.spanStart !== null && r.spanEnd !== null && { span: [r.spanStart, r.spanEnd] as [number, number] }),
    ...(r.locator !== null && { locator: r.locator }),
  };
}

export function toClaim(row: ClaimRow): Claim {
  return {
    id: row.id,
    subject: row.subject,
    property: row.property as Claim['property'],
    value: parseJson<Claim['value']>(row.value),
    qualifiers: parseJson<Claim['qualifiers']>(row.qualifiers) ?? {},
    references: parseJson<RefRow[]>(row.refs).map(toReference),
    status: row.status as Claim['status'],
    rank: row.rank as Claim['rank'],
    rankReason: row.rank_reason,
    origin:
      row.origin === 'curated' ? { kind: 'curated' } : { kind: 'extracted', extractor: row.extractor ?? 'unknown' },
  };
}

/**
 * The slot a claim fills on a page: one value per property, except casualties
 * (one per side) and quantities (one per `what`). Memorial claims have no slot.
 */
export function slotOf(c: Claim): string | null {
  if (c.property === 'memorial') return null;
  if (c.property === 'casualties') return `casualties:${(c.value as { side: string }).side}`;
  if (c.property === 'quantity') return `quantity:${(c.value as { what: string }).what}`;
  return c.property;
}

const RANK_ORDER = { preferred: 0, normal: 1, deprecated: 2 } as const;

/**
 * The value to show for each slot among accepted claims: the one ranked
 * preferred; else the best-cited non-deprecated one (ties: the lowest id, so the
 * choice is stable). Disagreement stays visible through the full claim list.
 */
export function preferredValues(claims: Claim[]): Record<string, Claim> {
  const out: Record<string, Claim> = {};
  for (const c of claims) {
    const slot = slotOf(c);
    if (slot === null || c.status !== 'accepted') continue;
    const seen = out[slot];
    if (!seen) {
      out[slot] = c;
      continue;
    }
    const better =
      RANK_ORDER[c.rank] - RANK_ORDER[seen.rank] ||
      seen.references.length - c.references.length ||
      (c.id < seen.id ? -1 : 1);
    if (better < 0) out[slot] = c;
  }
  return out;
}
