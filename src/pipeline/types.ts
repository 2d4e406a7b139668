/**
 * The data that flows between the pipeline's stages:
 *   bytes ─decode─► Decoded ─mainText─► MainText ─segment─► … ─relate─► ExtractedClaim[] ─reconcile─► ReconciledClaim[]
 * Offsets (spans) always index into MainText.text, the text that is stored.
 */
import type { ClaimValue, Property, Qualifiers } from '../domain/index.js';

export type Span = [start: number, end: number];

export interface Decoded {
  text: string;
  /** The encoding the bytes were in: 'utf-8', 'windows-1251', 'koi8-r', 'utf-16le', … */
  charset: string;
  mediaType: 'text/html' | 'text/plain';
}

export interface MainText {
  /** The article's text; for plain text, the kept lines verbatim. */
  text: string;
  title: string | null;
  /** Bibliographic hints found in the document (HTML metadata), for the source record. */
  meta: { author?: string; siteName?: string; published?: string; url?: string; lang?: string };
  /** How many lines or blocks were dropped as boilerplate. */
  dropped: number;
}

export interface ExtractedClaim {
  subject: string;
  property: Property;
  value: ClaimValue;
  /** Exact substring of MainText.text: text.slice(span[0], span[1]) === quote. */
  quote: string;
  span: Span;
  qualifiers: Qualifiers;
  /** Name of the pattern that made the claim, for debugging and evaluation. */
  recogniser: string;
  /** Event name, for the scorer's optional `event` field. */
  event?: string;
}

export type Verdict = 'agrees' | 'new' | 'conflicts';

export interface ReconciledClaim extends ExtractedClaim {
  verdict: Verdict;
  /** Ids of the accepted claims it agrees or conflicts with. */
  with: string[];
}

export type PipelineErrorCode = 'empty' | 'binary' | 'encoding' | 'too-large' | 'unreadable';

/** A document the pipeline cannot take; the message says why, for the file's line in a batch report. */
export class PipelineError extends Error {
  constructor(
    readonly code: PipelineErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PipelineError';
  }
}
