// Language resources read by the dates stage: lexicons and phrase templates. The shared code in
// ./rules.ts compiles the templates to regular expressions and gives each `meaning` its resolution.
import type { Unit } from './calendar.js';

export type { Unit } from './calendar.js';

export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/** What a phrase means; each meaning has one resolver in ./resolve.ts. */
export type DateMeaning =
  /** any of {weekday} {day} {month} {year}, with optional (?<past>..) / (?<next>..) groups */
  | 'calendar'
  /** {relday}: hier, today, avant-hier */
  | 'relative-day'
  /** {num}? {unit} ago / il y a {num} {unit}: the unit holding publication minus n units */
  | 'ago'
  /** {unit} with `offset` (or (?<past>)/(?<next>)/(?<this>) groups): last week, le mois prochain, cette année */
  | 'unit-offset'
  /** earlier this {unit}: from the unit's start to the day before publication */
  | 'unit-earlier'
  /** a vague stretch ending at publication: ces derniers jours, in recent weeks, depuis plusieurs mois */
  | 'recent'
  /** {season} with optional {year} or past/next groups */
  | 'season'
  /** {ordinal} quarter with optional {year} */
  | 'quarter'
  /** {decade}: les années 60, the 1990s */
  | 'decade'
  /** ce week-end, last weekend */
  | 'weekend'
  /** {holiday} with optional {year}: Christmas, Thanksgiving, le 14-Juillet is a day-month already */
  | 'holiday'
  /** {year} alone */
  | 'year'
  /** now, actuellement: the publication day */
  | 'present'
  /** recently, récemment: a short vague stretch ending at publication */
  | 'past-ref'
  /** in the future, à l'avenir: the year after publication */
  | 'future-ref';

/** a holiday's day: fixed ({month, day}), the nth weekday of a month (nth -1: the last), or days from Easter Sunday */
export type Holiday = { month: number; day: number } | { month: number; weekday: number; nth: number } | { easter: number };

export type DatePhrase = {
  /** rule id recorded in each mention this phrase produces, e.g. 'fr.weekday' */
  rule: string;
  /**
   * Regular-expression source, matched case-insensitively between word boundaries. Placeholders:
   * {weekday} {month} {day} {year} {num} {unit} {relday} {season} {ordinal} {decade}, each at most once.
   * A space matches any run of white space; an apostrophe matches ' or ’. Optional named groups
   * (?<past>..) (?<next>..) (?<this>..) give the direction; (?<since>..) ("depuis", "since") says a month
   * without year has begun already; (?<yearoffset>..) ("last year") and (?<yy>..) (two-digit year) give the year.
   */
  pattern: string;
  meaning: DateMeaning;
  /** the unit when the pattern has no {unit} */
  unit?: Unit;
  /** -1 last, 0 this, +1 next, when no direction group says it */
  offset?: number;
  /** for 'recent' without {num}: how many units back (defaults in ./resolve.ts) */
  amount?: number;
  /**
   * match case-sensitively: 'lower' lets lexicon words match only in lower case ("septembre", never "Mars"
   * the planet), 'capital' only with a capital ("March", never the verb "march")
   */
  letterCase?: 'lower' | 'capital';
  /**
   * "a year ago", "a year earlier": in a sentence about a quarter ("third-quarter profit fell from a year
   * ago"), the mention is that quarter one year back rather than the whole year
   */
  quarterContext?: boolean;
};

export type DateResources = {
  /** chrono-node locale used as a fallback for absolute dates ('fr', 'en') */
  chronoLocale: string;
  /** month words (with abbreviations, e.g. "oct.") -> 1..12 */
  months: Record<string, number>;
  /** month words that are also common words ("may", "march"): they must be written with a capital */
  capitalizedMonths: string[];
  /** weekday words -> ISO weekday 1 (Monday) .. 7 */
  weekdays: Record<string, number>;
  /** unit words, singular and plural -> unit */
  units: Record<string, Unit>;
  /** the plural unit words ("days", "mois"): without a number they mean several units, not one */
  pluralUnits: string[];
  /** number words -> value (digits are read directly) */
  numbers: Record<string, number>;
  /** vague quantity words -> [low, high] ("plusieurs", "a few") */
  vagueNumbers: Record<string, [number, number]>;
  /** what may follow a day number: "er" (1er), "st", "th" */
  daySuffixes: string[];
  /** ordinal words -> value, for quarters and days ("premier", "third") */
  ordinals: Record<string, number>;
  /** relative day words -> offset from publication in days */
  relativeDays: Record<string, number>;
  seasons: Record<string, Season>;
  /** holiday names -> their day ("christmas", "thanksgiving", "noël", "la toussaint") */
  holidays: Record<string, Holiday>;
  /**
   * the words of an optional (?<yearoffset>..) group ("June last year", "en juin de l'année dernière"),
   * as regex sources over the lexicon key (lower case, no accents) -> years from publication
   */
  yearOffsets: Record<string, number>;
  /** the phrase templates, in priority order (an earlier phrase wins over a later one of the same length) */
  phrases: DatePhrase[];
  /**
   * regular-expression sources (case-sensitive) whose presence in the clause just before a date makes an
   * underspecified date (weekday, day and month, month, season) the next occurrence rather than the last
   */
  futureCues: string[];
  /** regular-expression sources of words that end a clause: the future cue is looked for after the last one */
  clauseBreaks: string[];
  /**
   * regular-expression sources (case-insensitive) of the words a web page puts before its own time stamp
   * ("Posted:", "Updated on", "Publié le"): a date right after one is when the page was written, not when
   * anything happened
   */
  stampCues: string[];
};
