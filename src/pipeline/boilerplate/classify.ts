/**
 * Line classifiers for plain text captured from the web. Each returns the
 * reason a line is boilerplate, or null to keep it. They never edit a line:
 * main-text.ts keeps or drops whole lines, so a quote from the kept text is an
 * exact substring of the document.
 */
import { COMMENT_HEADERS, NAV_WORDS, NOTICE_PHRASES, PREFIXES, WHOLE_LINE } from './markers.js';

export type DropReason = 'chrome' | 'navigation' | 'notice' | 'url' | 'comments';

/** Trimmed, bullets and list numbers off, quotes straightened, lower case. */
export function normaliseLine(line: string): string {
  return line
    .trim()
    .replace(/^([•·▪●◦*\-–—>]+|\d{1,3}[.)])\s*/u, '')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

const SENTENCE_END = /[.!?;:…]["”»')]*$/;
const URL_ONLY = /^(https?:\/\/|www\.)\S+$/;

/** A row of navigation links or share buttons: short, no sentence, only nav words. */
function isNavigationRow(norm: string): boolean {
  if (SENTENCE_END.test(norm)) return false;
  const words = norm.split(/[\s|·•/]+/).filter(Boolean);
  if (words.length < 2 || words.length > 16) return false;
  const nav = words.filter((w) => NAV_WORDS.has(w));
  const navShare = nav.length / words.length;
  // "Home Girls photos Travel Famous Russian Women Wallpapers": a menu starting with Home and holding
  // several other menu words, or a row made almost only of menu words.
  if (words[0] === 'home' && nav.length >= 3) return true;
  return nav.length >= 3 && navShare >= 0.75;
}

/** The notice phrases as one case-insensitive pattern: a long paragraph is searched once, not lower-cased and searched eight times. */
const ANY_NOTICE = new RegExp(NOTICE_PHRASES.map((re) => `(?:${re.source})`).join('|'), 'i');

/** Longer than this, a line is prose: only the start-anchored and notice markers can apply. */
const SHORT_LINE = 200;

/** Why this single line is boilerplate, judged on its own; null to keep it. */
export function classifyLine(line: string): DropReason | null {
  if (line.length === 0) return null;
  if (line.length > SHORT_LINE) {
    // Fast path for paragraphs (most of a document): markers anchored at the start look at the start only.
    const head = normaliseLine(line.slice(0, SHORT_LINE));
    if (PREFIXES.some((re) => re.test(head))) return 'chrome';
    return ANY_NOTICE.test(line) ? 'notice' : null;
  }
  const norm = normaliseLine(line);
  if (norm === '') return null;
  if (WHOLE_LINE.has(norm) || WHOLE_LINE.has(norm.replace(/[:.]+$/, ''))) return 'chrome';
  if (PREFIXES.some((re) => re.test(norm))) return 'chrome';
  if (NOTICE_PHRASES.some((re) => re.test(norm))) return 'notice';
  if (URL_ONLY.test(norm)) return 'url';
  if (isNavigationRow(norm)) return 'navigation';
  return null;
}

const BLANK = /^\s*$/;

export function isCommentHeader(line: string): boolean {
  if (BLANK.test(line)) return false;
  const norm = normaliseLine(line).replace(/[“”"«»]/g, '"');
  return COMMENT_HEADERS.some((re) => re.test(norm));
}

/**
 * Classifies every line of a text. The comment rule needs the whole text: a
 * comment header in the second half of the document drops everything after it.
 */
export function classifyLines(lines: readonly string[]): Array<DropReason | null> {
  const reasons = lines.map(classifyLine);
  const total = lines.reduce((n, l) => n + l.length + 1, 0);
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (offset >= total * 0.5 && isCommentHeader(line)) {
      for (let j = i; j < lines.length; j++) if (lines[j]!.trim() !== '') reasons[j] = 'comments';
      break;
    }
    offset += line.length + 1;
  }
  return reasons;
}
