// The gazetteer: name lookup behind one interface, the default one built at install into data/gazetteer.sqlite.
import { dataPath } from '../core/paths.js';
import type { Gazetteer } from './gazetteer.js';
import { SqliteGazetteer } from './sqlite-gazetteer.js';
export type { Gazetteer, GazetteerEntry, LookupOptions } from './gazetteer.js';
export { SqliteGazetteer } from './sqlite-gazetteer.js';
export { foldName, translitKey } from './fold.js';
export { distanceKm } from './distance.js';

export const DEFAULT_GAZETTEER_PATH = dataPath('gazetteer.sqlite');

/** Opens data/gazetteer.sqlite read-only; throws SitrepError E_GAZETTEER_MISSING / E_GAZETTEER_CORRUPT. */
export function openGazetteer(path = DEFAULT_GAZETTEER_PATH): Gazetteer {
  return new SqliteGazetteer(path);
}

export function openDefaultGazetteer(): Gazetteer | undefined {
  return openGazetteer();
}
