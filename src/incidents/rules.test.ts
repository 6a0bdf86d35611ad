import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compatible, familyOf, mergeViewOf, datesCompatible, placesCompatible, namedTogether } from './rules.js';
import { mainEventOf } from './main-event.js';
import { summarize } from './summary.js';
import { eventRecord, type EventSpec } from '../store/fixtures.js';

const view = (s: Partial<EventSpec>) => mergeViewOf(eventRecord({ articleId: 'x', place: 'gao', date: '2024-03-12', ...s }))!;

test('families: negated and future reports take no part; an accidental shooting is a shooting', () => {
  assert.equal(familyOf({ type: 'ASSAULT', status: 'negated' }), undefined);
  assert.equal(familyOf({ type: 'ASSAULT', status: 'asserted' }), 'violence');
  assert.equal(familyOf({ type: 'ACCIDENT', status: 'asserted', mode: 'firearms' }), 'violence');
  assert.equal(familyOf({ type: 'ACCIDENT', status: 'asserted', mode: 'road' }), 'accident');
});

test('dates: a day apart merges, a week apart never, a month-long range never chains days', () => {
  assert.ok(datesCompatible(view({ date: '2024-03-12' }), view({ date: '2024-03-13' })));
  assert.ok(!datesCompatible(view({ date: '2024-03-12' }), view({ date: '2024-03-19' })));
  assert.ok(!datesCompatible(view({ date: '2024-03-12' }), view({ date: '2024-03-15' })), 'three days apart, both stated');
  assert.ok(datesCompatible(view({ date: '2024-03-12' }), view({ date: '2024-03-14', stated: false })), 'an unstated date (the publication day) is two days late at most');
  const month = { ...view({}), dateStart: '2024-03-01', dateEnd: '2024-03-31' };
  assert.ok(!datesCompatible(month, view({ date: '2024-03-12' })));
});

test('dates in a big city: two reports of a city of several shootings a day merge only on the same day', () => {
  const city = (date: string, stated = true) => ({ ...view({ place: 'chicago', date, stated }), population: 2_700_000 });
  assert.ok(datesCompatible(city('2024-03-12'), city('2024-03-12')));
  assert.ok(!datesCompatible(city('2024-03-12'), city('2024-03-13')), 'a day apart, both stated: two shootings');
  // a publication day a day late does not reach yesterday's shooting: in such a city, that is usually another one
  assert.ok(!datesCompatible(city('2024-03-12'), city('2024-03-13', false)));
  assert.ok(datesCompatible(city('2024-03-13', false), city('2024-03-13')));
  // ... unless both are their articles' main story and the later gives no day at all (its date is its publication)
  const story = (date: string, told: boolean) => ({ ...city(date, told), main: true, dayTold: told });
  assert.ok(datesCompatible(story('2024-03-12', true), story('2024-03-13', false)));
  assert.ok(datesCompatible(story('2024-03-13', false), story('2024-03-12', true)), 'symmetric');
  assert.ok(!datesCompatible(story('2024-03-12', true), story('2024-03-14', false)), 'two days late: another night');
  assert.ok(!datesCompatible(story('2024-03-13', true), story('2024-03-12', false)), 'a publication before the day told is no lag');
  assert.ok(!datesCompatible(story('2024-03-12', true), story('2024-03-13', true)), 'two days told: two shootings');
  assert.ok(!datesCompatible(story('2024-03-12', true), { ...story('2024-03-13', false), main: false }), 'a record told in passing');
  // a town keeps its day of slack ("Friday night" in one report, "early Saturday" in the next)
  const town = (date: string) => ({ ...view({ place: 'gao', date }), population: 90_000 });
  assert.ok(datesCompatible(town('2024-03-12'), town('2024-03-13')));
});

test('dates: a main story dated by its month holds the day another main story tells, in a small town only', () => {
  const story = (dateStart: string, dateEnd: string, population: number, told = true) => ({ ...view({ date: dateStart }), dateStart, dateEnd, population, main: true, dayTold: told });
  const september = story('2016-09-01', '2016-09-30', 12_000);
  assert.ok(datesCompatible(september, story('2016-09-29', '2016-09-29', 12_000)));
  assert.ok(datesCompatible(story('2016-09-29', '2016-09-29', 12_000), september), 'symmetric');
  assert.ok(!datesCompatible(september, story('2016-10-02', '2016-10-02', 12_000)), 'a day outside the month');
  assert.ok(!datesCompatible(story('2016-09-01', '2016-09-30', 400_000), story('2016-09-29', '2016-09-29', 400_000)), 'a city has many shootings a month');
  assert.ok(!datesCompatible(september, { ...story('2016-09-29', '2016-09-29', 12_000), main: false }), 'a record told in passing');
  assert.ok(!datesCompatible(september, story('2016-09-29', '2016-09-29', 12_000, false)), 'a publication day is no day told');
  assert.ok(!datesCompatible(story('2016-01-01', '2016-12-31', 12_000), story('2016-09-29', '2016-09-29', 12_000)), 'a year is too vague');
});

test('places: the same town merges, two towns never, a town with the county that holds it, never across countries', () => {
  assert.ok(placesCompatible(view({ place: 'gao' }), view({ place: 'gao' })));
  assert.ok(!placesCompatible(view({ place: 'gao' }), view({ place: 'ansongo' })));
  assert.ok(placesCompatible(view({ place: 'chicago' }), view({ place: 'cook' })));
  assert.ok(!placesCompatible(view({ place: 'houston' }), view({ place: 'cook' })));
  // two quarters of one city, alike in size and 10 km apart, are two places; the city and its quarter are one
  const quarter = (name: string, lat: number, population: number) => ({ ...view({ place: 'chicago' }), locationName: name, geonamesId: undefined, lat, population });
  assert.ok(!placesCompatible(quarter('West Englewood', 41.78, 30_000), quarter('South Chicago', 41.70, 31_000)));
  assert.ok(placesCompatible(quarter('West Englewood', 41.78, 30_000), quarter('Chicago', 41.85, 2_700_000)));
  // two quarters GeoNames files under one town are two places, however close
  const part = (name: string, lat: number) => ({ ...quarter(name, lat, 30_000), locality: 'Chicago' });
  assert.ok(!placesCompatible(part('South Chicago', 41.74), part('Chatham', 41.74)));
  assert.ok(placesCompatible(part('Chatham', 41.74), part('Chatham', 41.74)));
  assert.ok(placesCompatible(part('Chatham', 41.74), quarter('Chicago', 41.85, 2_700_000)));
  // a quarter of a town is in a big city: its reports merge on the same day only
  assert.ok(!datesCompatible(part('Chatham', 41.74), { ...part('Chatham', 41.74), dateStart: '2024-03-13', dateEnd: '2024-03-13' }));
  // a county next door: its centre is near, but Chicago is a town of Cook County, not of DuPage
  const dupage = { ...view({ place: 'cook' }), locationName: 'DuPage County', admin2: 'DuPage County', lat: 41.85, lon: -88.09 };
  assert.ok(!placesCompatible(view({ place: 'chicago' }), dupage));
  assert.ok(!placesCompatible(view({ place: 'gao' }), view({ place: 'chicago' })));
  assert.ok(!placesCompatible(view({ place: undefined }), view({ place: 'gao' })), 'no place: no evidence to merge on');
});

test('compatible needs family, date, place and actors all to agree', () => {
  assert.ok(compatible(view({}), view({})));
  assert.ok(!compatible(view({}), view({ type: 'PROTEST' })));
  const named = (name: string) => ({ ...view({}), actorNames: [name] });
  assert.ok(compatible(named('Boko Haram'), named('boko haram')));
  assert.ok(!compatible(named('Boko Haram'), named('JNIM')));
  assert.ok(compatible(named('JNIM'), view({})), 'an unnamed actor does not conflict');
});

test('the main event: a located attack with counts in the lead beats a later statement', () => {
  const events = [
    eventRecord({ articleId: 'm', type: 'ACCUSE', place: 'bamako', date: '2024-03-12', at: 5 }),
    eventRecord({ articleId: 'm', type: 'ASSAULT', place: 'gao', date: '2024-03-12', killed: 3, at: 40 }),
    eventRecord({ articleId: 'm', type: 'ASSAULT', date: '2024-03-12', at: 900 }),
    eventRecord({ articleId: 'm', type: 'ASSAULT', place: 'gao', date: '2024-03-12', status: 'negated', killed: 9, at: 20 }),
  ];
  assert.equal(mainEventOf(events, 1000)?.evidence[0]?.start, 40);
  assert.equal(mainEventOf([events[3]!], 1000), undefined);
});

test('the main event: a dead told only by the event\'s name ("a fatal shooting") does not weigh as a stated figure', () => {
  const earlier = eventRecord({ articleId: 'f', type: 'ASSAULT', place: 'gao', date: '2024-03-12', killed: 1, at: 100 });
  earlier.provenance.push('size:count.implicit-death');
  const counted = eventRecord({ articleId: 'f', type: 'ASSAULT', place: 'gao', date: '2024-03-12', killed: 2, at: 400 });
  counted.provenance.push('size:count.subject-predicate');
  assert.equal(mainEventOf([earlier, counted], 1000)?.evidence[0]?.start, 400);
  earlier.provenance.push('size:count.subject-predicate');
  assert.equal(mainEventOf([earlier, counted], 1000)?.evidence[0]?.start, 100);
});

test('the main event: a wounded figure of none left by people hit who all died weighs nothing; "no one was hurt" weighs as a figure', () => {
  const earlier = eventRecord({ articleId: 'z', type: 'ASSAULT', place: 'gao', date: '2024-03-12', injured: 0, at: 100 });
  earlier.provenance.push('size:count.subject-predicate+hit-minus-killed');
  const counted = eventRecord({ articleId: 'z', type: 'ASSAULT', place: 'gao', date: '2024-03-12', killed: 1, at: 400 });
  counted.provenance.push('size:count.singular-pronoun');
  assert.equal(mainEventOf([earlier, counted], 1000)?.evidence[0]?.start, 400);
  earlier.provenance.push('size:count.none');
  assert.equal(mainEventOf([earlier, counted], 1000)?.evidence[0]?.start, 100);
});

test('summary: one vote per source, ACLED counts, claimants per source, any order', () => {
  const members = [
    { record: eventRecord({ articleId: 'a', date: '2024-03-12', killed: 2, claimant: 'le ministère' }), published: '2024-03-13' },
    { record: eventRecord({ articleId: 'b', date: '2024-03-12', killed: 5, claimant: "l'hôpital", at: 10 }), published: '2024-03-14' },
    { record: eventRecord({ articleId: 'b', date: '2024-03-12', killed: 1, at: 50 }), published: '2024-03-14' },
    { record: eventRecord({ articleId: 'c', date: '2024-03-13', stated: false }), published: '2024-03-13' },
  ];
  const s = summarize(members);
  // a report counts once, with its largest figure (b says 5 in all; its "1" is one of the five)
  assert.deepEqual([s.killed?.best, s.killed?.low, s.killed?.high], [2, 2, 5]);
  assert.equal(s.date, '2024-03-12');
  assert.deepEqual(s.sources, ['a', 'b', 'c']);
  assert.deepEqual(s.claimants.map((c) => `${c.articleId}:${c.claimant}:${c.killed ?? '-'}`), ['a:le ministère:2', "b:l'hôpital:5", 'b:outlet:1', 'c:outlet:-']);
  assert.deepEqual(summarize([...members].reverse()), s);
});

test('summary: between two days one source states, its headline event\'s day wins; more sources still outvote it', () => {
  const main = { record: eventRecord({ articleId: 'a', date: '2024-03-12', at: 10 }), published: '2024-03-13', isMain: true };
  const recap = { record: eventRecord({ articleId: 'a', date: '2024-03-10', at: 400 }), published: '2024-03-13' };
  assert.equal(summarize([main, recap]).date, '2024-03-12');
  assert.equal(summarize([recap, main]).date, '2024-03-12');
  const other = { record: eventRecord({ articleId: 'b', date: '2024-03-10' }), published: '2024-03-11' };
  assert.equal(summarize([main, recap, other]).date, '2024-03-10');
});

test('summary: counts follow ACLED (the lowest report), among the reports about the incident when there are any', () => {
  const report = (articleId: string, counts: { killed?: number; injured?: number }, isMain = true) => ({
    record: eventRecord({ articleId, date: '2024-03-12', ...counts }),
    published: '2024-03-13',
    isMain,
  });
  // two reports say 4 wounded, an early one 2: the lowest; every figure stays in low..high
  const early = summarize([report('a', { injured: 2 }), report('b', { injured: 4 }), report('c', { injured: 4 })]);
  assert.deepEqual([early.injured?.best, early.injured?.low, early.injured?.high], [2, 2, 4]);
  // a roundup that tells the incident in passing (not its headline event) gives no best figure while reports about it do
  const outvoted = summarize([report('b', { killed: 2 }), report('r', { killed: 1 }, false), report('s', { killed: 1 }, false)]);
  assert.equal(outvoted.killed?.best, 2, 'the only report about it');
  assert.deepEqual([outvoted.killed?.low, outvoted.killed?.high], [1, 2]);
  // passing mentions alone still give a figure
  assert.equal(summarize([report('r', { killed: 3 }, false), report('s', { killed: 1 }, false)]).killed?.best, 1);
  // a report of the dead alone gives no wounded figure
  assert.equal(summarize([report('a', { killed: 2 }), report('b', { killed: 2 })]).injured, undefined);
});

test('follow-ups: two main records naming the same person join across months, in the same place only', () => {
  const shooting = { ...view({ place: 'gao', date: '2024-03-01' }), persons: ['matt anderson'] };
  const trial = { ...view({ place: 'gao', date: '2024-09-10', stated: false }), persons: ['brady osborne', 'matt anderson'] };
  assert.ok(!datesCompatible(shooting, trial));
  assert.ok(namedTogether(shooting, trial));
  assert.ok(compatible(shooting, trial), 'the trial follows the shooting it names');
  assert.ok(!compatible(shooting, { ...trial, persons: ['brady osborne'] }), 'no shared person: months apart stay apart');
  assert.ok(!compatible(shooting, { ...view({ place: 'ansongo', date: '2024-09-10' }), persons: ['matt anderson'] }), 'a namesake in another town');
  assert.ok(!namedTogether(shooting, { ...trial, dateStart: '2028-01-01', dateEnd: '2028-01-01' }), 'beyond the follow-up span');
  // the trial told from the county seat 30 km away, in the same region
  const seat = { ...trial, locationName: 'Bourem', geonamesId: 1, lat: 16.5, lon: 0.1, population: 20_000 };
  assert.ok(!placesCompatible(shooting, seat));
  assert.ok(compatible(shooting, seat));
  assert.ok(!compatible(shooting, { ...seat, persons: ['brady osborne'] }));
});
