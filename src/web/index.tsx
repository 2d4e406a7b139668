import { Hono } from 'hono';
import type { AppContext } from '../server/context.js';

/** Until the atlas lands: a plain, escaped list of the places in the store. */
export function createWebApp(ctx: AppContext): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const { rows } = await ctx.db.query<{ id: string; name: string; kind: string }>(
      `SELECT id, kind, record->'names'->0->>'text' AS name FROM place ORDER BY id`,
    );
    return c.html(
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <title>Hero Cities</title>
        </head>
        <body>
          <main>
            <h1>Hero Cities</h1>
            <ul>
              {rows.map((r) => (
                <li>
                  {r.name} ({r.kind})
                </li>
              ))}
            </ul>
          </main>
        </body>
      </html>,
    );
  });
  return app;
}
