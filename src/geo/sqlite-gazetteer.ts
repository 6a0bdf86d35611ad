// The Gazetteer over data/gazetteer.sqlite (built by scripts/build-gazetteer.ts), opened read-only.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { SitrepError } from '../core/errors.js';
import type { PlacePrecision } from '../core/record.js';
import { foldName, spellKey, spellingsClose, translitKey, KEY_VERSION } from './fold.js';
import type { Gazetteer, GazetteerEntry, LookupOptions } from './gazetteer.js';

const REBUILD = 'rebuild it with `npm run prepare` (or `npx tsc -p . && node dist/scripts/build-gazetteer.js`)';
/** candidates kept per kind of match: exact names are all kept up to this, transliteration matches by population */
const MAX_EXACT = 200;
const MAX_TRANSLIT = 40;
/** skeleton rows read before the spelling check keeps the close ones */
const MAX_SKELETON_ROWS = 400;
const CACHE_SIZE = 20000;
const MAX_NAME_LENGTH = 200;
const EMPTY: GazetteerEntry[] = Object.freeze([]) as unknown as GazetteerEntry[];

type Row = {
  id: number; gid: number | null; name: string; lat: number; lon: number; cc: string; a1: string | null; a1name: string | null;
  a2: string | null; a2name: string | null; fclass: string; fcode: string; pop: number; precision: string; city: string | null; kind: number; spell?: string | null;
};

function toEntry(r: Row): GazetteerEntry {
  const e: GazetteerEntry = {
    id: r.id, name: r.name, lat: r.lat, lon: r.lon, country: r.cc, featureClass: r.fclass, featureCode: r.fcode,
    population: r.pop, precision: r.precision as PlacePrecision, matched: r.kind === 0 ? 'name' : r.kind === 1 ? 'alternate' : 'translit',
  };
  if (r.gid !== null) e.geonamesId = r.gid;
  if (r.a1name) e.admin1 = r.a1name;
  if (r.a2name) e.admin2 = r.a2name;
  if (r.a1) e.admin1Code = r.a1;
  if (r.a2) e.admin2Code = r.a2;
  if (r.city) e.city = r.city;
  return Object.freeze(e);
}

/** "BC", "D.C.", "UAE", "N.Y.": capitals only, or letters cut by dots */
function isAbbreviation(name: string): boolean {
  const letters = name.replace(/[^\p{L}]/gu, '');
  return letters.length <= 2 || (letters.length <= 5 && letters === letters.toUpperCase()) || /^(?:\p{L}{1,4}\.\s?)+$/u.test(name.trim());
}

export class SqliteGazetteer implements Gazetteer {
  private readonly db: Database.Database;
  private readonly byKey: Database.Statement;
  /** whether any name has a key: most keys asked (capitalised words of running text) have none, and this query
   * costs half of byKey's even when byKey finds nothing */
  private readonly keyExists: Database.Statement;
  /** a skeleton's names, spellings alone then their places' ids, in one order: most are dropped by the spelling
   * check, so ids are read only when one is close, and places only for the ones kept */
  private readonly spellingsByKey: Database.Statement;
  private readonly placeIdsByKey: Database.Statement;
  private readonly placeById: Database.Statement;
  private readonly countries = new Map<string, GazetteerEntry>();
  /** ISO3 -> capital, read on first use */
  private capitals: Map<string, GazetteerEntry> | undefined;
  /** folded key + skeleton -> exact and transliteration matches */
  private readonly cache = new Map<string, GazetteerEntry[]>();
  /** folded key -> exact matches */
  private readonly exactCache = new Map<string, GazetteerEntry[]>();
  /** by the name exactly as asked, before any folding, with and without spelling variants */
  private readonly rawCache = new Map<string, GazetteerEntry[]>();
  private readonly rawExactCache = new Map<string, GazetteerEntry[]>();
  /** ... and without transliteration matches at all */
  private readonly rawNamedCache = new Map<string, GazetteerEntry[]>();

  constructor(readonly path: string) {
    if (!existsSync(path)) throw new SitrepError('E_GAZETTEER_MISSING', `the gazetteer ${path} is missing: ${REBUILD}`, { path });
    try {
      this.db = new Database(path, { readonly: true, fileMustExist: true });
      // The shared lock is taken once and kept, rather than taken, checked against the file's change counter and
      // released around every query (two thirds of a lookup's time). A reader's lock blocks no other reader, and
      // the build writes a new file and renames it over this one, which the lock does not block either.
      this.db.pragma('locking_mode = EXCLUSIVE');
      const version = this.db.prepare("SELECT value FROM meta WHERE key = 'key_version'").pluck().get();
      if (version !== String(KEY_VERSION)) throw new Error(`name key version ${String(version)}, expected ${KEY_VERSION}`);
      const cols = 'p.id, p.gid, p.name, p.lat, p.lon, p.cc, p.a1, p.a1name, p.a2, p.a2name, p.fclass, p.fcode, p.pop, p.precision, p.city';
      this.byKey = this.db.prepare(`SELECT ${cols}, n.kind, n.spell FROM names n JOIN places p ON p.id = n.place WHERE n.key = ? ORDER BY n.pop DESC LIMIT ?`);
      this.keyExists = this.db.prepare('SELECT 1 FROM names n WHERE n.key = ? LIMIT 1').pluck();
      // (the same rows in the same order as byKey: every name's place exists, and (key, pop, place) is the names' key)
      this.spellingsByKey = this.db.prepare('SELECT n.spell FROM names n WHERE n.key = ? ORDER BY n.pop DESC LIMIT ?').pluck();
      this.placeIdsByKey = this.db.prepare('SELECT n.place FROM names n WHERE n.key = ? ORDER BY n.pop DESC LIMIT ?').pluck();
      this.placeById = this.db.prepare(`SELECT ${cols}, 2 AS kind FROM places p WHERE p.id = ?`);
      const rows = this.db.prepare(`SELECT ${cols}, 0 AS kind FROM places p WHERE p.fcode = 'PCLI'`).all() as Row[];
      for (const r of rows) this.countries.set(r.cc, toEntry(r));
      if (this.countries.size < 100) throw new Error(`only ${this.countries.size} countries`);
    } catch (err) {
      throw new SitrepError('E_GAZETTEER_CORRUPT', `the gazetteer ${path} cannot be read (${err instanceof Error ? err.message : String(err)}): ${REBUILD}`, { path });
    }
  }

  lookup(name: string, options: LookupOptions = {}): GazetteerEntry[] {
    const variants = options.variants ?? true;
    const translit = options.translit ?? true;
    const cache = !translit ? this.rawNamedCache : variants ? this.rawCache : this.rawExactCache;
    const hit = cache.get(name);
    if (hit) return hit;
    const found = this.lookupFolded(name, variants, translit);
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(name, found);
    return found;
  }

  /** the places whose own or alternate name folds to `key`, most populous first */
  private exact(key: string): GazetteerEntry[] {
    const hit = this.exactCache.get(key);
    if (hit) return hit;
    const out = this.keyExists.get(key) === undefined ? EMPTY : (this.byKey.all(key, MAX_EXACT) as Row[]).map(toEntry);
    Object.freeze(out); // shared by every caller through the cache
    if (this.exactCache.size >= CACHE_SIZE) this.exactCache.clear();
    this.exactCache.set(key, out);
    return out;
  }

  private lookupFolded(name: string, variants: boolean, translit: boolean): GazetteerEntry[] {
    // no place name is this long ("Llanfairpwllgwyngyll..." is 58 letters): a pasted paragraph, not a name
    if (name.length > MAX_NAME_LENGTH) return EMPTY;
    const key = foldName(name);
    if (!key) return EMPTY;
    const exact = this.exact(key);
    if (!translit || (!variants && exact.length)) return exact;
    // the skeleton keeps ş/ç apart from s/c, so two spellings with one folded key may differ in it
    const t = translitKey(name);
    const abbreviation = isAbbreviation(name);
    // short skeletons ("SS", "fzl") match too much to be worth it unless nothing else matched; acronyms and
    // abbreviations ("BC", "D.C.", "UAE") are not spellings of a name
    const tl = t.replace(/ /g, '').length;
    // (nor is a long name whose skeleton is tiny: "AbAbAbAb..." is no spelling of "Abia")
    if (abbreviation || tl * 4 < key.replace(/ /g, '').length || !(tl >= 4 || (tl >= 2 && exact.length === 0))) return exact;
    const cacheKey = `${key}\u0000${t}`;
    const hit = this.cache.get(cacheKey);
    if (hit) return hit;
    const out: GazetteerEntry[] = [...exact];
    const seen = new Set<number>(exact.map((e) => e.id!));
    // a shared skeleton is a spelling of the name only when the vowels agree too ("Choucha" ~ "Shusha", not
    // "Shooting" ~ "Chattanooga", "Week" ~ "Wick")
    const spell = spellKey(name);
    let kept = 0;
    const spellings = this.spellingsByKey.all(`~${t}`, MAX_SKELETON_ROWS) as Array<string | null>;
    let ids: number[] | undefined;
    for (let i = 0; i < spellings.length; i++) {
      if (!spellings[i]?.split('|').some((s) => spellingsClose(spell, s))) continue;
      ids ??= this.placeIdsByKey.all(`~${t}`, MAX_SKELETON_ROWS) as number[];
      const id = ids[i]!;
      if (seen.has(id)) continue;
      const row = this.placeById.get(id) as Row | undefined;
      if (!row) continue;
      seen.add(id);
      out.push(toEntry(row));
      if (++kept >= MAX_TRANSLIT) break;
    }
    if (this.cache.size >= CACHE_SIZE) this.cache.clear();
    Object.freeze(out);
    this.cache.set(cacheKey, out);
    return out;
  }

  country(iso3: string): GazetteerEntry | undefined {
    return this.countries.get(iso3);
  }

  capital(iso3: string): GazetteerEntry | undefined {
    if (!this.capitals) {
      this.capitals = new Map();
      const cols = 'p.id, p.gid, p.name, p.lat, p.lon, p.cc, p.a1, p.a1name, p.a2, p.a2name, p.fclass, p.fcode, p.pop, p.precision, p.city';
      for (const r of this.db.prepare(`SELECT ${cols}, 0 AS kind FROM places p WHERE p.fcode = 'PPLC' ORDER BY p.pop ASC`).all() as Row[]) this.capitals.set(r.cc, toEntry(r));
    }
    return this.capitals.get(iso3);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
