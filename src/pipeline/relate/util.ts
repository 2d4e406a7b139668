/** Helpers for claim patterns: triggers, nearest mentions, spans. */
import type { DateMention, Mention, PlaceMention, QuantityMention, RangeMention } from '../recognise/types.js';
import { countsAsHistory, hits, type Hit } from '../recognise/util.js';
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
/** The figures a pattern may use: not used yet, and not a price, a time of day, a page… nor vague (countsAsHistory). */
export function quantities(ctx: SentenceContext): QuantityMention[] {
  return ctx.mentions.filter(
    (m): m is QuantityMention => m.kind === 'quantity' && !ctx.used.has(m) && countsAsHistory(m),
  );
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
  /** Dates the pattern may not take here. */
  skip?: (d: DateMention) => boolean;
}

/**
 * Places named as a coordinated list ("Leningrad, Stalingrad, Sevastopol and
 * Odessa were named…", "awarded to Kerch and Novorossiysk"): each is a subject
 * of what the sentence says. Null when the sentence names no such list.
 */
export function listedSubjects(ctx: SentenceContext): string[] | null {
  const places = ctx.mentions.filter(
    (m): m is PlaceMention => m.kind === 'place' && (m.role === 'name' || m.role === 'possessive'),
  );
  let best: string[] = [];
  let chain: string[] = [];
  let prev: PlaceMention | undefined;
  for (const m of places) {
    if (prev && m.place === prev.place) {
      prev = m;
      continue;
    }
    const between = prev
      ? ctx.text
          .slice(prev.end, m.start)
          .replace(/\([^)]*\)/gu, '')
          .replace(/[()]/gu, '')
      : '';
    const joined =
      prev &&
      /^\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|and\s+|&\s*|и\s+)(?:the\s+)?(?:city[- ]fortress\s+|city\s+of\s+|port\s+of\s+)?$/iu.test(
        ' ' + between.trimStart(),
      );
    chain = joined ? [...chain, m.place] : [m.place];
    if (chain.length > best.length) best = chain;
    prev = m;
  }
  return best.length >= 2 ? [...new Set(best)] : null;
}

/** A clause boundary: a semicolon, or a comma before a conjunction ("…, and on May 8, 1965 it received"). */
const CLAUSE_BREAK = /;|,\s*(?:and|but|while|whereas|when|then)\s|,\s*(?:а|но|и)\s/iu;

/** Distance in characters, with any clause boundary in between counting as very far. */
export function clauseGap(
  ctx: SentenceContext,
  a: { start: number; end: number },
  b: { start: number; end: number },
): number {
  const [x, y] = a.end <= b.start ? [a.end, b.start] : [b.end, a.start];
  return gap(a, b) + (x < y && CLAUSE_BREAK.test(ctx.text.slice(x, y)) ? 1000 : 0);
}

export function nearestDate(
  ctx: SentenceContext,
  anchor: { start: number; end: number },
  o: NearestOptions,
): DateMention | undefined {
  return dates(ctx)
    .filter(
      (d) => (o.allowUsed || !ctx.used.has(d)) && (o.allowAttributive || !d.attributive) && within(d.value, o.years),
    )
    .filter((d) => (o.allowRangeParts || !inRange(ctx, d)) && !o.skip?.(d))
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
export const lead = (ctx: SentenceContext, at: number, n = 100) =>
  ctx.text.slice(Math.max(ctx.sentence.start, at - n), at);
export const after = (ctx: SentenceContext, at: number) => ctx.text.slice(at, ctx.sentence.end);
