// Language resources read by the persons stage (src/lang/<code>/persons.ts).

export type PersonResources = {
  /** words that, after "Name," give the person's age: "ans" ("Jean Dupont, 23 ans"); empty when the bare number is the age ("John Smith, 23,") */
  ageUnits: string[];
  /** words between the comma and the age: "age" ("John Smith, age 23"), "âgé de" */
  agePrefixes: string[];
  /** an age written before the name: "23-year-old John Smith"; the words after the number, hyphenated or spaced */
  ageBeforeName: string[];
  /** verbs that name a person: "identified as John Smith", "identifié comme Jean Dupont" */
  namingPhrases: string[];
  /** nouns of what was done to a person, before their name: "the shooting death of John Smith", "le meurtre de Jean Dupont" */
  victimPhrases: string[];
  /** titles and roles that may stand before a name and are not part of it: "Officer", "Sgt.", "le policier" */
  titles: string[];
  /** generational suffixes after a surname, not part of the key: "Jr.", "III" */
  nameSuffixes: string[];
  /** capitalised words that never belong to a person's name: the nouns of streets, schools and bodies, months, days */
  notNameWords: string[];
};
