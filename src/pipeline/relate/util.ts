/** Helpers for claim patterns: triggers, nearest mentions, spans. */
import type { DateMention, Mention, QuantityMention, RangeMention } from '../recognise/types.js';
import { hits, type Hit } from '../recognise/util.js';
import type { SentenceContext } from './types.js';

export function triggers(ctx: SentenceContext, ...res: RegExp[]): Hit[] {
  return res.flatMap((re) => hits(re, ctx.sentence.text, ctx.sentence.start)).sort((a, b) => a.start - b.start);
}

export const gap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;

export const yearOf = (value: string) => Number(value.slice(0, 4));
export const within = (value: string, [lo, hi]: [number, number]) => yearOf(value) >= lo && yearOf(value) <= hi;

export function dates(ctx: SentenceContext): DateMention[] {
  return ctx.mentions.filter((m): m is DateMention => m.kind === 'date');
}
export function ranges(ctx: SentenceContext): RangeMention[] {
  return ctx.mentions.filter((m): m is RangeMention => m.kind === 'range');
}
export function quantities(ctx: SentenceContext): QuantityMention[] {
  return ctx.mentions.filter((m): m is QuantityMention => m.kind === 'quantity' && !ctx.used.has(m));
}

/** A date that belongs to a range is the range's, unless the pattern wants parts. */
export function inRange(ctx: SentenceContext, d: DateMention): boolean {
  return ranges(ctx).some((r) => d.start >= r.start && d.end <= r.end);
}

export interface NearestOptions {
  years: [number, number];
  allowUsed?: boolean;
  allowAttributive?: boolean;
  allowRangeParts?: boolean;
}

/** A clause boundary: a semicolon, or a comma before a conjunction ("…, and on May 8, 1965 it received"). */
const CLAUSE_BREAK = /;|,\s*(?:and|but|while|whereas|when|then)\s|,\s*(?:а|но|и)\s/iu;

/** Distance in characters, with any clause boundary in between counting as very far. */
export function clauseGap(ctx: SentenceContext, a: { start: number; end: number }, b: { start: number; end: number }): number {
  const [x, y] = a.end <= b.start ? [a.end, b.start] : [b.end, a.start];
  return gap(a, b) + (x < y && CLAUSE_BREAK.test(ctx.text.slice(x, y)) ? 1000 : 0);
}

export function nearestDate(ctx: SentenceContext, anchor: { start: number; end: number }, o: NearestOptions): DateMention | undefined {
  return dates(ctx)
    .filter((d) => (o.allowUsed || !ctx.used.has(d)) && (o.allowAttributive || !d.attributive) && within(d.value, o.years))
    .filter((d) => o.allowRangeParts || !inRange(ctx, d))
    .sort((a, b) => clauseGap(ctx, a, anchor) - clauseGap(ctx, b, anchor))[0];
}

export function cover(...parts: ({ start: number; end: number } | undefined)[]): { start: number; end: number } {
  const ps = parts.filter((p): p is { start: number; end: number } => p !== undefined);
  return { start: Math.min(...ps.map((p) => p.start)), end: Math.max(...ps.map((p) => p.end)) };
}

export function has(ctx: SentenceContext, kind: Mention['kind']): boolean {
  return ctx.mentions.some((m) => m.kind === kind);
}

/** The text of the sentence before (or after) an absolute offset. */
export const before = (ctx: SentenceContext, at: number) => ctx.text.slice(ctx.sentence.start, at);
/** The last `n` characters before an offset, within the sentence: what lead-in patterns (anchored at $) need. */
export const lead = (ctx: SentenceContext, at: number, n = 100) => ctx.text.slice(Math.max(ctx.sentence.start, at - n), at);
export const after = (ctx: SentenceContext, at: number) => ctx.text.slice(at, ctx.sentence.end);
