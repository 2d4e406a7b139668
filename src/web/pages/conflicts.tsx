/**
 * `/conflicts`: every subject and property where accepted or pending claims
 * disagree; the values side by side with their quotes and sources, and the
 * preferred one with its reason.
 */
import { Cites, ClaimValue, propertyLabel } from '../components/common.js';
import * as data from '../data.js';
import { figureKey } from '../facts.js';
import { findConflicts, type Conflict } from '../../store/queries/find-conflicts.js';
import { href, placeName, t, tKey } from '../i18n.js';
import { Layout } from '../layout.js';
import type { PageContext } from './context.js';

export async function conflictsPage(pc: PageContext) {
  const { lang, db } = pc;
  const [conflicts, ps] = await Promise.all([findConflicts(db), data.places(db)]);
  const sources = await data.sourceTitles(
    db,
    conflicts.flatMap((c) => c.claims.flatMap((x) => x.references.map((r) => r.source))),
  );
  const bySubject = new Map<string, Conflict[]>();
  for (const c of conflicts) bySubject.set(c.subject, [...(bySubject.get(c.subject) ?? []), c]);
  const nameOf = (id: string) => {
    const p = ps.find((x) => x.id === id);
    return p ? placeName(p, lang) : id;
  };
  return (
    <Layout title={t(lang, 'conflictsHeading')} lang={lang} path={pc.path} pageClass="page-conflicts">
      <h1>{t(lang, 'conflictsHeading')}</h1>
      <p class="lede">{t(lang, 'conflictsIntro')}</p>
      {conflicts.length === 0 && <p>{t(lang, 'noConflicts')}</p>}
      {[...bySubject].map(([subject, list]) => (
        <section aria-labelledby={`c-${subject}`} class="conflict-group">
          <h2 id={`c-${subject}`}>
            {ps.some((p) => p.id === subject) ? (
              <a href={href(lang, `/places/${subject}`)}>{nameOf(subject)}</a>
            ) : (
              subject
            )}
          </h2>
          {list.map((c) => {
            const anchor = `${c.subject}-${figureKey(c.property, c.facet)}`;
            const first = c.claims[0];
            return (
              <article id={anchor} class="conflict" aria-labelledby={`${anchor}-h`}>
                <h3 id={`${anchor}-h`}>
                  {first ? propertyLabel(lang, first) : tKey(lang, `prop_${c.property}`)}
                  {c.facet && c.property === 'casualties' && (
                    <span class="muted"> ({tKey(lang, `side_${c.facet}`)})</span>
                  )}
                </h3>
                <ul class="conflict-values">
                  {c.claims.map((x) => (
                    <li
                      class={x.rank === 'preferred' ? 'preferred' : x.rank === 'deprecated' ? 'deprecated' : undefined}
                    >
                      <p class="conflict-value">
                        <ClaimValue lang={lang} claim={x} bare />
                        {x.rank === 'preferred' && <span class="badge">{t(lang, 'preferred')}</span>}
                      </p>
                      {x.references.map((r) =>
                        r.quote ? (
                          <blockquote class="quote">
                            <p>{r.quote}</p>
                          </blockquote>
                        ) : null,
                      )}
                      <p class="conflict-source">
                        <Cites lang={lang} claim={x} sources={sources} />
                        {x.documentId && (
                          <>
                            {' · '}
                            <a href={href(lang, `/documents/${x.documentId}`)}>{t(lang, 'documentHeading')}</a>
                          </>
                        )}
                      </p>
                      {x.rank === 'preferred' && x.rankReason && (
                        <p class="reason">
                          <span class="label">{t(lang, 'reason')}:</span> {x.rankReason}
                        </p>
                      )}
                    </li>
                  ))}
                </ul>
              </article>
            );
          })}
        </section>
      ))}
    </Layout>
  );
}
