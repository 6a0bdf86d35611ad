// Where an event happened, end to end (tokens -> places -> events) on English local-news shapes.
// Needs the built gazetteer (data/gazetteer.sqlite).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { DEFAULT_GAZETTEER_PATH } from '../geo/index.js';
import { createExtractor, type Extractor } from '../pipeline/extract.js';

const skip = !existsSync(DEFAULT_GAZETTEER_PATH) && 'skipped: data/gazetteer.sqlite is not built (npm run prepare)';
let extractor: Extractor | undefined;
const extract = (text: string, title?: string) =>
  (extractor ??= createExtractor()).process({ id: 't', text: title ? `${title}\n\n${text}` : text, title, published: '2015-07-28', lang: 'en' });

test('the outlet named in a page title\'s tail does not place the story a dateline places', { skip }, () => {
  const title = 'Man arrested after son finds gun, shoots himself in hand - KSLA News 12 Shreveport, Louisiana News Weather & Sports';
  const doc = extract('NEW ORLEANS (AP) - A New Orleans man has been arrested after his 5-year-old son shot himself with a handgun.', title);
  const shots = doc.events.filter((e) => e.type === 'ASSAULT' || e.type === 'ACCIDENT');
  assert.ok(shots.length > 0, 'the shooting is an event');
  for (const e of shots) assert.equal(e.location?.name, 'New Orleans', `${e.evidence[0]?.text} -> ${e.location?.name}`);
  // the outlet's town is still a place of the article, marked as the outlet's
  assert.ok(doc.places.some((p) => p.span.text === 'Shreveport' && p.outlet));
});

test('the outlet\'s town places a story that names no other place', { skip }, () => {
  const doc = extract('A man was shot in the leg Saturday night, police said.', 'Man shot in leg | News Center 7 Dayton, OH');
  const shot = doc.events.find((e) => e.type === 'ASSAULT');
  assert.equal(shot?.location?.name, 'Dayton');
  assert.equal(shot?.location?.inferred, true);
});

test('an event told "outside" a town happened in the town the story is datelined in, close by', { skip }, () => {
  const doc = extract('DOUGLASVILLE, Ga. (AP) — A man shot six people Saturday afternoon on a quiet, suburban street outside Atlanta, police said.');
  const shot = doc.events.find((e) => e.type === 'ASSAULT');
  assert.equal(shot?.location?.name, 'Douglasville');
  assert.ok(shot?.provenance.some((p) => p.includes('town-beside')));
  // without a dateline close by, the town it is told beside is the best there is
  const far = extract('A man shot six people Saturday afternoon outside Atlanta, police said.');
  assert.equal(far.events.find((e) => e.type === 'ASSAULT')?.location?.name, 'Atlanta');
});

test('a headline told before any place takes the first town the story names after it', { skip }, () => {
  const doc = extract('A man convicted of shooting four people will spend his life in prison. Police said it happened on Elm Avenue in Tupelo, Mississippi.', 'Man sentenced in quadruple shooting');
  // "convicted of shooting four people", told before the town is named
  const headline = doc.events.find((e) => e.type === 'ASSAULT' && e.evidence[0]!.start < doc.text.indexOf('Police said'));
  assert.ok(headline, 'the shooting is an event');
  assert.equal(headline.location?.name, 'Tupelo');
  assert.equal(headline.location?.inferred, true);
  assert.ok(headline.provenance.includes('place.article-first'));
});

test('the outlet\'s name in a title\'s tail gives its town ("Chattanooga News"), only as a last resort', { skip }, () => {
  const doc = extract('A teenager is dead and three other men injured after a shooting.', 'Teenager dead in overnight shooting - WRCBtv.com | Chattanooga News, Weather & Sports');
  const shot = doc.events.find((e) => e.type === 'ASSAULT');
  assert.equal(shot?.location?.name, 'Chattanooga');
  assert.ok(shot?.provenance.includes('place.outlet'));
  // outside a title's tail, a paper's town is a place the paper is named after, not where anything happened
  const paper = extract('The Chattanooga News reported that a teenager was shot.');
  assert.ok(paper.places.every((p) => !/Chattanooga/.test(p.span.text) || p.inName));
  assert.equal(paper.events.find((e) => e.type === 'ASSAULT')?.location, undefined);
});

test('an outlet known by call letters and its town ("| WBTV Charlotte") does not make that town a surname', { skip }, () => {
  const doc = extract('A teenager is suffering from a gunshot wound following a shooting in west Charlotte Sunday afternoon.', '14-year-old shot in west Charlotte, police believe accidental - | WBTV Charlotte');
  const shot = doc.events.find((e) => e.type === 'ASSAULT');
  assert.equal(shot?.location?.name, 'Charlotte');
  assert.equal(shot?.location?.admin1, 'North Carolina');
  assert.ok(doc.places.some((p) => p.span.text === 'Charlotte' && p.outlet), 'the tail names the outlet\'s town alone');
});

test('a compass point abbreviated before a town ("in SW Atlanta") leaves the town', { skip }, () => {
  const doc = extract('Police say five men were injured in shootings in SW Atlanta on Saturday.');
  assert.equal(doc.events.find((e) => e.type === 'ASSAULT')?.location?.name, 'Atlanta');
  // a state written as its two capitals is still the state
  assert.ok(extract('OMAHA, NE - A man was shot Saturday.').places.some((p) => p.place?.admin1 === 'Nebraska'));
});

test('a small town modifying a noun of people ("Malin boy") is a place when the story names its county or state', { skip }, () => {
  const doc = extract('The boy died Sunday after he was shot at a home in Klamath County, Oregon.', 'Services set for Malin boy who died of gunshot wound');
  assert.ok(doc.places.some((p) => p.span.text === 'Malin' && p.place?.admin1 === 'Oregon'));
  // without the story's own region, a village of a few hundred people is no better than a surname
  assert.ok(!extract('The boy died Sunday after he was shot at a home.', 'Services set for Malin boy who died of gunshot wound').places.some((p) => p.span.text === 'Malin' && p.place));
});

test('a part of a town is where the story\'s town is: "the Austin neighborhood" of a Chicago story is not Austin, Texas; "the West Side" is no town', { skip }, () => {
  const doc = extract('A gunman opened fire on a home in the Austin neighborhood, wounding six people. The shooting happened on the West Side, a Chicago Police Department spokesman said.');
  assert.ok(!doc.places.some((p) => p.place?.admin1 === 'Texas'), 'no Texas');
  assert.ok(!doc.places.some((p) => /Side/.test(p.span.text) && p.place), 'the West Side is no town of its own');
  assert.equal(doc.events.find((e) => e.type === 'ASSAULT')?.location?.name, 'Chicago');
  // a site in a story that names no town keeps its place
  const base = extract('Two soldiers were wounded when a rocket hit Bagram airport in Afghanistan.');
  assert.ok(base.places.some((p) => p.span.text === 'Bagram' && p.place?.country === 'AFG'));
});

test('a town opening a paragraph before a spaced long dash is a dateline ("Kalamazoo — Police say")', { skip }, () => {
  const doc = extract('Kalamazoo — Police say a 12-year-old child was playing with a shotgun at a home when it went off, killing a woman.', 'Woman fatally shot as child plays with shotgun');
  assert.ok(doc.places.some((p) => p.span.text === 'Kalamazoo' && p.rule.startsWith('places.dateline')));
  assert.equal(doc.events.find((e) => e.type === 'ACCIDENT' || e.type === 'ASSAULT')?.location?.name, 'Kalamazoo');
  // a person's name before a dash is no dateline
  assert.ok(!extract('John Smith — a neighbor — said he heard shots.').places.some((p) => p.rule.includes('dateline')));
});

test('a post-office town whose county the gazetteer only guessed counts as inside a county whose centre is near', { skip }, () => {
  // Stokes, North Carolina comes from the zip codes, its county taken from its nearest GeoNames town
  const doc = extract('Pitt County deputies say an 8-year-old boy accidentally shot his 12-year-old brother. It happened Sunday on Highway 30 in Stokes around 7:45 a.m.');
  const shot = doc.events.find((e) => e.type === 'ACCIDENT' || e.type === 'ASSAULT');
  assert.equal(shot?.location?.name, 'Stokes');
  assert.ok(shot?.provenance.some((p) => p.endsWith('+town-inside')));
});

test('a town whose police the story quotes ("Chicago police said") is the story\'s; a name after "block of" is a street', { skip }, () => {
  const doc = extract('A 17-year-old boy was shot to death in Austin on Thursday. He was found in the 5000 block of West Madison, Chicago police said.');
  assert.ok(!doc.places.some((p) => p.place?.admin1 === 'Texas'), 'Austin is not the Texan capital in a Chicago story');
  assert.ok(!doc.places.some((p) => /Madison/.test(p.span.text)), 'West Madison is a street');
  assert.equal(doc.events.find((e) => e.type === 'ASSAULT')?.location?.name, 'Chicago');
  assert.ok(doc.places.some((p) => p.span.text === 'Chicago' && p.rule.startsWith('places.noun-modifier')));
});

test('a person known by a town that bears a country\'s name ("a Lebanon man") is no evidence for that country', { skip }, () => {
  const doc = extract('LEBANON, Pa. – A 19-year-old Lebanon man is charged with aggravated assault in a shooting that happened Tuesday, police said.', '19-year-old Lebanon man charged in shooting of 15-year-old');
  assert.ok(doc.places.filter((p) => /lebanon/i.test(p.span.text)).every((p) => p.place?.admin1 === 'Pennsylvania'));
  assert.equal(doc.events.find((e) => e.type === 'ASSAULT')?.location?.admin1, 'Pennsylvania');
});
