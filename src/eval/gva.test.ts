import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cityRight, evaluateGva, goldPlaceNames, stateRight, DEFAULT_GVA, type GvaIncident } from './gva.js';
import type { IncidentSummary } from '../incidents/summary.js';
import { sharedFile, SHARED_MISSING } from '../testing/helpers.js';

const gold = (city: string, state = 'Illinois'): GvaIncident => ({ incident_uri: '1', date_iso: '2015-04-07', state, city_or_county: city, num_killed: 1, num_injured: 0 });
const summary = (name: string, precision: 'settlement' | 'district', admin2?: string, admin1 = 'Illinois') =>
  ({ location: { text: name, name, lat: 0, lon: 0, country: 'USA', admin1, admin2, precision, inferred: false } }) as unknown as IncidentSummary;

test('GVA place names: a neighbourhood in brackets and counties are both accepted', () => {
  assert.deepEqual(goldPlaceNames('Chicago (Englewood)'), ['chicago', 'englewood']);
  assert.deepEqual(goldPlaceNames('Brown (county)'), ['brown']);
  assert.deepEqual(goldPlaceNames('Winston Salem (Winston-salem)'), ['winston salem', 'winston salem']);
  assert.ok(cityRight(gold('Chicago (Englewood)'), summary('Englewood', 'settlement')));
  assert.ok(cityRight(gold('Brown (county)', 'Wisconsin'), summary('Brown County', 'district', 'Brown County', 'Wisconsin')));
  assert.ok(!cityRight(gold('Hermitage', 'Tennessee'), summary('Nashville', 'settlement', 'Davidson County', 'Tennessee')));
  // a part of a town is right when its town is; "The Bronx" is "Bronx"
  const logan = summary('Logan Square', 'settlement', 'Cook County');
  assert.ok(!cityRight(gold('Chicago'), logan));
  assert.ok(cityRight(gold('Chicago'), { location: { ...logan.location!, locality: 'Chicago' } } as IncidentSummary));
  assert.ok(cityRight(gold('Bronx', 'New York'), summary('The Bronx', 'settlement', 'Bronx County', 'New York')));
  const suisun = summary('Suisun', 'settlement', 'Solano County', 'California');
  assert.ok(!cityRight(gold('Suisun City', 'California'), suisun));
  assert.ok(cityRight(gold('Suisun City', 'California'), { location: { ...suisun.location!, text: 'Suisun City' } } as IncidentSummary));
  assert.ok(stateRight(gold('Chicago'), summary('Chicago', 'settlement')));
  assert.ok(!stateRight(gold('Chicago', 'Indiana'), summary('Chicago', 'settlement')));
});

test('GVA eval end to end on a small slice of the archive', async (t) => {
  const dir = sharedFile(...DEFAULT_GVA);
  if (!dir) return t.skip(SHARED_MISSING);
  const r = await evaluateGva(dir, { limit: 60, workers: 0 });
  assert.ok(r.articles >= 50);
  assert.ok(r.scoredIncidents >= 20);
  // floors far below the full-set figures: this checks the plumbing, the suite measures the accuracy
  assert.ok(r.clustering.bcubed.f1 > 0.6, `B³ ${r.clustering.bcubed.f1}`);
  assert.ok(r.killed > 0.5 && r.state > 0.4, JSON.stringify(r));
});
