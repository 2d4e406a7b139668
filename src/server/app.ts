/**
 * Composes the HTTP application: health check, the JSON API under /api, the
 * atlas pages at the root. Routes are plain Hono apps, so tests call
 * `app.request(...)` in-process without opening a port.
 */
import { Hono } from 'hono';
import type { AppContext } from './context.js';
import { createApiApp } from '../api/index.js';
import { createWebApp } from '../web/index.js';

export function createApp(ctx: AppContext): Hono {
  const app = new Hono();
  app.get('/healthz', async (c) => {
    await ctx.db.query('SELECT 1');
    return c.json({ status: 'ok', store: ctx.db.kind });
  });
  app.route('/api', createApiApp(ctx));
  app.route('/', createWebApp(ctx));
  return app;
}
