/**
 * Every accepted claim as `{subject, property, value, references}` in the
 * vocabulary of the shared corpus (../shared/corpus/README.md), so the scorer
 * and other tools read it as they read extracted claims. `event`, `id`,
 * `rank` and `origin` are extra fields, which the scorer ignores.
 */
import { corpusValue, type ClaimValue, type Property, type Reference } from '../domain/index.js';
import type { Queryable } from '../store/db.js';
import { CLAIM_COLUMNS, toClaim, type ClaimRow } from '../store/queries/claim-row.js';

export interface ExportedClaim {
  subject: string;
  property: Property;
  value: ClaimValue;
  references: Reference[];
  /** The first reference's quote, when it has one (the scorer's `quote`). */
  quote?: string;
  event?: string;
  id: string;
  rank: 'preferred' | 'normal' | 'deprecated';
  origin: 'curated' | 'extracted';
}

export async function listExportedClaims(db: Queryable): Promise<ExportedClaim[]> {
  const { rows } = await db.query<ClaimRow>(
    `SELECT ${CLAIM_COLUMNS} FROM claim c WHERE c.status = 'accepted' ORDER BY c.subject, c.property, c.id`,
  );
  return rows.map(toClaim).map((c) => {
    const quote = c.references.find((r) => r.quote !== undefined)?.quote;
    return {
      subject: c.subject,
      property: c.property,
      // The corpus's vocabulary only: a quantity's Russian label (what_ru) is ours, not the scorer's.
      value: corpusValue(c.value),
      references: c.references,
      ...(quote !== undefined && { quote }),
      ...(c.qualifiers.event !== undefined && { event: c.qualifiers.event }),
      id: c.id,
      rank: c.rank,
      origin: c.origin.kind,
    };
  });
}

export async function exportClaimsJson(db: Queryable): Promise<string> {
  return JSON.stringify(await listExportedClaims(db), null, 2) + '\n';
}
