import type { Queryable } from '../../store/db.js';
import type { UiLang } from '../i18n.js';

/** What a page needs to render: the store, the interface language and its own address. */
export interface PageContext {
  db: Queryable;
  lang: UiLang;
  /** Language-neutral path with the query string, e.g. `/compare?sort=heroes`. */
  path: string;
  query: (name: string) => string | undefined;
  /** The origin the page was asked for; linked-data ids are built from it (HERO_CITIES_PUBLIC_URL wins). */
  origin: string;
}
