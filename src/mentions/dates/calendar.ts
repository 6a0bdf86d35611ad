// Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC day numbers so no time zone ever shifts a day.
import type { DatePrecision } from '../../core/record.js';

export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year';

export type Resolved = { start: string; end: string; precision: DatePrecision; kind: 'point' | 'range' };

const DAY_MS = 86_400_000;

/** days since 1970-01-01 */
export function dayNumber(iso: string): number {
  return Math.floor(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS);
}

export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function ymd(y: number, m: number, d: number): string {
  return isoOf(Math.floor(Date.UTC(y, m - 1, d) / DAY_MS));
}

export function addDays(iso: string, n: number): string {
  return isoOf(dayNumber(iso) + n);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday */
export function weekdayOf(iso: string): number {
  const w = (dayNumber(iso) + 4) % 7; // 1970-01-01 was a Thursday
  return w === 0 ? 7 : (w < 0 ? w + 7 : w);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(iso: string, n: number): string {
  const y = +iso.slice(0, 4);
  const m = +iso.slice(5, 7) - 1 + n;
  const ty = y + Math.floor(m / 12);
  const tm = ((m % 12) + 12) % 12 + 1;
  return ymd(ty, tm, Math.min(+iso.slice(8, 10), daysInMonth(ty, tm)));
}

/** The calendar unit (week = ISO week Monday..Sunday) holding `iso`, as a point of that precision. */
export function unitAround(iso: string, unit: Unit): Resolved {
  const y = +iso.slice(0, 4);
  const m = +iso.slice(5, 7);
  switch (unit) {
    case 'day':
      return { start: iso, end: iso, precision: 'day', kind: 'point' };
    case 'week': {
      const start = addDays(iso, 1 - weekdayOf(iso));
      return { start, end: addDays(start, 6), precision: 'week', kind: 'point' };
    }
    case 'month':
      return { start: ymd(y, m, 1), end: ymd(y, m, daysInMonth(y, m)), precision: 'month', kind: 'point' };
    case 'quarter': {
      const q0 = Math.floor((m - 1) / 3) * 3 + 1;
      return { start: ymd(y, q0, 1), end: ymd(y, q0 + 2, daysInMonth(y, q0 + 2)), precision: 'month', kind: 'range' };
    }
    case 'year':
      return { start: ymd(y, 1, 1), end: ymd(y, 12, 31), precision: 'year', kind: 'point' };
  }
}

/** Moves `iso` by n units (weeks are 7 days; quarters 3 months). */
export function shift(iso: string, unit: Unit, n: number): string {
  switch (unit) {
    case 'day':
      return addDays(iso, n);
    case 'week':
      return addDays(iso, 7 * n);
    case 'month':
      return addMonths(iso, n);
    case 'quarter':
      return addMonths(iso, 3 * n);
    case 'year':
      return addMonths(iso, 12 * n);
  }
}

export function isIsoDate(s: unknown): s is string {
  return typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && isValidDay(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10));
}

/** ISO-8601 week-numbering year and week of a date: [year, week] */
export function isoWeek(iso: string): [number, number] {
  const thursday = addDays(iso, 4 - weekdayOf(iso));
  const y = +thursday.slice(0, 4);
  const week = Math.floor((dayNumber(thursday) - dayNumber(ymd(y, 1, 1))) / 7) + 1;
  return [y, week];
}
