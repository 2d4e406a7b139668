/**
 * `/documents/{id}`: an ingested document's text with its extracted claims
 * highlighted where their quotes stand. The text is other people's writing
 * and may hold anything (`<script>`, `onerror=`): it is only ever rendered as
 * JSX text children, which Hono escapes; there is no raw() on this page.
 */
import { ClaimsTable, propertyLabel, sourceLabel } from '../components/common.js';
import * as data from '../data.js';
import { formatValue, figureKey } from '../facts.js';
import { facetOf, principalEvents } from '../../store/queries/find-conflicts.js';
import { getDocument } from '../../store/queries/get-document.js';
import type { ClaimView } from '../data.js';
import { href, num, placeName, t, tKey, type UiLang } from '../i18n.js';
import { Layout } from '../layout.js';
import type { PageContext } from './context.js';

export interface Highlight {
  start: number;
  end: number;
  claim: ClaimView;
}

/**
 * Where each claim's quote stands in the text: its span when the span holds
 * the quote, else the quote's first occurrence. Overlapping highlights are
 * dropped after the first (the claim is still listed below the text).
 */
export function highlights(text: string, docId: string, claims: ClaimView[]): Highlight[] {
  const found: Highlight[] = [];
  for (const claim of claims) {
    for (const r of claim.references) {
      if (r.document !== undefined && r.document !== docId) continue;
      let start = -1;
      let end = -1;
      if (
        r.span &&
        r.span[0] < r.span[1] &&
        r.span[1] <= text.length &&
        (!r.quote || text.slice(r.span[0], r.span[1]) === r.quote)
      ) {
        [start, end] = r.span;
      } else if (r.quote) {
        start = text.indexOf(r.quote);
        end = start + r.quote.length;
      }
      if (start >= 0 && end > start) {
        found.push({ start, end, claim });
        break;
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Highlight[] = [];
  let last = 0;
  for (const h of found) {
    if (h.start < last) continue;
    out.push(h);
    last = h.end;
  }
  return out;
}

function claimHref(lang: UiLang, c: ClaimView, placeIds: Set<string>, principal: ReadonlyMap<string, string>): string {
  if (!placeIds.has(c.subject)) return href(lang, `/search?q=${encodeURIComponent(c.subject)}`);
  return href(
    lang,
    `/places/${c.subject}#${c.property === 'memorial' ? 'memorials-heading' : `fig-${figureKey(c.property, facetOf(c, principal))}`}`,
  );
}

export async function documentPage(pc: PageContext, id: string) {
  const { lang, db } = pc;
  if (!/^[0-9a-f]{64}$/.test(id)) return null;
  const found = await getDocument(db, id);
  if (!found) return null;
  const { document: doc } = found;
  const claims = found.claims.filter((c) => c.status !== 'rejected');
  const [ps, sources, principal] = await Promise.all([
    data.places(db),
    data.sourceTitles(db, [doc.source]),
    principalEvents(db),
  ]);
  const placeIds = new Set<string>(ps.map((p) => p.id));
  const subjectName = (s: string) => {
    const p = ps.find((x) => x.id === s);
    return p ? placeName(p, lang) : s;
  };
  const marks = highlights(doc.text, doc.id, claims);
  const parts: (string | Highlight)[] = [];
  let at = 0;
  for (const h of marks) {
    if (h.start > at) parts.push(doc.text.slice(at, h.start));
    parts.push(h);
    at = h.end;
  }
  if (at < doc.text.length) parts.push(doc.text.slice(at));
  const title = doc.title ?? doc.fileName;
  const describe = (c: ClaimView) =>
    `${subjectName(c.subject)} · ${propertyLabel(lang, c)}: ${formatValue(lang, c)} (${tKey(lang, `status_${c.status}`)})`;
  return (
    <Layout title={title} lang={lang} path={pc.path} pageClass="page-document">
      <p class="kicker">{t(lang, 'documentHeading')}</p>
      <h1>{title}</h1>
      <section aria-labelledby="doc-meta-h">
        <h2 id="doc-meta-h" class="visually-hidden">
          {t(lang, 'documentMeta')}
        </h2>
        <dl class="facts-inline">
          <div>
            <dt>{t(lang, 'source')}</dt>
            <dd>
              <a href={href(lang, `/sources/${doc.source}`)}>{sourceLabel(sources.get(doc.source), doc.source)}</a>
            </dd>
          </div>
          <div>
            <dt>{t(lang, 'fileName')}</dt>
            <dd>{doc.fileName}</dd>
          </div>
          <div>
            <dt>{t(lang, 'mediaType')}</dt>
            <dd>
              {doc.mediaType}; {doc.charset}
            </dd>
          </div>
          <div>
            <dt>{t(lang, 'size')}</dt>
            <dd>{num(lang, doc.byteLength)} B</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="doc-text-h">
        <h2 id="doc-text-h">{t(lang, 'documentText')}</h2>
        <div class="doc-text" lang="">
          {parts.map((p) =>
            typeof p === 'string' ? (
              p
            ) : (
              <a
                class={`claim-mark status-${p.claim.status}`}
                href={claimHref(lang, p.claim, placeIds, principal)}
                title={describe(p.claim)}
              >
                <mark>{doc.text.slice(p.start, p.end)}</mark>
              </a>
            ),
          )}
        </div>
      </section>
      <section aria-labelledby="doc-claims-h">
        <h2 id="doc-claims-h">{t(lang, 'documentClaims')}</h2>
        <ClaimsTable
          lang={lang}
          claims={claims}
          subjectHref={(c) => claimHref(lang, c, placeIds, principal)}
          subjectName={subjectName}
          quoteOf={(c) => (c.references.find((r) => r.document === doc.id) ?? c.references[0])?.quote}
        />
      </section>
    </Layout>
  );
}
