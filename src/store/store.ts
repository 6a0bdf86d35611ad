// The store interface: what ingest, queries, exports and the evaluation need. SQLite fills it on one machine;
// a PostgreSQL/PostGIS implementation can fill it for a shared store (every method is asynchronous for that).
import type { Article } from '../core/doc.js';
import type { EventRecord } from '../core/record.js';
import type { IncidentSummary } from '../incidents/summary.js';

/** an article as stored; `persons`: the keys of the private persons it names (doc.persons), which tie follow-ups to incidents */
export type StoredArticle = Article & { id: string; persons?: string[] };

export type AddResult =
  | { status: 'stored'; articleId: string; events: number; incidents: number[] }
  | { status: 'duplicate'; articleId: string };

/** Filters shared by event and incident queries; every field is optional and they combine with AND. */
export type Filter = {
  /** YYYY-MM-DD, inclusive: events whose date range meets [from, to] */
  from?: string;
  to?: string;
  /** [minLon, minLat, maxLon, maxLat] */
  bbox?: [number, number, number, number];
  /** ISO3 */
  country?: string;
  type?: string;
  /** substring of an actor's or recipient's text (case-insensitive) */
  actor?: string;
  /** substring of the claimant's text, or 'outlet' */
  claimant?: string;
  /** full-text query over the articles (FTS5 syntax) */
  text?: string;
  limit?: number;
  offset?: number;
};

export type StoredEvent = { record: EventRecord; incidentId?: number; isMain: boolean; published?: string };

export type StoredIncident = { id: number; summary: IncidentSummary };

export type StoreStats = { articles: number; events: number; incidents: number; schemaVersion: number };

export interface Store {
  /** true when an article with this text is already stored */
  hasArticle(text: string): Promise<boolean>;
  /** stores the article, its records and their incidents in one transaction; the same text twice is stored once */
  addArticle(article: StoredArticle, events: EventRecord[]): Promise<AddResult>;
  events(filter: Filter): Promise<StoredEvent[]>;
  incidents(filter: Filter): Promise<StoredIncident[]>;
  /** every match, read as it goes (exports): no limit unless the filter sets one */
  streamEvents(filter: Filter): AsyncIterable<StoredEvent>;
  streamIncidents(filter: Filter): AsyncIterable<StoredIncident>;
  incident(id: number): Promise<StoredIncident | undefined>;
  /** the events of one incident */
  incidentEvents(id: number): Promise<StoredEvent[]>;
  /** article id -> incident id of the article's main event */
  mainIncidents(): Promise<Map<string, number>>;
  stats(): Promise<StoreStats>;
  /** runs a consistency check; returns the problems found (empty when sound) */
  check(): Promise<string[]>;
  close(): Promise<void>;
}
