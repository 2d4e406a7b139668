/** Sides: whose figure it is (German, Wehrmacht, enemy → axis; Soviet, Red Army, defenders → soviet; civilians; combined). */
import { SIDE_WORDS } from '../lexicon/en.js';
import { SIDE_WORDS_RU } from '../lexicon/ru.js';
import type { Recogniser, SideMention } from './types.js';
import { deOverlap, hits, stems, words } from './util.js';

const EN = SIDE_WORDS.map((s) => ({ side: s.side, re: words(s.words) }));
const RU = SIDE_WORDS_RU.map((s) => ({ side: s.side, re: stems(s.stems) }));

export const sideRecogniser: Recogniser = {
  name: 'sides',
  recognise({ sentence }) {
    const out: SideMention[] = [];
    for (const { side, re } of [...EN, ...RU]) {
      for (const h of hits(re, sentence.text, sentence.start)) out.push({ kind: 'side', side, start: h.start, end: h.end, recogniser: `side.${side}` });
    }
    return deOverlap(out);
  },
};
