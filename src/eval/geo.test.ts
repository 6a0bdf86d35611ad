// The geo suite: its readers (LGL, GeoVirus, GeoWebNews XML and brat), its figures and its --json line,
// and accuracy floors on the corpora (evaluation only; skipped when ../shared is absent).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedFile, SHARED_MISSING } from '../testing/helpers.js';
import { DEFAULT_GAZETTEER_PATH, openGazetteer } from '../geo/index.js';
import { DEFAULT_GEOVIRUS, DEFAULT_GWN, DEFAULT_LGL, demonymStems, englishDemonyms, lookupNameFor, detectFormat, parseGeoVirus, parseGwn, parseLgl, formatMisses, readBrat, readGold, runGeoEval, scoreGeo, scoreRecognition } from './geo.js';

const built = existsSync(DEFAULT_GAZETTEER_PATH);
const NOT_BUILT = 'skipped: gazetteer not built (npm run prepare)';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s), readStdin: async () => Buffer.alloc(0) } };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'sitrep-geo-eval-'));
}

const LGL_XML = '<articles><article docid="1"><text><![CDATA[Fire in Alexandria, La. Crews from Pineville helped.]]></text><toponyms>' +
  '<toponym><start>8</start><end>18</end><phrase>Alexandria</phrase><gaztag geonameid="4314550"><fcode>PPL</fcode><lat>31.3113</lat><lon>-92.4451</lon></gaztag></toponym>' +
  '<toponym><start>20</start><end>23</end><phrase>La.</phrase><gaztag geonameid="4331987"><fcode>ADM1</fcode><lat>31.0</lat><lon>-92.0</lon></gaztag></toponym>' +
  '<toponym><start>35</start><end>44</end><phrase>Pineville</phrase></toponym>' +
  '</toponyms></article></articles>';

test('parseLgl reads articles and toponym spans that slice the text; a toponym without a point counts for recognition only', () => {
  const [a] = parseLgl(LGL_XML);
  assert.equal(a!.toponyms.length, 2);
  assert.equal(a!.toponyms[0]!.text, 'Alexandria');
  assert.equal(a!.toponyms[0]!.lat, 31.3113);
  assert.deepEqual(a!.spans.map((s) => a!.text.slice(s.start, s.end)), ['Alexandria', 'La.', 'Pineville']);
});

test('parseGeoVirus realigns offsets that are one character off with the name the file gives', () => {
  const xml = '<articles><article><source>x</source><text>A farm in Pandi, Bulacan was closed.</text><locations>' +
    '<location><name>Pandi</name><start>11</start><end>16</end><lat>14.87</lat><lon>120.95</lon><page>p</page></location>' +
    '<location><name>Bulacan</name><start>17</start><end>24</end><lat>15</lat><lon>121.08</lon></location>' +
    '</locations></article></articles>';
  const [a] = parseGeoVirus(xml);
  assert.deepEqual(a!.toponyms.map((t) => t.text), ['Pandi', 'Bulacan']);
  for (const t of a!.toponyms) assert.equal(a!.text.slice(t.start, t.end), t.text);
});

test('parseGwn keeps toponyms with a GeoNames id for resolution and those with a point for recognition, unescaping the text', () => {
  const xml = '<?xml version="1.0" ?><articles><!--GeoWebNews--><article file="0"><title>t</title><text>&quot;BEIRUT&quot; says Turkey shelled Afrin.</text><toponyms>' +
    '<toponym><extractedName>Turkey</extractedName><type>Metonymic</type><nonLocational>No</nonLocational><start>14</start><end>20</end><geonamesID>298795</geonamesID><latitude>39.0</latitude><longitude>35.0</longitude></toponym>' +
    '<toponym><extractedName>BEIRUT</extractedName><type>Mixed</type><nonLocational>No</nonLocational><start>1</start><end>7</end><geonamesID>276781</geonamesID><latitude>33.89</latitude><longitude>35.50</longitude></toponym>' +
    '<toponym><extractedName>Afrin</extractedName><type>Literal</type><nonLocational>No</nonLocational><start>29</start><end>34</end><geonamesID/><latitude>36.5</latitude><longitude>36.8</longitude></toponym>' +
    '<toponym><extractedName>says</extractedName><type>Non_Lit_Expression</type><nonLocational>Yes</nonLocational><start>9</start><end>13</end><geonamesID/></toponym>' +
    '</toponyms></article></articles>';
  const [a] = parseGwn(xml);
  assert.equal(a!.text.slice(0, 8), '"BEIRUT"');
  assert.deepEqual(a!.toponyms.map((t) => t.text), ['BEIRUT', 'Turkey']);
  assert.deepEqual(a!.spans.map((s) => a!.text.slice(s.start, s.end)), ['BEIRUT', 'Turkey', 'Afrin']);
  assert.equal(a!.toponyms[1]!.fcode, 'Metonymic');
});

test('readBrat reads .txt/.ann pairs: toponym types only, points from GeoNames ids when known', () => {
  const dir = tmp();
  try {
    writeFileSync(join(dir, '0.txt'), 'BEIRUT (AP) - Turkey shelled a city in Syria.');
    writeFileSync(join(dir, '0.ann'), 'T1\tMixed 0 6\tBEIRUT\n#1\tAnnotatorNotes T1\t276781\nT2\tMetonymic 14 20\tTurkey\n#2\tAnnotatorNotes T2\t298795\nT3\tNon_Toponym 31 35\tcity\nT4\tLiteral 39 44\tSyria\n');
    const arts = readBrat(dir, (id) => (id === 276781 ? [33.89, 35.5] : undefined));
    assert.equal(arts.length, 1);
    assert.deepEqual(arts[0]!.spans.map((s) => arts[0]!.text.slice(s.start, s.end)), ['BEIRUT', 'Turkey', 'Syria']);
    assert.deepEqual(arts[0]!.toponyms.map((t) => t.text), ['BEIRUT']);
    assert.equal(detectFormat(dir), 'brat');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a file in no known format is E_BAD_GOLD', () => {
  const dir = tmp();
  try {
    const p = join(dir, 'x.xml');
    writeFileSync(p, '<html><body>nothing here</body></html>');
    assert.throws(() => readGold(p), (e: unknown) => (e as { code?: string }).code === 'E_BAD_GOLD');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('eval geo --gold FILE --json: the last line is one JSON object with the figures', { skip: !built && NOT_BUILT }, async () => {
  const dir = tmp();
  try {
    const p = join(dir, 'lgl.xml');
    writeFileSync(p, LGL_XML);
    const { out, err, io: cliIo } = io();
    const status = await runGeoEval([], { gold: p, json: true }, cliIo);
    assert.equal(status, 0, err.join(''));
    const lines = out.join('').trim().split('\n');
    const j = JSON.parse(lines[lines.length - 1]!) as Record<string, number>;
    for (const k of ['acc161', 'meanKm', 'medianKm', 'country', 'recognitionF1']) assert.equal(typeof j[k], 'number', k);
    // Alexandria, La. is the Louisiana town beside its state, not the Egyptian city
    assert.equal(j.acc161, 1);
    assert.equal(j.country, 1);
    assert.ok(j.recognitionF1! > 0 && j.recognitionF1! <= 1);
    assert.match(lines[1]!, /accuracy within 161 km/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('eval geo: a missing gold file is E_DATA_MISSING (status 3)', async () => {
  const { err, io: cliIo } = io();
  assert.equal(await runGeoEval(['/nonexistent/lgl.xml'], {}, cliIo), 3);
  assert.match(err.join(''), /E_DATA_MISSING/);
});

const corpora: Array<[string, string[], number, number]> = [
  // name, path, toponyms at least, accuracy floor (measured 87.8%, 90.7%, 92.9%; Mordecai3 reports LGL 82.7%, GeoWebNews 94.1%)
  ['LGL', DEFAULT_LGL, 4000, 0.87],
  ['GeoVirus', DEFAULT_GEOVIRUS, 2000, 0.9],
  ['GeoWebNews', DEFAULT_GWN, 2300, 0.92],
];
for (const [name, parts, min, floor] of corpora) {
  const file = sharedFile(...parts);
  test(`${name}: accuracy within 161 km on gold spans stays above ${floor * 100}%`, { skip: (!file && SHARED_MISSING) || (!built && NOT_BUILT) }, () => {
    const g = openGazetteer();
    try {
      const { articles } = readGold(file!);
      const s = scoreGeo(articles, g);
      assert.ok(s.total > min, `${s.total} toponyms`);
      const acc = s.correct / s.total;
      assert.ok(acc > floor, `accuracy ${(100 * acc).toFixed(1)}%`);
      assert.ok(s.resolved / s.total > 0.95);
    } finally {
      g.close();
    }
  });
}

test('LGL XML read from disk matches its toponym phrases', { skip: !sharedFile(...DEFAULT_LGL) && SHARED_MISSING }, () => {
  const xml = readFileSync(sharedFile(...DEFAULT_LGL)!, 'utf8');
  const arts = parseLgl(xml);
  const phrases = [...xml.matchAll(/<phrase>([^<]*)<\/phrase>/g)].length;
  assert.ok(arts.reduce((n, a) => n + a.spans.length, 0) >= phrases * 0.99);
});

test('recognition: a country named as an actor ("China said") is a recognised toponym, at its country', { skip: !built && NOT_BUILT }, () => {
  const text = 'China said on Monday it would answer the letter sent from Ottawa.';
  const start = text.indexOf('China');
  const g = openGazetteer();
  try {
    const gold = [{ text: 'Ottawa', start: text.indexOf('Ottawa'), end: text.indexOf('Ottawa') + 6, lat: 45.41, lon: -75.7, fcode: 'PPLC' }, { text: 'China', start, end: start + 5, lat: 35, lon: 105, fcode: 'PCLI' }];
    const r = scoreRecognition([{ text, toponyms: gold, spans: gold.map((t) => ({ start: t.start, end: t.end })) }], g);
    assert.equal(r.gold, 2);
    assert.equal(r.found, 2);
    assert.equal(r.foundAndRight, 2);
    assert.equal(r.systemMatched, r.system);
    // the places stage alone leaves the actor's name
    assert.equal(r.placesOnly.found, 1);
  } finally {
    g.close();
  }
});

test('formatMisses: one tab-separated line per miss, with the gold name and point, our place and the distance', { skip: !built && NOT_BUILT }, () => {
  // the gold point of Alexandria moved to Egypt's: the Louisiana town we choose is a miss
  const [a] = parseLgl(LGL_XML.replace('<lat>31.3113</lat><lon>-92.4451</lon>', '<lat>31.2</lat><lon>29.9</lon>'));
  const g = openGazetteer();
  try {
    const lines = formatMisses(scoreGeo([a!], g), 'lgl');
    assert.equal(lines.length, 1);
    const cols = lines[0]!.split('\t');
    assert.equal(cols[0], 'lgl');
    assert.equal(cols[2], 'Alexandria');
    assert.equal(cols[5], '31.2,29.9');
    assert.match(cols[6]!, /^Alexandria\|USA\|/);
    assert.ok(Number(cols[8]) > 10000);
  } finally {
    g.close();
  }
});

test('demonymStems: the place names an English demonym may come from', () => {
  assert.ok(demonymStems('South Ossetian').includes('South Ossetia'));
  assert.ok(demonymStems('Ontarians').includes('Ontario'));
  assert.ok(demonymStems('Sudanese').includes('Sudan'));
  assert.deepEqual(demonymStems('paris'), []);
});

test('lookupNameFor: the place inside a longer name, only when it stands for the whole', { skip: !built && NOT_BUILT }, () => {
  const g = openGazetteer();
  const d = englishDemonyms();
  try {
    // a university named after a well-known place is that place; "State University" is no place inside it
    assert.equal(lookupNameFor('Kansas State University', g, d), 'Kansas');
    assert.equal(lookupNameFor('University of Manitoba', g, d), 'Manitoba');
    // named after a person or a small town: no place the text gives (the name itself, which the gazetteer lacks)
    assert.equal(lookupNameFor('Harvard University', g, d), 'Harvard University');
    // as the places stage reads them: the place an authority serves or a council governs, the name before its place noun
    assert.equal(lookupNameFor("Pike County Sheriff's Office", g, d), 'Pike County');
    assert.equal(lookupNameFor('Galway County Council', g, d), 'Galway');
    assert.equal(lookupNameFor('Ikeja Local Government Area', g, d), 'Ikeja');
    // a people's institution is their country's; a quarter named after a people is not
    assert.equal(lookupNameFor('Brazilian Senate', g, d), 'Brazil');
    assert.equal(lookupNameFor('Chinese Quarter', g, d), 'Chinese Quarter');
    // a small town's name inside a longer name is no evidence ("Domaine Chinon" is no place of Chinon)
    assert.equal(lookupNameFor('Domaine Chinon', g, d), 'Domaine Chinon');
    // generic words around a known name leave it the place
    assert.equal(lookupNameFor('Greater Manchester', g, d), 'Manchester');
    assert.equal(lookupNameFor('Lyon', g, d), undefined);
    // a combining form before a hyphen is its country's ("Austro-Hungarian", "Sino-Indian")
    assert.equal(lookupNameFor('Austro', g, d), 'Austria');
    assert.equal(lookupNameFor('Sino', g, d), 'China');
    // "Arab" is of the Arab world, not Arab, Alabama
    assert.equal(lookupNameFor('Arab', g, d), 'Arab world');
    // a township is not the town it is named after
    assert.equal(lookupNameFor('Lincoln Township', g, d), 'Lincoln Township');
  } finally {
    g.close();
  }
});

