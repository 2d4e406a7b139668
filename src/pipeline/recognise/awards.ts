/**
 * Awards and titles. Order matters where one name contains another: "Hero
 * City of Ukraine" (a different title, 2022) is found before "Hero City", and
 * the longer match wins. A "Hero City" followed by "of <place>" or "#3" is the
 * title used as a name ("the Hero City of Volgograd was given the Order of
 * Lenin"), not the title being conferred.
 */
import type { AwardKind, AwardMention, Recogniser } from './types.js';
import { deOverlap, hits } from './util.js';

const PATTERNS: { award: AwardKind; re: RegExp }[] = [
  {
    award: 'hero-city-ukraine',
    re: /(?<![\p{L}])(?:Hero[- ]City\s+of\s+Ukraine|[Гг]ород[а-я]*[- ]геро[а-я]*\s+Украины|[Мм]іст[а-яії]*[- ]геро[а-яії]*\s+України)/giu,
  },
  {
    award: 'hero-soviet-union',
    re: /(?<![\p{L}])(?:Hero(?:es)?\s+of\s+the\s+Soviet\s+Union|Геро[а-я]*\s+Советского\s+Союза)/giu,
  },
  { award: 'hero-fortress', re: /(?<![\p{L}])(?:Hero[- ]Fortress|[Кк]репост[а-я]*[- ]геро[а-я]*)/giu },
  {
    award: 'hero-city',
    re: /(?<![\p{L}])(?:Hero[- ]Cit(?:y|ies)|[Гг]ород[а-я]*[- ]геро[а-я]*|[Мм]іст[а-яії]*[- ]геро[а-яії]*)/giu,
  },
  { award: 'order-of-lenin', re: /(?<![\p{L}])(?:Order\s+of\s+Lenin|[Оо]рден[а-я]*\s+Ленина)/giu },
  { award: 'gold-star', re: /(?<![\p{L}])(?:Gold(?:en)?\s+Star|[Зз]олот[а-я]*\s+[Зз]везд[а-я]*)/giu },
  // "were awarded the title on …": a bare title right after a verb of conferring (not "the title of Hero of the Soviet Union").
  {
    award: 'honorary-title',
    re: /(?<=(?:awarded|conferred|granted|given|received|bestowed|won|earned)\s+(?:\p{L}+\s+){0,2}?)(?:the\s+)?title(?![\p{L}])(?!\s+(?:of\s+)?(?:the\s+)?["“«]?Hero(?:es)?\s+of)/giu,
  },
  // "the title went to Tula in 1976": the title as the subject of "went to".
  {
    award: 'honorary-title',
    re: /(?<![\p{L}])(?:the\s+)?title(?=\s+(?:then\s+|later\s+|next\s+|also\s+)?went\s+to\s)/giu,
  },
  // «вместе со званием город получил орден Ленина», "along with the title, it received the Order": the title went with it.
  {
    award: 'honorary-title',
    re: /(?<=(?:(?<![\p{L}])(?:along|together)\s+with|вместе\s+со?|наряду\s+со?)\s+)(?:the\s+title|звани[а-яё]*)(?![\p{L}])(?!\s+(?:of\s+)?(?:the\s+)?["“«]?(?:Hero(?:es)?\s+of|[Гг]ероя))/giu,
  },
  // «получил такое же звание», «было присвоено звание»: a bare title after a Russian verb of conferring (not «звание Героя…»).
  {
    award: 'honorary-title',
    re: /(?<=(?:присво|получи|удостоен|надан|присвоєн|отрима)\p{L}*\s+(?:\p{L}+\s+){0,2}?)звани[а-яё]*(?![\p{L}])(?!\s+[Гг]еро)(?!\s*[«"“]?[Гг]ород)/giu,
  },
  {
    award: 'honorary-title',
    re: /(?<![\p{L}])(?:honou?rary\s+title|почётно[а-я]*\s+звани[а-я]*|почетно[а-я]*\s+звани[а-я]*)/giu,
  },
];

const MAYBE = /hero|order|gold|honou?r|title|геро|орден|золот|звани|почётн|почетн|міст/iu;

export const awardRecogniser: Recogniser = {
  name: 'awards',
  recognise({ sentence }) {
    const all: AwardMention[] = [];
    if (!MAYBE.test(sentence.text)) return all;
    for (const p of PATTERNS) {
      for (const h of hits(p.re, sentence.text, sentence.start)) {
        const after = sentence.text.slice(h.end - sentence.start);
        const asName =
          p.award === 'hero-city' &&
          /^\s*(?:of\s+(?!the\s+(?:Soviet|USSR))(?!\d)|#|№|No\.)/u.test(after) &&
          !/^\s*of\s+the\s+Soviet\s+Union/u.test(after);
        // "the Hero City statute", "the statute of the title 'Hero City'": the title as a law's name, not conferred
        // ("Hero City status" is the title itself).
        const before = sentence.text.slice(0, h.start - sentence.start);
        const statute =
          (p.award === 'hero-city' || p.award === 'hero-fortress') &&
          (/^\s*["”»]?\s*(?:statute|regulations?)(?![\p{L}])/iu.test(after) ||
            /(?<![\p{L}])(?:statute|regulations?|law)\s+(?:on|of)\s+(?:the\s+)?(?:honou?rary\s+)?(?:title\s+)?["“«]?$/iu.test(
              before,
            ));
        all.push({
          kind: 'award',
          award: p.award,
          start: h.start,
          end: h.end,
          recogniser: `award.${p.award}`,
          ...((asName || statute) && { asName: true }),
        });
      }
    }
    return deOverlap(all);
  },
};
