// `sitrep eval gva`: incidents merged across articles, scored on the Gun Violence Archive (SemEval-2018 Task 5
// layout: incidents.jsonl, documents.jsonl). The documents are ingested into a fresh store (publication date =
// `dct`, text = title, blank line, content: headlines name the place), exactly as `sitrep ingest` would; then
//   (a) clustering: each article goes to the incident of its main event; B³ and CoNLL F1 (mean of MUC, B³,
//       CEAF-e) against GVA's grouping of articles by incident (an article filed under two incidents counts
//       under the first; articles with no text are left out of both sides);
//   (b) per gold incident with a structured record, the sitrep incident holding most of its articles:
//       date exact, city or county right, state right, killed exact, injured exact (a missing count is 0).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../cli/extract-command.js';
import { SitrepError } from '../core/errors.js';
import { sharedPath } from '../core/paths.js';
import type { ArticleResult } from '../input/articles.js';
import { ingestArticles } from '../ingest/ingest.js';
import type { IncidentSummary } from '../incidents/summary.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import { scoreClustering, type ClusteringScores } from './gva-clustering.js';

export const DEFAULT_GVA = ['data', 'events', 'event-semeval2018t5-gva-en'];

export type GvaIncident = {
  incident_uri: string;
  date_iso: string;
  state: string;
  city_or_county: string;
  num_killed: number;
  num_injured: number;
};

export type GvaDocument = { id: string; incident_id: string; title?: string; dct?: string; content?: string };

function readJsonl<T>(path: string): T[] {
  if (!existsSync(path)) throw new SitrepError('E_DATA_MISSING', `${path} not found; give --data DIR with incidents.jsonl and documents.jsonl`);
  const out: T[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!.trim();
    if (!l) continue;
    try {
      out.push(JSON.parse(l) as T);
    } catch {
      throw new SitrepError('E_BAD_GOLD', `${path}:${i + 1}: not valid JSON`);
    }
  }
  return out;
}

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(county|parish|borough|city of|township|town of|village of)\b/g, ' ')
    .replace(/\bst\.?\s/g, 'saint ')
    .replace(/\bmt\.?\s/g, 'mount ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    // "The Bronx" is GVA's "Bronx"
    .replace(/^the /, '');

/** the names a GVA city_or_county accepts: "Chicago (Englewood)" -> chicago, englewood; "Brown (county)" -> brown */
export function goldPlaceNames(cityOrCounty: string): string[] {
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(cityOrCounty);
  const names = m ? [m[1]!, m[2]!.toLowerCase() === 'county' ? '' : m[2]!] : [cityOrCounty];
  return names.map(fold).filter((n) => n.length > 0);
}

export function cityRight(gold: GvaIncident, s: IncidentSummary | undefined): boolean {
  const loc = s?.location;
  if (!loc) return false;
  const want = new Set(goldPlaceNames(gold.city_or_county));
  const isCounty = /\(county\)|\bcounty\b|\bparish\b/i.test(gold.city_or_county);
  // a part of a town ("Logan Square") is right when its town is; a town is right by the article's own name for it
  // ("Suisun City", which GeoNames calls Suisun)
  const got = [loc.name, loc.locality ?? '', loc.text];
  if (isCounty || loc.precision === 'district') got.push(loc.admin2 ?? '');
  return got.some((n) => n && want.has(fold(n)));
}

export function stateRight(gold: GvaIncident, s: IncidentSummary | undefined): boolean {
  const a = s?.location?.admin1;
  return !!a && fold(a) === fold(gold.state);
}

export type GvaResult = {
  articles: number;
  goldIncidents: number;
  scoredIncidents: number;
  sitrepIncidents: number;
  clustering: ClusteringScores;
  date: number;
  city: number;
  state: number;
  killed: number;
  injured: number;
  failures: number;
  seconds: number;
};

export type GvaOptions = { workers?: number; limit?: number; db?: string; errors?: number; onError?: (line: string) => void };

export async function evaluateGva(dir: string, options: GvaOptions = {}): Promise<GvaResult> {
  const incidents = new Map(readJsonl<GvaIncident>(join(dir, 'incidents.jsonl')).map((i) => [String(i.incident_uri), i]));
  let docs = readJsonl<GvaDocument>(join(dir, 'documents.jsonl'));
  if (options.limit !== undefined) docs = docs.slice(0, options.limit);
  // gold: each article once, under the first incident it is filed under
  const gold = new Map<string, string>();
  const articles: ArticleResult[] = [];
  for (const d of docs) {
    if (gold.has(d.id) || !d.content?.trim()) continue;
    gold.set(d.id, String(d.incident_id));
    articles.push({ ok: true, article: { id: d.id, text: d.title ? `${d.title}\n\n${d.content}` : d.content, title: d.title, published: d.dct?.slice(0, 10), lang: 'en' } });
  }
  const tmp = options.db ? undefined : mkdtempSync(join(tmpdir(), 'sitrep-gva-'));
  const dbPath = options.db ?? join(tmp!, 'gva.db');
  const store = openSqliteStore(dbPath);
  try {
    const t0 = performance.now();
    const run = await ingestArticles(store, articles, {
      workers: options.workers ?? Math.max(1, Math.min(availableParallelism(), 8)),
      onError: (e, where) => options.onError?.(`${e.code}: ${where}: ${e.message}`),
    });
    if (run.fatal) throw run.fatal;
    // a kept store (--db) may hold records merged under older rules
    if (options.db) store.rebuildIncidents();
    const seconds = (performance.now() - t0) / 1000;
    const main = await store.mainIncidents();
    const response = new Map<string, string>();
    for (const id of gold.keys()) response.set(id, main.has(id) ? `i${main.get(id)}` : `a${id}`);
    const clustering = scoreClustering(gold, response);
    // (b) per gold incident with a record
    const byGold = new Map<string, string[]>();
    for (const [doc, inc] of gold) (byGold.get(inc) ?? byGold.set(inc, []).get(inc)!).push(doc);
    const summaries = new Map<number, IncidentSummary | undefined>();
    const summaryOf = async (id: number) => {
      if (!summaries.has(id)) summaries.set(id, (await store.incident(id))?.summary);
      return summaries.get(id);
    };
    let n = 0;
    const right = { date: 0, city: 0, state: 0, killed: 0, injured: 0 };
    let shown = 0;
    for (const [incId, docIds] of byGold) {
      const g = incidents.get(incId);
      if (!g) continue;
      n++;
      const votes = new Map<number, number>();
      for (const d of docIds) {
        const i = main.get(d);
        if (i !== undefined) votes.set(i, (votes.get(i) ?? 0) + 1);
      }
      // ties go to the incident whose first source sorts first: incident ids follow arrival order, which varies
      let best: number | undefined;
      let bestKey = '';
      for (const [i, v] of votes) {
        const key = (await summaryOf(i))?.sources[0] ?? '';
        if (best === undefined || v > votes.get(best)! || (v === votes.get(best)! && key < bestKey)) {
          best = i;
          bestKey = key;
        }
      }
      const s = best === undefined ? undefined : await summaryOf(best);
      const ok = {
        date: !!s && s.date === g.date_iso,
        city: cityRight(g, s),
        state: stateRight(g, s),
        killed: !!s && (s.killed?.best ?? 0) === Number(g.num_killed),
        injured: !!s && (s.injured?.best ?? 0) === Number(g.num_injured),
      };
      for (const k of Object.keys(right) as (keyof typeof right)[]) if (ok[k]) right[k]++;
      if (options.errors && shown < options.errors && !(ok.date && ok.city && ok.killed && ok.injured)) {
        shown++;
        options.onError?.(
          `miss ${incId} gold ${g.date_iso} ${g.city_or_county}, ${g.state} k${g.num_killed} i${g.num_injured} | sitrep ${best ?? '-'}: ` +
            `${s?.date ?? '-'} ${s?.location?.name ?? '-'} (${s?.location?.admin2 ?? ''}, ${s?.location?.admin1 ?? ''}) k${s?.killed?.best ?? 0} i${s?.injured?.best ?? 0} ` +
            `[${Object.entries(ok).filter(([, v]) => !v).map(([k]) => k).join(' ')}] docs ${docIds.length}`,
        );
      }
    }
    const st = await store.stats();
    const share = (x: number) => (n ? x / n : 0);
    return {
      articles: gold.size,
      goldIncidents: byGold.size,
      scoredIncidents: n,
      sitrepIncidents: new Set(response.values()).size,
      clustering,
      date: share(right.date),
      city: share(right.city),
      state: share(right.state),
      killed: share(right.killed),
      injured: share(right.injured),
      failures: run.failed,
      seconds,
      ...(st ? {} : {}),
    };
  } finally {
    await store.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export async function runGvaEval(_files: string[], opts: Record<string, unknown>, io: Io): Promise<number> {
  const dir = typeof opts.data === 'string' ? opts.data : sharedPath(...DEFAULT_GVA);
  let r: GvaResult;
  try {
    r = await evaluateGva(dir, {
      limit: typeof opts.limit === 'number' ? opts.limit : undefined,
      db: typeof opts.db === 'string' ? opts.db : undefined,
      workers: typeof opts.workers === 'number' ? opts.workers : undefined,
      errors: opts.errors ? Number(process.env.SITREP_GVA_ERRORS ?? 40) : 0,
      onError: (line) => io.stderr(line + '\n'),
    });
  } catch (err) {
    const e = err instanceof SitrepError ? err : new SitrepError('E_INTERNAL', (err as Error).message);
    io.stderr(`${e.code}: ${e.message}\n`);
    return 2;
  }
  const c = r.clustering;
  io.stdout(
    `GVA (${dir}): ${r.articles} articles, ${r.goldIncidents} gold incidents (${r.scoredIncidents} with a record), ${r.sitrepIncidents} sitrep clusters, ingest ${r.seconds.toFixed(1)} s\n` +
      `clustering   B³ P ${pct(c.bcubed.precision)} R ${pct(c.bcubed.recall)} F1 ${pct(c.bcubed.f1)} | MUC F1 ${pct(c.muc.f1)} | CEAF-e F1 ${pct(c.ceafe.f1)} | CoNLL F1 ${pct(c.conllF1)}\n` +
      `incident     date ${pct(r.date)}  city/county ${pct(r.city)}  state ${pct(r.state)}  killed ${pct(r.killed)}  injured ${pct(r.injured)}\n`,
  );
  if (opts.json) {
    io.stdout(
      JSON.stringify({
        date: r.date,
        city: r.city,
        state: r.state,
        killed: r.killed,
        injured: r.injured,
        clusterF1: c.bcubed.f1,
        conllF1: c.conllF1,
        muc: c.muc.f1,
        ceafe: c.ceafe.f1,
        articles: r.articles,
        incidents: r.scoredIncidents,
      }) + '\n',
    );
  }
  return r.failures > 0 ? 1 : 0;
}
