/**
 * Test helpers for the review workbench: a fresh in-memory store with one
 * source, one document and pending claims made directly with SQL (not through
 * the ingest pipeline), a curator, an app with the auth and review routes,
 * and a small cookie jar for in-process requests.
 */
import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { openDb } from '../../src/store/open-db.js';
import type { Db } from '../../src/store/db.js';
import type { AppContext } from '../../src/server/context.js';
import { upsertUser } from '../../src/store/queries/users.js';
import { hashPassword } from '../../src/web/auth/password.js';
import { createAuthRoutes } from '../../src/web/auth/index.js';
import { createReviewRoutes } from '../../src/web/review/index.js';

export const ORIGIN = 'http://localhost';
export const PASSWORD = 'correct horse battery';

/** Cheap scrypt parameters: tests check the logic, not the cost. */
export const FAST = { N: 2 ** 12, r: 8, p: 1 };

export async function addUser(db: Db, username: string, password = PASSWORD): Promise<void> {
  await upsertUser(db, username, await hashPassword(password, FAST));
}

export interface Fixture {
  documentId: string;
  sourceId: string;
  /** Accepted curated claim: Stalingrad battle began 1942-07-17. */
  curatedId: string;
  /** Pending: battle began 1942-08-23 (conflicts with the curated claim). */
  conflictId: string;
  /** Pending: title 1965-05-08 (new). */
  newId: string;
  /** Pending: heroes 127 (agrees with nothing; verdict absent). */
  plainId: string;
  text: string;
}

/** A document whose text holds markup that must come out as text. */
export const DOC_TEXT =
  'Report on the city. The defence of the city began on 23 August 1942 after heavy raids. ' +
  'Visitors wrote <script>alert(1)</script> and <img src=x onerror=alert(1)> in the guest book. ' +
  'The city was named a Hero City on 8 May 1965. Some 127 defenders were made Heroes of the Soviet Union.';

export async function insertSource(db: Db, id: string, title: string): Promise<void> {
  await db.query(`INSERT INTO source (id, record, origin) VALUES ($1, $2::jsonb, 'user') ON CONFLICT (id) DO NOTHING`, [
    id,
    JSON.stringify({ id, kind: 'secondary', type: 'document', title, publisher: 'Test', reliability: 'Test data.' }),
  ]);
}

export async function insertDocument(db: Db, sourceId: string, text: string, title: string): Promise<string> {
  const id = createHash('sha256').update(text).digest('hex');
  await db.query(
    `INSERT INTO document (id, source_id, file_name, media_type, charset, byte_length, title, text)
     VALUES ($1, $2, $3, 'text/plain', 'utf-8', $4, $5, $6) ON CONFLICT (id) DO NOTHING`,
    [id, sourceId, 'report.txt', Buffer.byteLength(text), title, text],
  );
  return id;
}

export interface ClaimSpec {
  id: string;
  subject: string;
  property: string;
  value: unknown;
  status?: 'accepted' | 'pending' | 'rejected';
  origin?: 'curated' | 'extracted';
  documentId?: string | null;
  reconciliation?: { verdict: string; with: string[] } | null;
  sourceId: string;
  quote?: string;
  text?: string;
}

export async function insertClaim(db: Db, c: ClaimSpec): Promise<void> {
  const origin = c.origin ?? 'extracted';
  await db.query(
    `INSERT INTO claim (id, subject, property, value, status, origin, extractor, document_id, reconciliation)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9::jsonb)`,
    [
      c.id,
      c.subject,
      c.property,
      JSON.stringify(c.value),
      c.status ?? 'pending',
      origin,
      origin === 'extracted' ? 'test-1' : null,
      c.documentId ?? null,
      c.reconciliation ? JSON.stringify(c.reconciliation) : null,
    ],
  );
  const start = c.quote && c.text ? c.text.indexOf(c.quote) : -1;
  await db.query(
    `INSERT INTO claim_reference (claim_id, ord, source_id, document_id, quote, span_start, span_end)
     VALUES ($1, 0, $2, $3, $4, $5, $6)`,
    [
      c.id,
      c.sourceId,
      c.documentId ?? null,
      c.quote ?? null,
      start >= 0 ? start : null,
      start >= 0 ? start + (c.quote ?? '').length : null,
    ],
  );
}

/** A bare place row, enough for a claim's subject to be known (the seed writes full ones). */
export async function insertPlace(db: Db, id: string, name: string, lat: number, lon: number): Promise<void> {
  const record = {
    id,
    kind: 'hero-city',
    names: [{ text: name, lang: 'en', kind: 'official' }],
    country: { code: 'RU', name: { en: 'Russia' } },
    coordinates: { lat, lon },
    summary: { en: name },
  };
  await db.query(
    `INSERT INTO place (id, kind, record, lat, lon) VALUES ($1, 'hero-city', $2::jsonb, $3, $4) ON CONFLICT (id) DO NOTHING`,
    [id, JSON.stringify(record), lat, lon],
  );
}

export async function insertFixture(db: Db, text = DOC_TEXT): Promise<Fixture> {
  await insertPlace(db, 'stalingrad', 'Stalingrad', 48.7, 44.5);
  await insertPlace(db, 'odesa', 'Odesa', 46.5, 30.7);
  const sourceId = 'test-report';
  await insertSource(db, sourceId, 'A test report');
  await insertSource(db, 'test-book', 'A curated book');
  const documentId = await insertDocument(db, sourceId, text, 'Report <b>on</b> the city');
  const f: Fixture = {
    documentId,
    sourceId,
    curatedId: 'cur-test-1',
    conflictId: 'ext-1',
    newId: 'ext-2',
    plainId: 'ext-3',
    text,
  };
  await insertClaim(db, {
    id: f.curatedId,
    subject: 'stalingrad',
    property: 'battle_start',
    value: '1942-07-17',
    status: 'accepted',
    origin: 'curated',
    sourceId: 'test-book',
    quote: 'The battle began in mid-July.',
  });
  const common = { subject: 'stalingrad', documentId, sourceId, text };
  await insertClaim(db, {
    ...common,
    id: f.conflictId,
    property: 'battle_start',
    value: '1942-08-23',
    reconciliation: { verdict: 'conflicts', with: [f.curatedId] },
    quote: 'began on 23 August 1942',
  });
  await insertClaim(db, {
    ...common,
    id: f.newId,
    property: 'hero_city_title',
    value: '1965-05-08',
    reconciliation: { verdict: 'new', with: [] },
    quote: 'named a Hero City on 8 May 1965',
  });
  await insertClaim(db, {
    ...common,
    id: f.plainId,
    property: 'heroes_of_soviet_union',
    value: 127,
    quote: 'Some 127 defenders were made Heroes of the Soviet Union',
  });
  return f;
}

export async function makeContext(): Promise<AppContext> {
  const db = await openDb({ dataDir: 'memory://', databaseUrl: '' });
  return { db, secret: 'test-secret-0123456789abcdef', secureCookies: false };
}

export function reviewApp(ctx: AppContext): Hono {
  const app = new Hono();
  app.route('/', createAuthRoutes(ctx));
  app.route('/', createReviewRoutes(ctx));
  return app;
}

/** Keeps cookies between in-process requests, as a browser would (no expiry handling needed here). */
export class Jar {
  cookies = new Map<string, string>();
  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = (pair ?? '').indexOf('=');
      const name = (pair ?? '').slice(0, eq).trim();
      const value = (pair ?? '').slice(eq + 1).trim();
      if (/max-age=0/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

export async function get(app: Hono, path: string, jar?: Jar): Promise<Response> {
  const res = await app.request(ORIGIN + path, { headers: jar ? { cookie: jar.header() } : {} });
  jar?.take(res);
  return res;
}

export async function post(
  app: Hono,
  path: string,
  fields: [string, string][] | Record<string, string>,
  jar?: Jar,
  headers: Record<string, string> = { origin: ORIGIN },
): Promise<Response> {
  const body = new URLSearchParams(Array.isArray(fields) ? fields : Object.entries(fields));
  const res = await app.request(ORIGIN + path, {
    method: 'POST',
    body: body.toString(),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(jar ? { cookie: jar.header() } : {}),
      ...headers,
    },
  });
  jar?.take(res);
  return res;
}

/** The value of the first hidden `csrf` input in a page. */
export function csrfFrom(html: string): string {
  const m = /name="csrf" value="([^"]+)"/.exec(html);
  if (!m) throw new Error('no csrf input in the page');
  return m[1] as string;
}

export async function signIn(app: Hono, jar: Jar, username: string, password = PASSWORD): Promise<Response> {
  const page = await get(app, '/login', jar);
  const token = csrfFrom(await page.text());
  return post(app, '/login', { csrf: token, username, password, next: '/review' }, jar);
}

export async function claimRow(db: Db, id: string) {
  const { rows } = await db.query<{ status: string; subject: string; value: unknown; reconciliation: unknown }>(
    'SELECT status, subject, value, reconciliation FROM claim WHERE id = $1',
    [id],
  );
  return rows[0];
}

export async function reviewRows(db: Db, id: string) {
  const { rows } = await db.query<{
    decision: string;
    reviewer: string;
    before: Record<string, unknown>;
    after: Record<string, unknown>;
  }>('SELECT decision, reviewer, before, after FROM review WHERE claim_id = $1 ORDER BY id', [id]);
  return rows;
}
