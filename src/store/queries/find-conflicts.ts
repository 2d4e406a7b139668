/**
 * Disagreements: every subject and property for which accepted or pending
 * claims give values that cannot both be true. Claims are compared the way
 * the domain compares values: dates at the precision both have, figures by
 * whether their ranges overlap. Claims that answer different questions are
 * never compared: a 1945 order and a 1965 decree (qualifier `act`), Soviet
 * and Axis casualties (`side`), different quantities (`what`). Memorials are
 * lists, not single values, so they are left out.
 */
import {
  DATE_PROPERTIES,
  datesAgree,
  rangesOverlap,
  type CasualtiesValue,
  type Claim,
  type Figure,
  type QuantityValue,
} from '../../domain/index.js';
import type { Queryable } from '../db.js';

export interface ConflictClaim extends Claim {
  /** The document an extracted claim came from. */
  documentId: string | null;
}

export interface Conflict {
  subject: string;
  property: Claim['property'];
  /** What narrows the question: the act, the side, or the quantity's name. */
  facet: string | null;
  claims: ConflictClaim[];
  /** The claim ranked preferred, when one is. */
  preferred: ConflictClaim | null;
}

/** Properties that belong to one battle: claims about different events are not compared. */
const EVENT_PROPERTIES = new Set(['battle_start', 'battle_end', 'duration_days']);

/**
 * Which question a claim answers: claims with different facets are not
 * compared. A battle's dates without an event are taken to be about the
 * subject's principal event (`principal`), as the corpus vocabulary defines them.
 */
export function facetOf(
  c: Pick<Claim, 'subject' | 'property' | 'value' | 'qualifiers'>,
  principal?: ReadonlyMap<string, string>,
): string | null {
  if (c.property === 'casualties') return (c.value as CasualtiesValue).side;
  if (c.property === 'quantity') return (c.value as QuantityValue).what.toLowerCase();
  if (EVENT_PROPERTIES.has(c.property)) return c.qualifiers.event ?? principal?.get(c.subject) ?? null;
  return c.qualifiers.act ?? null;
}

function figureOf(c: Claim): Figure {
  if (c.property === 'casualties' || c.property === 'quantity') {
    const v = c.value as CasualtiesValue | QuantityValue;
    return { min: v.min, max: v.max };
  }
  return c.value as Figure;
}

/** True when the two claims' values cannot both hold. */
export function valuesDisagree(a: Claim, b: Claim): boolean {
  if ((DATE_PROPERTIES as readonly string[]).includes(a.property)) {
    return !datesAgree(a.value as string, b.value as string);
  }
  return !rangesOverlap(figureOf(a), figureOf(b));
}

/** Groups claims by subject, property and facet, and keeps the groups that disagree. */
export function groupConflicts(claims: ConflictClaim[], principal?: ReadonlyMap<string, string>): Conflict[] {
  const groups = new Map<string, ConflictClaim[]>();
  for (const c of claims) {
    if (c.property === 'memorial' || c.status === 'rejected') continue;
    const key = JSON.stringify([c.subject, c.property, facetOf(c, principal)]);
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  const out: Conflict[] = [];
  for (const g of groups.values()) {
    const disagree = g.some((a, i) => g.slice(i + 1).some((b) => valuesDisagree(a, b)));
    if (!disagree) continue;
    const first = g[0] as ConflictClaim;
    out.push({
      subject: first.subject,
      property: first.property,
      facet: facetOf(first, principal),
      claims: [...g].sort((a, b) => rankOrder(a) - rankOrder(b)),
      preferred: g.find((c) => c.rank === 'preferred') ?? null,
    });
  }
  return out.sort((a, b) => a.subject.localeCompare(b.subject) || a.property.localeCompare(b.property));
}

const rankOrder = (c: Claim) =>
  (c.rank === 'preferred' ? 0 : c.rank === 'normal' ? 1 : 2) + (c.status === 'pending' ? 3 : 0);

interface Row {
  id: string;
  subject: string;
  property: Claim['property'];
  value: Claim['value'];
  qualifiers: Claim['qualifiers'] | null;
  status: Claim['status'];
  rank: Claim['rank'];
  rank_reason: string | null;
  origin: 'curated' | 'extracted';
  extractor: string | null;
  document_id: string | null;
  refs: {
    source_id: string;
    document_id: string | null;
    quote: string | null;
    span_start: number | null;
    span_end: number | null;
    locator: string | null;
  }[];
}

export function rowToConflictClaim(r: Row): ConflictClaim {
  return {
    id: r.id,
    subject: r.subject,
    property: r.property,
    value: r.value,
    qualifiers: r.qualifiers ?? {},
    status: r.status,
    rank: r.rank,
    rankReason: r.rank_reason,
    origin: r.origin === 'extracted' ? { kind: 'extracted', extractor: r.extractor ?? '' } : { kind: 'curated' },
    documentId: r.document_id,
    references: (r.refs ?? []).map((x) => ({
      source: x.source_id,
      ...(x.document_id !== null && { document: x.document_id }),
      ...(x.quote !== null && { quote: x.quote }),
      ...(x.span_start !== null && x.span_end !== null && { span: [x.span_start, x.span_end] as [number, number] }),
      ...(x.locator !== null && { locator: x.locator }),
    })),
  };
}

/** Every disagreement among accepted and pending claims; optionally about one subject only. */
export async function findConflicts(db: Queryable, opts: { subject?: string } = {}): Promise<Conflict[]> {
  const params: unknown[] = [];
  let where = `c.status IN ('accepted', 'pending') AND c.property <> 'memorial'`;
  if (opts.subject !== undefined) {
    params.push(opts.subject);
    where += ` AND c.subject = $1`;
  }
  const { rows } = await db.query<Row>(
    `SELECT c.id, c.subject, c.property, c.value, c.qualifiers, c.status, c.rank, c.rank_reason,
            c.origin, c.extractor, c.document_id,
            COALESCE((SELECT json_agg(json_build_object(
                        'source_id', r.source_id, 'document_id', r.document_id, 'quote', r.quote,
                        'span_start', r.span_start, 'span_end', r.span_end, 'locator', r.locator) ORDER BY r.ord)
                      FROM claim_reference r WHERE r.claim_id = c.id), '[]'::json) AS refs
       FROM claim c WHERE ${where}
      ORDER BY c.subject, c.property, c.id`,
    params,
  );
  return groupConflicts(rows.map(rowToConflictClaim), await principalEvents(db));
}

/** Each place's principal event (the first, when a place has several). */
export async function principalEvents(db: Queryable): Promise<Map<string, string>> {
  const { rows } = await db.query<{ place: string; id: string }>(
    `SELECT DISTINCT ON (p.place) p.place, e.id FROM event e, unnest(e.places) AS p(place) WHERE e.principal ORDER BY p.place, e.id`,
  );
  return new Map(rows.map((r) => [r.place, r.id]));
}
