// A town's name qualifying another proper name ("Oxford Instruments") is told from a town's own things.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en } from '../../lang/en/index.js';
import { qualifiesName } from './named-after.js';

test('qualifiesName: a capitalised word after a name makes it an organisation\'s, unless it is a noun of the town itself', () => {
  const at = (text: string, name: string) => qualifiesName(text, text.indexOf(name) + name.length, en.places);
  assert.equal(at('shares of Oxford Instruments rose', 'Oxford'), true);
  assert.equal(at('the Geneva Conventions forbid it', 'Geneva'), true);
  assert.equal(at('the Lyon Public Library will open', 'Lyon'), false);
  assert.equal(at('a Houston man was shot', 'Houston'), false);
  assert.equal(at('Leeds High School', 'Leeds'), false);
  assert.equal(at('in Dallas. The police', 'Dallas'), false);
  assert.equal(at('Cook County Sheriff', 'Cook'), false);
  assert.equal(at('a man was shot in Paris Monday night', 'Paris'), false);
  // a language without the list reads no name so
  assert.equal(qualifiesName('shares of Oxford Instruments rose', 17, { ...en.places, wordsKeepingTheTown: undefined }), false);
});
