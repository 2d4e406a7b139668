/**
 * Review decisions on pending extracted claims: accept, reject, edit (subject
 * and value). Each decision runs in one transaction with the claim row locked,
 * and writes a `review` row (who, when, before, after) and an audit entry.
 * Only pending extracted claims can be decided; anything else is skipped and
 * reported, so a stale form cannot overturn a decision already made.
 */
import type { Db, Queryable } from '../db.js';
import {
  IdSchema,
  PropertySchema,
  datesAgree,
  rangesOverlap,
  valueSchemaFor,
  DATE_PROPERTIES,
  FIGURE_PROPERTIES,
  type NumberRange,
} from '../../domain/index.js';
import { writeAudit } from './audit.js';
import { CLAIM_VECTOR_SQL } from '../search-vector.js';

export type Decision =
  | { kind: 'accept'; note?: string }
  | { kind: 'reject'; note?: string }
  | { kind: 'edit'; subject: string; value: unknown; accept: boolean; note?: string };

export interface DecisionResult {
  done: string[];
  skipped: { id: string; reason: string }[];
}

interface Snapshot {
  subject: string;
  property: string;
  value: unknown;
  qualifiers: Record<string, unknown>;
  status: string;
  rank: string;
  reconciliation: unknown;
}

/** Thrown for an edit whose subject or value does not fit the claim's property. */
export class InvalidEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidEditError';
  }
}

/** Checks an edited subject and value against the domain schemas; returns the parsed value. */
export function validateEdit(property: string, subject: string, value: unknown): unknown {
  if (!IdSchema.safeParse(subject).success) {
    throw new InvalidEditError(`subject ${JSON.stringify(subject)} is not an id such as "stalingrad"`);
  }
  const prop = PropertySchema.safeParse(property);
  if (!prop.success) throw new InvalidEditError(`unknown property ${JSON.stringify(property)}`);
  const r = valueSchemaFor(prop.data).safeParse(value);
  if (!r.success) {
    const why = r.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ` : '') + i.message).join('; ');
    throw new InvalidEditError(`the value does not fit "${property}": ${why}`);
  }
  return r.data;
}

/**
 * A corrected subject must be something the base knows: a place, an event or a
 * memorial, or the subject of an accepted claim. A typo ("stalingard") would
 * otherwise make an accepted claim that no page shows.
 */
export async function checkSubjectKnown(db: Queryable, subject: string): Promise<void> {
  const { rows } = await db.query(
    `SELECT 1 FROM place WHERE id = $1
     UNION ALL SELECT 1 FROM event WHERE id = $1
     UNION ALL SELECT 1 FROM memorial WHERE id = $1
     UNION ALL (SELECT 1 FROM claim WHERE subject = $1 AND status = 'accepted' LIMIT 1)
     LIMIT 1`,
    [subject],
  );
  if (rows.length === 0) {
    throw new InvalidEditError(
      `no place, event or memorial has the id ${JSON.stringify(subject)}; use an id such as "stalingrad"`,
    );
  }
}

export async function decideClaims(
  db: Db,
  ids: string[],
  decision: Decision,
  reviewer: string,
  /** Who the audit log names: a signed-in curator by default; the API passes `token:ID`. */
  actor = `user:${reviewer}`,
): Promise<DecisionResult> {
  const by: By = { reviewer, actor };
  const result: DecisionResult = { done: [], skipped: [] };
  const unique = [...new Set(ids)];
  await db.transaction(async (tx) => {
    for (const id of unique) {
      const { rows } = await tx.query<Snapshot & { origin: string }>(
        `SELECT subject, property, value, qualifiers, status, rank, reconciliation, origin
           FROM claim WHERE id = $1 FOR UPDATE`,
        [id],
      );
      const row = rows[0];
      if (!row) {
        result.skipped.push({ id, reason: 'no such claim' });
        continue;
      }
      if (row.status !== 'pending' || row.origin !== 'extracted') {
        result.skipped.push({ id, reason: `already ${row.status}` });
        continue;
      }
      const { origin: _origin, ...before } = row;
      void _origin;
      await applyDecision(tx, id, before, decision, by);
      result.done.push(id);
    }
  });
  return result;
}

interface By {
  reviewer: string;
  actor: string;
}

async function applyDecision(tx: Queryable, id: string, before: Snapshot, d: Decision, by: By): Promise<void> {
  let after: Snapshot;
  if (d.kind === 'edit') {
    const value = validateEdit(before.property, d.subject, d.value);
    await checkSubjectKnown(tx, d.subject);
    const reconciliation = await reconcile(tx, id, d.subject, before.property, value, before.qualifiers);
    after = { ...before, subject: d.subject, value, reconciliation };
    await tx.query(
      `UPDATE claim SET subject = $2, value = $3::jsonb, reconciliation = $4::jsonb, updated_at = now() WHERE id = $1`,
      [id, d.subject, JSON.stringify(value), JSON.stringify(reconciliation)],
    );
    // The search vector includes the value; keep it in step with the correction.
    await tx.query(`UPDATE claim c SET tsv = ${CLAIM_VECTOR_SQL} WHERE c.id = $1`, [id]);
    await record(tx, id, 'edit', by, before, after, d.note);
    if (d.accept) {
      const accepted = { ...after, status: 'accepted' };
      await tx.query(`UPDATE claim SET status = 'accepted', updated_at = now() WHERE id = $1`, [id]);
      await record(tx, id, 'accept', by, after, accepted, d.note);
    }
    return;
  }
  const status = d.kind === 'accept' ? 'accepted' : 'rejected';
  after = { ...before, status };
  await tx.query(`UPDATE claim SET status = $2, updated_at = now() WHERE id = $1`, [id, status]);
  await record(tx, id, d.kind, by, before, after, d.note);
}

async function record(
  tx: Queryable,
  id: string,
  decision: 'accept' | 'reject' | 'edit',
  by: By,
  before: Snapshot,
  after: Snapshot,
  note?: string,
): Promise<void> {
  await tx.query(
    `INSERT INTO review (claim_id, decision, reviewer, before, after, note) VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6)`,
    [id, decision, by.reviewer, JSON.stringify(before), JSON.stringify(after), note ?? null],
  );
  await writeAudit(tx, {
    actor: by.actor,
    action: `review.${decision}`,
    target: id,
    detail:
      decision === 'edit'
        ? {
            before: { subject: before.subject, value: before.value },
            after: { subject: after.subject, value: after.value },
          }
        : {},
  });
}

/**
 * Compares an edited claim with the accepted claims on the same subject and
 * property, as the pipeline's reconciler does for fresh claims: "agrees" when
 * one of them says the same (dates at their common precision, figures as
 * overlapping ranges), "conflicts" when they all differ, "new" when there are none.
 */
export async function reconcile(
  db: Queryable,
  selfId: string,
  subject: string,
  property: string,
  value: unknown,
  qualifiers: Record<string, unknown>,
): Promise<{ verdict: 'agrees' | 'new' | 'conflicts'; with: string[] }> {
  const { rows } = await db.query<{ id: string; value: unknown; qualifiers: Record<string, unknown> }>(
    `SELECT id, value, qualifiers FROM claim
      WHERE subject = $1 AND property = $2 AND status = 'accepted' AND id <> $3 ORDER BY id`,
    [subject, property, selfId],
  );
  const comparable = rows.filter((r) => {
    const a = r.qualifiers?.act;
    const b = qualifiers?.act;
    return comparableValues(property, r.value, value) && (a === undefined || b === undefined || a === b);
  });
  if (comparable.length === 0) return { verdict: 'new', with: [] };
  const agreeing = comparable.filter((r) => valuesAgree(property, r.value, value));
  return agreeing.length > 0
    ? { verdict: 'agrees', with: agreeing.map((r) => r.id) }
    : { verdict: 'conflicts', with: comparable.map((r) => r.id) };
}

type Ranged = NumberRange & { side?: string; what?: string; name?: string };

function comparableValues(property: string, a: unknown, b: unknown): boolean {
  if (property === 'casualties') return (a as Ranged)?.side === (b as Ranged)?.side;
  if (property === 'quantity') return (a as Ranged)?.what === (b as Ranged)?.what;
  return true;
}

function valuesAgree(property: string, a: unknown, b: unknown): boolean {
  try {
    if ((DATE_PROPERTIES as readonly string[]).includes(property)) return datesAgree(String(a), String(b));
    if ((FIGURE_PROPERTIES as readonly string[]).includes(property)) {
      return rangesOverlap(a as number | NumberRange, b as number | NumberRange);
    }
    if (property === 'casualties' || property === 'quantity') {
      const x = a as Ranged;
      const y = b as Ranged;
      return rangesOverlap({ min: x.min, max: x.max }, { min: y.min, max: y.max });
    }
    if (property === 'memorial') {
      return String((a as Ranged).name).toLowerCase() === String((b as Ranged).name).toLowerCase();
    }
  } catch {
    return false;
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface RecentDecision {
  claimId: string;
  decision: 'accept' | 'reject' | 'edit';
  reviewer: string;
  decidedAt: string;
  note: string | null;
  subject: string;
  property: string;
  before: unknown;
  after: unknown;
}

/** The latest review decisions, newest first, for the workbench's "recent decisions" list. */
export async function listRecentDecisions(db: Queryable, limit = 10): Promise<RecentDecision[]> {
  const { rows } = await db.query<{
    claim_id: string;
    decision: RecentDecision['decision'];
    reviewer: string;
    decided_at: Date | string;
    note: string | null;
    before: Snapshot;
    after: Snapshot;
  }>('SELECT claim_id, decision, reviewer, decided_at, note, before, after FROM review ORDER BY id DESC LIMIT $1', [
    limit,
  ]);
  return rows.map((r) => ({
    claimId: r.claim_id,
    decision: r.decision,
    reviewer: r.reviewer,
    decidedAt: new Date(r.decided_at).toISOString(),
    note: r.note,
    subject: r.after.subject,
    property: r.after.property,
    before: r.before.value,
    after: r.after.value,
  }));
}
