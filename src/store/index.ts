// The event store: one interface, SQLite behind it on one machine.
export type { Store, StoredArticle, StoredEvent, StoredIncident, Filter, AddResult, StoreStats } from './store.js';
export { SqliteStore, openSqliteStore, storeError, textHash } from './sqlite-store.js';
export { migrate, loadMigrations, MIGRATIONS_DIR } from './migrate.js';

/** the default database file when --db is not given */
export const DEFAULT_DB = 'sitrep.db';
