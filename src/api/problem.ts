/**
 * Errors as application/problem+json (RFC 9457). Route code throws
 * `ApiProblem`; the one handler installed by createApiApp turns it (and any
 * other error) into a problem document. `type` URIs name the kind of problem
 * and are documented on /api/docs.
 */
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';
const TYPE_BASE = '/api/docs#problem-';

export const ProblemSchema = z
  .object({
    type: z.string().describe('A URI naming the kind of problem; its anchor on /api/docs explains it.'),
    title: z.string().describe('A short summary of the kind of problem.'),
    status: z.number().int().describe('The HTTP status code.'),
    detail: z.string().describe('What went wrong with this request, and what to do about it.'),
    instance: z.string().describe('The path of the request that failed.'),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .describe('For invalid requests: each problem with its location.'),
  })
  .openapi('Problem');
export type Problem = z.infer<typeof ProblemSchema>;

export const PROBLEM_TITLES: Record<string, { status: number; title: string }> = {
  'invalid-request': { status: 400, title: 'The request is not valid' },
  unauthorized: { status: 401, title: 'A valid bearer token is required' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  conflict: { status: 409, title: 'Conflict' },
  'payload-too-large': { status: 413, title: 'The request body is too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  unprocessable: { status: 422, title: 'The content cannot be processed' },
  'too-many-requests': { status: 429, title: 'Too many requests' },
  internal: { status: 500, title: 'Internal server error' },
};
export type ProblemKind = keyof typeof PROBLEM_TITLES;

export class ApiProblem extends Error {
  readonly status: number;
  constructor(
    readonly kind: ProblemKind,
    readonly detail: string,
    readonly extra: { errors?: Problem['errors']; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(detail, { cause: extra.cause });
    this.name = 'ApiProblem';
    this.status = PROBLEM_TITLES[kind]?.status ?? 500;
  }
}

export function problemBody(kind: ProblemKind, detail: string, instance: string, errors?: Problem['errors']): Problem {
  const known = PROBLEM_TITLES[kind] ?? PROBLEM_TITLES.internal!;
  return {
    type: TYPE_BASE + kind,
    title: known.title,
    status: known.status,
    detail,
    instance,
    ...(errors && { errors }),
  };
}

export function problemResponse(
  c: Context,
  kind: ProblemKind,
  detail: string,
  extra: { errors?: Problem['errors']; headers?: Record<string, string> } = {},
): Response {
  const body = problemBody(kind, detail, c.req.path, extra.errors);
  const headers = new Headers({ 'content-type': PROBLEM_MEDIA_TYPE, 'cache-control': 'no-store', ...extra.headers });
  return new Response(JSON.stringify(body), { status: body.status, headers });
}

const STATUS_KIND: Record<number, ProblemKind> = Object.fromEntries(
  Object.entries(PROBLEM_TITLES).map(([k, v]) => [v.status, k as ProblemKind]),
);

/** The central error handler: every error leaves the API as problem+json. */
export function onApiError(err: Error, c: Context): Response {
  if (err instanceof ApiProblem) {
    return problemResponse(c, err.kind, err.detail, {
      ...(err.extra.errors && { errors: err.extra.errors }),
      ...(err.extra.headers && { headers: err.extra.headers }),
    });
  }
  if (err instanceof HTTPException) {
    const kind = STATUS_KIND[err.status] ?? (err.status >= 500 ? 'internal' : 'invalid-request');
    // Hono's own messages, said the way our other problems are: what is wrong, what to do.
    const detail =
      kind === 'unsupported-media-type'
        ? 'Send the request body as JSON, with the header "Content-Type: application/json".'
        : /malformed json/i.test(err.message)
          ? 'The request body is not valid JSON; check its quotes, commas and brackets.'
          : err.message || PROBLEM_TITLES[kind]!.title;
    return problemResponse(c, kind, detail);
  }
  console.error(`API error on ${c.req.method} ${c.req.path}:`, err);
  return problemResponse(
    c,
    'internal',
    'The server failed to handle this request; it has been logged. Try again, or report it if it persists.',
  );
}

/** For zod-openapi's defaultHook: a failed request validation becomes a 400 listing each issue. */
export function validationProblem(error: z.ZodError, where: string): ApiProblem {
  const errors = error.issues.map((i) => ({ path: [where, ...i.path.map(String)].join('.'), message: i.message }));
  const detail =
    `The ${where} is not valid: ` +
    errors.map((e) => `${e.path}: ${e.message}`).join('; ') +
    '. See /api/docs for the expected shape.';
  return new ApiProblem('invalid-request', detail, { errors });
}
