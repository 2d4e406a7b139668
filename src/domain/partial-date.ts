/**
 * Partial dates keep the precision their source gave: "1965", "1942-08",
 * "1973-09-14". Two partial dates are compared only at the precision both
 * have, so "1942-08" agrees with "1942-08-23" but not with "1942-07-17".
 */
import { z } from 'zod';

export type Precision = 'year' | 'month' | 'day';

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** Splits a partial date; returns null when it is malformed or impossible (1942-02-30). */
export function parsePartialDate(text: string): DateParts | null {
  const m = SHAPE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function precisionOf(date: string): Precision {
  const p = parsePartialDate(date);
  if (!p) throw new Error(`not a partial date: ${JSON.stringify(date)}`);
  return p.day !== undefined ? 'day' : p.month !== undefined ? 'month' : 'year';
}

export function formatPartialDate(p: DateParts): string {
  const y = String(p.year).padStart(4, '0');
  if (p.month === undefined) return y;
  const m = String(p.month).padStart(2, '0');
  if (p.day === undefined) return `${y}-${m}`;
  return `${y}-${m}-${String(p.day).padStart(2, '0')}`;
}

/** Cuts a date down to the given precision (never adds precision). */
export function truncate(date: string, precision: Precision): string {
  const len = precision === 'year' ? 4 : precision === 'month' ? 7 : 10;
  return date.slice(0, len);
}

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

export function commonPrecision(a: string, b: string): Precision {
  const pa = precisionOf(a);
  const pb = precisionOf(b);
  return RANK[pa] <= RANK[pb] ? pa : pb;
}

/** -1, 0 or 1 comparing at the precision both dates have; 0 means "agree". */
export function compareAtCommonPrecision(a: string, b: string): -1 | 0 | 1 {
  const p = commonPrecision(a, b);
  const ta = truncate(a, p);
  const tb = truncate(b, p);
  return ta < tb ? -1 : ta > tb ? 1 : 0;
}

export function datesAgree(a: string, b: string): boolean {
  return compareAtCommonPrecision(a, b) === 0;
}

/** First and last day a partial date may stand for, as ISO day strings. */
export function dateBounds(date: string): { first: string; last: string } {
  const p = parsePartialDate(date);
  if (!p) throw new Error(`not a partial date: ${JSON.stringify(date)}`);
  const month = p.month ?? 1;
  const lastMonth = p.month ?? 12;
  return {
    first: formatPartialDate({ year: p.year, month, day: p.day ?? 1 }),
    last: formatPartialDate({ year: p.year, month: lastMonth, day: p.day ?? daysInMonth(p.year, lastMonth) }),
  };
}

/** Whole days from a to b (both partial dates, taken at their first day). */
export function daysBetween(a: string, b: string): number {
  const da = Date.parse(dateBounds(a).first + 'T00:00:00Z');
  const db = Date.parse(dateBounds(b).first + 'T00:00:00Z');
  return Math.round((db - da) / 86_400_000);
}

export const PartialDateSchema = z
  .string()
  .refine((s) => parsePartialDate(s) !== null, {
    message: 'expected a real date as YYYY, YYYY-MM or YYYY-MM-DD',
  })
  .describe('A date at the precision its source gives: YYYY, YYYY-MM or YYYY-MM-DD.');
