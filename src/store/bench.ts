// `sitrep bench store`: (1) ingest rate end to end (read, extract across worker threads, store, merge) on GVA
// articles or generated ones; (2) query latency over a generated store of 1 million events (--events N).
// The store is generated here, in bulk, not by extraction: it measures the queries, not the pipeline.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../cli/extract-command.js';
import { sharedPath } from '../core/paths.js';
import type { EventRecord } from '../core/record.js';
import type { ArticleResult } from '../input/articles.js';
import { ingestArticles } from '../ingest/ingest.js';
import { summarize } from '../incidents/summary.js';
import { openSqliteStore, textHash, type SqliteStore } from './sqlite-store.js';
import type { Filter } from './store.js';

export type StoreBenchOptions = { gva?: string; limit?: number; events?: number; workers?: number; json?: boolean; keep?: string };

const CITIES: [string, number, number, string, string][] = [
  ['Gao', 16.27, -0.04, 'MLI', 'Gao'],
  ['Bamako', 12.65, -8.0, 'MLI', 'Bamako'],
  ['Mopti', 14.49, -4.18, 'MLI', 'Mopti'],
  ['Niamey', 13.51, 2.11, 'NER', 'Niamey'],
  ['Ouagadougou', 12.37, -1.52, 'BFA', 'Centre'],
  ['Chicago', 41.85, -87.65, 'USA', 'Illinois'],
  ['Houston', 29.76, -95.36, 'USA', 'Texas'],
  ['Kyiv', 50.45, 30.52, 'UKR', 'Kyiv City'],
  ['Kharkiv', 49.99, 36.23, 'UKR', 'Kharkiv'],
  ['Goma', -1.68, 29.22, 'COD', 'North Kivu'],
  ['Khartoum', 15.55, 32.53, 'SDN', 'Khartoum'],
  ['Paris', 48.85, 2.35, 'FRA', 'Île-de-France'],
];
const TYPES = ['ASSAULT', 'ASSAULT', 'ASSAULT', 'PROTEST', 'COERCE', 'ACCIDENT', 'ACCUSE', 'CONSULT', 'FIRE', 'CRIME'];
const ACTORS = ['des hommes armés', 'the army', 'police', 'protesters', 'le gouvernement', 'rebels', 'unknown gunmen', 'jihadistes'];
const CLAIMANTS = ['outlet', 'outlet', 'le ministère de la sécurité', 'a police spokesman', "l'armée", 'local officials'];
const ROOTS = ['attaque', 'village', 'police', 'marché', 'shooting', 'protest', 'convoi', 'explosion', 'frontière', 'hospital', 'écoles', 'road', 'army', 'camp', 'bridge', 'river'];
/** 4,096 word forms with a Zipf-like use: full-text queries are as selective as on real text */
const WORDS = Array.from({ length: 4096 }, (_, i) => `${ROOTS[i % ROOTS.length]}${i < ROOTS.length ? '' : i}`);

/** a deterministic pseudo-random sequence */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}

const DAY = 86_400_000;
const BASE = Date.parse('2015-01-01');

/** fills the store with `total` events in articles of 10 records and incidents of about 3 records, in bulk */
export function generateStore(store: SqliteStore, total: number, onProgress?: (n: number) => void): void {
  const db = store.database;
  const r = rng(42);
  const insArticle = db.prepare('INSERT INTO articles (id, hash, title, published, lang, url, outlet, text, event_count, ingested_at) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)');
  const insEvent = db.prepare(
    `INSERT INTO events (id, article_id, type, family, status, date_start, date_end, date_precision, date_stated, location_name, admin1, admin2, country, lat, lon, geo_precision,
       killed, injured, arrested, actor, recipient, claimant, is_main, incident_id, record) VALUES (?, ?, ?, ?, 'asserted', ?, ?, 'day', 1, ?, ?, NULL, ?, ?, ?, 'settlement', ?, ?, NULL, ?, ?, ?, ?, ?, ?)`,
  );
  const insGeo = db.prepare('INSERT INTO events_geo (id, min_lat, max_lat, min_lon, max_lon) VALUES (?, ?, ?, ?, ?)');
  const insIncident = db.prepare(
    `INSERT INTO incidents (id, family, type, date_best, date_start, date_end, location_name, admin1, country, lat, lon, geo_precision, killed_best, killed_low, killed_high,
       injured_best, injured_low, injured_high, first_report, last_report, source_count, event_count, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'settlement', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // an incident row is written after its records (its summary needs them): check references at the end instead
  db.pragma('foreign_keys = OFF');
  const perArticle = 10;
  const articles = Math.ceil(total / perArticle);
  const now = new Date().toISOString();
  let events = 0;
  let incidentId = 0;
  const batch = 2000;
  for (let a0 = 0; a0 < articles; a0 += batch) {
    store.transaction(() => {
      for (let a = a0; a < Math.min(articles, a0 + batch); a++) {
        const published = new Date(BASE + Math.floor(r() * 3 * 365) * DAY).toISOString().slice(0, 10);
        const id = `gen-${a}`;
        const text = `Rapport ${a}: ${Array.from({ length: 60 }, () => WORDS[Math.floor(WORDS.length * r() ** 3)]!).join(' ')}.`;
        const n = Math.min(perArticle, total - events);
        insArticle.run(id, textHash(text), `Dépêche ${a}`, published, a % 2 ? 'en' : 'fr', 'bench', text, n, now);
        let group: EventRecord[] = [];
        const flushIncident = () => {
          if (!group.length) return;
          const s = summarize(group.map((record) => ({ record, published })));
          const loc = s.location!;
          insIncident.run(
            incidentId, s.family, s.type, s.date ?? null, s.dateStart ?? null, s.dateEnd ?? null, loc.name, loc.admin1 ?? null, loc.country, loc.lat, loc.lon,
            s.killed?.best ?? null, s.killed?.low ?? null, s.killed?.high ?? null, s.injured?.best ?? null, s.injured?.low ?? null, s.injured?.high ?? null,
            s.firstReport ?? null, s.lastReport ?? null, s.sources.length, s.eventCount, JSON.stringify(s),
          );
          group = [];
        };
        for (let k = 0; k < n; k++) {
          if (k % 3 === 0) {
            flushIncident();
            incidentId++;
          }
          const [name, lat0, lon0, country, admin1] = pick(r, CITIES);
          const lat = lat0 + (r() - 0.5) * 2;
          const lon = lon0 + (r() - 0.5) * 2;
          const type = pick(r, TYPES);
          const date = new Date(Date.parse(published) - Math.floor(r() * 3) * DAY).toISOString().slice(0, 10);
          const actor = pick(r, ACTORS);
          const claimant = pick(r, CLAIMANTS);
          const killed = type === 'ASSAULT' ? Math.floor(r() * 6) : undefined;
          const at = 10 + k * 40;
          const record: EventRecord = {
            id: `${id}:${at}-${at + 6}`,
            articleId: id,
            type,
            status: 'asserted',
            actor: [{ text: actor, span: { start: 0, end: actor.length, text: actor } }],
            recipient: [],
            claimant: claimant === 'outlet' ? 'outlet' : { text: claimant, span: { start: 0, end: claimant.length, text: claimant } },
            location: { text: name, name, lat, lon, country, admin1, precision: 'settlement', inferred: false },
            date: { start: date, end: date, precision: 'day', stated: true },
            size: killed !== undefined ? { killed: { best: killed, low: killed, high: killed, text: String(killed) } } : undefined,
            framing: [],
            evidence: [{ start: at, end: at + 6, text: 'attack' }],
            confidence: 0.8,
            provenance: ['bench.generated'],
          };
          group.push(record);
          const info = insEvent.run(
            record.id, id, type, type === 'ASSAULT' ? 'violence' : type.toLowerCase(), date, date, name, admin1, country, lat, lon,
            killed ?? null, null, actor, null, claimant, k === 0 ? 1 : 0, incidentId, JSON.stringify(record),
          );
          insGeo.run(Number(info.lastInsertRowid), lat, lat, lon, lon);
          events++;
        }
        flushIncident();
      }
    });
    onProgress?.(events);
  }
  db.pragma('foreign_keys = ON');
  db.pragma('optimize');
}

type QueryCase = { name: string; kind: 'events' | 'incidents'; filter: Filter };

export const QUERIES: QueryCase[] = [
  { name: 'events in a bbox (Mali), one month', kind: 'events', filter: { bbox: [-9, 11, 1, 18], from: '2016-03-01', to: '2016-03-31', limit: 100 } },
  { name: 'events in a bbox, no date', kind: 'events', filter: { bbox: [29, 49, 37, 51], limit: 100 } },
  { name: 'events of a country and type, one year', kind: 'events', filter: { country: 'UKR', type: 'ASSAULT', from: '2016-01-01', to: '2016-12-31', limit: 100 } },
  { name: 'events by claimant, one week', kind: 'events', filter: { claimant: 'ministère', from: '2016-06-01', to: '2016-06-07', limit: 100 } },
  { name: 'events by actor in a country, one month', kind: 'events', filter: { actor: 'gunmen', country: 'USA', from: '2016-06-01', to: '2016-06-30', limit: 100 } },
  { name: 'events, full text', kind: 'events', filter: { text: 'explosion AND village17', limit: 100 } },
  { name: 'latest events, no filter', kind: 'events', filter: { limit: 100 } },
  { name: 'incidents in a bbox, one month', kind: 'incidents', filter: { bbox: [25, 45, 40, 55], from: '2016-03-01', to: '2016-03-31', limit: 100 } },
  { name: 'incidents of a country and type', kind: 'incidents', filter: { country: 'MLI', type: 'PROTEST', limit: 100 } },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function syntheticArticles(n: number): ArticleResult[] {
  const r = rng(7);
  const out: ArticleResult[] = [];
  for (let i = 0; i < n; i++) {
    const [city] = pick(r, CITIES);
    const text =
      i % 2
        ? `${2 + (i % 9)} people were killed and ${i % 5} wounded when gunmen opened fire in ${city} on Tuesday, a police spokesman said. Report ${i}. The attackers fled.`
        : `Des hommes armés ont attaqué mardi un poste de police à ${city}, tuant ${2 + (i % 9)} policiers, a indiqué le ministère de la sécurité. Rapport ${i}.`;
    out.push({ ok: true, article: { id: `bench-${i}`, text, published: '2016-03-10', lang: i % 2 ? 'en' : 'fr' } });
  }
  return out;
}

export async function runStoreBench(opts: StoreBenchOptions, io: Io): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-store-'));
  const workers = opts.workers ?? Math.max(1, Math.min(availableParallelism(), 8));
  try {
    // (1) ingest, end to end
    const gvaDocs = join(opts.gva ?? sharedPath('data', 'events', 'event-semeval2018t5-gva-en'), 'documents.jsonl');
    const limit = opts.limit ?? 1000;
    let articles: ArticleResult[];
    let source: string;
    if (existsSync(gvaDocs)) {
      articles = [];
      for (const line of readFileSync(gvaDocs, 'utf8').split('\n')) {
        if (articles.length >= limit) break;
        if (!line.trim()) continue;
        const d = JSON.parse(line) as { id: string; content: string; dct?: string; title?: string };
        if (d.content?.trim()) articles.push({ ok: true, article: { id: d.id, text: d.content, title: d.title, published: d.dct?.slice(0, 10), lang: 'en' } });
      }
      source = `GVA articles (${gvaDocs})`;
    } else {
      articles = syntheticArticles(limit);
      source = 'generated articles';
    }
    const ingestStore = openSqliteStore(join(dir, 'ingest.db'));
    // CPU time of the whole process (main thread and workers): what the rate would be on idle cores,
    // whatever else the machine is running
    const cpu0 = process.cpuUsage();
    const run = await ingestArticles(ingestStore, articles, { workers });
    const cpu = process.cpuUsage(cpu0);
    await ingestStore.close();
    const ingestRate = run.stored / run.seconds;
    const cpuMsPerArticle = (cpu.user + cpu.system) / 1000 / Math.max(1, run.stored);
    const cores = availableParallelism();
    const idleRate = (cores * 1000) / cpuMsPerArticle;
    io.stdout(
      `ingest, end to end with ${workers} worker threads: ${run.stored} ${source.startsWith('GVA') ? 'GVA' : 'generated'} articles (${run.events} events) in ${run.seconds.toFixed(1)} s = ${ingestRate.toFixed(1)} articles/s` +
        ` (includes starting the workers; ${run.duplicates} duplicates, ${run.failed} failed)\n` +
        `  CPU ${cpuMsPerArticle.toFixed(1)} ms per article (all threads, worker start-up included) = ${idleRate.toFixed(0)} articles/s on ${cores} idle cores; load average now ${loadavg()[0]!.toFixed(1)}\n`,
    );

    // (2) queries over a generated store
    const total = opts.events ?? 1_000_000;
    const path = opts.keep ?? join(dir, 'big.db');
    let store = openSqliteStore(path);
    let genSeconds = 0;
    const existing = (await store.stats()).events;
    if (existing < total) {
      const t0 = performance.now();
      let last = 0;
      generateStore(store, total - existing, (n) => {
        if (performance.now() - last > 5000) {
          last = performance.now();
          io.stderr(`bench store: generated ${n} events\n`);
        }
      });
      genSeconds = (performance.now() - t0) / 1000;
      // queries are measured as a reader sees a settled store: the write-ahead log checkpointed, a new connection
      store.database.pragma('wal_checkpoint(TRUNCATE)');
      await store.close();
      store = openSqliteStore(path);
    }
    const st = await store.stats();
    const sizeMiB = statSync(path).size / 2 ** 20;
    io.stdout(`store: ${st.events} events, ${st.incidents} incidents, ${st.articles} articles, ${sizeMiB.toFixed(0)} MiB${genSeconds ? `, generated in ${genSeconds.toFixed(0)} s` : ''}\n`);
    const results: { name: string; medianMs: number; maxMs: number; rows: number }[] = [];
    for (const q of QUERIES) {
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < 7; i++) {
        const t = performance.now();
        rows = (q.kind === 'events' ? await store.events(q.filter) : await store.incidents(q.filter)).length;
        times.push(performance.now() - t);
      }
      // the first run warms the page cache; the figures are over the rest
      const warm = times.slice(1);
      results.push({ name: q.name, medianMs: median(warm), maxMs: Math.max(...warm), rows });
      io.stdout(`  ${q.name.padEnd(44)} median ${median(warm).toFixed(1).padStart(7)} ms  max ${Math.max(...warm).toFixed(1).padStart(7)} ms  cold ${times[0]!.toFixed(1).padStart(7)} ms  ${rows} rows\n`);
    }
    await store.close();
    const worst = Math.max(...results.map((r) => r.medianMs));
    io.stdout(`worst median query ${worst.toFixed(1)} ms over ${st.events} events (target < 100 ms); ingest ${ingestRate.toFixed(1)} articles/s measured, ${idleRate.toFixed(0)} on idle cores (target >= 100)\n`);
    if (opts.json) {
      io.stdout(JSON.stringify({ ingestArticlesPerSecond: Number(ingestRate.toFixed(1)), ingestCpuMsPerArticle: Number(cpuMsPerArticle.toFixed(2)), ingestIdleCoresEstimate: Math.round(idleRate), workers, events: st.events, worstMedianQueryMs: Number(worst.toFixed(1)), queries: results }) + '\n');
    }
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
