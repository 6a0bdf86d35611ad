// The embedded store: SQLite through better-sqlite3 12, WAL, FTS5 over article text, R*Tree over event points.
// Each article and its records are written in one transaction, with the incidents they join.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { SitrepError } from '../core/errors.js';
import type { EventRecord, Place } from '../core/record.js';
import { compatible, datesCompatible, mergeViewOf, type MergeView, MAX_DATE_GAP_DAYS, MONTH_DAYS, PRECISION_RADIUS_KM } from '../incidents/rules.js';
import { summarize, type IncidentSummary } from '../incidents/summary.js';
import { mainEventOf } from '../incidents/main-event.js';
import { migrate } from './migrate.js';
import type { AddResult, Filter, Store, StoreStats, StoredArticle, StoredEvent, StoredIncident } from './store.js';

export type SqliteStoreOptions = {
  /** milliseconds to wait for another writer before E_DB_LOCKED */
  busyTimeoutMs?: number;
  readonly?: boolean;
};

export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Maps SQLite failures to stable codes: a corrupt or locked file, a full disk. */
export function storeError(err: unknown, path: string): SitrepError {
  if (err instanceof SitrepError) return err;
  const e = err as { code?: string; message?: string };
  const code = e.code ?? '';
  const msg = e.message ?? String(err);
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) {
    return new SitrepError('E_DB_CORRUPT', `${path}: the database file is damaged or not a sitrep database (${msg}); restore it or give another --db`);
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new SitrepError('E_DB_LOCKED', `${path}: the database is locked by another process (${msg}); wait for it to finish`);
  }
  if (code.startsWith('SQLITE_FULL') || code.startsWith('SQLITE_IOERR')) {
    return new SitrepError('E_DB_FULL', `${path}: cannot write (${msg}); free disk space and re-run: what was stored is kept`);
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_PERM')) {
    return new SitrepError('E_DB_OPEN', `${path}: cannot open the database (${msg})`);
  }
  return new SitrepError('E_INTERNAL', `${path}: ${msg}`);
}

const DAY = 86_400_000;
/** date ranges are at most a year (precision 'year'); longer ones are found by their start */
const MAX_RANGE_DAYS = 400;
/** a box with at most this many events is searched through the R*Tree first */
const SELECTIVE_BBOX = 5000;
const shiftDays = (iso: string, days: number): string => new Date(Date.parse(iso) + days * DAY).toISOString().slice(0, 10);

type EventRow = {
  rowid: number;
  id: string;
  article_id: string;
  family: string;
  type: string;
  date_start: string | null;
  date_end: string | null;
  date_stated: number | null;
  lat: number | null;
  lon: number | null;
  geo_precision: string | null;
  location_name: string | null;
  admin1: string | null;
  admin2: string | null;
  country: string | null;
  incident_id: number | null;
  geonames_id: number | null;
  population: number | null;
  locality: string | null;
  is_main: number;
};

/** the merge view from the indexed columns; actor names (rarely needed) are read from the record on demand */
function viewOfRow(r: EventRow, recordOf: (rowid: number) => string): MergeView {
  let names: string[] | undefined;
  let told: boolean | undefined;
  return {
    id: r.id,
    articleId: r.article_id,
    family: r.family,
    type: r.type,
    dateStart: r.date_start ?? undefined,
    dateEnd: r.date_end ?? undefined,
    dateStated: r.date_stated === 1,
    lat: r.lat ?? undefined,
    lon: r.lon ?? undefined,
    precision: (r.geo_precision ?? undefined) as MergeView['precision'],
    locationName: r.location_name ?? undefined,
    admin1: r.admin1 ?? undefined,
    admin2: r.admin2 ?? undefined,
    country: r.country ?? undefined,
    geonamesId: r.geonames_id ?? undefined,
    population: r.population ?? undefined,
    locality: r.locality ?? undefined,
    main: r.is_main === 1,
    get actorNames(): string[] {
      names ??= mergeViewOf(JSON.parse(recordOf(r.rowid)) as EventRecord)?.actorNames ?? [];
      return names;
    },
    get dayTold(): boolean {
      told ??= mergeViewOf(JSON.parse(recordOf(r.rowid)) as EventRecord)?.dayTold ?? false;
      return told;
    },
  };
}

const actorText = (actors: EventRecord['actor']): string | null => (actors.length ? actors.map((a) => a.text).join(' | ') : null);

export class SqliteStore implements Store {
  readonly path: string;
  private readonly db: Database.Database;
  private readonly stmts: Record<string, Database.Statement>;
  private readonly addTx: Database.Transaction<(article: StoredArticle, events: EventRecord[], hash: string) => AddResult>;

  constructor(path: string, options: SqliteStoreOptions = {}) {
    this.path = path;
    try {
      this.db = new Database(path, { readonly: options.readonly ?? false, timeout: options.busyTimeoutMs ?? 5000 });
      if (!options.readonly) {
        this.db.pragma('journal_mode = WAL');
        // WAL with NORMAL is safe against a killed process: a committed transaction survives kill -9
        this.db.pragma('synchronous = NORMAL');
      }
      this.db.pragma('foreign_keys = ON');
      if (!options.readonly) migrate(this.db);
      this.stmts = this.prepare();
    } catch (err) {
      throw storeError(err, path);
    }
    this.addTx = this.db.transaction((article: StoredArticle, events: EventRecord[], hash: string) => this.addInTransaction(article, events, hash));
  }

  private prepare(): Record<string, Database.Statement> {
    const db = this.db;
    return {
      hasHash: db.prepare('SELECT id FROM articles WHERE hash = ?'),
      articleById: db.prepare('SELECT hash FROM articles WHERE id = ?'),
      insertArticle: db.prepare(
        `INSERT INTO articles (id, hash, title, published, lang, url, outlet, text, event_count, ingested_at)
         VALUES (@id, @hash, @title, @published, @lang, @url, @outlet, @text, @eventCount, @ingestedAt)`,
      ),
      insertEvent: db.prepare(
        `INSERT INTO events (id, article_id, type, family, status, date_start, date_end, date_precision, date_stated,
           location_name, admin1, admin2, country, lat, lon, geo_precision, geonames_id, population, locality, killed, injured, arrested, actor, recipient, claimant, is_main, record)
         VALUES (@id, @articleId, @type, @family, @status, @dateStart, @dateEnd, @datePrecision, @dateStated,
           @locationName, @admin1, @admin2, @country, @lat, @lon, @precision, @geonamesId, @population, @locality, @killed, @injured, @arrested, @actor, @recipient, @claimant, @isMain, @record)`,
      ),
      insertGeo: db.prepare('INSERT INTO events_geo (id, min_lat, max_lat, min_lon, max_lon) VALUES (?, ?, ?, ?, ?)'),
      insertPerson: db.prepare('INSERT OR IGNORE INTO article_persons (person, article_id) VALUES (?, ?)'),
      articlePersons: db.prepare('SELECT person FROM article_persons WHERE article_id = ? ORDER BY person'),
      // (the person's few articles are the outer loop, their events found by article: `+` keeps the planner from
      // scanning every event of the country through the merge index instead)
      namedCandidates: db.prepare(
        `SELECT e.rowid, e.id, e.article_id, e.family, e.type, e.date_start, e.date_end, e.date_stated, e.lat, e.lon, e.geo_precision, e.location_name, e.admin1, e.admin2, e.country, e.incident_id, e.geonames_id, e.population, e.locality, e.is_main
         FROM article_persons p CROSS JOIN events e ON e.article_id = p.article_id
         WHERE p.person = ? AND e.is_main = 1 AND +e.family = ? AND +e.country = ? AND e.incident_id IS NOT NULL
           AND e.geo_precision IN ('point', 'settlement', 'district')`,
      ),
      candidates: db.prepare(
        `SELECT rowid, id, article_id, family, type, date_start, date_end, date_stated, lat, lon, geo_precision, location_name, admin1, admin2, country, incident_id, geonames_id, population, locality, is_main
         FROM events WHERE family = ? AND country = ? AND date_start >= ? AND date_start <= ? AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?
           AND incident_id IS NOT NULL
           AND geo_precision IN ('point', 'settlement', 'district')`,
      ),
      newIncident: db.prepare(`INSERT INTO incidents (family, type, source_count, event_count, summary) VALUES (?, ?, 0, 0, '{}')`),
      setIncident: db.prepare('UPDATE events SET incident_id = ? WHERE rowid = ?'),
      setMain: db.prepare('UPDATE events SET is_main = 1 WHERE rowid = ?'),
      recordByRow: db.prepare('SELECT record FROM events WHERE rowid = ?'),
      incidentOfRow: db.prepare('SELECT incident_id FROM events WHERE rowid = ?'),
      articleEvents: db.prepare('SELECT rowid, record FROM events WHERE article_id = ? ORDER BY rowid'),
      moveIncident: db.prepare('UPDATE events SET incident_id = ? WHERE incident_id = ?'),
      deleteIncident: db.prepare('DELETE FROM incidents WHERE id = ?'),
      members: db.prepare('SELECT e.record, e.is_main, a.published FROM events e JOIN articles a ON a.id = e.article_id WHERE e.incident_id = ?'),
      updateIncident: db.prepare(
        `UPDATE incidents SET family=@family, type=@type, date_best=@date, date_start=@dateStart, date_end=@dateEnd,
           location_name=@locationName, admin1=@admin1, admin2=@admin2, country=@country, lat=@lat, lon=@lon, geo_precision=@precision,
           killed_best=@killedBest, killed_low=@killedLow, killed_high=@killedHigh, injured_best=@injuredBest, injured_low=@injuredLow, injured_high=@injuredHigh,
           first_report=@firstReport, last_report=@lastReport, source_count=@sourceCount, event_count=@eventCount, summary=@summary WHERE id=@id`,
      ),
      incidentById: db.prepare('SELECT id, summary FROM incidents WHERE id = ?'),
      incidentEvents: db.prepare(
        'SELECT e.record, e.incident_id, e.is_main, a.published FROM events e JOIN articles a ON a.id = e.article_id WHERE e.incident_id = ? ORDER BY e.id',
      ),
      mainIncidents: db.prepare('SELECT article_id, incident_id FROM events WHERE is_main = 1 AND incident_id IS NOT NULL'),
    };
  }

  private readonly recordOf = (rowid: number): string => (this.stmts.recordByRow!.get(rowid) as { record: string }).record;

  async hasArticle(text: string): Promise<boolean> {
    return this.hasHashSync(textHash(text));
  }

  hasHashSync(hash: string): boolean {
    try {
      return this.stmts.hasHash!.get(hash) !== undefined;
    } catch (err) {
      throw storeError(err, this.path);
    }
  }

  async addArticle(article: StoredArticle, events: EventRecord[]): Promise<AddResult> {
    return this.addArticleSync(article, events);
  }

  addArticleSync(article: StoredArticle, events: EventRecord[]): AddResult {
    const hash = textHash(article.text);
    try {
      return this.addTx.immediate(article, events, hash);
    } catch (err) {
      throw storeError(err, this.path);
    }
  }

  private addInTransaction(article: StoredArticle, events: EventRecord[], hash: string): AddResult {
    const s = this.stmts;
    const existing = s.hasHash!.get(hash) as { id: string } | undefined;
    if (existing) return { status: 'duplicate', articleId: existing.id };
    const other = s.articleById!.get(article.id) as { hash: string } | undefined;
    if (other) throw new SitrepError('E_BAD_ARTICLE', `${article.id}: this id is already stored with a different text; give the new version its own id`);
    s.insertArticle!.run({
      id: article.id,
      hash,
      title: article.title ?? null,
      published: article.published ?? null,
      lang: article.lang ?? null,
      url: article.url ?? null,
      outlet: article.outlet ?? null,
      text: article.text,
      eventCount: events.length,
      ingestedAt: new Date().toISOString(),
    });
    const seenIds = new Set<string>();
    const stored: { rowid: number; record: EventRecord }[] = [];
    for (const e of events) {
      // record ids are article id + evidence span; the rare repeat (a paragraph printed twice) gets a suffix
      let id = e.id;
      for (let n = 2; seenIds.has(id); n++) id = `${e.id}#${n}`;
      seenIds.add(id);
      const record: EventRecord = id === e.id ? e : { ...e, id };
      const view = mergeViewOf(record);
      const loc = record.location;
      const info = s.insertEvent!.run({
        id,
        articleId: article.id,
        type: record.type,
        family: view?.family ?? null,
        status: record.status,
        dateStart: record.date?.start ?? null,
        dateEnd: record.date?.end ?? null,
        datePrecision: record.date?.precision ?? null,
        dateStated: record.date ? (record.date.stated ? 1 : 0) : null,
        ...locationColumns(loc),
        geonamesId: loc?.geonamesId ?? null,
        population: loc?.population ?? null,
        locality: loc?.locality ?? null,
        killed: record.size?.killed?.best ?? null,
        injured: record.size?.injured?.best ?? null,
        arrested: record.size?.arrested?.best ?? null,
        actor: actorText(record.actor),
        recipient: actorText(record.recipient),
        claimant: record.claimant === 'outlet' ? 'outlet' : record.claimant.text,
        isMain: 0,
        record: JSON.stringify(record),
      });
      const rowid = Number(info.lastInsertRowid);
      if (loc) s.insertGeo!.run(rowid, loc.lat, loc.lat, loc.lon, loc.lon);
      stored.push({ rowid, record });
    }
    const persons = [...new Set(article.persons ?? [])].sort();
    for (const p of persons) s.insertPerson!.run(p, article.id);
    const live = this.linkArticle(stored, article.text.length, persons);
    return { status: 'stored', articleId: article.id, events: events.length, incidents: live };
  }

  /**
   * Puts the article's records into incidents: located records join every compatible record of any article;
   * a record with no usable place joins the nearest located record of its own article that it is compatible
   * with (the place in focus), never another article's, so it cannot chain two places together.
   */
  private linkArticle(rows: { rowid: number; record: EventRecord }[], textLength: number, persons: string[]): number[] {
    const s = this.stmts;
    const items = rows.map(({ rowid, record }) => ({ rowid, record, view: mergeViewOf(record), incident: undefined as number | undefined }));
    const main = mainEventOf(items.map((i) => i.record), textLength);
    for (const it of items) {
      if (it.record !== main) continue;
      s.setMain!.run(it.rowid);
      // the people an article names are those of its main incident
      if (it.view) it.view.main = true;
      if (it.view && persons.length) it.view.persons = persons;
    }
    const touched = new Set<number>();
    const located = (v: MergeView | undefined) => !!v && v.lat !== undefined && !!v.dateStart && v.precision !== 'country' && v.precision !== 'region';
    for (const it of items) {
      if (!located(it.view)) continue;
      it.incident = this.joinIncident(it.rowid, it.view!);
      touched.add(it.incident);
    }
    const pos = (r: EventRecord) => r.evidence[0]?.start ?? 0;
    for (const it of items) {
      if (!it.view || located(it.view)) continue;
      const v = it.view;
      let host: (typeof items)[number] | undefined;
      let hostDistance = Infinity;
      for (const other of items) {
        if (!located(other.view) || other.view!.family !== v.family) continue;
        if (v.dateStart && !datesCompatible(v, other.view!)) continue;
        if (v.country && other.view!.country !== v.country) continue;
        // the place in focus comes before; one told after counts a little less
        const d = pos(it.record) - pos(other.record);
        const distance = d >= 0 ? d : -d * 1.5;
        if (distance < hostDistance) {
          host = other;
          hostDistance = distance;
        }
      }
      if (host) {
        // the host's incident may have been merged away since: follow the event, not the stored number
        const inc = (s.incidentOfRow!.get(host.rowid) as { incident_id: number }).incident_id;
        s.setIncident!.run(inc, it.rowid);
        touched.add(inc);
      } else {
        const id = Number(s.newIncident!.run(v.family, v.type).lastInsertRowid);
        s.setIncident!.run(id, it.rowid);
        touched.add(id);
      }
    }
    // an incident absorbed by a later merge is gone: summarize the survivors only
    const live = [...touched].filter((id) => s.incidentById!.get(id) !== undefined);
    for (const id of live) this.refreshIncident(id);
    return live.sort((a, b) => a - b);
  }

  /** recomputes every incident from the stored records, article by article (after the merging rules change) */
  rebuildIncidents(): void {
    const articles = this.db.prepare('SELECT id, length(text) AS n FROM articles ORDER BY rowid').all() as { id: string; n: number }[];
    this.db.transaction(() => {
      this.db.exec('UPDATE events SET incident_id = NULL, is_main = 0; DELETE FROM incidents;');
      for (const a of articles) {
        const rows = (this.stmts.articleEvents!.all(a.id) as { rowid: number; record: string }[]).map((r) => ({ rowid: r.rowid, record: JSON.parse(r.record) as EventRecord }));
        const persons = (this.stmts.articlePersons!.all(a.id) as { person: string }[]).map((p) => p.person);
        this.linkArticle(rows, a.n, persons);
      }
    }).immediate();
  }

  /** puts one new record into the incident of every compatible record (merging those incidents), or a new one */
  private joinIncident(rowid: number, view: MergeView): number {
    const s = this.stmts;
    const ids = new Set<number>();
    if (view.country && view.dateStart && view.lat !== undefined) {
      // a main story may be dated by the month of another's day (dayInMonth): its start lies up to a month earlier
      const lo = shiftDays(view.dateStart, -(view.main ? MONTH_DAYS + MAX_DATE_GAP_DAYS + 2 : MAX_DATE_GAP_DAYS + 2));
      const hi = shiftDays(view.dateEnd ?? view.dateStart, 2);
      // no candidate is coarser than a district: anything further than both radii cannot be compatible
      const km = PRECISION_RADIUS_KM[view.precision ?? 'country'] + PRECISION_RADIUS_KM.district;
      const dLat = km / 111;
      const dLon = Math.min(180, km / (111 * Math.max(0.05, Math.cos((view.lat * Math.PI) / 180))));
      const box = [view.lat - dLat, view.lat + dLat, view.lon! - dLon, view.lon! + dLon];
      for (const row of s.candidates!.iterate(view.family, view.country, lo, hi, ...box) as IterableIterator<EventRow>) {
        if (row.rowid === rowid || row.incident_id === null || ids.has(row.incident_id)) continue;
        if (compatible(view, viewOfRow(row, this.recordOf))) ids.add(row.incident_id);
      }
      // a follow-up names the people of an incident told long before: the main records of the articles naming them
      for (const person of view.persons ?? []) {
        for (const row of s.namedCandidates!.iterate(person, view.family, view.country) as IterableIterator<EventRow>) {
          if (row.rowid === rowid || row.incident_id === null || ids.has(row.incident_id)) continue;
          const other = viewOfRow(row, this.recordOf);
          other.persons = (s.articlePersons!.all(row.article_id) as { person: string }[]).map((p) => p.person);
          if (compatible(view, other)) ids.add(row.incident_id);
        }
      }
    }
    if (ids.size === 0) {
      const id = Number(s.newIncident!.run(view.family, view.type).lastInsertRowid);
      s.setIncident!.run(id, rowid);
      return id;
    }
    // connected components: the lowest id absorbs the others, whatever the order reports came in
    const sorted = [...ids].sort((a, b) => a - b);
    const target = sorted[0]!;
    for (const other of sorted.slice(1)) {
      s.moveIncident!.run(target, other);
      s.deleteIncident!.run(other);
    }
    s.setIncident!.run(target, rowid);
    return target;
  }

  private refreshIncident(id: number): void {
    const s = this.stmts;
    const rows = s.members!.all(id) as { record: string; is_main: number; published: string | null }[];
    if (rows.length === 0) {
      s.deleteIncident!.run(id);
      return;
    }
    const summary = summarize(rows.map((r) => ({ record: JSON.parse(r.record) as EventRecord, published: r.published ?? undefined, isMain: r.is_main === 1 })));
    const loc = summary.location;
    s.updateIncident!.run({
      id,
      family: summary.family,
      type: summary.type,
      date: summary.date ?? null,
      dateStart: summary.dateStart ?? null,
      dateEnd: summary.dateEnd ?? null,
      ...locationColumns(loc),
      killedBest: summary.killed?.best ?? null,
      killedLow: summary.killed?.low ?? null,
      killedHigh: summary.killed?.high ?? null,
      injuredBest: summary.injured?.best ?? null,
      injuredLow: summary.injured?.low ?? null,
      injuredHigh: summary.injured?.high ?? null,
      firstReport: summary.firstReport ?? null,
      lastReport: summary.lastReport ?? null,
      sourceCount: summary.sources.length,
      eventCount: summary.eventCount,
      summary: JSON.stringify(summary),
    });
  }

  private where(filter: Filter, table: 'e' | 'i'): { sql: string; params: unknown[] } {
    const conds: string[] = [];
    const params: unknown[] = [];
    const t = table;
    const dateStart = t === 'e' ? 'e.date_start' : 'i.date_start';
    const dateEnd = t === 'e' ? 'e.date_end' : 'i.date_end';
    if (filter.from) {
      // the redundant bound on the start lets the date index serve the range (no stored range is longer)
      conds.push(`${dateEnd} >= ? AND ${dateStart} >= ?`);
      params.push(filter.from, shiftDays(filter.from, -MAX_RANGE_DAYS));
    }
    if (filter.to) {
      conds.push(`${dateStart} <= ?`);
      params.push(filter.to);
    }
    if (filter.country) {
      conds.push(`${t}.country = ?`);
      params.push(filter.country.toUpperCase());
    }
    if (filter.type) {
      conds.push(`${t}.type = ?`);
      params.push(filter.type.toUpperCase());
    }
    if (filter.bbox) {
      const [minLon, minLat, maxLon, maxLat] = filter.bbox;
      if (t === 'e' && this.bboxIsSelective(filter.bbox)) {
        conds.push('e.rowid IN (SELECT id FROM events_geo WHERE min_lat >= ? AND max_lat <= ? AND min_lon >= ? AND max_lon <= ?)');
      } else {
        // a box holding many events: walking the date index and testing each row finds the newest sooner
        conds.push(`${t}.lat >= ? AND ${t}.lat <= ? AND ${t}.lon >= ? AND ${t}.lon <= ?`);
      }
      params.push(minLat, maxLat, minLon, maxLon);
    }
    const evCond: string[] = [];
    const evParams: unknown[] = [];
    if (filter.actor) {
      evCond.push("(lower(ev.actor) LIKE ? OR lower(ev.recipient) LIKE ?)");
      const like = `%${filter.actor.toLowerCase()}%`;
      evParams.push(like, like);
    }
    if (filter.claimant) {
      evCond.push(filter.claimant === 'outlet' ? "ev.claimant = 'outlet'" : 'lower(ev.claimant) LIKE ?');
      if (filter.claimant !== 'outlet') evParams.push(`%${filter.claimant.toLowerCase()}%`);
    }
    if (filter.text) {
      evCond.push('ev.article_id IN (SELECT a.id FROM articles_fts f JOIN articles a ON a.rowid = f.rowid WHERE articles_fts MATCH ?)');
      evParams.push(filter.text);
    }
    if (evCond.length) {
      if (t === 'e') {
        conds.push(...evCond.map((c) => c.replaceAll('ev.', 'e.')));
      } else {
        conds.push(`i.id IN (SELECT ev.incident_id FROM events ev WHERE ${evCond.join(' AND ')})`);
      }
      params.push(...evParams);
    }
    return { sql: conds.length ? `WHERE ${conds.join(' AND ')}` : '', params };
  }

  /** true when the R*Tree finds few events in the box: then it drives the query */
  private bboxIsSelective([minLon, minLat, maxLon, maxLat]: [number, number, number, number]): boolean {
    const n = this.db
      .prepare(`SELECT count(*) AS n FROM (SELECT id FROM events_geo WHERE min_lat >= ? AND max_lat <= ? AND min_lon >= ? AND max_lon <= ? LIMIT ${SELECTIVE_BBOX + 1})`)
      .get(minLat, maxLat, minLon, maxLon) as { n: number };
    return n.n <= SELECTIVE_BBOX;
  }

  private limits(filter: Filter): string {
    const limit = Math.max(0, Math.floor(filter.limit ?? 1000));
    const offset = Math.max(0, Math.floor(filter.offset ?? 0));
    return `LIMIT ${limit} OFFSET ${offset}`;
  }

  /** how many stored events match the filter (for paging) */
  countEventsSync(filter: Filter): number {
    const w = this.where(filter, 'e');
    try {
      return (this.db.prepare(`SELECT count(*) AS n FROM events e ${w.sql}`).get(...w.params) as { n: number }).n;
    } catch (err) {
      throw queryError(err, this.path, filter);
    }
  }

  eventsSync(filter: Filter): StoredEvent[] {
    const { sql, params } = this.where(filter, 'e');
    try {
      const rows = this.db
        .prepare(`SELECT e.record, e.incident_id, e.is_main, a.published FROM events e JOIN articles a ON a.id = e.article_id ${sql} ORDER BY e.date_start DESC, e.rowid DESC ${this.limits(filter)}`)
        .all(...params) as { record: string; incident_id: number | null; is_main: number; published: string | null }[];
      return rows.map(toStoredEvent);
    } catch (err) {
      throw queryError(err, this.path, filter);
    }
  }

  /** every matching event, in date order, read as it goes (exports of a whole store); filter.limit applies when set */
  *eachEvent(filter: Filter): Generator<StoredEvent> {
    const { sql, params } = this.where(filter, 'e');
    const limit = filter.limit !== undefined ? this.limits(filter) : '';
    try {
      const stmt = this.db.prepare(`SELECT e.record, e.incident_id, e.is_main, a.published FROM events e JOIN articles a ON a.id = e.article_id ${sql} ORDER BY e.date_start, e.rowid ${limit}`);
      for (const r of stmt.iterate(...params) as IterableIterator<{ record: string; incident_id: number | null; is_main: number; published: string | null }>) yield toStoredEvent(r);
    } catch (err) {
      throw queryError(err, this.path, filter);
    }
  }

  *eachIncident(filter: Filter): Generator<StoredIncident> {
    const { sql, params } = this.where(filter, 'i');
    const limit = filter.limit !== undefined ? this.limits(filter) : '';
    try {
      const stmt = this.db.prepare(`SELECT i.id, i.summary FROM incidents i ${sql} ORDER BY i.date_start, i.id ${limit}`);
      for (const r of stmt.iterate(...params) as IterableIterator<{ id: number; summary: string }>) yield { id: r.id, summary: JSON.parse(r.summary) as IncidentSummary };
    } catch (err) {
      throw queryError(err, this.path, filter);
    }
  }

  async *streamEvents(filter: Filter): AsyncGenerator<StoredEvent> {
    yield* this.eachEvent(filter);
  }

  async *streamIncidents(filter: Filter): AsyncGenerator<StoredIncident> {
    yield* this.eachIncident(filter);
  }

  async events(filter: Filter): Promise<StoredEvent[]> {
    return this.eventsSync(filter);
  }

  incidentsSync(filter: Filter): StoredIncident[] {
    const { sql, params } = this.where(filter, 'i');
    try {
      const rows = this.db
        .prepare(`SELECT i.id, i.summary FROM incidents i ${sql} ORDER BY i.date_start DESC, i.id DESC ${this.limits(filter)}`)
        .all(...params) as { id: number; summary: string }[];
      return rows.map((r) => ({ id: r.id, summary: JSON.parse(r.summary) as IncidentSummary }));
    } catch (err) {
      throw queryError(err, this.path, filter);
    }
  }

  async incidents(filter: Filter): Promise<StoredIncident[]> {
    return this.incidentsSync(filter);
  }

  async incident(id: number): Promise<StoredIncident | undefined> {
    const r = this.stmts.incidentById!.get(id) as { id: number; summary: string } | undefined;
    return r ? { id: r.id, summary: JSON.parse(r.summary) as IncidentSummary } : undefined;
  }

  async incidentEvents(id: number): Promise<StoredEvent[]> {
    return (this.stmts.incidentEvents!.all(id) as { record: string; incident_id: number | null; is_main: number; published: string | null }[]).map(toStoredEvent);
  }

  async mainIncidents(): Promise<Map<string, number>> {
    const m = new Map<string, number>();
    for (const r of this.stmts.mainIncidents!.all() as { article_id: string; incident_id: number }[]) m.set(r.article_id, r.incident_id);
    return m;
  }

  async stats(): Promise<StoreStats> {
    const one = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
    return {
      articles: one('SELECT count(*) AS n FROM articles'),
      events: one('SELECT count(*) AS n FROM events'),
      incidents: one('SELECT count(*) AS n FROM incidents'),
      schemaVersion: one('SELECT max(version) AS n FROM schema_version'),
    };
  }

  async check(): Promise<string[]> {
    const problems: string[] = [];
    try {
      const ic = this.db.pragma('integrity_check') as { integrity_check: string }[];
      for (const r of ic) if (r.integrity_check !== 'ok') problems.push(`integrity: ${r.integrity_check}`);
      const partial = this.db
        .prepare('SELECT a.id, a.event_count, (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS n FROM articles a WHERE a.event_count != (SELECT count(*) FROM events e WHERE e.article_id = a.id)')
        .all() as { id: string; event_count: number; n: number }[];
      for (const p of partial) problems.push(`article ${p.id}: ${p.n} of ${p.event_count} events stored`);
      const orphans = (this.db.prepare('SELECT count(*) AS n FROM events e WHERE e.family IS NOT NULL AND (e.incident_id IS NULL OR e.incident_id NOT IN (SELECT id FROM incidents))').get() as { n: number }).n;
      if (orphans) problems.push(`${orphans} events without their incident`);
      const fts = this.db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
      try {
        fts.run();
      } catch (err) {
        problems.push(`full-text index: ${(err as Error).message}`);
      }
    } catch (err) {
      throw storeError(err, this.path);
    }
    return problems;
  }

  /** runs fn in one write transaction (bulk loading in the benchmark) */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  get database(): Database.Database {
    return this.db;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/** The place columns events and incidents share. */
function locationColumns(loc: Place | undefined) {
  return {
    locationName: loc?.name ?? null,
    admin1: loc?.admin1 ?? null,
    admin2: loc?.admin2 ?? null,
    country: loc?.country ?? null,
    lat: loc?.lat ?? null,
    lon: loc?.lon ?? null,
    precision: loc?.precision ?? null,
  };
}

function toStoredEvent(r: { record: string; incident_id: number | null; is_main: number; published: string | null }): StoredEvent {
  return { record: JSON.parse(r.record) as EventRecord, incidentId: r.incident_id ?? undefined, isMain: r.is_main === 1, published: r.published ?? undefined };
}

function queryError(err: unknown, path: string, filter: Filter): SitrepError {
  const e = err as { code?: string; message?: string };
  if (e.code === 'SQLITE_ERROR' && filter.text !== undefined) {
    return new SitrepError('E_BAD_OPTION', `--text: not a valid full-text query (${e.message})`);
  }
  return storeError(err, path);
}

export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): SqliteStore {
  return new SqliteStore(path, options);
}
