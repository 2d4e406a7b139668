/**
 * `/places/{id}`: one place as a card: its names through history, the title
 * and its decree, awards, principal battles on a small timeline, the key
 * figures with their sources (and a mark where sources disagree), memorials
 * on a small map, and the documents that mention it.
 */
import { PLACE_IDS } from '../../domain/index.js';
import { Cites, ClaimValue, DisputeMark, FigureLabel, citedSources, propertyLabel } from '../components/common.js';
import { MemorialMap } from '../components/map.js';
import { BattleChart, type Bar } from '../components/timeline.js';
import * as data from '../data.js';
import { figureRows, formatValue, mergeAgreeing, principalOf, titleTone, titleYear, summarise } from '../facts.js';
import { formatDate, href, localized, placeName, t, tKey } from '../i18n.js';
import { placeJsonLd } from '../../export/jsonld.js';
import { Layout } from '../layout.js';
import type { PageContext } from './context.js';
import { kindLabel } from './home.js';

export async function placePage(pc: PageContext, id: string) {
  const { lang, db } = pc;
  if (!(PLACE_IDS as readonly string[]).includes(id)) return null;
  const place = await data.place(db, id);
  if (!place) return null;
  const [claims, evs, mems] = await Promise.all([
    data.claimsAbout(db, id, true),
    data.events(db, id),
    data.memorials(db, id),
  ]);
  const accepted = claims.filter((c) => c.status === 'accepted');
  const names = place.names.map((n) => n.text);
  const docs = await data.documentsMentioning(db, id, names);
  const sources = await data.sourceTitles(db, [...citedSources(claims), ...docs.map((d) => d.sourceId)]);
  const summary = summarise(accepted, principalOf(evs, id));
  // Figures include pending claims so a disagreement shows; values shown are the accepted ones first.
  const principalId = evs
    .filter((e) => e.principal)
    .map((e) => e.id)
    .sort()[0];
  const rows = figureRows(claims, principalId ? new Map([[id, principalId]]) : undefined).filter(
    (r) => !['hero_city_title', 'order_of_lenin', 'gold_star'].includes(r.property),
  );
  const name = placeName(place, lang);
  const now = placeName(place, lang, 'now');
  const titleClaims = accepted
    .filter((c) => c.property === 'hero_city_title')
    .sort((a, b) => String(a.value).localeCompare(String(b.value)));
  const awards = accepted.filter((c) => c.property === 'order_of_lenin' || c.property === 'gold_star');

  const principal = evs.filter((e) => e.principal);
  const shownEvents = principal.length ? principal : evs;
  const bars: Bar[] = shownEvents.flatMap((e) => {
    const of = (p: string) =>
      accepted.find((c) => c.property === p && c.qualifiers.event === e.id && c.rank === 'preferred') ??
      accepted.find((c) => c.property === p && c.qualifiers.event === e.id) ??
      (shownEvents.length === 1 ? accepted.find((c) => c.property === p && c.rank !== 'deprecated') : undefined);
    const start = of('battle_start');
    const end = of('battle_end');
    if (!start || !end) return [];
    const label = localized(e.name, lang);
    return [
      {
        id: e.id,
        label,
        href: `#event-${e.id}`,
        start: start.value as string,
        end: end.value as string,
        tone: titleTone(titleYear(summary.titleDate)),
        title: `${label}: ${formatDate(lang, start.value as string)} – ${formatDate(lang, end.value as string)}`,
      },
    ];
  });

  return (
    <Layout
      title={name}
      lang={lang}
      path={pc.path}
      pageClass="page-place"
      description={localized(place.summary, lang)}
      jsonLd={placeJsonLd(
        { place, events: evs, memorials: mems, claims, sources: [...sources.values()] },
        { baseUrl: pc.origin },
      )}
    >
      <article class="place-card" aria-labelledby="place-heading">
        <header class="place-header">
          <p class="kicker">
            <span class={`dot ${titleTone(titleYear(summary.titleDate))}`} aria-hidden="true"></span>
            {kindLabel(lang, place)}
            {summary.titleDate && (
              <>
                , <time datetime={summary.titleDate}>{formatDate(lang, summary.titleDate)}</time>
              </>
            )}
          </p>
          <h1 id="place-heading">{name}</h1>
          {now !== name && (
            <p class="now-called">
              {t(lang, 'nowCalled')} {now}
            </p>
          )}
          <p class="lede">{localized(place.summary, lang)}</p>
          <dl class="facts-inline">
            <div>
              <dt>{t(lang, 'country')}</dt>
              <dd>{localized(place.country.name, lang)}</dd>
            </div>
            {place.control && (
              <div>
                <dt>{t(lang, 'control')}</dt>
                <dd>
                  {localized(place.control.name, lang)} ({formatDate(lang, place.control.since)}) —{' '}
                  {localized(place.control.note, lang)}
                </dd>
              </div>
            )}
          </dl>
        </header>

        <div class="place-columns">
          <section aria-labelledby="names-heading">
            <h2 id="names-heading">{t(lang, 'namesHeading')}</h2>
            <ol class="names">
              {[...place.names]
                .filter((n) => n.lang === 'en' || n.lang === lang || n.kind !== 'variant')
                .sort((a, b) => (a.from ?? a.to ?? 3000) - (b.from ?? b.to ?? 3000))
                .map((n) => (
                  <li lang={n.lang}>
                    <span class="name-text">{n.text}</span>{' '}
                    <span class="name-meta" lang={lang}>
                      {[
                        n.from || n.to ? `${n.from ?? '…'}–${n.to ?? ''}` : null,
                        tKey(
                          lang,
                          n.kind === 'variant'
                            ? 'nameVariant'
                            : n.kind === 'official'
                              ? 'nameOfficial'
                              : 'nameHistorical',
                        ),
                        n.lang.toUpperCase(),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </li>
                ))}
            </ol>
          </section>

          <section aria-labelledby="title-heading">
            <h2 id="title-heading">{t(lang, 'titleHeading')}</h2>
            {titleClaims.length === 0 ? (
              <p>{t(lang, 'noValue')}</p>
            ) : (
              <ul class="claim-list">
                {mergeAgreeing(titleClaims).map(({ shown: c, all }) => (
                  <li id={`claim-${c.id}`}>
                    <strong>{formatValue(lang, c)}</strong> —{' '}
                    {c.qualifiers.act ? tKey(lang, `act_${c.qualifiers.act}`) : t(lang, 'titleConferred')}{' '}
                    <Cites lang={lang} claim={c} also={all} sources={sources} />
                  </li>
                ))}
              </ul>
            )}
            {awards.length > 0 && (
              <>
                <h3>{t(lang, 'awardsHeading')}</h3>
                <ul class="claim-list">
                  {mergeAgreeing(awards).map(({ shown: c, all }) => (
                    <li id={`claim-${c.id}`}>
                      {propertyLabel(lang, c)}: <strong>{formatValue(lang, c)}</strong>{' '}
                      <Cites lang={lang} claim={c} also={all} sources={sources} />
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        </div>

        <section aria-labelledby="battles-heading">
          <h2 id="battles-heading">{t(lang, 'battlesHeading')}</h2>
          {bars.length > 0 && (
            <BattleChart bars={bars} title={`${t(lang, 'battlesHeading')}: ${name}`} id="place-battles" compact />
          )}
          <ul class="event-list">
            {shownEvents.map((e) => {
              const bar = bars.find((b) => b.id === e.id);
              return (
                <li id={`event-${e.id}`}>
                  <strong>{localized(e.name, lang)}</strong>{' '}
                  <span class="muted">({tKey(lang, `event_${e.kind}`)})</span>
                  {bar && (
                    <>
                      {': '}
                      <time datetime={bar.start}>{formatDate(lang, bar.start)}</time> –{' '}
                      <time datetime={bar.end}>{formatDate(lang, bar.end)}</time>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </section>

        <section aria-labelledby="figures-heading">
          <h2 id="figures-heading">{t(lang, 'figuresHeading')}</h2>
          <div class="table-wrap">
            <table class="figures">
              <thead>
                <tr>
                  <th scope="col">{t(lang, 'figure')}</th>
                  <th scope="col">{t(lang, 'value')}</th>
                  <th scope="col">{t(lang, 'sources')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const others = r.claims.filter((c) => c.id !== r.chosen.id);
                  return (
                    <tr
                      id={`fig-${r.key}`}
                      class={
                        [
                          r.disputed ? 'disputed' : '',
                          r.property === 'quantity' ||
                          (r.facet !== null && r.facet !== principalId && evs.some((e) => e.id === r.facet))
                            ? 'extra'
                            : '',
                        ]
                          .join(' ')
                          .trim() || undefined
                      }
                    >
                      <th scope="row">
                        <FigureLabel lang={lang} claim={r.chosen} />
                        {r.facet && r.facet !== principalId && evs.some((e) => e.id === r.facet) && (
                          <span class="row-event">{localized(evs.find((e) => e.id === r.facet)?.name, lang)}</span>
                        )}
                      </th>
                      <td>
                        <ClaimValue lang={lang} claim={r.chosen} bare />
                        {r.disputed && <DisputeMark lang={lang} subject={id} property={r.key} />}
                        {r.disputed &&
                          others.map((o) => (
                            <div class="alt-value">
                              <ClaimValue lang={lang} claim={o} bare />{' '}
                              <Cites lang={lang} claim={o} sources={sources} />
                            </div>
                          ))}
                      </td>
                      <td>
                        <Cites lang={lang} claim={r.chosen} sources={sources} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>

        <section aria-labelledby="memorials-heading" class="memorials">
          <h2 id="memorials-heading">{t(lang, 'memorialsHeading')}</h2>
          <div class="memorial-layout">
            {mems.length > 0 && (
              <MemorialMap
                centre={place.coordinates}
                title={`${t(lang, 'memorialsHeading')}: ${name}`}
                items={mems.map((m, i) => ({
                  n: i + 1,
                  id: m.id,
                  lat: m.coordinates.lat,
                  lon: m.coordinates.lon,
                  label: localized(m.name, lang),
                  year: m.year,
                }))}
              />
            )}
            <ol class="memorial-list">
              {mems.map((m) => (
                <li id={`memorial-${m.id}`}>
                  <span class="memorial-name">{localized(m.name, lang)}</span>
                  <span class="muted">
                    {' '}
                    {m.year ?? '—'}, {tKey(lang, `memorial_${m.kind}`)}
                  </span>
                </li>
              ))}
            </ol>
          </div>
        </section>

        <section aria-labelledby="documents-heading" class="documents no-print">
          <h2 id="documents-heading">{t(lang, 'documentsHeading')}</h2>
          {docs.length === 0 ? (
            <p class="muted">{t(lang, 'noDocuments')}</p>
          ) : (
            <ul>
              {docs.map((d) => (
                <li>
                  <a href={href(lang, `/documents/${d.id}`)}>{d.title ?? d.fileName}</a>{' '}
                  <span class="muted">({sources.get(d.sourceId)?.title ?? d.sourceId})</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </article>
    </Layout>
  );
}
