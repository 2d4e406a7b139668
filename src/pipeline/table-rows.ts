/**
 * Tables rendered as text, found line by line (segment.ts calls this):
 *   - pipes: "Kerch | 14 September 1973 | 11 April 1944" (markdown too, with a
 *     "|---|---|" rule under the header);
 *   - tabs: one tab between two cells;
 *   - aligned: cells separated by runs of two or more spaces; a cell belongs
 *     to the header column its text overlaps most, so an empty cell keeps the
 *     columns after it in place.
 * A table is two or more such lines of one kind in a row (blank lines between
 * them allowed: HTML tables come out of main-text.ts one row per paragraph).
 * Its first line is the header when it holds no figure (a year in brackets
 * aside, and one that qualifies a word: "Population 2021"), or when a rule line ("|---|") follows it. Aligned lines must look like cells, not prose with double spaces:
 * every cell short, none ending a sentence.
 *
 * Structure only: which place a row is about and what a header means is
 * decided after recognition (relate/subject.ts, relate/table.ts).
 */
import { MONTHS } from './lexicon/en.js';
import { MONTHS_RU } from './lexicon/ru.js';
import type { Sentence } from './segment.js';

export type TableKind = 'pipe' | 'tab' | 'aligned';

export interface TableRow {
  kind: TableKind;
  /** The row's cells, empty ones left out: they are the paragraph's sentences. */
  cells: Sentence[];
  /** The header cell of each cell's column, null where there is none (parallel to `cells`). */
  headers: (Sentence | null)[];
  /** The table's header row (its cells say what the columns hold) or a rule line ("|---|"). */
  role: 'header' | 'rule' | 'row';
}

interface RawCell extends Sentence {
  /** Offset of the cell from the start of its line: aligned columns are matched by position. */
  column: number;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

const RULE = /^[\s|+:=-]*-{2,}[\s|+:=-]*$/u;
const MAX_ALIGNED_CELL = 40;
const MAX_ALIGNED_WORDS = 6;

function cellsBy(line: Line, re: RegExp): RawCell[] {
  const out: RawCell[] = [];
  let from = 0;
  const push = (a: number, b: number) => {
    const raw = line.text.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    out.push({ start: line.start + a + lead, end: line.start + a + lead + body.length, text: body, column: a + lead });
  };
  for (const m of line.text.matchAll(re)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, line.text.length);
  return out;
}

/** The cells of a line of one kind, empty ones kept (they hold a column's place); null when it is no row of that kind. */
function split(line: Line, kind: TableKind): RawCell[] | null {
  if (kind === 'pipe') {
    if (!line.text.includes('|')) return null;
    const cells = cellsBy(line, /\|/gu);
    // A leading and a trailing pipe frame the row; they open no column.
    if (cells.length && /^\s*\|/u.test(line.text) && cells[0]!.text === '') cells.shift();
    if (cells.length && /\|\s*$/u.test(line.text) && cells[cells.length - 1]!.text === '') cells.pop();
    return cells.length >= 2 ? cells : null;
  }
  if (kind === 'tab') {
    if (!/\S\t+\S/u.test(line.text)) return null;
    return cellsBy(line, /\t/gu);
  }
  const cells = cellsBy(line, / {2,}|\t+/gu).filter((c) => c.text !== '');
  if (cells.length < 2) return null;
  for (const c of cells) {
    if (c.text.length > MAX_ALIGNED_CELL || c.text.split(/\s+/u).length > MAX_ALIGNED_WORDS) return null;
    if (c.text.length > 4 && /[.!?]["”»]?$/u.test(c.text)) return null;
  }
  return cells;
}

function kindOf(line: Line): TableKind | null {
  // Cheap test first: most lines hold no pipe, no tab and no run of spaces.
  if (!/[|\t]|\S {2,}\S/u.test(line.text)) return null;
  if (split(line, 'pipe')) return 'pipe';
  if (split(line, 'tab')) return 'tab';
  if (split(line, 'aligned')) return 'aligned';
  return null;
}

const MONTH_WORDS = new Set([...Object.keys(MONTHS), ...Object.keys(MONTHS_RU)]);
/** A year that qualifies a word ("Population 2021", "Losses 1941–1944"), not a month's ("April 1944"). */
const QUALIFYING_YEAR = /(\p{L}[\p{L}.]*)\s+(?:in\s+)?(?:1[89]\d\d|20\d\d)(?:\s*[–-]\s*\d{2,4})?(?!\d)/gu;
const unqualified = (text: string) =>
  text
    .replace(/\([^)]*\)/gu, '')
    .replace(QUALIFYING_YEAR, (m, word: string) =>
      MONTH_WORDS.has(word.toLowerCase().replace(/\.$/u, '')) ? m : word,
    );

/** A header holds no figure: a year in brackets ("Losses (1941–1944)") or after a word ("Pop. 2021") aside. */
const isHeader = (cells: RawCell[]) => !cells.some((c) => /\d/u.test(unqualified(c.text)));

const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/** The header cell above each cell: by index for pipes and tabs, by overlapping text for aligned columns. */
function headersFor(kind: TableKind, cells: RawCell[], header: RawCell[] | null): (Sentence | null)[] {
  if (!header) return cells.map(() => null);
  if (kind !== 'aligned') {
    // Tabs that pad a cell ("Kiev\t\t19 September 1941") leave empty cells; when the row then has more
    // cells than the header, the empty ones are padding, not columns.
    const filled = cells.filter((c) => c.text !== '');
    const byIndex = kind === 'tab' && cells.length > header.length && filled.length <= header.length ? filled : cells;
    return cells.map((c) => {
      const i = byIndex.indexOf(c);
      const h = i >= 0 ? header[i] : undefined;
      return h && h.text !== '' ? h : null;
    });
  }
  const spans = header.map((h, i) => [h.column, header[i + 1]?.column ?? Infinity] as const);
  return cells.map((c) => {
    const width = c.text.length;
    let bestAt = -1;
    let best = 0;
    spans.forEach(([a, b], i) => {
      const o = overlap(c.column, c.column + width, a, b);
      if (o > best) [best, bestAt] = [o, i];
    });
    return bestAt >= 0 ? header[bestAt]! : null;
  });
}

/**
 * The table rows among lines (one per paragraph), by the line's index; lines
 * that are no table row are left out.
 */
export function tableRows(lines: Line[]): Map<number, TableRow> {
  const out = new Map<number, TableRow>();
  let i = 0;
  while (i < lines.length) {
    const kind = kindOf(lines[i]!);
    if (!kind) {
      i++;
      continue;
    }
    // The block: this line and the next ones of the same kind (rule lines belong to it).
    const block: number[] = [];
    let j = i;
    while (j < lines.length && (RULE.test(lines[j]!.text) ? block.length > 0 : split(lines[j]!, kind))) {
      block.push(j);
      j++;
    }
    while (block.length && RULE.test(lines[block[block.length - 1]!]!.text)) block.pop();
    const rows = block.filter((k) => !RULE.test(lines[k]!.text));
    if (rows.length < 2) {
      i = Math.max(i + 1, j);
      continue;
    }
    const first = split(lines[rows[0]!]!, kind)!;
    // A rule line under the first row ("|---|---|") makes it the header, whatever it holds ("Pop. 2021").
    const ruled =
      block[block.indexOf(rows[0]!) + 1] !== undefined && RULE.test(lines[block[block.indexOf(rows[0]!) + 1]!]!.text);
    const header = ruled || isHeader(first) ? first : null;
    for (const k of block) {
      if (RULE.test(lines[k]!.text)) {
        out.set(k, { kind, cells: [], headers: [], role: 'rule' });
        continue;
      }
      const all = split(lines[k]!, kind)!;
      const role = header && k === rows[0] ? 'header' : 'row';
      const headers = role === 'header' ? all.map(() => null) : headersFor(kind, all, header);
      const kept = all.map((c, n) => [c, headers[n]!] as const).filter(([c]) => c.text !== '');
      out.set(k, {
        kind,
        cells: kept.map(([c]) => ({ start: c.start, end: c.end, text: c.text })),
        headers: kept.map(([, h]) => (h ? { start: h.start, end: h.end, text: h.text } : null)),
        role,
      });
    }
    i = j;
  }
  return out;
}
