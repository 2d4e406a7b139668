/** Sides: whose figure it is (German, Wehrmacht, enemy → axis; Soviet, Red Army, defenders → soviet; civilians; combined). */
import { SIDE_WORDS } from '../lexicon/en.js';
import { SIDE_WORDS_RU } from '../lexicon/ru.js';
import type { Side } from '../../domain/index.js';
import type { Recogniser, SideMention } from './types.js';
import { deOverlap, hits, stems, words } from './util.js';

/** One pass for English: every side word in one alternation, the side looked up from the word. */
const EN_SIDE = new Map<string, Side>();
for (const s of SIDE_WORDS) for (const w of s.words) if (!EN_SIDE.has(w)) EN_SIDE.set(w, s.side);
const EN = words([...EN_SIDE.keys()]);
const RU = SIDE_WORDS_RU.map((s) => ({ side: s.side, re: stems(s.stems) }));

export const sideRecogniser: Recogniser = {
  name: 'sides',
  recognise({ sentence }) {
    const out: SideMention[] = [];
    for (const h of hits(EN, sentence.text, sentence.start)) {
      const side = EN_SIDE.get(h.text.toLowerCase().replace(/\s+/gu, ' '));
      if (side) out.push({ kind: 'side', side, start: h.start, end: h.end, recogniser: `side.${side}` });
    }
    if (/[\u0400-\u04FF]/u.test(sentence.text))
      for (const { side, re } of RU) {
        for (const h of hits(re, sentence.text, sentence.start))
          out.push({ kind: 'side', side, start: h.start, end: h.end, recogniser: `side.${side}` });
      }
    return deOverlap(out);
  },
};
