import type { Db } from '../store/db.js';

/** What every route handler may use; built once at start-up. */
export interface AppContext {
  db: Db;
  /** Signs session cookies; from HERO_CITIES_SECRET, else generated and kept in the data directory. */
  secret: string;
  /** Set when the app runs behind TLS, so cookies get `Secure`. */
  secureCookies: boolean;
}
