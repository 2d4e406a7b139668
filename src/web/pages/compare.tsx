/**
 * `/compare`: every place side by side, sortable without JavaScript
 * (`?sort=column&dir=desc` links; the client script sorts in place), each
 * cell linking to the claims behind it; and the defences' durations on a
 * common 1941–1945 axis.
 */
import { formatRange, toRange, type CasualtiesValue, type Figure } from '../../domain/index.js';
import { BattleChart, type Bar } from '../components/timeline.js';
import * as data from '../data.js';
import { principalOf, summarise, titleTone, titleYear, type PlaceSummary } from '../facts.js';
import { formatDate, href, num, placeName, t, tKey, type UiKey, type UiLang } from '../i18n.js';
import { Layout } from '../layout.js';
import type { PageContext } from './context.js';
import type { Place } from '../../domain/index.js';

const COLUMNS = ['place', 'title', 'duration', 'dates', 'heroes', 'casualties'] as const;
type Column = (typeof COLUMNS)[number];
const LABEL: Record<Column, UiKey> = {
  place: 'colPlace',
  title: 'colTitleYear',
  duration: 'colDuration',
  dates: 'colDates',
  heroes: 'colHeroes',
  casualties: 'colCasualties',
};

interface Row {
  place: Place;
  name: string;
  s: PlaceSummary;
}

function lowOf(v: Figure | undefined): number | null {
  if (v === undefined) return null;
  const r = toRange(v);
  return r.min ?? r.max;
}

function sortValue(r: Row, col: Column): string | number | null {
  switch (col) {
    case 'place':
      return r.name;
    case 'title':
      return r.s.titleDate;
    case 'duration':
      return r.s.duration.days;
    case 'dates':
      return r.s.start ? (r.s.start.value as string) : null;
    case 'heroes':
      return lowOf(r.s.heroes?.value as Figure | undefined);
    case 'casualties': {
      const c = r.s.casualties.find((x) => (x.value as CasualtiesValue).side === 'soviet') ?? r.s.casualties[0];
      return c ? ((c.value as CasualtiesValue).min ?? (c.value as CasualtiesValue).max) : null;
    }
  }
}

function SortLink(props: { lang: UiLang; col: Column; sort: Column; dir: 'asc' | 'desc' }) {
  const active = props.col === props.sort;
  const next = active && props.dir === 'asc' ? 'desc' : 'asc';
  return (
    <a href={href(props.lang, `/compare?sort=${props.col}${next === 'desc' ? '&dir=desc' : ''}`)} class="sort-link">
      {t(props.lang, LABEL[props.col])}
      {active && <span aria-hidden="true">{props.dir === 'asc' ? ' ▲' : ' ▼'}</span>}
      {!active && <span class="visually-hidden"> ({t(props.lang, 'sortBy')})</span>}
    </a>
  );
}

export async function comparePage(pc: PageContext) {
  const { lang, db } = pc;
  const sortParam = pc.query('sort');
  const sort: Column = (COLUMNS as readonly string[]).includes(sortParam ?? '') ? (sortParam as Column) : 'title';
  const dir = pc.query('dir') === 'desc' ? 'desc' : 'asc';
  const [ps, claims, evs] = await Promise.all([data.places(db), data.acceptedClaims(db), data.events(db)]);
  const locale = lang === 'ru' ? 'ru-RU' : 'en-GB';
  const rows: Row[] = ps.map((place) => ({
    place,
    name: placeName(place, lang),
    s: summarise(
      claims.filter((c) => c.subject === place.id),
      principalOf(evs, place.id),
    ),
  }));
  rows.sort((a, b) => {
    const x = sortValue(a, sort);
    const y = sortValue(b, sort);
    if (x === null && y === null) return a.name.localeCompare(b.name);
    if (x === null) return 1;
    if (y === null) return -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), lang);
    return (dir === 'asc' ? c : -c) || a.name.localeCompare(b.name);
  });
  const cell = (id: string, key: string) => href(lang, `/places/${id}#fig-${key}`);
  const bars: Bar[] = [...rows]
    .filter((r) => r.s.start && r.s.end)
    .sort((a, b) => String(a.s.start?.value).localeCompare(String(b.s.start?.value)))
    .map((r) => {
      const start = r.s.start?.value as string;
      const end = r.s.end?.value as string;
      return {
        id: r.place.id,
        label: r.name,
        href: href(lang, `/places/${r.place.id}#battles-heading`),
        start,
        end,
        tone: titleTone(titleYear(r.s.titleDate)),
        title: `${r.name}: ${formatDate(lang, start)} – ${formatDate(lang, end)}${r.s.duration.days !== null ? ` (${num(lang, r.s.duration.days)} ${t(lang, 'days')})` : ''}`,
      };
    });
  const ariaSort = (col: Column) => (col === sort ? (dir === 'asc' ? 'ascending' : 'descending') : undefined);
  return (
    <Layout title={t(lang, 'compareHeading')} lang={lang} path={pc.path} pageClass="page-compare">
      <h1>{t(lang, 'compareHeading')}</h1>
      <p class="lede">{t(lang, 'compareIntro')}</p>
      <div class="table-wrap">
        <table class="compare" data-sortable="true">
          <caption class="visually-hidden">{t(lang, 'compareHeading')}</caption>
          <thead>
            <tr>
              {COLUMNS.map((col) => (
                <th
                  scope="col"
                  aria-sort={ariaSort(col)}
                  data-col={col}
                  class={col === 'place' || col === 'dates' || col === 'casualties' ? undefined : 'num'}
                >
                  <SortLink lang={lang} col={col} sort={sort} dir={dir} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const id = r.place.id;
              return (
                <tr>
                  <th scope="row" data-sort={r.name}>
                    <a href={href(lang, `/places/${id}`)}>{r.name}</a>
                  </th>
                  <td class="num" data-sort={r.s.titleDate ?? ''}>
                    {r.s.titleDate ? <a href={cell(id, 'hero_city_title')}>{r.s.titleDate.slice(0, 4)}</a> : '—'}
                    {r.s.decreeClaim && r.s.decreeClaim.value !== r.s.titleDate && (
                      <span class="muted"> / {String(r.s.decreeClaim.value).slice(0, 4)}</span>
                    )}
                  </td>
                  <td class="num" data-sort={r.s.duration.days ?? ''}>
                    {r.s.duration.days !== null ? (
                      <a href={cell(id, r.s.duration.claim ? r.s.durationKey : r.s.startKey)}>
                        {r.s.duration.claim
                          ? formatRange(r.s.duration.claim.value as Figure, locale)
                          : r.s.duration.daysMax !== null && r.s.duration.daysMax !== r.s.duration.days
                            ? `≈ ${num(lang, r.s.duration.days)}–${num(lang, r.s.duration.daysMax)}`
                            : `≈ ${num(lang, r.s.duration.days)}`}
                      </a>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td data-sort={r.s.start ? String(r.s.start.value) : ''}>
                    {r.s.start && r.s.end ? (
                      <a href={cell(id, r.s.startKey)}>
                        {formatDate(lang, r.s.start.value as string)} – {formatDate(lang, r.s.end.value as string)}
                      </a>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td class="num" data-sort={sortValue(r, 'heroes') ?? ''}>
                    {r.s.heroes ? (
                      <a href={cell(id, 'heroes_of_soviet_union')}>{formatRange(r.s.heroes.value as Figure, locale)}</a>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td data-sort={sortValue(r, 'casualties') ?? ''}>
                    {r.s.casualties.length === 0
                      ? '—'
                      : r.s.casualties.map((c) => {
                          const v = c.value as CasualtiesValue;
                          return (
                            <div>
                              <a href={cell(id, `casualties-${v.side}`)}>
                                {formatRange({ min: v.min, max: v.max }, locale)}
                              </a>{' '}
                              <span class="muted">{tKey(lang, `side_${v.side}`)}</span>
                            </div>
                          );
                        })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="chart-heading">
        <h2 id="chart-heading">{t(lang, 'compareChartHeading')}</h2>
        <BattleChart
          bars={bars}
          title={t(lang, 'compareChartHeading')}
          desc={t(lang, 'compareChartDesc')}
          id="compare-chart"
        />
      </section>
    </Layout>
  );
}
