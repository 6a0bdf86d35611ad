// `sitrep serve [--db FILE] [--port N]`: the HTTP API and the web page from one process, on loopback by default.
// `--demo` serves an in-memory store filled with the built-in example reports (what `npm start` ends with).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../core/paths.js';
import { createExtractor, type Extractor } from '../pipeline/extract.js';
import { DEFAULT_DB } from '../store/index.js';
import { openStoreOrReport } from './open-store.js';
import { createApp, DEFAULT_BODY_LIMIT } from '../server/app.js';
import { demoArticles } from '../server/demo-data.js';
import { startServer, webRoot } from '../server/listen.js';
import { loadArticles } from '../server/load.js';
import { SqliteViews } from '../server/views.js';
import type { Io } from './extract-command.js';

export type ServeOptions = { db?: string; port?: number; host?: string; token?: string; demo?: boolean; bodyLimit?: number };

export const TOKEN_ENV = 'SITREP_TOKEN';
export const DEFAULT_PORT = 8080;

function version(): string {
  try {
    return (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0';
  }
}

/** serves until SIGINT/SIGTERM (Ctrl-C), then closes the listener and the store */
export async function runServe(opts: ServeOptions, io: Io, stop?: Promise<void>): Promise<number> {
  const port = opts.port ?? DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.stderr(`E_BAD_OPTION: --port must be 0..65535, got ${opts.port}\n`);
    return 2;
  }
  const token = opts.token ?? process.env[TOKEN_ENV];
  if (token !== undefined && token.length < 8) {
    io.stderr(`E_BAD_OPTION: the token must have at least 8 characters\n`);
    return 2;
  }
  const dbPath = opts.demo ? ':memory:' : (opts.db ?? DEFAULT_DB);
  const store = openStoreOrReport(dbPath, io);
  if (!store) return 2;
  let extractor: Extractor | undefined;
  const getExtractor = () => (extractor ??= createExtractor());
  if (opts.demo) {
    const { articles, sources } = demoArticles();
    const r = await loadArticles(store, getExtractor(), articles, (e, id) => io.stderr(`${e.code}: ${id}: ${e.message}\n`));
    io.stdout(`loaded ${r.stored} example articles (${r.events} events) from ${sources.join(', ')}\n`);
  }
  const host = opts.host ?? '127.0.0.1';
  const loopback = ['127.0.0.1', 'localhost', '::1'].includes(host);
  const app = createApp({
    store,
    views: new SqliteViews(store),
    token,
    extractor: getExtractor,
    webRoot: webRoot(),
    bodyLimitBytes: opts.bodyLimit ?? DEFAULT_BODY_LIMIT,
    version: version(),
    allowedHosts: loopback ? ['127.0.0.1', 'localhost', '[::1]'] : undefined,
  });
  let server;
  try {
    try {
      server = await startServer(app, { port, host: opts.host });
    } catch (err) {
      // without an explicit --port, a taken default is no reason to stop: take any free port
      if (opts.port !== undefined || (err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
      server = await startServer(app, { port: 0, host: opts.host });
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    io.stderr(`E_BAD_OPTION: cannot listen on ${opts.host ?? '127.0.0.1'}:${port} (${e.code ?? e.message})${e.code === 'EADDRINUSE' ? '; give another --port' : ''}\n`);
    await store.close();
    extractor?.close();
    return 2;
  }
  const st = await store.stats();
  io.stdout(
    `sitrep serve: ${st.incidents} incidents, ${st.events} events from ${st.articles} articles in ${opts.demo ? 'the built-in example (in memory)' : dbPath}\n` +
      `writes (POST /api/articles): ${token ? 'enabled with the token' : `disabled; start with --token or ${TOKEN_ENV} to enable`}\n` +
      (loopback ? '' : `warning: listening on ${host}: anyone who can reach it can read the store\n`) +
      `API description: ${server.url}openapi.json\n` +
      `Open the page: ${server.url}   (Ctrl-C to stop)\n`,
  );
  await new Promise<void>((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
    void stop?.then(done);
  });
  await server.close();
  await store.close();
  extractor?.close();
  io.stderr('sitrep serve: stopped\n');
  return 0;
}
