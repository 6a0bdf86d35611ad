// Language resources read by the places stage (src/lang/<code>/places.ts). Every phrase is written as
// plain words; the stage tokenizes and normalizes them with the language's own tokenizer.
import type { PlacePrecision } from '../../core/record.js';

/** A generic noun that announces a place name: "la province de Khojavent", "the town of Gao", "Borno State". */
export type PlaceNoun = { words: string[]; precision: PlacePrecision };

export type PlaceResources = {
  /** ISO3 codes of the countries whose press writes in this language: a slight prior between homonyms */
  homeCountries: string[];
  /** words after which a capitalised name is a place: "à", "au", "dans", "près de", "au nord de", "in", "near", "north of" */
  locatives: string[];
  /** words after which a capitalised name is a place only when the gazetteer knows it well: "de", "du", "from", "of" */
  weakLocatives: string[];
  /** articles that may stand between a locative and the name ("dans le Donbass", "in the Sahel") */
  determiners: string[];
  /** adjectives of direction that may stand between a locative and the name ("in northern India") */
  regionalModifiers: string[];
  /** generic place nouns; before a name with a linker ("province de X", "town of X") or after it ("X province", "Borno State") */
  placeNouns: PlaceNoun[];
  /** words joining a place noun to the name: "de", "du", "d'", "of" */
  nounLinkers: string[];
  /** roads whose hyphenated name lists the places they join: "l'autoroute Ahmetbeyli-Fuzuli-Choucha" */
  routeNouns: string[];
  /** lower-case words allowed inside a multiword name ("Côte d'Ivoire", "Rio de Janeiro", "Stratford upon Avon") */
  nameConnectors: string[];
  /** phrases that point back to the place in focus: "sur les lieux", "là-bas", "there", "the scene" */
  anaphora: string[];
  /** anaphora -> words that, right after it, show it is not a place ("there is", "there were") */
  anaphoraBlockers: Record<string, string[]>;
  /** abbreviations that start a name, written with a dot: "St. Louis", "Mt. Pleasant" */
  nameAbbreviations: string[];
  /** capitalised words that are never a place by themselves (sentence openers, months, titles) */
  notPlaces: string[];
  /** words right after a name that make it a speaker (a person, or a government by metonymy): "said", "a déclaré" */
  speakerVerbs: string[];
  /** titles before a person's name: a capitalised name right after one is a person */
  personTitles: string[];
  /** adjectives and nouns of people that stand for a wide place the actors' country table lacks: "European" -> "Europe" */
  regionDemonyms: Record<string, string>;
  /** capitalised words after a name that make it an organisation or a thing ("University", "Airlines") */
  organisationHeads: string[];
  /**
   * a possessive after a name and the words that, following it, make the name a place ("Detroit's west side",
   * "Houston's northeast side") or a person's ("in Williams' death", "Smith's girlfriend"); the language may have none
   */
  possessive?: { markers: string[]; parts: string[]; people?: string[] };
  /** nouns a place name may modify, making it a place: "Toledo man", "Stockton police", "Alturas shooting" */
  modifiedNouns?: string[];
  /**
   * capitalised words that, after a name, make it the seat of a local authority: "Omaha Police Department",
   * "Pike County Sheriff's Office" name the town and the county the police serve
   */
  authorityHeads?: string[];
  /**
   * the written-as-one acronyms of local authorities whose seat is beyond doubt, and the place each serves as the
   * gazetteer names it: "IMPD" (Indianapolis Metropolitan Police Department) -> "Indianapolis"
   */
  authorityAcronyms?: Record<string, string>;
  /**
   * capitalised words that, after a place noun, make the words before it a place's government: "Tipperary County
   * Council", "Leeds City Council" name the county and the town they govern
   */
  councilHeads?: string[];
  /**
   * locatives that put the event beside the place, not in it ("outside Atlanta", "20 miles west of Atlanta",
   * "près de Lyon"): a town the article is datelined in, close by, is where it happened
   */
  relativeLocatives?: string[];
  /** nouns of streets, written lower case after names they follow: "at 34th and Weber streets", "on Lincoln avenue" */
  streetNouns?: string[];
  /**
   * capitalised words that, after a town's name, keep it the town ("Houston Public Library", "Dallas County");
   * any other capitalised word after it makes it the name of something called after it ("Oxford Instruments",
   * "the Geneva Conventions"); the language may have none (then no name is read so)
   */
  wordsKeepingTheTown?: string[];
  /** words after which a name is a street's: "in the 5000 block of West Madison" */
  streetOpeners?: string[];
  /** compass points abbreviated before a part of a town, written as they are (capitals): "in SW Atlanta", "NE Portland" */
  compassAbbreviations?: string[];
};
