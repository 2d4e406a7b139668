/** What the route modules share: the app type, their dependencies, documented error responses. */
import { OpenAPIHono, type z } from '@hono/zod-openapi';
import type { Db } from '../store/db.js';
import type { AuthVariables } from './middleware/auth.js';
import type { RateLimit, TokenBuckets } from './middleware/rate-limit.js';
import { PROBLEM_MEDIA_TYPE, PROBLEM_TITLES, ProblemSchema, validationProblem, type ProblemKind } from './problem.js';

export type ApiEnv = { Variables: Partial<AuthVariables> };
export type ApiApp = OpenAPIHono<ApiEnv>;

export interface ApiOptions {
  /** Largest request body accepted on writes, in bytes (default 5 MiB). */
  maxBodyBytes?: number;
  /** Rate limit on writes, per token (default: bursts of 30, 60 a minute). */
  writeLimit?: RateLimit;
  /** Rate limit on search, per client address (default: bursts of 30, 120 a minute). */
  searchLimit?: RateLimit;
}

export interface ApiDeps {
  db: Db;
  maxBodyBytes: number;
  writeBuckets: TokenBuckets;
  searchBuckets: TokenBuckets;
}

export function newApiApp(): ApiApp {
  return new OpenAPIHono<ApiEnv>({
    // Request validation failures become one 400 problem listing each issue.
    defaultHook: (result) => {
      if (!result.success)
        throw validationProblem(result.error as z.ZodError, result.target === 'json' ? 'request body' : result.target);
    },
  });
}

/** Documented problem responses, for a route's `responses`. */
export function problems(...kinds: ProblemKind[]) {
  return Object.fromEntries(
    kinds.map((k) => [
      PROBLEM_TITLES[k]!.status,
      { description: PROBLEM_TITLES[k]!.title, content: { [PROBLEM_MEDIA_TYPE]: { schema: ProblemSchema } } },
    ]),
  ) as Record<number, { description: string; content: { [PROBLEM_MEDIA_TYPE]: { schema: typeof ProblemSchema } } }>;
}
