import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenizedDoc, assertSpansConsistent } from '../testing/helpers.js';
import { identifyLanguage } from './language.js';

const words = (text: string, lang: 'fr' | 'en') => tokenizedDoc(text, lang).doc.tokens.map((t) => t.text);

test('French elisions split with straight and typographic apostrophes', () => {
  assert.deepEqual(words("l'armée d’Etat qu'il", 'fr'), ["l'", 'armée', 'd’', 'Etat', "qu'", 'il']);
  assert.deepEqual(words("aujourd'hui jusqu'à", 'fr'), ["aujourd'hui", "jusqu'", 'à']);
});

test('French clitics split from the verb; hyphenated names stay whole', () => {
  assert.deepEqual(words('a-t-il ajouté, dit-elle', 'fr'), ['a', '-t-il', 'ajouté', ',', 'dit', '-elle']);
  assert.deepEqual(words("l'autoroute Ahmetbeyli-Fuzuli-Choucha, soi-disant", 'fr'), ["l'", 'autoroute', 'Ahmetbeyli-Fuzuli-Choucha', ',', 'soi-disant']);
});

test('English contractions and numbers', () => {
  assert.deepEqual(words("Azerbaijan's army didn't fire 1,000 shells", 'en'), ['Azerbaijan', "'s", 'army', 'did', "n't", 'fire', '1,000', 'shells']);
  assert.deepEqual(words('a 19-year-old man', 'en'), ['a', '19-year-old', 'man']);
  assert.deepEqual(words('1 200 manifestants', 'fr'), ['1 200', 'manifestants']);
});

test('sentences: abbreviations, initials, paragraphs and headings', () => {
  const { doc } = tokenizedDoc('Titre sans point\n\nM. Dupont est arrivé. Il a parlé à J. Smith.\nLa suite.', 'fr');
  assert.deepEqual(doc.sentences.map((s) => doc.text.slice(s.start, s.end)), ['Titre sans point', 'M. Dupont est arrivé.', 'Il a parlé à J. Smith.', 'La suite.']);
  assertSpansConsistent(doc);
  const en = tokenizedDoc('Gov. Smith met Mr. Jones in the U.S. capital. Then he left.', 'en').doc;
  assert.equal(en.sentences.length, 2);
  // scraped text that lost the space after a full stop still ends its sentence there (not after an abbreviation)
  const glued = tokenizedDoc('He was shot in northeast Houston.Police were called around 11pm.We learned it from Gov.Smith at WRAL.com today.', 'en').doc;
  assert.deepEqual(glued.sentences.map((s) => glued.text.slice(s.start, s.end)), [
    'He was shot in northeast Houston.',
    'Police were called around 11pm.',
    'We learned it from Gov.Smith at WRAL.com today.',
  ]);
  assertSpansConsistent(glued);
});

test('every token slices the text exactly', () => {
  const { doc } = tokenizedDoc('« Nous n’avons pas tiré », a-t-il déclaré — 2 morts.', 'fr');
  assertSpansConsistent(doc);
  assert.ok(doc.tokens.every((t, i) => i === 0 || t.start >= doc.tokens[i - 1]!.end));
});

test('language identification among supported languages', () => {
  assert.equal(identifyLanguage("Le ministère de la défense a annoncé que des mesures avaient été lancées dans la région.")?.lang, 'fr');
  assert.equal(identifyLanguage('The police said two people were killed in the attack on Tuesday.')?.lang, 'en');
});

test('sentences: "p.m." ends a sentence before a capitalised word, not before a weekday', () => {
  const { doc } = tokenizedDoc('Police were called about 6:30 p.m. The boy was hurt. It happened at 5 p.m. Monday in Ohio.', 'en');
  assert.deepEqual(doc.sentences.map((s) => doc.text.slice(s.start, s.end)), ['Police were called about 6:30 p.m.', 'The boy was hurt.', 'It happened at 5 p.m. Monday in Ohio.']);
});
