// Opening the store for a command: a coded error on stderr instead of a crash when the file cannot be used.
import { asSitrepError } from '../core/errors.js';
import { openSqliteStore, type SqliteStore } from '../store/index.js';
import type { Io } from './extract-command.js';

export function openStoreOrReport(path: string, io: Io): SqliteStore | undefined {
  try {
    return openSqliteStore(path);
  } catch (err) {
    const e = asSitrepError(err);
    io.stderr(`${e.code}: ${e.message}\n`);
    return undefined;
  }
}
