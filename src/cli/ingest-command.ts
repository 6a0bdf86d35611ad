// `sitrep ingest PATH... [--db FILE]`: folders of text/HTML/JSON, JSON lines and RSS/Atom into the store;
// `-` reads JSON lines from standard input.
import { availableParallelism } from 'node:os';
import type { Article } from '../core/doc.js';
import { asSitrepError } from '../core/errors.js';
import { ingestArticles } from '../ingest/ingest.js';
import { Progress } from '../ingest/progress.js';
import { listSources, readSources } from '../ingest/sources.js';
import { DEFAULT_DB } from '../store/index.js';
import { openStoreOrReport } from './open-store.js';
import type { Io } from './extract-command.js';

export type IngestCommandOptions = { db?: string; workers?: number; lang?: string; published?: string; quiet?: boolean };

export async function runIngest(paths: string[], opts: IngestCommandOptions, io: Io): Promise<number> {
  if (opts.published && !/^\d{4}-\d{2}-\d{2}$/.test(opts.published)) {
    io.stderr(`E_BAD_DATE: --published must be YYYY-MM-DD, got "${opts.published}"\n`);
    return 2;
  }
  if (paths.length === 0) {
    io.stderr('E_BAD_OPTION: give at least one file or folder to ingest\n');
    return 2;
  }
  const dbPath = opts.db ?? DEFAULT_DB;
  const store = openStoreOrReport(dbPath, io);
  if (!store) return 2;
  const workers = opts.workers ?? Math.max(1, Math.min(availableParallelism(), 8));
  const { files, errors } = listSources(paths);
  for (const e of errors) if (!e.ok) io.stderr(`${e.error.code}: ${e.error.message}\n`);
  const totalBytes = files.reduce((n, f) => n + f.size, 0);
  const tty = process.stderr.isTTY === true && !opts.quiet;
  const progress = new Progress({ write: io.stderr, isTTY: tty }, totalBytes);
  // an error line replaces the bar on a terminal; the bar is redrawn below it
  const clearBar = tty ? '\r\x1b[K' : '';
  const defaults: Partial<Article> = { lang: opts.lang, published: opts.published };
  let summary;
  try {
    const stdin = io.streamStdin ?? (() => (async function* () { yield await io.readStdin(); })());
    summary = await ingestArticles(store, readSources(files, defaults, stdin), {
      workers,
      onProgress: (c) => {
        if (!opts.quiet) progress.update(c);
      },
      onError: (e, where) => io.stderr(`${clearBar}${e.code}: ${e.message.startsWith(where) ? '' : where + ': '}${e.message}\n`),
    });
  } finally {
    progress.finish({ seen: 0, stored: 0, duplicates: 0, failed: 0, events: 0, bytesDone: 0 });
  }
  let status = errors.length + summary.failed > 0 ? 1 : 0;
  if (summary.fatal) {
    io.stderr(`${summary.fatal.code}: ${summary.fatal.message}\n`);
    status = 2;
  }
  const rate = summary.seconds > 0 ? summary.stored / summary.seconds : 0;
  try {
    const st = await store.stats();
    io.stdout(
      `ingested ${summary.stored} articles (${summary.events} events), ${summary.duplicates} already stored, ${summary.failed + errors.length} failed, ` +
        `in ${summary.seconds.toFixed(1)} s = ${rate.toFixed(1)} articles/s with ${workers} workers\n` +
        `${dbPath}: ${st.articles} articles, ${st.events} events, ${st.incidents} incidents\n`,
    );
  } catch (err) {
    const e = asSitrepError(err);
    io.stderr(`${e.code}: ${e.message}\n`);
    status = 2;
  } finally {
    await store.close();
  }
  return status;
}
