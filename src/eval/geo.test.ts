// The geo suite on LGL (evaluation only): skipped when ../shared is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { sharedFile, SHARED_MISSING } from '../testing/helpers.js';
import { DEFAULT_GAZETTEER_PATH, openGazetteer } from '../geo/index.js';
import { DEFAULT_LGL, parseLgl, scoreGeo } from './geo.js';

const lgl = sharedFile(...DEFAULT_LGL);

test('parseLgl reads articles and toponym spans that slice the text', () => {
  const xml = '<articles><article docid="1"><text><![CDATA[Fire in Alexandria, La.]]></text><toponyms><toponym><start>8</start><end>18</end><phrase>Alexandria</phrase><gaztag geonameid="4314550"><lat>31.3113</lat><lon>-92.4451</lon><fcode>PPL</fcode></gaztag></toponym></toponyms></article></articles>';
  const [a] = parseLgl(xml);
  assert.equal(a!.toponyms.length, 1);
  assert.equal(a!.toponyms[0]!.text, 'Alexandria');
  assert.equal(a!.toponyms[0]!.lat, 31.3113);
});

test('LGL: accuracy within 161 km stays above 75% (naive baseline 46%)', { skip: (!lgl && SHARED_MISSING) || (!existsSync(DEFAULT_GAZETTEER_PATH) && 'skipped: gazetteer not built') }, () => {
  const g = openGazetteer();
  try {
    const xml = readFileSync(lgl!, 'utf8');
    const s = scoreGeo(parseLgl(xml), g);
    assert.ok(s.total > 4000, `${s.total} toponyms`);
    const acc = s.correct / s.total;
    assert.ok(acc > 0.75, `accuracy ${(100 * acc).toFixed(1)}%`);
  } finally {
    g.close();
  }
});
