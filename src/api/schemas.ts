/**
 * The API's response and request schemas, composed from the domain schemas
 * (src/domain) so the OpenAPI document, the validation in tests and the
 * store's records can never drift apart. Named with .openapi('Name') so they
 * appear once under components.schemas.
 */
import { z } from '@hono/zod-openapi';
import { SEARCH_KINDS } from '../store/queries/search.js';
import { CLAIM_SORTS } from '../store/queries/list-claims.js';
import {
  ClaimSchema,
  PartialDateSchema,
  DocumentSchema,
  EventSchema,
  IdSchema,
  MemorialSchema,
  PlaceSchema,
  PropertySchema,
  SourceSchema,
  StatusSchema,
} from '../domain/index.js';

/**
 * `.openapi(...)` for schemas that may have been built before
 * @hono/zod-openapi extended zod: zod 4 copies methods onto each schema when
 * it is made, so a domain schema loaded first lacks `.openapi`. Calling the
 * prototype's method works on any schema (it returns a fresh copy).
 */
export function withOpenApi<T extends z.ZodType>(schema: T, meta: string | Record<string, unknown>): T {
  const openapi = (z.ZodType.prototype as unknown as { openapi: (this: T, m: unknown) => T }).openapi;
  return openapi.call(schema, meta);
}

export const Place = withOpenApi(PlaceSchema, 'Place');
export const Event = withOpenApi(EventSchema, 'Event');
export const Memorial = withOpenApi(MemorialSchema, 'Memorial');
export const Source = withOpenApi(SourceSchema, 'Source');
export const Claim = withOpenApi(ClaimSchema, 'Claim');
export const Document = withOpenApi(DocumentSchema, 'Document');

export const PlaceSummary = PlaceSchema.safeExtend({
  heroCityTitle: PartialDateSchema.nullable().describe('The preferred date of the title, when known.'),
  claimCount: z.number().int().nonnegative().describe('Accepted claims about the place.'),
}).openapi('PlaceSummary');
export const EventSummary = EventSchema.safeExtend({
  start: PartialDateSchema.nullable().describe('Preferred start among the accepted claims that name the event.'),
  end: PartialDateSchema.nullable(),
}).openapi('EventSummary');
export const SourceSummary = SourceSchema.safeExtend({
  origin: z
    .enum(['curated', 'user'])
    .describe('curated: shipped with the dataset; user: added with an ingested document.'),
  claimCount: z.number().int().nonnegative(),
  documentCount: z.number().int().nonnegative(),
}).openapi('SourceSummary');
export const ClaimWithDocument = ClaimSchema.safeExtend({
  documentId: z.string().nullable().describe('The document an extracted claim came from.'),
}).openapi('ClaimWithDocument');
export const DocumentSummary = z
  .object({
    id: DocumentSchema.shape.id,
    sourceId: IdSchema,
    fileName: z.string(),
    mediaType: z.string(),
    title: z.string().nullable(),
    byteLength: z.number().int().nonnegative(),
    createdAt: z.string(),
    claimCount: z.number().int().nonnegative().describe('Claims extracted from this document.'),
  })
  .strict()
  .openapi('DocumentSummary');

export const Review = z
  .object({
    id: z.number().int(),
    decision: z.enum(['accept', 'reject', 'edit']),
    reviewer: z.string(),
    note: z.string().nullable(),
    decidedAt: z.string(),
  })
  .strict()
  .openapi('Review');

const list = <T extends z.ZodType>(item: T, name: string) =>
  z
    .object({ data: z.array(item) })
    .strict()
    .openapi(name);

export const PlaceList = list(PlaceSummary, 'PlaceList');
export const EventList = list(EventSummary, 'EventList');
export const MemorialList = list(Memorial, 'MemorialList');
export const SourceList = list(SourceSummary, 'SourceList');
export const DocumentList = list(DocumentSummary, 'DocumentList');

export const PlaceDetail = z
  .object({
    data: Place,
    events: z.array(EventSummary),
    memorials: z.array(Memorial),
    claims: z.array(Claim).describe('Every claim about the place, whatever its status.'),
    preferred: z
      .record(z.string(), Claim)
      .describe('The value shown per slot: a property, `casualties:<side>` or `quantity:<what>`.'),
  })
  .strict()
  .openapi('PlaceDetail');
export const SourceDetail = z
  .object({
    data: SourceSummary,
    claims: z.array(Claim).describe('Every claim citing the source.'),
    documents: z.array(z.object({ id: z.string(), fileName: z.string(), title: z.string().nullable() }).strict()),
  })
  .strict()
  .openapi('SourceDetail');
export const DocumentDetail = z
  .object({ data: Document, claims: z.array(ClaimWithDocument) })
  .strict()
  .openapi('DocumentDetail');
export const ClaimDetail = z
  .object({ data: Claim, reviews: z.array(Review) })
  .strict()
  .openapi('ClaimDetail');

export const ClaimPage = z
  .object({
    data: z.array(Claim),
    next: z.string().nullable().describe('Pass as `cursor` to get the next page; null on the last page.'),
  })
  .strict()
  .openapi('ClaimPage');

export const Conflict = z
  .object({
    subject: IdSchema,
    property: PropertySchema,
    facet: z.string().nullable().describe("What narrows the question: the act, the side, or the quantity's name."),
    claims: z.array(ClaimWithDocument).min(2),
    preferred: ClaimWithDocument.nullable(),
  })
  .strict()
  .openapi('Conflict');
export const ConflictList = list(Conflict, 'ConflictList');

export const SearchHit = z
  .object({
    kind: z.enum(SEARCH_KINDS),
    id: z.string(),
    place: z.string().nullable().describe('The place the hit belongs to.'),
    title: z.string(),
    snippet: z.string().describe('HTML: matched words in <b>, all other text escaped.'),
    score: z.number(),
  })
  .strict()
  .openapi('SearchHit');
export const SearchResult = z
  .object({ query: z.string(), data: z.array(SearchHit).describe('Hits of every kind, best first.') })
  .strict()
  .openapi('SearchResult');

// ---- requests ----

export const SourceInput = z
  .object({
    id: IdSchema.optional().describe('An existing source (GET /api/v1/sources); the other fields are then ignored.'),
    title: z.string().min(1).max(500).optional().describe('Default: the HTML title, else the file name.'),
    author: z.string().min(1).max(300).optional(),
    url: z.string().url().optional(),
    kind: z.enum(['primary', 'secondary', 'tertiary']).optional().describe('Default: tertiary.'),
  })
  .strict()
  .describe('Which source the document is from: an existing one by id, or fields for a new record.')
  .openapi('SourceInput');

export const DocumentInput = z
  .object({
    fileName: z.string().min(1).max(255).describe('The file name; ".html" or ".htm" makes it read as HTML.'),
    text: z.string().min(1).optional().describe('The document as text. Give this or `base64`.'),
    base64: z
      .string()
      .min(1)
      .optional()
      .describe(
        'The document bytes, base64-encoded, in any encoding the pipeline reads (UTF-8, UTF-16, windows-1251, KOI8-R).',
      ),
    source: SourceInput.optional(),
  })
  .strict()
  .refine((d) => (d.text === undefined) !== (d.base64 === undefined), {
    message: 'give exactly one of "text" or "base64"',
  })
  .openapi('DocumentInput');

export const IngestResult = z
  .object({
    data: Document,
    duplicate: z.boolean().describe('True when these bytes were already stored; nothing new was extracted.'),
    claims: z.array(Claim).describe('The claims extracted from the document, pending review.'),
  })
  .openapi('IngestResult');

export const ReviewInput = z
  .object({
    decision: z.enum(['accept', 'reject', 'edit']),
    subject: IdSchema.optional().describe('For edit: the corrected subject (defaults to the current one).'),
    value: z.unknown().optional().describe("For edit: the corrected value, shaped for the claim's property."),
    accept: z.boolean().optional().describe('For edit: also accept the edited claim (default false).'),
    note: z.string().max(2000).optional(),
  })
  .openapi('ReviewInput');
export const ReviewResult = z.object({ data: Claim, reviews: z.array(Review) }).openapi('ReviewResult');

export const ClaimQuery = z.object({
  subject: IdSchema.optional().openapi({ param: { name: 'subject', in: 'query' }, example: 'stalingrad' }),
  property: PropertySchema.optional().openapi({ param: { name: 'property', in: 'query' } }),
  status: StatusSchema.optional().openapi({ param: { name: 'status', in: 'query' } }),
  origin: z
    .enum(['curated', 'extracted'])
    .optional()
    .openapi({ param: { name: 'origin', in: 'query' } }),
  source: IdSchema.optional().openapi({
    param: { name: 'source', in: 'query' },
    description: 'Claims citing this source.',
  }),
  sort: z
    .enum(CLAIM_SORTS)
    .default('subject')
    .openapi({
      param: { name: 'sort', in: 'query' },
      description:
        'subject: by subject, property, id; property: by property, subject, id; newest / oldest: by when the claim was stored.',
    }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(50)
    .openapi({ param: { name: 'limit', in: 'query' } }),
  cursor: z
    .string()
    .optional()
    .openapi({ param: { name: 'cursor', in: 'query' }, description: 'The `next` value of the previous page.' }),
});
