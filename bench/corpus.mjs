/**
 * A synthetic benchmark corpus: many documents in the project's own words,
 * built from templates with dates, figures and place names in the shapes the
 * pipeline meets (English prose, Russian prose in windows-1251, HTML pages,
 * plain-text captures with page chrome). Deterministic: the same seed gives
 * the same bytes, so runs are comparable.
 */
import { Buffer } from 'node:buffer';
import iconv from 'iconv-lite';

/** mulberry32: a tiny seeded PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = [
  { en: 'Leningrad', alt: 'Saint Petersburg', ru: 'Ленинград', ruGen: 'Ленинграда', event: 'Siege of Leningrad' },
  { en: 'Stalingrad', alt: 'Volgograd', ru: 'Сталинград', ruGen: 'Сталинграда', event: 'Battle of Stalingrad' },
  { en: 'Sevastopol', alt: 'Sevastopol', ru: 'Севастополь', ruGen: 'Севастополя', event: 'Siege of Sevastopol' },
  { en: 'Odessa', alt: 'Odesa', ru: 'Одесса', ruGen: 'Одессы', event: 'Siege of Odessa' },
  { en: 'Moscow', alt: 'Moscow', ru: 'Москва', ruGen: 'Москвы', event: 'Battle of Moscow' },
  { en: 'Kiev', alt: 'Kyiv', ru: 'Киев', ruGen: 'Киева', event: 'Battle of Kiev' },
  { en: 'Brest', alt: 'Brest Fortress', ru: 'Брест', ruGen: 'Бреста', event: 'Defence of Brest Fortress' },
  { en: 'Kerch', alt: 'Kerch', ru: 'Керчь', ruGen: 'Керчи', event: 'Kerch-Eltigen operation' },
  {
    en: 'Novorossiysk',
    alt: 'Novorossiysk',
    ru: 'Новороссийск',
    ruGen: 'Новороссийска',
    event: 'Battle of Novorossiysk',
  },
  { en: 'Minsk', alt: 'Minsk', ru: 'Минск', ruGen: 'Минска', event: 'Operation Bagration' },
  { en: 'Tula', alt: 'Tula', ru: 'Тула', ruGen: 'Тулы', event: 'Defence of Tula' },
  { en: 'Murmansk', alt: 'Murmansk', ru: 'Мурманск', ruGen: 'Мурманска', event: 'Operation Silver Fox' },
  { en: 'Smolensk', alt: 'Smolensk', ru: 'Смоленск', ruGen: 'Смоленска', event: 'Battle of Smolensk' },
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const RU_MONTHS = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const UNITS = [
  'tanks',
  'aircraft',
  'guns and mortars',
  'soldiers',
  'volunteers',
  'vehicles',
  'fighter battalions',
  'ships and boats',
  'residents',
  'partisans',
];
const QUALIFIERS = ['more than', 'over', 'about', 'nearly', 'almost', 'at least', ''];

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));

function date(r) {
  const y = int(r, 1941, 1945);
  const m = int(r, 0, 11);
  const d = int(r, 1, 28);
  switch (int(r, 0, 4)) {
    case 0:
      return `${MONTHS[m]} ${d}, ${y}`;
    case 1:
      return `${d} ${MONTHS[m]} ${y}`;
    case 2:
      return `the ${d}${d === 1 ? 'st' : d === 2 ? 'nd' : d === 3 ? 'rd' : 'th'} of ${MONTHS[m]} in ${y}`;
    case 3:
      return `${MONTHS[m]} ${y}`;
    default:
      return `the autumn of ${y}`;
  }
}

function figure(r) {
  const q = pick(r, QUALIFIERS);
  const n = int(r, 2, 900);
  const f = pick(r, [
    `${n}`,
    `${n} thousand`,
    `${(n / 100).toFixed(1)} million`,
    `${n},000`,
    `${int(r, 1, 9)}.${int(r, 1, 9)} thousand`,
  ]);
  return `${q ? q + ' ' : ''}${f} ${pick(r, UNITS)}`;
}

const EN_TEMPLATES = [
  (r, c) => `The ${c.event} began on ${date(r)} and ended on ${date(r)}.`,
  (r, c) => `Fighting around ${c.en} lasted ${int(r, 20, 900)} days, from ${date(r)} to ${date(r)}.`,
  (r, c) => `In the battles for ${c.en} the enemy lost ${figure(r)} and ${figure(r)}.`,
  (r, c) => `${c.en} (today ${c.alt}) was awarded the title Hero City in ${int(r, 1945, 1985)}.`,
  (r) => `On ${date(r)} the city was occupied by German troops, and it was liberated on ${date(r)}.`,
  (r, c) => `${int(r, 20, 300)} soldiers were made Heroes of the Soviet Union for the defence of ${c.en}.`,
  (r, c) => `In ${int(r, 1955, 1990)}, ${c.en} received the Order of Lenin and the Gold Star medal.`,
  (r, c) => `A memorial to the defenders of ${c.en} was opened in ${int(r, 1950, 1985)} on the hill above the river.`,
  (r) => `Casualties on the Soviet side are put at ${figure(r)}, though other estimates differ widely.`,
  (r, c) => `${c.en}'s factories kept working through the bombardment, repairing ${figure(r)}.`,
  () => `Historians still argue about how the figures were counted and who counted them.`,
  () => `Many families left the city by train, and many more stayed behind to dig trenches.`,
  (r) => `The winter of ${int(r, 1941, 1944)} was unusually cold, and supplies came across the ice.`,
  () => `Local archives kept letters, photographs and diaries from those years.`,
];
const RU_TEMPLATES = [
  (r, c) => `Оборона ${c.ruGen} продолжалась ${int(r, 20, 900)} дней.`,
  (r) => `${int(r, 1, 28)} ${pick(r, RU_MONTHS)} ${int(r, 1941, 1944)} года город был освобождён.`,
  (r, c) => `В ${int(r, 1965, 1985)} году ${c.ru} получил звание «Город-герой».`,
  (r) => `Более ${int(r, 10, 900)} тысяч жителей ушли добровольцами на фронт.`,
  () => `Жители строили укрепления и работали на заводах день и ночь.`,
];
const CHROME = [
  'top of page',
  'Share this:',
  'Facebook Twitter Pinterest',
  'Recent Posts',
  'See All',
  'bottom of page',
  'Leave a Reply',
];

function paragraph(r, city, templates, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(pick(r, templates)(r, city));
  return out.join(' ');
}

/** One document: { name, bytes, kind }. */
export function makeDocument(r, i) {
  const city = CITIES[i % CITIES.length];
  const roll = r();
  const paras = int(r, 20, 60);
  if (roll < 0.05) {
    const body = Array.from({ length: paras }, () => paragraph(r, city, RU_TEMPLATES, int(r, 3, 7)));
    return {
      name: `doc-${i}-ru.txt`,
      kind: 'ru-windows-1251',
      bytes: iconv.encode([`${city.ru}: город-герой`, '', ...body.flatMap((p) => [p, ''])].join('\n'), 'windows-1251'),
    };
  }
  const body = Array.from({ length: paras }, () => paragraph(r, city, EN_TEMPLATES, int(r, 3, 8)));
  if (roll < 0.15) {
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${city.en} in the war</title>
<meta name="author" content="Bench Writer"><script>var x = 1;</script><style>p{margin:0}</style></head>
<body><nav><a href="/">Home</a> <a href="/about">About</a></nav><article><h1>${city.en} in the war</h1>
${body.map((p, k) => (k % 7 === 3 ? `<h2>Part ${k}</h2>\n` : '') + `<p>${p}</p>`).join('\n')}
</article><footer>Footer</footer></body></html>`;
    return { name: `doc-${i}.html`, kind: 'html', bytes: Buffer.from(html, 'utf8') };
  }
  const lines = [pick(r, CHROME), '', `${city.en}: notes on the war years`, ''];
  body.forEach((p, k) => {
    lines.push(p, '');
    if (k % 9 === 8) lines.push(pick(r, CHROME), '');
  });
  lines.push('Recent Posts', '', 'bottom of page');
  return { name: `doc-${i}.txt`, kind: 'en-capture', bytes: Buffer.from(lines.join('\n'), 'utf8') };
}

/** Documents until their bytes reach `minBytes`. */
export function makeCorpus(minBytes, seed = 1941) {
  const r = rng(seed);
  const docs = [];
  let total = 0;
  for (let i = 0; total < minBytes; i++) {
    const d = makeDocument(r, i);
    docs.push(d);
    total += d.bytes.length;
  }
  return docs;
}
