/**
 * Occupation and liberation dates: a verb and the nearest war-time date in
 * the sentence. "Partially captured" is no occupation date; "the capture of
 * Stalingrad was part of …" (a noun) is not one either.
 */
import { PARTIAL_WORDS, PEOPLE_NOUNS, SOLDIER_NOUNS, WAR_YEARS } from '../lexicon/en.js';
import { RU_STEMS } from '../lexicon/ru.js';
import { stems } from '../recognise/util.js';
import type { ClaimPattern, SentenceContext } from './types.js';
import { cover, lead, listedSubjects, nearestDate, triggers, within } from './util.js';
import type { DateMention } from '../recognise/types.js';

const OCCUPIED = [
  // "the city was lost (again)": said of a place only, so only after "city"/"town"/"port" or the place's name.
  /(?<=(?:city|town|port|fortress|\p{Lu}\p{L}+)\s+)(?:was|had\s+been)\s+(?:\p{L}+\s+)?lost(?![\p{L}])(?!\s+(?:to\s+(?:the\s+)?(?:Soviet|Red)|on\s+(?:the\s+)?(?:way|road)))/gu,
  // "Kerch was freed by a landing in December and lost again in May": "lost" joined to the place's passive verb.
  /(?<=(?:city|town|port|fortress|\p{Lu}\p{L}+)\s+(?:was|had\s+been)\s+[^.;]{0,80}?(?<![\p{L}])and\s+)(?:was\s+)?lost(?:\s+again)?(?:\s+(?:in|on)(?=\s)|(?=\s+to\s(?!\s*(?:the\s+)?(?:Soviet|Red))))/gu,
  // A doubled or dropped consonant is a common slip ("occuppied", "ocupied", "siezed"): still the verb.
  /(?<![\p{L}])(?:(?:was|were|is|are|been|being)\s+(?:\p{L}+\s+)?(?:oc{1,2}up{1,2}ied|captured|s(?:ei|ie)zed|taken|overrun)|oc{1,2}up{1,2}ied|captured|s(?:ei|ie)zed|occupies|captures|seizes)(?![\p{L}])/giu,
  // "Minsk fell on 28 June", "the city fell to the Germans in …": only a place falls (see `fellSubject`).
  /(?<![\p{L}])(?:fell|falls)(?=\s+(?:on|in|to|into)\s)/giu,
  stems(RU_STEMS.occupied),
  // «немцы заняли город», «взяли Киев»: whole words, since «занятия» and «взяться» are no capture.
  /(?<![\p{L}])(?:занял[аио]?|заняли|занят[аоы]?|взял[аио]?|взяли)(?![\p{L}])/giu,
];

/**
 * "fell" is a capture only when what fell is the place: the subject's name,
 * "the city", "it" just before ("Minsk fell on …", "the town finally fell to
 * the Germans"); not "casualties fell to 20,000", "the shell fell on the
 * square", "night fell on …".
 */
function fellSubject(ctx: SentenceContext, verb: { start: number }): boolean {
  const head = lead(ctx, verb.start, 60);
  const m =
    /(?:(\p{Lu}[\p{L}-]*)|(?:the\s+)?(?:city|town|port|fortress|base)|(?<![\p{L}])it)(?:\s+itself)?(?:\s+(?:finally|eventually|soon|quickly|also|too|then|itself))?,?\s+$/iu.exec(
      head,
    );
  if (!m) return false;
  if (!m[1]) return true;
  const at = verb.start - head.length + m.index;
  return ctx.mentions.some((x) => x.kind === 'place' && x.place === ctx.subject && x.start <= at && x.end > at);
}

/** «Взять Тулу немцам не удалось», «враг не занял город»: a capture denied. */
const DENIED_RU = /(?<![\p{L}])не\s+$/iu;
const DENIED_AFTER_RU = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:не\s+удалось|не\s+смог|не\s+сумел)/iu;
const LIBERATED = [
  // A doubled consonant is a common slip ("liberatted"): still the verb.
  /(?<![\p{L}])(?:lib[ei]rat{1,2}(?:ed|es|e|ing|ion)|freed|frees|recaptured|recaptures|retook|retaken|retakes)(?![\p{L}])/giu,
  // "was back in Soviet hands on …", "returned to Soviet control".
  /(?<![\p{L}])(?:back\s+(?:in|under)|returned\s+to|restored\s+to)\s+Soviet\s+(?:hands|control|rule)(?![\p{L}])/giu,
  stems(RU_STEMS.liberated),
];
const PARTIAL = new RegExp(`(?:${PARTIAL_WORDS.join('|')}|частично)\\s+(?:\\p{L}+\\s+)?$`, 'iu');

function dated(ctx: SentenceContext, res: RegExp[], property: 'occupied' | 'liberated') {
  if (!ctx.mentions.some((m) => m.kind === 'date')) return [];
  const listed = listedSubjects(ctx);
  if (!ctx.subject && !listed) return [];
  for (const verb of triggers(ctx, ...res)) {
    if (PARTIAL.test(lead(ctx, verb.start, 40))) continue;
    if (DENIED_RU.test(lead(ctx, verb.start, 10)) || DENIED_AFTER_RU.test(ctx.text.slice(verb.end, verb.end + 60)))
      continue;
    if (property === 'occupied' && !aboutSubject(ctx, verb)) continue;
    const d = nearestDate(ctx, verb, { years: WAR_YEARS });
    if (!d) continue;
    ctx.used.add(d);
    if (listed) return listed.map((subject) => ({ property, value: d.value, ...cover(verb, d), subject }));
    return [{ property, value: d.value, ...cover(verb, d) }];
  }
  return [];
}

/** Nouns of people: when one is the passive verb's subject, the capture is theirs. */
const CAPTIVES = new Set([...PEOPLE_NOUNS, ...SOLDIER_NOUNS, 'prisoners', 'wounded', 'crews', 'crew']);

const RANKED =
  /(?<![\p{L}])(?:Major|General|Colonel|Captain|Lieutenant|Admiral|Commissar|Sergeant|Private|Marshal)\s+\p{Lu}/u;

/**
 * An occupation verb is the subject's only when its object (active) or its
 * grammatical subject (passive) is not something else named: "captured
 * Shlisselburg" is another town's capture, "occupied Europe" an adjective,
 * "the East Fort was taken" a part's, "were taken prisoner" people's.
 */
function aboutSubject(ctx: SentenceContext, verb: { start: number; end: number; text: string }): boolean {
  const next = ctx.text.slice(verb.end, verb.end + 40);
  if (/^\s+(?:prisoner|captive|away|out|off|back)(?![\p{L}])/iu.test(next)) return false;
  const passive = /^(?:was|were|is|are|been|being)\s/iu.test(verb.text);
  const ownAt = (at: number) =>
    ctx.mentions.some((m) => m.kind === 'place' && m.place === ctx.subject && m.start <= at && m.end >= at);
  // "fell to German troops": the captor follows, not the object; what fell comes before.
  if (/^fall|^fell/iu.test(verb.text)) return fellSubject(ctx, verb);
  // "… and lost again in May": the place lost, its pattern already asked for the place.
  if (/^lost\s/iu.test(verb.text)) return true;
  if (!passive) {
    // "a landing party seized a bridgehead": an indefinite object is some other thing taken, not the city.
    if (/^\s+(?:a|an)\s/iu.test(next)) return false;
    // "seized the town of Mga": a town named after "of" that is not the subject.
    const named = /^\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:city|town|fortress|port)\s+of\s+(?=\p{Lu})/u.exec(next);
    if (named && !ownAt(verb.end + named[0].length)) return false;
    const obj = /^\s+(\p{Lu}[\p{L}-]*)/u.exec(next);
    if (obj && !ownAt(verb.end + obj[0].length - obj[1]!.length)) return false;
    return true;
  }
  // "95,000 Soviet soldiers were captured": people's capture, not the city's.
  const subjectWord = /([\p{L}]+)\s+$/u.exec(lead(ctx, verb.start, 40))?.[1]?.toLowerCase();
  if (subjectWord && CAPTIVES.has(subjectWord)) return false;
  // "Colonel Ivanov, wounded, was captured": a person's capture.
  if (RANKED.test(lead(ctx, verb.start, 80).split(/[;:]/u).pop()!)) return false;
  const prev = /(\p{Lu}[\p{L}-]*)\s+$/u.exec(lead(ctx, verb.start, 40));
  if (!prev) return true;
  const at = verb.start - prev[0].length;
  // The sentence's first word is capitalised anyway.
  if (at <= ctx.sentence.start) return true;
  return ctx.mentions.some((m) => m.kind === 'place' && m.start <= at && m.end >= at);
}

/** "German troops entered the city on 16 July 1941": by whose troops, an occupation or a liberation. */
function entered(ctx: SentenceContext, property: 'occupied' | 'liberated') {
  const verb = triggers(
    ctx,
    property === 'occupied'
      ? /(?<![\p{L}])(?:entered|enters?|marched\s+into|march(?:es)?\s+into|broke\s+into|breaks?\s+into|came\s+into|comes?\s+into|took|takes?|captured|captures?|seized|seizes?)(?![\p{L}])/giu
      : /(?<![\p{L}])(?:entered|enters?|marched\s+into|march(?:es)?\s+into|broke\s+into|breaks?\s+into|came\s+into|comes?\s+into|cleared|clears?)(?![\p{L}])/giu,
  )[0];
  if (!verb) return enteredRu(ctx, property);
  // Only the city itself: "broke into Crimea" is not the city's occupation.
  const object = ctx.text.slice(verb.end, verb.end + 50);
  const place = ctx.mentions.find(
    (m) => m.kind === 'place' && m.place === ctx.subject && m.start >= verb.end && m.start - verb.end <= 6,
  );
  // "broke into the northern part of the town": still the town.
  if (
    !place &&
    !/^\s+(?:the\s+)?(?:(?:\p{L}+\s+){1,3}of\s+the\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:city|town|fortress|port|город|крепость)(?![\p{L}])/iu.test(
      object,
    )
  )
    return [];
  // "German troops seized the town of Mga": a town named after "of" that is not the subject is another town's capture.
  const named = /^\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:city|town|fortress|port)\s+of\s+(?=\p{Lu})/u.exec(object);
  if (
    property === 'occupied' &&
    !place &&
    named &&
    !ctx.mentions.some((m) => m.kind === 'place' && m.place === ctx.subject && m.start === verb.end + named[0].length)
  )
    return [];
  const side = ctx.mentions.filter((m) => m.kind === 'side' && m.end <= verb.start).pop();
  const wanted = property === 'occupied' ? 'axis' : 'soviet';
  // "cleared the city" is said of liberators only, whoever they are named as ("troops of the 1st Front").
  const clearing = /^clear(?:ed|s)?$/iu.test(verb.text) && (!side || side.kind !== 'side' || side.side !== 'axis');
  if (!clearing && (!side || side.kind !== 'side' || side.side !== wanted)) return [];
  // "…left on 16 October, and on the same day the enemy came into the city": the date already given.
  // "…are taken off by sea; troops enter the city the same day": after the verb too.
  const sameDay = /(?<![\p{L}])the\s+same\s+day(?![\p{L}])/iu.exec(
    lead(ctx, verb.start, 60) + ' ' + ctx.text.slice(verb.end, Math.min(ctx.sentence.end, verb.end + 40)),
  );
  // "…held until 19 September 1941, when German troops entered the city": the date the "when" clause hangs on.
  const d = whenDate(ctx, verb) ?? nearestDate(ctx, verb, { years: WAR_YEARS, ...(sameDay && { allowUsed: true }) });
  if (!d) return [];
  ctx.used.add(d);
  return [{ property, value: d.value, ...cover(verb, d, place) }];
}

/**
 * "… until 19 September 1941, when the last units withdrew and German troops
 * entered Kyiv": a verb in a "when" clause takes the date just before "when",
 * even one another claim has used (the defence's end is the occupation's day).
 */
function whenDate(ctx: SentenceContext, verb: { start: number }): DateMention | undefined {
  const head = lead(ctx, verb.start, 160);
  const when = /,?\s+when\s[^;:]*$/iu.exec(head);
  if (!when || /\d/u.test(when[0])) return undefined;
  const at = verb.start - head.length + when.index;
  return ctx.mentions.find((m): m is DateMention => m.kind === 'date' && m.end === at && within(m.value, WAR_YEARS));
}

/**
 * «немецкие войска вошли в Киев», «в город вошли немцы», «ворвались в город»,
 * and a chronology's present «немцы входят в Минск»:
 * by whose troops (named before or after the verb, Russian order being free),
 * an occupation or a liberation. Only into the city itself.
 */
function enteredRu(ctx: SentenceContext, property: 'occupied' | 'liberated') {
  const verb = triggers(
    ctx,
    /(?<![\p{L}])(?:вошл[иа]|вош[её]л|ворвал(?:ись|ась|ся)|вход(?:ят|ит)|вступ(?:ают|ает|или|ил)|врыва(?:ются|ется))(?![\p{L}])/giu,
  )[0];
  if (!verb) return [];
  const ownAt = (from: number, to: number) =>
    ctx.mentions.some((m) => m.kind === 'place' && m.place === ctx.subject && m.start >= from && m.end <= to);
  const after = ctx.text.slice(verb.end, verb.end + 30);
  const before = lead(ctx, verb.start, 30);
  const into =
    // «вошли в опустевший город»: an adjective may come before the noun.
    /^\s+в(?:о)?\s+(?:\p{Ll}+\s+)?(?:город|крепост)/iu.test(after) ||
    /(?<![\p{L}])в(?:о)?\s+(?:город|крепост)\p{L}*\s+$/iu.test(before) ||
    (/^\s+в(?:о)?\s/iu.test(after) && ownAt(verb.end, verb.end + 30)) ||
    (/(?<![\p{L}])в(?:о)?\s+\p{Lu}\p{L}*\s+$/u.test(before) && ownAt(verb.start - 30, verb.start));
  if (!into) return [];
  const distance = (m: { start: number; end: number }) =>
    m.end <= verb.start ? verb.start - m.end : m.start - verb.end;
  const side = ctx.mentions.find((m) => m.kind === 'side' && distance(m) <= 40);
  if (!side || side.kind !== 'side' || side.side !== (property === 'occupied' ? 'axis' : 'soviet')) return [];
  const d = nearestDate(ctx, verb, { years: WAR_YEARS });
  if (!d) return [];
  ctx.used.add(d);
  return [{ property, value: d.value, ...cover(verb, d) }];
}

/** "drove the Germans out of Smolensk", "the Germans were expelled", «немцы были изгнаны из Смоленска». */
const DRIVEN_OUT = [
  /(?<![\p{L}])(?:drove|driven|drive|chased|kicked|threw|thrown|pushed|forced|flung)\s+(?:[\p{L}'’-]+\s+){0,3}?out(?:\s+of)?(?![\p{L}])|(?<![\p{L}])(?:expelled|ousted|evicted)(?:\s+from)?(?![\p{L}])/giu,
  stems(RU_STEMS.drivenOut),
];

/** The enemy driven out of the city: a liberation, whoever did it. */
function drivenOut(ctx: SentenceContext) {
  for (const verb of triggers(ctx, ...DRIVEN_OUT)) {
    // Who was driven out: an enemy named just before the verb or inside it ("drove the Germans out").
    const enemy = ctx.mentions.some(
      (m) => m.kind === 'side' && m.side === 'axis' && m.end <= verb.end && verb.start - m.end < 40,
    );
    if (!enemy) continue;
    // Out of what: the city itself ("out of Smolensk", "out of the city", «из Смоленска»), or nothing named.
    const next = ctx.text.slice(verb.end, verb.end + 40);
    const object = /^\s+(?:из\s+)?(?:the\s+)?(\p{Lu}|(?:city|town|port|fortress|город\p{L}*)(?![\p{L}]))/u.exec(next);
    if (object?.[1] && /\p{Lu}/u.test(object[1])) {
      const at = verb.end + object[0].length - 1;
      if (!ctx.mentions.some((m) => m.kind === 'place' && m.place === ctx.subject && m.start <= at && m.end > at))
        continue;
    }
    const d = nearestDate(ctx, verb, { years: WAR_YEARS });
    if (!d) continue;
    ctx.used.add(d);
    return [{ property: 'liberated' as const, value: d.value, ...cover(verb, d) }];
  }
  return [];
}

export const occupied: ClaimPattern = {
  name: 'occupied',
  relate: (ctx) => {
    const d = dated(ctx, OCCUPIED, 'occupied');
    return d.length || !ctx.subject ? d : entered(ctx, 'occupied');
  },
};
export const liberated: ClaimPattern = {
  name: 'liberated',
  relate: (ctx) => {
    const d = dated(ctx, LIBERATED, 'liberated');
    if (d.length || !ctx.subject) return d;
    const e = entered(ctx, 'liberated');
    return e.length ? e : drivenOut(ctx);
  },
};
