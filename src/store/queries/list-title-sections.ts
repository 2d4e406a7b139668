import type { TitleFile } from '../../domain/index.js';
import type { Queryable } from '../db.js';

export type TitleSection = TitleFile['sections'][number];

/** The sections about the title itself (its history, what it brought, the Hero Fortress), in their order. */
export async function listTitleSections(db: Queryable): Promise<TitleSection[]> {
  const { rows } = await db.query<{ record: TitleSection }>('SELECT record FROM title_section ORDER BY ord, id');
  return rows.map((r) => r.record);
}
