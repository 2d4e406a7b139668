/**
 * How a claim's value reads on the workbench, and how it is written in the
 * correction form and read back. Dates and figures get a short text syntax
 * ("1942-08-23", "248000-400000", ">300"); the structured values (casualties,
 * quantities, memorials) are edited as JSON.
 */
import {
  DATE_PROPERTIES,
  FIGURE_PROPERTIES,
  quantityLabel,
  toRange,
  type NumberRange,
  type QuantityValue,
} from '../../domain/index.js';
import { formatDate, num, tKey, type UiLang } from '../i18n.js';

const isDate = (p: string) => (DATE_PROPERTIES as readonly string[]).includes(p);
const isFigure = (p: string) => (FIGURE_PROPERTIES as readonly string[]).includes(p);

export type EditSyntax = 'date' | 'range' | 'json';
export const editSyntax = (property: string): EditSyntax =>
  isDate(property) ? 'date' : isFigure(property) ? 'range' : 'json';

function isRange(v: unknown): v is NumberRange {
  return typeof v === 'object' && v !== null && 'min' in v && 'max' in v;
}

export function formatRangeUi(lang: UiLang, v: number | NumberRange): string {
  const r = toRange(v);
  if (r.min !== null && r.max !== null)
    return r.min === r.max ? num(lang, r.min) : `${num(lang, r.min)}–${num(lang, r.max)}`;
  if (r.min !== null) return `> ${num(lang, r.min)}`;
  if (r.max !== null) return `< ${num(lang, r.max)}`;
  return '?';
}

/**
 * A quantity as its figure and what it counts: the Russian label on Russian
 * pages when the value has one, else `what`, with the language it is in.
 * Null when the value is not a quantity's.
 */
export function quantityParts(
  lang: UiLang,
  property: string,
  value: unknown,
): { range: string; what: { text: string; lang: 'en' | 'ru' } } | null {
  if (property !== 'quantity' || !isRange(value)) return null;
  const v = value as Partial<QuantityValue>;
  return { range: formatRangeUi(lang, value), what: quantityLabel({ what: v.what ?? '', what_ru: v.what_ru }, lang) };
}

export function formatValue(lang: UiLang, property: string, value: unknown): string {
  if (isDate(property) && typeof value === 'string') return formatDate(lang, value);
  if (isFigure(property) && (typeof value === 'number' || isRange(value))) return formatRangeUi(lang, value);
  if (property === 'casualties' && isRange(value)) {
    const side = (value as { side?: string }).side;
    return `${formatRangeUi(lang, value)} (${tKey(lang, `side_${side ?? ''}`)})`;
  }
  const q = quantityParts(lang, property, value);
  if (q) return `${q.range} ${q.what.text}`.trim();
  if (property === 'memorial' && typeof value === 'object' && value !== null) {
    const m = value as { name?: string; year?: number | null };
    return m.year ? `${m.name ?? ''} (${m.year})` : (m.name ?? '');
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The value as the correction form shows it. */
export function valueToEditText(property: string, value: unknown): string {
  const syntax = editSyntax(property);
  if (syntax === 'date' && typeof value === 'string') return value;
  if (syntax === 'range' && (typeof value === 'number' || isRange(value))) {
    const r = toRange(value);
    if (r.min !== null && r.max !== null) return r.min === r.max ? String(r.min) : `${r.min}-${r.max}`;
    if (r.min !== null) return `>${r.min}`;
    if (r.max !== null) return `<${r.max}`;
  }
  return JSON.stringify(value);
}

/** Reads the correction form's text back into a value; the domain schema then checks it. */
export function parseEditText(property: string, text: string): unknown {
  const s = text.trim();
  const syntax = editSyntax(property);
  if (syntax === 'date') return s;
  if (syntax === 'range') {
    const n = (x: string) => Number(x.replace(/[\s,_\u00a0\u202f]/g, ''));
    let m: RegExpExecArray | null;
    if ((m = /^([\d\s,_\u00a0\u202f]+)$/.exec(s))) return n(m[1] as string);
    if ((m = /^([\d\s,_\u00a0\u202f]+?)\s*[-–]\s*([\d\s,_\u00a0\u202f]+)$/.exec(s)))
      return { min: n(m[1] as string), max: n(m[2] as string) };
    if ((m = /^(?:>|more than|over)\s*([\d\s,_\u00a0\u202f]+)$/i.exec(s))) return { min: n(m[1] as string), max: null };
    if ((m = /^(?:<|less than|under)\s*([\d\s,_\u00a0\u202f]+)$/i.exec(s)))
      return { min: null, max: n(m[1] as string) };
    return s;
  }
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return s;
  }
}
