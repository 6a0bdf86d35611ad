// The founding example end to end: the seed report through the whole pipeline, scored as
// ../shared/seed/README.md describes. The bar is the project's "done" bar for this report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createExtractor } from '../src/pipeline/extract.js';
import { scoreSeed, type Gold } from '../src/eval/seed-score.js';
import { sharedFile, SHARED_MISSING, assertSpansConsistent } from '../src/testing/helpers.js';

const goldPath = sharedFile('seed', 'karabakh-fr.gold.json');
const textPath = sharedFile('seed', 'karabakh-fr.txt');

for (const syntax of [false, true]) test(`seed report${syntax ? ' with the dependency parser' : ''}: all required events, precision, fields, no forbidden error, 6 dead`, { skip: !goldPath || !textPath ? SHARED_MISSING : false }, () => {
  const gold = JSON.parse(readFileSync(goldPath!, 'utf8')) as Gold;
  const text = readFileSync(textPath!, 'utf8');
  const extractor = createExtractor({ syntax });
  const doc = extractor.process({ id: 'seed', text, lang: 'fr', published: '2023-09-20' });
  extractor.close();
  assertSpansConsistent(doc);
  const s = scoreSeed(gold, text, doc.events);
  const detail = s.lines.join('\n');
  assert.equal(s.foundRequired, s.required, detail);
  assert.ok(s.precision >= 0.8, `precision ${s.precision}`);
  assert.deepEqual(s.forbidden, []);
  assert.equal(s.killedTotal, 6);
  for (const [field, f] of Object.entries(s.fields)) assert.ok(f.total === 0 || f.right / f.total >= 0.8, `${field}: ${f.right}/${f.total}\n${detail}`);
  // every place this article names is in Azerbaijan
  for (const e of doc.events) if (e.location) assert.equal(e.location.country, 'AZE', `${e.evidence[0]!.text} -> ${e.location.name}`);
});

test('seed scorer agrees with the README rules on a hand-made prediction', { skip: !goldPath || !textPath ? SHARED_MISSING : false }, () => {
  const gold = JSON.parse(readFileSync(goldPath!, 'utf8')) as Gold;
  const text = readFileSync(textPath!, 'utf8');
  const at = (q: string) => {
    const i = text.indexOf(q);
    return { start: i, end: i + q.length, text: q };
  };
  const duration = {
    id: 'x', articleId: 'seed', type: 'ASSAULT', status: 'asserted' as const, actor: [], recipient: [], claimant: 'outlet' as const,
    framing: [], evidence: [at('44 jours')], confidence: 0.5, provenance: [], size: { killed: { best: 44, low: 44, high: 44, text: '44' } },
  };
  const s = scoreSeed(gold, text, [duration]);
  assert.deepEqual(s.forbidden, ['F3']);
  assert.equal(s.foundRequired, 0);
  assert.equal(s.killedTotal, 44);
  assert.equal(s.pass, false);
});
