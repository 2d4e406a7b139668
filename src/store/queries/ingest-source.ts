/**
 * The source record of an ingested document: from the HTML's metadata where
 * there is some, else from the file name; flags given on the command line win.
 * Its id is derived from what identifies the work (URL, else title and author),
 * so two saves of the same article share one source.
 */
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { LANGS, SourceSchema, type Lang, type Source } from '../../domain/index.js';
import type { MainText } from '../../pipeline/types.js';

export interface SourceOverrides {
  title?: string;
  author?: string;
  url?: string;
  kind?: Source['kind'];
}

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}

/** "2023-05-09T10:00:00Z" → "2023-05-09"; anything not a date → undefined. */
function issuedFrom(published: string | undefined): string | undefined {
  const m = published ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published.trim()) : null;
  if (!m) return undefined;
  return [m[1], m[2], m[3]].filter(Boolean).join('-');
}

function langFrom(lang: string | undefined): Lang | undefined {
  const two = lang?.slice(0, 2).toLowerCase();
  return (LANGS as readonly string[]).includes(two ?? '') ? (two as Lang) : undefined;
}

function validUrl(u: string | undefined): string | undefined {
  if (!u) return undefined;
  try {
    return new URL(u).toString();
  } catch {
    return undefined;
  }
}

export function sourceFor(
  fileName: string,
  main: Pick<MainText, 'title' | 'meta'>,
  mediaType: string,
  overrides: SourceOverrides = {},
  today = new Date(),
): Source {
  const fromMeta = main.meta;
  const fileTitle = basename(fileName, extname(fileName)) || basename(fileName) || 'untitled document';
  // A plain-text capture's first line is often a heading, not the work's title: only HTML's <title> counts.
  const title = overrides.title ?? (mediaType === 'text/html' && main.title ? main.title : fileTitle);
  const author = overrides.author ?? fromMeta.author;
  const url = validUrl(overrides.url ?? fromMeta.url);
  const key = url ?? JSON.stringify([title, author ?? null, fromMeta.siteName ?? null]);
  const id = `user-${slug(title) || 'document'}-${createHash('sha256').update(key).digest('hex').slice(0, 8)}`;
  const issued = issuedFrom(fromMeta.published);
  const language = langFrom(fromMeta.lang);
  const source: Source = {
    id,
    kind: overrides.kind ?? 'tertiary',
    type: mediaType === 'text/html' || url ? 'webpage' : 'document',
    title,
    ...(author && { author: [{ literal: author }] }),
    ...(fromMeta.siteName && { containerTitle: fromMeta.siteName }),
    // The schema needs an author, a publisher or a container; say honestly that none is known.
    ...(!author && !fromMeta.siteName && { publisher: 'unknown (document supplied by a user)' }),
    ...(issued && { issued }),
    ...(url && { url }),
    accessed: today.toISOString().slice(0, 10),
    ...(language && { language }),
    reliability: `Supplied by a user through ingest (${basename(fileName)}); not reviewed.`,
  };
  return SourceSchema.parse(source);
}
