/**
 * Number words (English and Russian, with Ukrainian scale words), the words
 * that make a figure vague ("thousands of"), ordinals (which are not counts),
 * and the cues that say what a figure measures when it is not a count of
 * people or things: money, a page, an age, a score, the length of a visit.
 * Data only: recognise/numbers.ts builds the grammar, recognise/measures.ts
 * reads the cues.
 */

/** English cardinals, by the place they take in a compound ("two hundred and seventy-three"). */
export const UNITS_EN: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
export const TEENS_EN: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
export const TENS_EN: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** Multipliers: "hundred" inside a group, the rest close one ("two thousand three hundred"). */
export const SCALES_EN: Record<string, number> = {
  hundred: 100,
  dozen: 12,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
};
/** "a quarter of", "two thirds of": shares. */
export const FRACTION_WORDS: Record<string, number> = { half: 0.5, third: 1 / 3, quarter: 0.25, fifth: 0.2 };
/** Ordinal words and endings: "the seventy-third day" counts nothing. */
export const ORDINALS_EN = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'hundredth',
  'thousandth',
  'millionth',
];

/**
 * Russian cardinals with their case forms («три дня», «трёх дней», «тремя
 * днями»). «семью» is left out: it is far more often «семья» (a family).
 * Forms of «один» that mostly mean "a certain" or "any" («одного», «одной»)
 * are left out too.
 */
export const UNITS_RU: Record<string, number> = {
  один: 1,
  одна: 1,
  одно: 1,
  два: 2,
  две: 2,
  двух: 2,
  двум: 2,
  двумя: 2,
  три: 3,
  трёх: 3,
  трех: 3,
  трём: 3,
  трем: 3,
  тремя: 3,
  четыре: 4,
  четырёх: 4,
  четырех: 4,
  четырём: 4,
  четырем: 4,
  четырьмя: 4,
  пять: 5,
  пяти: 5,
  пятью: 5,
  шесть: 6,
  шести: 6,
  шестью: 6,
  семь: 7,
  семи: 7,
  восемь: 8,
  восьми: 8,
  восемью: 8,
  девять: 9,
  девяти: 9,
  девятью: 9,
};
const teen = (stem: string, n: number) => ({ [`${stem}ь`]: n, [`${stem}и`]: n, [`${stem}ью`]: n });
export const TEENS_RU: Record<string, number> = {
  ...teen('десят', 10),
  ...teen('одиннадцат', 11),
  ...teen('двенадцат', 12),
  ...teen('тринадцат', 13),
  ...teen('четырнадцат', 14),
  ...teen('пятнадцат', 15),
  ...teen('шестнадцат', 16),
  ...teen('семнадцат', 17),
  ...teen('восемнадцат', 18),
  ...teen('девятнадцат', 19),
};
export const TENS_RU: Record<string, number> = {
  ...teen('двадцат', 20),
  ...teen('тридцат', 30),
  сорок: 40,
  сорока: 40,
  пятьдесят: 50,
  пятидесяти: 50,
  шестьдесят: 60,
  шестидесяти: 60,
  семьдесят: 70,
  семидесяти: 70,
  восемьдесят: 80,
  восьмидесяти: 80,
  девяносто: 90,
  девяноста: 90,
};
export const HUNDREDS_RU: Record<string, number> = {
  сто: 100,
  ста: 100,
  двести: 200,
  двухсот: 200,
  триста: 300,
  трёхсот: 300,
  трехсот: 300,
  четыреста: 400,
  четырёхсот: 400,
  четырехсот: 400,
  пятьсот: 500,
  пятисот: 500,
  шестьсот: 600,
  шестисот: 600,
  семьсот: 700,
  семисот: 700,
  восемьсот: 800,
  восьмисот: 800,
  девятьсот: 900,
  девятисот: 900,
};
/** «полтора миллиона», «полторы тысячи», «около полутора тысяч». */
export const HALF_RU: Record<string, number> = { полтора: 1.5, полторы: 1.5, полутора: 1.5 };
/** Numbers in one word: «полтысячи», «полмиллиона». */
export const WHOLE_RU: Record<string, number> = { полтысячи: 500, полмиллиона: 500_000 };
/** Scale words after a number, in every case, with abbreviations and the Ukrainian forms. */
export const SCALES_RU: Record<string, number> = {
  тыс: 1_000,
  'тыс.': 1_000,
  тысяча: 1_000,
  тысячи: 1_000,
  тысяч: 1_000,
  тысячу: 1_000,
  тысяче: 1_000,
  тысячей: 1_000,
  тысячью: 1_000,
  тысячам: 1_000,
  тысячами: 1_000,
  тысячах: 1_000,
  тисяча: 1_000,
  тисячі: 1_000,
  тисяч: 1_000,
  тисячу: 1_000,
  млн: 1_000_000,
  'млн.': 1_000_000,
  миллион: 1_000_000,
  миллиона: 1_000_000,
  миллионов: 1_000_000,
  миллиону: 1_000_000,
  миллионом: 1_000_000,
  миллионам: 1_000_000,
  миллионами: 1_000_000,
  миллионах: 1_000_000,
  мільйон: 1_000_000,
  мільйона: 1_000_000,
  мільйонів: 1_000_000,
  млрд: 1_000_000_000,
  'млрд.': 1_000_000_000,
  миллиард: 1_000_000_000,
  миллиарда: 1_000_000_000,
  миллиардов: 1_000_000_000,
};
/**
 * A scale word alone is one of it: «тысяча человек», «около миллиона».
 * «тысячи» and «миллиона» are genitive singular only after a qualifier
 * («более тысячи»); alone «тысячи» is a plural, and vague.
 */
export const BARE_SCALE_RU = ['тысяча', 'тысячу', 'миллион', 'миллиона', 'тисяча', 'мільйон'];
export const BARE_SCALE_AFTER_QUALIFIER_RU = ['тысячи', 'тисячі'];
/** Ordinal stems: «семьдесят третий день» counts nothing. Each takes an adjective ending. */
export const ORDINAL_STEMS_RU = [
  'перв',
  'втор',
  'трет',
  'четвёрт',
  'четверт',
  'пят',
  'шест',
  'седьм',
  'восьм',
  'девят',
  'десят',
  'двадцат',
  'тридцат',
  'сороков',
  'пятидесят',
  'шестидесят',
  'семидесят',
  'восьмидесят',
  'девяност',
  'сот',
  'двухсот',
  'трёхсот',
  'трехсот',
  'четырёхсот',
  'четырехсот',
  'пятисот',
  'шестисот',
  'семисот',
  'восьмисот',
  'девятисот',
  'тысячн',
  'миллионн',
];
export const ORDINAL_ENDINGS_RU = [
  'ый',
  'ий',
  'ой',
  'ая',
  'ое',
  'ые',
  'ого',
  'ому',
  'ом',
  'ую',
  'ых',
  'ым',
  'ыми',
  'ей',
  'ья',
  'ье',
  'ьи',
  'ьего',
  'ьему',
  'ьей',
  'ьим',
  'ьих',
];

/**
 * Vague magnitudes: "hundreds of thousands", «десятки тысяч», "several
 * thousand". Each word's factor; a plural means at least two of it, so the
 * figure is {min: 2 × the factors, max: null}, and the mention is marked vague.
 */
export const VAGUE_MULTIPLIERS_EN: Record<string, number> = { tens: 10, hundreds: 100, dozens: 12 };
export const VAGUE_SCALES_EN: Record<string, number> = {
  hundreds: 100,
  thousands: 1_000,
  millions: 1_000_000,
  dozens: 12,
};
/** "several thousand", "a few hundred": a scale word after these is vague. */
export const VAGUE_LEADS_EN = ['several', 'a few', 'a couple of', 'some few'];
export const VAGUE_MULTIPLIERS_RU: Record<string, number> = {
  десятки: 10,
  десятков: 10,
  десятками: 10,
  сотни: 100,
  сотен: 100,
  сотнями: 100,
  сотня: 100,
};
export const VAGUE_SCALES_RU: Record<string, number> = {
  тысячи: 1_000,
  тысяч: 1_000,
  тысячами: 1_000,
  тисячі: 1_000,
  тисяч: 1_000,
  миллионы: 1_000_000,
  миллионов: 1_000_000,
  миллионами: 1_000_000,
  сотни: 100,
  сотен: 100,
  десятки: 10,
  десятков: 10,
};
export const VAGUE_LEADS_RU = ['несколько', 'нескольких', 'кілька'];

/** Money: symbols and codes before or after a figure, words after it. "pounds" is left out: in war texts it is mostly weight. */
export const CURRENCY_SYMBOLS = ['$', '€', '£', '₽', '₴', '¥'];
export const CURRENCY_CODES = ['USD', 'US$', 'EUR', 'GBP', 'RUB', 'RUR', 'UAH', 'BYN', 'BYR'];
export const CURRENCY_WORDS = [
  'dollar',
  'dollars',
  'euro',
  'euros',
  'rouble',
  'roubles',
  'ruble',
  'rubles',
  'hryvnia',
  'hryvnias',
  'hryvnas',
  'hryvnya',
  'hryvnyas',
  'hryvni',
  'kopecks',
  'kopeks',
  'cents',
  'руб',
  'руб.',
  'р.',
  'рубль',
  'рубля',
  'рублей',
  'коп.',
  'копеек',
  'доллар',
  'доллара',
  'долларов',
  'евро',
  'грн',
  'грн.',
  'гривна',
  'гривны',
  'гривен',
  'гривень',
];

/** A number that names rather than counts, after these words: a page, an issue, a room, a route. */
export const LABEL_ABBREVIATIONS = [
  'p',
  'pp',
  'pg',
  'vol',
  'ch',
  'fig',
  'no',
  'nr',
  'стр',
  'с',
  'т',
  'вып',
  'рис',
  'д',
  'кв',
];
export const LABEL_WORDS = [
  'page',
  'pages',
  'issue',
  'volume',
  'chapter',
  'figure',
  'table',
  'room',
  'hall',
  'platform',
  'gate',
  'bus',
  'buses',
  'tram',
  'trolleybus',
  'route',
  'страница',
  'том',
  'выпуск',
  'зал',
  'маршрут',
  'автобус',
  'автобусы',
  'трамвай',
  'троллейбус',
  'дом',
];
/** An age: "aged 12", "at the age of 12", «в возрасте 12 лет». */
export const AGE_LEADS = ['aged', 'age', 'ages', 'at the age of', 'at age', 'в возрасте', 'возрастом'];
/** A score or a mark: "5 points", "4.5 stars", «5 баллов». */
export const SCORE_NOUNS = ['point', 'points', 'pts', 'star', 'stars', 'балл', 'балла', 'баллов'];
export const SCORE_LEADS = ['rated', 'rating', 'rating of', 'score', 'score of', 'scored', 'оценка', 'рейтинг'];
/** What a tourist does for N hours or days: "a 1-day tour", "the excursion takes 3 hours". */
export const VISIT_NOUNS = [
  'tour',
  'tours',
  'excursion',
  'excursions',
  'trip',
  'trips',
  'walk',
  'walks',
  'visit',
  'visits',
  'cruise',
  'drive',
  'ride',
  'journey',
  'hike',
  'stay',
  'stopover',
  'layover',
  'itinerary',
  'program',
  'programme',
  'package',
  'экскурсия',
  'экскурсии',
  'экскурсию',
  'тур',
  'поездка',
  'поездку',
  'прогулка',
  'прогулку',
];
/** After "20 minutes": how far a place is, not how long something lasted. */
export const VISIT_AFTER = ['walk', 'drive', 'ride', 'away', 'from', 'by', 'on foot', 'пешком', 'езды', 'ходьбы', 'от'];
/** Before a span of time: "spend 2 days", "stayed for 3 days". */
export const VISIT_VERBS = ['spend', 'spent', 'spending', 'stay', 'stayed', 'staying'];
