/** Search across places, events, memorials, claims and documents (rate-limited per client). */
import { createRoute, z } from '@hono/zod-openapi';
import { search, SEARCH_KINDS } from '../../store/queries/search.js';
import { problems, type ApiApp, type ApiDeps } from '../common.js';
import { rateLimit } from '../middleware/rate-limit.js';
import * as S from '../schemas.js';

export function searchRoute(deps: ApiDeps) {
  return createRoute({
    method: 'get',
    path: '/v1/search',
    operationId: 'search',
    tags: ['search'],
    summary: 'Full-text and fuzzy name search',
    description:
      'Matches words in English, Russian and other spellings, and misspelt or transliterated place names ("Volgagrad", "Kiev").',
    middleware: [rateLimit(deps.searchBuckets, 'search')] as const,
    request: {
      query: z.object({
        q: z
          .string()
          .trim()
          .min(1, 'give the words to search for in "q"')
          .max(200)
          .openapi({ param: { name: 'q', in: 'query' }, example: 'Stalingrad' }),
        kind: z
          .enum(SEARCH_KINDS)
          .optional()
          .openapi({ param: { name: 'kind', in: 'query' }, description: 'Only hits of this kind.' }),
        limit: z.coerce
          .number()
          .int()
          .min(1)
          .max(50)
          .default(10)
          .openapi({ param: { name: 'limit', in: 'query' }, description: 'Hits per kind.' }),
      }),
    },
    responses: {
      200: { description: 'Hits, best first.', content: { 'application/json': { schema: S.SearchResult } } },
      ...problems('invalid-request', 'too-many-requests'),
    },
  });
}

export function registerSearch(app: ApiApp, deps: ApiDeps): void {
  app.openapi(searchRoute(deps), async (c) => {
    const { q, kind, limit } = c.req.valid('query');
    const grouped = await search(deps.db, q, { limit, ...(kind && { kinds: [kind] }) });
    const data = Object.values(grouped)
      .flat()
      .sort((a, b) => b.score - a.score || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
    return c.json({ query: q, data }, 200);
  });
}
