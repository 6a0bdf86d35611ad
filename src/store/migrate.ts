// Versioned migrations: `migrations/NNN-name.sql` files read at run time from the package, applied in order,
// each in its own transaction, recorded in schema_version.
import type Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../core/paths.js';
import { SitrepError } from '../core/errors.js';

export const MIGRATIONS_DIR = join(packageRoot, 'src', 'store', 'migrations');

export type Migration = { version: number; name: string; sql: string };

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => /^\d{3}-[\w-]+\.sql$/.test(f));
  } catch {
    throw new SitrepError('E_INTERNAL', `the store migrations are missing from ${dir}; reinstall sitrep`);
  }
  return files
    .sort()
    .map((f) => ({ version: Number.parseInt(f.slice(0, 3), 10), name: f, sql: readFileSync(join(dir, f), 'utf8') }));
}

/** brings the database to the latest schema; refuses a database newer than this sitrep */
export function migrate(db: Database.Database, migrations = loadMigrations()): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const current = (db.prepare('SELECT coalesce(max(version), 0) AS v FROM schema_version').get() as { v: number }).v;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new SitrepError('E_DB_VERSION', `the database has schema version ${current}, newer than this sitrep knows (${latest}); upgrade sitrep`);
  }
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    }).immediate();
  }
  return Math.max(current, latest);
}
