/**
 * The atlas: server-rendered pages over the store, in English at `/…` and in
 * Russian at `/ru/…`, plus the hashed static files under `/assets/`.
 *
 * Every response gets a strict Content-Security-Policy (no inline script, no
 * inline style), is compressed, and pages carry an ETag so a browser revalidates
 * cheaply. The review workbench and sign-in (src/web/review, src/web/auth)
 * are mounted here and share the layout.
 */
import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import { etag } from 'hono/etag';
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { AppContext } from '../server/context.js';
import { assets } from './assets.js';
import { splitLangPath, t, href, type UiLang } from './i18n.js';
import { Layout } from './layout.js';
import type { PageContext } from './pages/context.js';
import { homePage } from './pages/home.js';
import { placePage } from './pages/place.js';
import { comparePage } from './pages/compare.js';
import { timelinePage } from './pages/timeline.js';
import { titlePage } from './pages/title.js';
import { sourcePage, sourcesPage } from './pages/sources.js';
import { documentPage } from './pages/document.js';
import { conflictsPage } from './pages/conflicts.js';
import { searchPage } from './pages/search.js';
import { createAuthRoutes } from './auth/index.js';
import { createReviewRoutes } from './review/index.js';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="-1.1 -1.1 2.2 2.2"><rect x="-1.1" y="-1.1" width="2.2" height="2.2" fill="#8c1c13"/>' +
  '<path fill="#d4a838" d="M0,-1 L0.2245,-0.309 L0.9511,-0.309 L0.3633,0.118 L0.5878,0.809 L0,0.382 L-0.5878,0.809 L-0.3633,0.118 L-0.9511,-0.309 L-0.2245,-0.309 Z"/></svg>';

/** Pages are public and change only when the store does: revalidate after a minute. */
const PAGE_CACHE = 'public, max-age=60, stale-while-revalidate=300';

type Page = (pc: PageContext, param?: string) => Promise<JSX.Element | null>;

function NotFound(props: { lang: UiLang; path: string }) {
  return (
    <Layout title={t(props.lang, 'notFound')} lang={props.lang} path={props.path}>
      <h1>{t(props.lang, 'notFound')}</h1>
      <p>{t(props.lang, 'notFoundText')}</p>
      <p>
        <a href={href(props.lang, '/')}>{t(props.lang, 'backHome')}</a>
      </p>
    </Layout>
  );
}

function ServerError(props: { lang: UiLang; path: string }) {
  return (
    <Layout title={t(props.lang, 'serverError')} lang={props.lang} path={props.path}>
      <h1>{t(props.lang, 'serverError')}</h1>
      <p>{t(props.lang, 'serverErrorText')}</p>
    </Layout>
  );
}

function pageContext(ctx: AppContext, c: Context): PageContext {
  const url = new URL(c.req.url);
  const { lang, path } = splitLangPath(url.pathname);
  return { db: ctx.db, lang, path: path + url.search, origin: url.origin, query: (name) => c.req.query(name) };
}

export function createWebApp(ctx: AppContext): Hono {
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    if (!c.res.headers.has('Referrer-Policy')) c.res.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  });
  // Compression outside the ETag, so the tag is computed over the page itself; it is weak
  // because the gzip and identity encodings share it.
  app.use('*', compress());
  app.use('*', etag({ weak: true }));

  app.get('/assets/:file', (c) => {
    const { css, js } = assets();
    const asset = [css, js].find((a) => a && a.url === `/assets/${c.req.param('file')}`);
    if (!asset) return c.notFound();
    c.header('Content-Type', asset.type);
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return c.body(asset.body as Uint8Array<ArrayBuffer>);
  });

  // The site mark, so browsers do not ask for a missing /favicon.ico.
  app.get('/favicon.ico', (c) => {
    c.header('Content-Type', 'image/svg+xml');
    c.header('Cache-Control', 'public, max-age=604800');
    return c.body(FAVICON);
  });

  const pages: [string, Page][] = [
    ['/', homePage],
    ['/places/:id', (pc, id) => placePage(pc, id as string)],
    ['/compare', comparePage],
    ['/timeline', timelinePage],
    ['/title', titlePage],
    ['/sources', sourcesPage],
    ['/sources/:id', (pc, id) => sourcePage(pc, id as string)],
    ['/documents/:id', (pc, id) => documentPage(pc, id as string)],
    ['/conflicts', conflictsPage],
    ['/search', searchPage],
  ];
  for (const prefix of ['', '/ru']) {
    for (const [path, page] of pages) {
      const route = prefix && path === '/' ? '/ru' : prefix + path;
      app.get(route, async (c) => {
        const pc = pageContext(ctx, c);
        const body = await page(pc, c.req.param('id'));
        if (!body) return c.html(<NotFound lang={pc.lang} path={pc.path} />, 404);
        c.header('Cache-Control', PAGE_CACHE);
        c.header('Content-Language', pc.lang);
        c.header('Vary', 'Accept-Encoding');
        return c.html(body);
      });
    }
  }
  app.get('/ru/', (c) => c.redirect('/ru', 301));

  // The review workbench and sign-in (atlas-review's routes; they bring their own paths and /ru variants).
  app.route('/', createAuthRoutes(ctx));
  app.route('/', createReviewRoutes(ctx));

  app.get('*', (c) => {
    const pc = pageContext(ctx, c);
    return c.html(<NotFound lang={pc.lang} path={pc.path} />, 404);
  });
  app.onError((err, c) => {
    console.error(err);
    const pc = pageContext(ctx, c);
    return c.html(<ServerError lang={pc.lang} path={pc.path} />, 500);
  });
  return app;
}
