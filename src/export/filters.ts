// Command-line filter options to a store Filter, with coded errors for bad values.
import { DEFAULT_DB } from '../store/index.js';
import { existsSync } from 'node:fs';
import { SitrepError } from '../core/errors.js';
import type { Filter } from '../store/store.js';
import { openSqliteStore, type SqliteStore } from '../store/sqlite-store.js';

export type FilterOptions = {
  from?: string;
  to?: string;
  bbox?: string;
  country?: string;
  type?: string;
  actor?: string;
  claimant?: string;
  text?: string;
  limit?: number;
  offset?: number;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseFilter(o: FilterOptions): Filter {
  const f: Filter = {};
  for (const k of ['from', 'to'] as const) {
    const v = o[k];
    if (v === undefined) continue;
    if (!ISO_DATE.test(v) || Number.isNaN(Date.parse(v))) throw new SitrepError('E_BAD_DATE', `--${k} must be YYYY-MM-DD, got "${v}"`);
    f[k] = v;
  }
  if (o.bbox !== undefined) {
    const parts = o.bbox.split(',').map((x) => Number(x.trim()));
    const [minLon, minLat, maxLon, maxLat] = parts;
    if (parts.length !== 4 || parts.some((x) => !Number.isFinite(x)) || minLon! > maxLon! || minLat! > maxLat! || Math.abs(minLat!) > 90 || Math.abs(maxLat!) > 90) {
      throw new SitrepError('E_BAD_OPTION', `--bbox must be minLon,minLat,maxLon,maxLat (e.g. -5,10,5,20), got "${o.bbox}"`);
    }
    f.bbox = [minLon!, minLat!, maxLon!, maxLat!];
  }
  if (o.country !== undefined) {
    if (!/^[A-Za-z]{3}$/.test(o.country)) throw new SitrepError('E_BAD_OPTION', `--country must be an ISO 3166-1 alpha-3 code (MLI, USA), got "${o.country}"`);
    f.country = o.country.toUpperCase();
  }
  if (o.type !== undefined) f.type = o.type.toUpperCase();
  if (o.actor !== undefined) f.actor = o.actor;
  if (o.claimant !== undefined) f.claimant = o.claimant;
  if (o.text !== undefined) f.text = o.text;
  for (const k of ['limit', 'offset'] as const) {
    const v = o[k];
    if (v === undefined) continue;
    if (!Number.isInteger(v) || v < 0) throw new SitrepError('E_BAD_OPTION', `--${k} must be a whole number`);
    f[k] = v;
  }
  return f;
}

/** opens an existing store for queries; a missing file is an error rather than a new empty store */
export function openExistingStore(path: string): SqliteStore {
  if (!existsSync(path)) throw new SitrepError('E_FILE_NOT_FOUND', `${path}: no such database; create it with sitrep ingest --db ${path}`);
  return openSqliteStore(path);
}

/** the filter options shared by `sitrep events`, `sitrep incidents` and `sitrep export` */
export function withFilterOptions(cmd: import('commander').Command): import('commander').Command {
  const int = (v: string): number => Number(v);
  return cmd
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--from <YYYY-MM-DD>', 'events on or after this day')
    .option('--to <YYYY-MM-DD>', 'events on or before this day')
    .option('--bbox <minLon,minLat,maxLon,maxLat>', 'events inside this box')
    .option('--country <ISO3>', 'events in this country')
    .option('--type <TYPE>', 'PLOVER or incident type (ASSAULT, PROTEST, ...)')
    .option('--actor <text>', 'an actor or recipient containing this text')
    .option('--claimant <text>', "a claimant containing this text, or 'outlet'")
    .option('--text <query>', 'full-text query over the articles (FTS5 syntax)')
    .option('--limit <n>', 'at most n rows', int)
    .option('--offset <n>', 'skip the first n rows', int);
}
