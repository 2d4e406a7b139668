/**
 * A small, hand-written store for the page tests: the thirteen places with
 * their coordinates and titles, a few events, memorials, sources, claims
 * (two of which disagree) and one document whose text carries script and
 * onerror payloads. Written in the project's own words.
 */
import type { Claim, HistoricalEvent, Memorial, Place, Source } from '../../src/domain/index.js';
import type { Db } from '../../src/store/db.js';
import { openDb } from '../../src/store/open-db.js';

type P = [
  id: Place['id'],
  kind: Place['kind'],
  lat: number,
  lon: number,
  en: string,
  ru: string,
  title: string,
  extra?: Place['names'],
];
const PLACES: P[] = [
  [
    'leningrad',
    'hero-city',
    59.94,
    30.31,
    'Leningrad',
    'Ленинград',
    '1945-05-01',
    [
      { text: 'Petrograd', lang: 'en', kind: 'historical', from: 1914, to: 1924 },
      { text: 'Saint Petersburg', lang: 'en', kind: 'official', from: 1991 },
      { text: 'Санкт-Петербург', lang: 'ru', kind: 'official', from: 1991 },
    ],
  ],
  [
    'stalingrad',
    'hero-city',
    48.71,
    44.51,
    'Stalingrad',
    'Сталинград',
    '1945-05-01',
    [
      { text: 'Tsaritsyn', lang: 'en', kind: 'historical', to: 1925 },
      { text: 'Volgograd', lang: 'en', kind: 'official', from: 1961 },
      { text: 'Волгоград', lang: 'ru', kind: 'official', from: 1961 },
    ],
  ],
  ['sevastopol', 'hero-city', 44.6, 33.52, 'Sevastopol', 'Севастополь', '1945-05-01'],
  [
    'odesa',
    'hero-city',
    46.48,
    30.73,
    'Odesa',
    'Одесса',
    '1945-05-01',
    [{ text: 'Odessa', lang: 'en', kind: 'variant' }],
  ],
  ['moscow', 'hero-city', 55.75, 37.62, 'Moscow', 'Москва', '1965-05-08'],
  ['kyiv', 'hero-city', 50.45, 30.52, 'Kyiv', 'Киев', '1965-05-08', [{ text: 'Kiev', lang: 'en', kind: 'variant' }]],
  ['brest', 'hero-fortress', 52.08, 23.66, 'Brest Fortress', 'Брестская крепость', '1965-05-08'],
  ['kerch', 'hero-city', 45.36, 36.47, 'Kerch', 'Керчь', '1973-09-14'],
  ['novorossiysk', 'hero-city', 44.72, 37.77, 'Novorossiysk', 'Новороссийск', '1973-09-14'],
  ['minsk', 'hero-city', 53.9, 27.56, 'Minsk', 'Минск', '1974-06-26'],
  ['tula', 'hero-city', 54.19, 37.62, 'Tula', 'Тула', '1976-12-07'],
  ['murmansk', 'hero-city', 68.97, 33.07, 'Murmansk', 'Мурманск', '1985-05-06'],
  ['smolensk', 'hero-city', 54.78, 32.05, 'Smolensk', 'Смоленск', '1985-05-06'],
];

/** Principal battles: [place, start, end]. */
const BATTLES: [string, string, string][] = [
  ['leningrad', '1941-09-08', '1944-01-27'],
  ['stalingrad', '1942-07-17', '1943-02-02'],
  ['sevastopol', '1941-10-30', '1942-07-04'],
  ['odesa', '1941-08-05', '1941-10-16'],
  ['moscow', '1941-09-30', '1942-01-07'],
  ['kyiv', '1941-07-07', '1941-09-26'],
  ['brest', '1941-06-22', '1941-07'],
  ['kerch', '1941-11', '1944-04-11'],
  ['novorossiysk', '1942-08-19', '1943-09-16'],
  ['minsk', '1941-06-25', '1941-06-28'],
  ['tula', '1941-10-24', '1941-12-05'],
  ['murmansk', '1941-06-29', '1944-11-01'],
  ['smolensk', '1941-07-10', '1941-09-10'],
];

export const XSS_DOC_ID = 'a'.repeat(64);
export const XSS_TEXT =
  'Notes on Stalingrad.\nThe battle began on 23 August 1942 by this account. <script>alert(1)</script>\n' +
  'A picture: <img src=x onerror=alert(1)> and the Mamayev Kurgan ensemble opened in 1967.\n';

const SOURCES: Source[] = [
  {
    id: 'test-reference-work',
    kind: 'secondary',
    type: 'book',
    title: 'A Reference Work on the War',
    publisher: 'Test Press',
    issued: '1985',
    reliability: 'Official figures of its time; dates are reliable.',
  },
  {
    id: 'test-web-page',
    kind: 'tertiary',
    type: 'webpage',
    title: 'A Captured Web Page',
    containerTitle: 'Example site',
    reliability: 'Popular summary; simplifies dates.',
  },
];

let n = 0;
function claim(
  subject: string,
  property: Claim['property'],
  value: Claim['value'],
  source: string,
  extra: Partial<Claim> = {},
): Claim {
  n += 1;
  return {
    id: `test-claim-${n}`,
    subject,
    property,
    value,
    qualifiers: {},
    references: [{ source, quote: `${subject} ${property}` }],
    status: 'accepted',
    rank: 'normal',
    rankReason: null,
    origin: { kind: 'curated' },
    ...extra,
  };
}

export async function seedFixture(db: Db): Promise<void> {
  n = 0;
  for (const s of SOURCES)
    await db.query(`INSERT INTO source (id, record, origin) VALUES ($1, $2, 'curated')`, [s.id, s]);
  const claims: Claim[] = [];
  for (const [id, kind, lat, lon, en, ru, title, extra] of PLACES) {
    const place: Place = {
      id,
      kind,
      names: [
        {
          text: en,
          lang: 'en',
          kind: 'official',
          ...(extra?.some((x) => x.kind === 'official' && x.lang === 'en') && {
            to: id === 'leningrad' ? 1991 : 1961,
            from: id === 'leningrad' ? 1924 : 1925,
          }),
        },
        {
          text: ru,
          lang: 'ru',
          kind: 'official',
          ...(extra?.some((x) => x.kind === 'official' && x.lang === 'ru') && {
            to: id === 'leningrad' ? 1991 : 1961,
            from: id === 'leningrad' ? 1924 : 1925,
          }),
        },
        ...(extra ?? []),
      ],
      country:
        id === 'kyiv' || id === 'odesa'
          ? { code: 'UA', name: { en: 'Ukraine', ru: 'Украина' } }
          : id === 'brest' || id === 'minsk'
            ? { code: 'BY', name: { en: 'Belarus', ru: 'Беларусь' } }
            : { code: 'RU', name: { en: 'Russia', ru: 'Россия' } },
      coordinates: { lat, lon },
      summary: { en: `${en}: a test summary of the place.`, ru: `${ru}: проверочное описание.` },
    };
    await db.query(
      `INSERT INTO place (id, kind, record, lat, lon, tsv) VALUES ($1, $2, $3, $4, $5, to_tsvector('simple', $6))`,
      [id, kind, place, lat, lon, place.names.map((x) => x.text).join(' ')],
    );
    for (const nm of place.names) {
      await db.query(
        `INSERT INTO place_name (place_id, name, lang, kind, year_from, year_to) VALUES ($1,$2,$3,$4,$5,$6) ON CONFLICT DO NOTHING`,
        [id, nm.text, nm.lang, nm.kind, nm.from ?? null, nm.to ?? null],
      );
    }
    const ev: HistoricalEvent = {
      id: `defence-of-${id}`,
      kind: id === 'leningrad' ? 'siege' : 'defence',
      name: { en: `Defence of ${en}`, ru: `Оборона: ${ru}` },
      places: [id],
      principal: true,
    };
    await db.query(`INSERT INTO event (id, kind, principal, places, record) VALUES ($1,$2,true,$3,$4)`, [
      ev.id,
      ev.kind,
      [id],
      ev,
    ]);
    const battle = BATTLES.find((b) => b[0] === id);
    if (battle) {
      claims.push(claim(id, 'battle_start', battle[1], 'test-reference-work', { qualifiers: { event: ev.id } }));
      claims.push(claim(id, 'battle_end', battle[2], 'test-reference-work', { qualifiers: { event: ev.id } }));
    }
    if (title === '1945-05-01') {
      claims.push(claim(id, 'hero_city_title', title, 'test-reference-work', { qualifiers: { act: 'order' } }));
      claims.push(claim(id, 'hero_city_title', '1965-05-08', 'test-reference-work', { qualifiers: { act: 'decree' } }));
    } else {
      claims.push(claim(id, 'hero_city_title', title, 'test-reference-work', { qualifiers: { act: 'decree' } }));
    }
    claims.push(claim(id, 'heroes_of_soviet_union', { min: 50 + n, max: 50 + n }, 'test-reference-work'));
    claims.push(claim(id, 'casualties', { side: 'soviet', min: 10000 * n, max: 15000 * n }, 'test-reference-work'));
    const memorials: Memorial[] = [0, 1, 2].map((i) => ({
      id: `${id}-memorial-${i + 1}`,
      place: id,
      kind: (['monument', 'ensemble', 'museum'] as const)[i] ?? 'monument',
      name: { en: `${en} memorial ${i + 1}`, ru: `Памятник ${i + 1}` },
      year: 1960 + i * 7,
      coordinates: { lat: lat + (i - 1) * 0.02, lon: lon + (i % 2 ? 0.03 : -0.02) },
    }));
    for (const m of memorials) {
      await db.query(`INSERT INTO memorial (id, place_id, year, record) VALUES ($1,$2,$3,$4)`, [m.id, id, m.year, m]);
    }
  }
  // Stalingrad: a second start date from another source, and a preferred one with a reason.
  const first = claims.find((c) => c.subject === 'stalingrad' && c.property === 'battle_start') as Claim;
  first.rank = 'preferred';
  first.rankReason = 'The reference work dates the battle from the first fighting in the bend of the Don.';
  claims.push(
    claim('stalingrad', 'battle_start', '1942-08-23', 'test-web-page', {
      qualifiers: { event: 'defence-of-stalingrad' },
    }),
  );
  // Kerch: two other figures, one with its Russian label and one without (the Russian page falls back to English).
  claims.push(
    claim(
      'kerch',
      'quantity',
      {
        what: 'boats and ships of the test landing',
        what_ru: 'катера и корабли проверочного десанта',
        min: 250,
        max: null,
      },
      'test-reference-work',
    ),
    claim('kerch', 'quantity', { what: 'aircraft over the test landing', min: 660, max: 660 }, 'test-reference-work'),
  );

  await insertClaims(db, claims);
  await insertXssDocument(db, 'test-web-page');
  await db.query(`INSERT INTO title_section (id, ord, record) VALUES ('origins', 0, $1)`, [
    {
      id: 'origins',
      heading: { en: 'How the title began', ru: 'Как появилось звание' },
      paragraphs: [{ en: 'A test paragraph about the first uses of the title.', ru: 'Проверочный абзац.' }],
      references: [{ source: 'test-reference-work' }],
    },
  ]);
}

async function insertClaims(db: Db, claims: Claim[]): Promise<void> {
  for (const c of claims) {
    const doc = c.references[0]?.document ?? null;
    await db.query(
      `INSERT INTO claim (id, subject, property, value, qualifiers, status, rank, rank_reason, origin, extractor, document_id)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)`,
      [
        c.id,
        c.subject,
        c.property,
        JSON.stringify(c.value),
        c.qualifiers,
        c.status,
        c.rank,
        c.rankReason,
        c.origin.kind,
        c.origin.kind === 'extracted' ? c.origin.extractor : null,
        doc,
      ],
    );
    for (const [i, r] of c.references.entries()) {
      await db.query(
        `INSERT INTO claim_reference (claim_id, ord, source_id, document_id, quote, span_start, span_end) VALUES ($1,$2,$3,$4,$5,$6,$7)`,
        [c.id, i, r.source, r.document ?? null, r.quote ?? null, r.span?.[0] ?? null, r.span?.[1] ?? null],
      );
    }
  }
}

/** The document whose text carries script and onerror payloads, with two pending claims quoting it. */
export async function insertXssDocument(db: Db, sourceId: string): Promise<void> {
  const claims: Claim[] = [];
  await db.query(
    `INSERT INTO document (id, source_id, file_name, media_type, charset, byte_length, title, text, tsv)
     VALUES ($1, $4, 'notes.txt', 'text/plain', 'utf-8', $2, 'Notes <b>on</b> Stalingrad', $3, to_tsvector('simple', $3))`,
    [XSS_DOC_ID, XSS_TEXT.length, XSS_TEXT, sourceId],
  );
  const quote = '23 August 1942';
  const at = XSS_TEXT.indexOf(quote);
  claims.push(
    claim('stalingrad', 'battle_start', '1942-08-23', sourceId, {
      status: 'pending',
      origin: { kind: 'extracted', extractor: 'test-1' },
      references: [{ source: sourceId, document: XSS_DOC_ID, quote, span: [at, at + quote.length] }],
    }),
  );
  const q2 = 'Mamayev Kurgan ensemble opened in 1967';
  const at2 = XSS_TEXT.indexOf(q2);
  claims.push(
    claim('stalingrad', 'memorial', { name: 'Mamayev Kurgan <ensemble>', year: 1967 }, sourceId, {
      status: 'pending',
      origin: { kind: 'extracted', extractor: 'test-1' },
      references: [{ source: sourceId, document: XSS_DOC_ID, quote: q2, span: [at2, at2 + q2.length] }],
    }),
  );

  claims.forEach((c, i) => (c.id = `test-doc-claim-${i + 1}`));
  await insertClaims(db, claims);
}

/** A fresh in-memory store with the fixture in it. */
export async function fixtureDb(): Promise<Db> {
  const db = await openDb({ dataDir: 'memory://' });
  await seedFixture(db);
  return db;
}
