// `sitrep eval geo`: toponym resolution and recognition on English geoparsing corpora (evaluation only):
// LGL (lgl.xml), GeoVirus (GeoVirus.xml), GeoWebNews (GeoWebNews.GWN.xml, or its brat folder), all from
// ../shared/data/geo/geoparse-eval-en by default.
// - Resolution, on the gold toponym spans: the spans of each article are resolved together
//   (src/geo/resolve.ts); a toponym is right when the chosen point lies within 161 km (100 miles) of the
//   gold point, as the geoparsing literature reports. An unresolved toponym counts as wrong, with the
//   largest possible error (20,039 km) in the mean and median, as Gritta et al. do. The country is right
//   when the chosen place's country is the country of the gold point (the nearest gazetteer town's).
//   Corpora mark demonyms ("Russian") as toponyms: those are looked up as their country, through the
//   English actors resources' country table; a gold span with no gazetteer name of its own ("University
//   of California") is looked up by the longest known place name inside it.
// - Recognition, end to end: the sentences, tokens, actors and places stages run on the raw text; a gold
//   toponym is found when a named place mention overlaps it, or a demonym the geoparser reads as its country
//   (findDemonymPlaces: not event locations, so reported apart too), or a country named as an actor ("China's
//   ministry said": the actors stage takes the name, resolved to its country); precision is the share of those
//   mentions that overlap a gold toponym.
import { appendFileSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Io } from '../cli/extract-command.js';
import { SitrepError, asSitrepError } from '../core/errors.js';
import { sharedPath } from '../core/paths.js';
import { Doc } from '../core/doc.js';
import { buildPipeline, type Stage } from '../core/stage.js';
import { distanceKm } from '../geo/distance.js';
import { foldName } from '../geo/fold.js';
import type { Gazetteer, GazetteerEntry } from '../geo/gazetteer.js';
import { DEFAULT_GAZETTEER_PATH, openGazetteer } from '../geo/index.js';
import { resolveToponyms, type Resolution, type ToponymItem } from '../geo/resolve.js';
import { resourcesFor } from '../lang/registry.js';
import { sentencesStage } from '../text/sentences.js';
import { tokensStage } from '../text/tokens.js';
import { actorsStage } from '../mentions/actors/index.js';
import { findDemonymPlaces, placesStage } from '../mentions/places/index.js';
import { qualifiesName } from '../mentions/places/named-after.js';
import { compilePlaceResources } from '../mentions/places/compile.js';

const CORPUS_DIR = ['data', 'geo', 'geoparse-eval-en'];
export const DEFAULT_LGL = [...CORPUS_DIR, 'lgl.xml'];
export const DEFAULT_GEOVIRUS = [...CORPUS_DIR, 'GeoVirus.xml'];
export const DEFAULT_GWN = [...CORPUS_DIR, 'GeoWebNews.GWN.xml'];
export const ACCURACY_KM = 161;
/** half the Earth's circumference: the error of an unresolved toponym */
export const MAX_ERROR_KM = 20039;

export type GoldToponym = ToponymItem & { lat: number; lon: number; fcode: string };
export type GoldSpan = { start: number; end: number };
/** `toponyms`: gold spans with a point (resolution); `spans`: every gold toponym span (recognition) */
export type GeoArticle = { text: string; toponyms: GoldToponym[]; spans: GoldSpan[] };
export type GeoFormat = 'lgl' | 'geovirus' | 'gwn' | 'brat';

function unescapeXml(s: string): string {
  return s
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function textOf(article: string): string | undefined {
  const tm = /<text>(?:<!\[CDATA\[([\s\S]*?)\]\]>|([\s\S]*?))<\/text>/.exec(article);
  if (!tm) return undefined;
  return tm[1] ?? unescapeXml(tm[2] ?? '');
}

function tagValue(body: string, tag: string): string | undefined {
  const v = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(body)?.[1];
  return v === undefined ? undefined : unescapeXml(v).trim();
}

function validSpan(start: number, end: number, text: string): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length;
}

/**
 * The gold span, checked against the name the file gives: some corpora count offsets one or two characters
 * off (GeoVirus); the occurrence of the name nearest the given offsets is taken instead.
 */
function alignSpan(text: string, start: number, end: number, name: string | undefined): [number, number] | undefined {
  if (!name || text.slice(start, end) === name) return validSpan(start, end, text) ? [start, end] : undefined;
  let best: number | undefined;
  for (let from = Math.max(0, start - 40); ; ) {
    const i = text.indexOf(name, from);
    if (i < 0 || i > start + 40) break;
    if (best === undefined || Math.abs(i - start) < Math.abs(best - start)) best = i;
    from = i + 1;
  }
  return best === undefined ? (validSpan(start, end, text) ? [start, end] : undefined) : [best, best + name.length];
}

function point(lat: string | undefined, lon: string | undefined): [number, number] | undefined {
  if (!lat || !lon) return undefined;
  const a = Number(lat);
  const o = Number(lon);
  return Number.isFinite(a) && Number.isFinite(o) && Math.abs(a) <= 90 && Math.abs(o) <= 180 ? [a, o] : undefined;
}

/** Reads LGL's XML: `<article><text>` with `<toponym><start><end><gaztag><lat><lon>`. Toponyms without a point count for recognition only. */
export function parseLgl(xml: string): GeoArticle[] {
  const out: GeoArticle[] = [];
  for (const m of xml.matchAll(/<article\b[\s\S]*?<\/article>/g)) {
    const text = textOf(m[0]);
    if (text === undefined) continue;
    const a: GeoArticle = { text, toponyms: [], spans: [] };
    for (const t of m[0].matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)) {
      const body = t[1]!;
      const start = Number(tagValue(body, 'start'));
      const end = Number(tagValue(body, 'end'));
      if (!validSpan(start, end, text)) continue;
      a.spans.push({ start, end });
      const p = point(tagValue(body, 'lat'), tagValue(body, 'lon'));
      if (p) a.toponyms.push({ text: text.slice(start, end), start, end, lat: p[0], lon: p[1], fcode: tagValue(body, 'fcode') ?? '' });
    }
    out.push(a);
  }
  return out;
}

/** Reads GeoVirus: `<article><text>` with `<locations><location><name><start><end><lat><lon>`. */
export function parseGeoVirus(xml: string): GeoArticle[] {
  const out: GeoArticle[] = [];
  for (const m of xml.matchAll(/<article\b[\s\S]*?<\/article>/g)) {
    const text = textOf(m[0]);
    if (text === undefined) continue;
    const a: GeoArticle = { text, toponyms: [], spans: [] };
    for (const t of m[0].matchAll(/<location>([\s\S]*?)<\/location>/g)) {
      const body = t[1]!;
      const span = alignSpan(text, Number(tagValue(body, 'start')), Number(tagValue(body, 'end')), tagValue(body, 'name'));
      if (!span) continue;
      const [start, end] = span;
      a.spans.push({ start, end });
      const p = point(tagValue(body, 'lat'), tagValue(body, 'lon'));
      if (p) a.toponyms.push({ text: text.slice(start, end), start, end, lat: p[0], lon: p[1], fcode: 'GeoVirus' });
    }
    out.push(a);
  }
  return out;
}

/**
 * Reads GeoWebNews's XML: `<toponym>` with `<type>`, `<start>`, `<end>`, `<geonamesID>`, `<latitude>`,
 * `<longitude>`. The toponyms with a GeoNames id are the corpus's geocoding set (gwn_full.txt, 2,401);
 * recognition counts every toponym with a point (expressions, non-toponyms, demonyms and languages are
 * context annotations without one).
 */
export function parseGwn(xml: string): GeoArticle[] {
  const out: GeoArticle[] = [];
  for (const m of xml.matchAll(/<article\b[\s\S]*?<\/article>/g)) {
    const text = textOf(m[0]);
    if (text === undefined) continue;
    const a: GeoArticle = { text, toponyms: [], spans: [] };
    for (const t of m[0].matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)) {
      const body = t[1]!;
      const span = alignSpan(text, Number(tagValue(body, 'start')), Number(tagValue(body, 'end')), tagValue(body, 'extractedName'));
      if (!span) continue;
      const [start, end] = span;
      const p = point(tagValue(body, 'latitude'), tagValue(body, 'longitude'));
      if (!p) continue;
      a.spans.push({ start, end });
      if (tagValue(body, 'geonamesID')) a.toponyms.push({ text: text.slice(start, end), start, end, lat: p[0], lon: p[1], fcode: tagValue(body, 'type') ?? '' });
    }
    a.spans.sort((x, y) => x.start - y.start);
    a.toponyms.sort((x, y) => x.start - y.start);
    out.push(a);
  }
  return out;
}

/** brat entity types of GeoWebNews that are toponyms (the rest are context annotations) */
const BRAT_TOPONYM_TYPES = new Set(['Literal', 'Mixed', 'Metonymic', 'Coercion', 'Literal_Modifier', 'Non_Literal_Modifier', 'Embedded_Literal', 'Embedded_Non_Lit']);

/**
 * Reads a brat folder (GeoWebNews-brat: N.txt with N.ann). The .ann files give GeoNames ids, not points:
 * `pointOf` turns an id into a point when it can (the gazetteer's own ids); the others count for recognition only.
 */
export function readBrat(dir: string, pointOf: (geonamesId: number) => [number, number] | undefined = () => undefined): GeoArticle[] {
  const out: GeoArticle[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.ann')).sort((x, y) => Number.parseInt(x, 10) - Number.parseInt(y, 10) || x.localeCompare(y));
  for (const f of files) {
    const txt = join(dir, f.replace(/\.ann$/, '.txt'));
    if (!existsSync(txt)) continue;
    const text = readFileSync(txt, 'utf8');
    const ents = new Map<string, { type: string; start: number; end: number; gid?: number }>();
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      const cols = line.split('\t');
      if (/^T\d+$/.test(cols[0] ?? '')) {
        const [type, start, end] = (cols[1] ?? '').split(' ');
        // discontinuous spans ("0 5;7 9") keep their first piece
        const span = alignSpan(text, Number(start), Number((end ?? '').split(';')[0]), (end ?? '').includes(';') ? undefined : cols[2]);
        if (type && span) ents.set(cols[0]!, { type, start: span[0], end: span[1] });
      } else if (/^#\d+$/.test(cols[0] ?? '')) {
        const [, target] = (cols[1] ?? '').split(' ');
        const ent = target ? ents.get(target) : undefined;
        const gid = Number((cols[2] ?? '').trim());
        if (ent && Number.isInteger(gid) && gid > 0) ent.gid = gid;
      }
    }
    const a: GeoArticle = { text, toponyms: [], spans: [] };
    for (const e of ents.values()) {
      if (!BRAT_TOPONYM_TYPES.has(e.type)) continue;
      a.spans.push({ start: e.start, end: e.end });
      const p = e.gid ? pointOf(e.gid) : undefined;
      if (p) a.toponyms.push({ text: text.slice(e.start, e.end), start: e.start, end: e.end, lat: p[0], lon: p[1], fcode: e.type });
    }
    a.spans.sort((x, y) => x.start - y.start);
    a.toponyms.sort((x, y) => x.start - y.start);
    out.push(a);
  }
  return out;
}

/** Which reader a gold file needs, from its name and first bytes. */
export function detectFormat(path: string): GeoFormat {
  if (statSync(path).isDirectory()) return 'brat';
  const head = readFileSync(path, 'utf8').slice(0, 20000);
  if (/<latitude>|GeoWebNews/.test(head)) return 'gwn';
  if (/<locations>|<location>/.test(head)) return 'geovirus';
  if (/<toponym>|<toponyms>/.test(head)) return 'lgl';
  throw new SitrepError('E_BAD_GOLD', `geo: ${path} is not LGL, GeoVirus or GeoWebNews XML, nor a brat folder`);
}

export function readGold(path: string, pointOf?: (geonamesId: number) => [number, number] | undefined): { format: GeoFormat; articles: GeoArticle[] } {
  const format = detectFormat(path);
  if (format === 'brat') return { format, articles: readBrat(path, pointOf) };
  const xml = readFileSync(path, 'utf8');
  const articles = format === 'gwn' ? parseGwn(xml) : format === 'geovirus' ? parseGeoVirus(xml) : parseLgl(xml);
  if (!articles.length) throw new SitrepError('E_BAD_GOLD', `geo: no <article> with a <text> in ${path}`);
  return { format, articles };
}

/** folded English demonym -> the country's or region's English name ("russians" -> "Russia", "english" -> "England") */
export function englishDemonyms(): Map<string, string> {
  const out = new Map<string, string>();
  const table = (resourcesFor('en').actors as { countries?: unknown }).countries;
  if (typeof table !== 'string') return out;
  for (const line of table.split('\n')) {
    const [, names, demonyms] = line.split('|');
    const name = names?.split(';')[0];
    if (!name || !demonyms) continue;
    for (const d of demonyms.split(/[;/]/)) {
      if (!d) continue;
      out.set(foldName(d), name);
      // (a plural is written with -s, "Czechs", except after -ese, -ish or -s: "the Chinese", "the British", "Swiss")
      if (!/(?:ese|ish|s)$/.test(d)) out.set(foldName(`${d}s`), name);
    }
  }
  // a region's people before a country's ("English": England, where the country table says United Kingdom)
  for (const [d, name] of Object.entries(resourcesFor('en').places.regionDemonyms)) out.set(foldName(d), name);
  return out;
}

const DEMONYM_SUFFIXES: Array<[RegExp, string[]]> = [
  [/ians?$/, ['ia', 'ium', 'io', 'y', '']],
  [/ans?$/, ['a', 'o', '']],
  [/ese$/, ['', 'a']],
  [/ites?$/, ['']],
  [/is$/, ['']],
];

/** the place names an English demonym may come from ("Ossetian" -> "Ossetia", "Ontarians" -> "Ontario") */
export function demonymStems(text: string): string[] {
  if (!/^\p{Lu}[\p{L} -]+$/u.test(text)) return [];
  const out: string[] = [];
  for (const [re, ends] of DEMONYM_SUFFIXES) {
    if (!re.test(text)) continue;
    const base = text.replace(re, '');
    if (base.length >= 3) for (const e of ends) out.push(base + e);
  }
  return out;
}

/** generic words that are never the place inside a longer name ("Middle East" is not "East", "Trump Tower" not "Tower") */
const GENERIC = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'middle', 'upper', 'lower',
  'new', 'old', 'great', 'greater', 'grand', 'little', 'big', 'united', 'university', 'college', 'school', 'center', 'centre', 'park', 'tower',
  'house', 'street', 'road', 'avenue', 'square', 'station', 'airport', 'metro', 'federal', 'national', 'district', 'county', 'state', 'city', 'town',
  'village', 'peninsula', 'gulf', 'coast', 'island', 'islands', 'bay', 'lake', 'river', 'mountain', 'mountains', 'valley', 'hills', 'beach',
  'point', 'rock', 'estate', 'world', 'cup', 'club', 'church', 'hall', 'bank', 'court', 'castle', 'wing', 'capitol', 'congress', 'commission']);

let heads: Set<string> | undefined;
/** words that end the name of an organisation or a building ("University", "Church", "Hospital") */
function organisationHeads(): Set<string> {
  heads ??= new Set(resourcesFor('en').places.organisationHeads.filter((w) => !w.includes(' ')).map((w) => foldName(w)));
  return heads;
}

/** nouns of parts of a town: a people's name before one names the quarter, not the people's country */
const DISTRICT_NOUNS = new Set(['quarter', 'district', 'side', 'town', 'village', 'square', 'street', 'avenue', 'road', 'market', 'neighborhood', 'neighbourhood', 'hill', 'heights', 'gardens']);

/** "Ohio State University", "University of Manitoba": the words name an organisation */
function organisationName(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length >= 2 && (organisationHeads().has(foldName(words[words.length - 1]!)) || (organisationHeads().has(foldName(words[0]!)) && /^(?:of|for)$/i.test(words[1] ?? '')));
}

const placeWords = () => compilePlaceResources(resourcesFor('en').places);
const norm = (w: string) => w.toLowerCase().replace(/[’]/g, "'");

/** the place an authority or a council serves, or a name before its place noun, when the gazetteer knows it (the places stage's reading) */
function servedPlace(words: string[], gazetteer: Gazetteer): string | undefined {
  const res = placeWords();
  let last = words.length - 1;
  for (let k = 1; k < words.length; k++) {
    if (res.authorityHeads.has(norm(words[k]!)) || (k >= 2 && res.councilHeads.has(norm(words[k]!)) && res.nounPrecision.has(norm(words[k - 1]!)))) {
      last = k - 1;
      break;
    }
  }
  const name = words.slice(0, last + 1).join(' ');
  if (last < words.length - 1 && gazetteer.lookup(name, { variants: false }).some((e) => e.matched !== 'translit')) return name;
  for (let n = Math.min(3, last); n >= 1; n--) {
    if (!res.nounPrecision.has(words.slice(last - n + 1, last + 1).map(norm).join(' '))) continue;
    const before = words.slice(0, last - n + 1).join(' ');
    if (gazetteer.lookup(before, { variants: false }).some((e) => e.matched !== 'translit')) return before;
    break;
  }
  return undefined;
}

/** The name to look a gold span up by: itself, its country for a demonym, else the longest known capitalised name inside it. */
export function lookupNameFor(text: string, gazetteer: Gazetteer, demonyms: Map<string, string>): string | undefined {
  const country = demonyms.get(foldName(text));
  if (country) return country;
  if (gazetteer.lookup(text).some((e) => e.matched !== 'translit')) return undefined;
  // a people's name the table lacks, by its English suffix: "South Ossetian" -> South Ossetia, "Ontarians" -> Ontario
  for (const stem of demonymStems(text)) if (gazetteer.lookup(stem, { variants: false }).some((e) => e.matched !== 'translit' && (e.precision === 'country' || e.precision === 'region'))) return stem;
  const words = text.split(/\s+/).filter(Boolean);
  // "Lincoln Township", "Franklin Twp.": a township is not the town it is named after, nor in it
  if (words.length >= 2 && /^(?:township|twp\.?)$/i.test(words[words.length - 1]!)) return text;
  // as the places stage reads them: "Pike County Sheriff's Office", "Tipperary County Council": the place the
  // authority serves or the council governs; "Guma Local Government Area", "Borno State": the name before its noun
  const served = servedPlace(words, gazetteer);
  if (served) return served;
  // an organisation or a building named after a place ("Ohio State University", "University of Manitoba") is
  // the place when that place is well known, else somewhere the article does not say ("Harvard University")
  const heads = organisationHeads();
  const prominent = (name: string) => gazetteer.lookup(name, { variants: false }).some((e) => e.matched !== 'translit' && (e.precision === 'country' || e.precision === 'region' || e.population >= 100_000));
  if (words.length >= 2 && heads.has(foldName(words[words.length - 1]!))) {
    for (let k = words.length - 1; k >= 1; k--) {
      const part = words.slice(0, k).join(' ');
      if (GENERIC.has(foldName(words[k - 1]!)) && k > 1) continue;
      const d = demonyms.get(foldName(part));
      if (d) return d;
      if (gazetteer.lookup(part, { variants: false }).some((e) => e.matched !== 'translit')) return prominent(part) ? part : text;
    }
    return text;
  }
  if (words.length >= 3 && heads.has(foldName(words[0]!)) && /^(?:of|for)$/i.test(words[1]!)) {
    const part = words.slice(2).join(' ');
    return prominent(part) ? part : text;
  }
  let inner = false;
  for (let len = words.length - 1; len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const part = words.slice(i, i + len).join(' ').replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '');
      if (!/^\p{Lu}/u.test(part) || (part.length < 3 && !/^\p{Lu}{2}$/u.test(part)) || (len === 1 && GENERIC.has(foldName(part)))) continue;
      // the other words are generic ("Greater Manchester", "Gaza Strip"): the part is the place; else ("Domaine
      // Chinon", "Chinese Quarter") only a well-known place stands for the whole
      const rest = [...words.slice(0, i), ...words.slice(i + len)];
      const plain = rest.every((w) => GENERIC.has(foldName(w)));
      const d = demonyms.get(foldName(part));
      if (d) {
        // "the Swedish Embassy", "the Brazilian Senate": a people's institution is their country's; "the Chinese
        // Quarter" is a part of a town, named after them
        if (plain || !rest.some((w) => DISTRICT_NOUNS.has(foldName(w)))) return d;
        inner = true;
      } else if (gazetteer.lookup(part).some((e) => e.matched !== 'translit')) {
        if (plain || prominent(part)) return part;
        inner = true;
      }
    }
  }
  return inner ? text : undefined;
}

/** Country of a point: the country of the nearest gazetteer place (a 1-degree grid over the built file). */
export type CountryOfPoint = (lat: number, lon: number) => string | undefined;

export function countryLocator(path = DEFAULT_GAZETTEER_PATH): CountryOfPoint {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  const grid = new Map<number, Array<[number, number, string]>>();
  const cell = (la: number, lo: number) => (Math.floor(la) + 90) * 400 + (Math.floor(lo) + 180);
  try {
    for (const r of db.prepare("SELECT lat, lon, cc FROM places WHERE fclass = 'P'").iterate() as Iterable<{ lat: number; lon: number; cc: string }>) {
      const k = cell(r.lat, r.lon);
      const list = grid.get(k);
      if (list) list.push([r.lat, r.lon, r.cc]);
      else grid.set(k, [[r.lat, r.lon, r.cc]]);
    }
  } finally {
    db.close();
  }
  return (lat, lon) => {
    for (let ring = 0; ring <= 6; ring++) {
      let best: string | undefined;
      let bestD = Infinity;
      for (let da = -ring; da <= ring; da++) {
        for (let dl = -ring; dl <= ring; dl++) {
          if (Math.max(Math.abs(da), Math.abs(dl)) !== ring) continue;
          for (const [a, o, cc] of grid.get(cell(lat + da, lon + dl)) ?? []) {
            const d = distanceKm(lat, lon, a, o);
            if (d < bestD) {
              bestD = d;
              best = cc;
            }
          }
        }
      }
      if (best) return best;
    }
    return undefined;
  };
}

export type GeoScore = {
  articles: number;
  total: number;
  correct: number;
  resolved: number;
  countryCorrect: number;
  /** error in km of each gold toponym (MAX_ERROR_KM when unresolved) */
  errorsKm: number[];
  byCode: Map<string, { correct: number; total: number }>;
  seconds: number;
  errors: Array<{ gold: GoldToponym; entry?: GazetteerEntry; km?: number; resolution: Resolution; article: number }>;
};

/**
 * Resolves the gold toponyms as the pipeline does and scores them. `focusFallback` measures instead what a name
 * the gazetteer lacks would score if it took the article's focus town: the pipeline does not do this (a place
 * with no good candidate stays unresolved, not guessed); the figure is reported apart, to judge that trade-off.
 */
export function scoreGeo(articles: GeoArticle[], gazetteer: Gazetteer, countryOf?: CountryOfPoint, options: { focusFallback?: boolean } = {}): GeoScore {
  // resolved as the English pipeline resolves: with the home countries of English-language news
  const HOME = resourcesFor('en').places.homeCountries;
  const demonyms = englishDemonyms();
  for (const a of articles) {
    for (const t of a.toponyms) {
      const name = lookupNameFor(t.text, gazetteer, demonyms);
      if (name) t.lookupName = name;
      if (demonyms.has(foldName(t.text)) || (name && demonymStems(t.text).includes(name))) t.demonym = true;
      if (name && name !== t.text && organisationName(t.text)) t.inName = true;
      if (qualifiesName(a.text, t.end, resourcesFor('en').places)) t.inName = t.namedAfter = true;
    }
  }
  const t0 = process.hrtime.bigint();
  const results = articles.map((a) => resolveToponyms(a.toponyms, gazetteer, { text: a.text, homeCountries: HOME, focusFallback: options.focusFallback }));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const s: GeoScore = { articles: articles.length, total: 0, correct: 0, resolved: 0, countryCorrect: 0, errorsKm: [], byCode: new Map(), seconds, errors: [] };
  articles.forEach((a, ai) => {
    a.toponyms.forEach((t, i) => {
      const r = results[ai]![i]!;
      s.total++;
      const c = s.byCode.get(t.fcode) ?? { correct: 0, total: 0 };
      c.total++;
      s.byCode.set(t.fcode, c);
      if (!r.entry) {
        s.errorsKm.push(MAX_ERROR_KM);
        s.errors.push({ gold: t, resolution: r, article: ai });
        return;
      }
      s.resolved++;
      const km = distanceKm(t.lat, t.lon, r.entry.lat, r.entry.lon);
      s.errorsKm.push(km);
      if (countryOf && countryOf(t.lat, t.lon) === r.entry.country) s.countryCorrect++;
      if (km <= ACCURACY_KM) {
        s.correct++;
        c.correct++;
      } else s.errors.push({ gold: t, entry: r.entry, km, resolution: r, article: ai });
    });
  });
  return s;
}

export type RecognitionScore = {
  gold: number; found: number; system: number; systemMatched: number; foundAndRight: number; msPerArticle: number;
  /** the places stage alone, without the demonyms the geoparser adds */
  placesOnly: { found: number; system: number; systemMatched: number };
};

/**
 * Countries named as actors ("China's commerce ministry said"): the actors stage takes the name, so the places
 * stage leaves it, but the words are the country's name, resolved to it: a toponym the engine recognised.
 */
function countryActorSpans(doc: Doc, gazetteer: Gazetteer, existing: ReadonlyArray<{ span: { start: number; end: number } }>): Array<{ span: { start: number; end: number }; place: { lat: number; lon: number } }> {
  const out: Array<{ span: { start: number; end: number }; place: { lat: number; lon: number } }> = [];
  for (const a of doc.actors) {
    const e = a.kind === 'country' && a.country ? gazetteer.country(a.country) : undefined;
    if (!e) continue;
    const span = a.span;
    if ([...existing, ...out].some((m) => m.span.start < span.end && span.start < m.span.end)) continue;
    out.push({ span, place: { lat: e.lat, lon: e.lon } });
  }
  return out;
}

/** The places stage on the raw English texts: gold toponyms found (span overlap), and its named places that are gold toponyms. */
export function scoreRecognition(articles: GeoArticle[], gazetteer: Gazetteer): RecognitionScore {
  const english: Stage = { name: 'language.fixed-en', requires: [], assigns: ['language'], run: (doc) => { doc.lang = 'en'; doc.langConfidence = 1; } };
  const pipeline = buildPipeline([english, sentencesStage, tokensStage, actorsStage, placesStage], resourcesFor);
  const r: RecognitionScore = { gold: 0, found: 0, system: 0, systemMatched: 0, foundAndRight: 0, msPerArticle: 0, placesOnly: { found: 0, system: 0, systemMatched: 0 } };
  const res = resourcesFor('en');
  const t0 = process.hrtime.bigint();
  for (const a of articles) {
    const doc = new Doc({ id: 'geo', text: a.text, lang: 'en', published: '2010-01-01' });
    try {
      pipeline.run(doc, { gazetteer, debug: false });
    } catch {
      r.gold += a.spans.length;
      continue;
    }
    const stage = doc.places.filter((p) => !p.anaphoric);
    const withDemonyms = [...stage, ...findDemonymPlaces(doc, res, gazetteer)];
    const named = [...withDemonyms, ...countryActorSpans(doc, gazetteer, withDemonyms)];
    const hits = (list: typeof named) => list.filter((p) => a.spans.some((t) => t.start < p.span.end && p.span.start < t.end)).length;
    r.system += named.length;
    r.systemMatched += hits(named);
    r.placesOnly.system += stage.length;
    r.placesOnly.systemMatched += hits(stage);
    for (const t of a.spans) {
      r.gold++;
      if (named.some((p) => t.start < p.span.end && p.span.start < t.end)) r.found++;
      if (stage.some((p) => t.start < p.span.end && p.span.start < t.end)) r.placesOnly.found++;
    }
    for (const t of a.toponyms) {
      const m = named.find((p) => t.start < p.span.end && p.span.start < t.end);
      if (m?.place && distanceKm(m.place.lat, m.place.lon, t.lat, t.lon) <= ACCURACY_KM) r.foundAndRight++;
    }
  }
  r.msPerArticle = Number(process.hrtime.bigint() - t0) / 1e6 / Math.max(1, articles.length);
  return r;
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
const round = (x: number, k = 3) => Math.round(x * 10 ** k) / 10 ** k;

function f1(matched: number, system: number, found: number, gold: number): number {
  const p = matched / Math.max(1, system);
  const r = found / Math.max(1, gold);
  return p + r ? (2 * p * r) / (p + r) : 0;
}

function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export type GeoSummary = {
  file: string; format: GeoFormat; articles: number; toponyms: number;
  acc161: number; meanKm: number; medianKm: number; country: number; resolved: number;
  /** acc161 if names the gazetteer lacks took the article's focus town (not what the pipeline does) */
  acc161FocusFallback: number;
  recognitionPrecision: number; recognitionRecall: number; recognitionF1: number; recognitionF1PlacesStage: number; goldSpans: number;
  toponymsPerSecond: number;
};

export function summarize(file: string, format: GeoFormat, s: GeoScore, rec: RecognitionScore | undefined, withFocus?: GeoScore): GeoSummary {
  const p = rec ? rec.systemMatched / Math.max(1, rec.system) : 0;
  const r = rec ? rec.found / Math.max(1, rec.gold) : 0;
  return {
    file, format, articles: s.articles, toponyms: s.total,
    acc161: round(s.correct / Math.max(1, s.total)),
    acc161FocusFallback: round((withFocus ?? s).correct / Math.max(1, (withFocus ?? s).total)),
    meanKm: Math.round(s.errorsKm.reduce((a, b) => a + b, 0) / Math.max(1, s.errorsKm.length)),
    medianKm: Math.round(median(s.errorsKm)),
    country: round(s.countryCorrect / Math.max(1, s.total)),
    resolved: round(s.resolved / Math.max(1, s.total)),
    recognitionPrecision: round(p), recognitionRecall: round(r), recognitionF1: round(p + r ? (2 * p * r) / (p + r) : 0),
    recognitionF1PlacesStage: round(f1(rec?.placesOnly.systemMatched ?? 0, rec?.placesOnly.system ?? 0, rec?.placesOnly.found ?? 0, rec?.gold ?? 0)),
    goldSpans: rec?.gold ?? 0,
    toponymsPerSecond: Math.round(s.total / Math.max(1e-9, s.seconds)),
  };
}

/** The misses as tab-separated lines (to study them): article, gold name, lookup name, gold point, our place, its point and code, distance, rules. */
export function formatMisses(s: GeoScore, label: string): string[] {
  return s.errors.map((x) => [
    label, x.article, x.gold.text, x.gold.lookupName ?? '', x.gold.fcode, `${x.gold.lat},${x.gold.lon}`,
    x.entry ? `${x.entry.name}|${x.entry.country}|${x.entry.featureCode}|${x.entry.population}` : '-', x.entry ? `${x.entry.lat},${x.entry.lon}` : '-',
    x.km === undefined ? 'unresolved' : Math.round(x.km), x.resolution.rules.join(','), x.resolution.score.toFixed(1),
  ].join('\t'));
}

export function formatGeoScore(s: GeoScore, label: string, rec?: RecognitionScore): string[] {
  const sum = summarize(label, 'lgl', s, rec);
  const lines = [
    `geo (${label}): ${s.articles} articles, ${s.total} gold toponyms with a point`,
    `resolution on gold spans: accuracy within ${ACCURACY_KM} km ${pct(s.correct, s.total)} (${s.correct}/${s.total}); ` +
      `mean error ${sum.meanKm} km, median ${sum.medianKm} km (unresolved = ${MAX_ERROR_KM} km); country ${pct(s.countryCorrect, s.total)}; resolved ${pct(s.resolved, s.total)}`,
    'by gold feature code/type: ' + [...s.byCode].sort((a, b) => b[1].total - a[1].total).slice(0, 8).map(([k, v]) => `${k || '-'} ${pct(v.correct, v.total)} of ${v.total}`).join(', '),
  ];
  if (rec) {
    lines.push(
      `recognition end to end (span overlap, ${rec.gold} gold spans): precision ${pct(rec.systemMatched, rec.system)} (${rec.systemMatched}/${rec.system}), ` +
        `recall ${pct(rec.found, rec.gold)} (${rec.found}/${rec.gold}), F1 ${(100 * sum.recognitionF1).toFixed(1)}; ` +
        `found and within ${ACCURACY_KM} km ${pct(rec.foundAndRight, s.total)}; ${rec.msPerArticle.toFixed(2)} ms/article`,
      `  of which the places stage alone (event locations, no demonyms): precision ${pct(rec.placesOnly.systemMatched, rec.placesOnly.system)}, ` +
        `recall ${pct(rec.placesOnly.found, rec.gold)}, F1 ${(100 * sum.recognitionF1PlacesStage).toFixed(1)}`,
    );
  }
  lines.push(`speed: ${sum.toponymsPerSecond} toponyms/s (resolution on gold spans, cold cache)`);
  return lines;
}

/** GeoNames id -> point, from the built gazetteer's own ids (for brat folders, which give ids only). */
function pointsById(path = DEFAULT_GAZETTEER_PATH): (gid: number) => [number, number] | undefined {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  const m = new Map<number, [number, number]>();
  try {
    for (const r of db.prepare('SELECT gid, lat, lon FROM places WHERE gid IS NOT NULL').iterate() as Iterable<{ gid: number; lat: number; lon: number }>) m.set(r.gid, [r.lat, r.lon]);
  } finally {
    db.close();
  }
  return (gid) => m.get(gid);
}

export async function runGeoEval(files: string[], opts: Record<string, unknown>, io: Io): Promise<number> {
  try {
    const given = [...(typeof opts.gold === 'string' ? [opts.gold] : []), ...files];
    const paths = given.length ? given : [DEFAULT_LGL, DEFAULT_GEOVIRUS, DEFAULT_GWN].map((p) => sharedPath(...p)).filter((p) => existsSync(p));
    if (!paths.length) throw new SitrepError('E_DATA_MISSING', `geo: no gold file given and none in ${sharedPath(...CORPUS_DIR)}`);
    for (const p of paths) if (!existsSync(p)) throw new SitrepError('E_DATA_MISSING', `geo: ${p} not found`);
    const gazetteer = openGazetteer();
    const summaries: GeoSummary[] = [];
    try {
      const countryOf = countryLocator();
      let byId: ((gid: number) => [number, number] | undefined) | undefined;
      for (const p of paths) {
        if (statSync(p).isDirectory()) byId ??= pointsById();
        const { format, articles } = readGold(p, byId);
        const s = scoreGeo(articles, gazetteer, countryOf);
        const withFocus = scoreGeo(articles, gazetteer, countryOf, { focusFallback: true });
        const rec = scoreRecognition(articles, gazetteer);
        io.stdout(formatGeoScore(s, `${format}: ${p}`, rec).join('\n') + '\n');
        // SITREP_GEO_MISSES=<file>: the misses of every gold file, appended as tab-separated lines
        if (process.env.SITREP_GEO_MISSES) appendFileSync(process.env.SITREP_GEO_MISSES, formatMisses(s, format).join('\n') + '\n');
        io.stdout(`  (if names the gazetteer lacks took the article's focus town, which the pipeline does not do: acc161 ${pct(withFocus.correct, withFocus.total)})\n`);
        summaries.push(summarize(p, format, s, rec, withFocus));
      }
    } finally {
      gazetteer.close();
    }
    if (opts.json) {
      if (summaries.length === 1) io.stdout(JSON.stringify(summaries[0]) + '\n');
      else io.stdout(JSON.stringify({ ...pooled(summaries), files: summaries }) + '\n');
    }
    return 0;
  } catch (err) {
    const e = asSitrepError(err);
    io.stderr(`${e.code}: ${e.message}\n`);
    return e.code === 'E_DATA_MISSING' ? 3 : 1;
  }
}

/** toponym-weighted figures over several files (mean over files for the median and recognition) */
function pooled(list: GeoSummary[]): Omit<GeoSummary, 'file' | 'format'> {
  const n = list.reduce((a, s) => a + s.toponyms, 0) || 1;
  const w = (k: 'acc161' | 'acc161FocusFallback' | 'meanKm' | 'country' | 'resolved') => list.reduce((a, s) => a + s[k] * s.toponyms, 0) / n;
  const avg = (k: 'medianKm' | 'recognitionPrecision' | 'recognitionRecall' | 'recognitionF1' | 'recognitionF1PlacesStage') => list.reduce((a, s) => a + s[k], 0) / list.length;
  return {
    articles: list.reduce((a, s) => a + s.articles, 0), toponyms: n,
    acc161: round(w('acc161')), acc161FocusFallback: round(w('acc161FocusFallback')), meanKm: Math.round(w('meanKm')), medianKm: Math.round(avg('medianKm')), country: round(w('country')), resolved: round(w('resolved')),
    recognitionPrecision: round(avg('recognitionPrecision')), recognitionRecall: round(avg('recognitionRecall')), recognitionF1: round(avg('recognitionF1')),
    recognitionF1PlacesStage: round(avg('recognitionF1PlacesStage')),
    goldSpans: list.reduce((a, s) => a + s.goldSpans, 0),
    toponymsPerSecond: Math.round(list.reduce((a, s) => a + s.toponymsPerSecond, 0) / list.length),
  };
}
