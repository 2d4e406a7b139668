/**
 * The review workbench page. One GET form for the filters; one POST form for
 * the decisions, so that everything works without JavaScript: per-claim
 * buttons carry `single=<action>:<claim id>`, the bulk buttons carry
 * `action=<accept|reject>` with the checked `ids`. All document text is
 * rendered as JSX text (escaped); the quote is marked with <mark>.
 */
import type { Place } from '../../domain/index.js';
import { PLACE_IDS, PROPERTIES } from '../../domain/index.js';
import { Layout } from '../layout.js';
import { href, placeName, tKey, type UiLang } from '../i18n.js';
import type {
  PendingClaim,
  PendingFilter,
  PendingPage,
  RelatedClaim,
  ReviewFacets,
} from '../../store/queries/list-pending-claims.js';
import type { RecentDecision } from '../../store/queries/review-claims.js';
import { sentenceAround } from './context-snippet.js';
import { editSyntax, formatValue, quantityParts, valueToEditText } from './format-value.js';
import { rt, type ReviewKey } from './strings.js';

export interface ReviewPageProps {
  lang: UiLang;
  username: string;
  csrf: string;
  filter: PendingFilter;
  data: PendingPage;
  facets: ReviewFacets;
  recent: RecentDecision[];
  /** The address of this view (language-neutral), to come back to after a decision. */
  path: string;
  flash?: { done: string; count: number; skipped: number } | { none: true };
  error?: { claimId: string; message: string; subject: string; valueText: string };
}

export function filterQuery(f: PendingFilter, page?: number): string {
  const q = new URLSearchParams();
  if (f.document) q.set('document', f.document);
  if (f.property) q.set('property', f.property);
  if (f.verdict) q.set('verdict', f.verdict);
  if (page && page > 1) q.set('page', String(page));
  const s = q.toString();
  return s ? `?${s}` : '';
}

function subjectName(c: { subject: string; subjectNames: PendingClaim['subjectNames'] }, lang: UiLang): string {
  if (c.subjectNames.length === 0) return c.subject;
  return placeName({ id: c.subject as Place['id'], names: c.subjectNames as Place['names'] }, lang);
}

const propLabel = (lang: UiLang, p: string) => tKey(lang, `prop_${p}`);

function Flash(p: { lang: UiLang; flash: NonNullable<ReviewPageProps['flash']> }) {
  if ('none' in p.flash)
    return (
      <p class="flash flash-warning" role="status">
        {rt(p.lang, 'noneSelected')}
      </p>
    );
  const key = `done_${p.flash.done}` as ReviewKey;
  return (
    <p class="flash" role="status">
      {rt(p.lang, key)}: {p.flash.count} {rt(p.lang, 'claimsWord')}
      {p.flash.skipped > 0 && `. ${rt(p.lang, 'skipped')}: ${p.flash.skipped}`}
    </p>
  );
}

function Filters(p: { lang: UiLang; filter: PendingFilter; facets: ReviewFacets }) {
  const { lang, filter, facets } = p;
  const verdicts = ['agrees', 'new', 'conflicts', 'none'];
  const count = (v: string) => facets.verdicts.find((x) => x.verdict === v)?.count ?? 0;
  return (
    <form class="review-filters" method="get" action={href(lang, '/review')}>
      <fieldset>
        <legend>{rt(lang, 'filters')}</legend>
        <p>
          <label for="f-document">{rt(lang, 'filterDocument')}</label>
          <select id="f-document" name="document">
            <option value="">{rt(lang, 'filterAll')}</option>
            {facets.documents.map((d) => (
              <option value={d.id} selected={filter.document === d.id}>
                {`${d.title} (${d.count})`}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label for="f-property">{rt(lang, 'filterProperty')}</label>
          <select id="f-property" name="property">
            <option value="">{rt(lang, 'filterAll')}</option>
            {facets.properties.map((x) => (
              <option value={x.property} selected={filter.property === x.property}>
                {`${propLabel(lang, x.property)} (${x.count})`}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label for="f-verdict">{rt(lang, 'filterVerdict')}</label>
          <select id="f-verdict" name="verdict">
            <option value="">{rt(lang, 'filterAll')}</option>
            {verdicts.map((v) => (
              <option value={v} selected={filter.verdict === v}>
                {`${rt(lang, `verdict_${v}` as ReviewKey)} (${count(v)})`}
              </option>
            ))}
          </select>
        </p>
        <p class="filter-buttons">
          <button type="submit">{rt(lang, 'applyFilters')}</button>{' '}
          {(filter.document || filter.property || filter.verdict) && (
            <a href={href(lang, '/review')}>{rt(lang, 'clearFilters')}</a>
          )}
        </p>
      </fieldset>
    </form>
  );
}

function Quote(p: { lang: UiLang; claim: PendingClaim }) {
  const ref = p.claim.reference;
  if (!ref?.quote) return <p class="review-noquote">{rt(p.lang, 'noQuote')}</p>;
  const snip =
    ref.window !== null && ref.spanStart !== null && ref.spanEnd !== null
      ? sentenceAround(ref.window, ref.windowStart, ref.spanStart, ref.spanEnd)
      : null;
  const matches = snip !== null && snip.quote === ref.quote;
  return (
    <figure class="review-quote">
      <figcaption class="visually-hidden">{rt(p.lang, 'quoteInContext')}</figcaption>
      <blockquote>
        {matches ? (
          <p>
            {snip.cutBefore && '… '}
            {snip.before}
            <mark>{snip.quote}</mark>
            {snip.after}
            {snip.cutAfter && ' …'}
          </p>
        ) : (
          <p>
            <mark>{ref.quote}</mark>
          </p>
        )}
      </blockquote>
      {!matches && ref.spanStart !== null && <p class="note">{rt(p.lang, 'spanMismatch')}</p>}
    </figure>
  );
}

/** A value as formatValue reads it; a quantity's description in another language than the page's is marked with it. */
function Value(p: { lang: UiLang; property: string; value: unknown }) {
  const q = quantityParts(p.lang, p.property, p.value);
  if (!q || !q.what.text || q.what.lang === p.lang) return <>{formatValue(p.lang, p.property, p.value)}</>;
  return (
    <>
      {q.range} <span lang={q.what.lang}>{q.what.text}</span>
    </>
  );
}

function Related(p: { lang: UiLang; claims: RelatedClaim[] }) {
  const { lang } = p;
  return (
    <div class="review-base">
      <h3>{rt(lang, 'baseSays')}</h3>
      <ul>
        {p.claims.map((r) => (
          <li>
            <strong>
              <Value lang={lang} property={r.property} value={r.value} />
            </strong>
            {r.rank === 'preferred' && ` (${tKey(lang, 'preferred')})`}
            {r.sources.length > 0 && ' — '}
            {r.sources.map((s, i) => (
              <>
                {i > 0 && '; '}
                <a href={href(lang, `/sources/${s.id}`)}>{s.title}</a>
                {s.quote && <q class="base-quote">{s.quote}</q>}
              </>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}

function ClaimCard(p: { lang: UiLang; claim: PendingClaim; error: ReviewPageProps['error'] }) {
  const { lang, claim: c } = p;
  const ref = c.reference;
  const err = p.error?.claimId === c.id ? p.error : undefined;
  const hid = `claim-${c.id}`;
  const syntax = editSyntax(c.property);
  const help =
    syntax === 'date' ? 'editValueHelpDate' : syntax === 'range' ? 'editValueHelpRange' : 'editValueHelpJson';
  const verdict = c.verdict ?? 'none';
  return (
    <li class={`review-claim verdict-${verdict}`}>
      <article aria-labelledby={hid}>
        <div class="review-claim-head">
          <input type="checkbox" name="ids" value={c.id} id={`sel-${c.id}`} class="review-select" />
          <h2 id={hid}>
            <label for={`sel-${c.id}`}>
              <span class="visually-hidden">{rt(lang, 'selectClaim')}: </span>
              {subjectName(c, lang)} · {propLabel(lang, c.property)}:{' '}
              <span class="review-value">
                <Value lang={lang} property={c.property} value={c.value} />
              </span>
            </label>
          </h2>
          <span class={`verdict verdict-${verdict}`}>{rt(lang, `verdict_${verdict}` as ReviewKey)}</span>
        </div>
        <Quote lang={lang} claim={c} />
        <dl class="review-meta">
          <dt>{tKey(lang, 'subject')}</dt>
          <dd>
            <code>{c.subject}</code>
          </dd>
          <dt>{tKey(lang, 'property')}</dt>
          <dd>
            <code>{c.property}</code>
          </dd>
          {ref?.documentId && (
            <>
              <dt>{rt(lang, 'fromDocument')}</dt>
              <dd>
                <a href={href(lang, `/documents/${ref.documentId}`)}>
                  {ref.documentTitle ?? ref.documentId.slice(0, 12)}
                </a>
              </dd>
            </>
          )}
          {ref && (
            <>
              <dt>{rt(lang, 'source')}</dt>
              <dd>
                <a href={href(lang, `/sources/${ref.sourceId}`)}>{ref.sourceTitle}</a>
              </dd>
            </>
          )}
          {c.extractor && (
            <>
              <dt>{rt(lang, 'extractor')}</dt>
              <dd>{c.extractor}</dd>
            </>
          )}
        </dl>
        {c.related.length > 0 && <Related lang={lang} claims={c.related} />}
        <div class="review-actions">
          <button type="submit" name="single" value={`accept:${c.id}`} class="button-accept">
            {rt(lang, 'accept')}
          </button>{' '}
          <button type="submit" name="single" value={`reject:${c.id}`} class="button-reject">
            {rt(lang, 'reject')}
          </button>
          <details class="review-edit" open={err !== undefined}>
            <summary>{rt(lang, 'edit')}</summary>
            {err && (
              <p class="form-error" role="alert" id={`err-${c.id}`}>
                {rt(lang, 'invalidEdit')}: {err.message}
              </p>
            )}
            <p>
              <label for={`subject-${c.id}`}>{rt(lang, 'editSubject')}</label>
              <input
                id={`subject-${c.id}`}
                name={`subject:${c.id}`}
                type="text"
                list="subject-ids"
                value={err?.subject ?? c.subject}
                autocomplete="off"
                spellcheck={false}
              />
            </p>
            <p>
              <label for={`value-${c.id}`}>{rt(lang, 'editValue')}</label>
              <input
                id={`value-${c.id}`}
                name={`value:${c.id}`}
                type="text"
                value={err?.valueText ?? valueToEditText(c.property, c.value)}
                aria-describedby={`help-${c.id}${err ? ` err-${c.id}` : ''}`}
                autocomplete="off"
                spellcheck={false}
              />
              <span class="help" id={`help-${c.id}`}>
                {rt(lang, help)}
              </span>
            </p>
            <p>
              <button type="submit" name="single" value={`edit:${c.id}`}>
                {rt(lang, 'saveEdit')}
              </button>{' '}
              <button type="submit" name="single" value={`editaccept:${c.id}`} class="button-accept">
                {rt(lang, 'saveEditAccept')}
              </button>
            </p>
          </details>
        </div>
      </article>
    </li>
  );
}

function Pagination(p: { lang: UiLang; filter: PendingFilter; data: PendingPage }) {
  const { lang, data } = p;
  const last = Math.max(1, Math.ceil(data.total / data.pageSize));
  if (last <= 1) return null;
  const link = (n: number) => href(lang, '/review') + filterQuery(p.filter, n);
  return (
    <nav class="pagination" aria-label={rt(lang, 'pagination')}>
      {data.page > 1 && (
        <a href={link(data.page - 1)} rel="prev">
          {rt(lang, 'previous')}
        </a>
      )}{' '}
      <span>
        {rt(lang, 'page')} {data.page} {rt(lang, 'pageOf')} {last}
      </span>{' '}
      {data.page < last && (
        <a href={link(data.page + 1)} rel="next">
          {rt(lang, 'next')}
        </a>
      )}
    </nav>
  );
}

function Recent(p: { lang: UiLang; recent: RecentDecision[] }) {
  const { lang } = p;
  const when = (iso: string) => iso.slice(0, 16).replace('T', ' ') + ' UTC';
  return (
    <section class="review-recent">
      <h2 id="recent-heading">{rt(lang, 'recentHeading')}</h2>
      <div class="table-scroll" role="region" aria-labelledby="recent-heading" tabindex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{rt(lang, 'colWhen')}</th>
              <th scope="col">{rt(lang, 'colWho')}</th>
              <th scope="col">{rt(lang, 'colDecision')}</th>
              <th scope="col">{rt(lang, 'colClaim')}</th>
              <th scope="col">{rt(lang, 'colNote')}</th>
            </tr>
          </thead>
          <tbody>
            {p.recent.map((r) => (
              <tr>
                <td>
                  <time datetime={r.decidedAt}>{when(r.decidedAt)}</time>
                </td>
                <td>{r.reviewer}</td>
                <td>{rt(lang, `decision_${r.decision}` as ReviewKey)}</td>
                <td>
                  <code>{r.subject}</code> · {propLabel(lang, r.property)}:{' '}
                  {r.decision === 'edit' && (
                    <>
                      <Value lang={lang} property={r.property} value={r.before} /> →{' '}
                    </>
                  )}
                  <Value lang={lang} property={r.property} value={r.after} />
                </td>
                <td>{r.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function ReviewPage(p: ReviewPageProps) {
  const { lang, data, filter } = p;
  const filtered = Boolean(filter.document || filter.property || filter.verdict);
  return (
    <Layout title={rt(lang, 'reviewHeading')} lang={lang} path={p.path} pageClass="page-review">
      <div class="review-head">
        <h1>{rt(lang, 'reviewHeading')}</h1>
        <form class="signout-form" method="post" action={href(lang, '/logout')}>
          <input type="hidden" name="csrf" value={p.csrf} />
          <span>
            {rt(lang, 'signedInAs')} <strong>{p.username}</strong>
          </span>{' '}
          <button type="submit">{rt(lang, 'signOut')}</button>
        </form>
      </div>
      <p>{rt(lang, 'reviewIntro')}</p>
      {p.flash && <Flash lang={lang} flash={p.flash} />}
      <Filters lang={lang} filter={filter} facets={p.facets} />
      <p class="review-count">
        <strong>{data.total}</strong> {rt(lang, 'pendingCount')}
      </p>
      {data.claims.length === 0 ? (
        <p class="review-empty">{rt(lang, filtered ? 'nothingMatches' : 'nothingPending')}</p>
      ) : (
        <form class="review-form" method="post" action={href(lang, '/review')}>
          {/* The first submit button is the one Enter presses; a disabled one makes Enter in a correction field do nothing. */}
          <button type="submit" disabled hidden aria-hidden="true" tabindex={-1}></button>
          <input type="hidden" name="csrf" value={p.csrf} />
          <input type="hidden" name="return" value={href(lang, '/review') + filterQuery(filter, data.page)} />
          <div class="review-bulk" role="group" aria-label={rt(lang, 'bulkHeading')}>
            <span>{rt(lang, 'bulkHeading')}:</span>{' '}
            <button type="submit" name="action" value="accept" class="button-accept">
              {rt(lang, 'acceptSelected')}
            </button>{' '}
            <button type="submit" name="action" value="reject" class="button-reject">
              {rt(lang, 'rejectSelected')}
            </button>
            <label class="review-note">
              <span>{rt(lang, 'note')}</span> <input type="text" name="note" maxlength={500} autocomplete="off" />
            </label>
          </div>
          <ol class="review-list">
            {data.claims.map((c) => (
              <ClaimCard lang={lang} claim={c} error={p.error} />
            ))}
          </ol>
          <datalist id="subject-ids">
            {PLACE_IDS.map((id) => (
              <option value={id} />
            ))}
          </datalist>
        </form>
      )}
      <Pagination lang={lang} filter={filter} data={data} />
      {p.recent.length > 0 && <Recent lang={lang} recent={p.recent} />}
    </Layout>
  );
}

export const KNOWN_PROPERTIES: readonly string[] = PROPERTIES;
