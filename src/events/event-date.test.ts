// When an event happened, end to end (tokens -> dates -> events) on English local-news shapes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor, type Extractor } from '../pipeline/extract.js';

let extractor: Extractor | undefined;
// (no gazetteer: dates do not depend on places)
const extract = (text: string, published: string) => (extractor ??= createExtractor({ gazetteer: null })).process({ id: 't', text, published, lang: 'en' });

test('an incident told without its day takes the day the next sentences give it', () => {
  const doc = extract('A teenager has died after a shooting. Police said he was shot Saturday night outside a store.', '2014-11-10');
  const first = doc.events.find((e) => e.evidence[0]?.text === 'shooting');
  assert.equal(first?.date?.start, '2014-11-08');
  assert.ok(first?.provenance.includes('date.told-after'));
});

test('a follow-up takes the day it recalls for the incident, weeks before publication and far down the story', () => {
  const filler = ' The boy\'s family asked for privacy. Neighbours described him as quiet.'.repeat(5);
  const doc = extract(
    `Teen accused of killing friend in shooting.\n\nPolice have arrested a 14-year-old boy.${filler} He was charged on Monday with manslaughter in connection with the April 2 shooting of his friend.`,
    '2016-04-27',
  );
  const headline = doc.events.find((e) => e.evidence[0]?.text === 'shooting' && e.evidence[0].start < 50);
  assert.equal(headline?.date?.start, '2016-04-02');
  assert.ok(headline?.provenance.includes('date.told-after'));
  // the day of the charge, told between its verb and the incident, is no day of the incident
  const step = extract('Police charged a man with murder Thursday in connection with the fatal shooting of a teenager. He shot him on Tuesday night.', '2015-04-10');
  assert.equal(step.events.find((e) => e.type === 'ASSAULT')?.date?.start, '2015-04-07');
  // "accused of firing into a home on Dec. 27": the firing is the shooting, and its day the incident's
  const charged = extract('Suspect charged in death of baby\n\nA man was charged Friday in the shooting death of a baby. He is accused of firing into the home on Dec. 27.', '2015-01-12');
  assert.equal(charged.events.find((e) => e.evidence[0]?.text === 'shooting')?.date?.start, '2014-12-27');
  assert.ok(charged.events.some((e) => e.type === 'ASSAULT' && e.evidence[0]?.text === 'firing into'));
  // a day of the same kind of happening only: the arrest's Monday is no day of the shooting
  const other = extract(`A man was shot and killed.${filler} Police arrested a suspect on Friday.`, '2016-04-27').events.find((e) => e.type === 'ASSAULT');
  assert.equal(other?.date?.start, '2016-04-27');
});

test('an undated incident takes a calendar day a sentence without events recalls, however old; a weekday only within the week', () => {
  const doc = extract('Mother charged after toddler shoots her\n\nA mother who was accidentally shot by her son is now facing charges. On February 2nd, the woman was driving with the boy.', '2015-04-23');
  assert.equal(doc.events.find((e) => e.type === 'ACCIDENT' || e.type === 'ASSAULT')?.date?.start, '2015-02-02');
  const week = extract('A mother who was accidentally shot by her son is now facing charges. On Tuesday, the woman was driving with the boy.', '2015-04-23');
  assert.equal(week.events.find((e) => e.type === 'ACCIDENT' || e.type === 'ASSAULT')?.date?.start, '2015-04-21');
});

test('an incident told "over the weekend" takes the day a later record of the same kind states in it, from Friday evening', () => {
  const doc = extract('A man was arrested in a shooting that injured five people over the weekend. Officers responded around 7:30 p.m. Friday to a report of a shooting.', '2013-06-18');
  assert.equal(doc.events.find((e) => e.type === 'ASSAULT')?.date?.start, '2013-06-14');
  const sunday = extract('Five people were shot over the weekend. The shooting happened early Sunday outside a bar.', '2013-06-18');
  assert.equal(sunday.events.find((e) => e.type === 'ASSAULT')?.date?.start, '2013-06-16');
  // a Thursday is no day of the weekend
  const thursday = extract('Five people were shot over the weekend. A shooting happened Thursday outside a bar.', '2013-06-18');
  assert.equal(thursday.events.find((e) => e.type === 'ASSAULT')?.date?.start, '2013-06-15');
});

test('a definite restatement with its own day makes the first telling\'s vaguer date exact', () => {
  const doc = extract(
    'Police arrested a man suspected of shooting four men outside a restaurant last week. He faces charges in the shooting early Friday morning on the patio.',
    '2015-03-26',
  );
  const shooting = doc.events.find((e) => e.type === 'ASSAULT');
  assert.equal(shooting?.date?.start, '2015-03-20', 'the Friday of last week, not the week');
  assert.ok(shooting?.provenance.includes('date.restatement'));
  // a day outside the first telling's span is another day, not this one's
  const other = extract('Four men were shot outside a restaurant last month. Police described the shooting on Friday.', '2015-03-26').events.find((e) => e.type === 'ASSAULT');
  assert.notEqual(other?.date?.start, '2015-03-20');
});

test('a shooting told as an accident, then as a shooting, is one happening: the accident takes its day', () => {
  const doc = extract(
    'Police say a 13-year-old boy has died after accidentally shooting himself. He died after being shot on Friday afternoon and being hospitalized over the weekend.',
    '2014-11-10',
  );
  const accident = doc.events.find((e) => e.type === 'ACCIDENT');
  assert.ok(accident, 'the accidental shooting is an event');
  assert.equal(accident.date?.start, '2014-11-07');
  // an arrest told later keeps its own day to itself
  const arrest = extract('A man was shot and killed. Police arrested a suspect on Friday.', '2014-11-10').events.find((e) => e.type === 'ASSAULT');
  assert.equal(arrest?.date?.start, '2014-11-10');
});

test('an event told without any day takes the page\'s own stamp when it is a little earlier than the date given', () => {
  const doc = extract('Man shoots girl, 9, with BB gun\n\nA man shot a 9-year-old girl in the chest with a BB gun, police said. (Published Saturday, May 2, 2015)', '2015-05-03');
  const shot = doc.events.find((e) => e.type === 'ASSAULT');
  assert.equal(shot?.date?.start, '2015-05-02');
  assert.ok(shot?.provenance.includes('date.publication'));
  // a stamp weeks old, with its year, tells a page crawled late: the page speaks from its stamp (W_PAGE_STAMP)
  const old = extract('A man shot a 9-year-old girl, police said. (Published Saturday, March 7, 2015)', '2015-05-03');
  assert.equal(old.events.find((e) => e.type === 'ASSAULT')?.date?.start, '2015-03-07');
  assert.ok(old.issues.some((i) => i.code === 'W_PAGE_STAMP'));
});

test('a later sentence telling the same kind of happening with its day wins over a day told in passing', () => {
  const doc = extract(
    'Two men were charged after a baby girl was accidentally shot and killed. Friday, the two men made their first appearance in court. The shooting happened Wednesday night.',
    '2014-01-31',
  );
  const first = doc.events.find((e) => (e.type === 'ACCIDENT' || e.type === 'ASSAULT') && e.evidence[0]!.start < 60);
  assert.ok(first, 'the shooting is an event');
  assert.equal(first.date?.start, '2014-01-29');
});

test("a day that only bounds a later record ('in critical condition Tuesday after ...') gives way to the exact day told after it", () => {
  const doc = extract(
    'Four teens were hurt in a shooting on a basketball court. A 12-year-old was in critical condition Tuesday after he was shot. The teens were shot at about 6 p.m. Monday evening, police said.',
    '2014-01-28',
  );
  const first = doc.events.find((e) => e.evidence[0]?.text === 'shooting');
  assert.equal(first?.date?.start, '2014-01-27');
  // with no exact day anywhere, the bound is still the best day there is
  const bound = extract(
    'Child killed in accidental shooting\n\nAround 6:30 p.m. on Wednesday evening, officials say they were called to a home after learning about an accidental shooting.',
    '2014-08-07',
  );
  assert.equal(bound.events.find((e) => e.type === 'ACCIDENT')?.date?.start, '2014-08-06');
});

test('a headline\'s shooting is told when the body tells only an arrest (another story\'s video, a related item)', () => {
  const doc = extract('Six injured in shooting at party\n\n11:30\n\nTwo views of a woman\'s arrest: see the bodycam and phone videos side by side.', '2015-08-16');
  const shot = doc.events.find((e) => e.type === 'ASSAULT');
  assert.ok(shot, 'the headline\'s shooting is an event');
  assert.equal(shot.size?.injured?.best, 6);
  // a body that tells the shooting keeps the headline a heading
  const told = extract('Six injured in shooting at party\n\nSix people were wounded when a man opened fire at a party Saturday.', '2015-08-16');
  assert.equal(told.events.filter((e) => e.type === 'ASSAULT' && e.evidence[0]!.start < 40).length, 0);
});

test('an incident dated only by its month takes the day another report of it in the article states inside that month', () => {
  const doc = extract(
    'A boy who accidentally shot and killed a friend in February will not be charged, prosecutors said. The Feb. 6 shooting happened at a home on 11th Street.',
    '2014-05-16',
  );
  const accident = doc.events.find((e) => e.type === 'ACCIDENT');
  assert.equal(accident?.date?.start, '2014-02-06');
  assert.equal(accident?.date?.precision, 'day');
  assert.ok(accident?.provenance.includes('date.day-within'));
  // a day outside the month says nothing about it
  const other = extract('A boy who accidentally shot and killed a friend in February will not be charged. A shooting on March 3 wounded a woman.', '2014-05-16');
  assert.equal(other.events.find((e) => e.type === 'ACCIDENT')?.date?.precision, 'month');
});

test('a day written beside a later step (the charge, the hearing, the naming) is that step\'s, not the incident\'s', () => {
  const charged = extract('Rome police charged a man Thursday in connection with the fatal shooting on Copeland Street. The shooting happened Monday night.', '2015-04-10');
  const shooting = charged.events.find((e) => e.type === 'ASSAULT');
  assert.equal(shooting?.date?.start, '2015-04-06');
  const court = extract('The 14-year-old accused of shooting his friend by mistake appeared in juvenile court Tuesday afternoon.', '2016-03-01');
  const shot = court.events.find((e) => e.type === 'ASSAULT' || e.type === 'ACCIDENT');
  assert.ok(shot?.provenance.includes('date.sentence-later-bound:en.weekday'), 'the court day only bounds the shooting');
  // a day beside the shooting itself stays its day
  const own = extract('A man was shot Thursday outside a store, police said.', '2015-04-10').events.find((e) => e.type === 'ASSAULT');
  assert.equal(own?.date?.start, '2015-04-09');
});

test('a day told after an undated incident is not taken from a later step (the naming, the hearing)', () => {
  const doc = extract('A man was killed in a shooting on Elm Street. The coroner identified him Monday as John Smith.', '2016-12-02');
  const shooting = doc.events.find((e) => e.type === 'ASSAULT');
  assert.equal(shooting?.date?.start, '2016-12-02');
  assert.ok(shooting?.provenance.includes('date.publication'));
  const told = extract('A man was killed in a shooting on Elm Street. It happened Monday night, police said.', '2016-12-02').events.find((e) => e.type === 'ASSAULT');
  assert.equal(told?.date?.start, '2016-11-28');
});
