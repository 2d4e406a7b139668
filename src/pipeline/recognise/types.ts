/**
 * Mentions: what the recognisers find in a sentence. Offsets are absolute
 * (into MainText.text). Every mention names the recogniser that made it.
 */
import type { Side } from '../../domain/index.js';
import type { Gazetteer } from '../gazetteer.js';
import type { Sentence } from '../segment.js';

interface Base {
  start: number;
  end: number;
  recogniser: string;
}

/**
 * How a place is named. 'name' and 'demonym' name it outright; 'event' is
 * the place inside an event's name ("Battle of Moscow"); 'reference' a place
 * named only as a yardstick or an origin ("second only to Stalingrad"), never
 * what the sentence is about; 'feature' a
 * neighbouring feature or a compound ("Kerch Peninsula", "Kerch-Feodosia"):
 * weaker evidence of what a sentence is about.
 */
export type PlaceRole = 'name' | 'possessive' | 'demonym' | 'event' | 'feature' | 'reference';

export interface PlaceMention extends Base {
  kind: 'place';
  place: string;
  role: PlaceRole;
}

export interface DateMention extends Base {
  kind: 'date';
  /** Partial date, YYYY[-MM[-DD]]. */
  value: string;
  /** A year that qualifies a noun ("the offensive of 1942"): not the date of an event. */
  attributive?: boolean;
}

export interface RangeMention extends Base {
  kind: 'range';
  from: DateMention;
  to: DateMention;
}

/**
 * What a figure measures when it is not a plain count of people or things:
 *   'percent' a share in per cent ("93% of the buildings"), history like a count;
 *   'money'   "$5", "300 roubles", «50 грн», "USD 20";
 *   'clock'   a time of day: "10:00", "4 a.m.", «с 10.00 до 18.00»;
 *   'phone'   "+7 (8442) 23-72-42", "tel. 555-35-35";
 *   'label'   a number that names: "p. 45", "vol. 3", "Day 2:", "bus 12", «зал 3»;
 *   'age'     "aged 12", "a 12-year-old", «в возрасте 12 лет»;
 *   'score'   "5 points", "4.5 stars", "3/5", "rated 4.8";
 *   'visit'   how long a visit or a trip takes: "a 1-day tour", "a 3-hour walk",
 *             "20 minutes from the station", "the excursion takes 2 hours".
 * Every measure but 'percent' is never history: see `countsAsHistory` (util.ts).
 */
export type Measure = 'percent' | 'money' | 'clock' | 'phone' | 'label' | 'age' | 'score' | 'visit';

export interface QuantityMention extends Base {
  kind: 'quantity';
  min: number | null;
  max: number | null;
  /** Set when the figure is a span of time ("for 45 days", "900-day", "3 hours"). */
  unit?: 'day' | 'week' | 'month' | 'year' | 'hour' | 'minute';
  /** Set when the figure is not a plain count: money, a time of day, a page… */
  measure?: Measure;
  /**
   * "hundreds of thousands", «десятки тысяч», "several thousand": a magnitude,
   * not a figure. Read as {min: 2 × the magnitude, max: null} (a plural means at
   * least two of it; the text gives no upper bound, so none is invented).
   */
  vague?: boolean;
  /** The noun phrase it counts ("fighter battalions"), with its end offset. */
  noun: string;
  nounEnd: number;
  /** "330,000-strong", "900-day": the figure qualifies the following noun. */
  adjectival?: boolean;
}

export type AwardKind =
  | 'hero-city'
  | 'hero-fortress'
  | 'hero-city-ukraine'
  | 'honorary-title'
  | 'order-of-lenin'
  | 'gold-star'
  | 'hero-soviet-union';

export interface AwardMention extends Base {
  kind: 'award';
  award: AwardKind;
  /** "the Hero City of Stalingrad", "Hero City #3": the title used as a name, not conferred. */
  asName?: boolean;
}

export interface EventMention extends Base {
  kind: 'event';
  name: string;
  place?: string;
}

export interface SideMention extends Base {
  kind: 'side';
  side: Side;
}

export interface MemorialMention extends Base {
  kind: 'memorial';
  name: string;
}

export type Mention =
  | PlaceMention
  | DateMention
  | RangeMention
  | QuantityMention
  | AwardMention
  | EventMention
  | SideMention
  | MemorialMention;

export interface SentenceInput {
  sentence: Sentence;
  gazetteer: Gazetteer;
  /** The year the paragraph's sentences before this one last gave: a date with none of its own may take it. */
  year?: number;
}

/** Finds one kind of expression in a sentence. Finding nothing is an empty list. */
export interface Recogniser {
  name: string;
  recognise(input: SentenceInput, found: Mention[]): Mention[];
}
