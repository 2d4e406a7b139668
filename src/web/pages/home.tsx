/** `/`: the map of the thirteen places, the titles 1945–1985, and what the title is. */
import { datesAgree, type Place } from '../../domain/index.js';
import { AtlasMap, type MapLabel, type MapMarker } from '../components/map.js';
import { TitleTimeline, type TitleMark } from '../components/timeline.js';
import * as data from '../data.js';
import { summarise, titleTone, titleYear } from '../facts.js';
import { formatDate, href, placeName, t, type UiLang } from '../i18n.js';
import { JSONLD_CONTEXT, placeNode } from '../../export/jsonld.js';
import { publicBaseUrl } from '../../export/linked-places.js';
import { Layout } from '../layout.js';
import type { PageContext } from './context.js';

export interface PlaceWithTitle {
  place: Place;
  titleDate: string | null;
  decreeDate: string | null;
}

/** Every place with the date of its title (earliest) and of its decree, in the order of the title. */
export async function placesWithTitles(db: PageContext['db']): Promise<PlaceWithTitle[]> {
  const [ps, claims] = await Promise.all([
    data.places(db),
    data.claimsWhere(db, `c.status = 'accepted' AND c.property = 'hero_city_title'`),
  ]);
  return ps
    .map((place) => {
      const s = summarise(claims.filter((c) => c.subject === place.id));
      return { place, titleDate: s.titleDate, decreeDate: s.decreeClaim ? (s.decreeClaim.value as string) : null };
    })
    .sort(
      (a, b) => (a.titleDate ?? '9999').localeCompare(b.titleDate ?? '9999') || a.place.id.localeCompare(b.place.id),
    );
}

function mapLabels(lang: UiLang): MapLabel[] {
  const ru = lang === 'ru';
  return [
    { text: ru ? 'Россия' : 'Russia', lon: 42.5, lat: 61.5 },
    { text: ru ? 'Украина' : 'Ukraine', lon: 32.5, lat: 48.3 },
    { text: ru ? 'Беларусь' : 'Belarus', lon: 28, lat: 55.2 },
    { text: ru ? 'Финляндия' : 'Finland', lon: 26.5, lat: 63.5 },
    { text: ru ? 'Чёрное море' : 'Black Sea', lon: 34.2, lat: 43.4, sea: true },
    { text: ru ? 'Балтийское море' : 'Baltic Sea', lon: 21.2, lat: 58.7, sea: true },
    { text: ru ? 'Баренцево море' : 'Barents Sea', lon: 40.5, lat: 69.5, sea: true },
  ];
}

export function kindLabel(lang: UiLang, p: Place): string {
  return t(lang, p.kind === 'hero-fortress' ? 'heroFortress' : 'heroCity');
}

export async function homePage(pc: PageContext) {
  const { lang } = pc;
  const list = await placesWithTitles(pc.db);
  const markers: MapMarker[] = list.map(({ place, titleDate }) => {
    const year = titleYear(titleDate);
    const name = placeName(place, lang);
    return {
      id: place.id,
      href: href(lang, `/places/${place.id}`),
      label: name,
      title: `${name}: ${kindLabel(lang, place)}${titleDate ? `, ${formatDate(lang, titleDate)}` : ''}`,
      lon: place.coordinates.lon,
      lat: place.coordinates.lat,
      tone: titleTone(year),
      radius: year === null ? 5 : year <= 1945 ? 9 : year <= 1974 ? 7.5 : 6,
    };
  });
  const marks: TitleMark[] = list.flatMap(({ place, titleDate, decreeDate }) => {
    const name = placeName(place, lang);
    const out: TitleMark[] = [];
    if (titleDate)
      out.push({
        id: place.id,
        label: name,
        href: href(lang, `/places/${place.id}`),
        date: titleDate,
        tone: titleTone(titleYear(titleDate)),
        title: `${name}: ${formatDate(lang, titleDate)}`,
      });
    if (decreeDate && titleDate && !datesAgree(decreeDate, titleDate))
      out.push({
        id: `${place.id}-decree`,
        label: name,
        href: href(lang, `/places/${place.id}`),
        date: decreeDate,
        tone: 'tone-decree',
        title: `${name}: ${formatDate(lang, decreeDate)}`,
      });
    return out;
  });
  return (
    <Layout
      title={t(lang, 'homeHeading')}
      lang={lang}
      path={pc.path}
      pageClass="page-home"
      jsonLd={{
        '@context': JSONLD_CONTEXT,
        // A light entry per place (the place pages carry the full record).
        '@graph': list.map(({ place }) => {
          const n = placeNode(place, [], publicBaseUrl(pc.origin));
          return { '@id': n['@id'], '@type': n['@type'], name: n.name, url: n.url, geo: n.geo };
        }),
      }}
    >
      <div class="home-intro">
        <h1>{t(lang, 'homeHeading')}</h1>
        <p class="lede">{t(lang, 'homeIntro')}</p>
        <p>
          <a href={href(lang, '/title')}>{t(lang, 'readAboutTitle')}</a>
        </p>
      </div>
      <div class="home-grid">
        <section class="map-section" aria-labelledby="map-heading">
          <h2 id="map-heading">{t(lang, 'homeMapHeading')}</h2>
          <figure class="map-figure">
            <AtlasMap
              markers={markers}
              title={t(lang, 'mapTitle')}
              desc={t(lang, 'mapDesc')}
              labels={mapLabels(lang)}
            />
            <figcaption>
              <ul class="legend">
                <li>
                  <span class="swatch tone-1945" aria-hidden="true"></span>
                  {t(lang, 'legendEarly')}
                </li>
                <li>
                  <span class="swatch tone-1965" aria-hidden="true"></span>
                  {t(lang, 'legendMiddle')}
                </li>
                <li>
                  <span class="swatch tone-1976" aria-hidden="true"></span>
                  {t(lang, 'legendLate')}
                </li>
              </ul>
              <p>{t(lang, 'homeMapCaption')}</p>
            </figcaption>
          </figure>
        </section>
        <section class="places-section" aria-labelledby="places-heading">
          <h2 id="places-heading">{t(lang, 'homePlacesHeading')}</h2>
          <ol class="place-list">
            {list.map(({ place, titleDate }) => {
              const name = placeName(place, lang);
              const now = placeName(place, lang, 'now');
              return (
                <li>
                  <a href={href(lang, `/places/${place.id}`)}>
                    <span class={`dot ${titleTone(titleYear(titleDate))}`} aria-hidden="true"></span>
                    <span class="place-list-name">{name}</span>
                    {now !== name && (
                      <span class="place-list-now">
                        {' '}
                        ({t(lang, 'nowCalled')} {now})
                      </span>
                    )}
                  </a>
                  <span class="place-list-meta">
                    {kindLabel(lang, place)}
                    {titleDate && (
                      <>
                        , <time datetime={titleDate}>{formatDate(lang, titleDate)}</time>
                      </>
                    )}
                  </span>
                </li>
              );
            })}
          </ol>
        </section>
      </div>
      <section aria-labelledby="titles-heading" class="titles-section">
        <h2 id="titles-heading">{t(lang, 'homeTitlesHeading')}</h2>
        <TitleTimeline marks={marks} title={t(lang, 'homeTitlesHeading')} />
        <ul class="legend">
          <li>
            <span class="swatch tone-1945" aria-hidden="true"></span>
            {t(lang, 'legendEarly')}
          </li>
          <li>
            <span class="swatch tone-decree" aria-hidden="true"></span>
            {t(lang, 'legendDecree')}
          </li>
          <li>
            <span class="swatch tone-1965" aria-hidden="true"></span>
            {t(lang, 'legendMiddle')}
          </li>
          <li>
            <span class="swatch tone-1976" aria-hidden="true"></span>
            {t(lang, 'legendLate')}
          </li>
        </ul>
      </section>
    </Layout>
  );
}
