/**
 * The whole knowledge base as one JSON document: every place with its names,
 * country, coordinates, events (with dates), memorials and accepted claims,
 * each claim with its references; the title's own sections; every source.
 * The output is stable (no timestamps), so two exports of one store diff cleanly.
 */
import type { Claim, Memorial, Place, Source } from '../domain/index.js';
import type { Queryable } from '../store/db.js';
import { getPlace } from '../store/queries/get-place.js';
import type { EventSummary } from '../store/queries/list-events.js';
import { listPlaces } from '../store/queries/list-places.js';
import { listSources } from '../store/queries/list-sources.js';
import { listTitleSections, type TitleSection } from '../store/queries/list-title-sections.js';

export interface JsonExport {
  format: 'hero-cities-export';
  version: 1;
  places: (Place & {
    events: EventSummary[];
    memorials: Memorial[];
    claims: Claim[];
    /** Slot (property, casualties:<side>, quantity:<what>) to the id of the claim shown for it. */
    preferred: Record<string, string>;
  })[];
  title: TitleSection[];
  sources: (Source & { origin: 'curated' | 'user' })[];
}

export async function buildJsonExport(db: Queryable): Promise<JsonExport> {
  const places: JsonExport['places'] = [];
  for (const summary of await listPlaces(db)) {
    const detail = await getPlace(db, summary.id);
    if (!detail) continue;
    places.push({
      ...detail.place,
      events: detail.events,
      memorials: detail.memorials,
      claims: detail.claims.filter((c) => c.status === 'accepted'),
      preferred: Object.fromEntries(Object.entries(detail.preferred).map(([slot, c]) => [slot, c.id])),
    });
  }
  const sources = (await listSources(db)).map(({ claimCount: _c, documentCount: _d, ...s }) => s);
  return { format: 'hero-cities-export', version: 1, places, title: await listTitleSections(db), sources };
}

export async function exportJson(db: Queryable): Promise<string> {
  return JSON.stringify(await buildJsonExport(db), null, 2) + '\n';
}
