/**
 * Turns the dataset files into the records the store holds. Curated claim ids
 * are derived from what the claim says, so re-seeding an unchanged claim keeps
 * its id (and every link to it) stable.
 */
import { createHash } from 'node:crypto';
import {
  corpusValue,
  type Claim,
  type ClaimValue,
  type HistoricalEvent,
  type Memorial,
  type Place,
  type Source,
} from '../domain/index.js';
import type { Dataset } from './load-dataset.js';

export interface DatasetRecords {
  sources: Source[];
  places: Place[];
  events: HistoricalEvent[];
  memorials: Memorial[];
  claims: Claim[];
}

/**
 * Made from the value in the corpus's vocabulary (see corpusValue), so adding
 * or rewording a translation such as a quantity's `what_ru` keeps the id.
 */
export function curatedClaimId(subject: string, property: string, value: unknown, qualifiers: object): string {
  const h = createHash('sha256')
    .update(JSON.stringify([subject, property, corpusValue(value as ClaimValue), qualifiers]))
    .digest('hex');
  return `cur-${h.slice(0, 16)}`;
}

export function toRecords(ds: Dataset): DatasetRecords {
  const places: Place[] = [];
  const events: HistoricalEvent[] = [];
  const memorials: Memorial[] = [];
  const claims: Claim[] = [];
  for (const file of ds.places) {
    const { events: fileEvents, memorials: fileMemorials, claims: fileClaims, ...place } = file;
    places.push(place);
    for (const e of fileEvents) events.push({ ...e, places: e.places ?? [file.id] });
    for (const { references, ...m } of fileMemorials) {
      memorials.push({ ...m, place: file.id });
      // A memorial is also a claim about its place, cited like any other.
      const value = { name: m.name.en, year: m.year };
      claims.push({
        id: curatedClaimId(file.id, 'memorial', value, { memorial: m.id }),
        subject: file.id,
        property: 'memorial',
        value,
        qualifiers: {},
        references,
        status: 'accepted',
        rank: 'normal',
        rankReason: null,
        origin: { kind: 'curated' },
      });
    }
    for (const c of fileClaims) {
      const subject = c.subject ?? file.id;
      const qualifiers = {
        ...(c.event !== undefined && { event: c.event }),
        ...(c.act !== undefined && { act: c.act }),
        ...(c.note !== undefined && { note: c.note }),
      };
      claims.push({
        id: curatedClaimId(subject, c.property, c.value, qualifiers),
        subject,
        property: c.property,
        value: c.value as Claim['value'],
        qualifiers,
        references: c.references,
        status: 'accepted',
        rank: c.rank,
        rankReason: c.rankReason ?? null,
        origin: { kind: 'curated' },
      });
    }
  }
  return { sources: ds.sources, places, events, memorials, claims };
}
