/** Small helpers shared by recognisers and claim patterns. */
import type { Measure, QuantityMention } from './types.js';

export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Alternatives as whole words (Unicode-aware: \b is ASCII-only in JavaScript). */
export function words(list: readonly string[], flags = 'giu'): RegExp {
  const alt = [...list]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, flags);
}

/** Alternatives as word beginnings (Russian stems: «освобожд» matches «освобождён»). */
export function stems(list: readonly string[], flags = 'giu'): RegExp {
  const alt = [...list]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})[\\p{L}]*`, flags);
}

export interface Hit {
  start: number;
  end: number;
  text: string;
  groups: (string | undefined)[];
}

/** All matches of a global regex in text, with offsets shifted by `offset`. */
export function hits(re: RegExp, text: string, offset = 0): Hit[] {
  const out: Hit[] = [];
  const g = re.global ? re : new RegExp(re.source, re.flags + 'g');
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], groups: m.slice(1) });
  }
  return out;
}

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
export const inside = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start >= b.start && a.end <= b.end;

/** Keeps the longest of overlapping items (earliest on ties). */
export function deOverlap<T extends { start: number; end: number }>(items: T[]): T[] {
  const sorted = [...items].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const it of sorted) if (!kept.some((k) => overlaps(k, it))) kept.push(it);
  return kept.sort((a, b) => a.start - b.start);
}

/** Measures that never carry history: a price, a time of day, a phone number, a page, an age, a mark, a tour's length. */
export const NON_HISTORY_MEASURES: ReadonlySet<Measure> = new Set<Measure>([
  'money',
  'clock',
  'phone',
  'label',
  'age',
  'score',
  'visit',
]);

/** Whether a figure may be history (a count, a share, a span): not vague, and no measure from NON_HISTORY_MEASURES. */
export const countsAsHistory = (q: QuantityMention): boolean =>
  !q.vague && !(q.measure !== undefined && NON_HISTORY_MEASURES.has(q.measure));

/**
 * Literal alternatives as one regex source, factored into a trie ("тысяча|
 * тысячи|тысяч" is "тысяч(?:а|и)?"): shorter and cheaper to compile and to run
 * than a flat list, with the same preference for the longest word.
 */
export function trie(list: Iterable<string>): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const w of list) {
    let n = root;
    for (const ch of w) {
      let c = n.next.get(ch);
      if (!c) n.next.set(ch, (c = { end: false, next: new Map() }));
      n = c;
    }
    n.end = true;
  }
  const emit = (n: Node): string => {
    const branches = [...n.next].sort(([a], [b]) => (a < b ? -1 : 1)).map(([ch, c]) => escapeRe(ch) + emit(c));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    if (!n.end) return body;
    return branches.length === 1 && [...branches[0]!].length === 1 ? `${body}?` : `(?:${branches.join('|')})?`;
  };
  return emit(root);
}
