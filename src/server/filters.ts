// Query strings to store filters, validated with zod: unknown names, malformed dates and boxes, huge pages and
// characters that belong to SQL or HTML rather than to a name are refused with a 400 before any query runs.
import { z } from 'zod';
import type { Filter } from '../store/store.js';
import { isKnownType } from '../taxonomy/index.js';
import { ApiError } from './errors.js';

export const MAX_PAGE = 500;
export const DEFAULT_PAGE = 50;
export const MAX_OFFSET = 1_000_000;

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a calendar date');

const bbox = z
  .string()
  .transform((s, ctx) => {
    const parts = s.split(',');
    const nums = parts.map((p) => (/^\s*-?\d+(\.\d+)?\s*$/.test(p) ? Number(p) : Number.NaN));
    if (parts.length !== 4 || nums.some((n) => !Number.isFinite(n))) {
      ctx.addIssue({ code: 'custom', message: 'expected minLon,minLat,maxLon,maxLat' });
      return z.NEVER;
    }
    const [minLon, minLat, maxLon, maxLat] = nums as [number, number, number, number];
    if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90 || minLon > maxLon || minLat > maxLat) {
      ctx.addIssue({ code: 'custom', message: 'longitudes within -180..180, latitudes within -90..90, min before max' });
      return z.NEVER;
    }
    return [minLon, minLat, maxLon, maxLat] as [number, number, number, number];
  });

// names of people and bodies: letters, digits, spaces and the punctuation names use; no quotes, semicolons,
// comparison signs or angle brackets, which only SQL or HTML would need
const NAME_CHARS = /^[\p{L}\p{M}\p{N} .,'’\-()&/]+$/u;
const nameFilter = z.string().trim().min(1).max(100).regex(NAME_CHARS, 'letters, digits, spaces and . , \' - ( ) & / only');
// the full-text query also allows FTS5's phrase quotes, prefix star and column colon
const TEXT_CHARS = /^[\p{L}\p{M}\p{N} .,'’\-()"*]+$/u;
/**
 * The API's text query, made safe for FTS5: every word or "quoted phrase" is quoted (so "anti-terroristes" or
 * "l'armée" are not read as operators), a trailing * keeps a prefix search, OR and NOT stay operators.
 */
export function ftsQuery(text: string): string {
  const out: string[] = [];
  for (const m of text.matchAll(/"([^"]*)"|(\S+)/g)) {
    if (m[1] !== undefined) {
      const phrase = m[1].trim();
      if (phrase) out.push(`"${phrase}"`);
      continue;
    }
    const word = m[2]!;
    if (word === 'OR' || word === 'NOT' || word === 'AND') {
      if (out.length) out.push(word);
      continue;
    }
    const prefix = word.endsWith('*');
    const bare = word.replace(/\*+$/, '').replaceAll('*', '');
    if (bare) out.push(`"${bare}"${prefix ? '*' : ''}`);
  }
  // an operator cannot end the query
  while (out.length && /^(OR|NOT|AND)$/.test(out[out.length - 1]!)) out.pop();
  return out.join(' ') || '""';
}

const intIn = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, 'expected a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const filterShape = {
  from: isoDay.optional(),
  to: isoDay.optional(),
  bbox: bbox.optional(),
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'expected an ISO 3166-1 alpha-3 code')
    .transform((s) => s.toUpperCase())
    .optional(),
  type: z
    .string()
    .regex(/^[A-Za-z]{2,20}$/, 'expected an event type')
    .transform((s) => s.toUpperCase())
    .refine(isKnownType, 'not a known event type')
    .optional(),
  actor: nameFilter.optional(),
  claimant: nameFilter.optional(),
  text: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(TEXT_CHARS, 'words, quotes and * only')
    .refine((s) => (s.match(/"/g)?.length ?? 0) % 2 === 0, 'a quote is not closed')
    .transform(ftsQuery)
    .optional(),
};

const pageShape = {
  limit: intIn(1, MAX_PAGE).optional(),
  offset: intIn(0, MAX_OFFSET).optional(),
};

export const listQuery = z.object({ ...filterShape, ...pageShape }).strict();
export const aggregateQuery = z.object({ ...filterShape }).strict();
export const mapQuery = z.object({ ...filterShape, zoom: intIn(0, 16).optional() }).strict();

export type ListQuery = z.output<typeof listQuery>;

/** the query names each endpoint accepts, for the OpenAPI description and error messages */
export const FILTER_NAMES = Object.keys(filterShape);

/** parses a query string with one schema; repeated names are refused (a filter has one value) */
export function parseQuery<S extends z.ZodType>(schema: S, url: string): z.output<S> {
  const params = new URL(url).searchParams;
  const obj: Record<string, string> = {};
  for (const [k, v] of params) {
    if (k in obj) throw new ApiError('E_BAD_FILTER', `${k}: given more than once`);
    obj[k] = v;
  }
  const r = schema.safeParse(obj);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const keys = (issue as { keys: string[] }).keys.map((k) => k.slice(0, 40));
    throw new ApiError('E_UNKNOWN_FILTER', `unknown filter ${keys.join(', ')}; known: ${[...Object.keys((schema as unknown as z.ZodObject).shape)].join(', ')}`);
  }
  const where = issue.path.join('.') || 'query';
  throw new ApiError('E_BAD_FILTER', `${where}: ${issue.message}`);
}

export function toFilter(q: Partial<Filter> & { limit?: number; offset?: number }): Filter {
  if (q.from && q.to && q.from > q.to) throw new ApiError('E_BAD_FILTER', `from ${q.from} is after to ${q.to}`);
  const f: Filter = {};
  for (const k of ['from', 'to', 'bbox', 'country', 'type', 'actor', 'claimant', 'text', 'limit', 'offset'] as const) {
    if (q[k] !== undefined) (f as Record<string, unknown>)[k] = q[k];
  }
  return f;
}
