// One resolver per phrase meaning: from the words a phrase matched to an ISO start/end against publication.
import {
  addDays,
  dayNumber,
  daysInMonth,
  isValidDay,
  shift,
  unitAround,
  weekdayOf,
  ymd,
  type Resolved,
  type Unit,
} from './calendar.js';
import { lexKey, type CompiledDates } from './compile.js';
import type { DateMeaning, DatePhrase, Holiday, Season } from './resources.js';

export type Direction = 'past' | 'next' | 'this' | undefined;

export type ResolveInput = {
  groups: Record<string, string | undefined>;
  phrase: DatePhrase;
  published: string;
  /** the clause before the date is future-tensed */
  future: boolean;
  c: CompiledDates;
};

/** How far back "ces derniers jours", "in recent weeks"... reach when the words give no number. */
export const VAGUE_AMOUNT: Record<Unit, number> = { day: 10, week: 6, month: 4, quarter: 2, year: 5 };

/** "recently": four weeks back */
const PAST_REF_DAYS = 28;

const SEASON_MONTHS: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function direction(g: ResolveInput['groups'], offset: number | undefined): Direction {
  if (g.past !== undefined) return 'past';
  if (g.next !== undefined) return 'next';
  if (g.this !== undefined) return 'this';
  if (offset === -1) return 'past';
  if (offset === 1) return 'next';
  if (offset === 0) return 'this';
  return undefined;
}

function numberOf(word: string | undefined, c: CompiledDates): { low: number; high: number; vague: boolean } | undefined {
  if (word === undefined) return undefined;
  if (/^\d+$/.test(word)) return { low: +word, high: +word, vague: false };
  const k = lexKey(word);
  const n = c.numbers.get(k);
  if (n !== undefined) return { low: n, high: n, vague: false };
  const v = c.vagueNumbers.get(k);
  return v ? { low: v[0], high: v[1], vague: true } : undefined;
}

function dayOf(word: string | undefined, c: CompiledDates): number | undefined {
  if (word === undefined) return undefined;
  const digits = /^\d+/.exec(word);
  if (digits) return +digits[0];
  return c.ordinals.get(lexKey(word));
}

/** "93" -> 1993, "02" -> 2002: the century that puts the year at most a year after publication */
function twoDigitYear(yy: number, publishedYear: number): number {
  return 2000 + yy <= publishedYear + 1 ? 2000 + yy : 1900 + yy;
}

function yearOf(word: string | undefined): number | undefined {
  return word === undefined ? undefined : +word;
}

function monthOf(word: string | undefined, c: CompiledDates): number | undefined {
  if (word === undefined) return undefined;
  const k = lexKey(word);
  // "may", "march": only a month when written with a capital
  if (c.capitalizedMonths.has(k) && word[0] === word[0]!.toLowerCase()) return undefined;
  return c.months.get(k);
}

function day(iso: string): Resolved {
  return { start: iso, end: iso, precision: 'day', kind: 'point' };
}

/** The weekday `wd` nearest to publication in the given direction (default: the last one, publication day included). */
export function resolveWeekday(wd: number, published: string, dir: Direction, future: boolean): string {
  const pw = weekdayOf(published);
  if (dir === 'next') return addDays(published, ((wd - pw + 7) % 7) || 7);
  if (dir === 'past') return addDays(published, -(((pw - wd + 7) % 7) || 7));
  if (future) return addDays(published, (wd - pw + 7) % 7);
  return addDays(published, -((pw - wd + 7) % 7));
}

/** A day and month without year: the last occurrence (or the next one when future-tensed or "prochain"). */
function dayMonthYear(d: number, m: number, published: string, dir: Direction, future: boolean, weekday?: number): number | undefined {
  const py = +published.slice(0, 4);
  const candidates = [py - 1, py, py + 1].filter((y) => isValidDay(y, m, d));
  if (weekday !== undefined) {
    // the weekday settles the year when exactly one nearby year fits
    const fit = candidates.filter((y) => weekdayOf(ymd(y, m, d)) === weekday);
    if (fit.length === 1) return fit[0];
  }
  const pub = dayNumber(published);
  if (dir === 'next' || (future && dir !== 'past')) {
    return candidates.find((y) => dayNumber(ymd(y, m, d)) >= pub + (dir === 'next' ? 1 : 0));
  }
  const past = candidates.filter((y) => dayNumber(ymd(y, m, d)) <= pub);
  const last = past[past.length - 1];
  if (dir === 'past' || last === undefined) return last ?? candidates.find((y) => dayNumber(ymd(y, m, d)) > pub);
  const next = candidates.find((y) => dayNumber(ymd(y, m, d)) > pub);
  if (next === undefined) return last;
  return preferNext(pub - dayNumber(ymd(last, m, d)), dayNumber(ymd(next, m, d)) - pub) ? next : last;
}

/**
 * News speaks mostly of the past, but "Dec. 15" in a November report is the coming one: the next occurrence
 * is taken only when it is much nearer than the last one.
 */
export const FUTURE_PREFERENCE = 2;
function preferNext(pastDistance: number, nextDistance: number): boolean {
  return nextDistance * FUTURE_PREFERENCE < pastDistance;
}

/** A month without year: the one in progress, else the last one unless the next one is much nearer. */
function monthYear(m: number, published: string): number {
  const py = +published.slice(0, 4);
  const pm = +published.slice(5, 7);
  if (m === pm) return py;
  const pub = dayNumber(published);
  const lastYear = m < pm ? py : py - 1;
  const nextYear = lastYear + 1;
  const pastDistance = pub - dayNumber(ymd(lastYear, m, daysInMonth(lastYear, m)));
  const nextDistance = dayNumber(ymd(nextYear, m, 1)) - pub;
  return preferNext(pastDistance, nextDistance) ? nextYear : lastYear;
}

function resolveCalendar(x: ResolveInput): Resolved | undefined {
  const { groups: g, published, c } = x;
  const dir = direction(g, x.phrase.offset);
  const py = +published.slice(0, 4);
  const y = yearOf(g.year) ?? (g.yy !== undefined ? twoDigitYear(+g.yy, py) : undefined);
  const m = monthOf(g.month, c);
  if (g.month !== undefined && m === undefined) return undefined;
  const d = dayOf(g.day, c);
  const wd = g.weekday !== undefined ? c.weekdays.get(lexKey(g.weekday)) : undefined;
  const pm = +published.slice(5, 7);
  if (m !== undefined && d !== undefined) {
    const year = y ?? (g.yearoffset !== undefined ? py + yearOffsetOf(g.yearoffset, c) : dayMonthYear(d, m, published, dir, x.future, wd));
    if (year === undefined || !isValidDay(year, m, d)) return undefined;
    return day(ymd(year, m, d));
  }
  if (m !== undefined) {
    let year = y;
    if (year === undefined && g.yearoffset !== undefined) year = py + yearOffsetOf(g.yearoffset, c);
    if (year === undefined) {
      if (g.since !== undefined) year = m <= pm ? py : py - 1;
      else if (dir === 'this') year = py;
      else if (dir === 'next' || (x.future && dir !== 'past')) year = m > pm || (m === pm && dir !== 'next') ? py : py + 1;
      else if (dir === 'past') year = m < pm ? py : py - 1;
      else year = monthYear(m, published);
    }
    return unitAround(ymd(year, m, 1), 'month');
  }
  if (d !== undefined && wd !== undefined) {
    // "vendredi 22": the nearest month (backwards, or forwards when future) whose day d is that weekday
    const step = x.future ? 1 : -1;
    for (let k = 0; k < 12; k++) {
      const probe = shift(ymd(py, pm, 1), 'month', k * step);
      const yy = +probe.slice(0, 4);
      const mm = +probe.slice(5, 7);
      if (d <= daysInMonth(yy, mm) && weekdayOf(ymd(yy, mm, d)) === wd) return day(ymd(yy, mm, d));
    }
    return day(resolveWeekday(wd, published, dir, x.future));
  }
  if (wd !== undefined) return day(resolveWeekday(wd, published, dir, x.future));
  if (y !== undefined) return unitAround(ymd(y, 1, 1), 'year');
  return undefined;
}

/** "this year" 0, "last year" -1, "l'an dernier" -1: the words of a (?<yearoffset>) group */
function yearOffsetOf(words: string, c: CompiledDates): number {
  const k = lexKey(words);
  for (const [re, off] of c.yearOffsetWords) if (re.test(k)) return off;
  return 0;
}

function resolveRelativeDay(x: ResolveInput): Resolved | undefined {
  const off = x.groups.relday !== undefined ? x.c.relativeDays.get(lexKey(x.groups.relday)) : undefined;
  return off === undefined ? undefined : day(addDays(x.published, off));
}

function unitOf(x: ResolveInput): Unit | undefined {
  return x.groups.unit !== undefined ? x.c.units.get(lexKey(x.groups.unit)) : x.phrase.unit;
}

function resolveAgo(x: ResolveInput): Resolved | undefined {
  const unit = unitOf(x);
  if (!unit) return undefined;
  const n = numberOf(x.groups.num, x.c) ?? (x.c.pluralUnits.has(lexKey(x.groups.unit ?? '')) ? { low: 2, high: 5, vague: true } : { low: 1, high: 1, vague: false });
  if (n.vague || n.low !== n.high) {
    const start = unitAround(shift(x.published, unit, -n.high), unit).start;
    const end = unitAround(shift(x.published, unit, -n.low), unit).end;
    return { start, end, precision: unitAround(x.published, unit).precision, kind: 'range' };
  }
  return unitAround(shift(x.published, unit, -n.low), unit);
}

function resolveUnitOffset(x: ResolveInput): Resolved | undefined {
  const unit = unitOf(x);
  if (!unit) return undefined;
  const dir = direction(x.groups, undefined);
  const off = dir === 'past' ? -1 : dir === 'next' ? 1 : dir === 'this' ? 0 : x.phrase.offset ?? 0;
  const whole = unitAround(shift(x.published, unit, off), unit);
  if (off !== 0 || x.future || unit === 'day') return whole;
  // "cette année", "this week": so far, from the unit's start to publication
  return { start: whole.start, end: x.published, precision: whole.precision, kind: 'range' };
}

function resolveUnitEarlier(x: ResolveInput): Resolved | undefined {
  const unit = unitOf(x);
  if (!unit) return undefined;
  const whole = unitAround(x.published, unit);
  const end = whole.start === x.published ? x.published : addDays(x.published, -1);
  return { start: whole.start, end, precision: whole.precision, kind: 'range' };
}

function resolveRecent(x: ResolveInput): Resolved | undefined {
  const unit = unitOf(x);
  if (!unit) return undefined;
  const n = numberOf(x.groups.num, x.c);
  const plural = x.groups.unit === undefined || x.c.pluralUnits.has(lexKey(x.groups.unit));
  const amount = n && !n.vague ? n.high : n ? Math.max(n.high - 1, 2) : x.phrase.amount ?? (plural ? VAGUE_AMOUNT[unit] : 1);
  let start = shift(x.published, unit, -amount);
  // a vague stretch of months or years starts at a month or year boundary ("au cours des derniers mois" -> May 1st)
  if ((!n || n.vague) && (unit === 'month' || unit === 'year' || unit === 'quarter')) start = unitAround(start, unit === 'year' ? 'year' : 'month').start;
  const precision = unitAround(x.published, unit).precision;
  return { start, end: x.published, precision, kind: 'range' };
}

function seasonRange(season: Season, year: number): Resolved {
  const m = SEASON_MONTHS[season];
  const endYear = season === 'WI' ? year + 1 : year;
  const endMonth = season === 'WI' ? 2 : m + 2;
  return { start: ymd(year, m, 1), end: ymd(endYear, endMonth, daysInMonth(endYear, endMonth)), precision: 'month', kind: 'range' };
}

function resolveSeason(x: ResolveInput): Resolved | undefined {
  const season = x.groups.season !== undefined ? x.c.seasons.get(lexKey(x.groups.season)) : undefined;
  if (!season) return undefined;
  const y = yearOf(x.groups.year);
  if (y !== undefined) return seasonRange(season, y);
  const py = +x.published.slice(0, 4);
  const pub = dayNumber(x.published);
  const options = [py - 2, py - 1, py, py + 1].map((yy) => seasonRange(season, yy));
  const dir = direction(x.groups, x.phrase.offset);
  if (dir === 'next' || (x.future && dir !== 'past')) return options.find((r) => dayNumber(r.end) >= pub + (dir === 'next' ? 1 : 0) && (dir !== 'next' || dayNumber(r.start) > pub));
  if (dir === 'past') return [...options].reverse().find((r) => dayNumber(r.end) < pub);
  if (dir === 'this' && season !== 'WI') return seasonRange(season, py);
  // "cet été", "l'été": the one in progress or the last one
  return [...options].reverse().find((r) => dayNumber(r.start) <= pub);
}

function resolveQuarter(x: ResolveInput): Resolved | undefined {
  const q = x.groups.ordinal !== undefined ? x.c.ordinals.get(lexKey(x.groups.ordinal)) : undefined;
  if (q === undefined || q < 1 || q > 4) return undefined;
  const y = yearOf(x.groups.year);
  const py = +x.published.slice(0, 4);
  let year = y ?? py;
  if (y === undefined && ymd(py, 3 * q - 2, 1) > x.published && !x.future) year = py - 1;
  const dir = direction(x.groups, undefined);
  if (dir === 'past') year -= 1;
  else if (dir === 'next' && y === undefined) year = py + 1;
  return unitAround(ymd(year, 3 * q - 2, 1), 'quarter');
}

function resolveDecade(x: ResolveInput): Resolved | undefined {
  const raw = x.groups.decade?.replace(/['’]/g, '');
  if (!raw) return undefined;
  let y = +raw;
  if (raw.length === 2) {
    const py = +x.published.slice(0, 4);
    y = 1900 + y;
    if (y + 100 <= py) y += 100;
  }
  return { start: ymd(y, 1, 1), end: ymd(y + 9, 12, 31), precision: 'year', kind: 'range' };
}

function resolveWeekend(x: ResolveInput): Resolved | undefined {
  const dir = direction(x.groups, x.phrase.offset);
  const pw = weekdayOf(x.published);
  let saturday: string;
  const lastSat = addDays(x.published, -((pw - 6 + 7) % 7));
  const nextSat = addDays(x.published, (6 - pw + 7) % 7);
  // "last weekend" is the last one entirely before publication
  if (dir === 'past') saturday = pw >= 6 ? addDays(lastSat, -7) : lastSat;
  else if (dir === 'next') saturday = pw >= 6 ? addDays(lastSat, 7) : nextSat;
  else if (pw >= 6) saturday = lastSat;
  else if (x.future || pw >= 4) saturday = nextSat;
  else saturday = lastSat; // Monday to Wednesday: the weekend just past
  return { start: saturday, end: addDays(saturday, 1), precision: 'day', kind: 'range' };
}

function resolveYear(x: ResolveInput): Resolved | undefined {
  const y = yearOf(x.groups.year);
  if (y === undefined) return undefined;
  // a bare four-digit number far after publication is not a year
  if (y > +x.published.slice(0, 4) + 30) return undefined;
  return unitAround(ymd(y, 1, 1), 'year');
}

/** Easter Sunday of a year (the Gregorian computus) */
function easterSunday(y: number): string {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(y, month, day);
}

/** the day of a holiday in a year */
export function holidayIn(h: Holiday, y: number): string {
  if ('easter' in h) return addDays(easterSunday(y), h.easter);
  if ('day' in h) return ymd(y, h.month, h.day);
  if (h.nth > 0) {
    const first = weekdayOf(ymd(y, h.month, 1));
    return ymd(y, h.month, 1 + ((h.weekday - first + 7) % 7) + 7 * (h.nth - 1));
  }
  const lastDay = daysInMonth(y, h.month);
  const last = weekdayOf(ymd(y, h.month, lastDay));
  return ymd(y, h.month, lastDay - ((last - h.weekday + 7) % 7));
}

/** "on Christmas", "Thanksgiving 2015": the last one (the next one when future-tensed or "next") */
function resolveHoliday(x: ResolveInput): Resolved | undefined {
  const h = x.groups.holiday !== undefined ? x.c.holidays.get(lexKey(x.groups.holiday)) : undefined;
  if (!h) return undefined;
  const y = yearOf(x.groups.year);
  if (y !== undefined) return day(holidayIn(h, y));
  const py = +x.published.slice(0, 4);
  const days = [py - 1, py, py + 1].map((yy) => holidayIn(h, yy));
  const dir = direction(x.groups, x.phrase.offset);
  if (dir === 'next' || (x.future && dir !== 'past')) {
    const next = days.find((d) => (dir === 'next' ? d > x.published : d >= x.published));
    return next ? day(next) : undefined;
  }
  const past = days.filter((d) => (dir === 'past' ? d < x.published : d <= x.published));
  const last = past[past.length - 1];
  return last ? day(last) : undefined;
}

const resolvers: Record<DateMeaning, (x: ResolveInput) => Resolved | undefined> = {
  calendar: resolveCalendar,
  'relative-day': resolveRelativeDay,
  ago: resolveAgo,
  'unit-offset': resolveUnitOffset,
  'unit-earlier': resolveUnitEarlier,
  recent: resolveRecent,
  season: resolveSeason,
  quarter: resolveQuarter,
  decade: resolveDecade,
  weekend: resolveWeekend,
  holiday: resolveHoliday,
  year: resolveYear,
  present: (x) => day(x.published),
  'past-ref': (x) => ({ start: addDays(x.published, -PAST_REF_DAYS), end: x.published, precision: 'week', kind: 'range' }),
  'future-ref': (x) => ({ start: addDays(x.published, 1), end: shift(x.published, 'year', 1), precision: 'year', kind: 'range' }),
};

export function resolvePhrase(x: ResolveInput): Resolved | undefined {
  return resolvers[x.phrase.meaning](x);
}

/** Which meanings leave the year, month or weekday open, so that future tense changes the answer. */
export const TENSE_SENSITIVE: ReadonlySet<DateMeaning> = new Set<DateMeaning>(['calendar', 'season', 'weekend', 'unit-offset', 'quarter', 'holiday']);

/** Resolves calendar parts read by another parser (chrono) with our own past-biased rules. */
export function resolveParts(
  parts: { year?: number; month?: number; day?: number; weekday?: number },
  published: string,
  future: boolean,
): Resolved | undefined {
  const { year: y, month: m, day: d, weekday: wd } = parts;
  const py = +published.slice(0, 4);
  if (m !== undefined && d !== undefined) {
    const year = y ?? dayMonthYear(d, m, published, undefined, future, wd);
    if (year === undefined || !isValidDay(year, m, d)) return undefined;
    return day(ymd(year, m, d));
  }
  if (m !== undefined) {
    const pm = +published.slice(5, 7);
    return unitAround(ymd(y ?? (future ? (m >= pm ? py : py + 1) : monthYear(m, published)), m, 1), 'month');
  }
  if (wd !== undefined) return day(resolveWeekday(wd, published, undefined, future));
  if (y !== undefined) return unitAround(ymd(y, 1, 1), 'year');
  return undefined;
}
