/**
 * Bearer tokens for writes (`hero-cities token create NAME`). A missing,
 * malformed, unknown or revoked token is a 401 problem with a
 * WWW-Authenticate challenge; the verified token is put on the context as
 * `actor` ("token:ID") for the audit log.
 */
import { createMiddleware } from 'hono/factory';
import type { Db } from '../../store/db.js';
import { verifyToken } from '../../store/queries/tokens.js';
import { ApiProblem } from '../problem.js';

export interface AuthVariables {
  actor: string;
  tokenId: string;
}

const CHALLENGE = { 'www-authenticate': 'Bearer realm="hero-cities"' };

export function requireToken(db: Db) {
  return createMiddleware<{ Variables: AuthVariables }>(async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) {
      throw new ApiProblem(
        'unauthorized',
        'This request changes data and needs "Authorization: Bearer <token>". Create a token with `hero-cities token create NAME`.',
        { headers: CHALLENGE },
      );
    }
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m) {
      throw new ApiProblem('unauthorized', 'The Authorization header must read "Bearer <token>".', {
        headers: { 'www-authenticate': 'Bearer realm="hero-cities", error="invalid_request"' },
      });
    }
    const token = await verifyToken(db, m[1]!);
    if (!token) {
      throw new ApiProblem(
        'unauthorized',
        'The bearer token is unknown or revoked. Check it, or create a new one with `hero-cities token create NAME`.',
        { headers: { 'www-authenticate': 'Bearer realm="hero-cities", error="invalid_token"' } },
      );
    }
    c.set('tokenId', token.id);
    c.set('actor', `token:${token.id}`);
    await next();
  });
}
