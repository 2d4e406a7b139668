/**
 * The sentence around a quote: given a window of document text and the quote's
 * span, returns the text before the quote back to the start of its sentence,
 * the quote itself, and the text after it to the end of the sentence. Pure, so
 * the workbench can render the three parts as escaped text with the quote marked.
 */

export interface Snippet {
  /** True when the sentence was cut because it ran past the window or the length cap. */
  cutBefore: boolean;
  before: string;
  quote: string;
  after: string;
  cutAfter: boolean;
}

/** Sentence ends: . ! ? … followed by space, or a line break. */
const END = /[.!?…]["»”')\]]?\s|\n/g;
const MAX_SIDE = 320;

export function sentenceAround(
  window: string,
  windowStart: number,
  spanStart: number,
  spanEnd: number,
): Snippet | null {
  const s = spanStart - windowStart;
  const e = spanEnd - windowStart;
  if (s < 0 || e > window.length || e < s) return null;
  let from = 0;
  let foundStart = windowStart === 0;
  for (const m of window.slice(0, s).matchAll(END)) {
    from = (m.index ?? 0) + m[0].length;
    foundStart = true;
  }
  let to = window.length;
  let foundEnd = false;
  END.lastIndex = 0;
  const rest = window.slice(e);
  const m = /[.!?…]["»”')\]]?(?=\s|$)|\n/.exec(rest);
  if (m) {
    to = e + m.index + (m[0] === '\n' ? 0 : m[0].length);
    foundEnd = true;
  }
  let before = window.slice(from, s).replace(/^\s+/, '');
  let after = window.slice(e, to).replace(/\s+$/, '');
  let cutBefore = !foundStart;
  let cutAfter = !foundEnd;
  if (before.length > MAX_SIDE) {
    before = before.slice(before.length - MAX_SIDE).replace(/^\S*\s/, '');
    cutBefore = true;
  }
  if (after.length > MAX_SIDE) {
    after = after.slice(0, MAX_SIDE).replace(/\s\S*$/, '');
    cutAfter = true;
  }
  return { cutBefore, before, quote: window.slice(s, e), after, cutAfter };
}
