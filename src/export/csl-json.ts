/**
 * Sources as CSL-JSON, the format citation processors and Zotero read. Our
 * source records already use CSL's item types and field meanings; this only
 * renames fields to CSL's spelling and splits partial dates into date-parts.
 */
import { parsePartialDate, type Source } from '../domain/index.js';
import type { Queryable } from '../store/db.js';
import { listSources } from '../store/queries/list-sources.js';

export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: ({ family: string; given?: string } | { literal: string })[];
  'container-title'?: string;
  publisher?: string;
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  URL?: string;
  language?: string;
  note?: string;
}

function dateParts(date: string | undefined): { 'date-parts': number[][] } | undefined {
  const p = date === undefined ? null : parsePartialDate(date);
  if (!p) return undefined;
  return {
    'date-parts': [[p.year, ...(p.month !== undefined ? [p.month] : []), ...(p.day !== undefined ? [p.day] : [])]],
  };
}

export function sourceToCsl(s: Source): CslItem {
  const issued = dateParts(s.issued);
  const accessed = dateParts(s.accessed);
  return {
    id: s.id,
    type: s.type,
    title: s.title,
    ...(s.author && { author: s.author.map((a) => ({ ...a })) }),
    ...(s.containerTitle !== undefined && { 'container-title': s.containerTitle }),
    ...(s.publisher !== undefined && { publisher: s.publisher }),
    ...(issued && { issued }),
    ...(accessed && { accessed }),
    ...(s.url !== undefined && { URL: s.url }),
    ...(s.language !== undefined && { language: s.language }),
    note: `${s.kind} source. ${s.reliability}`,
  };
}

/** Keeps only the Source fields (list-sources adds counts and the origin). */
function asSource(s: Source & { origin?: unknown; claimCount?: unknown; documentCount?: unknown }): Source {
  const rest: Record<string, unknown> = { ...s };
  for (const k of ['origin', 'claimCount', 'documentCount']) delete rest[k];
  return rest as Source;
}

export async function cslJson(db: Queryable): Promise<CslItem[]> {
  const sources = await listSources(db);
  return sources.map((s) => sourceToCsl(asSource(s))).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export async function exportCslJson(db: Queryable): Promise<{ contentType: string; body: string }> {
  return {
    contentType: 'application/vnd.citationstyles.csl+json',
    body: JSON.stringify(await cslJson(db), null, 2) + '\n',
  };
}
