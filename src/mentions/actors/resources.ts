// Language resources read by the actors stage. Every word list here is per language (src/lang/<code>/actors.ts);
// the stage itself never branches on the language.
import type { ActorKind } from '../../core/doc.js';

/**
 * One line per country, fields separated by `|`:
 *   ISO3 | names (`;`) | demonyms (`;`, masculine singular; a form with `/` lists every inflection itself) | capitals (`;`)
 * e.g. `AZE|Azerbaïdjan;Azerbaidjan|azerbaïdjanais|Bakou`.
 * Capitals are read as the country's government (metonymy) unless a preposition precedes them.
 */
export type CountryTable = string;

/** A lexicon phrase: its words are tokenized with the language's own tokenizer before matching. */
export type HeadEntry = {
  /** one or more phrases ("forces armées", "armed forces") */
  words: string[];
  /** sector when the head carries one (GOV MIL REB COP CVL JRN UNK HLH IGO ...); absent: taken from a modifier or complement */
  sector?: string;
  kind: ActorKind;
  /** a title that a personal name may follow ("président Ilham Aliyev", "Secretary of State Antony Blinken") */
  title?: boolean;
  /** a noun that is an actor only through its "de/of" complement ("véhicule de police", "camion de l'armée") */
  carrier?: boolean;
  /** a domain noun that gives its sector to the head it complements ("ministère de la défense") without being an actor */
  domain?: boolean;
  /** the country the head implies by itself ("Pentagon" -> USA) */
  country?: string;
};

/** A named body: organisation, media outlet, metonym (Kremlin), armed group in the language's own spelling. */
export type NamedEntry = {
  names: string[];
  /** ISO3, or IGO / NGO for international bodies */
  country?: string;
  sector?: string;
  kind: ActorKind;
  /** canonical name */
  name?: string;
  /** stable code, e.g. IGOUNO */
  id?: string;
};

/** A word that changes the sector of the head it modifies ("unknown gunmen" -> UNK) or is only absorbed ("so-called"). */
export type ModifierEntry = { words: string[]; sector?: string };

export type ActorResources = {
  /** articles and determiners kept at the start of a phrase (the span includes them) */
  determiners: string[];
  /** number words and vague quantities kept before a head ("deux policiers", "several soldiers") */
  quantifiers: string[];
  /** prepositions after which a country or capital name is a place, not an actor */
  locatives: string[];
  /** words that open a complement belonging to the head ("de", "d'", "du", "des", "of") */
  complementMarkers: string[];
  /** possessive clitic after a name ("Nigeria's army") */
  possessives: string[];
  /** words that join two name parts inside a person name ("bin", "al") */
  nameParticles: string[];
  countries: CountryTable;
  /**
   * suffix rules turning a masculine singular demonym into its other forms, first matching suffix wins:
   * [suffix, replacements]; the suffix is replaced by each replacement.
   */
  demonymInflections: Array<[string, string[]]>;
  /** a capitalised demonym is a noun for people ("les Arméniens"); plural demonyms are nouns in every language */
  capitalizedDemonymIsNoun: boolean;
  heads: HeadEntry[];
  named: NamedEntry[];
  /** words before the head */
  premodifiers: ModifierEntry[];
  /** words after the head */
  postmodifiers: ModifierEntry[];
  /** capitalised words that are not names after a title ("the police chief Tuesday said") */
  nonNames: string[];
  /** coordinating words: "Hungarian and Romanian officials", "les armées arménienne et azerbaïdjanaise" */
  conjunctions: string[];
  /** nouns that are never actors by themselves although a dictionary lists them ("hospital", "school") */
  notActors: string[];
  /** optional data file under data/actors/ with more agent nouns (derived from the Phoenix agents dictionary) */
  agentsFile?: string;
};
