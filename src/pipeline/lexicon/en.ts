/**
 * English word lists the recognisers and claim patterns read. Data only: a new
 * phrasing is usually one more word here, not a new rule.
 */

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** Seasons and parts of a year: they keep only the year's precision. */
export const SEASONS = ['spring', 'summer', 'fall', 'autumn', 'winter', 'beginning', 'end', 'middle', 'start'];
/** "mid-September", "late 1943": a modifier that keeps the precision of what it modifies. */
export const PART_MODIFIERS = ['early', 'mid', 'late', 'middle of', 'end of', 'beginning of', 'the end of', 'the beginning of'];

export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12,
};
export const SCALE_WORDS: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };
export const FRACTION_WORDS: Record<string, number> = { half: 0.5, third: 1 / 3, quarter: 0.25, fifth: 0.2 };

/** Qualifiers before a figure and the range they make of N. */
export const LOWER_BOUND = ['more than', 'over', 'at least', 'upwards of', 'in excess of', 'exceeding', 'no fewer than', 'no less than', 'not less than'];
export const UPPER_BOUND = ['less than', 'fewer than', 'under', 'up to', 'at most', 'no more than', 'not more than'];
export const APPROXIMATE = ['about', 'around', 'approximately', 'nearly', 'almost', 'some', 'roughly', 'an estimated', 'estimated at', 'close to', 'only', 'circa', 'c.', 'just over', 'just under'];

/** Side words: who a figure belongs to. The first list that matches wins, so "Soviet civilians" is civilian. */
export const SIDE_WORDS: { side: 'civilian' | 'axis' | 'soviet' | 'combined'; words: string[] }[] = [
  { side: 'civilian', words: ['jews', 'children', 'women', 'evacuees', 'civilians', 'civilian', 'inhabitants', 'residents', 'townspeople', 'citizens', 'population', 'non-combatants'] },
  { side: 'combined', words: ['combined', 'both sides', 'on both sides', 'in total on both sides'] },
  { side: 'axis', words: ['german', 'germans', 'germany', 'wehrmacht', 'enemy', 'enemies', 'axis', 'nazi', 'nazis', 'fascist', 'fascists', "hitler's", 'hitlerite', 'hitlerites', 'romanian', 'romanians', 'italian', 'italians', 'hungarian', 'hungarians', 'finnish', 'invaders', 'sixth army'] },
  { side: 'soviet', words: ['soviet', 'soviets', 'red army', 'defenders', 'defender', 'russian', 'russians', 'partisans', 'black sea fleet', 'baltic fleet', 'northern fleet'] },
];

/** Nouns a counted figure must be about to become a `quantity` claim ("82 fighter battalions"). */
export const COUNTABLE_NOUNS = [
  'people', 'persons', 'reinforcements', 'recruits', 'evacuees', 'wounded', 'residents', 'inhabitants', 'citizens', 'civilians', 'workers', 'volunteers', 'militia', 'militiamen',
  'soldiers', 'troops', 'men', 'officers', 'sailors', 'marines', 'pilots', 'defenders', 'participants', 'partisans', 'fighters',
  'prisoners', 'children', 'women', 'veterans', 'heroes', 'recipients', 'casualties',
  'units', 'formations', 'associations', 'divisions', 'brigades', 'regiments', 'battalions', 'detachments', 'groups', 'armies', 'corps', 'squads', 'companies',
  'ships', 'vessels', 'boats', 'submarines', 'aircraft', 'planes', 'airplanes', 'tanks', 'guns', 'mortars', 'vehicles', 'trucks', 'trains',
  'armored trains', 'cannons', 'artillery pieces', 'rifles', 'machine guns', 'shells', 'bombs', 'mines', 'tons', 'tonnes',
  'buildings', 'houses', 'homes', 'factories', 'plants', 'enterprises', 'bridges', 'schools', 'hospitals', 'kilometres', 'kilometers', 'km', 'miles',
  'orders', 'medals', 'awards', 'streets', 'monuments', 'memorials', 'graves', 'shelters', 'sorties', 'raids', 'attacks', 'air raids',
];
/** People nouns: "the enemy lost 1.5 million soldiers" is casualties, "lost 3.5 thousand tanks" a quantity. */
export const PEOPLE_NOUNS = ['people', 'persons', 'soldiers', 'troops', 'men', 'officers', 'sailors', 'civilians', 'residents', 'inhabitants', 'citizens', 'lives', 'dead', 'defenders', 'servicemen'];
/** Demonyms count as people and name their place ("50 thousand Stalingraders"). */

export const CASUALTY_NOUNS = ['casualties', 'losses', 'lives', 'deaths', 'dead', 'killed', 'fatalities', 'victims', 'wounded'];
export const CASUALTY_VERBS = ['lost', 'killed', 'died', 'perished', 'suffered', 'were killed', 'was killed'];

/** Units that make a figure a span of time. */
export const TIME_UNITS: Record<string, 'day' | 'week' | 'month' | 'year'> = {
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year',
  // Russian: день, дня, дней; неделя…; месяц…; год, года, лет.
  день: 'day', дня: 'day', дней: 'day', недели: 'week', недель: 'week', месяц: 'month', месяца: 'month', месяцев: 'month', год: 'year', года: 'year', лет: 'year',
};

/** Words that make a sentence about a battle, siege or defence. */
export const BATTLE_WORDS = [
  'battle', 'battles', 'siege', 'blockade', 'defence', 'defense', 'fighting', 'fight', 'fights', 'struggle', 'offensive', 'assault',
  'lasted', 'took place', 'raged', 'held off', 'held out', 'resisted', 'besieged', 'encircled', 'fought', 'operation', 'defended',
];
export const START_VERBS = ['attacked', 'invaded', 'stormed', 'began', 'begun', 'begins', 'started', 'commenced', 'opened', 'was launched', 'were launched', 'broke out', 'start', 'beginning'];
export const END_VERBS = ['lifted', 'ended', 'ends', 'was over', 'came to an end', 'concluded', 'finished', 'end', 'raised'];
export const OCCUPIED_VERBS = ['occupied', 'captured', 'seized', 'taken', 'fell', 'overrun', 'surrendered'];
export const LIBERATED_VERBS = ['liberated', 'liberate', 'liberating', 'liberation', 'freed', 'free', 'recaptured', 'retaken', 'recapture'];
/** Words that say the capture or liberation was only partial: no date claim is made. */
export const PARTIAL_WORDS = ['partially', 'partly', 'largely', 'mostly', 'almost'];
export const AWARD_VERBS = ['awarded', 'conferred', 'granted', 'given', 'received', 'receive', 'bestowed', 'named', 'designated', 'proclaimed', 'won', 'earned', 'became', 'honored', 'honoured', 'decorated'];

/** Heads of memorial names ("Obelisk of Glory", "Piskariovskoye Memorial Cemetery"). */
export const MEMORIAL_HEADS = ['Memorial Cemetery', 'Memorial Complex', 'Memorial Ensemble', 'Memorial', 'Cemetery', 'Obelisk', 'Monument', 'Museum', 'Ensemble', 'Statue', 'Mound', 'Tomb', 'Eternal Flame', 'Panorama', 'Diorama', 'Stele', 'Column', 'Arch'];
export const MEMORIAL_COMMON = ['monument', 'statue', 'memorial', 'obelisk', 'sculpture', 'stele', 'memorial complex'];
export const MEMORIAL_YEAR_VERBS = ['erected', 'unveiled', 'opened', 'built', 'inaugurated', 'installed', 'dedicated', 'completed', 'founded', 'established'];

/** A place name followed by one of these is a neighbouring feature, a weaker mention ("Kerch Peninsula"). */
export const FEATURE_WORDS = ['Peninsula', 'Strait', 'Bay', 'Gulf', 'Oblast', 'Region', 'region', 'Province', 'Front', 'Fleet', 'River', 'District', 'Military District', 'bridgehead', 'Bridgehead', 'Canal', 'Railway', 'Highway', 'Operation', 'Offensive', 'Airport', 'Harbour', 'Harbor', 'Quarries'];

/** Plausible years for each kind of date: the war, and the titles' lifetime. */
export const WAR_YEARS: [number, number] = [1941, 1945];
export const TITLE_YEARS: [number, number] = [1945, 1991];
