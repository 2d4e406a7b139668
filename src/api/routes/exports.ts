/**
 * GET /v1/export/{format}: every public format of the export registry
 * (src/export/index.ts), the same files `hero-cities export` writes.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { exportDescriptions, exportExtensions, exportFormats, PRIVATE_EXPORTS } from '../../export/index.js';
import { problems, type ApiApp, type ApiDeps } from '../common.js';
import { ApiProblem } from '../problem.js';

export function publicExportFormats(): string[] {
  return Object.keys(exportFormats).filter((f) => !PRIVATE_EXPORTS.has(f));
}

export function exportRoute() {
  const formats = publicExportFormats();
  const list = formats.map((f) => `- \`${f}\`: ${exportDescriptions[f] ?? ''}`).join('\n');
  return createRoute({
    method: 'get',
    path: '/v1/export/{format}',
    operationId: 'exportData',
    tags: ['export'],
    summary: 'The open data as a file',
    description: `Formats:\n${list}`,
    request: {
      params: z.object({
        format: z
          .enum(formats as [string, ...string[]])
          .openapi({ param: { name: 'format', in: 'path' }, example: formats[0] }),
      }),
    },
    responses: {
      200: {
        description: 'The file; its media type depends on the format.',
        content: {
          'application/json': { schema: z.unknown() },
          'application/ld+json': { schema: z.unknown() },
          'application/geo+json': { schema: z.unknown() },
          'application/vnd.citationstyles.csl+json': { schema: z.unknown() },
          'text/csv': { schema: z.string() },
        },
      },
      ...problems('invalid-request'),
    },
  });
}

export function registerExports(app: ApiApp, { db }: ApiDeps): void {
  app.openapi(exportRoute(), async (c) => {
    const { format } = c.req.valid('param');
    const run = exportFormats[format];
    if (!run || PRIVATE_EXPORTS.has(format)) throw new ApiProblem('not-found', `There is no export "${format}".`);
    const origin = new URL(c.req.url).origin;
    const { contentType, body } = await run(db, { baseUrl: origin });
    const name = `hero-cities.${exportExtensions[format] ?? format}`;
    return c.body(body, 200, {
      'content-type':
        contentType.includes('charset') || !/json|csv|text/.test(contentType)
          ? contentType
          : `${contentType}; charset=utf-8`,
      'content-disposition': `inline; filename="${name}"`,
    });
  });
}
