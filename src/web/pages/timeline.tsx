/** `/timeline`: the battles of 1941–1945 and the titles of 1945–1985, place by place. */
import { BattleChart, TitleTimeline, type Bar, type TitleMark } from '../components/timeline.js';
import * as data from '../data.js';
import { mergeAgreeing, principalOf, summarise, titleTone, titleYear } from '../facts.js';
import { formatDate, href, localized, placeName, t, tKey } from '../i18n.js';
import { Layout } from '../layout.js';
import type { PageContext } from './context.js';

export async function timelinePage(pc: PageContext) {
  const { lang, db } = pc;
  const [ps, claims, evs] = await Promise.all([data.places(db), data.acceptedClaims(db), data.events(db)]);
  const rows = ps
    .map((place) => {
      const mine = claims.filter((c) => c.subject === place.id);
      const s = summarise(mine, principalOf(evs, place.id));
      const titles = mergeAgreeing(mine.filter((c) => c.property === 'hero_city_title'))
        .map((g) => g.shown)
        .sort((a, b) => String(a.value).localeCompare(String(b.value)));
      return {
        place,
        name: placeName(place, lang),
        s,
        titles,
        events: evs.filter((e) => e.places.includes(place.id) && e.principal),
      };
    })
    .sort((a, b) => String(a.s.start?.value ?? '9999').localeCompare(String(b.s.start?.value ?? '9999')));
  const bars: Bar[] = rows
    .filter((r) => r.s.start && r.s.end)
    .map((r) => ({
      id: r.place.id,
      label: r.name,
      href: href(lang, `/places/${r.place.id}`),
      start: r.s.start?.value as string,
      end: r.s.end?.value as string,
      tone: titleTone(titleYear(r.s.titleDate)),
      title: `${r.name}: ${formatDate(lang, r.s.start?.value as string)} – ${formatDate(lang, r.s.end?.value as string)}`,
    }));
  const marks: TitleMark[] = rows.flatMap((r) =>
    r.titles.map((c) => ({
      id: c.id,
      label: r.name,
      href: href(lang, `/places/${r.place.id}#title-heading`),
      date: c.value as string,
      tone:
        c.qualifiers.act === 'order' || String(c.value) < '1946'
          ? 'tone-1945'
          : titleTone(titleYear(c.value as string)),
      title: `${r.name}: ${formatDate(lang, c.value as string)}${c.qualifiers.act ? ` (${tKey(lang, `act_${c.qualifiers.act}`)})` : ''}`,
    })),
  );
  return (
    <Layout title={t(lang, 'timelineHeading')} lang={lang} path={pc.path} pageClass="page-timeline">
      <h1>{t(lang, 'timelineHeading')}</h1>
      <p class="lede">{t(lang, 'timelineIntro')}</p>
      <section aria-labelledby="tl-battles">
        <h2 id="tl-battles">{t(lang, 'timelineBattles')}</h2>
        <BattleChart bars={bars} title={t(lang, 'timelineBattles')} id="timeline-battles" />
      </section>
      <section aria-labelledby="tl-titles">
        <h2 id="tl-titles">{t(lang, 'timelineTitles')}</h2>
        <TitleTimeline marks={marks} title={t(lang, 'timelineTitles')} id="timeline-titles" />
      </section>
      <section aria-labelledby="tl-table">
        <h2 id="tl-table" class="visually-hidden">{`${t(lang, 'timelineBattles')}; ${t(lang, 'timelineTitles')}`}</h2>
        <div class="table-wrap">
          <table class="timeline-table">
            <thead>
              <tr>
                <th scope="col">{t(lang, 'colPlace')}</th>
                <th scope="col">{t(lang, 'timelineBattles')}</th>
                <th scope="col">{t(lang, 'timelineTitles')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <th scope="row">
                    <a href={href(lang, `/places/${r.place.id}`)}>{r.name}</a>
                  </th>
                  <td>
                    {r.events.map((e) => localized(e.name, lang)).join('; ')}
                    {r.s.start && r.s.end && (
                      <div class="muted">
                        {formatDate(lang, r.s.start.value as string)} – {formatDate(lang, r.s.end.value as string)}
                      </div>
                    )}
                  </td>
                  <td>
                    {r.titles.map((c) => (
                      <div>
                        {formatDate(lang, c.value as string)}
                        {c.qualifiers.act && <span class="muted"> ({tKey(lang, `act_${c.qualifiers.act}`)})</span>}
                      </div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </Layout>
  );
}
