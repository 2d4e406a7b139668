import { Hono } from 'hono';
import type { AppContext } from '../server/context.js';

/** The JSON API (/api/v1) and its OpenAPI document: see issue 5. */
export function createApiApp(_ctx: AppContext): Hono {
  return new Hono();
}
