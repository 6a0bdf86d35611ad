import type { TextResources } from '../../text/resources.js';

export const text: TextResources = {
  abbreviations: [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'lt', 'col', 'maj', 'capt', 'cpl', 'sgt', 'gov', 'sen', 'rep',
    'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'ofc', 'dep', 'co', 'corp', 'inc', 'ltd', 'bros', 'vs', 'etc', 'approx',
    'no', 'nos', 'vol', 'fig', 'ave', 'blvd', 'rd', 'mt', 'ft', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
    'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
    'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass',
    'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis',
    'wyo', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n',
  ],
  sentenceFinalAbbreviations: ['a.m', 'p.m', 'etc', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr'],
  capitalisedContinuations: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
    'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'et', 'edt', 'est',
    'cdt', 'cst', 'mdt', 'mst', 'pdt', 'pst', 'gmt', 'utc',
  ],
  elisions: [],
  clitics: [],
  syntacticWords: {},
  contractions: ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"],
};
