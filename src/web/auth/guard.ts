/**
 * Helpers the curator-only routes share: who is signed in, where to send
 * someone who is not, and which "next" addresses a sign-in may return to.
 */
import type { Context } from 'hono';
import type { AppContext } from '../../server/context.js';
import { href, type UiLang } from '../i18n.js';
import { readSession, type Session } from './session.js';

/** Only local curator pages may be a sign-in's destination: no other host, no scheme, no "//". */
export function safeNext(next: unknown, lang: UiLang): string {
  const fallback = href(lang, '/review');
  if (typeof next !== 'string' || next.length > 2000) return fallback;
  if (!/^\/(ru\/)?review(?:[/?#]|$)/.test(next) || next.includes('\\')) return fallback;
  return next;
}

export function langOf(c: Context): UiLang {
  const p = c.req.path;
  return p === '/ru' || p.startsWith('/ru/') ? 'ru' : 'en';
}

/** The signed-in curator, or a redirect response to the sign-in page that comes back here afterwards. */
export async function requireCurator(c: Context, ctx: AppContext): Promise<Session | Response> {
  const session = await readSession(c, ctx);
  if (session) return session;
  const url = new URL(c.req.url);
  const lang = langOf(c);
  const next = safeNext(url.pathname + url.search, lang);
  return c.redirect(`${href(lang, '/login')}?next=${encodeURIComponent(next)}`, 303);
}

/** Pages behind sign-in must not be cached anywhere, nor framed. */
export function privatePage(c: Context): void {
  c.header('Cache-Control', 'no-store');
  c.header('X-Frame-Options', 'DENY');
  c.header('Referrer-Policy', 'same-origin');
}
