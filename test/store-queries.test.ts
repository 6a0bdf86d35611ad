// `sitrep events`, `sitrep incidents` and `sitrep export` over a store built from hand-made records.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliCaptured } from '../src/testing/cli.js';
import { openSqliteStore } from '../src/store/index.js';
import { articleWith } from '../src/store/fixtures.js';
import { CSV_COLUMNS } from '../src/export/formats.js';

const run = runCliCaptured;

const dir = mkdtempSync(join(tmpdir(), 'sitrep-queries-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'q.db');
{
  const s = openSqliteStore(db);
  for (const x of [
    articleWith('a', [{ place: 'gao', date: '2024-03-12', killed: 2, claimant: 'le ministère', actor: 'des hommes armés' }], '2024-03-13'),
    articleWith('b', [{ place: 'gao', date: '2024-03-12', killed: 5, killedHigh: 7, claimant: "l'hôpital" }], '2024-03-14'),
    articleWith('c', [{ place: 'chicago', date: '2015-04-07', type: 'PROTEST' }], '2015-04-08'),
  ])
    s.addArticleSync(x.article, x.events);
  await s.close();
}

test('incidents: the two reports of Gao are one incident with both claimants; filters apply', async () => {
  const r = await run(['incidents', '--db', db, '--country', 'MLI']);
  assert.equal(r.status, 0, r.err);
  const rows = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(rows.length, 1);
  assert.deepEqual(rows[0].sources, ['a', 'b']);
  assert.deepEqual([rows[0].killed.best, rows[0].killed.low, rows[0].killed.high], [2, 2, 7]);
  const table = await run(['incidents', '--db', db, '--format', 'table', '--from', '2024-01-01']);
  assert.match(table.out, /ASSAULT .*Gao.*killed 2 \(2-7\).*2 source/);
  const none = await run(['incidents', '--db', db, '--bbox', '-100,20,-80,50', '--type', 'ASSAULT']);
  assert.equal(none.out, '');
});

test('events: filters by claimant, actor, type and date; bad filter values are coded errors', async () => {
  const ids = async (...args: string[]) => (await run(['events', '--db', db, ...args])).out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).articleId).sort();
  assert.deepEqual(await ids('--claimant', 'hôpital'), ['b']);
  assert.deepEqual(await ids('--actor', 'armés'), ['a']);
  assert.deepEqual(await ids('--type', 'protest'), ['c']);
  assert.deepEqual(await ids('--to', '2020-01-01'), ['c']);
  for (const [args, code] of [
    [['--from', '12/03/2024'], 'E_BAD_DATE'],
    [['--bbox', '1,2,3'], 'E_BAD_OPTION'],
    [['--country', 'Mali'], 'E_BAD_OPTION'],
    [['--text', '"unbalanced'], 'E_BAD_OPTION'],
  ] as const) {
    const r = await run(['events', '--db', db, ...args]);
    assert.equal(r.status, 2);
    assert.match(r.err, new RegExp(`^${code}: `, 'm'));
  }
  const missing = await run(['events', '--db', join(dir, 'none.db')]);
  assert.match(missing.err, /^E_FILE_NOT_FOUND: /m);
});

test('export: ACLED-like CSV of incidents, GeoJSON points, PLOVER JSON lines of events', async () => {
  const csv = await run(['export', '--db', db, '--format', 'csv']);
  assert.equal(csv.status, 0, csv.err);
  const lines = csv.out.trim().split('\n');
  assert.equal(lines[0], CSV_COLUMNS.join(','));
  assert.equal(lines.length, 3);
  const header = lines[0]!.split(',');
  const gao = lines.find((l) => l.includes('Gao'))!;
  const cell = (name: string) => gao.split(',')[header.indexOf(name)];
  assert.equal(cell('event_date'), '2024-03-12');
  assert.equal(cell('fatalities'), '2');
  assert.equal(cell('fatalities_low'), '2');
  assert.equal(cell('fatalities_high'), '7');
  assert.equal(cell('geo_precision'), '1');
  assert.equal(cell('country'), 'MLI');
  assert.match(gao, /le ministère; l'hôpital/);

  const out = join(dir, 'x.geojson');
  const geo = await run(['export', '--db', db, '--format', 'geojson', '--out', out]);
  assert.equal(geo.status, 0, geo.err);
  const fc = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(fc.type, 'FeatureCollection');
  assert.equal(fc.features.length, 2);
  assert.deepEqual(fc.features.find((f: { properties: { location: string } }) => f.properties.location === 'Gao').geometry.coordinates, [-0.04472, 16.27167]);

  const plover = await run(['export', '--db', db, '--format', 'plover-jsonl', '--country', 'MLI']);
  const recs = plover.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(recs.length, 2);
  assert.equal(recs[0].event, 'ASSAULT');
  assert.equal(recs[0].eventLoc.name, 'Gao');
  assert.ok(recs.some((r: { dead?: number }) => r.dead === 5));
  const bad = await run(['export', '--db', db, '--format', 'plover-jsonl', '--level', 'incidents']);
  assert.equal(bad.status, 2);
});
