/**
 * Figures are ranges: "about 660" is {min: 660, max: 660}; "more than 300" is
 * {min: 300, max: null}; "between 248,000 and 400,000" is {248000, 400000}.
 * A null end is open. Ranges are compared by overlap, never averaged.
 */
import { z } from 'zod';

export interface NumberRange {
  min: number | null;
  max: number | null;
}

export const NumberRangeFields = {
  min: z.number().nonnegative().nullable().describe('Lower bound; null when open.'),
  max: z.number().nonnegative().nullable().describe('Upper bound; null when open ("more than N").'),
};

function ordered(v: NumberRange): boolean {
  return v.min === null || v.max === null || v.min <= v.max;
}

export const NumberRangeSchema = z
  .object(NumberRangeFields)
  .strict()
  .refine(ordered, { message: 'min must not exceed max' })
  .refine((v) => v.min !== null || v.max !== null, { message: 'a range needs min or max' });

/** A bare number is accepted as an exact figure. */
export const FigureSchema = z.union([z.number().nonnegative(), NumberRangeSchema]);
export type Figure = z.infer<typeof FigureSchema>;

export function toRange(v: number | NumberRange): NumberRange {
  return typeof v === 'number' ? { min: v, max: v } : { min: v.min, max: v.max };
}

/** Two ranges overlap when neither lies wholly above the other. */
export function rangesOverlap(a: number | NumberRange, b: number | NumberRange, tolerance = 0.01): boolean {
  const x = toRange(a);
  const y = toRange(b);
  const lo = (r: NumberRange) => r.min ?? r.max ?? 0;
  const hi = (r: NumberRange) => r.max ?? Number.POSITIVE_INFINITY;
  const slack = (n: number) => (Number.isFinite(n) ? Math.abs(n) * tolerance : 0);
  return lo(x) <= hi(y) + slack(hi(y)) && lo(y) <= hi(x) + slack(hi(x));
}

export function rangesEqual(a: number | NumberRange, b: number | NumberRange): boolean {
  const x = toRange(a);
  const y = toRange(b);
  return x.min === y.min && x.max === y.max;
}

/** "≥ 300", "248,000–400,000", "112": how a range reads in a table. */
export function formatRange(v: number | NumberRange, locale = 'en'): string {
  const r = toRange(v);
  const f = (n: number) => n.toLocaleString(locale);
  if (r.min !== null && r.max !== null) return r.min === r.max ? f(r.min) : `${f(r.min)}–${f(r.max)}`;
  if (r.min !== null) return `> ${f(r.min)}`;
  return `< ${f(r.max as number)}`;
}
