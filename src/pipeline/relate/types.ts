/** What a claim pattern sees, and what it returns. */
import type { ClaimValue, Property } from '../../domain/index.js';
import type { Mention } from '../recognise/types.js';
import type { Sentence } from '../segment.js';
import type { Key } from './table.js';

export interface SentenceContext {
  /** The whole main text (offsets are absolute). */
  text: string;
  sentence: Sentence;
  mentions: Mention[];
  /** The place the sentence is about, or null when it cannot be told. */
  subject: string | null;
  /** The event the sentence is about (its own, else the last one named for the subject). */
  event?: string;
  /** What the sentence's bare values are (a table column's header, a list's heading, a line's key): see table.ts. */
  key?: Key;
  /** Mentions an earlier pattern has turned into a claim; later patterns leave them alone. */
  used: Set<Mention>;
}

export interface Draft {
  property: Property;
  value: ClaimValue;
  start: number;
  end: number;
  event?: string;
  /** Set when the claim is about another place than the sentence's subject (one of a list: "Kerch and Novorossiysk were…"). */
  subject?: string;
}

/** Turns a sentence's mentions into claims. Finding nothing is an empty list. */
export interface ClaimPattern {
  name: string;
  relate(ctx: SentenceContext): Draft[];
}
