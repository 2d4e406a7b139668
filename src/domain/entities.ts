/**
 * Glossary
 * - Place: one of the thirteen Hero Cities / the Hero Fortress, with its names through time.
 * - Event: a battle, siege, defence, occupation or operation tied to places.
 * - Memorial: a monument, ensemble, cemetery or museum, with its year and position.
 * - Source: a bibliographic record (CSL-JSON fields) plus kind and reliability notes.
 * - Document: an ingested text; its id is the SHA-256 of its bytes.
 * - Claim (claim.ts): what a source says about a subject, with references.
 */
import { z } from 'zod';
import { IdSchema, PlaceIdSchema } from './ids.js';
import { PartialDateSchema } from './partial-date.js';

export const LANGS = ['en', 'ru', 'uk', 'be'] as const;
export const LangSchema = z.enum(LANGS);
export type Lang = z.infer<typeof LangSchema>;

/** Text in the interface languages; English is required, the others fall back to it. */
export const LocalizedTextSchema = z
  .object({
    en: z.string().min(1),
    ru: z.string().min(1).optional(),
    uk: z.string().optional(),
    be: z.string().optional(),
  })
  .strict();
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const CoordinatesSchema = z
  .object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })
  .strict();
export type Coordinates = z.infer<typeof CoordinatesSchema>;

export const PlaceNameSchema = z
  .object({
    text: z.string().min(1),
    lang: LangSchema,
    kind: z
      .enum(['official', 'historical', 'variant'])
      .describe('variant: a spelling or transliteration, not a renaming'),
    from: z.number().int().optional().describe('First year the name was official.'),
    to: z.number().int().optional().describe('Last year the name was official.'),
  })
  .strict();
export type PlaceName = z.infer<typeof PlaceNameSchema>;

export const CountrySchema = z.object({ code: z.string().length(2), name: LocalizedTextSchema }).strict();

export const PlaceSchema = z
  .object({
    id: PlaceIdSchema,
    kind: z.enum(['hero-city', 'hero-fortress']),
    names: z.array(PlaceNameSchema).min(1),
    country: CountrySchema.describe('Present-day country by internationally recognised borders.'),
    control: z
      .object({
        code: z.string().length(2),
        name: LocalizedTextSchema,
        since: PartialDateSchema,
        note: LocalizedTextSchema,
      })
      .strict()
      .optional()
      .describe('De facto control, where it differs from the recognised country.'),
    coordinates: CoordinatesSchema,
    summary: LocalizedTextSchema,
  })
  .strict();
export type Place = z.infer<typeof PlaceSchema>;

export const EVENT_KINDS = ['battle', 'siege', 'defence', 'occupation', 'operation'] as const;
export const EventSchema = z
  .object({
    id: IdSchema,
    kind: z.enum(EVENT_KINDS),
    name: LocalizedTextSchema,
    places: z.array(PlaceIdSchema).min(1),
    principal: z.boolean().describe("True for the place's principal defence, siege or battle."),
  })
  .strict();
export type HistoricalEvent = z.infer<typeof EventSchema>;

export const MEMORIAL_KINDS = [
  'monument',
  'ensemble',
  'obelisk',
  'cemetery',
  'museum',
  'eternal-flame',
  'sculpture',
] as const;
export const MemorialSchema = z
  .object({
    id: IdSchema,
    place: PlaceIdSchema,
    kind: z.enum(MEMORIAL_KINDS),
    name: LocalizedTextSchema,
    year: z.number().int().min(1800).max(2100).nullable().describe('Year it was opened or unveiled.'),
    coordinates: CoordinatesSchema,
  })
  .strict();
export type Memorial = z.infer<typeof MemorialSchema>;

const CslNameSchema = z.union([
  z.object({ family: z.string(), given: z.string().optional() }).strict(),
  z.object({ literal: z.string() }).strict(),
]);

export const SOURCE_KINDS = ['primary', 'secondary', 'tertiary'] as const;
export const SourceSchema = z
  .object({
    id: IdSchema,
    kind: z.enum(SOURCE_KINDS),
    type: z
      .enum([
        'book',
        'article-journal',
        'article-newspaper',
        'entry-encyclopedia',
        'legislation',
        'webpage',
        'post-weblog',
        'document',
      ])
      .describe('CSL item type.'),
    title: z.string().min(1),
    author: z.array(CslNameSchema).optional(),
    containerTitle: z.string().optional(),
    publisher: z.string().optional(),
    issued: PartialDateSchema.optional(),
    url: z.string().url().optional(),
    accessed: PartialDateSchema.optional(),
    language: LangSchema.optional(),
    reliability: z.string().min(1).describe('What to trust this source for, and what not.'),
    corpusFile: z
      .string()
      .optional()
      .describe('For the shared evaluation corpus: the document file this record describes.'),
  })
  .strict()
  .refine((s) => s.author !== undefined || s.publisher !== undefined || s.containerTitle !== undefined, {
    message: 'a source needs an author, a publisher or a container title',
  });
export type Source = z.infer<typeof SourceSchema>;

export const DocumentSchema = z
  .object({
    id: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe('SHA-256 of the original bytes.'),
    source: IdSchema,
    fileName: z.string(),
    mediaType: z.string(),
    charset: z.string(),
    byteLength: z.number().int().nonnegative(),
    title: z.string().nullable(),
    text: z.string().describe('The extracted main text; quotes and spans refer to it.'),
    createdAt: z.string(),
  })
  .strict();
export type StoredDocument = z.infer<typeof DocumentSchema>;
