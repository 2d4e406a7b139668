/**
 * The pipeline, composed: decode → main text → segment → recognise → relate
 * → reconcile. Pure: bytes and what the base knows in, claims out.
 *
 * Where things live (data apart from code, as in compromise):
 *   lexicon/    word lists: months, number words, qualifiers, side words,
 *               award verbs, memorial heads, aliases and demonyms, Russian
 *               case endings. A new phrasing is often one word here.
 *   recognise/  one recogniser per kind of mention (dates, quantities, places,
 *               events, awards, sides, memorials); their order and the one
 *               refiner are explained in recognise/index.ts.
 *   relate/     claim patterns, one small unit per property or shape, in the
 *               order explained in relate/index.ts; subject.ts decides which
 *               place each sentence is about.
 * To add a phrasing: a row in the recogniser's or pattern's table-driven test
 * (a negative case too), then the rule. A rule made for one document comes
 * with that document as a case in test/fixtures/claims/ (`npm run eval`
 * scores them with the shared scorer).
 */
import type { Claim } from '../domain/index.js';
import { decode } from './decode.js';
import { extractClaims } from './extract.js';
import type { Gazetteer } from './gazetteer.js';
import { mainText } from './main-text.js';
import { reconcile } from './reconcile.js';
import type { Decoded, MainText, ReconciledClaim } from './types.js';

export { buildGazetteer, type Gazetteer } from './gazetteer.js';
export { extractClaims } from './extract.js';
export { reconcile, dedupe } from './reconcile.js';
export { segment } from './segment.js';

export interface PipelineResult {
  decoded: Decoded;
  main: MainText;
  claims: ReconciledClaim[];
}

export function runPipeline(
  bytes: Uint8Array,
  fileName: string,
  ctx: { gazetteer: Gazetteer; known: Claim[] },
): PipelineResult {
  const decoded = decode(bytes, fileName);
  const main = mainText(decoded);
  const claims = reconcile(extractClaims(main, ctx.gazetteer), ctx.known);
  return { decoded, main, claims };
}
