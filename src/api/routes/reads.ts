/** Read-only routes for the records: places, events, memorials, sources, documents. */
import { createRoute, z } from '@hono/zod-openapi';
import { IdSchema, PlaceIdSchema } from '../../domain/index.js';
import { getDocument } from '../../store/queries/get-document.js';
import { getPlace } from '../../store/queries/get-place.js';
import { getSource } from '../../store/queries/get-source.js';
import { listDocuments } from '../../store/queries/list-documents.js';
import { listEvents } from '../../store/queries/list-events.js';
import { listMemorials } from '../../store/queries/list-memorials.js';
import { listPlaces } from '../../store/queries/list-places.js';
import { listSources } from '../../store/queries/list-sources.js';
import { problems, type ApiApp, type ApiDeps } from '../common.js';
import { ApiProblem } from '../problem.js';
import * as S from '../schemas.js';
import { withOpenApi } from '../schemas.js';

const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const placeFilter = z.object({
  place: PlaceIdSchema.optional().openapi({
    param: { name: 'place', in: 'query' },
    description: 'Only those tied to this place.',
  }),
});

export const listPlacesRoute = createRoute({
  method: 'get',
  path: '/v1/places',
  operationId: 'listPlaces',
  tags: ['places'],
  summary: 'The thirteen Hero Cities and the Hero Fortress',
  responses: { 200: json(S.PlaceList, 'Every place, by id.') },
});
export const getPlaceRoute = createRoute({
  method: 'get',
  path: '/v1/places/{id}',
  operationId: 'getPlace',
  tags: ['places'],
  summary: 'One place with its events, memorials and claims',
  request: {
    params: z.object({ id: withOpenApi(IdSchema, { param: { name: 'id', in: 'path' }, example: 'stalingrad' }) }),
  },
  responses: { 200: json(S.PlaceDetail, 'The place.'), ...problems('invalid-request', 'not-found') },
});
export const listEventsRoute = createRoute({
  method: 'get',
  path: '/v1/events',
  operationId: 'listEvents',
  tags: ['events'],
  summary: 'Battles, sieges, defences, occupations and operations',
  request: { query: placeFilter },
  responses: { 200: json(S.EventList, 'Events, by id.'), ...problems('invalid-request') },
});
export const listMemorialsRoute = createRoute({
  method: 'get',
  path: '/v1/memorials',
  operationId: 'listMemorials',
  tags: ['memorials'],
  summary: 'Monuments, ensembles, cemeteries and museums',
  request: { query: placeFilter },
  responses: { 200: json(S.MemorialList, 'Memorials, by place and id.'), ...problems('invalid-request') },
});
export const listSourcesRoute = createRoute({
  method: 'get',
  path: '/v1/sources',
  operationId: 'listSources',
  tags: ['sources'],
  summary: 'The bibliographic records claims cite',
  responses: { 200: json(S.SourceList, 'Sources, by id.') },
});
export const getSourceRoute = createRoute({
  method: 'get',
  path: '/v1/sources/{id}',
  operationId: 'getSource',
  tags: ['sources'],
  summary: 'One source, with the claims that cite it and its documents',
  request: { params: z.object({ id: withOpenApi(IdSchema, { param: { name: 'id', in: 'path' } }) }) },
  responses: { 200: json(S.SourceDetail, 'The source.'), ...problems('invalid-request', 'not-found') },
});
export const listDocumentsRoute = createRoute({
  method: 'get',
  path: '/v1/documents',
  operationId: 'listDocuments',
  tags: ['documents'],
  summary: 'Ingested documents (without their text)',
  request: { query: z.object({ source: IdSchema.optional().openapi({ param: { name: 'source', in: 'query' } }) }) },
  responses: { 200: json(S.DocumentList, 'Documents, newest first.'), ...problems('invalid-request') },
});
export const getDocumentRoute = createRoute({
  method: 'get',
  path: '/v1/documents/{id}',
  operationId: 'getDocument',
  tags: ['documents'],
  summary: 'One document: its main text and the claims extracted from it',
  request: {
    params: z.object({
      id: z
        .string()
        .regex(/^[0-9a-f]{64}$/, 'a document id is the SHA-256 of its bytes: 64 lower-case hex digits')
        .openapi({ param: { name: 'id', in: 'path' } }),
    }),
  },
  responses: { 200: json(S.DocumentDetail, 'The document.'), ...problems('invalid-request', 'not-found') },
});

export function registerReads(app: ApiApp, { db }: ApiDeps): void {
  app.openapi(listPlacesRoute, async (c) => c.json({ data: await listPlaces(db) }, 200));
  app.openapi(getPlaceRoute, async (c) => {
    const { id } = c.req.valid('param');
    const detail = await getPlace(db, id);
    if (!detail) throw new ApiProblem('not-found', `There is no place "${id}". GET /api/v1/places lists the ids.`);
    const { place, ...rest } = detail;
    return c.json({ data: place, ...rest }, 200);
  });
  app.openapi(listEventsRoute, async (c) => c.json({ data: await listEvents(db, c.req.valid('query')) }, 200));
  app.openapi(listMemorialsRoute, async (c) => c.json({ data: await listMemorials(db, c.req.valid('query')) }, 200));
  app.openapi(listSourcesRoute, async (c) => c.json({ data: await listSources(db) }, 200));
  app.openapi(getSourceRoute, async (c) => {
    const { id } = c.req.valid('param');
    const detail = await getSource(db, id);
    if (!detail) throw new ApiProblem('not-found', `There is no source "${id}". GET /api/v1/sources lists the ids.`);
    const { source, ...rest } = detail;
    return c.json({ data: source, ...rest }, 200);
  });
  app.openapi(listDocumentsRoute, async (c) => {
    const { source } = c.req.valid('query');
    return c.json({ data: await listDocuments(db, source === undefined ? {} : { sourceId: source }) }, 200);
  });
  app.openapi(getDocumentRoute, async (c) => {
    const { id } = c.req.valid('param');
    const found = await getDocument(db, id);
    if (!found) throw new ApiProblem('not-found', `There is no document ${id}. GET /api/v1/documents lists them.`);
    return c.json({ data: found.document, claims: found.claims }, 200);
  });
}
