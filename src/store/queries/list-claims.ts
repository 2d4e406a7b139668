/**
 * Claims, filtered and paged with a keyset cursor: the cursor holds the sort
 * key of the last row returned, so pages stay stable while claims are added.
 */
import type { Claim, Property, Status } from '../../domain/index.js';
import type { Queryable } from '../db.js';
import { CLAIM_COLUMNS, toClaim, type ClaimRow } from './claim-row.js';

export const CLAIM_SORTS = ['subject', 'property', 'newest', 'oldest'] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];

export interface ListClaimsOptions {
  subject?: string;
  property?: Property;
  status?: Status;
  origin?: 'curated' | 'extracted';
  /** Claims with a reference to this source. */
  source?: string;
  /** Claims extracted from, or citing, this document. */
  document?: string;
  sort?: ClaimSort;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
  /** 1 to 500; default 50. */
  limit?: number;
}

export interface ClaimPage {
  items: Claim[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** The sort key columns; all run in one direction so a row comparison can resume after the cursor. */
const CREATED = `to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;
const SORT_KEYS: Record<ClaimSort, { cols: string[]; desc: boolean }> = {
  subject: { cols: ['c.subject', 'c.property', 'c.id'], desc: false },
  property: { cols: ['c.property', 'c.subject', 'c.id'], desc: false },
  newest: { cols: [CREATED, 'c.id'], desc: true },
  oldest: { cols: [CREATED, 'c.id'], desc: false },
};

export class CursorError extends Error {
  constructor() {
    super('the cursor is not one this server gave out for this sort; start again without a cursor');
    this.name = 'CursorError';
  }
}

function decodeCursor(cursor: string, n: number): string[] {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === n && v.every((x) => typeof x === 'string')) return v as string[];
  } catch {
    // fall through
  }
  throw new CursorError();
}

export async function listClaims(db: Queryable, opts: ListClaimsOptions = {}): Promise<ClaimPage> {
  const sort = SORT_KEYS[opts.sort ?? 'subject'];
  if (!sort) throw new RangeError(`unknown sort "${opts.sort}"; use one of ${CLAIM_SORTS.join(', ')}`);
  const limit = Math.min(500, Math.max(1, Math.trunc(opts.limit ?? 50)));
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (opts.subject !== undefined) where.push(`c.subject = ${param(opts.subject)}`);
  if (opts.property !== undefined) where.push(`c.property = ${param(opts.property)}`);
  if (opts.status !== undefined) where.push(`c.status = ${param(opts.status)}`);
  if (opts.origin !== undefined) where.push(`c.origin = ${param(opts.origin)}`);
  if (opts.source !== undefined) {
    where.push(
      `EXISTS (SELECT 1 FROM claim_reference r WHERE r.claim_id = c.id AND r.source_id = ${param(opts.source)})`,
    );
  }
  if (opts.document !== undefined) {
    const p = param(opts.document);
    where.push(
      `(c.document_id = ${p} OR EXISTS (SELECT 1 FROM claim_reference r WHERE r.claim_id = c.id AND r.document_id = ${p}))`,
    );
  }
  if (opts.cursor !== undefined) {
    const values = decodeCursor(opts.cursor, sort.cols.length);
    where.push(`(${sort.cols.join(', ')}) ${sort.desc ? '<' : '>'} (${values.map((v) => param(v)).join(', ')})`);
  }
  const dir = sort.desc ? ' DESC' : '';
  const { rows } = await db.query<ClaimRow & { sort_key: string[] }>(
    `SELECT ${CLAIM_COLUMNS}, ARRAY[${sort.cols.join(', ')}] AS sort_key
     FROM claim c
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY ${sort.cols.map((c) => c + dir).join(', ')}
     LIMIT ${limit + 1}`,
    params,
  );
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page[page.length - 1];
  return {
    items: page.map(toClaim),
    nextCursor: more && last ? Buffer.from(JSON.stringify(last.sort_key), 'utf8').toString('base64url') : null,
  };
}
