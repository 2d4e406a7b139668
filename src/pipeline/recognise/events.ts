/**
 * Named events: "Battle of Stalingrad", "Siege of Leningrad", "the Leningrad
 * Blockade", "Operation Silver Fox", "Kerch-Feodosia landing operation",
 * «оборона Севастополя», «Сталинградская битва». An event names its place when the gazetteer knows
 * the word ("Battle of Moscow" → moscow).
 */
import type { Gazetteer } from '../gazetteer.js';
import type { EventMention, Recogniser } from './types.js';
import { hits } from './util.js';

const CAP = `\\p{Lu}[\\p{L}'’-]*`;
const PATTERNS: { name: string; re: RegExp; place: number | null }[] = [
  {
    name: 'event.kind-of-place',
    re: new RegExp(
      `(?<![\\p{L}])(?:[Tt]he\\s+)?(?:[Bb]attles?|[Ss]iege|[Bb]lockade|[Dd]efen[cs]e|[Ll]iberation|[Oo]ccupation|[Ee]ncirclement)\\s+(?:of|for)\\s+(?:the\\s+)?(${CAP}(?:\\s+${CAP})?)`,
      'gu',
    ),
    place: 0,
  },
  {
    name: 'event.place-kind',
    re: new RegExp(
      `(?<![\\p{L}])(${CAP})\\s+(?:[Bb]lockade|[Ss]iege|[Dd]efen[cs]e|[Oo]ffensive|[Dd]efensive\\s+[Oo]peration|[Ss]trategic\\s+[Oo]peration)(?![\\p{L}])`,
      'gu',
    ),
    place: 0,
  },
  { name: 'event.operation', re: new RegExp(`(?<![\\p{L}])Operation\\s+(${CAP}(?:\\s+${CAP})?)`, 'gu'), place: null },
  {
    name: 'event.compound-operation',
    re: new RegExp(`(?<![\\p{L}])(${CAP})-${CAP}\\s+(?:landing\\s+|offensive\\s+|defensive\\s+)?operation`, 'gu'),
    place: 0,
  },
  {
    name: 'event.ru',
    re: new RegExp(
      `(?<![\\p{L}])(?:[Бб]итв[а-я]*|[Оо]борон[а-я]*|[Бб]локад[а-я]*|[Оо]сад[а-я]*|[Оо]свобождени[а-я]*)\\s+(?:за\\s+)?(${CAP})`,
      'gu',
    ),
    place: 0,
  },
  {
    // «Сталинградская битва», «героической одесской обороны»: a place adjective (checked below) and the event noun.
    name: 'event.ru-adjective',
    re: /(?<![\p{L}])(\p{L}+)\s+(?:битв|оборон|сражени|блокад|осад)\p{L}*/gu,
    place: 0,
  },
];

const MAYBE =
  /battle|siege|blockade|defen[cs]e|liberation|occupation|encirclement|operation|offensive|битв|оборон|блокад|осад|освобожден|сражени/iu;

function placeOf(word: string | undefined, gazetteer: Gazetteer): string | undefined {
  if (!word) return undefined;
  const first = word.split(/\s+/u)[0]!.replace(/['’]s$/u, '');
  return gazetteer.forms.get(word)?.place ?? gazetteer.forms.get(first)?.place;
}

export const eventRecogniser: Recogniser = {
  name: 'events',
  recognise({ sentence, gazetteer }) {
    const out: EventMention[] = [];
    if (!MAYBE.test(sentence.text)) return out;
    for (const p of PATTERNS) {
      for (const h of hits(p.re, sentence.text, sentence.start)) {
        if (p.name === 'event.ru-adjective' && gazetteer.forms.get(h.groups[0]!)?.kind !== 'adjective') continue;
        const place = p.place === null ? undefined : placeOf(h.groups[p.place], gazetteer);
        // "Battle of Britain" is not ours; operations are named whatever their place.
        if (p.place !== null && !place) continue;
        const name = h.text.replace(/^[Tt]he\s+/u, '');
        const start = h.start + (h.text.length - name.length);
        out.push({ kind: 'event', name, start, end: h.end, recogniser: p.name, ...(place && { place }) });
      }
    }
    return out;
  },
};
