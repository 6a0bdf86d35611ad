// English date words and phrase templates (see src/mentions/dates/resources.ts for the template syntax).
import type { DateResources } from '../../mentions/dates/resources.js';

// time of day after a day word: kept inside the mention ("Tuesday night", "yesterday afternoon")
const TOD = '(?: (?:morning|afternoon|evening|night|overnight))?';
const PAST = '(?<past>last|this past|past)';
const NEXT = '(?<next>next|this coming|coming)';
// a cue word just before a year, as a look-behind placed after the year so that the mention is the year
// alone and the regex starts with digits (V8 then skips quickly to candidate positions)
const afterCue = (words: string) => `(?<=(?<![\\p{L}])(?:${words}) ?\\d{4})`;

export const dates: DateResources = {
  chronoLocale: 'en',
  months: {
    january: 1, 'jan.': 1, february: 2, 'feb.': 2, march: 3, 'mar.': 3, april: 4, 'apr.': 4, may: 5, june: 6,
    'jun.': 6, july: 7, 'jul.': 7, august: 8, 'aug.': 8, september: 9, 'sep.': 9, 'sept.': 9, october: 10,
    'oct.': 10, november: 11, 'nov.': 11, december: 12, 'dec.': 12,
  },
  capitalizedMonths: ['may', 'march', 'august', 'mar.'],
  weekdays: { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 },
  units: {
    day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month',
    quarter: 'quarter', quarters: 'quarter', year: 'year', years: 'year',
  },
  pluralUnits: ['days', 'weeks', 'months', 'quarters', 'years'],
  numbers: {
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
  },
  vagueNumbers: { several: [2, 6], 'a few': [2, 5], few: [2, 5], some: [2, 6], many: [3, 10], 'a couple of': [2, 3] },
  daySuffixes: ['st', 'nd', 'rd', 'th'],
  ordinals: { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 },
  relativeDays: {
    yesterday: -1, today: 0, tomorrow: 1, 'the day before yesterday': -2, 'the day after tomorrow': 2,
    tonight: 0, 'last night': -1, 'this morning': 0, 'this afternoon': 0, 'this evening': 0,
  },
  seasons: { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' },
  holidays: {
    "new year's eve": { month: 12, day: 31 },
    "new year's day": { month: 1, day: 1 },
    'christmas eve': { month: 12, day: 24 },
    'christmas day': { month: 12, day: 25 },
    christmas: { month: 12, day: 25 },
    thanksgiving: { month: 11, weekday: 4, nth: 4 },
    'thanksgiving day': { month: 11, weekday: 4, nth: 4 },
    'memorial day': { month: 5, weekday: 1, nth: -1 },
    'labor day': { month: 9, weekday: 1, nth: 1 },
    'independence day': { month: 7, day: 4 },
    halloween: { month: 10, day: 31 },
    "valentine's day": { month: 2, day: 14 },
    "st. patrick's day": { month: 3, day: 17 },
    "saint patrick's day": { month: 3, day: 17 },
    'veterans day': { month: 11, day: 11 },
    "mother's day": { month: 5, weekday: 7, nth: 2 },
    "father's day": { month: 6, weekday: 7, nth: 3 },
    easter: { easter: 0 },
    'easter sunday': { easter: 0 },
    'easter monday': { easter: 1 },
    'good friday': { easter: -2 },
    'martin luther king day': { month: 1, weekday: 1, nth: 3 },
    'martin luther king jr. day': { month: 1, weekday: 1, nth: 3 },
    'mlk day': { month: 1, weekday: 1, nth: 3 },
    "presidents' day": { month: 2, weekday: 1, nth: 3 },
    'presidents day': { month: 2, weekday: 1, nth: 3 },
    'columbus day': { month: 10, weekday: 1, nth: 2 },
  },
  yearOffsets: { '^this': 0, '^last': -1, '^next': 1 },
  phrases: [
    // "Monday, Oct. 26", "September 9", "January 5, 1998"
    { rule: 'en.month-day', pattern: `(?:{weekday},? )?{month} {day}(?:,? {year})?${TOD}`, meaning: 'calendar' },
    // "9 September 2023", "the 5th of May"
    { rule: 'en.day-month', pattern: `(?:{weekday},? )?(?:the )?{day} (?:of )?{month}(?:,? {year})?${TOD}`, meaning: 'calendar' },
    // "January 1998", "late September 2000"
    { rule: 'en.month-year', pattern: '(?:(?:early|late|mid-|mid|the end of|the beginning of|the start of|the middle of) ?)?{month},? (?:of )?{year}', meaning: 'calendar' },
    // "January this year", "June last year"
    { rule: 'en.month-year-offset', pattern: '{month},? (?:of )?(?<yearoffset>this year|last year|next year)', meaning: 'calendar' },
    // "last March", "next May", "in January", "since October": the cue stays outside the mention
    {
      rule: 'en.month',
      pattern: `{month}(?<=(?<![\\p{L}])(?:${PAST}|${NEXT}|(?<this>this)|in|(?<since>since)|by|until|till|through|during|from|early|late|mid|mid-|before|after|end of|the end of|the beginning of|beginning of|of) ?[\\p{L}.]+)`,
      meaning: 'calendar',
    },
    // a month alone, with its capital ("the November elections"); "May" and "March" only away from a sentence
    // start; never inside a name ("Theresa May", "April Smith")
    {
      rule: 'en.month-bare',
      pattern: '{month}(?<!(?:^|[.!?"“])\\s*(?:May|March))(?<!(?<![\\p{L}])(?!The\\s)\\p{Lu}[\\p{L}.’\']*\\s+\\p{Lu}[\\p{L}.]*)(?!(?<=May|March|April|June|August)\\s+\\p{Lu})',
      meaning: 'calendar',
      letterCase: 'capital',
    },
    // "Tuesday", "on Tuesday night", "last Monday", "next Wednesday"
    { rule: 'en.weekday', pattern: `(?:(?:${PAST}|${NEXT}) )?{weekday}${TOD}`, meaning: 'calendar' },
    // "yesterday", "today", "last night", "the day before yesterday"
    { rule: 'en.relative-day', pattern: `{relday}${TOD}`, meaning: 'relative-day' },
    // "two days ago", "a year ago", "several weeks ago", "years ago"
    { rule: 'en.ago', pattern: '(?:(?:about|nearly|almost|some|more than|over|less than|just|only|roughly) )?(?:{num} )?{unit} ago', meaning: 'ago', quarterContext: true },
    // "a year earlier": anchored at publication, or at the quarter the sentence speaks of
    // (days and weeks "earlier" count from the event just told, not from publication: not taken)
    { rule: 'en.earlier', pattern: '(?:{num} )?years? (?:earlier|before)(?! (?:the|a|an|his|her|its|their)(?![\\p{L}]))', meaning: 'ago', unit: 'year', quarterContext: true },
    // "last week", "next month", "last year", "the previous quarter"
    { rule: 'en.unit-direction', pattern: '(?:(?<past>last|the previous|previous)|(?<next>next|the coming)) (?!day)(?<!(?:the|a) (?:previous|next) ){unit}(?!s)', meaning: 'unit-offset', quarterContext: true },
    // "this week", "this year", "the current quarter"
    { rule: 'en.unit-this', pattern: '(?<this>this|the current|current) {unit}(?!s)', meaning: 'unit-offset', offset: 0 },
    // "earlier this month", "earlier in the year"
    { rule: 'en.unit-earlier', pattern: '(?:earlier|previously) (?:this|in the) {unit}', meaning: 'unit-earlier' },
    // "in recent weeks", "over the past few days", "the last two months", "the past year"
    {
      rule: 'en.recent',
      pattern: '(?:(?:in|over|during|for|within|throughout) )?(?:the (?:past|last|previous|recent)|recent) (?:{num} )?{unit}',
      meaning: 'recent',
    },
    // "for weeks", "for several months" (ending now)
    { rule: 'en.recent-since', pattern: 'for (?:several|many|some) {unit}(?= now| already)', meaning: 'recent' },
    { rule: 'en.past-ref', pattern: 'recently|lately|in the past|in recent times|previously|formerly|not long ago|a while ago|some time ago', meaning: 'past-ref' },
    { rule: 'en.present', pattern: 'now|currently|at present|at the moment|nowadays|these days|presently', meaning: 'present' },
    { rule: 'en.future-ref', pattern: '(?:in )?the (?:near |distant |foreseeable )?future|in future', meaning: 'future-ref' },
    // "on Christmas Eve", "a Father's Day shooting", "Thanksgiving 2015", "last Halloween"
    { rule: 'en.holiday', pattern: '(?:(?<past>last|this past) |(?<next>next) |(?<this>this) )?{holiday}(?:,? {year})?', meaning: 'holiday' },
    // "last summer", "this fall", "the winter of 1994", "summer 1998"
    {
      rule: 'en.season',
      pattern: `(?:(?<past>last|this past)|(?<next>next)|(?<this>this)|in|during|the|in the|during the|early|late|mid-|since|by) ?{season}(?:(?: of|,)? {year})?(?! (?:of|in) (?!\\d))`,
      meaning: 'season',
    },
    // "the third quarter", "third-quarter", "the first quarter of 1990", "the year-ago third quarter"
    {
      rule: 'en.quarter',
      pattern: `(?:(?<past>the year-ago|the year-earlier|the comparable year-ago|last year's|a year-earlier|year-ago|year-earlier)|(?<next>next year's)|the|(?<this>this year's))? ?{ordinal}(?:-| )quarter(?:(?: of|,)? {year}|(?:['’]s)?)`,
      meaning: 'quarter',
    },
    { rule: 'en.quarter-year-first', pattern: '(?:the )?{year} {ordinal}(?:-| )quarter', meaning: 'quarter' },
    // "the latest quarter", "the quarter", "the latest period": the last completed quarter
    { rule: 'en.quarter-latest', pattern: '(?:the|this|that) (?:latest |most recent |just-ended |recent |fiscal )?quarter(?![-\\p{L}])|the (?:latest|most recent) period', meaning: 'unit-offset', unit: 'quarter', offset: -1 },
    // "the year-ago quarter", "the year-earlier period", "year-ago": that quarter one year back
    {
      rule: 'en.quarter-year-ago',
      pattern: '(?:the )?(?:comparable |corresponding |same )?(?:year-ago|year-earlier|year-before|prior-year) (?:quarter|period)|(?:the )?(?:comparable |corresponding |same )?(?:quarter|period) (?:a year (?:ago|earlier)|last year)|year-(?:ago|earlier)(?= \\p{Ll})',
      meaning: 'unit-offset',
      unit: 'quarter',
      offset: -5,
    },
    // "the 1990s", "the early '80s"
    { rule: 'en.decade', pattern: "(?:the )?(?:(?:early|late|mid-|mid) ?)?(?=\\d{4}s|['’]\\d0s){decade}s", meaning: 'decade' },
    // "the weekend", "last weekend", "this weekend"
    { rule: 'en.weekend', pattern: '(?:(?<past>last|this past)|(?<next>next|this coming)|(?<this>this)|the) weekend', meaning: 'weekend' },
    // "in 1998", "since 2001", "fiscal 1989", "the 1994 budget"
    {
      rule: 'en.year-after-cue',
      pattern: `{year}${afterCue('in|since|by|until|till|through|during|fiscal|year|early|late|mid-|mid|the|before|after|summer|spring|fall|autumn|winter|around|circa|as of|a|an|that|its|his|her|their|this|our|whose|due|post-|pre-')}(?!\\s*%|(?:\\s+|-)blocks?(?![\\p{L}]))`,
      meaning: 'year',
    },
    {
      rule: 'en.year-weak-cue',
      pattern: `{year}${afterCue('of|from|to|and|or|between|for|\\d{4},')}(?!\\s+(?!(?:and|or|to|the|a|an|he|she|it|they|we|with|for|in|on|at|by|when|as|was|were|is|are)(?![\\p{L}]))\\p{Ll})(?!\\s*%|-blocks?(?![\\p{L}]))`,
      meaning: 'year',
    },
    // a year alone before punctuation or at a sentence start: "(1998)", "1997 was"
    { rule: 'en.year-bare', pattern: "{year}(?<![\\d$€£][.,]?\\s?\\d{4})(?<!(?<![12]\\d{3})\\/\\d{4})(?=\\s*[,.;:)!?\"”]|\\s*$|['’]s)", meaning: 'year' },
  ],
  futureCues: [
    'will', "'ll", '’ll', 'shall', 'going to', 'scheduled', 'expected to', 'due to', 'set to', 'plans? to',
    'to be held', 'upcoming', 'Will',
  ],
  clauseBreaks: ['that', 'but', 'after', 'when', 'because', 'which', 'who', 'and', '``', "''", '"', '“', '”'],
  stampCues: ['posted', 'updated', 'last updated', 'published', 'last modified', 'modified', 'created', 'first published'],
};
