// French date words and phrase templates (see src/mentions/dates/resources.ts for the template syntax).
import type { DateResources } from '../../mentions/dates/resources.js';

// time of day after a day word: kept inside the mention ("mardi soir", "hier après-midi")
const TOD = "(?: (?:matin|soir|midi|après-midi|dans la soirée|dans la matinée|dans la nuit|en soirée|en matinée|en fin de journée|en fin de matinée|en début de soirée|en début d'après-midi|en fin d'après-midi))?";
const PAST = '(?<past>dernier|derni[eè]re|pass[ée]e?)';
const NEXT = '(?<next>prochaine?)';
// a cue word just before a year, as a look-behind placed after the year so that the mention is the year
// alone and the regex starts with digits (V8 then skips quickly to candidate positions)
const afterCue = (words: string) => `(?<=(?<![\\p{L}])(?:${words}) ?\\d{4})`;

export const dates: DateResources = {
  chronoLocale: 'fr',
  months: {
    janvier: 1, 'janv.': 1, février: 2, 'févr.': 2, 'fév.': 2, mars: 3, avril: 4, 'avr.': 4, mai: 5, juin: 6,
    juillet: 7, 'juil.': 7, août: 8, septembre: 9, octobre: 10, 'oct.': 10, novembre: 11, 'nov.': 11,
    décembre: 12, 'déc.': 12,
  },
  capitalizedMonths: [],
  weekdays: { lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7 },
  units: {
    jour: 'day', jours: 'day', journée: 'day', journées: 'day',
    semaine: 'week', semaines: 'week',
    mois: 'month',
    trimestre: 'quarter', trimestres: 'quarter',
    an: 'year', ans: 'year', année: 'year', années: 'year',
  },
  pluralUnits: ['jours', 'journées', 'semaines', 'mois', 'trimestres', 'ans', 'années'],
  numbers: {
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11,
    douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40, cinquante: 50,
    soixante: 60, cent: 100,
  },
  vagueNumbers: { plusieurs: [2, 6], quelques: [2, 5], des: [2, 6], 'de nombreux': [3, 10], 'de nombreuses': [3, 10], 'de longs': [3, 10], 'de longues': [3, 10] },
  daySuffixes: ['er', 'ème', 'e'],
  ordinals: {
    premier: 1, première: 1, '1er': 1, '1re': 1, deuxième: 2, second: 2, seconde: 2, '2e': 2, '2ème': 2,
    troisième: 3, '3e': 3, '3ème': 3, quatrième: 4, '4e': 4, '4ème': 4,
  },
  relativeDays: { hier: -1, 'avant-hier': -2, "aujourd'hui": 0, demain: 1, 'après-demain': 2, 'ce matin': 0, 'ce soir': 0, 'cette nuit': 0, 'cet après-midi': 0 },
  seasons: { printemps: 'SP', été: 'SU', automne: 'FA', hiver: 'WI' },
  holidays: {
    noël: { month: 12, day: 25 },
    'veille de noël': { month: 12, day: 24 },
    'réveillon de noël': { month: 12, day: 24 },
    'saint-sylvestre': { month: 12, day: 31 },
    'réveillon du nouvel an': { month: 12, day: 31 },
    'réveillon de la saint-sylvestre': { month: 12, day: 31 },
    "jour de l'an": { month: 1, day: 1 },
    'nouvel an': { month: 1, day: 1 },
    toussaint: { month: 11, day: 1 },
    pâques: { easter: 0 },
    'lundi de pâques': { easter: 1 },
    'vendredi saint': { easter: -2 },
    pentecôte: { easter: 49 },
    'lundi de pentecôte': { easter: 50 },
    'fête du travail': { month: 5, day: 1 },
    'fête nationale': { month: 7, day: 14 },
    'saint-valentin': { month: 2, day: 14 },
    halloween: { month: 10, day: 31 },
    'fête des mères': { month: 5, weekday: 7, nth: -1 },
    'fête des pères': { month: 6, weekday: 7, nth: 3 },
  },
  yearOffsets: { '^cette': 0, 'derni': -1, 'pass': -1, 'prochain': 1 },
  phrases: [
    // "mardi 19 septembre 2023", "le 9 septembre", "1er mai 1962"
    { rule: 'fr.day-month', pattern: `(?:{weekday} )?{day} {month}(?:,? {year}| (?:${PAST}|${NEXT}))?${TOD}`, meaning: 'calendar' },
    // "le 10 novembre 93": a two-digit year after a day and month
    { rule: 'fr.day-month-yy', pattern: `{day} {month} (?<yy>\\d{2})(?![\\d\\p{L}]| ?%| ?(?:h|heures|ans|morts|personnes))`, meaning: 'calendar' },
    // "en juin de l'année dernière", "juin dernier" is fr.month-direction
    { rule: 'fr.month-year-offset', pattern: "{month} (?:de |d')?(?<yearoffset>cette année|l'année dernière|l'an dernier|l'année prochaine|l'an prochain)", meaning: 'calendar' },
    // "vendredi 22", "le samedi 15": a weekday with its day number
    { rule: 'fr.weekday-day', pattern: `{weekday} {day}(?! ?(?:h|heures?|%|\\d))${TOD}`, meaning: 'calendar' },
    // "septembre 2001", "fin septembre 2000"
    { rule: 'fr.month-year', pattern: '(?:(?:début|fin|mi-|courant|au mois de|mois de|en) ?)?{month} {year}', meaning: 'calendar' },
    // "septembre dernier", "en mai prochain"
    { rule: 'fr.month-direction', pattern: `(?:en )?{month} (?:${PAST}|${NEXT})`, meaning: 'calendar' },
    // "en août", "au mois de juin", "depuis janvier": the cue stays outside the mention
    { rule: 'fr.month', pattern: "{month}(?<=(?<![\\p{L}])(?:en|au mois d'|au mois de|le mois d'|le mois de|mois d'|mois de|début|fin|mi-|(?<since>depuis)|jusqu'en|courant|d'ici) ?[\\p{L}.]+)", meaning: 'calendar' },
    // a month alone, written in lower case ("la rentrée de septembre"): "Mars" with a capital may be the planet
    { rule: 'fr.month-bare', pattern: '{month}', meaning: 'calendar', letterCase: 'lower' },
    // "mardi", "mardi soir", "lundi dernier", "mercredi prochain"
    { rule: 'fr.weekday', pattern: `{weekday}(?<!(?<![\\p{L}])(?:le|les|chaque|tous les|du|au) \\p{L}+)(?: (?:${PAST}|${NEXT}))?${TOD}`, meaning: 'calendar' },
    // "hier", "hier soir", "aujourd'hui", "avant-hier"
    { rule: 'fr.relative-day', pattern: `{relday}${TOD}`, meaning: 'relative-day' },
    // "il y a deux jours", "il y a un an", "il y a quelques semaines"
    { rule: 'fr.ago', pattern: 'il y a (?:(?:plus de|près de|environ|moins de|presque|à peine|seulement) )?(?:{num} )?{unit}', meaning: 'ago' },
    // "la semaine dernière", "l'an dernier", "le mois prochain", "l'année passée"
    { rule: 'fr.unit-direction', pattern: `(?:l'|la |le |les )?{unit} (?:${PAST}|${NEXT})`, meaning: 'unit-offset' },
    // "cette année", "ce mois-ci", "cette semaine"
    { rule: 'fr.unit-this', pattern: "(?<this>cette|ce|cet) {unit}(?:-ci)?(?!-là)", meaning: 'unit-offset', offset: 0 },
    // "plus tôt cette année", "plus tôt ce mois-ci"
    { rule: 'fr.unit-earlier', pattern: "plus tôt (?:cette|ce|cet|dans l'|dans la|dans le) {unit}(?:-ci)?", meaning: 'unit-earlier' },
    // "ces derniers jours", "ces trois dernières semaines"
    { rule: 'fr.recent-these', pattern: '(?:ces|ses|leurs) (?:{num} )?derni(?:er|ère)s {unit}', meaning: 'recent' },
    // "au cours des derniers mois", "les trois dernières années", "durant les dernières semaines"
    { rule: 'fr.recent-last', pattern: '(?:(?:au cours|lors|durant|pendant|tout au long) (?:des|de ces)|des|les) (?:{num} )?derni(?:er|ère)s {unit}', meaning: 'recent' },
    // "depuis plusieurs mois", "depuis des semaines", "depuis quelques jours"
    { rule: 'fr.recent-since', pattern: 'depuis (?:plusieurs|quelques|des|de longs|de longues|de nombreux|de nombreuses) {unit}', meaning: 'recent' },
    // "ces derniers temps", "récemment"
    { rule: 'fr.past-ref', pattern: "récemment|dernièrement|ces derniers temps|il y a peu|par le passé|dans le passé|naguère", meaning: 'past-ref' },
    { rule: 'fr.present', pattern: 'actuellement|à présent|en ce moment|à l\'heure actuelle|maintenant|désormais', meaning: 'present' },
    { rule: 'fr.future-ref', pattern: "dans le futur|prochainement|dans les (?:prochaines|années|mois|semaines) (?:à venir|années|semaines|mois)", meaning: 'future-ref' },
    // "l'été dernier", "cet hiver", "au printemps 1998", "les mois d'été"
    // "à Noël", "le soir de la Saint-Sylvestre", "le lundi de Pâques 2019"
    { rule: 'fr.holiday', pattern: `(?:(?<this>ce|cette) )?{holiday}(?: {year})?`, meaning: 'holiday' },
    { rule: 'fr.season', pattern: `(?:(?<this>cet|cette|ce) |l'|le |en |au |(?:les |des )?mois d'|du ){season}(?: (?:${PAST}|${NEXT}|{year}))?`, meaning: 'season' },
    // "le troisième trimestre", "au 1er trimestre 1999"
    { rule: 'fr.quarter', pattern: '{ordinal} trimestre(?: (?:de |d\')?{year})?', meaning: 'quarter' },
    // "les années 60", "début des années 1990"
    { rule: 'fr.decade', pattern: '(?:(?:début|fin|milieu) )?(?:des |les |aux )?années {decade}', meaning: 'decade' },
    // "ce week-end", "le week-end dernier"
    { rule: 'fr.weekend', pattern: `(?:(?<this>ce)|le|du|au cours du|pendant le|durant le) week-?end(?: (?:${PAST}|${NEXT}))?`, meaning: 'weekend' },
    // "en 1998", "depuis 2001", "l'an 2000", "de 1998 à 2001"
    {
      rule: 'fr.year-after-cue',
      pattern: `{year}${afterCue("en|depuis|dès|jusqu'en|avant|après|année|l'an|courant|d'ici|fin|début|mi-|printemps|été|automne|hiver|saison")}`,
      meaning: 'year',
    },
    {
      rule: 'fr.year-weak-cue',
      pattern: `{year}${afterCue("de|à|entre|et|ou|jusqu'à")}(?!\\s+(?!(?:à|et|ou|au|avec|pour|par|dans|en|le|la|les|il|elle|ils|elles|on|sur|contre|puis)(?![\\p{L}]))\\p{Ll})`,
      meaning: 'year',
    },
    // a year after a noun and before "de": "le bilan 2001 de la délinquance"
    { rule: 'fr.year-after-noun', pattern: "{year}(?<=(?<![\\p{L}])\\p{Ll}{3,} \\d{4})(?= (?:de|du|des|d')(?![\\p{L}]))", meaning: 'year' },
    // a year alone before punctuation: "(1998)", "..., 2001."
    { rule: 'fr.year-bare', pattern: '{year}(?<![\\d$€£][.,]?\\s?\\d{4})(?<!(?<![12]\\d{3})\\/\\d{4})(?=\\s*[,.;:)!?»"”]|\\s*$)', meaning: 'year' },
  ],
  futureCues: [
    'sera', 'seront', 'aura', 'auront', 'fera', 'feront', 'ira', 'iront', 'devra', 'devront', 'pourra', 'pourront',
    'viendra', 'viendront', 'tiendra', 'tiendront', 'prévue?s?', 'programmée?s?', 'fixée?s?', 'attendue?s?',
    'vont', 'va (?:se |s\')?\\p{Ll}+(?:er|ir|re)', '\\p{Ll}{3,}(?:era|eront|iront)', '\\p{Ll}{2,}(?:dra|dront)',
  ],
  clauseBreaks: ['que', "qu'", 'mais', 'alors', 'car', 'lorsque', 'quand', 'après que', 'avant que'],
  stampCues: ['publié', 'publiée', 'mis à jour', 'mise à jour', 'modifié', 'modifiée', 'actualisé', 'actualisée', 'créé'],
};
