/**
 * Claim matching with the shared scorer's rules (../shared/tools/score-claims.mjs):
 * subject and property equal; dates equal as strings; numbers within 1%;
 * casualties also by side; memorials by half their name words and the year.
 */
export interface Scored {
  subject: string;
  property: string;
  value: unknown;
  quote?: string;
}

const norm = (s: unknown) =>
  String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const tokens = (s: unknown) =>
  new Set(
    norm(s)
      .split(' ')
      .filter((t) => t.length > 1 && !['the', 'of', 'to', 'in', 'and', 'a'].includes(t)),
  );
const close = (a: unknown, b: unknown) =>
  (a == null && b == null) ||
  (a != null && b != null && Math.abs(Number(a) - Number(b)) <= 0.01 * Math.max(1, Math.abs(Number(b))));
type R = { min?: number | null; max?: number | null; side?: string; name?: string; year?: number | null };
const range = (v: unknown) =>
  typeof v === 'number' ? { min: v, max: v } : { min: (v as R)?.min ?? null, max: (v as R)?.max ?? null };
const sameRange = (p: unknown, g: unknown) => close(range(p).min, range(g).min) && close(range(p).max, range(g).max);

export function sameValue(property: string, p: unknown, g: unknown): boolean {
  switch (property) {
    case 'casualties':
      return norm((p as R)?.side) === norm((g as R)?.side) && sameRange(p, g);
    case 'quantity':
    case 'duration_days':
    case 'heroes_of_soviet_union':
      return sameRange(p, g);
    case 'memorial': {
      const a = tokens((p as R)?.name);
      const b = tokens((g as R)?.name);
      const inter = [...a].filter((t) => b.has(t)).length;
      return (
        inter / Math.max(1, new Set([...a, ...b]).size) >= 0.5 &&
        ((g as R)?.year == null || Number((p as R)?.year) === Number((g as R).year))
      );
    }
    default:
      return String(p).trim() === String(g).trim();
  }
}

export function score(pred: Scored[], gold: Scored[]): { hit: number; misses: Scored[]; extras: Scored[] } {
  const used = new Set<number>();
  const misses: Scored[] = [];
  for (const g of gold) {
    const i = pred.findIndex(
      (p, k) =>
        !used.has(k) && p.subject === g.subject && p.property === g.property && sameValue(g.property, p.value, g.value),
    );
    if (i >= 0) used.add(i);
    else misses.push(g);
  }
  return { hit: used.size, misses, extras: pred.filter((_, k) => !used.has(k)) };
}
