/**
 * The pipeline, composed: decode → main text → segment → recognise → relate
 * → reconcile. Pure: bytes and what the base knows in, claims out.
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
