/**
 * Reconcile: drop duplicates, then compare each claim with the accepted
 * claims about the same subject and property.
 *   - duplicates: the same value twice, or a date that only repeats a more
 *     precise one ("1944" beside "1944-04-11") — the more precise is kept;
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

const isDate = (p: Property) => (DATE_PROPERTIES as readonly string[]).includes(p);
const RANK = { year: 0, month: 1, day: 2 } as const;

const words = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .split(' ')
      .filter((w) => w.length > 1 && !['the', 'of', 'to', 'in', 'and'].includes(w)),
  );
function namesAgree(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  const inter = [...x].filter((w) => y.has(w)).length;
  return inter / Math.max(1, new Set([...x, ...y]).size) >= 0.5;
}

const stem = (w: string) => w.replace(/(?:es|s)$/u, '');
function sharesWord(a: string, b: string): boolean {
  const y = new Set([...words(b)].map(stem));
  return [...words(a)].some((w) => y.has(stem(w)));
}

type Obj = Record<string, unknown>;
const asRange = (v: ClaimValue): number | NumberRange =>
  typeof v === 'number' ? v : { min: (v as Obj).min as number | null, max: (v as Obj).max as number | null };

export function valuesAgree(property: Property, a: ClaimValue, b: ClaimValue): boolean {
  if (isDate(property)) return typeof a === 'string' && typeof b === 'string' && datesAgree(a, b);
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

/** Drops exact duplicates and dates that a more precise claim already states. */
export function dedupe(claims: ExtractedClaim[]): ExtractedClaim[] {
  const seen = new Set<string>();
  const unique = claims.filter((c) => {
    const key = JSON.stringify([c.subject, c.property, c.value]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.filter(
    (c) =>
      !isDate(c.property) ||
      !unique.some(
        (o) =>
          o !== c &&
          o.subject === c.subject &&
          o.property === c.property &&
          typeof o.value === 'string' &&
          typeof c.value === 'string' &&
          datesAgree(o.value, c.value) &&
          RANK[precisionOf(o.value)] > RANK[precisionOf(c.value)],
      ),
  );
}

export function reconcile(claims: ExtractedClaim[], known: Claim[]): ReconciledClaim[] {
  const accepted = known.filter((k) => k.status === 'accepted');
  return dedupe(claims).map((c) => {
    const same = accepted.filter(
      (k) =>
        k.subject === c.subject &&
        k.property === c.property &&
        (c.property !== 'casualties' || (k.value as Obj).side === (c.value as Obj).side),
    );
    const agreeing = same.filter((k) => valuesAgree(c.property, c.value, k.value));
    if (agreeing.length) return { ...c, verdict: 'agrees' as const, with: agreeing.map((k) => k.id) };
    if (same.length && c.property !== 'quantity' && c.property !== 'memorial')
      return { ...c, verdict: 'conflicts' as const, with: same.map((k) => k.id) };
    return { ...c, verdict: 'new' as const, with: [] };
  });
}
