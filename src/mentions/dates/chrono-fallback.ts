// chrono-node as a fallback for numeric dates (20/09/2023, 2023-09-20, 09.20.2023), which chrono reads
// with each locale's day/month order. It runs only on the sentences that hold such a shape (chrono over a
// whole article costs more than all our phrases together, and its other readings of our texts were
// mostly wrong: fractions "1/2", the verb "march", "for one minute"), and only complete dates are kept.
import * as chrono from 'chrono-node';
import type { CompiledDates } from './compile.js';
import { resolveParts } from './resolve.js';
import type { Resolved } from './calendar.js';

type ChronoParser = { parse(text: string, ref?: Date): chrono.ParsedResult[] };

function parserFor(locale: string): ChronoParser | undefined {
  const p = (chrono as unknown as Record<string, ChronoParser | undefined>)[locale];
  return p && typeof p.parse === 'function' ? p : undefined;
}

export type FallbackHit = { start: number; end: number; value: Resolved };

export function chronoDates(
  text: string,
  published: string,
  c: CompiledDates,
  isFuture: (offset: number) => boolean,
): FallbackHit[] {
  const parser = parserFor(c.res.chronoLocale);
  if (!parser) return [];
  const ref = new Date(`${published}T12:00:00Z`);
  const out: FallbackHit[] = [];
  // chrono reads each numeric date shape alone: its cost grows with the text it is given
  NUMERIC_DATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMERIC_DATE.exec(text))) {
    for (const r of parser.parse(m[0], ref)) {
      const hit = accept(r, m.index, published, c, isFuture);
      if (hit) out.push(hit);
    }
  }
  return out;
}

/** a numeric date shape: 20/09/2023, 2023-09-20, 20.09.23 */
const NUMERIC_DATE = /(?<![\d/.-])(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2})(?![\d/.-]\d)/g;

function accept(
  r: chrono.ParsedResult,
  offset: number,
  published: string,
  c: CompiledDates,
  isFuture: (offset: number) => boolean,
): FallbackHit | undefined {
  // relative phrases and durations ("after 44 days") are ours to judge, not chrono's
  if (c.relativeWord.test(r.text)) return undefined;
  const s = r.start;
  const parts = {
    year: s.isCertain('year') ? s.get('year') ?? undefined : undefined,
    month: s.isCertain('month') ? s.get('month') ?? undefined : undefined,
    day: s.isCertain('day') ? s.get('day') ?? undefined : undefined,
    weekday: s.isCertain('weekday') ? s.get('weekday') ?? undefined : undefined,
  };
  // complete dates only
  if (parts.year === undefined || parts.month === undefined || parts.day === undefined) return undefined;
  if (parts.weekday === 0) parts.weekday = 7;
  // trim punctuation chrono may keep around the date
  let start = offset + r.index;
  let end = start + r.text.length;
  const lead = /^[\s,.;:()«»"“”'’-]+/u.exec(r.text);
  if (lead) start += lead[0].length;
  const trail = /[\s,.;:()«»"“”'’-]+$/u.exec(r.text);
  if (trail && trail.index > 0) end -= trail[0].length;
  if (end <= start) return undefined;
  const value = resolveParts(parts, published, isFuture(start));
  return value ? { start, end, value } : undefined;
}
