/**
 * hono/csrf's Origin / Sec-Fetch-Site check, answering 403 itself. The
 * middleware signals a refusal by throwing an HTTPException; an app-wide error
 * handler that renders every error as a 500 page would turn that into a 500,
 * so the refusal is caught here and never reaches it.
 */
import type { MiddlewareHandler } from 'hono';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';

export function originCheck(): MiddlewareHandler {
  const check = csrf();
  return async (c, next) => {
    try {
      await check(c, async () => {});
    } catch (err) {
      if (!(err instanceof HTTPException) || err.status !== 403) throw err;
      c.header('Cache-Control', 'no-store');
      return c.text(
        'Forbidden: this form was sent from another site. Open the page on this site and send it again.',
        403,
      );
    }
    await next();
    return undefined;
  };
}
