/**
 * The review workbench: GET /review (and /ru/review) lists pending extracted
 * claims with filters and pages; POST /review records decisions. Curators
 * only: without a session, GET redirects to the sign-in page and POST too.
 * Mounted at the root by src/web/index.tsx; routes use their own paths only.
 */
import { Hono, type Context } from 'hono';
import { originCheck } from '../auth/origin-check.js';
import type { AppContext } from '../../server/context.js';
import type { UiLang } from '../i18n.js';
import {
  listPendingClaims,
  pendingFacets,
  VERDICTS,
  type PendingFilter,
} from '../../store/queries/list-pending-claims.js';
import {
  checkSubjectKnown,
  decideClaims,
  InvalidEditError,
  listRecentDecisions,
  validateEdit,
  type Decision,
} from '../../store/queries/review-claims.js';
import { checkCsrf, csrfToken, type Session } from '../auth/session.js';
import { langOf, privatePage, requireCurator, safeNext } from '../auth/guard.js';
import { filterQuery, KNOWN_PROPERTIES, ReviewPage, type ReviewPageProps } from './review-page.js';
import { parseEditText } from './format-value.js';

export const PAGE_SIZE = 20;

function readFilter(q: URLSearchParams): { filter: PendingFilter; page: number } {
  const filter: PendingFilter = {};
  const document = q.get('document');
  if (document && /^[0-9a-f]{64}$/.test(document)) filter.document = document;
  const property = q.get('property');
  if (property && KNOWN_PROPERTIES.includes(property)) filter.property = property;
  const verdict = q.get('verdict');
  if (verdict === 'none' || (VERDICTS as readonly string[]).includes(verdict ?? ''))
    filter.verdict = verdict as PendingFilter['verdict'];
  const page = Number(q.get('page') ?? '1');
  return { filter, page: Number.isInteger(page) && page > 0 ? page : 1 };
}

const DONE = ['accept', 'reject', 'edit', 'editaccept'];

async function render(
  c: Context,
  ctx: AppContext,
  session: Session,
  lang: UiLang,
  query: URLSearchParams,
  extra: Pick<ReviewPageProps, 'error'> = {},
  status: 200 | 422 = 200,
) {
  const { filter, page } = readFilter(query);
  const data = await listPendingClaims(ctx.db, filter, page, PAGE_SIZE);
  const facets = await pendingFacets(ctx.db);
  const recent = await listRecentDecisions(ctx.db, 10);
  let flash: ReviewPageProps['flash'];
  const done = query.get('done');
  if (done === 'none') flash = { none: true };
  else if (done && DONE.includes(done)) {
    flash = { done, count: Number(query.get('n') ?? 0) || 0, skipped: Number(query.get('skipped') ?? 0) || 0 };
  }
  privatePage(c);
  return c.html(
    <ReviewPage
      lang={lang}
      username={session.user.username}
      csrf={csrfToken(ctx, session.nonce)}
      filter={filter}
      data={data}
      facets={facets}
      recent={recent}
      path={'/review' + filterQuery(filter, data.page)}
      flash={flash}
      error={extra.error}
    />,
    status,
  );
}

function withParams(url: string, params: Record<string, string>): string {
  const u = new URL(url, 'http://x');
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  return u.pathname + u.search;
}

export function createReviewRoutes(ctx: AppContext): Hono {
  const app = new Hono();

  const show = async (c: Context) => {
    const session = await requireCurator(c, ctx);
    if (session instanceof Response) return session;
    return render(c, ctx, session, langOf(c), new URL(c.req.url).searchParams);
  };

  const decide = async (c: Context) => {
    const session = await requireCurator(c, ctx);
    if (session instanceof Response) return session;
    const lang = langOf(c);
    const form = await c.req.parseBody({ all: true });
    const one = (k: string): string | undefined => {
      const v = form[k];
      const x = Array.isArray(v) ? v[0] : v;
      return typeof x === 'string' ? x : undefined;
    };
    if (!checkCsrf(ctx, session.nonce, one('csrf'))) {
      privatePage(c);
      return c.text('Forbidden: the form token is missing or wrong; reload the review page and try again.', 403);
    }
    const back = safeNext(one('return'), lang);
    const note = (one('note') ?? '').trim().slice(0, 500) || undefined;
    const reviewer = session.user.username;
    const single = one('single');
    let done: string;
    let result;
    if (single) {
      const m = /^(accept|reject|edit|editaccept):(.+)$/.exec(single);
      if (!m) return c.text('Bad request: unknown action.', 400);
      const [, action, id] = m as unknown as [string, string, string];
      let decision: Decision;
      if (action === 'edit' || action === 'editaccept') {
        const subject = (one(`subject:${id}`) ?? '').trim();
        const valueText = one(`value:${id}`) ?? '';
        const { rows } = await ctx.db.query<{ property: string }>('SELECT property FROM claim WHERE id = $1', [id]);
        const property = rows[0]?.property;
        if (!property) return c.text('Not found: no such claim.', 404);
        const value = parseEditText(property, valueText);
        try {
          validateEdit(property, subject, value);
          await checkSubjectKnown(ctx.db, subject);
        } catch (err) {
          if (!(err instanceof InvalidEditError)) throw err;
          const q = new URL(back, 'http://x').searchParams;
          return render(
            c,
            ctx,
            session,
            lang,
            q,
            { error: { claimId: id, message: err.message, subject, valueText } },
            422,
          );
        }
        decision = { kind: 'edit', subject, value, accept: action === 'editaccept', note };
      } else {
        decision = { kind: action as 'accept' | 'reject', note };
      }
      done = action;
      result = await decideClaims(ctx.db, [id], decision, reviewer);
    } else {
      const action = one('action');
      if (action !== 'accept' && action !== 'reject') return c.text('Bad request: choose accept or reject.', 400);
      const raw = form.ids;
      const ids = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
        (x): x is string => typeof x === 'string',
      );
      if (ids.length === 0) return c.redirect(withParams(back, { done: 'none' }), 303);
      if (ids.length > 500) return c.text('Bad request: at most 500 claims at once.', 400);
      done = action;
      result = await decideClaims(ctx.db, ids, { kind: action, note }, reviewer);
    }
    return c.redirect(
      withParams(back, { done, n: String(result.done.length), skipped: String(result.skipped.length) }),
      303,
    );
  };

  for (const prefix of ['', '/ru']) {
    app.get(`${prefix}/review`, show);
    app.post(`${prefix}/review`, originCheck(), decide);
  }
  return app;
}
