import type { TextResources } from '../../text/resources.js';

export const text: TextResources = {
  abbreviations: [
    'm', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'me', 'mgr', 'st', 'ste', 'gén', 'gal', 'col', 'cdt', 'lt', 'cne', 'sgt',
    'av', 'bd', 'etc', 'cf', 'p', 'pp', 'env', 'nº', 'n', 'no', 'vol', 'art', 'al', 'min', 'max', 'hab', 'km', 'tél', 'fig',
    'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'ex', 'c.-à-d', 'resp', 'dép', 'prov', 'réf',
  ],
  sentenceFinalAbbreviations: ['etc'],
  capitalisedContinuations: [],
  elisions: ["l'", "d'", "qu'", "n'", "s'", "j'", "c'", "m'", "t'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'", "presqu'"],
  clitics: ['-t-il', '-t-elle', '-t-on', '-t-ils', '-t-elles', '-il', '-elle', '-on', '-ils', '-elles', '-je', '-tu', '-nous', '-vous', '-ce'],
  contractions: [],
  syntacticWords: {
    du: ['de', 'le'], au: ['à', 'le'], aux: ['à', 'les'], duquel: ['de', 'lequel'], auquel: ['à', 'lequel'],
    auxquels: ['à', 'lesquels'], auxquelles: ['à', 'lesquelles'], desquels: ['de', 'lesquels'], desquelles: ['de', 'lesquelles'],
  },
};
