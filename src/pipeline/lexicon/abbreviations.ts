/**
 * Words that end with a full stop without ending a sentence. Intl.Segmenter
 * breaks after them; segment.ts mends those breaks. Lower-case for lookup.
 */
export const ABBREVIATIONS = new Set([
  'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm', 'marshal', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'ft',
  'no', 'nos', 'vol', 'vols', 'p', 'pp', 'ed', 'eds', 'ch', 'fig', 'approx', 'ca', 'c', 'vs', 'etc', 'e.g', 'i.e', 'cf',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'jr', 'sr', 'u.s', 'u.s.s.r', 'ussr',
  // Russian
  'г', 'гг', 'им', 'ул', 'т', 'тыс', 'млн', 'см', 'с', 'д', 'пр', 'ген', 'св',
]);
