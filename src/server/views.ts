// Read views the page needs beyond the Store interface: one article, totals for paging, and the server-side
// aggregates (map cells, counts per day) that keep the page fast over 100,000 incidents.
// They read the SQLite store's tables directly; filtered counts go through SqliteStore itself.
import type Database from 'better-sqlite3';
import type { EventRecord } from '../core/record.js';
import type { SqliteStore } from '../store/sqlite-store.js';
import type { Filter, StoredEvent } from '../store/store.js';
import { SitrepError } from '../core/errors.js';
import { IncidentIndex } from './incident-index.js';

export type ArticleRow = { id: string; title?: string; published?: string; lang?: string; url?: string; outlet?: string; text: string };
export type ArticleMeta = Omit<ArticleRow, 'text'> & { length: number; eventCount: number };

export type MapCell = {
  lat: number;
  lon: number;
  count: number;
  /** the most frequent type in the cell */
  type: string;
  byType: Record<string, number>;
  /** the incident, when the cell holds exactly one */
  incidentId?: number;
  killed: number;
  bounds: [number, number, number, number];
};

export type TimelineDay = { date: string; total: number; byType: Record<string, number> };

export type Facets = { types: { type: string; count: number }[]; countries: { country: string; count: number }[] };

export interface StoreViews {
  article(id: string): Promise<ArticleRow | undefined>;
  articleEvents(id: string): Promise<StoredEvent[]>;
  articles(ids: string[]): Promise<ArticleMeta[]>;
  /** the ids of one page of incidents in the store's order (latest first) and how many match in all */
  incidentPage(filter: Filter): Promise<{ ids: number[]; total: number }>;
  countIncidents(filter: Filter): Promise<number>;
  countEvents(filter: Filter): Promise<number>;
  mapCells(filter: Filter, zoom: number): Promise<{ cells: MapCell[]; total: number; cellDegrees: number }>;
  timeline(filter: Filter): Promise<TimelineDay[]>;
  facets(): Promise<Facets>;
}

export { cellDegrees } from './incident-index.js';

function queryError(err: unknown): SitrepError {
  if (err instanceof SitrepError) return err;
  const e = err as { code?: string; message?: string };
  if (/fts5|MATCH|syntax/i.test(e.message ?? '')) return new SitrepError('E_BAD_OPTION', `text: not a valid full-text query (${e.message})`);
  if (e.code === 'SQLITE_BUSY') return new SitrepError('E_DB_LOCKED', e.message ?? 'database locked');
  return new SitrepError('E_INTERNAL', e.message ?? String(err));
}

const opt = (v: string | null): string | undefined => v ?? undefined;

export class SqliteViews implements StoreViews {
  private readonly db: Database.Database;
  private readonly cache = new Map<string, Database.Statement>();
  private index?: IncidentIndex;
  private indexVersion = '';
  private builtAt = 0;
  private readonly ftsCache = new Map<string, number[]>();
  /** rebuilds of a big index are spaced out while another process keeps writing (an ingest running) */
  private readonly minRebuildMs: number;

  constructor(private readonly store: SqliteStore, options: { minRebuildMs?: number } = {}) {
    this.db = store.database;
    this.minRebuildMs = options.minRebuildMs ?? 2000;
  }

  /** what changed the database since the index was built: our own writes and other connections' commits */
  private version(): string {
    const mine = (this.stmt('SELECT total_changes() AS n').get() as { n: number }).n;
    const others = this.db.pragma('data_version', { simple: true }) as number;
    return `${mine}:${others}`;
  }

  private current(): IncidentIndex {
    return this.run(() => {
      const v = this.version();
      if (!this.index || (v !== this.indexVersion && (this.index.size < 20_000 || Date.now() - this.builtAt > this.minRebuildMs))) {
        this.index = new IncidentIndex(this.db);
        this.indexVersion = v;
        this.builtAt = Date.now();
        this.ftsCache.clear();
      }
      return this.index;
    });
  }

  /** article rowids matching a full-text query, cached until the next rebuild */
  private textRowids(filter: Filter): number[] | undefined {
    if (!filter.text) return undefined;
    let ids = this.ftsCache.get(filter.text);
    if (!ids) {
      ids = this.run(() => this.stmt('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?').pluck().all(filter.text) as number[]);
      if (this.ftsCache.size > 200) this.ftsCache.clear();
      this.ftsCache.set(filter.text, ids);
    }
    return ids;
  }

  async incidentPage(filter: Filter): Promise<{ ids: number[]; total: number }> {
    const index = this.current();
    return index.page(filter, this.textRowids(filter));
  }

  private stmt(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      if (this.cache.size > 500) this.cache.clear();
      this.cache.set(sql, s);
    }
    return s;
  }

  private run<T>(fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      throw queryError(err);
    }
  }

  async article(id: string): Promise<ArticleRow | undefined> {
    const r = this.run(() => this.stmt('SELECT id, title, published, lang, url, outlet, text FROM articles WHERE id = ?').get(id)) as
      | { id: string; title: string | null; published: string | null; lang: string | null; url: string | null; outlet: string | null; text: string }
      | undefined;
    if (!r) return undefined;
    return { id: r.id, title: opt(r.title), published: opt(r.published), lang: opt(r.lang), url: opt(r.url), outlet: opt(r.outlet), text: r.text };
  }

  async articleEvents(id: string): Promise<StoredEvent[]> {
    const rows = this.run(() =>
      this.stmt('SELECT e.record, e.incident_id, e.is_main, a.published FROM events e JOIN articles a ON a.id = e.article_id WHERE e.article_id = ? ORDER BY e.rowid').all(id),
    ) as { record: string; incident_id: number | null; is_main: number; published: string | null }[];
    return rows.map((r) => ({ record: JSON.parse(r.record) as EventRecord, incidentId: r.incident_id ?? undefined, isMain: r.is_main === 1, published: r.published ?? undefined }));
  }

  async articles(ids: string[]): Promise<ArticleMeta[]> {
    if (ids.length === 0) return [];
    const out: ArticleMeta[] = [];
    const s = this.stmt('SELECT id, title, published, lang, url, outlet, length(text) AS length, event_count FROM articles WHERE id = ?');
    for (const id of ids) {
      const r = this.run(() => s.get(id)) as
        | { id: string; title: string | null; published: string | null; lang: string | null; url: string | null; outlet: string | null; length: number; event_count: number }
        | undefined;
      if (r) out.push({ id: r.id, title: opt(r.title), published: opt(r.published), lang: opt(r.lang), url: opt(r.url), outlet: opt(r.outlet), length: r.length, eventCount: r.event_count });
    }
    return out;
  }

  async countIncidents(filter: Filter): Promise<number> {
    const index = this.current();
    return index.page({ ...filter, limit: 0, offset: 0 }, this.textRowids(filter)).total;
  }

  async countEvents(filter: Filter): Promise<number> {
    return this.run(() => this.store.countEventsSync(filter));
  }

  async mapCells(filter: Filter, zoom: number): Promise<{ cells: MapCell[]; total: number; cellDegrees: number }> {
    const index = this.current();
    return index.mapCells(filter, this.textRowids(filter), zoom);
  }

  async timeline(filter: Filter): Promise<TimelineDay[]> {
    const index = this.current();
    return index.timeline(filter, this.textRowids(filter));
  }

  async facets(): Promise<Facets> {
    return this.current().facets();
  }
}
