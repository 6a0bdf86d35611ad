import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor, personKeys } from '../../pipeline/extract.js';
import { assertSpansConsistent } from '../../testing/helpers.js';

const x = createExtractor({ gazetteer: null });
const persons = (text: string, lang: 'en' | 'fr' = 'en') => {
  const doc = x.process({ id: 't', text, lang, published: '2024-05-02' });
  assertSpansConsistent(doc);
  return doc;
};

test('persons (en): a name given with an age, before or after it, or as identified by the police', () => {
  const doc = persons(
    'Brady J. Osborne, 16, is charged in the death of Matt Anderson, age 15. A 19-year-old DeAndre McNeal was also hurt. ' +
      "Police identified the victim as Lamont O'Neal Jr. on Friday.",
  );
  assert.deepEqual(
    doc.persons.map((p) => [p.name, p.key, p.age ?? null, p.rule]),
    [
      ['Brady J. Osborne', 'brady osborne', 16, 'persons.age-after'],
      ['Matt Anderson', 'matt anderson', 15, 'persons.age-after'],
      ['DeAndre McNeal', 'deandre mcneal', 19, 'persons.age-before'],
      ["Lamont O'Neal", "lamont o'neal", null, 'persons.identified'],
    ],
  );
});

test('persons (en): titles are not names; streets, schools, outlets and numbers that are not ages are not persons', () => {
  const doc = persons(
    'Officer Jane Doe, 32, fired once. The shooting at Lincoln High School, 12, ended. ' +
      'It happened on Martin Luther King Drive, 300 yards away. News Channel 8 reported it. John Smith, 1984, was there.',
  );
  assert.deepEqual(doc.persons.map((p) => p.name), ['Jane Doe']);
});

test('persons (fr): « Jean Dupont, 23 ans », « âgé de 40 ans », « identifié comme »', () => {
  const doc = persons("Jean-Pierre Martin, 23 ans, a été blessé. Le suspect, Karim Benali, âgé de 40 ans, a été interpellé. La victime a été identifiée comme Sophie Leroy.", 'fr');
  assert.deepEqual(doc.persons.map((p) => p.key), ['jean-pierre martin', 'karim benali', 'sophie leroy']);
});

test('story persons: a person the article names again is its story; one recalled once in passing is not', () => {
  const doc = persons(
    'Matt Anderson, 15, was shot on Saturday. Anderson died at the hospital. ' +
      'The shooting came two weeks after Takiya Holmes, 11, was killed in another part of town.',
  );
  assert.deepEqual(doc.persons.map((p) => [p.key, p.mentions]), [['matt anderson', 2], ['takiya holmes', 1]]);
  assert.deepEqual(personKeys(doc), ['matt anderson']);
});

test('persons: the victim named after what was done to them ("the shooting death of", "le meurtre de"); no possessive in a name', () => {
  assert.deepEqual(persons('He was charged in the shooting death of Matt Anderson on Friday.').persons.map((p) => [p.key, p.rule]), [['matt anderson', 'persons.victim']]);
  assert.deepEqual(persons("Un homme a été mis en examen pour le meurtre de Sophie Leroy.", 'fr').persons.map((p) => p.key), ['sophie leroy']);
  assert.deepEqual(persons("Police identified Drew HS's Cedric Clark as the victim.").persons, []);
});
