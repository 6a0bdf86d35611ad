import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenizedDoc, assertSpansConsistent } from '../../testing/helpers.js';
import { numbersStage } from './index.js';
import { digitValue } from './find-numbers.js';
import type { NumberMention } from '../../core/doc.js';

function numbersOf(text: string, lang: 'fr' | 'en'): NumberMention[] {
  const { doc, ctx } = tokenizedDoc(text, lang);
  numbersStage.run(doc, ctx);
  assertSpansConsistent(doc);
  return doc.numbers;
}

function one(text: string, lang: 'fr' | 'en'): NumberMention {
  const ns = numbersOf(text, lang);
  assert.equal(ns.length, 1, `one number in "${text}", got ${JSON.stringify(ns.map((n) => n.span.text))}`);
  return ns[0]!;
}

test('digit values follow the language separators', () => {
  assert.deepEqual(digitValue('1 200', ','), { value: 1200, decimal: false });
  assert.deepEqual(digitValue('1,200', '.'), { value: 1200, decimal: false });
  assert.deepEqual(digitValue('1,5', ','), { value: 1.5, decimal: true });
  assert.deepEqual(digitValue('3.5', '.'), { value: 3.5, decimal: true });
  assert.deepEqual(digitValue('1.200', ','), { value: 1200, decimal: false });
  assert.equal(digitValue('12:40', '.'), undefined);
  assert.equal(digitValue('19-year-old', '.'), undefined);
});

test('French number words', () => {
  const cases: [string, number][] = [
    ['deux', 2], ['quarante-quatre', 44], ['vingt et un', 21], ['soixante-dix-sept', 77], ['quatre-vingt-dix', 90],
    ['quatre-vingts', 80], ['soixante et onze', 71], ['cent', 100], ['mille', 1000], ['deux cents', 200],
    ['trois mille deux cent cinquante', 3250], ['dix-huit', 18], ['un million', 1e6],
  ];
  for (const [words, value] of cases) {
    const n = one(`Il y avait ${words} personnes.`, 'fr');
    assert.equal(n.span.text, words);
    assert.equal(n.value, value, words);
    assert.equal(n.kind, 'exact');
  }
});

test('English number words and digits', () => {
  const cases: [string, number][] = [
    ['two', 2], ['forty-four', 44], ['twenty one', 21], ['one hundred and five', 105], ['two thousand', 2000],
    ['1,200', 1200], ['44', 44], ['2 million', 2e6],
  ];
  for (const [words, value] of cases) {
    const n = one(`There were ${words} people.`, 'en');
    assert.equal(n.span.text, words);
    assert.equal(n.value, value, words);
  }
});

test('a standalone "un" is an article, not a number; "deux trois" are two numbers', () => {
  assert.equal(numbersOf('Un camion a explosé sur une mine.', 'fr').length, 0);
  assert.deepEqual(numbersOf('deux trois', 'fr').map((n) => n.value), [2, 3]);
});

test('vague quantities follow the documented conventions', () => {
  const dozens = one('Dozens of people gathered.', 'en');
  assert.deepEqual([dozens.value, dozens.low, dozens.high, dozens.kind], [12, 12, 99, 'vague']);
  const dizaines = one('des dizaines de personnes', 'fr');
  assert.deepEqual([dizaines.span.text, dizaines.value], ['des dizaines', 12]);
  assert.equal(one('hundreds of people', 'en').value, 100);
  assert.equal(one('des centaines de personnes', 'fr').value, 100);
  assert.equal(one('a dozen people', 'en').value, 12);
  assert.equal(one('une douzaine de personnes', 'fr').value, 12);
  const several = one('several people', 'en');
  assert.deepEqual([several.value, several.low, several.high], [3, 2, 9]);
  assert.deepEqual([one('plusieurs personnes', 'fr').value, one('plusieurs personnes', 'fr').low], [3, 2]);
  assert.equal(one('a few people', 'en').value, 2);
});

test('qualifiers set the bounds', () => {
  const atLeast = one('au moins 5 morts', 'fr');
  assert.deepEqual([atLeast.span.text, atLeast.value, atLeast.low, atLeast.high], ['au moins 5', 5, 5, 5]);
  const more = one('more than 20 people', 'en');
  assert.deepEqual([more.value, more.low, more.high], [21, 21, 21]);
  const upTo = one("jusqu'à 30 personnes", 'fr');
  assert.deepEqual([upTo.span.text, upTo.value, upTo.low, upTo.high], ["jusqu'à 30", 30, 1, 30]);
  const about = one('environ 40 personnes', 'fr');
  assert.deepEqual([about.value, about.low, about.high], [40, 36, 44]);
  const nearly = one('près de 40 personnes', 'fr');
  assert.deepEqual([nearly.value, nearly.low, nearly.high], [40, 36, 40]);
  const between = one('between 3 and 5 people', 'en');
  assert.deepEqual([between.span.text, between.value, between.low, between.high], ['between 3 and 5', 3, 3, 5]);
  const entre = one('entre trois et cinq personnes', 'fr');
  assert.deepEqual([entre.value, entre.low, entre.high], [3, 3, 5]);
  const or = one('3 ou 4 morts', 'fr');
  assert.deepEqual([or.value, or.low, or.high], [3, 3, 4]);
});

test('ordinals are marked as such', () => {
  const fr = numbersOf('la deuxième guerre, le 3e jour', 'fr');
  assert.deepEqual(fr.map((n) => [n.span.text, n.value, n.kind]), [['deuxième', 2, 'ordinal'], ['3e', 3, 'ordinal']]);
  const en = numbersOf('the 21st victim', 'en');
  assert.deepEqual(en.map((n) => [n.span.text, n.value, n.kind]), [['21st', 21, 'ordinal']]);
});

test('"no one" holds no number', () => {
  assert.equal(numbersOf('No one was hurt.', 'en').length, 0);
});
