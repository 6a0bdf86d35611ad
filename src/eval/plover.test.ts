import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventRecord } from '../core/record.js';
import { createExtractor } from '../pipeline/extract.js';
import { loadPlover, ploverRunner, scorePlover } from './plover.js';
import { sharedFile, SHARED_MISSING } from '../testing/helpers.js';

const RECORDS = [
  { id: 'D-1', event: 'DOCUMENT', eventText: 'documentation' },
  { id: 'X-1', event: 'DISAPPROVE', date: '2000-01-01', text: 'Japan criticized the Russian plan.', source: [{ actorText: 'Japan', code: 'JAP', sector: 'GOV' }] },
  { id: 'X-2', event: 'FIGHT', date: '2000-01-01', text: 'Rebels attacked a UN convoy.', source: [{ actorText: 'UN', code: 'IGO' }] },
];

test('loadPlover: skips DOCUMENT records, maps older labels and legacy country codes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plover-'));
  const file = join(dir, 'gsr.json');
  writeFileSync(file, JSON.stringify(RECORDS));
  const items = loadPlover(file);
  assert.deepEqual(items.map((i) => [i.type, i.label]), [['ACCUSE', 'DISAPPROVE'], ['ASSAULT', 'FIGHT']]);
  assert.deepEqual(items[0]!.sourceCountries, ['JPN']);
  assert.deepEqual(items[1]!.sourceCountries, []); // IGO is no country: not scored for country
});

test('scorePlover: a hit needs an event of the gold type; the country is judged on hits only', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plover-'));
  const file = join(dir, 'gsr.json');
  writeFileSync(file, JSON.stringify(RECORDS));
  const items = loadPlover(file);
  const ev = (type: string, country?: string): EventRecord => ({
    id: type, articleId: 'x', type, status: 'asserted', recipient: [], claimant: 'outlet', framing: [], evidence: [], confidence: 0.5, provenance: [],
    actor: country ? [{ text: 'x', span: { start: 0, end: 1, text: 'x' }, country }] : [],
  });
  const s = scorePlover(items, (it) => (it.type === 'ACCUSE' ? [ev('ACCUSE', 'JPN')] : [ev('COERCE')]));
  assert.equal(s.hits, 1);
  assert.equal(s.accuracy, 0.5);
  assert.deepEqual(s.country, { right: 1, total: 1 });
  assert.deepEqual(s.byType.ASSAULT!.instead, { COERCE: 1 });
});

const gsrPath = sharedFile('data', 'events', 'event-plover-gsr-en', 'PLOVER_GSR_CAMEO.txt');

// Measured at the lexicon change of 2026-11-26 on this slice (108 sentences): accuracy 0.61, source country 0.68 (59 scored).
test('PLOVER GSR, every third sentence: event-type accuracy and source-country floors', { skip: gsrPath ? false : SHARED_MISSING }, () => {
  const items = loadPlover(gsrPath!).filter((_, i) => i % 3 === 0);
  const extractor = createExtractor();
  try {
    const s = scorePlover(items, ploverRunner(extractor));
    assert.ok(items.length > 100, `${items.length} sentences`);
    assert.ok(s.accuracy >= 0.52, `accuracy ${s.accuracy.toFixed(3)}`);
    assert.ok(s.country.total >= 30 && s.country.right / s.country.total >= 0.55, `source country ${s.country.right}/${s.country.total}`);
  } finally {
    extractor.close();
  }
});
