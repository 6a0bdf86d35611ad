// `sitrep bench serve`: a store of N synthetic incidents (100,000 by default), the API on loopback, a load of
// filtered queries with a few concurrent clients, then p50/p95 per route; and, when Debian's Chromium is
// present, the time until the page is interactive. Figures are printed, never asserted: the machine is shared.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { packageRoot } from '../core/paths.js';
import { openSqliteStore, textHash, type SqliteStore } from '../store/index.js';
import { createApp } from './app.js';
import { startServer, webRoot } from './listen.js';
import { SqliteViews } from './views.js';

export type ServeBenchOptions = { incidents?: number; requests?: number; concurrency?: number; json?: boolean; browser?: boolean };

const TYPES = ['ASSAULT', 'ASSAULT', 'ASSAULT', 'PROTEST', 'COERCE', 'ACCIDENT', 'DISASTER', 'FIRE', 'CRIME', 'MOBILIZE', 'THREATEN', 'CONSULT'];
const FAMILY: Record<string, string> = { ASSAULT: 'violence', PROTEST: 'protest', COERCE: 'coerce', ACCIDENT: 'accident', DISASTER: 'disaster', FIRE: 'fire', CRIME: 'crime', MOBILIZE: 'mobilize', THREATEN: 'threaten', CONSULT: 'cooperation' };
const COUNTRIES: [string, number, number, number][] = [
  ['AZE', 40.3, 47.7, 1.5], ['ARM', 40.2, 44.9, 0.8], ['MLI', 16.5, -2, 5], ['NGA', 9, 8, 5], ['UKR', 49, 32, 5], ['SDN', 14, 30, 5],
  ['SOM', 4, 45, 4], ['FRA', 46.5, 2.5, 4], ['USA', 39, -98, 12], ['BRA', -12, -52, 10], ['IND', 22, 79, 9], ['PSE', 31.5, 34.45, 0.3],
];
const ACTORS = ['des hommes armés', 'the army', 'police', "l'armée malienne", 'protesters', 'gunmen', 'unknown assailants', 'les forces de sécurité'];
const CLAIMANTS = ['outlet', 'le ministère de la défense', 'a police spokesman', 'local officials', 'la présidence', 'witnesses'];
const WORDS = ['attaque', 'village', 'convoi', 'marché', 'manifestation', 'explosion', 'incendie', 'frontière', 'checkpoint', 'drone', 'patrol', 'market'];

/** a small deterministic generator, so that two runs load the same store */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** writes n incidents, each with one article and one event, straight into the tables (no extraction, no merging) */
export function fillSynthetic(store: SqliteStore, n: number): void {
  const db = store.database;
  const rand = rng(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const day0 = Date.parse('2022-01-01');
  const insArticle = db.prepare('INSERT INTO articles (id, hash, title, published, lang, text, event_count, ingested_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)');
  const insIncident = db.prepare(
    `INSERT INTO incidents (id, family, type, date_best, date_start, date_end, location_name, country, lat, lon, geo_precision, killed_best, killed_low, killed_high, first_report, last_report, source_count, event_count, summary)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'settlement', ?, ?, ?, ?, ?, 1, 1, ?)`,
  );
  const insEvent = db.prepare(
    `INSERT INTO events (id, article_id, type, family, status, date_start, date_end, date_precision, date_stated, location_name, country, lat, lon, geo_precision, killed, actor, recipient, claimant, is_main, incident_id, record)
     VALUES (?, ?, ?, ?, 'asserted', ?, ?, 'day', 1, ?, ?, ?, ?, 'settlement', ?, ?, NULL, ?, 1, ?, ?)`,
  );
  const insGeo = db.prepare('INSERT INTO events_geo (id, min_lat, max_lat, min_lon, max_lon) VALUES (?, ?, ?, ?, ?)');
  const now = new Date().toISOString();
  store.transaction(() => {
    for (let i = 1; i <= n; i++) {
      const type = pick(TYPES);
      const [country, clat, clon, spread] = pick(COUNTRIES);
      const lat = Math.round((clat + (rand() - 0.5) * 2 * spread) * 1e4) / 1e4;
      const lon = Math.round((clon + (rand() - 0.5) * 2 * spread) * 1e4) / 1e4;
      const date = new Date(day0 + Math.floor(rand() * 1000) * 86_400_000).toISOString().slice(0, 10);
      const killed = type === 'ASSAULT' || type === 'ACCIDENT' ? Math.floor(rand() * 12) : null;
      const actor = pick(ACTORS);
      const claimant = pick(CLAIMANTS);
      const place = `Place ${i % 997}`;
      const articleId = `synthetic-${i}`;
      const text = `${actor} ${pick(WORDS)} ${pick(WORDS)} ${place} ${date}, ${claimant === 'outlet' ? 'selon nos informations' : `a indiqué ${claimant}`}. Report ${i}.`;
      insArticle.run(articleId, textHash(text), `Report ${i}`, date, 'fr', text, now);
      const location = { text: place, name: place, lat, lon, country, precision: 'settlement', inferred: false };
      const count = killed === null ? undefined : { best: killed, low: killed, high: killed, text: String(killed) };
      const summary = {
        family: FAMILY[type],
        type,
        date,
        dateStart: date,
        dateEnd: date,
        location,
        killed: count,
        firstReport: date,
        lastReport: date,
        sources: [articleId],
        claimants: [{ articleId, published: date, claimant, killed: killed ?? undefined, date, location: place }],
        eventCount: 1,
      };
      insIncident.run(i, FAMILY[type], type, date, date, date, place, country, lat, lon, killed, killed, killed, date, date, JSON.stringify(summary));
      const span = { start: 0, end: actor.length, text: actor };
      const record = {
        id: `${articleId}:0-${actor.length}`,
        articleId,
        type,
        status: 'asserted',
        actor: [{ text: actor, span }],
        recipient: [],
        claimant: claimant === 'outlet' ? 'outlet' : { text: claimant, span },
        location,
        date: { start: date, end: date, precision: 'day', stated: true },
        size: count ? { killed: count } : undefined,
        framing: [],
        evidence: [span],
        confidence: 0.5,
        provenance: ['bench.synthetic'],
      };
      const info = insEvent.run(record.id, articleId, type, FAMILY[type], date, date, place, country, lat, lon, killed, actor, claimant, i, JSON.stringify(record));
      insGeo.run(Number(info.lastInsertRowid), lat, lat, lon, lon);
    }
  });
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

export async function runServeBench(opts: ServeBenchOptions, out: (s: string) => void): Promise<number> {
  const n = opts.incidents ?? 100_000;
  const perRoute = opts.requests ?? 200;
  const concurrency = opts.concurrency ?? 4;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-serve-'));
  const store = openSqliteStore(join(dir, 'bench.db'));
  try {
    const t = performance.now();
    fillSynthetic(store, n);
    out(`store: ${n} synthetic incidents (one article and one event each) written in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
    const app = createApp({ store, views: new SqliteViews(store), extractor: () => { throw new Error('no extraction in the benchmark'); }, webRoot: webRoot() });
    const server = await startServer(app, { port: 0 });
    const base = server.url.replace(/\/$/, '');
    const routes: [string, string][] = [
      ['incidents, first page', '/api/incidents?limit=50'],
      ['incidents by type + dates', '/api/incidents?type=ASSAULT&from=2023-01-01&to=2023-03-31&limit=50'],
      ['incidents by country', '/api/incidents?country=AZE&limit=50'],
      ['incidents in a box', '/api/incidents?bbox=44,38,48,42&limit=50'],
      ['incidents by actor', '/api/incidents?actor=gunmen&limit=50'],
      ['incidents by claimant', '/api/incidents?claimant=outlet&limit=50'],
      ['incidents by text', '/api/incidents?text=drone&limit=50'],
      ['incidents, page 100', '/api/incidents?limit=50&offset=5000'],
      ['map, world', '/api/map?zoom=2'],
      ['map, one country', '/api/map?zoom=6&bbox=44,38,48,42'],
      ['map, by type', '/api/map?zoom=2&type=PROTEST'],
      ['timeline', '/api/timeline'],
      ['timeline, by country', '/api/timeline?country=MLI'],
      ['one incident', '/api/incidents/4242'],
      ['events by type', '/api/events?type=FIRE&limit=50'],
    ];
    const measure = async (path: string, clients: number, count: number): Promise<number[]> => {
      const times: number[] = [];
      let next = 0;
      const worker = async () => {
        while (next < count) {
          next++;
          const t0 = performance.now();
          const res = await fetch(base + path);
          await res.arrayBuffer();
          if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
          times.push(performance.now() - t0);
        }
      };
      await Promise.all(Array.from({ length: clients }, worker));
      return times.sort((a, b) => a - b);
    };
    const one: number[] = [];
    const many: number[] = [];
    const rows: { route: string; p50: number; p95: number; p95Concurrent: number }[] = [];
    for (const [name, path] of routes) {
      await fetch(base + path).then((r) => r.arrayBuffer()); // warm the index and the statement cache
      const a = await measure(path, 1, Math.ceil(perRoute / 2));
      const b = await measure(path, concurrency, perRoute);
      one.push(...a);
      many.push(...b);
      rows.push({ route: name, p50: pct(a, 50), p95: pct(a, 95), p95Concurrent: pct(b, 95) });
    }
    one.sort((a, b) => a - b);
    many.sort((a, b) => a - b);
    out(`API on loopback: ${Math.ceil(perRoute / 2)} requests per route from one client, then ${perRoute} from ${concurrency} concurrent clients\n`);
    out(`${'route'.padEnd(28)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${`p95 x${concurrency}`.padStart(9)}\n`);
    const line = (name: string, p50: number, p95: number, p95c: number) => out(`${name.padEnd(28)} ${p50.toFixed(1).padStart(8)} ${p95.toFixed(1).padStart(8)} ${p95c.toFixed(1).padStart(9)}\n`);
    for (const r of rows) line(r.route, r.p50, r.p95, r.p95Concurrent);
    line('all routes', pct(one, 50), pct(one, 95), pct(many, 95));
    let pageMs: number | undefined;
    if (opts.browser !== false && existsSync('/usr/bin/chromium') && existsSync(join(webRoot(), 'index.html'))) {
      pageMs = await pageInteractive(server.url);
      out(`page interactive (map, timeline and table drawn) in Chromium: ${pageMs.toFixed(0)} ms (median of 3 loads)\n`);
    } else out('page timing skipped: needs /usr/bin/chromium and the built page\n');
    await server.close();
    if (opts.json) {
      out(JSON.stringify({ incidents: n, requestsPerRoute: perRoute, concurrency, p50: pct(one, 50), p95: pct(one, 95), p95Concurrent: pct(many, 95), routes: rows, pageInteractiveMs: pageMs }) + '\n');
    }
    return 0;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function pageInteractive(url: string): Promise<number> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'sitrep-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1440, height: 900 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await page.goto(url);
      await page.waitForFunction(() => document.body.dataset.ready === 'true' && ['#map', '#timeline', '#panel'].every((s) => (document.querySelector(s) as HTMLElement).dataset.state === 'ready'), undefined, { timeout: 60_000 });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const shots = join(packageRoot, 'test-output', 'web');
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, 'bench-serve.png') });
    return times[1]!;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
