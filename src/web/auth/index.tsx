/**
 * Curator sign-in and sign-out: GET/POST /login (and /ru/login), POST /logout.
 * Mounted at the root by src/web/index.tsx; every route is registered with its
 * own path, never `*`, so nothing here touches other pages.
 *
 * Forms are protected twice against cross-site requests: hono/csrf checks the
 * Origin / Sec-Fetch-Site headers, and each form carries a token tied to the
 * session (or, before sign-in, to a short-lived signed cookie).
 */
import { Hono, type Context } from 'hono';
import { originCheck } from './origin-check.js';
import type { AppContext } from '../../server/context.js';
import { href } from '../i18n.js';
import { countRecentFailedLogins, writeAudit } from '../../store/queries/audit.js';
import { findUser } from '../../store/queries/users.js';
import { dummyHash, verifyPassword } from './password.js';
import {
  checkCsrf,
  checkLoginForm,
  endLoginForm,
  endSession,
  readSession,
  startLoginForm,
  startSession,
} from './session.js';
import { langOf, privatePage, safeNext } from './guard.js';
import { LoginPage } from './login-page.js';

/** Failed sign-ins allowed per username, and per address, in the window before sign-in is refused. */
export const LOGIN_LIMIT = { perUser: 5, perAddress: 20, windowSeconds: 15 * 60 };

async function clientAddress(c: Context): Promise<string | null> {
  try {
    const { getConnInfo } = await import('@hono/node-server/conninfo');
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null; // in-process requests (tests) have no socket
  }
}

export function createAuthRoutes(ctx: AppContext): Hono {
  const app = new Hono();

  const showLogin = async (c: Context) => {
    const lang = langOf(c);
    privatePage(c);
    const next = safeNext(c.req.query('next'), lang);
    if (await readSession(c, ctx)) return c.redirect(next, 303);
    const token = await startLoginForm(c, ctx);
    return c.html(<LoginPage lang={lang} token={token} next={next} />);
  };

  const doLogin = async (c: Context) => {
    const lang = langOf(c);
    privatePage(c);
    const form = await c.req.parseBody();
    const next = safeNext(form.next, lang);
    const username = typeof form.username === 'string' ? form.username.trim().toLowerCase().slice(0, 64) : '';
    const password = typeof form.password === 'string' ? form.password : '';
    const again = async (error: 'badLogin' | 'tooManyLogins' | 'staleForm', status: 401 | 403 | 429) => {
      const token = await startLoginForm(c, ctx);
      return c.html(<LoginPage lang={lang} token={token} next={next} username={username} error={error} />, status);
    };
    if (!(await checkLoginForm(c, ctx, form.csrf))) return again('staleForm', 403);
    const address = await clientAddress(c);
    const recent = await countRecentFailedLogins(ctx.db, username, address, LOGIN_LIMIT.windowSeconds);
    if (recent.forUser >= LOGIN_LIMIT.perUser || recent.fromAddress >= LOGIN_LIMIT.perAddress) {
      await writeAudit(ctx.db, { actor: 'anonymous', action: 'login.refused', target: username, detail: { address } });
      c.header('Retry-After', String(LOGIN_LIMIT.windowSeconds));
      return again('tooManyLogins', 429);
    }
    const user = username ? await findUser(ctx.db, username) : null;
    // Check a hash even for an unknown user, so the answer takes as long either way.
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
    if (!user || !ok) {
      await writeAudit(ctx.db, { actor: 'anonymous', action: 'login.failed', target: username, detail: { address } });
      return again('badLogin', 401);
    }
    endLoginForm(c, ctx);
    await startSession(c, ctx, user);
    await writeAudit(ctx.db, {
      actor: `user:${user.username}`,
      action: 'login',
      target: user.username,
      detail: { address },
    });
    return c.redirect(next, 303);
  };

  const doLogout = async (c: Context) => {
    const lang = langOf(c);
    privatePage(c);
    const session = await readSession(c, ctx);
    if (session) {
      const form = await c.req.parseBody();
      if (!checkCsrf(ctx, session.nonce, form.csrf))
        return c.text('Forbidden: the form token is missing or wrong; reload the page and try again.', 403);
      await writeAudit(ctx.db, {
        actor: `user:${session.user.username}`,
        action: 'logout',
        target: session.user.username,
      });
    }
    await endSession(c, ctx, session);
    return c.redirect(href(lang, '/'), 303);
  };

  for (const prefix of ['', '/ru']) {
    app.get(`${prefix}/login`, showLogin);
    app.post(`${prefix}/login`, originCheck(), doLogin);
    app.post(`${prefix}/logout`, originCheck(), doLogout);
  }
  return app;
}
