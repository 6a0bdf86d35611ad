// French numbers, vague quantities and casualty phrases (conventions: src/mentions/numbers/resources.ts).
import type { NumberResources } from '../../mentions/numbers/resources.js';

// participle endings: tué, tuée, tués, tuées
const E = '(?:e|es|s)?';
// auxiliaries between the victims and a negation-free predicate, for "aucun ... n'a été blessé"
const AUX = String.raw`(?:a|ont|avait|avaient|aurait|auraient|été|est|sont|n'|n'a|n'ont|ne|n'est|n'y|y|eu|grièvement|gravement)`;

export const numbers: NumberResources = {
  decimalSeparator: ',',
  words: {
    zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30,
    quarante: 40, cinquante: 50, soixante: 60, 'quatre-vingt': 80, 'quatre-vingts': 80, septante: 70, huitante: 80,
    octante: 80, nonante: 90,
  },
  hundreds: ['cent', 'cents'],
  scales: { mille: 1000, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 },
  connectors: [{ word: 'et', before: ['un', 'une', 'onze'] }],
  articleNumbers: ['un', 'une'],
  singularArticles: ['un', 'une', 'un autre', 'une autre'],
  vague: [
    { phrase: 'une douzaine', best: 12, low: 12, high: 12 },
    { phrase: 'une dizaine', best: 10, low: 8, high: 12 },
    { phrase: 'une quinzaine', best: 15, low: 13, high: 17 },
    { phrase: 'une vingtaine', best: 20, low: 18, high: 22 },
    { phrase: 'une trentaine', best: 30, low: 27, high: 33 },
    { phrase: 'une quarantaine', best: 40, low: 36, high: 44 },
    { phrase: 'une cinquantaine', best: 50, low: 45, high: 55 },
    { phrase: 'une soixantaine', best: 60, low: 54, high: 66 },
    { phrase: 'une centaine', best: 100, low: 90, high: 110 },
    { phrase: 'un millier', best: 1000, low: 900, high: 1100 },
    { phrase: 'des dizaines', best: 12, low: 12, high: 99 },
    { phrase: 'plusieurs dizaines', best: 24, low: 24, high: 99 },
    { phrase: 'quelques dizaines', best: 24, low: 24, high: 99 },
    { phrase: 'dizaines', best: 12, low: 12, high: 99 },
    { phrase: 'des centaines', best: 100, low: 100, high: 999 },
    { phrase: 'plusieurs centaines', best: 200, low: 200, high: 999 },
    { phrase: 'centaines', best: 100, low: 100, high: 999 },
    { phrase: 'des milliers', best: 1000, low: 1000, high: 9999 },
    { phrase: 'plusieurs milliers', best: 2000, low: 2000, high: 9999 },
    { phrase: 'des dizaines de milliers', best: 10000, low: 10000, high: 99999 },
    { phrase: 'des centaines de milliers', best: 100000, low: 100000, high: 999999 },
    { phrase: 'plusieurs', best: 3, low: 2, high: 9 },
    { phrase: 'quelques', best: 2, low: 2, high: 5 },
    { phrase: 'de nombreux', best: 10, low: 3, high: 99 },
    { phrase: 'de nombreuses', best: 10, low: 3, high: 99 },
    { phrase: 'nombreux', best: 10, low: 3, high: 99 },
    { phrase: 'nombreuses', best: 10, low: 3, high: 99 },
  ],
  qualifiers: {
    exact: ['un total de', "un total d'", 'au total'],
    atLeast: ['au moins', 'pas moins de', "pas moins d'", 'au minimum', 'un minimum de', 'à tout le moins'],
    moreThan: ['plus de', "plus d'", 'au-delà de', 'davantage que'],
    upTo: ["jusqu' à", 'au plus', 'au maximum', "jusqu' au"],
    fewerThan: ['moins de', "moins d'"],
    about: ['environ', 'quelque', 'autour de', "autour d'", 'approximativement', 'à peu près', 'quelques'],
    nearly: ['près de', "près d'", 'presque', 'quasiment', 'pas loin de', 'pas loin d', 'prés de'],
  },
  range: { openers: ['entre', 'de'], joiners: ['et', 'à'], bareJoiners: ['à', 'ou'] },
  nonNumbers: ['les uns', 'les unes', 'un à un', 'une à une'],
  ordinalSuffixes: ['e', 'er', 'ère', 're', 'ème', 'eme', 'è', 'ieme'],
  ordinalWords: {
    premier: 1, première: 1, deuxième: 2, second: 2, seconde: 2, troisième: 3, quatrième: 4, cinquième: 5,
    sixième: 6, septième: 7, huitième: 8, neuvième: 9, dixième: 10,
  },
  units: [
    'an', 'ans', 'année', 'années', 'mois', 'semaine', 'semaines', 'jour', 'jours', 'heure', 'heures', 'h', 'minute',
    'minutes', 'min', 'seconde', 'secondes', '%', 'pour cent', 'pourcent', 'euros', 'euro', '€', 'dollars', 'dollar',
    '$', 'francs', 'km', 'kilomètres', 'kilomètre', 'mètres', 'mètre', 'm', 'cm', 'mm', 'kg', 'kilos', 'tonnes', 'litres',
    'fois', 'balles', 'coups', 'cartouches', 'degrés', '°', 'hectares', 'étages', 'voix', 'points', 'buts',
  ],
  labels: [
    'route', 'autoroute', 'rn', 'rd', 'nationale', 'départementale', 'n°', 'no', 'numéro', 'page', 'article', 'chapitre',
    'vol', 'bus', 'ligne', 'appartement', 'chambre', 'salle', 'âgé de', 'âgée de', 'âgés de', 'âgées de', "âgé d'",
    "âgée d'", 'âge de', "l' âge de", '$', '€', '£', 'arrondissement', 'secteur', 'quartier', 'code', 'modèle', 'classe',
    'groupe', 'brigade', 'régiment', 'division', 'bataillon', 'section',
  ],
  counts: {
    predicates: {
      killed: [
        `(?:ont|a|avaient|avait|auraient|aurait) perdu la vie`, `(?:ont|a|avaient|avait|auraient|aurait) trouvé la mort`,
        `perdu la vie`, `trouvé la mort`,
        `(?:sont|est|étaient|était|seraient|serait) (?:morte?s?|décédée?s?)`, `(?:morte?s?|décédée?s?)`,
        `(?:ont|a|avaient|avait|auraient|aurait) (?:péri|succombé)`,
        `(?:ont|a|avaient|avait|auraient|aurait) été (?:tué${E}|abattu${E}|assassiné${E}|exécuté${E}|tué${E} par balles?|mortellement (?:blessé${E}|touché${E}|atteint${E}))`,
        `été (?:tué${E}|abattu${E}|assassiné${E}|exécuté${E}|mortellement (?:blessé${E}|touché${E}))`,
        `(?:ont|a) été retrouvée?s? morte?s?`, `(?:ont|a) été retrouvée?s? sans vie`,
        `(?:sont|est) tombée?s?`,
      ],
      injured: [
        `(?:ont|a|avaient|avait|auraient|aurait) été (?:grièvement |gravement |légèrement |sérieusement |superficiellement )?(?:blessé${E}|touché${E}|atteint${E}|hospitalisé${E})`,
        `été (?:grièvement |gravement |légèrement )?blessé${E}`,
        `(?:sont|est) (?:grièvement |gravement |légèrement )?blessé${E}`,
        `(?:ont|a) été (?:pris${E}|prise${E}) en charge`,
        `(?:ont|a) été (?:évacué${E}|transporté${E}) (?:à l' |vers l' )?hôpital`,
      ],
      arrested: [
        `(?:ont|a|avaient|avait|auraient|aurait) été (?:interpellé${E}|arrêté${E}|appréhendé${E}|placé${E} en garde à vue|écroué${E}|capturé${E}|détenu${E}|mis${E} en garde à vue)`,
        `été (?:interpellé${E}|arrêté${E}|placé${E} en garde à vue)`,
        `(?:sont|est) en garde à vue`,
      ],
    },
    nominals: {
      killed: [`morte?s?`, `tué${E}`, `décédée?s?`, `victimes? mortelles?`, `décès`],
      injured: [`blessé${E}`, `blessé${E} graves?`, `blessé${E} légers?`],
      arrested: [`interpellé${E}`, `arrêté${E}`, `interpellations?`, `arrestations?`, `gardes? à vue`],
    },
    verbs: {
      killed: [
        `tuant`, `tué`, `abattant`, `faisant périr`, `coûtant la vie à`, `coûté la vie à`, `coûte la vie à`,
        `ôté la vie à`, `(?:a|ont) tué`, `tue`, `tuent`,
      ],
      injured: [`blessant`, `(?:a|ont) blessé`, `blesse`],
      arrested: [`interpellant`, `arrêtant`, `(?:a|ont) interpellé`, `(?:a|ont) arrêté`, `interpellé`, `arrêté`],
    },
    tolls: {
      killed: [`bilan`, `bilan humain`, `bilan provisoire`, `bilan des morts`, `nombre de morts`, `nombre de victimes`, `nombre des morts`],
      injured: [`nombre de blessés`],
      arrested: [`nombre d' interpellations`, `nombre d' arrestations`],
    },
    fatalAdverbs: ['mortellement'],
    partitives: ["d' entre eux", "d' entre elles", 'dont'],
    none: {
      killed: [
        `aucun(?:e)? (?:victime|mort|décès|perte humaine)`, `(?:aucun|personne) (?:${AUX} )*(?:tué|mort|décédé)`,
        `pas de (?:victime|mort|décès)s?`, `aucune victime`, `aucun décès`,
      ],
      injured: [`aucun(?:e)? (?:blessée?|blessure)`, `(?:personne|aucun) (?:${AUX} )*blessée?`, `pas de blessés?`, `aucun blessé`],
      arrested: [`aucune (?:interpellation|arrestation)`, `(?:personne|aucun suspect) (?:${AUX} )*(?:interpellé|arrêté)`],
    },
    zeroWords: ['aucun', 'aucune', 'personne', 'pas de'],
    fillers: [
      'a', 'ont', 'avaient', 'avait', 'auraient', 'aurait', 'été', 'sont', 'est', 'étaient', 'était', 'également',
      'aussi', 'tous', 'toutes', 'déjà', 'ensuite', 'finalement', 'alors', 'par ailleurs', 'au total', 'hélas',
      'malheureusement', 'lui', 'elle', 'eux', 'en outre', '[\\p{L}]+ment',
    ],
    breakers: [
      'et', 'ou', 'mais', 'qui', 'que', "qu'", 'dont', 'lorsque', "lorsqu'", 'quand', 'où', 'après', 'avant', 'depuis',
      'dans', 'en', 'sur', 'à', 'au', 'aux', 'par', 'pour', 'avec', 'sans', 'pendant', 'lors', 'selon', 'ne', "n'",
      'pas', 'jamais', 'a', 'ont', 'sont', 'est', 'avait', 'avaient', 'été', 'se', "s'", 'ce', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'si', 'comme', 'contre', 'vers', 'chez',
    ],
    activeObjects: [],
    singularAuxiliaries: ['a été', 'avait été', 'aurait été', 'est', 'était', 'serait', 'a', 'avait', 'aurait'],
    singularPronouns: ['il', 'elle'],
    notSubjects: ['personne', 'aucun', 'aucune', 'si', 'quiconque', 'nul', 'chacun'],
    tails: ['par balles?', 'par arme blanche', 'dans l\' attaque', 'dans l\' explosion', 'dans l\' accident'],
  },
};
