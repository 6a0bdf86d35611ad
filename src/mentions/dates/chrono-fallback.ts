// chrono-node as a fallback detector for absolute dates our phrases do not cover (numeric dates such as
// 20/09/2023 or 2023-09-20, "the 9th"...). chrono only finds the expression and reads its calendar
// parts; the value is resolved by our own past-biased rules, and relative or duration readings are dropped.
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
  for (const r of parser.parse(text, ref)) {
    // relative phrases and durations ("after 44 days", "dans trois jours") are ours to judge, not chrono's
    if (c.relativeWord.test(r.text)) continue;
    const s = r.start;
    const parts = {
      year: s.isCertain('year') ? s.get('year') ?? undefined : undefined,
      month: s.isCertain('month') ? s.get('month') ?? undefined : undefined,
      day: s.isCertain('day') ? s.get('day') ?? undefined : undefined,
      weekday: s.isCertain('weekday') ? s.get('weekday') ?? undefined : undefined,
    };
    // a clock time alone is not a date
    if (parts.year === undefined && parts.month === undefined && parts.day === undefined && parts.weekday === undefined) continue;
    if (parts.weekday === 0) parts.weekday = 7;
    // "2 mai" parsed as a day with no month is not a date we can place
    if (parts.day !== undefined && parts.month === undefined && parts.weekday === undefined) continue;
    // trim what chrono keeps around the date ("On Tuesday," -> "Tuesday")
    let start = r.index;
    let end = r.index + r.text.length;
    const lead = /^[\s,.;:()«»"“”'’-]+/u.exec(r.text);
    if (lead) start += lead[0].length;
    const trail = /[\s,.;:()«»"“”'’-]+$/u.exec(r.text);
    if (trail && trail.index > 0) end -= trail[0].length;
    if (end <= start) continue;
    const value = resolveParts(parts, published, isFuture(start));
    if (value) out.push({ start, end, value });
  }
  return out;
}
