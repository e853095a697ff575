// Words ending in a period that do not end a sentence.
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'sen', 'rep', 'st', 'jr', 'sr', 'prof', 'gov', 'maj', 'capt', 'adm',
  'sgt', 'cpl', 'pvt', 'rev', 'no', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'i.e', 'e.g',
  'approx', 'est', 'fig', 'dept', 'univ', 'mt', 'ft', 'ave', 'blvd', 'gov', 'pres', 'amb', 'cmdr', 'brig', 'lt.gen',
  'messrs', 'mme', 'mlle', 'op', 'cf', 'al', 'vol', 'pp', 'ed', 'eds', 'govt', 'intl', 'natl', 'assn', 'bros', 'hon',
]);

/** Titles written short before a name (`Brig. Gen.`, `Dr.`): a period after them is not the end of a name. */
export const TITLE_ABBREVIATIONS = [
  'Gen', 'Lt', 'Col', 'Brig', 'Maj', 'Capt', 'Adm', 'Cmdr', 'Sgt', 'Cpl', 'Pvt', 'Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'Sen', 'Rep',
  'Gov', 'Amb', 'Pres', 'Rev', 'St', 'Jr', 'Sr', 'Mme', 'Hon',
];
