/**
 * The frame of every atlas page: skip link, header (site name, search box,
 * navigation, language switch), one <main>, footer. The review workbench
 * (src/web/review, src/web/auth) uses it too.
 *
 * No inline script or style anywhere: the Content-Security-Policy forbids
 * both. The stylesheet and the client script are hashed files under /assets.
 */
import type { Child } from 'hono/jsx';
import { jsonLdElement } from '../export/jsonld.js';
import { assets } from './assets.js';
import { href, t, type UiKey, type UiLang } from './i18n.js';

export interface LayoutProps {
  /** The page's own title; the site name is appended. */
  title: string;
  lang: UiLang;
  /** The language-neutral path of this page (with its query), e.g. `/places/kyiv`. */
  path: string;
  children?: Child;
  /** The search box's current text, on the search page. */
  query?: string;
  /** A one-line description for search engines and link previews. */
  description?: string;
  /** Extra class on <body>, e.g. `page-place` for the print card. */
  pageClass?: string;
  /** Linked data about the page's subject, embedded as a non-executable JSON-LD block. */
  jsonLd?: unknown;
}

const NAV: { path: string; key: UiKey }[] = [
  { path: '/', key: 'navMap' },
  { path: '/compare', key: 'navCompare' },
  { path: '/timeline', key: 'navTimeline' },
  { path: '/title', key: 'navTitle' },
  { path: '/sources', key: 'navSources' },
  { path: '/conflicts', key: 'navConflicts' },
];

function isCurrent(navPath: string, path: string): boolean {
  const bare = path.split('?')[0] ?? path;
  return navPath === '/' ? bare === '/' : bare === navPath || bare.startsWith(navPath + '/');
}

/** The star of the title: a five-pointed star as an SVG path, used as the site mark. */
export function Star(props: { size?: number; class?: string }) {
  const s = props.size ?? 28;
  return (
    <svg class={props.class ?? 'star'} width={s} height={s} viewBox="-1 -1 2 2" aria-hidden="true" focusable="false">
      <path d="M0,-1 L0.2245,-0.309 L0.9511,-0.309 L0.3633,0.118 L0.5878,0.809 L0,0.382 L-0.5878,0.809 L-0.3633,0.118 L-0.9511,-0.309 L-0.2245,-0.309 Z" />
    </svg>
  );
}

export function Layout(props: LayoutProps) {
  const { lang, path } = props;
  const other: UiLang = lang === 'en' ? 'ru' : 'en';
  const { css, js } = assets();
  const searchAction = href(lang, '/search');
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · ${t(lang, 'siteName')}`}</title>
        <meta name="description" content={props.description ?? t(lang, 'siteTagline')} />
        {css && <link rel="stylesheet" href={css.url} />}
        <link rel="alternate" hreflang={other} href={href(other, path)} />
        <link rel="alternate" hreflang={lang} href={href(lang, path)} />
        {js && <script type="module" src={js.url} defer></script>}
        {props.jsonLd !== undefined && jsonLdElement(props.jsonLd)}
      </head>
      <body class={props.pageClass}>
        <a class="skip-link" href="#main">
          {t(lang, 'skipToContent')}
        </a>
        <header class="site-header">
          <div class="site-header-inner">
            <a class="site-name" href={href(lang, '/')}>
              <Star />
              <span>{t(lang, 'siteName')}</span>
            </a>
            <form class="search-form" role="search" method="get" action={searchAction}>
              <label class="visually-hidden" for="site-search">
                {t(lang, 'searchLabel')}
              </label>
              <input
                id="site-search"
                type="search"
                name="q"
                value={props.query ?? ''}
                placeholder={t(lang, 'searchPlaceholder')}
                autocomplete="off"
              />
              <button type="submit">{t(lang, 'search')}</button>
            </form>
            <nav class="lang-switch" aria-label={t(lang, 'languageSwitch')}>
              <ul>
                <li>
                  {lang === 'en' ? (
                    <span aria-current="true">EN</span>
                  ) : (
                    <a href={href('en', path)} hreflang="en" lang="en" title="English">
                      EN
                    </a>
                  )}
                </li>
                <li>
                  {lang === 'ru' ? (
                    <span aria-current="true">RU</span>
                  ) : (
                    <a href={href('ru', path)} hreflang="ru" lang="ru" title="Русский">
                      RU
                    </a>
                  )}
                </li>
              </ul>
            </nav>
          </div>
          <nav class="site-nav" aria-label={t(lang, 'navMain')}>
            <ul>
              {NAV.map((n) => (
                <li>
                  <a href={href(lang, n.path)} aria-current={isCurrent(n.path, path) ? 'page' : undefined}>
                    {t(lang, n.key)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          <p>{t(lang, 'footerText')}</p>
          <p>
            {t(lang, 'footerData')} {t(lang, 'footerLicence')}
          </p>
          <p>
            <a href="/api/docs">{t(lang, 'footerApi')}</a> ·{' '}
            <a href={href(lang, '/login')}>{t(lang, 'footerCurators')}</a>
          </p>
        </footer>
      </body>
    </html>
  );
}
