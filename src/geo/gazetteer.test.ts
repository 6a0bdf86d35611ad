// The built gazetteer (data/gazetteer.sqlite, made by `npm run prepare`) and its error codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SitrepError } from '../core/errors.js';
import { DEFAULT_GAZETTEER_PATH, openGazetteer } from './index.js';
import { distanceKm } from './distance.js';

const built = existsSync(DEFAULT_GAZETTEER_PATH);
const NOT_BUILT = 'skipped: data/gazetteer.sqlite is not built (npm run prepare)';

test('a missing gazetteer file is E_GAZETTEER_MISSING and says how to rebuild', () => {
  assert.throws(() => openGazetteer('/nonexistent/gazetteer.sqlite'), (err: unknown) => {
    assert.ok(err instanceof SitrepError);
    assert.equal(err.code, 'E_GAZETTEER_MISSING');
    assert.match(err.message, /npm run prepare/);
    return true;
  });
});

test('a corrupt gazetteer file is E_GAZETTEER_CORRUPT', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-gaz-'));
  const path = join(dir, 'gazetteer.sqlite');
  writeFileSync(path, 'this is not a database, just some text that is long enough to look like a file'.repeat(100));
  try {
    assert.throws(() => openGazetteer(path), (err: unknown) => err instanceof SitrepError && err.code === 'E_GAZETTEER_CORRUPT');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('lookup finds French exonyms and transliterations of Azerbaijani places', { skip: !built && NOT_BUILT }, () => {
  const g = openGazetteer();
  try {
    const aze = (name: string) => g.lookup(name).filter((e) => e.country === 'AZE');
    const baku = aze('Bakou')[0];
    assert.ok(baku && distanceKm(baku.lat, baku.lon, 40.38, 49.89) < 20, 'Bakou -> Baku');
    const shusha = aze('Choucha')[0];
    assert.ok(shusha && distanceKm(shusha.lat, shusha.lon, 39.76, 46.75) < 20, 'Choucha -> Shusha');
    const khojavend = aze('Khojavent').find((e) => e.featureCode === 'ADM1');
    assert.ok(khojavend && distanceKm(khojavend.lat, khojavend.lon, 39.65, 47.0) < 50, 'Khojavent -> Khojavend district');
    const karabakh = aze('Karabagh')[0];
    assert.ok(karabakh && distanceKm(karabakh.lat, karabakh.lon, 39.82, 46.75) < 80, 'Karabagh -> Karabakh');
    assert.ok(aze('Xocavənd').length > 0 && aze('Füzuli').length > 0);
    // the transliteration key alone finds a spelling the data lacks
    assert.ok(aze('Khodjavend').some((e) => e.matched === 'translit' || e.matched === 'alternate'));
  } finally {
    g.close();
  }
});

test('countries by ISO3 with English and French names', { skip: !built && NOT_BUILT }, () => {
  const g = openGazetteer();
  try {
    assert.equal(g.country('AZE')?.name, 'Azerbaijan');
    assert.equal(g.country('AZE')?.precision, 'country');
    assert.equal(g.lookup('Azerbaïdjan')[0]?.country, 'AZE');
    assert.equal(g.lookup('États-Unis')[0]?.country, 'USA');
    assert.equal(g.lookup('Allemagne')[0]?.country, 'DEU');
    assert.equal(g.country('XXX'), undefined);
  } finally {
    g.close();
  }
});

