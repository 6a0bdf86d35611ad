// Derives the committed compact country file data/geo/countries.json from the GeoNames extracts in
// ../shared/data/geo/gazetteer-geonames (CC BY 4.0, marked trainable in ../shared/data/README.md):
// countryInfo.tsv (ISO codes, names, capital, population), country_translations.json (English and French
// names) and cities15000.txt (a centroid: the middle of the 5th-95th percentile box of the country's
// towns, unless data/geo/country-centroids.json gives a known centroid).
// Run by hand when the source changes:  npx tsc -p . && node dist/scripts/build-geo-supplements.js
// Runtime code never reads ../shared; it reads the committed data/geo/countries.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { dataPath, sharedPath } from '../src/core/paths.js';

type CountryRow = {
  iso2: string;
  iso3: string;
  en: string;
  fr: string;
  names: string[];
  capital: string;
  geonameId: number;
  population: number;
  continent: string;
  lat: number;
  lon: number;
};

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round((sorted.length - 1) * p)));
  return sorted[i]!;
}

function main(): void {
  const dir = sharedPath('data', 'geo', 'gazetteer-geonames');
  const info = readFileSync(`${dir}/countryInfo.tsv`, 'utf8').split('\n');
  const translations = JSON.parse(readFileSync(`${dir}/country_translations.json`, 'utf8')) as Record<string, Record<string, string>>;
  const overrides = JSON.parse(readFileSync(dataPath('geo', 'country-centroids.json'), 'utf8')) as Record<string, [number, number]>;

  // town coordinates per ISO2, for centroids
  const coords = new Map<string, { lat: number[]; lon: number[] }>();
  for (const line of readFileSync(`${dir}/cities15000.txt`, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 9) continue;
    const cc = f[8]!;
    let c = coords.get(cc);
    if (!c) coords.set(cc, (c = { lat: [], lon: [] }));
    c.lat.push(Number(f[4]));
    c.lon.push(Number(f[5]));
  }

  const rows: CountryRow[] = [];
  for (const line of info) {
    if (!line || line.startsWith('#')) continue;
    const f = line.split('\t');
    const [iso2, iso3, , , name, capital, , population, continent] = f;
    const geonameId = Number(f[16]);
    const tr = translations[String(geonameId)] ?? {};
    const en = name!;
    const fr = tr.fr && tr.fr !== 'USA' ? tr.fr : en;
    const names = [...new Set([en, tr.en, fr].filter((x): x is string => !!x))];
    let lat = 0;
    let lon = 0;
    const o = overrides[iso3!];
    const c = coords.get(iso2!);
    if (o) [lat, lon] = o;
    else if (c && c.lat.length) {
      const la = [...c.lat].sort((a, b) => a - b);
      const lo = [...c.lon].sort((a, b) => a - b);
      lat = (percentile(la, 0.05) + percentile(la, 0.95)) / 2;
      lon = (percentile(lo, 0.05) + percentile(lo, 0.95)) / 2;
    } else continue; // no towns and no known centroid (uninhabited territories)
    rows.push({
      iso2: iso2!, iso3: iso3!, en, fr, names, capital: capital!, geonameId,
      population: Number(population) || 0, continent: continent!,
      lat: Math.round(lat * 1000) / 1000, lon: Math.round(lon * 1000) / 1000,
    });
  }
  rows.sort((a, b) => a.iso3.localeCompare(b.iso3));
  const out = {
    source: 'GeoNames countryInfo.txt, country translations and cities15000 (CC BY 4.0, https://www.geonames.org), derived by scripts/build-geo-supplements.ts',
    countries: rows,
  };
  writeFileSync(dataPath('geo', 'countries.json'), JSON.stringify(out, null, 0).replace(/\},\{/g, '},\n{') + '\n');
  console.log(`data/geo/countries.json: ${rows.length} countries`);
}

main();
