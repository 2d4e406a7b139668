import { z } from 'zod';

/** Ids are lower-case slugs: `stalingrad`, `battle-of-stalingrad`, `mamayev-kurgan`. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, 'expected a lower-case slug such as "battle-of-stalingrad"');

/** The thirteen places, with the ids the shared corpus uses. */
export const PLACE_IDS = [
  'leningrad',
  'stalingrad',
  'sevastopol',
  'odesa',
  'moscow',
  'kyiv',
  'brest',
  'kerch',
  'novorossiysk',
  'minsk',
  'tula',
  'murmansk',
  'smolensk',
] as const;
export type PlaceId = (typeof PLACE_IDS)[number];
export const PlaceIdSchema = z.enum(PLACE_IDS);
