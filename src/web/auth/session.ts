/**
 * Curator sessions as a signed cookie (HMAC-SHA-256 with ctx.secret, through
 * hono/cookie). The cookie holds `username|expires|nonce|pwtag`:
 * - expires: the session ends 8 hours after sign-in, whatever the browser does;
 * - nonce: random, the key the CSRF token is derived from;
 * - pwtag: derived from the user's password hash, so setting a new password
 *   (`hero-cities user add NAME` again) ends every session of that user.
 * Each session also has a row in app_session, keyed by a hash of the nonce:
 * signing out deletes the row, so a copy of the cookie dies with it, and
 * `hero-cities user signout NAME` ends a user's sessions everywhere.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import type { AppContext } from '../../server/context.js';
import { deleteSession, insertSession, sessionIsOpen } from '../../store/queries/sessions.js';
import { findUser, type AppUser } from '../../store/queries/users.js';

export const SESSION_SECONDS = 8 * 60 * 60;
const COOKIE = 'hc_session';

export interface Session {
  user: AppUser;
  nonce: string;
  expires: number;
}

function hmac(secret: string, ...parts: string[]): string {
  return createHmac('sha256', secret).update(parts.join('\u0000')).digest('base64url');
}

/** The session's row id: a hash of the nonce, so the table cannot be turned back into cookies. */
const sessionId = (nonce: string) => createHash('sha256').update(nonce).digest('base64url');

const passwordTag = (secret: string, passwordHash: string) => hmac(secret, 'pwtag', passwordHash).slice(0, 22);

/** `__Host-` pins the cookie to this host and path "/" over TLS; plain HTTP (development) cannot use the prefix. */
const prefix = (ctx: AppContext) => (ctx.secureCookies ? ('host' as const) : undefined);

export async function startSession(c: Context, ctx: AppContext, user: AppUser): Promise<Session> {
  const nonce = randomBytes(18).toString('base64url');
  const expires = Date.now() + SESSION_SECONDS * 1000;
  await insertSession(ctx.db, sessionId(nonce), user.username, new Date(expires));
  const value = [user.username, String(expires), nonce, passwordTag(ctx.secret, user.passwordHash)].join('|');
  await setSignedCookie(c, COOKIE, value, ctx.secret, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: ctx.secureCookies,
    maxAge: SESSION_SECONDS,
    expires: new Date(expires),
    prefix: prefix(ctx),
  });
  return { user, nonce, expires };
}

/** Ends the session in the store (when there is one) and in the browser. */
export async function endSession(c: Context, ctx: AppContext, session: Session | null): Promise<void> {
  if (session) await deleteSession(ctx.db, sessionId(session.nonce));
  deleteCookie(c, COOKIE, { path: '/', secure: ctx.secureCookies, prefix: prefix(ctx) });
}

/** The signed-in curator, or null when the cookie is missing, forged, expired, outdated or signed out. */
export async function readSession(c: Context, ctx: AppContext): Promise<Session | null> {
  const raw = await getSignedCookie(c, ctx.secret, COOKIE, prefix(ctx));
  if (!raw) return null;
  const [username, expiresText, nonce, tag] = raw.split('|');
  const expires = Number(expiresText);
  if (!username || !nonce || !tag || !Number.isFinite(expires) || expires <= Date.now()) return null;
  const user = await findUser(ctx.db, username);
  if (!user || !safeEqual(tag, passwordTag(ctx.secret, user.passwordHash))) return null;
  if (!(await sessionIsOpen(ctx.db, sessionId(nonce), username))) return null;
  return { user, nonce, expires };
}

/** The CSRF token a session's forms carry: an HMAC of its nonce, so it cannot be guessed without the secret. */
export function csrfToken(ctx: AppContext, nonce: string): string {
  return hmac(ctx.secret, 'csrf', nonce);
}

export function checkCsrf(ctx: AppContext, nonce: string, token: unknown): boolean {
  return typeof token === 'string' && safeEqual(token, csrfToken(ctx, nonce));
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Pre-session CSRF for the sign-in form: a short-lived signed cookie with a nonce, and its HMAC in the form. */
const LOGIN_COOKIE = 'hc_login';

export async function startLoginForm(c: Context, ctx: AppContext): Promise<string> {
  const existing = await getSignedCookie(c, ctx.secret, LOGIN_COOKIE, prefix(ctx));
  const nonce = existing || randomBytes(18).toString('base64url');
  await setSignedCookie(c, LOGIN_COOKIE, nonce, ctx.secret, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: ctx.secureCookies,
    maxAge: 60 * 60,
    prefix: prefix(ctx),
  });
  return hmac(ctx.secret, 'login', nonce);
}

export async function checkLoginForm(c: Context, ctx: AppContext, token: unknown): Promise<boolean> {
  const nonce = await getSignedCookie(c, ctx.secret, LOGIN_COOKIE, prefix(ctx));
  return (
    typeof nonce === 'string' &&
    nonce !== '' &&
    typeof token === 'string' &&
    safeEqual(token, hmac(ctx.secret, 'login', nonce))
  );
}

export function endLoginForm(c: Context, ctx: AppContext): void {
  deleteCookie(c, LOGIN_COOKIE, { path: '/', secure: ctx.secureCookies, prefix: prefix(ctx) });
}
