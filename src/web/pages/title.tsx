/** `/title`: the history of the title, section by section, each with its sources. */
import { sourceLabel } from '../components/common.js';
import * as data from '../data.js';
import { href, localized, t } from '../i18n.js';
import { Layout } from '../layout.js';
import type { PageContext } from './context.js';

export async function titlePage(pc: PageContext) {
  const { lang, db } = pc;
  const sections = await data.titleSections(db);
  const sources = await data.sourceTitles(
    db,
    sections.flatMap((s) => s.references.map((r) => r.source)),
  );
  return (
    <Layout title={t(lang, 'titlePageHeading')} lang={lang} path={pc.path} pageClass="page-title">
      <h1>{t(lang, 'titlePageHeading')}</h1>
      {sections.length > 1 && (
        <nav class="toc" aria-label={t(lang, 'titlePageHeading')}>
          <ol>
            {sections.map((s) => (
              <li>
                <a href={`#${s.id}`}>{localized(s.heading, lang)}</a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <div class="prose">
        {sections.map((s) => (
          <section id={s.id} aria-labelledby={`${s.id}-h`}>
            <h2 id={`${s.id}-h`}>{localized(s.heading, lang)}</h2>
            {s.paragraphs.map((p) => (
              <p>{localized(p, lang)}</p>
            ))}
            <p class="section-sources">
              <span class="label">{t(lang, 'sources')}:</span>{' '}
              {s.references.map((r, i) => (
                <>
                  {i > 0 && ', '}
                  <a href={href(lang, `/sources/${r.source}`)} title={r.quote ? `“${r.quote}”` : undefined}>
                    {sourceLabel(sources.get(r.source), r.source)}
                  </a>
                  {r.locator && <span class="muted"> ({r.locator})</span>}
                </>
              ))}
            </p>
          </section>
        ))}
      </div>
    </Layout>
  );
}
