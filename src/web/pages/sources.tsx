/** `/sources` and `/sources/{id}`: every record the atlas cites, what it can be trusted for, and what cites it. */
import { SOURCE_KINDS, type Source } from '../../domain/index.js';
import { ClaimsTable } from '../components/common.js';
import * as data from '../data.js';
import { formatDate, href, num, placeName, t, tKey, type UiLang } from '../i18n.js';
import { JSONLD_CONTEXT, sourceNode } from '../../export/jsonld.js';
import { publicBaseUrl } from '../../export/linked-places.js';
import { Layout } from '../layout.js';
import { listDocuments } from '../../store/queries/list-documents.js';
import type { PageContext } from './context.js';

function authors(s: Source): string {
  return (s.author ?? [])
    .map((a) => ('literal' in a ? a.literal : a.given ? `${a.given} ${a.family}` : a.family))
    .join(', ');
}

/** A bibliographic line: authors, title, container, publisher, date. */
export function Citation(props: { lang: UiLang; source: Source; link?: boolean }) {
  const s = props.source;
  const who = authors(s);
  return (
    <span class="citation">
      {who && <span class="cit-author">{who}. </span>}
      {props.link ? (
        <a href={href(props.lang, `/sources/${s.id}`)} class="cit-title">
          {s.title}
        </a>
      ) : (
        <cite class="cit-title">{s.title}</cite>
      )}
      {s.containerTitle && <span>. {s.containerTitle}</span>}
      {s.publisher && <span>. {s.publisher}</span>}
      {s.issued && <span>, {formatDate(props.lang, s.issued)}</span>}.
    </span>
  );
}

export async function sourcesPage(pc: PageContext) {
  const { lang, db } = pc;
  const list = await data.sources(db);
  return (
    <Layout title={t(lang, 'sourcesHeading')} lang={lang} path={pc.path} pageClass="page-sources">
      <h1>{t(lang, 'sourcesHeading')}</h1>
      <p class="lede">{t(lang, 'sourcesIntro')}</p>
      {SOURCE_KINDS.map((kind) => {
        const group = list.filter((s) => s.kind === kind);
        if (group.length === 0) return null;
        return (
          <section aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`} class="kind-heading">
              {tKey(lang, `sourceKind_${kind}`)}
            </h2>
            <ul class="source-list">
              {group.map((s) => (
                <li>
                  <Citation lang={lang} source={s} link />
                  <p class="reliability">{s.reliability}</p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </Layout>
  );
}

export async function sourcePage(pc: PageContext, id: string) {
  const { lang, db } = pc;
  const s = await data.source(db, id);
  if (!s) return null;
  const [claims, docs, ps] = await Promise.all([
    data.claimsWhere(
      db,
      `c.status <> 'rejected' AND EXISTS (SELECT 1 FROM claim_reference r WHERE r.claim_id = c.id AND r.source_id = $1)`,
      [id],
    ),
    listDocuments(db, { sourceId: id }),
    data.places(db),
  ]);
  const placeById = new Map(ps.map((p) => [p.id as string, p]));
  const subjectName = (subject: string) => {
    const p = placeById.get(subject);
    return p ? placeName(p, lang) : subject;
  };
  return (
    <Layout
      title={s.title}
      lang={lang}
      path={pc.path}
      pageClass="page-source"
      jsonLd={{ '@context': JSONLD_CONTEXT, ...sourceNode(s, publicBaseUrl(pc.origin)) }}
    >
      <p class="kicker">
        {t(lang, 'source')} · {tKey(lang, `sourceKind_${s.kind}`)}
      </p>
      <h1>{s.title}</h1>
      <p>
        <Citation lang={lang} source={s} />
      </p>
      {s.url && (
        <p>
          <a href={s.url} rel="noopener noreferrer external">
            {s.url}
          </a>
          {s.accessed && <span class="muted"> ({formatDate(lang, s.accessed)})</span>}
        </p>
      )}
      <section aria-labelledby="reliability-h">
        <h2 id="reliability-h">{t(lang, 'reliability')}</h2>
        <p class="reliability">{s.reliability}</p>
      </section>
      {docs.length > 0 && (
        <section aria-labelledby="docs-h">
          <h2 id="docs-h">{t(lang, 'documentsFromSource')}</h2>
          <ul>
            {docs.map((d) => (
              <li>
                <a href={href(lang, `/documents/${d.id}`)}>{d.title ?? d.fileName}</a>{' '}
                <span class="muted">
                  ({d.mediaType}, {num(lang, d.byteLength)} B)
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="claims-h">
        <h2 id="claims-h">{t(lang, 'claimsFromSource')}</h2>
        <ClaimsTable
          lang={lang}
          claims={claims}
          subjectHref={(c) =>
            href(lang, placeById.has(c.subject) ? `/places/${c.subject}` : `/search?q=${encodeURIComponent(c.subject)}`)
          }
          subjectName={subjectName}
          quoteOf={(c) => c.references.find((r) => r.source === id)?.quote}
          anchors
        />
      </section>
    </Layout>
  );
}
