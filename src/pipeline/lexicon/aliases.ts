/**
 * Extra names for the thirteen places, on top of the names the dataset gives:
 * older transliterations, demonyms, short forms. The gazetteer merges them
 * with the dataset's names, so extraction still knows the places when the
 * dataset is missing one (a fresh checkout, a test).
 *
 * kind: 'name' names the place; 'demonym' names its people ("Stalingraders"),
 * which is as good as naming the place; 'adjective' is the Russian place
 * adjective in its masculine nominative («ленинградский»), whose case and
 * gender forms inflect.ts derives («сталинградской битвы», «одесская оборона»).
 */
export interface Alias {
  text: string;
  lang: 'en' | 'ru' | 'uk' | 'be';
  kind: 'name' | 'demonym' | 'adjective';
}

const n = (text: string, lang: Alias['lang'] = 'en'): Alias => ({ text, lang, kind: 'name' });
const d = (text: string, lang: Alias['lang'] = 'en'): Alias => ({ text, lang, kind: 'demonym' });
const adj = (text: string): Alias => ({ text, lang: 'ru', kind: 'adjective' });

export const ALIASES: Record<string, Alias[]> = {
  leningrad: [
    n('Leningrad'),
    n('Saint Petersburg'),
    n('St. Petersburg'),
    n('St Petersburg'),
    n('Petrograd'),
    n('Saint-Petersburg'),
    n('Ленинград', 'ru'),
    n('Санкт-Петербург', 'ru'),
    n('Петроград', 'ru'),
    d('Leningraders'),
    d('ленинградцы', 'ru'),
    d('ленинградцев', 'ru'),
  ],
  stalingrad: [
    n('Stalingrad'),
    n('Volgograd'),
    n('Tsaritsyn'),
    n('Сталинград', 'ru'),
    n('Волгоград', 'ru'),
    n('Царицын', 'ru'),
    d('Stalingraders'),
    d('сталинградцы', 'ru'),
    d('сталинградцев', 'ru'),
  ],
  sevastopol: [
    n('Sevastopol'),
    n('Sebastopol'),
    n('Севастополь', 'ru'),
    n('Севастополь', 'uk'),
    d('Sevastopolians'),
    d('севастопольцы', 'ru'),
    d('севастопольцев', 'ru'),
  ],
  odesa: [
    n('Odesa'),
    n('Odessa'),
    n('Одесса', 'ru'),
    n('Одеса', 'uk'),
    d('Odessans'),
    d('Odesans'),
    d('одесситы', 'ru'),
    d('одесситов', 'ru'),
  ],
  moscow: [n('Moscow'), n('Москва', 'ru'), d('Muscovites'), d('москвичи', 'ru'), d('москвичей', 'ru')],
  kyiv: [
    n('Kyiv'),
    n('Kiev'),
    n('Киев', 'ru'),
    n('Київ', 'uk'),
    d('Kyivans'),
    d('Kievans'),
    d('киевляне', 'ru'),
    d('киевлян', 'ru'),
  ],
  brest: [
    n('Brest'),
    n('Brest-Litovsk'),
    n('Brest Fortress'),
    n('Брест', 'ru'),
    n('Брестская крепость', 'ru'),
    n('Брэст', 'be'),
  ],
  kerch: [n('Kerch'), n('Керчь', 'ru'), n('Керч', 'uk'), d('керчане', 'ru')],
  novorossiysk: [n('Novorossiysk'), n('Novorossisk'), n('Новороссийск', 'ru'), d('новороссийцы', 'ru')],
  minsk: [n('Minsk'), n('Минск', 'ru'), n('Мінск', 'be'), d('минчане', 'ru')],
  tula: [n('Tula'), n('Тула', 'ru'), d('туляки', 'ru'), d('Tulans')],
  murmansk: [n('Murmansk'), n('Мурманск', 'ru'), d('мурманчане', 'ru')],
  smolensk: [n('Smolensk'), n('Смоленск', 'ru'), d('смоляне', 'ru')],
};

/**
 * Russian place adjectives, masculine nominative: «Сталинградская битва» and
 * «в дни ленинградской блокады» name the place through its adjective. The
 * gazetteer adds their forms after every name, so a name always keeps a form
 * the two share («Смоленском» is the city's instrumental).
 */
export const ADJECTIVES: Record<string, Alias[]> = {
  leningrad: [adj('ленинградский')],
  stalingrad: [adj('сталинградский'), adj('волгоградский')],
  sevastopol: [adj('севастопольский')],
  odesa: [adj('одесский')],
  moscow: [adj('московский')],
  kyiv: [adj('киевский')],
  brest: [adj('брестский')],
  kerch: [adj('керченский')],
  novorossiysk: [adj('новороссийский')],
  minsk: [adj('минский')],
  tula: [adj('тульский')],
  murmansk: [adj('мурманский')],
  smolensk: [adj('смоленский')],
};
