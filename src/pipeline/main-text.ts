/**
 * Stage 2, main text: the article without the page around it.
 *
 * - HTML: @mozilla/readability over a linkedom document finds the article;
 *   its headings, paragraphs, list items and captions each become one
 *   paragraph, separated by blank lines; a table row becomes one line of
 *   cells joined by " | ", the form segment.ts reads as a table row. Metadata (title, author, site name,
 *   publication time, canonical URL, language) is read before readability
 *   rewrites the document. When readability finds nothing, the body's block
 *   text is used instead.
 * - Plain text (usually a web page saved as text): whole lines of page chrome
 *   are dropped (see boilerplate/); every kept line is copied verbatim, so any
 *   quote taken from the main text is an exact substring of the document.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { classifyLine, classifyLines } from './boilerplate/classify.js';
import type { Decoded, MainText } from './types.js';

export function mainText(decoded: Decoded): MainText {
  return decoded.mediaType === 'text/html' ? htmlMainText(decoded.text) : plainMainText(decoded.text);
}

// ─── plain text ──────────────────────────────────────────────────────────────

const LINE_BREAK = /\r\n|\n|\r/;

export function plainMainText(text: string): MainText {
  const lines = text.replace(/^\uFEFF/, '').split(LINE_BREAK);
  const reasons = classifyLines(lines);
  const keep = reasons.map((r) => r === null);
  let dropped = 0;
  for (let i = 0; i < lines.length; i++) {
    if (keep[i]) continue;
    if (reasons[i] !== null) dropped++;
    // Take the blank line after a dropped one with it, so "A, blank, junk, blank, B" becomes "A, blank, B".
    if (i + 1 < lines.length && lines[i + 1]!.trim() === '' && keep[i + 1]) keep[i + 1] = false;
  }
  // Leading and trailing blank lines go too; shift() on a long array is slow, so find the bounds instead.
  let from = 0;
  let to = lines.length;
  while (from < to && (!keep[from] || lines[from]!.trim() === '')) from++;
  while (to > from && (!keep[to - 1] || lines[to - 1]!.trim() === '')) to--;
  const first = from < to ? lines[from]!.trim() : null;
  const title = first !== null && first.length <= 120 && !/[.!?]["”»]?$/.test(first) ? first : null;
  let out: string;
  if (dropped === 0 && !text.includes('\r')) {
    // Nothing dropped inside (the common case for a long plain text): the kept lines are one slice
    // of the input, so no array of copies is joined again.
    out = sliceLines(text.replace(/^\uFEFF/, ''), lines, from, to);
  } else {
    const kept: string[] = [];
    for (let i = from; i < to; i++) if (keep[i]) kept.push(lines[i]!);
    out = kept.join('\n');
  }
  return { text: out, title, meta: {}, dropped };
}

/** Lines [from, to) of a text split on "\n" only: the same string as lines.slice(from, to).join("\n"). */
function sliceLines(text: string, lines: readonly string[], from: number, to: number): string {
  let start = 0;
  for (let i = 0; i < from; i++) start += lines[i]!.length + 1;
  let end = start;
  for (let i = from; i < to; i++) end += lines[i]!.length + (i + 1 < to ? 1 : 0);
  return text.slice(start, end);
}

// ─── HTML ────────────────────────────────────────────────────────────────────

/** Elements whose text is never article text. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'FORM',
  'HEAD',
]);
/** In the fallback (no readability result), page furniture is skipped too. */
const SKIP_FALLBACK = new Set([...SKIP, 'NAV', 'HEADER', 'FOOTER', 'ASIDE', 'MENU']);
/** Elements that start a new paragraph. */
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BR',
]);

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

/** The block texts under a node, in order, whitespace collapsed; one string per paragraph. */
export function blockTexts(root: NodeLike, skip: ReadonlySet<string> = SKIP): string[] {
  const out: string[] = [];
  let buf = '';
  const flush = () => {
    const t = buf.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    buf = '';
  };
  const walk = (node: NodeLike) => {
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i]!;
      if (child.nodeType === 3) {
        buf += child.textContent ?? '';
      } else if (child.nodeType === 1) {
        const tag = child.nodeName.toUpperCase();
        if (skip.has(tag)) continue;
        if (tag === 'TR') {
          flush();
          const cells = [...Array.from(child.childNodes)]
            .filter((c) => c.nodeType === 1 && /^T[DH]$/iu.test(c.nodeName))
            .map((c) => blockTexts(c, skip).join(' '));
          if (cells.some((c) => c !== '')) out.push(cells.join(' | '));
          continue;
        }
        if (BLOCK.has(tag)) {
          flush();
          walk(child);
          flush();
        } else {
          walk(child);
        }
      }
    }
  };
  walk(root);
  flush();
  return out;
}

type Doc = ReturnType<typeof parseHTML>['document'];

/** Every <meta> of the page by its name, property, itemprop or http-equiv (lower case); the first one wins. */
function metaMap(doc: Doc): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta')) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !out.has(key)) out.set(key, content);
    }
  }
  return out;
}

function readMeta(doc: Doc): { title: string | null; meta: MainText['meta'] } {
  const metas = metaMap(doc);
  const first = (...keys: string[]) => keys.map((k) => metas.get(k)).find((v) => v !== undefined);
  const meta: MainText['meta'] = {};
  const author = first('author', 'article:author', 'dc.creator');
  if (author && !/^https?:\/\//.test(author)) meta.author = author;
  const siteName = first('og:site_name', 'application-name');
  if (siteName) meta.siteName = siteName;
  const published = first('article:published_time', 'date', 'dc.date', 'datepublished');
  if (published) meta.published = published;
  const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || first('og:url');
  if (url && /^https?:\/\//.test(url)) meta.url = url;
  const lang = doc.documentElement?.getAttribute('lang')?.trim() || first('content-language');
  if (lang) meta.lang = lang;
  const title =
    first('og:title') ||
    doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() ||
    doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() ||
    null;
  return { title, meta };
}

export function htmlMainText(html: string): MainText {
  const { document } = parseHTML(html);
  const { title, meta } = readMeta(document);
  removeFurniture(document);
  let blocks: string[] = [];
  try {
    const article = new Readability<NodeLike>(document as unknown as Document, {
      charThreshold: 200,
      serializer: (node) => node as unknown as NodeLike,
    }).parse();
    if (article?.content) blocks = blockTexts(article.content);
    if (!meta.author && article?.byline) meta.author = article.byline.trim();
    if (!meta.siteName && article?.siteName) meta.siteName = article.siteName;
    if (!meta.published && article?.publishedTime) meta.published = article.publishedTime;
  } catch {
    // Readability can throw on odd markup; the fallback below still reads the page.
  }
  if (blocks.length === 0) {
    const fresh = parseHTML(html).document;
    const body = (fresh.body ?? fresh.documentElement) as unknown as NodeLike | null;
    blocks = body ? blockTexts(body, SKIP_FALLBACK) : [];
  }
  const kept = blocks.filter((b) => classifyLine(b) === null);
  const cleanedTitle = title ? cleanTitle(title, meta.siteName) : null;
  // Readability removes an <h1> that repeats the title; put it back, since it often names the
  // document's main subject (later stages use it as the topic of sentences that name none).
  if (cleanedTitle && kept.length > 0 && !kept.slice(0, 3).some((b) => b.includes(cleanedTitle)))
    kept.unshift(cleanedTitle);
  return {
    text: kept.join('\n\n'),
    title: cleanedTitle,
    meta,
    dropped: blocks.length - kept.length,
  };
}

/**
 * Navigation, sidebars and the page's own header and footer are never the article. Readability
 * drops most of them by itself, but not on short pages, where it takes the whole body.
 * A header or footer inside an <article> belongs to it (the title, the byline) and stays.
 */
function removeFurniture(doc: Doc): void {
  const selectors =
    'nav, aside, menu, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [aria-hidden="true"]';
  for (const el of [...doc.querySelectorAll(selectors)]) el.remove();
  for (const el of [...doc.querySelectorAll('header, footer')]) if (!el.closest('article, main')) el.remove();
}

/** "Minsk under occupation | Example Notes" → "Minsk under occupation" when the tail is the site name. */
function cleanTitle(title: string, siteName: string | undefined): string {
  if (!siteName) return title;
  const m = /^(.*\S)\s+[|–—-]\s+(.+)$/.exec(title);
  return m && m[2]!.trim() === siteName ? m[1]! : title;
}
