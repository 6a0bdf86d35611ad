// `sitrep export --format csv|geojson|plover-jsonl`: the store (or a filtered part) as a file or stdout.
import { DEFAULT_DB } from '../store/index.js';
import { closeSync, openSync, writeSync } from 'node:fs';
import { SitrepError, asSitrepError } from '../core/errors.js';
import { openExistingStore, parseFilter, type FilterOptions } from '../export/filters.js';
import { csvHeader, csvLine, eventRow, geojsonFeature, incidentRow, ploverRecord, type ExportFormat, type ExportLevel } from '../export/formats.js';
import type { Io } from './extract-command.js';

export type ExportOptions = FilterOptions & { db?: string; format?: ExportFormat; level?: ExportLevel; out?: string };

export async function runExport(opts: ExportOptions, io: Io): Promise<number> {
  const format = opts.format ?? 'csv';
  // PLOVER records are single event mentions; ACLED rows are merged incidents
  const level: ExportLevel = opts.level ?? (format === 'plover-jsonl' ? 'events' : 'incidents');
  let store;
  let fd: number | undefined;
  let pending = '';
  const flush = (out: string) => {
    try {
      writeSync(fd!, pending);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      throw new SitrepError(e.code === 'ENOSPC' ? 'E_DB_FULL' : 'E_BAD_OPTION', `${out}: cannot write (${e.message})`);
    }
    pending = '';
  };
  try {
    if (format === 'plover-jsonl' && level !== 'events') throw new SitrepError('E_BAD_OPTION', 'plover-jsonl exports event records: use --level events');
    const filter = parseFilter(opts);
    store = openExistingStore(opts.db ?? DEFAULT_DB);
    let write = io.stdout;
    if (opts.out) {
      const out = opts.out;
      fd = openSync(out, 'w');
      // written in 1 MB pieces, synchronously: memory stays flat on a store of millions of rows
      write = (s: string) => {
        pending += s;
        if (pending.length > 1 << 20) flush(out);
      };
    }
    let rows = 0;
    if (format === 'csv') write(csvHeader());
    if (format === 'geojson') write('{"type":"FeatureCollection","features":[\n');
    let first = true;
    const emit = (row: Parameters<typeof csvLine>[0]) => {
      if (format === 'csv') write(csvLine(row));
      else {
        const f = geojsonFeature(row);
        if (!f) return;
        write((first ? '' : ',\n') + f);
        first = false;
      }
      rows++;
    };
    if (level === 'incidents') for (const i of store.eachIncident(filter)) emit(incidentRow(i));
    else if (format === 'plover-jsonl') {
      for (const e of store.eachEvent(filter)) {
        write(ploverRecord(e) + '\n');
        rows++;
      }
    } else for (const e of store.eachEvent(filter)) emit(eventRow(e));
    if (format === 'geojson') write('\n]}\n');
    if (fd !== undefined) {
      flush(opts.out!);
      closeSync(fd);
      fd = undefined;
      io.stderr(`export: ${rows} ${level} to ${opts.out}\n`);
    }
    return 0;
  } catch (err) {
    const e = asSitrepError(err);
    io.stderr(`${e.code}: ${e.message}\n`);
    if (fd !== undefined) closeSync(fd);
    return 2;
  } finally {
    await store?.close();
  }
}
