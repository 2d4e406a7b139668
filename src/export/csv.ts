/**
 * One row per accepted claim, for a spreadsheet: RFC 4180 (CRLF line ends,
 * fields with a comma, quote or line break are quoted, quotes doubled), UTF-8
 * with a byte-order mark so spreadsheet programs read Cyrillic names right.
 * Columns: see CSV_COLUMNS. Numbers go in min/max, dates in date; `value`
 * always has the claim's value as a reader would write it;
 * `what_ru` has a quantity's Russian label where the dataset gives one.
 */
import { formatRange, toRange, type Claim } from '../domain/index.js';
import type { Queryable } from '../store/db.js';
import { CLAIM_COLUMNS, toClaim, type ClaimRow } from '../store/queries/claim-row.js';

export const CSV_COLUMNS = [
  'claim_id',
  'place',
  'property',
  'value',
  'min',
  'max',
  'date',
  'side',
  'what',
  'what_ru',
  'event',
  'act',
  'rank',
  'rank_reason',
  'origin',
  'sources',
  'quotes',
] as const;

export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(fields: readonly unknown[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

function valueColumns(c: Claim): {
  value: string;
  min: number | null;
  max: number | null;
  date: string;
  side: string;
  what: string;
  what_ru: string;
} {
  const v = c.value as unknown;
  const none = { min: null, max: null, date: '', side: '', what: '', what_ru: '' };
  if (typeof v === 'string') return { ...none, value: v, date: v };
  if (typeof v === 'number') return { ...none, value: formatRange(v), min: v, max: v };
  const o = v as {
    side?: string;
    what?: string;
    what_ru?: string;
    name?: string;
    year?: number | null;
    min?: number | null;
    max?: number | null;
  };
  if (c.property === 'memorial')
    return { ...none, value: o.year ? `${o.name} (${o.year})` : String(o.name), date: o.year ? String(o.year) : '' };
  const r = toRange({ min: o.min ?? null, max: o.max ?? null });
  const label = o.side ?? o.what;
  return {
    ...none,
    value: `${formatRange(r)}${label ? ` (${label})` : ''}`,
    min: r.min,
    max: r.max,
    side: o.side ?? '',
    what: o.what ?? '',
    what_ru: o.what_ru ?? '',
  };
}

export function claimToCsvRow(c: Claim): string {
  const v = valueColumns(c);
  return csvRow([
    c.id,
    c.subject,
    c.property,
    v.value,
    v.min,
    v.max,
    v.date,
    v.side,
    v.what,
    v.what_ru,
    c.qualifiers.event,
    c.qualifiers.act,
    c.rank,
    c.rankReason,
    c.origin.kind,
    [...new Set(c.references.map((r) => r.source))].join('; '),
    c.references.flatMap((r) => (r.quote ? [r.quote] : [])).join(' | '),
  ]);
}

export async function exportCsv(db: Queryable): Promise<string> {
  const { rows } = await db.query<ClaimRow>(
    `SELECT ${CLAIM_COLUMNS} FROM claim c WHERE c.status = 'accepted' ORDER BY c.subject, c.property, c.id`,
  );
  return '\ufeff' + csvRow(CSV_COLUMNS) + rows.map(toClaim).map(claimToCsvRow).join('');
}
