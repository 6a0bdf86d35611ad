// Language resources read by the numbers stage: number words, vague quantities, qualifiers, and the
// phrase lexicons that attach a number to the dead, the injured or the arrested.
//
// Phrases are written as normalized tokens (lower case, ASCII apostrophes, as `normalize()` gives)
// separated by single spaces, one token per word as the tokenizer splits them ("s' élève", "jusqu' à");
// a token may hold a small regular expression ("bless[ée]e?s?", "(?:his|her|their)").
import type { CountCategory } from '../../core/doc.js';

/**
 * A vague quantity such as "dozens" or "des centaines". Conventions (close to ACLED, whose best
 * estimate is the lowest credible figure): dozens / des dizaines = 12 (12..99), hundreds / des
 * centaines = 100 (100..999), thousands = 1000, a dozen / une douzaine = 12, une dizaine = 10
 * (8..12), une vingtaine = 20, several / plusieurs = best 3 (2..9), a few / quelques = best 2 (2..5),
 * many / de nombreux = best 10 (3..99), scores = 20 (20..99).
 */
export type VagueQuantity = { phrase: string; best: number; low: number; high: number };

/**
 * How a qualifier changes a number v (conventions, documented once here):
 * - `exact`  "a total of", "un total de": v
 * - `atLeast` "at least", "au moins": best = low = high = v (high is the highest figure the words state)
 * - `moreThan` "more than", "plus de": best = low = high = v + 1
 * - `upTo` "up to", "jusqu'à", "as many as": best = high = v, low = 1
 * - `fewerThan` "fewer than", "moins de": best = high = v - 1, low = 1
 * - `about` "about", "environ", "quelque": best = v, low = floor(0.9 v), high = ceil(1.1 v)
 * - `nearly` "nearly", "près de", "presque": best = v, low = floor(0.9 v), high = v
 * Ranges "between 3 and 5" / "entre 3 et 5" / "3 to 5" / "3 ou 4": best = low = 3, high = 5.
 */
export type QualifierKind = 'exact' | 'atLeast' | 'moreThan' | 'upTo' | 'fewerThan' | 'about' | 'nearly';

export type NumberConnector = {
  /** "et", "and" */
  word: string;
  /** the connector joins only when the next word is one of these ("vingt et un", "soixante et onze") */
  before?: string[];
  /** the connector joins only after a hundred or a scale word ("one hundred and five") */
  afterHundred?: boolean;
};

/**
 * Phrases saying people were hit without saying whether they survived: "four people were shot",
 * "shooting seven", "sent 4 people to the hospital". They are not counts by themselves: the stage
 * turns one into an injured count of (hit - killed), the killed count being the one stated in the
 * same sentence or else the largest one in the article not above the number hit (rule
 * count.hit-minus-killed). Gun Violence Archive counts "injured" this way.
 */
export type HitLexicon = {
  predicates: string[];
  nominals: string[];
  verbs: string[];
  /** what, a few words after people hit, tells they died: "was shot in the chest and later died" (a death count then) */
  diedAfter: string[];
  /** phrases that state one person hit by themselves: "shot himself in the leg" */
  selfPhrases: string[];
  /** whole phrases where `{num}` stands for the number and the victims: "sent {num} to (?:the )?hospital" */
  phrases: string[];
  /** words naming a shooting of several by their number: "double shooting" 2, "triple shooting" 3 */
  multipleShootings: Array<{ phrase: string; hit: number }>;
};

export type CountLexicon = {
  /**
   * Word stems one of which every count phrase contains ("kill", "bless", "mort"): a sentence without any is
   * skipped (speed). A test checks that every phrase of the lexicon contains one.
   */
  triggers: string[];
  hit: HitLexicon;
  /** predicates after the victims (possibly after fillers): "ont perdu la vie", "were killed", "died" */
  predicates: Record<CountCategory, string[]>;
  /** nouns or participles right after the number (and victims' noun): "morts", "dead", "blessés", "killed" */
  nominals: Record<CountCategory, string[]>;
  /** verbs before the number: "tuant", "killing", "claimed the lives of" */
  verbs: Record<CountCategory, string[]>;
  /** tolls before the number, with fillers between: "death toll rose to", "le bilan s'élève à" */
  tolls: Record<CountCategory, string[]>;
  /** adverbs after a number that make it a death count among victims: "one fatally", "dont un mortellement" */
  fatalAdverbs: string[];
  /** tokens allowed between a number of victims and the fatal adverb: "of them", "d' entre eux" */
  partitives: string[];
  /** phrases stating that nobody was hit: "no one was injured" -> count 0 */
  none: Record<CountCategory, string[]>;
  /** the zero words at the start of `none` phrases, for the number span: "no one", "aucun" */
  zeroWords: string[];
  /** auxiliaries and adverbs allowed between the victims and the predicate ("ont également", "were all") */
  fillers: string[];
  /** words that end the victims' noun phrase (verbs, conjunctions, prepositions, relatives) */
  breakers: string[];
  /** tokens that, right after a nominal participle, show it is an active verb ("a man killed his wife") */
  activeObjects: string[];
  /** words between a number and its noun, left out of the victims' span: "of", "de" ("une dizaine de personnes") */
  ofWords: string[];
  /** words that make a group of people hit the survivors only: "11 others shot" is not reduced by the dead */
  othersWords: string[];
  /** words joining two groups of victims: "he and three others were shot" (4), "six men and one woman" (7) */
  coordinators: string[];
  /** auxiliaries that make a passive subject singular: "was", "has been", "a été", "est" ("Smith was shot and killed" -> 1) */
  singularAuxiliaries: string[];
  /** plural auxiliaries: after a singular noun they close a coordination of two ("his daughter were found dead") */
  pluralAuxiliaries: string[];
  /** auxiliaries of a passive: a participle after a subject and adverbs only ("a man apparently fatally shot his wife") is active */
  passiveAuxiliaries?: string[];
  /** several incidents told together ({num} a number of at least two): the counts of the sentence are totals over them, no incident's */
  severalIncidents?: string[];
  /** a roundup of several incidents told without their number ("in weekend shootings", "in shootings across the city"): the same */
  roundups?: string[];
  /** modal verbs before a plural-looking auxiliary that leave the subject singular: "the boy may have been hit" (1) */
  modals?: string[];
  /** death verbs without object, counted as one after a name: "Silvestre died", "Dupont a succombé" */
  intransitiveDeaths: string[];
  /** wounds told without a passive, counted as one after a name: "Childs suffered several gunshot wounds", "Dupont a reçu une blessure" */
  intransitiveWounds?: string[];
  /** phrases that state one victim by themselves: "killing him", "fatally shooting her" */
  selfPhrases: Record<CountCategory, string[]>;
  /**
   * phrases saying the attacker killed himself: "killing himself", "turned the gun on himself", "s'est suicidé".
   * One dead; and a killer's victims counted in the same sentence do not include him: "killed his two daughters
   * before killing herself" is three dead (rule +suicide), as the Gun Violence Archive counts a murder-suicide.
   */
  suicides: string[];
  /** words that add a victim to those counted before: "German Booker was also killed", "a été également blessé" */
  additiveWords: string[];
  /** articles that tell one more victim than those counted: "another man was shot", "un autre homme a été blessé" (normalized tokens) */
  additiveArticles?: string[];
  /**
   * a killing or shooting verb and a person noun that make one noun, not a verb and its object: "shooting suspect",
   * "shooting victim" (rule count.verb-bare-noun reads "shoots son" as one person hit)
   */
  notBareObjects?: string[];
  /** words before "N injuries" that make them one person's wounds: "suffered multiple injuries", "with several wounds" */
  woundBearers?: string[];
  /** words naming a killing of several by their number: "murder-suicide" (the victim and the killer: 2), "double homicide" 2, "triple meurtre" 3 */
  multipleKillings: Array<{ phrase: string; dead: number; /** the killer's own death is one of them */ suicide?: boolean }>;
  /**
   * the name of a deadly incident, which tells one dead at least: "a fatal shooting", "his shooting death" (rule
   * count.implicit-death; a figure told beside it is larger and wins). Such a count repeats the event's word: it does
   * not make the event an article's headline one.
   */
  implicitDeaths?: string[];
  /** the killer last in the list of a killing verb's victims: "killed his wife, 2 sons, then himself" (one more dead) */
  thenSelf?: string[];
  /** capitalized words that are no names after a count verb: days, months ("killed Sunday") */
  notNames: string[];
  /** nouns that name any victim, whoever it is: "the victim", "la victime" (the one dead victim of a story, told again) */
  victimNouns?: string[];
  /** relative pronouns that may stand before a singular auxiliary: "who was killed", "qui a été tué" */
  relativeSubjects: string[];
  /** singular pronouns that can be the subject of a predicate: "he died", "elle a succombé" -> 1 */
  singularPronouns: string[];
  /** singular nouns of people that count as one when they are the subject of a predicate, even without an
   * article (headline style): "teen killed in shooting", "child dies" */
  singularNouns: string[];
  /** determiners before the object of a count verb: "killing his two sons" (2), "killing his grandfather" (1:
   * a determiner before a noun that does not end in -s or -x counts as one) */
  determiners: string[];
  /** after a singular noun or pronoun and a predicate without auxiliary ("boy shot", "he shot"), the next
   * token must be one of these (or punctuation, or the end) for the phrase to be passive: "boy shot in the head" */
  bareFollowers: string[];
  /** words before a singular subject that make it no victim: "whether anyone was hurt", "if" */
  notSubjects: string[];
  /** optional tails included in the phrase: "par balle", "by gunfire" */
  tails: string[];
};

export type NumberResources = {
  /** the decimal separator of the language: "3,5" in French, "3.5" in English */
  decimalSeparator: '.' | ',';
  /** cardinal words and compounds below one hundred, and their value: deux 2, quatre-vingt 80, twenty 20 */
  words: Record<string, number>;
  /** words that multiply the preceding value by 100: cent, cents, hundred */
  hundreds: string[];
  /** scale words: mille 1000, million 1e6, thousand 1000 */
  scales: Record<string, number>;
  connectors: NumberConnector[];
  /** words that are a number only inside a compound or a count phrase: un, une (standalone they are articles) */
  articleNumbers: string[];
  /** articles that count as one in a count phrase: "un policier a été tué", "a man was killed" */
  singularArticles: string[];
  vague: VagueQuantity[];
  qualifiers: Record<QualifierKind, string[]>;
  /** range forms: "between X and Y" / "entre X et Y" (opener + joiner), and "X to Y" / "X à Y" / "X ou Y" (joiners alone) */
  range: { openers: string[]; joiners: string[]; bareJoiners: string[] };
  /** phrases whose number word is no number: "no one", "one another" */
  nonNumbers: string[];
  /** suffixes written right after digits that make an ordinal: st nd rd th / e er ème */
  ordinalSuffixes: string[];
  /** ordinal words: first 1, deuxième 2 */
  ordinalWords: Record<string, number>;
  /** phrases after a number that make it a measure, not a count of people: jours, ans, %, years old, p . m */
  units: string[];
  /** phrases before a number that make it a label, age, money or address: route, n°, $, aged, âgé de */
  labels: string[];
  /**
   * words that may follow the age after a name and a comma when the apposition is not closed by a second comma:
   * "Darrell Hawkins, 34 who were shot", "Dennie Reeves, 66 and Ginger Reeves, 64" (and, who / et, qui)
   */
  apposedAgeFollowers?: string[];
  counts: CountLexicon;
};
