// `sitrep events` and `sitrep incidents`: stored records and merged incidents, filtered.
import { DEFAULT_DB } from '../store/index.js';
import { asSitrepError } from '../core/errors.js';
import { openExistingStore, parseFilter, type FilterOptions } from '../export/filters.js';
import type { StoredEvent, StoredIncident } from '../store/store.js';
import type { Io } from './extract-command.js';

export type QueryOptions = FilterOptions & { db?: string; format?: 'jsonl' | 'table' };

const DEFAULT_LIMIT = 100;

function eventLine(e: StoredEvent): string {
  const r = e.record;
  const loc = r.location ? `${r.location.name} (${r.location.country} ${r.location.lat.toFixed(2)},${r.location.lon.toFixed(2)})` : '-';
  const k = r.size?.killed ? ` killed ${r.size.killed.best}` : '';
  const i = r.size?.injured ? ` injured ${r.size.injured.best}` : '';
  const claimant = r.claimant === 'outlet' ? 'outlet' : r.claimant.text;
  return `${r.date?.start ?? '-'}  ${r.type.padEnd(8)} ${r.status.padEnd(9)} ${loc}${k}${i}  [${claimant}] ${r.articleId}${e.incidentId ? ` #${e.incidentId}` : ''}\n`;
}

function incidentLine(i: StoredIncident): string {
  const s = i.summary;
  const loc = s.location ? `${s.location.name}, ${s.location.admin1 ?? ''} ${s.location.country}` : '-';
  const c = (x?: { best: number; low: number; high: number }) => (x ? (x.low === x.high ? `${x.best}` : `${x.best} (${x.low}-${x.high})`) : '0');
  return `#${i.id}  ${s.date ?? s.dateStart ?? '-'}  ${s.type.padEnd(8)} ${loc}  killed ${c(s.killed)} injured ${c(s.injured)}  ${s.sources.length} source(s), reported ${s.firstReport ?? '?'}..${s.lastReport ?? '?'}\n`;
}

async function query(kind: 'events' | 'incidents', opts: QueryOptions, io: Io): Promise<number> {
  let store;
  try {
    const filter = parseFilter({ ...opts, limit: opts.limit ?? DEFAULT_LIMIT });
    store = openExistingStore(opts.db ?? DEFAULT_DB);
    const table = opts.format === 'table';
    if (kind === 'events') {
      for (const e of await store.events(filter)) io.stdout(table ? eventLine(e) : JSON.stringify({ ...e.record, incidentId: e.incidentId }) + '\n');
    } else {
      for (const i of await store.incidents(filter)) io.stdout(table ? incidentLine(i) : JSON.stringify({ id: i.id, ...i.summary }) + '\n');
    }
    return 0;
  } catch (err) {
    const e = asSitrepError(err);
    io.stderr(`${e.code}: ${e.message}\n`);
    return 2;
  } finally {
    await store?.close();
  }
}

export const runEvents = (opts: QueryOptions, io: Io) => query('events', opts, io);
export const runIncidents = (opts: QueryOptions, io: Io) => query('incidents', opts, io);
