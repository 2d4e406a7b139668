/**
 * Claims: what a source says about a subject, Wikidata-style. The property
 * vocabulary and value shapes are those of the shared corpus README, so a
 * claim exported as {subject, property, value, quote} scores as-is.
 */
import { z } from 'zod';
import { PartialDateSchema } from './partial-date.js';
import { FigureSchema, NumberRangeFields } from './number-range.js';
import { IdSchema } from './ids.js';

export const DATE_PROPERTIES = [
  'hero_city_title',
  'order_of_lenin',
  'gold_star',
  'battle_start',
  'battle_end',
  'occupied',
  'liberated',
] as const;
export const FIGURE_PROPERTIES = ['duration_days', 'heroes_of_soviet_union'] as const;
export const PROPERTIES = [...DATE_PROPERTIES, ...FIGURE_PROPERTIES, 'casualties', 'quantity', 'memorial'] as const;

export type DateProperty = (typeof DATE_PROPERTIES)[number];
export type FigureProperty = (typeof FIGURE_PROPERTIES)[number];
export type Property = (typeof PROPERTIES)[number];
export const PropertySchema = z.enum(PROPERTIES);

export const SIDES = ['soviet', 'axis', 'civilian', 'combined'] as const;
export const SideSchema = z.enum(SIDES);
export type Side = z.infer<typeof SideSchema>;

export const CasualtiesValueSchema = z
  .object({ side: SideSchema, ...NumberRangeFields })
  .strict()
  .refine((v) => v.min !== null || v.max !== null, { message: 'casualties need min or max' });
/** Holds at least one Cyrillic letter: a Russian text, not an English one copied over. */
const CYRILLIC = /[\u0400-\u04ff]/;
/**
 * `what` is the corpus's own field, in English (or in the words of the
 * document it was extracted from). `what_ru` is the same description in
 * Russian for the Russian interface; it is ours, not the corpus's, so the
 * claims-json export leaves it out and curated claim ids are made without it.
 */
export const QuantityValueSchema = z
  .object({
    what: z.string().min(1),
    what_ru: z
      .string()
      .min(1)
      .regex(CYRILLIC, { message: 'what_ru must be written in Russian (Cyrillic letters)' })
      .optional()
      .describe('Russian for `what`, shown on the Russian pages.'),
    ...NumberRangeFields,
  })
  .strict()
  .refine((v) => v.min !== null || v.max !== null, { message: 'a quantity needs min or max' });
export const MemorialValueSchema = z
  .object({ name: z.string().min(1), year: z.number().int().min(1800).max(2100).nullable() })
  .strict();

export type CasualtiesValue = z.infer<typeof CasualtiesValueSchema>;
export type QuantityValue = z.infer<typeof QuantityValueSchema>;
export type MemorialValue = z.infer<typeof MemorialValueSchema>;
export type ClaimValue = string | z.infer<typeof FigureSchema> | CasualtiesValue | QuantityValue | MemorialValue;

/** A value as the corpus writes it: a quantity without our `what_ru`; every other value as it is. */
export function corpusValue<V extends ClaimValue>(value: V): V {
  if (typeof value !== 'object' || value === null || !('what_ru' in value)) return value;
  const rest: Record<string, unknown> = { ...value };
  delete rest.what_ru;
  return rest as V;
}

/**
 * The description of what a quantity counts, in the interface's language:
 * the Russian label on Russian pages when there is one, else `what`. `lang`
 * says which language the text is in, so a page can mark an English
 * fallback (`what` written in Cyrillic, as extracted from a Russian
 * document, counts as Russian).
 */
export function quantityLabel(
  value: Pick<QuantityValue, 'what' | 'what_ru'>,
  lang: string,
): { text: string; lang: 'en' | 'ru' } {
  if (lang === 'ru' && value.what_ru) return { text: value.what_ru, lang: 'ru' };
  return { text: value.what, lang: CYRILLIC.test(value.what) ? 'ru' : 'en' };
}

/** The schema of a claim's value, chosen by its property. */
export function valueSchemaFor(property: Property): z.ZodType<ClaimValue> {
  if ((DATE_PROPERTIES as readonly string[]).includes(property)) return PartialDateSchema;
  if ((FIGURE_PROPERTIES as readonly string[]).includes(property)) return FigureSchema;
  if (property === 'casualties') return CasualtiesValueSchema;
  if (property === 'quantity') return QuantityValueSchema;
  return MemorialValueSchema;
}

export const ClaimValueSchema = z
  .union([PartialDateSchema, FigureSchema, CasualtiesValueSchema, QuantityValueSchema, MemorialValueSchema])
  .describe('Shape depends on the property: see the corpus vocabulary.');

/**
 * Qualifiers narrow a claim. `act` separates the two ways a city got its
 * title: the 1945 order that first named it, and the Presidium decree that
 * conferred the title with the Order of Lenin and the Gold Star (1965-1985).
 */
export const QualifiersSchema = z
  .object({
    event: IdSchema.optional().describe('Id of the battle, siege or operation the claim is about.'),
    act: z.enum(['order', 'decree', 'statute']).optional(),
    note: z.string().optional(),
  })
  .strict();
export type Qualifiers = z.infer<typeof QualifiersSchema>;

export const SpanSchema = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .describe('Character offsets [start, end) of the quote in the document text.');

export const ReferenceSchema = z
  .object({
    source: IdSchema.describe('Id of the source record.'),
    document: z.string().optional().describe('Id (content hash) of the stored document, when there is one.'),
    quote: z.string().min(1).optional().describe('The exact words of the source that support the claim.'),
    span: SpanSchema.optional(),
    locator: z.string().optional().describe('Page, section or heading inside the source.'),
  })
  .strict();
export type Reference = z.infer<typeof ReferenceSchema>;

export const STATUSES = ['accepted', 'pending', 'rejected'] as const;
export const RANKS = ['preferred', 'normal', 'deprecated'] as const;
export const StatusSchema = z.enum(STATUSES);
export const RankSchema = z.enum(RANKS);
export type Status = z.infer<typeof StatusSchema>;
export type Rank = z.infer<typeof RankSchema>;

export const OriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('curated') }).strict(),
  z.object({ kind: z.literal('extracted'), extractor: z.string() }).strict(),
]);
export type Origin = z.infer<typeof OriginSchema>;

export const ClaimSchema = z
  .object({
    id: z.string(),
    subject: IdSchema.describe('Id of the place (or event) the claim is about.'),
    property: PropertySchema,
    value: ClaimValueSchema,
    qualifiers: QualifiersSchema,
    references: z.array(ReferenceSchema).min(1),
    status: StatusSchema,
    rank: RankSchema,
    rankReason: z.string().nullable(),
    origin: OriginSchema,
  })
  .strict()
  .superRefine((c, ctx) => {
    const r = valueSchemaFor(c.property).safeParse(c.value);
    if (!r.success) {
      for (const issue of r.error.issues) {
        ctx.addIssue({ code: 'custom', path: ['value', ...issue.path], message: issue.message });
      }
    }
  });
export type Claim = z.infer<typeof ClaimSchema>;

/** The shape the corpus scorer reads: {subject, property, value, quote, event?}. */
export interface ScoredClaim {
  subject: string;
  property: Property;
  value: ClaimValue;
  quote: string;
  event?: string;
  [extra: string]: unknown;
}
