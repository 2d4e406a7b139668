/**
 * The interface's two languages. Every string a page shows that does not come
 * from the store is here, in English and Russian; keys are shared, so a
 * missing translation is a type error, not a blank on the page.
 *
 * Addresses: the English interface lives at `/…`, the Russian one at `/ru/…`;
 * `href(lang, path)` makes one from a language-neutral path.
 */
import type { LocalizedText, Place, PlaceName } from '../domain/index.js';

export const UI_LANGS = ['en', 'ru'] as const;
export type UiLang = (typeof UI_LANGS)[number];

const EN = {
  siteName: 'Hero Cities',
  siteTagline: 'An atlas of the Soviet Hero Cities and the Hero Fortress, every figure with its source',
  skipToContent: 'Skip to content',
  navMain: 'Main',
  navMap: 'Map',
  navCompare: 'Compare',
  navTimeline: 'Timeline',
  navTitle: 'The title',
  navSources: 'Sources',
  navConflicts: 'Disagreements',
  navReview: 'Review',
  search: 'Search',
  searchLabel: 'Search the atlas',
  searchPlaceholder: 'City, battle, memorial…',
  languageSwitch: 'Language',
  footerText: 'Facts are claims with sources; where sources disagree, both are shown.',
  footerData: 'Borders: Natural Earth (public domain).',
  footerLicence: 'Open source (MIT).',
  footerCurators: 'Curators: sign in',
  footerApi: 'Data and API',
  homeHeading: 'The Hero Cities',
  homeIntro:
    'Thirteen cities and one fortress received the honorary title for the defence they put up in the Second World War. The title was first named in an order of 1945, given a statute in 1965, and conferred for the last time in 1985.',
  homeMapHeading: 'Map of the places',
  homeMapCaption: 'Markers are coloured by the year of the title; larger markers were honoured earlier.',
  homeTitlesHeading: 'Titles conferred, 1945–1985',
  homePlacesHeading: 'All places',
  mapTitle: 'Map of the Hero Cities and the Hero Fortress in Eastern Europe',
  mapDesc: 'Country borders with a labelled marker for each place; each marker links to the place.',
  legendEarly: 'Named 1945',
  legendMiddle: 'Title 1965–1974',
  legendLate: 'Title 1976–1985',
  legendDecree: 'Decree of 1965 for the cities named in 1945',
  heroCity: 'Hero City',
  heroFortress: 'Hero Fortress',
  titleConferred: 'Title conferred',
  namesHeading: 'Names through history',
  nameOfficial: 'official',
  nameHistorical: 'historical',
  nameVariant: 'spelling',
  titleHeading: 'The title and its decree',
  awardsHeading: 'Awards',
  battlesHeading: 'Principal battles',
  figuresHeading: 'Key figures',
  memorialsHeading: 'Memorials',
  documentsHeading: 'Documents that mention this place',
  noDocuments: 'No ingested document mentions this place yet.',
  noValue: 'not recorded',
  figure: 'Figure',
  value: 'Value',
  sources: 'Sources',
  source: 'Source',
  disagree: 'sources disagree',
  disagreeMark: 'Sources disagree: see the disagreements page',
  preferred: 'preferred',
  reason: 'Reason',
  quote: 'Quote',
  year: 'Year',
  kind: 'Kind',
  name: 'Name',
  place: 'Place',
  country: 'Country',
  control: 'Under the control of',
  nowCalled: 'now',
  compareHeading: 'The places compared',
  compareIntro:
    'Each figure links to the claims behind it. Figures are ranges where sources give ranges. Sort by any column.',
  compareChartHeading: 'Defences, sieges and occupations, 1941–1945',
  compareChartDesc:
    'A bar for each place on a common axis: its principal defence, siege or battle, or, where that was an occupation, from the fall of the city to its liberation.',
  colPlace: 'Place',
  colTitleYear: 'Title',
  colDuration: 'Length (days)',
  colDates: 'Dates',
  colHeroes: 'Heroes of the Soviet Union',
  colCasualties: 'Casualties',
  sortBy: 'Sort by',
  sortedBy: 'sorted',
  timelineHeading: 'Timeline',
  timelineIntro: 'The battles of 1941–1945 and the titles of 1945–1985, place by place.',
  timelineBattles: 'Battles, 1941–1945',
  timelineTitles: 'Titles, 1945–1985',
  titlePageHeading: 'The title “Hero City”',
  sourcesHeading: 'Sources',
  sourcesIntro: 'Every record the atlas cites, with what it can be trusted for.',
  sourceKind_primary: 'primary',
  sourceKind_secondary: 'secondary',
  sourceKind_tertiary: 'tertiary',
  reliability: 'Reliability',
  claimsFromSource: 'Claims citing this source',
  documentsFromSource: 'Documents from this source',
  documentHeading: 'Document',
  documentMeta: 'About this document',
  documentText: 'Text, with extracted claims highlighted',
  documentClaims: 'Extracted claims',
  fileName: 'File',
  mediaType: 'Media type',
  size: 'Size',
  conflictsHeading: 'Where sources disagree',
  conflictsIntro:
    'Each row is a subject and a property for which accepted or pending claims give different values. All are kept and cited; one may be preferred, with the reason.',
  noConflicts: 'No disagreements.',
  searchHeading: 'Search',
  searchResultsFor: 'Results for',
  searchNoResults: 'Nothing found.',
  searchEmpty: 'Type a city, a battle, a memorial or a figure.',
  kind_place: 'Places',
  kind_event: 'Events',
  kind_memorial: 'Memorials',
  kind_claim: 'Claims',
  kind_document: 'Documents',
  status_accepted: 'accepted',
  status_pending: 'pending',
  status_rejected: 'rejected',
  notFound: 'Not found',
  notFoundText: 'There is no page at this address.',
  backHome: 'Back to the map',
  serverError: 'Something went wrong',
  serverErrorText: 'The page could not be made. Try again later.',
  prop_hero_city_title: 'Hero City title',
  prop_order_of_lenin: 'Order of Lenin',
  prop_gold_star: 'Gold Star medal',
  prop_battle_start: 'Battle began',
  prop_battle_end: 'Battle ended',
  prop_occupied: 'Occupied',
  prop_liberated: 'Liberated',
  prop_duration_days: 'Length in days',
  prop_heroes_of_soviet_union: 'Heroes of the Soviet Union',
  prop_casualties: 'Casualties',
  prop_quantity: 'Other figure',
  prop_memorial: 'Memorial',
  side_soviet: 'Soviet',
  side_axis: 'Axis',
  side_civilian: 'civilian',
  side_combined: 'all sides',
  act_order: 'order',
  act_decree: 'decree',
  act_statute: 'statute',
  event_battle: 'battle',
  event_siege: 'siege',
  event_defence: 'defence',
  event_occupation: 'occupation',
  event_operation: 'operation',
  days: 'days',
  claimsHeading: 'Claims',
  memorial_monument: 'monument',
  memorial_ensemble: 'memorial ensemble',
  memorial_obelisk: 'obelisk',
  memorial_cemetery: 'cemetery',
  memorial_museum: 'museum',
  'memorial_eternal-flame': 'eternal flame',
  memorial_sculpture: 'sculpture',
  readAboutTitle: 'More about the title',
  subject: 'Subject',
  property: 'Property',
  status: 'Status',
};

export type UiKey = keyof typeof EN;

const RU: Record<UiKey, string> = {
  siteName: 'Города-герои',
  siteTagline: 'Атлас советских городов-героев и крепости-героя: у каждой цифры — её источник',
  skipToContent: 'Перейти к содержанию',
  navMain: 'Основное',
  navMap: 'Карта',
  navCompare: 'Сравнение',
  navTimeline: 'Хронология',
  navTitle: 'Звание',
  navSources: 'Источники',
  navConflicts: 'Расхождения',
  navReview: 'Проверка',
  search: 'Найти',
  searchLabel: 'Поиск по атласу',
  searchPlaceholder: 'Город, битва, памятник…',
  languageSwitch: 'Язык',
  footerText: 'Факты — это утверждения с источниками; если источники расходятся, показаны оба.',
  footerData: 'Границы: Natural Earth (общественное достояние).',
  footerLicence: 'Открытый код (MIT).',
  footerCurators: 'Вход для кураторов',
  footerApi: 'Данные и API',
  homeHeading: 'Города-герои',
  homeIntro:
    'Тринадцать городов и одна крепость получили почётное звание за оборону во Второй мировой войне. Впервые звание названо в приказе 1945 года, положение о нём утверждено в 1965 году, последний раз его присвоили в 1985 году.',
  homeMapHeading: 'Карта',
  homeMapCaption: 'Цвет маркера — год присвоения звания; чем раньше, тем крупнее маркер.',
  homeTitlesHeading: 'Присвоение звания, 1945–1985',
  homePlacesHeading: 'Все города',
  mapTitle: 'Карта городов-героев и крепости-героя в Восточной Европе',
  mapDesc: 'Границы государств и подписанный маркер для каждого города; маркер ведёт на страницу города.',
  legendEarly: 'Названы в 1945',
  legendMiddle: 'Звание 1965–1974',
  legendLate: 'Звание 1976–1985',
  legendDecree: 'Указ 1965 года для городов, названных в 1945 году',
  heroCity: 'Город-герой',
  heroFortress: 'Крепость-герой',
  titleConferred: 'Звание присвоено',
  namesHeading: 'Названия в истории',
  nameOfficial: 'официальное',
  nameHistorical: 'историческое',
  nameVariant: 'написание',
  titleHeading: 'Звание и указ',
  awardsHeading: 'Награды',
  battlesHeading: 'Главные сражения',
  figuresHeading: 'Основные цифры',
  memorialsHeading: 'Памятники',
  documentsHeading: 'Документы, в которых упомянут город',
  noDocuments: 'Пока ни один загруженный документ не упоминает этот город.',
  noValue: 'нет данных',
  figure: 'Показатель',
  value: 'Значение',
  sources: 'Источники',
  source: 'Источник',
  disagree: 'источники расходятся',
  disagreeMark: 'Источники расходятся: см. страницу расхождений',
  preferred: 'предпочтительное',
  reason: 'Причина',
  quote: 'Цитата',
  year: 'Год',
  kind: 'Вид',
  name: 'Название',
  place: 'Город',
  country: 'Страна',
  control: 'Под контролем',
  nowCalled: 'ныне',
  compareHeading: 'Города в сравнении',
  compareIntro:
    'Каждая цифра ведёт к утверждениям, на которых она основана. Если источники дают диапазон, показан диапазон. Таблицу можно сортировать по любому столбцу.',
  compareChartHeading: 'Оборона, осады и оккупация, 1941–1945',
  compareChartDesc:
    'Для каждого города — полоса на общей шкале: главная оборона, осада или битва, а если это была оккупация — от захвата города до его освобождения.',
  colPlace: 'Город',
  colTitleYear: 'Звание',
  colDuration: 'Длительность (дни)',
  colDates: 'Даты',
  colHeroes: 'Героев Советского Союза',
  colCasualties: 'Потери',
  sortBy: 'Сортировать по',
  sortedBy: 'сортировка',
  timelineHeading: 'Хронология',
  timelineIntro: 'Сражения 1941–1945 годов и присвоение звания в 1945–1985 годах по городам.',
  timelineBattles: 'Сражения, 1941–1945',
  timelineTitles: 'Звания, 1945–1985',
  titlePageHeading: 'Звание «Город-герой»',
  sourcesHeading: 'Источники',
  sourcesIntro: 'Все источники, на которые ссылается атлас, и чему в них можно доверять.',
  sourceKind_primary: 'первичный',
  sourceKind_secondary: 'вторичный',
  sourceKind_tertiary: 'третичный',
  reliability: 'Надёжность',
  claimsFromSource: 'Утверждения со ссылкой на источник',
  documentsFromSource: 'Документы из этого источника',
  documentHeading: 'Документ',
  documentMeta: 'О документе',
  documentText: 'Текст с выделенными утверждениями',
  documentClaims: 'Извлечённые утверждения',
  fileName: 'Файл',
  mediaType: 'Тип',
  size: 'Размер',
  conflictsHeading: 'Где источники расходятся',
  conflictsIntro:
    'Каждая строка — предмет и свойство, для которых принятые или ожидающие проверки утверждения дают разные значения. Все они сохранены с источниками; одно может быть отмечено как предпочтительное с указанием причины.',
  noConflicts: 'Расхождений нет.',
  searchHeading: 'Поиск',
  searchResultsFor: 'Результаты по запросу',
  searchNoResults: 'Ничего не найдено.',
  searchEmpty: 'Введите город, битву, памятник или цифру.',
  kind_place: 'Города',
  kind_event: 'События',
  kind_memorial: 'Памятники',
  kind_claim: 'Утверждения',
  kind_document: 'Документы',
  status_accepted: 'принято',
  status_pending: 'на проверке',
  status_rejected: 'отклонено',
  notFound: 'Страница не найдена',
  notFoundText: 'По этому адресу ничего нет.',
  backHome: 'Вернуться к карте',
  serverError: 'Что-то пошло не так',
  serverErrorText: 'Не удалось построить страницу. Попробуйте позже.',
  prop_hero_city_title: 'Звание «Город-герой»',
  prop_order_of_lenin: 'Орден Ленина',
  prop_gold_star: 'Медаль «Золотая Звезда»',
  prop_battle_start: 'Начало сражения',
  prop_battle_end: 'Конец сражения',
  prop_occupied: 'Оккупирован',
  prop_liberated: 'Освобождён',
  prop_duration_days: 'Длительность, дни',
  prop_heroes_of_soviet_union: 'Героев Советского Союза',
  prop_casualties: 'Потери',
  prop_quantity: 'Другая цифра',
  prop_memorial: 'Памятник',
  side_soviet: 'советские',
  side_axis: 'противника',
  side_civilian: 'мирные жители',
  side_combined: 'все стороны',
  act_order: 'приказ',
  act_decree: 'указ',
  act_statute: 'положение',
  event_battle: 'битва',
  event_siege: 'осада',
  event_defence: 'оборона',
  event_occupation: 'оккупация',
  event_operation: 'операция',
  days: 'дн.',
  claimsHeading: 'Утверждения',
  memorial_monument: 'памятник',
  memorial_ensemble: 'мемориальный комплекс',
  memorial_obelisk: 'обелиск',
  memorial_cemetery: 'кладбище',
  memorial_museum: 'музей',
  'memorial_eternal-flame': 'вечный огонь',
  memorial_sculpture: 'скульптура',
  readAboutTitle: 'Подробнее о звании',
  subject: 'Предмет',
  property: 'Свойство',
  status: 'Статус',
};

const STRINGS: Record<UiLang, Record<UiKey, string>> = { en: EN, ru: RU };

export function t(lang: UiLang, key: UiKey): string {
  return STRINGS[lang][key];
}

/** A key built at run time (`prop_${property}`); falls back to the raw word. */
export function tKey(lang: UiLang, key: string): string {
  return (STRINGS[lang] as Record<string, string>)[key] ?? key;
}

export function isUiLang(s: string | undefined): s is UiLang {
  return s === 'en' || s === 'ru';
}

/** `/places/kyiv` in the given interface language: `/places/kyiv` or `/ru/places/kyiv`. */
export function href(lang: UiLang, path: string): string {
  if (lang === 'en') return path;
  return path === '/' ? '/ru' : path.startsWith('/?') ? `/ru${path.slice(1)}` : `/ru${path}`;
}

/** Splits a request path into the interface language and the language-neutral path. */
export function splitLangPath(path: string): { lang: UiLang; path: string } {
  if (path === '/ru' || path === '/ru/') return { lang: 'ru', path: '/' };
  if (path.startsWith('/ru/')) return { lang: 'ru', path: path.slice(3) };
  return { lang: 'en', path };
}

/** Text from the store in the interface's language, English when there is no translation. */
export function localized(text: LocalizedText | undefined | null, lang: UiLang): string {
  if (!text) return '';
  return (lang === 'ru' ? text.ru : undefined) ?? text.en;
}

const inYear = (n: PlaceName, year: number) => (n.from ?? -Infinity) <= year && year <= (n.to ?? Infinity);

/**
 * A place's name in the interface's language. By default the name it had when
 * it was honoured (Stalingrad, Leningrad), as the title reads; pass
 * `year: 'now'` for today's name (Volgograd, Saint Petersburg).
 */
export function placeName(place: Pick<Place, 'names' | 'id'>, lang: UiLang, year: number | 'now' = 1945): string {
  const pick = (l: string) => {
    const names = place.names.filter((n) => n.lang === l && n.kind !== 'variant');
    if (names.length === 0) return undefined;
    if (year === 'now') return (names.find((n) => n.kind === 'official' && n.to === undefined) ?? names[0])?.text;
    return (names.find((n) => inYear(n, year)) ?? names.find((n) => n.to === undefined) ?? names[0])?.text;
  };
  return pick(lang) ?? pick('en') ?? place.names[0]?.text ?? place.id;
}

/** Number formatting for the interface's language. */
export function num(lang: UiLang, n: number): string {
  return n.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB');
}

const MONTHS: Record<UiLang, string[]> = {
  en: [
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
  ],
  ru: [
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
  ],
};
const MONTHS_NOM_RU = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];

/** A partial date as a reader writes it: "23 August 1942", "August 1942", "1942". */
export function formatDate(lang: UiLang, date: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  if (!mo) return y as string;
  const mi = Number(mo) - 1;
  if (!d) return lang === 'ru' ? `${MONTHS_NOM_RU[mi]} ${y}` : `${MONTHS.en[mi]} ${y}`;
  return `${Number(d)} ${MONTHS[lang][mi]} ${y}`;
}
