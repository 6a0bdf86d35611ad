// Compiles a language's date resources once: lexicons to lookup maps and regex alternations,
// phrase templates to sticky-free global regexes with named groups.
import type { DatePhrase, DateResources, Holiday, Season, Unit } from './resources.js';

export type CompiledPhrase = { phrase: DatePhrase; order: number; re: RegExp };

export type CompiledDates = {
  res: DateResources;
  phrases: CompiledPhrase[];
  months: Map<string, number>;
  capitalizedMonths: Set<string>;
  weekdays: Map<string, number>;
  units: Map<string, Unit>;
  pluralUnits: Set<string>;
  numbers: Map<string, number>;
  vagueNumbers: Map<string, [number, number]>;
  ordinals: Map<string, number>;
  relativeDays: Map<string, number>;
  seasons: Map<string, Season>;
  holidays: Map<string, Holiday>;
  /** matches any future cue */
  future: RegExp;
  /** the words of a (?<yearoffset>) group -> years from publication */
  yearOffsetWords: [RegExp, number][];
  /** any word of the 'quarter' unit: a sentence holding one is about quarters */
  quarterWord: RegExp;
  /** splits a clause from the one before it */
  clauseBreak?: RegExp;
  /** matches the end of the text before a date when that date is the page's own time stamp */
  stamp?: RegExp;
  /** matches any unit or relative-day word: chrono results holding one are relative, which our phrases handle */
  relativeWord: RegExp;
};

const keyCache = new Map<string, string>();

/** lower-case, ASCII apostrophes, single spaces, no accents: the key of every lexicon lookup */
export function lexKey(s: string): string {
  let k = keyCache.get(s);
  if (k === undefined) {
    k = computeKey(s);
    if (keyCache.size > 10_000) keyCache.clear();
    keyCache.set(s, k);
  }
  return k;
}

function computeKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** a lexicon word as regex source: any white space, either apostrophe, hyphen optional between letters */
function wordSource(w: string): string {
  return escapeRe(w)
    .replace(/\s+/g, '[\\s\\u00a0]+')
    .replace(/'/g, "['’]");
}

type LetterCase = 'lower' | 'capital' | undefined;

function capitalize(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function alternationOf(words: Iterable<string>, letterCase?: LetterCase): string {
  const all = new Set<string>();
  for (const w of words) {
    const forms = [w.toLowerCase(), lexKey(w)];
    for (const f of forms) all.add(letterCase === 'capital' ? capitalize(f) : f);
  }
  if (all.size === 0) return '(?!)';
  return [...all].sort((a, b) => b.length - a.length).map(wordSource).join('|');
}

function lexMap<V>(rec: Record<string, V>): Map<string, V> {
  const m = new Map<string, V>();
  for (const [k, v] of Object.entries(rec)) m.set(lexKey(k), v);
  return m;
}

/** Expands a phrase template: placeholders to named groups, spaces to white-space runs, apostrophes to both forms. */
export function expandTemplate(pattern: string, res: DateResources, letterCase?: LetterCase): string {
  const alternation = (words: Iterable<string>) => alternationOf(words, letterCase);
  const daySuffix = res.daySuffixes.length ? `(?:${alternation(res.daySuffixes)})?` : '';
  const holders: Record<string, string> = {
    weekday: `(?<weekday>${alternation(Object.keys(res.weekdays))})`,
    month: `(?<month>${alternation(Object.keys(res.months))})`,
    day: `(?<day>(?:3[01]|[12]\\d|0?[1-9])(?![\\d])${daySuffix}|${alternation(Object.keys(res.ordinals).filter((k) => /\p{L}/u.test(k)))})`,
    year: '(?<year>1[5-9]\\d\\d|20\\d\\d)(?![\\d])',
    num: `(?<num>\\d{1,3}(?![\\d])|${alternation([...Object.keys(res.numbers), ...Object.keys(res.vagueNumbers)])})`,
    unit: `(?<unit>${alternation(Object.keys(res.units))})`,
    relday: `(?<relday>${alternation(Object.keys(res.relativeDays))})`,
    season: `(?<season>${alternation(Object.keys(res.seasons))})`,
    holiday: `(?<holiday>${alternation(Object.keys(res.holidays))})`,
    ordinal: `(?<ordinal>${alternation(Object.keys(res.ordinals))})`,
    decade: "(?<decade>(?:1[5-9]|20)?\\d0|['’]\\d0)",
  };
  // Literal spaces and apostrophes of the template itself (outside placeholders and classes).
  const body = pattern.replace(/ \?/g, '[\\s\\u00a0]*').replace(/ +/g, '[\\s\\u00a0]+').replace(/(?<!\[[^\]]*)'/g, "['’]");
  return body.replace(/\{([a-z]+)\}/g, (all, name: string) => {
    const h = holders[name];
    if (!h) throw new Error(`date phrase template: unknown placeholder ${all}`);
    return h;
  });
}

const cache = new WeakMap<DateResources, CompiledDates>();

export function compileDates(res: DateResources): CompiledDates {
  const hit = cache.get(res);
  if (hit) return hit;
  const phrases = res.phrases.map((phrase, order) => ({
    phrase,
    order,
    // The left word boundary is checked by the caller (startsWord): a regex that begins with a look-behind
    // is tried at every position, one that begins with letters lets V8 skip ahead.
    re: new RegExp(`(?:${expandTemplate(phrase.pattern, res, phrase.letterCase)})(?![\\p{L}\\p{N}])`, phrase.letterCase ? 'gu' : 'giu'),
  }));
  const c: CompiledDates = {
    res,
    phrases,
    months: lexMap(res.months),
    capitalizedMonths: new Set(res.capitalizedMonths.map(lexKey)),
    weekdays: lexMap(res.weekdays),
    units: lexMap(res.units),
    pluralUnits: new Set(res.pluralUnits.map(lexKey)),
    numbers: lexMap(res.numbers),
    vagueNumbers: lexMap(res.vagueNumbers),
    ordinals: lexMap(res.ordinals),
    relativeDays: lexMap(res.relativeDays),
    seasons: lexMap(res.seasons),
    holidays: lexMap(res.holidays),
    future: res.futureCues.length ? new RegExp(`(?<![\\p{L}])(?:${res.futureCues.join('|')})(?![\\p{L}])`, 'u') : /(?!)/,
    yearOffsetWords: Object.entries(res.yearOffsets).map(([re, off]) => [new RegExp(re, 'u'), off] as [RegExp, number]),
    quarterWord: new RegExp(
      `(?<![\\p{L}])(?:${alternationOf(Object.keys(res.units).filter((k) => res.units[k] === 'quarter'))})(?![\\p{L}])`,
      'iu',
    ),
    stamp: res.stampCues.length ? new RegExp(`(?<![\\p{L}])(?:${res.stampCues.join('|')})\\s*(?:on|le|at|:)?\\s*:?\\s*$`, 'iu') : undefined,
    clauseBreak: res.clauseBreaks.length ? new RegExp(`(?<![\\p{L}])(?:${res.clauseBreaks.join('|')})(?![\\p{L}])`, 'iu') : undefined,
    relativeWord: new RegExp(
      `(?<![\\p{L}])(?:${alternationOf([...Object.keys(res.units), ...Object.keys(res.relativeDays)])})(?![\\p{L}])`,
      'iu',
    ),
  };
  cache.set(res, c);
  return c;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether a match at `index` starts a word (no letter or digit just before it). */
export function startsWord(text: string, index: number): boolean {
  if (index === 0) return true;
  let ch = text.charCodeAt(index - 1);
  if (ch < 128) return !((ch >= 48 && ch <= 57) || ((ch | 32) >= 97 && (ch | 32) <= 122));
  // a low surrogate: look at the whole code point
  if (ch >= 0xdc00 && ch <= 0xdfff && index >= 2) return !WORD_CHAR.test(text.slice(index - 2, index));
  return !WORD_CHAR.test(text[index - 1]!);
}
