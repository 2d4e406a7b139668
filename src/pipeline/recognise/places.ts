/**
 * Places, from the gazetteer. The role says how strongly the mention names
 * the place: "Kerch's" is a possessive name, "Stalingraders" a demonym,
 * "Kerch Peninsula" and "Kerch-Feodosia" a neighbouring feature (weaker: it
 * never outweighs a plain name in the same sentence). A Russian place
 * adjective is the place inside an event before an event noun («Сталинградская
 * битва»), else a feature.
 */
import { FEATURE_WORDS, REFERENCE_AFTER, REFERENCE_LEADS } from '../lexicon/en.js';
import type { PlaceMention, Recogniser } from './types.js';
import { escapeRe, hits } from './util.js';

const FEATURE_AFTER = new RegExp(`^(?:\\s+(?:${FEATURE_WORDS.map(escapeRe).join('|')})(?![\\p{L}])|-\\p{Lu})`, 'u');

// "second only to Stalingrad", "brought from Odessa": a yardstick or an origin, never the subject.
const REFERENCE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${REFERENCE_LEADS.map(escapeRe).join('|')})\\s+$`, 'iu');

/**
 * «Сталинградская битва», «ленинградской блокады»: a place adjective before an
 * event noun names the event's place; before «крепость» (a fortress that was
 * defended: «Брестская крепость») too.
 */
const EVENT_NOUN_AFTER = /^\s+(?:битв|оборон|сражени|блокад|осад|оккупаци|освобождени|наступлени|операци|крепост)/iu;

const REFERENCE_FOLLOWS = new RegExp(`^\\s+(?:${REFERENCE_AFTER.map(escapeRe).join('|')})s?(?![\\p{L}])`, 'u');

export const placeRecogniser: Recogniser = {
  name: 'places',
  recognise({ sentence, gazetteer }) {
    const out: PlaceMention[] = [];
    for (const h of hits(gazetteer.pattern, sentence.text, sentence.start)) {
      const form = gazetteer.forms.get(h.text);
      if (!form) continue;
      const after = sentence.text.slice(h.end - sentence.start);
      let role: PlaceMention['role'] = form.kind === 'demonym' ? 'demonym' : 'name';
      let end = h.end;
      // A place adjective names the place inside an event («Смоленское сражение»); elsewhere
      // («Тульский рабочий полк», «Киевский вокзал») it is weak evidence, like a feature.
      if (form.kind === 'adjective') {
        role = EVENT_NOUN_AFTER.test(after) ? 'event' : 'feature';
        out.push({ kind: 'place', place: form.place, role, start: h.start, end, recogniser: `place.adjective` });
        continue;
      }
      const poss = /^['’]s(?![\p{L}])/u.exec(after);
      if (poss) {
        role = 'possessive';
        end += poss[0].length;
      } else if (FEATURE_AFTER.test(after)) role = 'feature';
      else if (REFERENCE_FOLLOWS.test(after)) role = 'reference';
      else if (
        REFERENCE_BEFORE.test(sentence.text.slice(Math.max(0, h.start - sentence.start - 20), h.start - sentence.start))
      )
        role = 'reference';
      out.push({ kind: 'place', place: form.place, role, start: h.start, end, recogniser: `place.${role}` });
    }
    return out;
  },
};
