// Language resources read by the event stages: trigger lexicon, reporting cues, status markers, framing.
export type TriggerEntry = {
  /** stable rule id, e.g. "fr.assault.tirer" */
  id: string;
  /** token patterns (see src/events/patterns.ts), any of which triggers: "a|ont explosé sur une mine", "entretien téléphonique" */
  pattern: string[];
  type: string;
  mode?: string;
  pos: 'verb' | 'noun';
  /** the grammatical subject of this verb is the victim ("a explosé sur une mine", "died") */
  subjectIsRecipient?: boolean;
  /** a verb that is an attack only when someone does it ("l'armée détruisait" yes, "l'incendie a détruit" no) */
  needsActor?: boolean;
  /** an outcome word ("killed", "ont perdu la vie"): dropped when a fuller trigger shares the sentence */
  weak?: boolean;
};

export type CueEntry = {
  id: string;
  pattern: string;
  /** where the speaker is: 'after' ("selon X", "according to X"), 'before' ("X said"), 'either' (try inverted first) */
  speaker: 'after' | 'before' | 'either';
  /** the claimant denies what the clause says: events under it are negated */
  denial?: boolean;
};

export type EventResources = {
  triggers: TriggerEntry[];
  cues: CueEntry[];
  /** words that negate a trigger near it: "ne", "pas", "not", "never" */
  negators: string[];
  /** markers of a condition: "si", "if", "unless" (token patterns) */
  conditionals: string[];
  /** markers of the future before a trigger: "va", "will" */
  futureMarkers: string[];
  /** verb endings of the future/conditional tense on the trigger itself ("prendront") */
  futureSuffixes: string[];
  /** markers of a hypothetical: "pourrait", "could", "may" */
  hypotheticals: string[];
  /** patterns of an ending verb after a noun trigger ("prendront fin"): the event becomes an end of operation */
  endings: string[];
  /** loaded terms that belong to whoever speaks ("soi-disant", "so-called") */
  framing: string[];
  /** words that open a complement or relative clause, where another subject starts: que, qui, that, which */
  clauseOpeners: string[];
  /** relative pronouns whose antecedent is the subject of the relative clause's verb */
  relativeSubjects: string[];
  /** coordinators after which a verb shares the previous verb's subject: et, mais, and, but */
  coordinators: string[];
  /** prepositions introducing a passive agent: par, by */
  agentMarkers: string[];
  /** auxiliaries that make the following participle passive: été, était, was, were */
  passiveAuxiliaries: string[];
  /** claims of responsibility ("a été revendiqué par", "claimed responsibility for"): the claimer did the attack told before */
  responsibility: CueEntry[];
  /** words that open what a request asks for ("called on both sides to respect", "a appelé à"): what follows is not done yet */
  requestComplements: string[];
  /** words that open what a denial denies: "avoir", "que", "that", "having" */
  denialComplements: string[];
  /** verbs whose subject is the doer of the act their object names ("a mené une attaque", "launched an offensive",
   *  "a réitéré l'invitation"); after any other verb ("ont fui les combats") the subject did not do it */
  lightVerbs: string[];
  /** auxiliaries and adverbs that may stand between a subject and its own verb ("ont", "have", "also") */
  auxiliaries: string[];
  /** adjectives and noun modifiers stand before the noun ("Israeli airstrikes", "fire officials") rather than after it ("attaque jihadiste") */
  modifiersPrecedeNoun: boolean;
  /** definite articles: a definite noun of the kind just told refers back to it ("the blaze") */
  definiteDeterminers: string[];
  /** modifiers that make a noun trigger a kind of event rather than one event ("similar attacks", "de telles attaques") */
  genericModifiers: string[];
  /** determiners that make a noun trigger refer back to an event already told: ces, this */
  anaphoricDeterminers: string[];
  /** pronouns that refer back to the last speaker: il, elle, he, she */
  speakerPronouns: string[];
  /** words that open a clause telling what came before ("in critical condition Tuesday after being shot"): a date
   *  before such a word is later than an event after it */
  earlierClauseOpeners: string[];
  /** words of what follows an incident (the arrest, the charge, the hearing, the naming of the victim): a day written
   *  right beside one of them is that step's day, not the incident's ("charged Thursday", "appeared in court Tuesday") */
  laterStepWords: string[];
};
