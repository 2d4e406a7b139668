/**
 * The shapes of the human-edited files in data/: one file per place, the
 * sources' records, and the title's own history. Claims written in a place
 * file take that place as their subject unless they name another.
 */
import { z } from 'zod';
import { IdSchema } from './ids.js';
import { PropertySchema, QualifiersSchema, RankSchema, ReferenceSchema, valueSchemaFor } from './claim.js';
import { EventSchema, LocalizedTextSchema, MemorialSchema, PlaceSchema, SourceSchema } from './entities.js';

const References = z.array(ReferenceSchema).min(1, 'every fact needs at least one reference');

export const DatasetClaimSchema = z
  .object({
    subject: IdSchema.optional(),
    property: PropertySchema,
    value: z.unknown(),
    ...QualifiersSchema.shape,
    rank: RankSchema.default('normal'),
    rankReason: z.string().optional(),
    references: References,
  })
  .strict()
  .superRefine((c, ctx) => {
    const r = valueSchemaFor(c.property).safeParse(c.value);
    if (!r.success) {
      for (const issue of r.error.issues) {
        ctx.addIssue({ code: 'custom', path: ['value', ...issue.path], message: issue.message });
      }
    }
    if (c.rank === 'preferred' && c.rankReason === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['rankReason'],
        message: 'a preferred claim needs the reason it is preferred',
      });
    }
  });
export type DatasetClaim = z.infer<typeof DatasetClaimSchema>;

export const PlaceFileSchema = PlaceSchema.extend({
  events: z.array(EventSchema.omit({ places: true }).extend({ places: EventSchema.shape.places.optional() })).min(1),
  memorials: z.array(MemorialSchema.omit({ place: true }).extend({ references: References })).min(3),
  claims: z.array(DatasetClaimSchema).min(1),
}).strict();
export type PlaceFile = z.infer<typeof PlaceFileSchema>;

export const SourcesFileSchema = z.array(SourceSchema).min(1);

export const TitleFileSchema = z
  .object({
    sections: z
      .array(
        z
          .object({
            id: IdSchema,
            heading: LocalizedTextSchema,
            paragraphs: z.array(LocalizedTextSchema).min(1),
            references: References,
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type TitleFile = z.infer<typeof TitleFileSchema>;
