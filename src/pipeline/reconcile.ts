/**
 * Reconcile: drop duplicates, then compare each claim with the accepted
 * claims about the same subject and property.
 *   - duplicates: the same value twice, or a date that only repeats a more
 *     precise one ("1944" beside "1944-04-11") — the more precise is kept; a
 *     memorial without a year beside the same memorial with one;
 *   - dates agree at the precision both have; figures when their ranges
 *     overlap; casualties when the side is the same and the ranges overlap;
 *     memorials when their names share most words (and the years, if both
 *     give one);
 *   - a claim agreeing with any accepted claim `agrees`; one that agrees with
 *     none where there are some `conflicts` (listing them); else it is `new`.
 *     Quantities count different things, so they never conflict.
 */
import {
  type Claim,
  type ClaimValue,
  type Property,
  DATE_PROPERTIES,
  datesAgree,
  precisionOf,
  rangesOverlap,
  type NumberRange,
} from '../domain/index.js';
import type { ExtractedClaim, ReconciledClaim } from './types.js';

const DATE_SET: ReadonlySet<string> = new Set(DATE_PROPERTIES);
const isDate = (p: Property) => DATE_SET.has(p);
const RANK = { year: 0, month: 1, day: 2 } as const;

const STOP = new Set(['the', 'of', 'to', 'in', 'and']);
/** Word sets of names and quantity nouns, memoised: the same known claims are compared again and again. */
const wordCache = new Map<string, ReadonlySet<string>>();
const stemCache = new Map<string, ReadonlySet<string>>();
function memo(
  cache: Map<string, ReadonlySet<string>>,
  s: string,
  make: () => ReadonlySet<string>,
): ReadonlySet<string> {
  let v = cache.get(s);
  if (v === undefined) {
    if (cache.size >= 20_000) cache.clear();
    v = make();
    cache.set(s, v);
  }
  return v;
}
const words = (s: string): ReadonlySet<string> =>
  memo(
    wordCache,
    s,
    () =>
      new Set(
        s
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .split(' ')
          .filter((w) => w.length > 1 && !STOP.has(w)),
      ),
  );
function namesAgree(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  let inter = 0;
  for (const w of x) if (y.has(w)) inter++;
  const union = x.size + y.size - inter;
  return inter / Math.max(1, union) >= 0.5;
}

const stem = (w: string) => w.replace(/(?:es|s)$/u, '');
const stems = (s: string): ReadonlySet<string> => memo(stemCache, s, () => new Set([...words(s)].map(stem)));
function sharesWord(a: string, b: string): boolean {
  const y = stems(b);
  for (const w of stems(a)) if (y.has(w)) return true;
  return false;
}

type Obj = Record<string, unknown>;
const asRange = (v: ClaimValue): number | NumberRange =>
  typeof v === 'number' ? v : { min: (v as Obj).min as number | null, max: (v as Obj).max as number | null };

export function valuesAgree(property: Property, a: ClaimValue, b: ClaimValue): boolean {
  if (isDate(property)) return typeof a === 'string' && typeof b === 'string' && fastDatesAgree(a, b);
  if (property === 'memorial') {
    const x = a as { name: string; year: number | null };
    const y = b as { name: string; year: number | null };
    return namesAgree(x.name, y.name) && (x.year === null || y.year === null || x.year === y.year);
  }
  if (property === 'casualties' && (a as Obj).side !== (b as Obj).side) return false;
  // Quantities agree only when they count the same thing (a shared word) and the figures overlap.
  if (property === 'quantity' && !sharesWord(String((a as Obj).what ?? ''), String((b as Obj).what ?? '')))
    return false;
  return rangesOverlap(asRange(a), asRange(b));
}

const PREFIX = [4, 7, 10] as const;

/** datesAgree without re-parsing: a valid partial date's precision is remembered, then prefixes compare. */
const rankMemo = new Map<string, number>();
function rankOf(date: string): number {
  let r = rankMemo.get(date);
  if (r === undefined) {
    try {
      r = RANK[precisionOf(date)];
    } catch {
      r = -1;
    }
    if (rankMemo.size >= 20_000) rankMemo.clear();
    rankMemo.set(date, r);
  }
  return r;
}
function fastDatesAgree(a: string, b: string): boolean {
  const ra = rankOf(a);
  const rb = rankOf(b);
  if (ra < 0 || rb < 0) return datesAgree(a, b); // malformed: the domain's function says why
  const n = PREFIX[Math.min(ra, rb)];
  return a.slice(0, n) === b.slice(0, n);
}

/**
 * Drops exact duplicates and dates that a more precise claim already states.
 * Linear: each precise date registers its coarser prefixes ("1944-04-11" → "1944", "1944-04")
 * under its subject and property, and a date is dropped when its own value is registered.
 */
export function dedupe(claims: ExtractedClaim[]): ExtractedClaim[] {
  const seen = new Set<string>();
  const unique = claims.filter((c) => {
    // Subjects and properties are ids (no NUL); a string value (every date) needs no JSON.
    const key =
      typeof c.value === 'string'
        ? `${c.subject}\u0000${c.property}\u0000s${c.value}`
        : `${c.subject}\u0000${c.property}\u0000j${JSON.stringify(c.value)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // A memorial named twice, once with its year and once without, is one: the dated mention stays.
  const dated = unique.filter((c) => c.property === 'memorial' && (c.value as { year: number | null }).year !== null);
  if (dated.length) {
    const undated = (c: ExtractedClaim) =>
      c.property === 'memorial' &&
      (c.value as { year: number | null }).year === null &&
      dated.some(
        (d) => d.subject === c.subject && namesAgree((d.value as Obj).name as string, (c.value as Obj).name as string),
      );
    for (let i = unique.length - 1; i >= 0; i--) if (undated(unique[i]!)) unique.splice(i, 1);
  }
  const rank = rankOf;
  const covered = new Set<string>();
  for (const o of unique) {
    if (!isDate(o.property) || typeof o.value !== 'string') continue;
    const r = rank(o.value);
    for (let lower = 0; lower < r; lower++)
      covered.add(`${lower}\u0000${o.subject}\u0000${o.property}\u0000${o.value.slice(0, PREFIX[lower])}`);
  }
  if (covered.size === 0) return unique;
  return unique.filter((c) => {
    if (!isDate(c.property) || typeof c.value !== 'string') return true;
    const r = rank(c.value);
    return r < 0 || !covered.has(`${r}\u0000${c.subject}\u0000${c.property}\u0000${c.value.slice(0, PREFIX[r])}`);
  });
}

/** Accepted claims by subject and property, so each extracted claim looks only at its own few. */
export function indexKnown(known: readonly Claim[]): Map<string, Claim[]> {
  const index = new Map<string, Claim[]>();
  for (const k of known) {
    if (k.status !== 'accepted') continue;
    const key = `${k.subject}\u0000${k.property}`;
    const list = index.get(key);
    if (list) list.push(k);
    else index.set(key, [k]);
  }
  return index;
}

/** The index is cached per `known` array (and its length): ingest passes the same one for every document of a batch. */
const indexes = new WeakMap<readonly Claim[], { length: number; index: Map<string, Claim[]> }>();
function indexFor(known: readonly Claim[]): Map<string, Claim[]> {
  const cached = indexes.get(known);
  if (cached && cached.length === known.length) return cached.index;
  const index = indexKnown(known);
  indexes.set(known, { length: known.length, index });
  return index;
}

const NONE: readonly Claim[] = [];

/** The claim with its verdict: a copy with the same keys as `{ ...c, verdict, with }`, built without the spread. */
function withVerdict(c: ExtractedClaim, verdict: ReconciledClaim['verdict'], ids: string[]): ReconciledClaim {
  const { subject, property, value, quote, span, qualifiers, recogniser, event } = c;
  return event === undefined
    ? { subject, property, value, quote, span, qualifiers, recogniser, verdict, with: ids }
    : { subject, property, value, quote, span, qualifiers, recogniser, event, verdict, with: ids };
}

export function reconcile(claims: ExtractedClaim[], known: readonly Claim[]): ReconciledClaim[] {
  const index = indexFor(known);
  return dedupe(claims).map((c) => {
    const bySubject = index.get(`${c.subject}\u0000${c.property}`) ?? NONE;
    const same =
      c.property === 'casualties'
        ? bySubject.filter((k) => (k.value as Obj).side === (c.value as Obj).side)
        : bySubject;
    const agreeing = same.length ? same.filter((k) => valuesAgree(c.property, c.value, k.value)) : NONE;
    if (agreeing.length)
      return withVerdict(
        c,
        'agrees',
        agreeing.map((k) => k.id),
      );
    if (same.length && c.property !== 'quantity' && c.property !== 'memorial')
      return withVerdict(
        c,
        'conflicts',
        same.map((k) => k.id),
      );
    return withVerdict(c, 'new', []);
  });
}
