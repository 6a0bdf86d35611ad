// Resolution rules on a small hand-made gazetteer: deterministic and independent of the built file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldName, translitKey } from './fold.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';
import { resolveToponyms } from './resolve.js';

type Row = Omit<GazetteerEntry, 'matched' | 'precision'> & { precision?: GazetteerEntry['precision']; names?: string[] };
let nextId = 1;
function entry(r: Row): Row {
  return { id: nextId++, precision: r.featureClass === 'P' ? 'settlement' : r.featureCode === 'PCLI' ? 'country' : 'region', ...r };
}

const rows: Row[] = [
  entry({ name: 'Paris', lat: 48.85, lon: 2.35, country: 'FRA', admin1Code: 'FR.11', featureClass: 'P', featureCode: 'PPLC', population: 2_138_551 }),
  entry({ name: 'Paris', lat: 33.66, lon: -95.56, country: 'USA', admin1Code: 'US.TX', featureClass: 'P', featureCode: 'PPLA2', population: 24_782 }),
  entry({ name: 'Texas', lat: 31.25, lon: -99.25, country: 'USA', admin1Code: 'US.TX', featureClass: 'A', featureCode: 'ADM1', population: 21_000_000 }),
  entry({ name: 'Georgia', lat: 32.85, lon: -83.43, country: 'USA', admin1Code: 'US.GA', featureClass: 'A', featureCode: 'ADM1', population: 4_700_000 }),
  entry({ name: 'Georgia', lat: 42, lon: 43.5, country: 'GEO', featureClass: 'A', featureCode: 'PCLI', population: 3_700_000 }),
  entry({ name: 'Atlanta', lat: 33.75, lon: -84.39, country: 'USA', admin1Code: 'US.GA', featureClass: 'P', featureCode: 'PPLA', population: 463_000 }),
  entry({ name: 'Tbilisi', lat: 41.69, lon: 44.83, country: 'GEO', admin1Code: 'GE.51', featureClass: 'P', featureCode: 'PPLC', population: 1_049_498 }),
  entry({ name: 'Choucha', lat: 33.16, lon: 11.43, country: 'TUN', admin1Code: 'TN.29', featureClass: 'P', featureCode: 'PPL', population: 12_000 }),
  entry({ name: 'Şuşa', lat: 39.76, lon: 46.75, country: 'AZE', admin1Code: 'AZ.55', featureClass: 'P', featureCode: 'PPLA', population: 18_662 }),
  entry({ name: 'Mexico', lat: 23, lon: -102, country: 'MEX', featureClass: 'A', featureCode: 'PCLI', population: 126_000_000 }),
  entry({ name: 'Mexico', lat: 39.17, lon: -91.88, country: 'USA', admin1Code: 'US.MO', featureClass: 'P', featureCode: 'PPLA2', population: 11_500 }),
  entry({ name: 'Missouri', lat: 38.25, lon: -92.5, country: 'USA', admin1Code: 'US.MO', featureClass: 'A', featureCode: 'ADM1', population: 6_000_000 }),
  entry({ name: 'Columbia', lat: 38.95, lon: -92.33, country: 'USA', admin1Code: 'US.MO', featureClass: 'P', featureCode: 'PPLA2', population: 126_000 }),
  entry({ name: 'New York', lat: 42.9, lon: -75.5, country: 'USA', admin1Code: 'US.NY', featureClass: 'A', featureCode: 'ADM1', population: 30_000_000 }),
  entry({ name: 'United Kingdom', names: ['England'], lat: 54.76, lon: -2.7, country: 'GBR', featureClass: 'A', featureCode: 'PCLI', population: 66_000_000 }),
  entry({ name: 'England', lat: 52.5, lon: -1.5, country: 'GBR', admin1Code: 'GB.ENG', featureClass: 'A', featureCode: 'ADM1', population: 56_000_000 }),
  entry({ name: 'New York City', names: ['New York'], lat: 40.71, lon: -74.0, country: 'USA', admin1Code: 'US.NY', featureClass: 'P', featureCode: 'PPL', population: 8_800_000 }),
  entry({ name: 'Amman', names: ['Philadelphia'], lat: 31.96, lon: 35.95, country: 'JOR', admin1Code: 'JO.11', featureClass: 'P', featureCode: 'PPLC', population: 1_275_857 }),
  entry({ name: 'Philadelphia', lat: 39.95, lon: -75.16, country: 'USA', admin1Code: 'US.PA', featureClass: 'P', featureCode: 'PPLA2', population: 1_526_006 }),
  entry({ name: 'Stockton', lat: 37.96, lon: -121.29, country: 'USA', admin1Code: 'US.CA', featureClass: 'P', featureCode: 'PPLA2', population: 305_658 }),
  entry({ name: 'Stockton', lat: 42.35, lon: -90.01, country: 'USA', admin1Code: 'US.IL', featureClass: 'P', featureCode: 'PPL', population: 1_862 }),
  entry({ name: 'Justice', lat: 41.74, lon: -87.84, country: 'USA', admin1Code: 'US.IL', featureClass: 'P', featureCode: 'PPL', population: 12_926 }),
  entry({ name: 'Galena', lat: 42.42, lon: -90.43, country: 'USA', admin1Code: 'US.IL', featureClass: 'P', featureCode: 'PPLA2', population: 3_300 }),
  entry({ name: 'Elizabeth', lat: 42.32, lon: -90.22, country: 'USA', admin1Code: 'US.IL', featureClass: 'P', featureCode: 'PPL', population: 700 }),
  entry({ name: 'Fraser', lat: 42.54, lon: -82.95, country: 'USA', admin1Code: 'US.MI', featureClass: 'P', featureCode: 'PPL', population: 14_480 }),
  entry({ name: 'Memphis', lat: 35.15, lon: -90.05, country: 'USA', admin1Code: 'US.TN', featureClass: 'P', featureCode: 'PPLA2', population: 650_000 }),
  entry({ name: 'Miami', lat: 25.77, lon: -80.19, country: 'USA', admin1Code: 'US.FL', featureClass: 'P', featureCode: 'PPLA2', population: 441_000 }),
  entry({ name: 'Washington', lat: 38.9, lon: -77.04, country: 'USA', admin1Code: 'US.DC', featureClass: 'P', featureCode: 'PPLC', population: 689_545 }),
  entry({ name: 'Washington', names: ['Wash.'], lat: 47.5, lon: -120.5, country: 'USA', admin1Code: 'US.WA', featureClass: 'A', featureCode: 'ADM1', population: 6_400_000 }),
  entry({ name: 'Washington County', names: ['Washington'], lat: 43.31, lon: -73.42, country: 'USA', admin1Code: 'US.NY', admin2Code: 'US.NY.115', featureClass: 'A', featureCode: 'ADM2', population: 61_000 }),
  entry({ name: 'Powhatan County', lat: 37.55, lon: -77.92, country: 'USA', admin1Code: 'US.VA', admin2Code: 'US.VA.145', featureClass: 'A', featureCode: 'ADM2', precision: 'district', population: 0 }),
  entry({ name: 'Lake Ontario', lat: 43.7, lon: -77.9, country: '', featureClass: 'H', featureCode: 'LK', precision: 'region', population: 0 }),
  entry({ name: 'Utah', lat: 39.25, lon: -111.75, country: 'USA', admin1Code: 'US.UT', featureClass: 'A', featureCode: 'ADM1', population: 3_000_000 }),
  entry({ name: 'Oregon', lat: 44, lon: -120.5, country: 'USA', admin1Code: 'US.OR', featureClass: 'A', featureCode: 'ADM1', population: 4_000_000 }),
  entry({ name: 'Elmwood Square', names: ['Harbor Square'], lat: 40.7, lon: -73.67, country: 'USA', admin1Code: 'US.NY', featureClass: 'P', featureCode: 'PPL', population: 29_000 }),
  // a big city and its small namesake in a state a story may name for other reasons
  entry({ name: 'Lakeport', lat: 45.5, lon: -122.7, country: 'USA', admin1Code: 'US.OR', featureClass: 'P', featureCode: 'PPLA2', population: 650_000 }),
  entry({ name: 'Lakeport', lat: 27.9, lon: -97.3, country: 'USA', admin1Code: 'US.TX', featureClass: 'P', featureCode: 'PPL', population: 1_800 }),
  entry({ name: 'Dallas', lat: 32.78, lon: -96.8, country: 'USA', admin1Code: 'US.TX', featureClass: 'P', featureCode: 'PPLA2', population: 1_300_000 }),
  entry({ name: 'Mesquite Springs', lat: 29.9, lon: -97.9, country: 'USA', admin1Code: 'US.TX', featureClass: 'P', featureCode: 'PPL', population: 60_000 }),
  entry({ name: 'Aransas', lat: 27.95, lon: -97.35, country: 'USA', admin1Code: 'US.TX', featureClass: 'P', featureCode: 'PPL', population: 5_000 }),
  // a part of a city as populous as a city, and a town of the same name elsewhere
  entry({ name: 'Brightwood', lat: 34.1, lon: -118.33, country: 'USA', admin1Code: 'US.CA', featureClass: 'P', featureCode: 'PPLX', population: 160_000 }),
  entry({ name: 'Brightwood', lat: 26.0, lon: -80.15, country: 'USA', admin1Code: 'US.FL', featureClass: 'P', featureCode: 'PPL', population: 140_000 }),
  // a gulf of no one country, and a county named like it
  entry({ name: 'Persian Gulf', names: ['Gulf'], lat: 27, lon: 51, country: '', featureClass: 'H', featureCode: 'GULF', precision: 'region', population: 0 }),
  entry({ name: 'Gulf County', names: ['Gulf'], lat: 29.96, lon: -85.25, country: 'USA', admin1Code: 'US.FL', admin2Code: 'US.FL.045', featureClass: 'A', featureCode: 'ADM2', precision: 'district', population: 5_000 }),
  entry({ name: 'Qatar', lat: 25.5, lon: 51.25, country: 'QAT', featureClass: 'A', featureCode: 'PCLI', population: 2_780_000 }),
  entry({ name: 'United States', lat: 39.76, lon: -98.5, country: 'USA', featureClass: 'A', featureCode: 'PCLI', population: 327_000_000 }),
  entry({ name: 'Blossom', lat: 33.66, lon: -95.38, country: 'USA', admin1Code: 'US.TX', featureClass: 'P', featureCode: 'PPL', population: 1_500 }),
  // a village the gazetteer lacks, named like a town abroad, written with its English region
  entry({ name: 'Elmstead', lat: -31.9, lon: 115.9, country: 'AUS', admin1Code: 'AU.08', featureClass: 'P', featureCode: 'PPL', population: 9_000 }),
  entry({ name: 'Wessexshire', lat: 51.1, lon: -2.3, country: 'GBR', featureClass: 'L', featureCode: 'RGN', precision: 'region', population: 1_000_000 }),
  entry({ name: 'United States Capitol', names: ['Capitol'], lat: 38.89, lon: -77.01, country: 'USA', featureClass: 'S', featureCode: 'BLDG', precision: 'point', population: 0 }),
  entry({ name: 'Northford', lat: 55.9, lon: -3.2, country: 'GBR', admin1Code: 'GB.SCT', featureClass: 'P', featureCode: 'PPLA2', population: 200_000 }),
  entry({ name: 'Overtown', lat: 55.76, lon: -3.92, country: 'GBR', admin1Code: 'GB.SCT', featureClass: 'P', featureCode: 'PPL', population: 2_000 }),
];

const fakeGazetteer: Gazetteer = {
  lookup(name) {
    const key = foldName(name);
    const t = translitKey(name);
    const out: GazetteerEntry[] = [];
    for (const r of rows) {
      const { names, ...e } = r;
      const all = [r.name, ...(names ?? [])];
      if (foldName(r.name) === key) out.push({ ...e, precision: r.precision!, matched: 'name' });
      else if (all.some((n) => foldName(n) === key)) out.push({ ...e, precision: r.precision!, matched: 'alternate' });
      else if (all.some((n) => translitKey(n) === t)) out.push({ ...e, precision: r.precision!, matched: 'translit' });
    }
    return out;
  },
  country: (iso3) => {
    const r = rows.find((x) => x.country === iso3 && x.featureCode === 'PCLI');
    return r ? { ...r, precision: 'country' } : undefined;
  },
  close() {},
};

function item(text: string, full: string, from = 0) {
  const start = full.indexOf(text, from);
  return { text, start, end: start + text.length };
}

test('without evidence the most prominent candidate wins', () => {
  const [r] = resolveToponyms([{ text: 'Paris', start: 0, end: 5 }], fakeGazetteer);
  assert.equal(r!.entry?.country, 'FRA');
});

test('"Paris, Texas": a parent named beside the name picks the Paris inside it', () => {
  const text = 'Residents of Paris, Texas, left.';
  const [paris, texas] = resolveToponyms([item('Paris', text), item('Texas', text)], fakeGazetteer, { text });
  assert.equal(paris!.entry?.country, 'USA');
  assert.ok(paris!.rules.includes('parent-named-beside'));
  assert.equal(texas!.entry?.featureCode, 'ADM1');
});

test('"Georgia" is the US state when the article is about the US, the country beside Tbilisi', () => {
  const us = 'Police in Atlanta said the suspect left Georgia.';
  const r1 = resolveToponyms([item('Atlanta', us), item('Georgia', us)], fakeGazetteer, { text: us });
  assert.equal(r1[1]!.entry?.country, 'USA');
  const ge = 'Officials in Tbilisi said troops had entered Georgia.';
  const r2 = resolveToponyms([item('Tbilisi', ge), item('Georgia', ge)], fakeGazetteer, { text: ge });
  assert.equal(r2[1]!.entry?.country, 'GEO');
});

test('a transliteration match is considered only when the article names its country', () => {
  const text = 'sur la route de Choucha';
  const without = resolveToponyms([item('Choucha', text)], fakeGazetteer, { text });
  assert.equal(without[0]!.entry?.country, 'TUN');
  const withAze = resolveToponyms([item('Choucha', text)], fakeGazetteer, { text, countries: new Map([['AZE', 2]]) });
  assert.equal(withAze[0]!.entry?.country, 'AZE');
  assert.equal(withAze[0]!.entry?.matched, 'translit');
});

test('an unknown name stays unresolved', () => {
  const [r] = resolveToponyms([{ text: 'Nowhereville', start: 0, end: 12 }], fakeGazetteer);
  assert.equal(r!.entry, undefined);
});

test('one sense per discourse: repeated names resolve alike', () => {
  const text = 'Paris, Texas. Later in Paris the storm ended.';
  const rs = resolveToponyms([item('Paris', text), item('Texas', text), item('Paris', text, 10)], fakeGazetteer, { text });
  assert.equal(rs[0]!.entry?.id, rs[2]!.entry?.id);
});

test('a town named like a country is meant only when the words say so: "Mexico" alone, and "Mexico, Missouri"', () => {
  const alone = 'Troops crossed into Mexico.';
  assert.equal(resolveToponyms([item('Mexico', alone)], fakeGazetteer, { text: alone })[0]!.entry?.country, 'MEX');
  // other US places do not pull the country's name to a small US town...
  const us = 'Police in Atlanta said the suspect fled to Mexico.';
  assert.equal(resolveToponyms([item('Atlanta', us), item('Mexico', us)], fakeGazetteer, { text: us })[1]!.entry?.country, 'MEX');
  // ...its state named beside it does
  const mo = 'A fire in Mexico, Missouri, spread to Columbia.';
  const r = resolveToponyms([item('Mexico', mo), item('Missouri', mo), item('Columbia', mo)], fakeGazetteer, { text: mo });
  assert.equal(r[0]!.entry?.country, 'USA');
  assert.ok(r[0]!.rules.includes('parent-named-beside'));
});

test('"New York" is the city, not the state, when nothing says state', () => {
  const text = 'The rally took place in New York on Monday.';
  const [r] = resolveToponyms([item('New York', text)], fakeGazetteer, { text });
  assert.equal(r!.entry?.name, 'New York City');
  const stateText = 'Flooding hit upstate counties of the state of New York.';
  const [s2] = resolveToponyms([{ ...item('New York', stateText), hint: 'region' }], fakeGazetteer, { text: stateText });
  assert.equal(s2!.entry?.featureCode, 'ADM1');
});

test('a demonym stands for its country, never for a division of the same name ("Georgian" in a US article)', () => {
  const text = 'Police in Atlanta said Georgian troops had crossed the line.';
  const r = resolveToponyms([item('Atlanta', text), { ...item('Georgian', text), lookupName: 'Georgia', demonym: true }], fakeGazetteer, { text });
  assert.equal(r[1]!.entry?.country, 'GEO');
  assert.equal(r[1]!.entry?.precision, 'country');
});

test('a people resolves by its own name first: "English" is England, though England is also a name of the United Kingdom', () => {
  const text = 'English fans travelled to the match.';
  const r = resolveToponyms([{ ...item('English', text), lookupName: 'England', demonym: true }], fakeGazetteer, { text });
  assert.equal(r[0]!.entry?.name, 'England');
});

test('a country gains from its own towns named in the article', () => {
  const text = 'Georgia said shelling near Tbilisi continued.';
  const r = resolveToponyms([item('Georgia', text), item('Tbilisi', text)], fakeGazetteer, { text });
  assert.equal(r[0]!.entry?.country, 'GEO');
  assert.ok(r[0]!.rules.includes('country-in-article'));
});

test('empty, huge and control-character names resolve to nothing, without throwing', () => {
  const names = ['', ' ', '\u0000', 'x'.repeat(10_000), 'Paris\u0007'];
  const rs = resolveToponyms(names.map((n) => ({ text: n, start: 0, end: n.length })), fakeGazetteer);
  assert.equal(rs.length, names.length);
  for (const r of rs.slice(0, 4)) assert.equal(r.entry, undefined);
});

const EN_HOME = ['USA', 'GBR', 'CAN', 'AUS', 'NZL', 'IRL'];

test('an old name of a capital ranks below a city of about its size whose own name it is: "Philadelphia" is not Amman', () => {
  const text = 'PHILADELPHIA (AP) - Two men were wounded in a shooting, police said.';
  const [r] = resolveToponyms([item('PHILADELPHIA', text)], fakeGazetteer, { text, homeCountries: EN_HOME });
  assert.equal(r!.entry?.country, 'USA');
});

test('one small town elsewhere does not pull a name from a large city to a hamlet: "Stockton" with "Justice"', () => {
  const text = 'A man was shot in Stockton on Saturday. Justice will be served, the chief said.';
  const r = resolveToponyms([item('Stockton', text), item('Justice', text)], fakeGazetteer, { text, homeCountries: EN_HOME });
  assert.equal(r[0]!.entry?.admin1Code, 'US.CA');
  // several places of that corner of Illinois do
  const local = 'Flooding closed roads between Stockton, Galena and Elizabeth, and near Justice.';
  const r2 = resolveToponyms(['Stockton', 'Galena', 'Elizabeth', 'Justice'].map((n) => item(n, local)), fakeGazetteer, { text: local, homeCountries: EN_HOME });
  assert.equal(r2[0]!.entry?.admin1Code, 'US.IL');
});

test('no transliteration guess inside the countries where the article\'s language is spoken: "Frayser" is not Fraser', () => {
  const text = 'A man was shot in Frayser, Memphis police said.';
  const r = resolveToponyms([item('Frayser', text), item('Memphis', text)], fakeGazetteer, { text, homeCountries: EN_HOME });
  assert.equal(r[0]!.entry, undefined);
  assert.equal(r[1]!.entry?.name, 'Memphis');
});

test('when the article\'s places lie in one country, a small namesake in another home country stays out: "Overtown" in Miami', () => {
  const text = 'MIAMI - A teenager was shot in Overtown on Thursday.';
  const r = resolveToponyms([item('MIAMI', text), item('Overtown', text)], fakeGazetteer, { text, homeCountries: EN_HOME });
  assert.equal(r[0]!.entry?.name, 'Miami');
  assert.notEqual(r[1]!.entry?.country, 'GBR');
  // alone, the namesake is still found
  const alone = 'Residents of Overtown met on Thursday.';
  assert.equal(resolveToponyms([item('Overtown', alone)], fakeGazetteer, { text: alone, homeCountries: EN_HOME })[0]!.entry?.country, 'GBR');
});

test('"Washington": the capital alone, the state in a list of states or when the words say state', () => {
  const alone = 'Officials in Washington said talks would resume.';
  assert.equal(resolveToponyms([item('Washington', alone)], fakeGazetteer, { text: alone, homeCountries: EN_HOME })[0]!.entry?.featureCode, 'PPLC');
  const list = 'Cases were reported in Utah, Washington and Oregon.';
  const r = resolveToponyms(['Utah', 'Washington', 'Oregon'].map((n) => item(n, list)), fakeGazetteer, { text: list, homeCountries: EN_HOME });
  assert.equal(r[1]!.entry?.featureCode, 'ADM1');
  assert.ok(r[1]!.rules.includes('listed-with-same-kind'));
  const state = 'The cow came from a Washington state farm.';
  assert.equal(resolveToponyms([item('Washington', state)], fakeGazetteer, { text: state, homeCountries: EN_HOME })[0]!.entry?.featureCode, 'ADM1');
});

test('"Washington, New York and Miami" is a list of names: New York is no parent of Washington there, as it is in "Washington, New York, is"', () => {
  const list = 'After stops in Washington, New York and Miami, the delegation flew home.';
  const r = resolveToponyms(['Washington', 'New York', 'Miami'].map((n) => item(n, list)), fakeGazetteer, { text: list, homeCountries: EN_HOME });
  assert.equal(r[0]!.entry?.featureCode, 'PPLC');
  assert.ok(!r[0]!.rules.includes('parent-named-beside'));
  const pair = 'The fair in Washington, New York, drew farmers.';
  const p = resolveToponyms(['Washington', 'New York'].map((n) => item(n, pair)), fakeGazetteer, { text: pair, homeCountries: EN_HOME });
  assert.equal(p[0]!.entry?.featureCode, 'ADM2');
  assert.ok(p[0]!.rules.includes('parent-named-beside'));
});

test('a name that may be the division another name of the article stands for is that division: "Wash." then "Washington"', () => {
  const text = 'OLYMPIA, Wash. - Crews from across Washington were ready on Monday.';
  const r = resolveToponyms([item('Wash.', text), item('Washington', text)], fakeGazetteer, { text, homeCountries: EN_HOME });
  assert.equal(r[0]!.entry?.featureCode, 'ADM1');
  assert.equal(r[1]!.entry?.featureCode, 'ADM1');
  assert.ok(r[1]!.rules.includes('division-named-otherwise'));
});

test('a county named with its generic word, and a lake by its full name, resolve without other evidence', () => {
  const county = 'Deputies in Powhatan County searched the woods.';
  const [c] = resolveToponyms([item('Powhatan County', county)], fakeGazetteer, { text: county, homeCountries: EN_HOME });
  assert.equal(c!.entry?.featureCode, 'ADM2');
  const lake = 'Ice formed early on Lake Ontario this year.';
  const [l] = resolveToponyms([item('Lake Ontario', lake)], fakeGazetteer, { text: lake, homeCountries: EN_HOME });
  assert.equal(l!.entry?.featureCode, 'LK');
});

test('"England" is England, the division whose own name it is, before the United Kingdom it also names', () => {
  const text = 'Floods closed roads across England on Sunday.';
  const [r] = resolveToponyms([item('England', text)], fakeGazetteer, { text });
  assert.equal(r!.entry?.featureCode, 'ADM1');
});

test('focusFallback: a name the gazetteer lacks takes the town the article is about, marked article-focus; off by default', () => {
  const text = 'Fire broke out near Saint Olaf Church in Memphis. Memphis firefighters said the church was empty.';
  const items = [item('Saint Olaf Church', text), item('Memphis', text), item('Memphis', text, 50)];
  const off = resolveToponyms(items, fakeGazetteer, { text });
  assert.equal(off[0]!.entry, undefined);
  const on = resolveToponyms(items, fakeGazetteer, { text, focusFallback: true });
  assert.equal(on[0]!.entry?.name, 'Memphis');
  assert.ok(on[0]!.rules.includes('article-focus'));
  // (the known names keep their own resolution)
  assert.ok(!on[1]!.rules.includes('article-focus'));
});

test('focusFallback: no town in the article, no guess (a country is no focus)', () => {
  const text = 'Le Tour de Mexico passe par Xqzzyville.';
  const rs = resolveToponyms([item('Mexico', text), item('Xqzzyville', text)], fakeGazetteer, { text, focusFallback: true });
  assert.equal(rs[1]!.entry, undefined);
});

test('focusFallback: a name the gazetteer lacks lies in the article\'s focus, not merely in the town written beside it', () => {
  const text = 'Memphis police came. Memphis and Atlanta agreed. Later, at Saint Olaf Church near Atlanta, the service began.';
  const rs = resolveToponyms([item('Memphis', text), item('Memphis', text, 10), item('Memphis', text, 25), item('Atlanta', text), item('Saint Olaf Church', text)], fakeGazetteer, { text, focusFallback: true });
  assert.equal(rs[4]!.entry?.name, 'Memphis');
  assert.deepEqual(rs[4]!.rules, ['article-focus']);
});

test('focusFallback: with no town named, a name the gazetteer lacks lies in the capital of the one country the article names', () => {
  const withCapitals: Gazetteer = { ...fakeGazetteer, capital: (iso3) => fakeGazetteer.lookup('Tbilisi').find((e) => e.country === iso3) };
  const text = 'Floods hit Xqzzyville, in Georgia, after rain across Georgia.';
  const items = [item('Xqzzyville', text), item('Georgia', text), item('Georgia', text, 40)];
  const rs = resolveToponyms(items, withCapitals, { text, focusFallback: true, countries: new Map([['GEO', 2]]) });
  assert.equal(rs[0]!.entry?.name, 'Tbilisi');
  // (a gazetteer that knows no capitals guesses nothing)
  assert.equal(resolveToponyms(items, fakeGazetteer, { text, focusFallback: true, countries: new Map([['GEO', 2]]) })[0]!.entry, undefined);
});

test('focusFallback: the place an organisation is named after is no focus ("a University of Memphis study")', () => {
  const text = 'A University of Memphis study was presented at Saint Olaf Church.';
  const g: Gazetteer = { ...fakeGazetteer, capital: () => undefined };
  const plain = resolveToponyms([item('Memphis', text), item('Saint Olaf Church', text)], g, { text, focusFallback: true });
  assert.equal(plain[1]!.entry?.name, 'Memphis');
  const named = resolveToponyms([{ ...item('Memphis', text), inName: true }, item('Saint Olaf Church', text)], g, { text, focusFallback: true });
  assert.equal(named[0]!.entry?.name, 'Memphis');
  assert.equal(named[1]!.entry, undefined);
});

test('a town an organisation is named after is the best-known town of the name: the story\'s country does not pull it home', () => {
  // (with a town of the story near the Texan Paris: its state alone does not take a world city's name to a namesake)
  const text = 'Paris Saint-Germain signed a forward, officials in Blossom, Texas said.';
  const plain = resolveToponyms([item('Paris', text), item('Blossom', text), item('Texas', text)], fakeGazetteer, { text });
  assert.equal(plain[0]!.entry?.country, 'USA');
  const named = resolveToponyms([{ ...item('Paris', text), namedAfter: true }, item('Blossom', text), item('Texas', text)], fakeGazetteer, { text });
  assert.equal(named[0]!.entry?.country, 'FRA');
  // (a name a state bears too keeps its reading: "the Washington Post" in a story from Washington state)
  const wa = 'The Washington Post reported it. Officials in Seattle, Wash., agreed.';
  const w = resolveToponyms([{ ...item('Washington', wa), namedAfter: true }, item('Wash.', wa)], fakeGazetteer, { text: wa });
  assert.ok(w[0]!.entry);
});

test('a pair of names: "Oregon or Washington" is two states; "Texas and Washington, D.C." is not', () => {
  const pair = 'Growers from states such as Oregon or Washington complained.';
  const r = resolveToponyms(['Oregon', 'Washington'].map((n) => item(n, pair)), fakeGazetteer, { text: pair, homeCountries: EN_HOME });
  assert.equal(r[1]!.entry?.featureCode, 'ADM1');
  assert.ok(r[1]!.rules.includes('listed-with-same-kind'));
  const dc = 'Visitors came from Utah and Washington, Miami too.';
  const d = resolveToponyms(['Utah', 'Washington', 'Miami'].map((n) => item(n, dc)), fakeGazetteer, { text: dc, homeCountries: EN_HOME });
  assert.ok(!d[1]!.rules.includes('listed-with-same-kind'));
});

test('focusFallback: a small town abroad that nothing supports gives way to the focus in a story about one country', () => {
  const text = 'Storms hit Memphis and Miami. In Choucha, roofs fell. Memphis and Miami counted the damage.';
  const items = [item('Memphis', text), item('Miami', text), item('Choucha', text), item('Memphis', text, 40), item('Miami', text, 55)];
  const off = resolveToponyms(items, fakeGazetteer, { text });
  assert.equal(off[2]!.entry?.country, 'TUN');
  const on = resolveToponyms(items, fakeGazetteer, { text, focusFallback: true });
  assert.equal(on[2]!.entry?.country, 'USA');
  assert.ok(on[2]!.rules.includes('article-focus'));
});

test('focusFallback: a multiword name that is only an other name of a small town far from the story is a place of the story\'s town', () => {
  const text = 'Memphis police closed Harbor Square on Friday. Memphis officials said it would reopen.';
  const items = [item('Memphis', text), item('Harbor Square', text), item('Memphis', text, 40)];
  assert.equal(resolveToponyms(items, fakeGazetteer, { text })[1]!.entry?.name, 'Elmwood Square');
  const on = resolveToponyms(items, fakeGazetteer, { text, focusFallback: true });
  assert.equal(on[1]!.entry?.name, 'Memphis');
});

test('focusFallback: an organisation named after a state stands in the story\'s town when that town lies in the state', () => {
  const text = 'Students of the Georgia Institute met in Atlanta. Atlanta police said the march was calm.';
  const items = [{ ...item('Georgia', text), inName: true }, item('Atlanta', text), item('Atlanta', text, 55)];
  assert.equal(resolveToponyms(items, fakeGazetteer, { text })[0]!.entry?.featureCode, 'ADM1');
  const on = resolveToponyms(items, fakeGazetteer, { text, focusFallback: true });
  assert.equal(on[0]!.entry?.name, 'Atlanta');
  assert.ok(on[0]!.rules.includes('organisation-in-town'));
});

test('a pair of names in French: "l\'Oregon et Washington" is two states', () => {
  const text = "Des producteurs de l'Oregon et Washington se sont plaints.";
  const r = resolveToponyms(['Oregon', 'Washington'].map((n) => item(n, text)), fakeGazetteer, { text });
  assert.equal(r[1]!.entry?.featureCode, 'ADM1');
});

test('focusFallback in French: "la basilique Saint-Olaf" lies in the town of the story', () => {
  const text = "Un incendie a ravagé la basilique Saint-Olaf, à Memphis, selon les pompiers de Memphis.";
  const rs = resolveToponyms([item('basilique Saint-Olaf', text), item('Memphis', text), item('Memphis', text, 60)], fakeGazetteer, { text, focusFallback: true });
  assert.equal(rs[0]!.entry?.name, 'Memphis');
  assert.ok(rs[0]!.rules.includes('article-focus'));
});

test('a small namesake of a big city is not meant because the story names its state for other reasons (rule namesake)', () => {
  const text = 'The Dallas Mavericks beat Lakeport on Monday; Texas fans cheered in Dallas.';
  const r = resolveToponyms([item('Dallas', text), item('Lakeport', text), item('Texas', text), item('Dallas', text, 40)], fakeGazetteer, { text });
  assert.equal(r[1]!.entry?.admin1Code, 'US.OR');
  // a place of the story close to the namesake still makes it the namesake
  const local = 'A storm hit Aransas and Lakeport, Texas officials said.';
  const l = resolveToponyms([item('Aransas', local), item('Lakeport', local), item('Texas', local)], fakeGazetteer, { text: local });
  assert.equal(l[1]!.entry?.admin1Code, 'US.TX');
  // a town of the story two hundred kilometres away is not close: "based in London" in a story from Los Angeles
  const far = 'Mesquite Springs officials said the designer is based in Lakeport, not in Texas.';
  const f = resolveToponyms([item('Mesquite Springs', far), item('Lakeport', far), item('Texas', far)], fakeGazetteer, { text: far });
  assert.equal(f[1]!.entry?.admin1Code, 'US.OR');
  assert.ok(f[1]!.rules.includes('namesake') || !f[1]!.rules.includes('division-in-article'));
});

test('a part of a city with a city\'s population is known by its name as a town is', () => {
  const text = 'Producers in Brightwood said the film was delayed.';
  assert.equal(resolveToponyms([item('Brightwood', text)], fakeGazetteer, { text })[0]!.entry?.admin1Code, 'US.CA');
});

test('a gulf of no one country lies by the countries the story names: "the Gulf" beside Qatar', () => {
  const text = 'The United States has an ally in the Gulf, Qatar.';
  const r = resolveToponyms([item('United States', text), item('Gulf', text), item('Qatar', text)], fakeGazetteer, { text });
  assert.equal(r[1]!.entry?.name, 'Persian Gulf');
});

test('"Elmstead, Wessexshire": a town written with its region, whose only reading lies elsewhere, lies in the region (rule in-parent)', () => {
  const text = 'The race moves to Elmstead, Wessexshire, in June.';
  const [town, region] = resolveToponyms([item('Elmstead', text), item('Wessexshire', text)], fakeGazetteer, { text });
  assert.equal(town!.entry?.name, 'Wessexshire');
  assert.deepEqual(town!.rules, ['in-parent']);
  assert.equal(region!.entry?.name, 'Wessexshire');
  // alone, the name keeps its reading abroad
  assert.equal(resolveToponyms([item('Elmstead', 'Elmstead')], fakeGazetteer, { text: 'Elmstead' })[0]!.entry?.country, 'AUS');
});

test('in-parent: a reading inside the parent stays; a name that may be one more of the parent\'s kind is a list, not a child', () => {
  const inside = 'Residents of Paris, Texas, left.';
  assert.equal(resolveToponyms([item('Paris', inside), item('Texas', inside)], fakeGazetteer, { text: inside })[0]!.entry?.featureCode, 'PPLA2');
  const list = 'Storms hit Washington, Texas and Utah.';
  const rs = resolveToponyms([item('Washington', list), item('Texas', list), item('Utah', list)], fakeGazetteer, { text: list });
  assert.notEqual(rs[0]!.entry?.name, 'Texas');
  assert.ok(!rs[0]!.rules.includes('in-parent'));
});

test('in-parent: the town of the name inside the parent is found beyond the candidates kept ("Lindale, New York")', () => {
  const many: Row[] = Array.from({ length: 30 }, (_, k) => entry({ name: 'Lindale', lat: 30 + k / 10, lon: -97, country: 'USA', admin1Code: 'US.TX', featureClass: 'P', featureCode: 'PPL', population: 5_000 + k }));
  const ny = entry({ name: 'Lindale', lat: 42.1, lon: -75.9, country: 'USA', admin1Code: 'US.NY', featureClass: 'P', featureCode: 'PPL', population: 0 });
  const all = [...rows, ...many, ny];
  const g: Gazetteer = { ...fakeGazetteer, lookup: (name) => all.filter((r) => foldName(r.name) === foldName(name)).map(({ names: _n, ...e }) => ({ ...e, precision: e.precision!, matched: 'name' as const })) };
  const text = 'A fire in Lindale, New York, destroyed a barn.';
  const [town] = resolveToponyms([item('Lindale', text), item('New York', text)], g, { text });
  assert.equal(town!.entry?.admin1Code, 'US.NY');
  assert.equal(town!.entry?.featureClass, 'P');
  assert.deepEqual(town!.rules, ['in-parent']);
});

test('in-parent: a county\'s bare name that is also a town is no parent ("Savannah, Beaufort, SC" lists towns)', () => {
  const county = entry({ name: 'Dorchester County', names: ['Dorchester'], lat: 33.08, lon: -80.4, country: 'USA', admin1Code: 'US.SC', admin2Code: 'US.SC.035', featureClass: 'A', featureCode: 'ADM2', precision: 'district', population: 150_000 });
  const town = entry({ name: 'Dorchester', lat: 33.13, lon: -80.39, country: 'USA', admin1Code: 'US.SC', admin2Code: 'US.SC.035', featureClass: 'P', featureCode: 'PPL', population: 500 });
  const all = [...rows, county, town];
  const g: Gazetteer = { ...fakeGazetteer, lookup: (name) => all.filter((r) => [r.name, ...(r.names ?? [])].some((n) => foldName(n) === foldName(name))).map(({ names, ...e }) => ({ ...e, precision: e.precision!, matched: foldName(e.name) === foldName(name) ? 'name' as const : 'alternate' as const })) };
  const text = 'News 3: Memphis, Dorchester, Atlanta and beyond.';
  const rs = resolveToponyms([item('Memphis', text), item('Dorchester', text), item('Atlanta', text)], g, { text });
  assert.equal(rs[0]!.entry?.name, 'Memphis');
  assert.ok(!rs[0]!.rules.includes('in-parent'));
});

test('"the state Capitol" is the capitol of the state the story is about, in its capital (rule state-seat)', () => {
  const text = 'Teachers marched in Atlanta as Georgia lawmakers met at the state Capitol. Later the Capitol emptied.';
  const rs = resolveToponyms([item('Atlanta', text), item('Georgia', text), item('Capitol', text), item('Capitol', text, 70)], fakeGazetteer, { text });
  assert.equal(rs[2]!.entry?.name, 'Atlanta');
  assert.deepEqual(rs[2]!.rules, ['state-seat']);
  assert.equal(rs[3]!.entry?.name, 'Atlanta');
  // without "state" it is the nation's
  const dc = 'Teachers from Atlanta, Georgia, rallied at the Capitol.';
  assert.equal(resolveToponyms([item('Atlanta', dc), item('Georgia', dc), item('Capitol', dc)], fakeGazetteer, { text: dc })[2]!.entry?.featureCode, 'BLDG');
  // nor when the story names two states as much
  const two = 'Lawmakers in Texas and Utah met at the state Capitol.';
  assert.equal(resolveToponyms([item('Texas', two), item('Utah', two), item('Capitol', two)], fakeGazetteer, { text: two })[2]!.entry?.featureCode, 'BLDG');
});

test('in-parent: not after a country (a looser notion: "Belfast, Ireland"), nor for a large town beyond a region\'s reach', () => {
  const country = 'Fans flew from Miami, Qatar, to the final.';
  const c = resolveToponyms([item('Miami', country), item('Qatar', country)], fakeGazetteer, { text: country });
  assert.equal(c[0]!.entry?.name, 'Miami');
  const region = 'The tour reaches Northford, Wessexshire, on Friday.';
  const r = resolveToponyms([item('Northford', region), item('Wessexshire', region)], fakeGazetteer, { text: region });
  assert.equal(r[0]!.entry?.name, 'Northford');
  assert.ok(!r[0]!.rules.includes('in-parent'));
});
