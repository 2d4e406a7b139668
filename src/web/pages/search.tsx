/**
 * `/search?q=`: results grouped by kind with the matching words marked.
 * The store's snippets are HTML whose only markup is <b>…</b> around matches;
 * they are split on those marks and the text between is decoded back to
 * plain text and rendered as JSX text (escaped again by Hono), the matches
 * as <mark>. No raw HTML from the store reaches the page.
 */
import { search, SEARCH_KINDS, type SearchHit } from '../../store/queries/search.js';
import * as data from '../data.js';
import { href, placeName, t, tKey, type UiLang } from '../i18n.js';
import { Layout } from '../layout.js';
import type { PageContext } from './context.js';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Splits a snippet into plain-text parts and marked parts. */
export function snippetParts(snippet: string): { text: string; marked: boolean }[] {
  const out: { text: string; marked: boolean }[] = [];
  let marked = false;
  for (const part of snippet.split(/(<b>|<\/b>)/)) {
    if (part === '<b>') marked = true;
    else if (part === '</b>') marked = false;
    else if (part) out.push({ text: part.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e), marked });
  }
  return out;
}

function Snippet(props: { snippet: string }) {
  return (
    <span class="snippet">{snippetParts(props.snippet).map((p) => (p.marked ? <mark>{p.text}</mark> : p.text))}</span>
  );
}

function hitHref(lang: UiLang, h: SearchHit): string {
  switch (h.kind) {
    case 'place':
      return href(lang, `/places/${h.id}`);
    case 'event':
      return h.place ? href(lang, `/places/${h.place}#event-${h.id}`) : href(lang, '/timeline');
    case 'memorial':
      return h.place ? href(lang, `/places/${h.place}#memorial-${h.id}`) : href(lang, '/');
    case 'claim':
      return h.place ? href(lang, `/places/${h.place}#figures-heading`) : href(lang, '/conflicts');
    case 'document':
      return href(lang, `/documents/${h.id}`);
  }
}

export async function searchPage(pc: PageContext) {
  const { lang, db } = pc;
  const q = (pc.query('q') ?? '').slice(0, 200);
  const results = q.trim() ? await search(db, q) : null;
  const ps = results ? await data.places(db) : [];
  const title = (h: SearchHit) => {
    if (h.kind === 'place') {
      const p = ps.find((x) => x.id === h.id);
      if (p) return placeName(p, lang);
    }
    return h.title;
  };
  const total = results ? SEARCH_KINDS.reduce((n, k) => n + results[k].length, 0) : 0;
  return (
    <Layout
      title={q ? `${t(lang, 'searchHeading')}: ${q}` : t(lang, 'searchHeading')}
      lang={lang}
      path={pc.path}
      query={q}
      pageClass="page-search"
    >
      <h1>{t(lang, 'searchHeading')}</h1>
      {!results && <p>{t(lang, 'searchEmpty')}</p>}
      {results && (
        <p class="lede" role="status">
          {t(lang, 'searchResultsFor')} “{q}”: {total === 0 ? t(lang, 'searchNoResults') : String(total)}
        </p>
      )}
      {results &&
        SEARCH_KINDS.filter((k) => results[k].length > 0).map((k) => (
          <section aria-labelledby={`r-${k}`} class="result-group">
            <h2 id={`r-${k}`}>{tKey(lang, `kind_${k}`)}</h2>
            <ol class="results">
              {results[k].map((h) => (
                <li>
                  <a href={hitHref(lang, h)} class="result-title">
                    {title(h)}
                  </a>
                  <p>
                    <Snippet snippet={h.snippet} />
                  </p>
                </li>
              ))}
            </ol>
          </section>
        ))}
    </Layout>
  );
}
