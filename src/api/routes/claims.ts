/** Claims: filtered, sorted, cursor-paged reads; one claim with its reviews; review decisions (a write). */
import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { findConflicts } from '../../store/queries/find-conflicts.js';
import { CursorError, listClaims } from '../../store/queries/list-claims.js';
import { decideClaims, InvalidEditError, type Decision } from '../../store/queries/review-claims.js';
import { IdSchema } from '../../domain/index.js';
import { getClaim, listReviews } from '../data.js';
import { problems, type ApiApp, type ApiDeps } from '../common.js';
import { requireToken } from '../middleware/auth.js';
import { rateLimit } from '../middleware/rate-limit.js';
import { ApiProblem, problemResponse } from '../problem.js';
import * as S from '../schemas.js';

const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const claimId = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

export const listClaimsRoute = createRoute({
  method: 'get',
  path: '/v1/claims',
  operationId: 'listClaims',
  tags: ['claims'],
  summary: 'Claims, filtered by subject, property, status, origin or source; sorted; paged with a cursor',
  request: { query: S.ClaimQuery },
  responses: { 200: json(S.ClaimPage, 'One page of claims.'), ...problems('invalid-request') },
});
export const getClaimRoute = createRoute({
  method: 'get',
  path: '/v1/claims/{id}',
  operationId: 'getClaim',
  tags: ['claims'],
  summary: 'One claim with its review history',
  request: { params: claimId },
  responses: { 200: json(S.ClaimDetail, 'The claim.'), ...problems('invalid-request', 'not-found') },
});
export const listConflictsRoute = createRoute({
  method: 'get',
  path: '/v1/conflicts',
  operationId: 'listConflicts',
  tags: ['claims'],
  summary: 'Subjects and properties on which accepted or pending claims disagree',
  request: { query: z.object({ subject: IdSchema.optional().openapi({ param: { name: 'subject', in: 'query' } }) }) },
  responses: {
    200: json(S.ConflictList, 'Every disagreement, with the claims on each side.'),
    ...problems('invalid-request'),
  },
});

export function reviewClaimRoute(deps: ApiDeps) {
  return createRoute({
    method: 'post',
    path: '/v1/claims/{id}/review',
    operationId: 'reviewClaim',
    tags: ['claims'],
    summary: 'Accept, reject or edit a pending extracted claim',
    description:
      'Needs a bearer token. Only pending claims extracted from documents can be decided; a decision already made is a 409.',
    security: [{ bearerAuth: [] }],
    middleware: [
      requireToken(deps.db),
      rateLimit(deps.writeBuckets, 'write'),
      writeBodyLimit(deps.maxBodyBytes),
    ] as const,
    request: { params: claimId, body: { required: true, content: { 'application/json': { schema: S.ReviewInput } } } },
    responses: {
      200: json(S.ReviewResult, 'The claim after the decision, with its review history.'),
      ...problems(
        'invalid-request',
        'unauthorized',
        'not-found',
        'conflict',
        'payload-too-large',
        'unsupported-media-type',
        'too-many-requests',
      ),
    },
  });
}

export function writeBodyLimit(maxSize: number) {
  return bodyLimit({
    maxSize,
    onError: (c) =>
      problemResponse(
        c,
        'payload-too-large',
        `The request body is over the limit of ${maxSize} bytes. Send a smaller document, or split it.`,
      ),
  });
}

export function registerClaims(app: ApiApp, deps: ApiDeps): void {
  const { db } = deps;
  app.openapi(listClaimsRoute, async (c) => {
    const q = c.req.valid('query');
    try {
      const page = await listClaims(db, q);
      if (page.nextCursor) {
        const next = new URL(c.req.url);
        next.searchParams.set('cursor', page.nextCursor);
        c.header('link', `<${next.pathname}${next.search}>; rel="next"`);
      }
      return c.json({ data: page.items, next: page.nextCursor }, 200);
    } catch (err) {
      if (err instanceof CursorError)
        throw new ApiProblem('invalid-request', `The cursor is not valid: ${err.message}.`);
      throw err;
    }
  });
  app.openapi(getClaimRoute, async (c) => {
    const { id } = c.req.valid('param');
    const claim = await getClaim(db, id);
    if (!claim) throw new ApiProblem('not-found', `There is no claim "${id}". GET /api/v1/claims lists them.`);
    return c.json({ data: claim, reviews: await listReviews(db, id) }, 200);
  });
  app.openapi(listConflictsRoute, async (c) => c.json({ data: await findConflicts(db, c.req.valid('query')) }, 200));
  app.openapi(reviewClaimRoute(deps), async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const actor = c.get('actor') ?? 'token:unknown';
    const before = await getClaim(db, id);
    if (!before) throw new ApiProblem('not-found', `There is no claim "${id}". GET /api/v1/claims lists them.`);
    let decision: Decision;
    if (body.decision === 'edit') {
      if (body.value === undefined)
        throw new ApiProblem(
          'invalid-request',
          'An edit needs the corrected "value" (and optionally "subject" and "accept").',
        );
      decision = {
        kind: 'edit',
        subject: body.subject ?? before.subject,
        value: body.value,
        accept: body.accept ?? false,
        ...(body.note !== undefined && { note: body.note }),
      };
    } else {
      decision = { kind: body.decision, ...(body.note !== undefined && { note: body.note }) };
    }
    let result;
    try {
      // The review row names the token; the audit log names it as `token:ID`, like every API write.
      result = await decideClaims(db, [id], decision, c.get('tokenId') ?? 'api', actor);
    } catch (err) {
      if (err instanceof InvalidEditError)
        throw new ApiProblem('invalid-request', `The edit is not valid: ${err.message}.`);
      throw err;
    }
    const skipped = result.skipped[0];
    if (skipped) {
      throw new ApiProblem(
        'conflict',
        `Claim "${id}" cannot be reviewed: ${skipped.reason}. Only pending claims extracted from documents can be decided.`,
      );
    }
    const after = await getClaim(db, id);
    return c.json({ data: after!, reviews: await listReviews(db, id) }, 200);
  });
}
