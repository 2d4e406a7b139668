/**
 * Reads: CORS open to any origin (GET and HEAD only, so no browser on
 * another site can send a write), a strong ETag over the body with
 * If-None-Match → 304, and Cache-Control. Writes get none of these.
 */
import { createHash } from 'node:crypto';
import { createMiddleware } from 'hono/factory';

const READ_METHODS = new Set(['GET', 'HEAD']);

export function readCors() {
  return createMiddleware(async (c, next) => {
    if (c.req.method === 'OPTIONS') {
      // Preflight: only reads are allowed cross-origin.
      return new Response(null, {
        status: 204,
        headers: {
          'access-control-allow-origin': '*',
          'access-control-allow-methods': 'GET, HEAD',
          'access-control-allow-headers': 'If-None-Match, Accept',
          'access-control-max-age': '86400',
        },
      });
    }
    await next();
    if (READ_METHODS.has(c.req.method)) {
      c.res.headers.set('access-control-allow-origin', '*');
      c.res.headers.set('access-control-expose-headers', 'ETag, Link, Retry-After');
    }
    return undefined;
  });
}

export function readCaching(cacheControl = 'public, max-age=60, must-revalidate') {
  return createMiddleware(async (c, next) => {
    await next();
    if (!READ_METHODS.has(c.req.method) || c.res.status !== 200) return;
    const body = await c.res.clone().arrayBuffer();
    const etag = `"${createHash('sha256').update(new Uint8Array(body)).digest('base64url').slice(0, 27)}"`;
    const headers = new Headers(c.res.headers);
    headers.set('etag', etag);
    if (!headers.has('cache-control')) headers.set('cache-control', cacheControl);
    const match = c.req.header('if-none-match');
    if (match && match.split(',').some((t) => t.trim() === etag || t.trim() === `W/${etag}` || t.trim() === '*')) {
      headers.delete('content-length');
      c.res = undefined; // replace, not merge with, the handler's response
      c.res = new Response(null, { status: 304, headers });
      return;
    }
    c.res = undefined;
    c.res = new Response(body, { status: 200, headers });
  });
}
