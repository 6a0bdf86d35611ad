import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SitrepError } from '../core/errors.js';
import { openSqliteStore, type SqliteStore } from './sqlite-store.js';
import { articleWith } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = (): SqliteStore => openSqliteStore(join(dir, `s${++n}.db`));

/** incidents as sorted lists of sorted source article ids */
async function partition(store: SqliteStore): Promise<string[][]> {
  const incs = await store.incidents({ limit: 10_000 });
  return incs.map((i) => [...i.summary.sources].sort()).sort((a, b) => a.join().localeCompare(b.join()));
}

test('migrations: a new store is at the latest schema version (4), WAL, and reopening applies nothing twice', async () => {
  const path = join(dir, 'mig.db');
  const s = openSqliteStore(path);
  assert.equal((await s.stats()).schemaVersion, 4);
  assert.equal(s.database.pragma('journal_mode', { simple: true }), 'wal');
  await s.close();
  const again = openSqliteStore(path);
  assert.equal((again.database.prepare('SELECT count(*) AS n FROM schema_version').get() as { n: number }).n, 4);
  await again.close();
});

test('the same article twice is stored once; a different text under a used id is refused', async () => {
  const s = fresh();
  const a = articleWith('a1', [{ place: 'gao', date: '2024-03-12', killed: 3 }]);
  assert.equal((await s.addArticle(a.article, a.events)).status, 'stored');
  assert.equal((await s.addArticle({ ...a.article, id: 'other-id' }, a.events)).status, 'duplicate');
  assert.equal(await s.hasArticle(a.article.text), true);
  assert.throws(() => s.addArticleSync({ ...a.article, text: a.article.text + ' updated' }, a.events), (e: SitrepError) => e.code === 'E_BAD_ARTICLE');
  const st = await s.stats();
  assert.deepEqual([st.articles, st.events, st.incidents], [1, 1, 1]);
  assert.deepEqual(await s.check(), []);
  await s.close();
});

test('reports of one attack from two articles merge; counts follow ACLED (best = lowest), claimants kept', async () => {
  const s = fresh();
  const a = articleWith('a', [{ place: 'gao', date: '2024-03-12', killed: 2, claimant: 'le ministère' }], '2024-03-13');
  const b = articleWith('b', [{ place: 'gao', date: '2024-03-12', killed: 5, killedHigh: 7, injured: 4, claimant: "l'hôpital" }], '2024-03-15');
  await s.addArticle(a.article, a.events);
  await s.addArticle(b.article, b.events);
  const [inc, ...rest] = await s.incidents({});
  assert.equal(rest.length, 0);
  const sum = inc!.summary;
  assert.deepEqual(sum.sources, ['a', 'b']);
  assert.deepEqual([sum.killed?.best, sum.killed?.low, sum.killed?.high], [2, 2, 7]);
  assert.equal(sum.injured?.best, 4);
  assert.equal(sum.date, '2024-03-12');
  assert.equal(sum.location?.name, 'Gao');
  assert.deepEqual([sum.firstReport, sum.lastReport], ['2024-03-13', '2024-03-15']);
  assert.deepEqual(sum.claimants.map((c) => [c.articleId, c.claimant, c.killed]), [['a', 'le ministère', 2], ['b', "l'hôpital", 5]]);
  await s.close();
});

test('never merged: two different towns, dates a week apart, different types, a negated report', async () => {
  const s = fresh();
  const specs = [
    articleWith('gao', [{ place: 'gao', date: '2024-03-12' }]),
    articleWith('ansongo', [{ place: 'ansongo', date: '2024-03-12' }]),
    articleWith('week', [{ place: 'gao', date: '2024-03-19' }]),
    articleWith('protest', [{ place: 'gao', date: '2024-03-12', type: 'PROTEST' }]),
    articleWith('negated', [{ place: 'gao', date: '2024-03-12', status: 'negated' }]),
  ];
  for (const x of specs) await s.addArticle(x.article, x.events);
  assert.deepEqual(await partition(s), [['ansongo'], ['gao'], ['protest'], ['week']]);
  const negated = await s.events({ claimant: 'outlet', limit: 100 });
  assert.equal(negated.find((e) => e.record.articleId === 'negated')?.incidentId, undefined);
  await s.close();
});

test('a town merges with the county that holds it; an unlocated report joins the place in focus of its own article only', async () => {
  const s = fresh();
  const a = articleWith('town', [{ place: 'chicago', date: '2015-04-07', killed: 1 }]);
  const b = articleWith('county', [{ place: 'cook', date: '2015-04-07' }]);
  const c = articleWith('mixed', [{ place: 'houston', date: '2015-04-07', at: 10 }, { date: '2015-04-07', injured: 3, at: 60 }]);
  const d = articleWith('alone', [{ date: '2015-04-07', injured: 2 }]);
  for (const x of [a, b, c, d]) await s.addArticle(x.article, x.events);
  assert.deepEqual(await partition(s), [['alone'], ['county', 'town'], ['mixed']]);
  const houston = (await s.incidents({ country: 'USA', bbox: [-96, 29, -95, 30] }))[0]!;
  assert.equal(houston.summary.injured?.best, 3);
  assert.equal(houston.summary.eventCount, 2);
  await s.close();
});

test('merging is incremental and order-independent: every arrival order gives the same incidents', async () => {
  const articles = [
    articleWith('g1', [{ place: 'gao', date: '2024-03-12', killed: 3 }]),
    articleWith('g2', [{ place: 'gao', date: '2024-03-13', stated: false, killed: 4 }]),
    articleWith('g3', [{ place: 'gaoRegion', date: '2024-03-12' }]),
    articleWith('b1', [{ place: 'bamako', date: '2024-03-12' }]),
    articleWith('b2', [{ place: 'bamako', date: '2024-03-11', killed: 1 }]),
    articleWith('a1', [{ place: 'ansongo', date: '2024-03-12' }]),
    articleWith('c1', [{ place: 'chicago', date: '2024-03-12', actor: 'gunmen' }, { place: 'houston', date: '2024-03-12', at: 80 }]),
    articleWith('c2', [{ place: 'cook', date: '2024-03-13' }]),
    articleWith('h1', [{ place: 'houston', date: '2024-03-13', injured: 2 }]),
    articleWith('w1', [{ place: 'gao', date: '2024-03-20' }]),
  ];
  // c1 reports two attacks: its two records join two different incidents
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  let reference: string[][] | undefined;
  let referenceCounts: string | undefined;
  for (let round = 0; round < 6; round++) {
    const order = [...articles];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const s = fresh();
    for (const x of order) await s.addArticle(x.article, x.events);
    const p = await partition(s);
    const counts = JSON.stringify(
      (await s.incidents({ limit: 100 }))
        .map((i) => [i.summary.sources.join(), i.summary.killed?.best ?? null, i.summary.injured?.best ?? null, i.summary.date, i.summary.location?.name])
        .sort(),
    );
    assert.deepEqual(await s.check(), []);
    await s.close();
    if (!reference) {
      reference = p;
      referenceCounts = counts;
      assert.deepEqual(p, [['a1'], ['b1', 'b2'], ['c1', 'c2'], ['c1', 'h1'], ['g1', 'g2'], ['g3'], ['w1']]);
    } else {
      assert.deepEqual(p, reference, `order ${order.map((o) => o.article.id).join(' ')}`);
      assert.equal(counts, referenceCounts);
    }
  }
});

test('a follow-up naming the people of an incident joins it months later, in any order; its late figures do not set the best', async () => {
  const shooting = articleWith('s', [{ place: 'gao', date: '2024-03-01', killed: 1, injured: 3 }], '2024-03-02');
  const trial = articleWith('t', [{ place: 'gao', date: '2024-09-10', stated: false, killed: 1, injured: 1 }], '2024-09-10');
  const elsewhere = articleWith('e', [{ place: 'ansongo', date: '2024-03-01', injured: 2 }], '2024-03-02');
  const persons: Record<string, string[]> = { s: ['matt anderson'], t: ['brady osborne', 'matt anderson'], e: ['matt anderson'] };
  for (const order of [[shooting, trial, elsewhere], [elsewhere, trial, shooting]]) {
    const s = fresh();
    for (const x of order) await s.addArticle({ ...x.article, persons: persons[x.article.id] }, x.events);
    assert.deepEqual(await partition(s), [['e'], ['s', 't']], 'a namesake in another town stays apart');
    const joined = (await s.incidents({})).find((i) => i.summary.sources.includes('s'))!.summary;
    assert.equal(joined.date, '2024-03-01', 'the day of the first report, not of the follow-up');
    assert.equal(joined.injured?.best, 3, 'the trial report, months later, gives no best figure');
    assert.equal(joined.injured?.low, 1, 'but its figure stays in the range');
    s.rebuildIncidents();
    assert.deepEqual(await partition(s), [['e'], ['s', 't']]);
    await s.close();
  }
  const s = fresh();
  for (const x of [shooting, trial]) await s.addArticle(x.article, x.events);
  assert.deepEqual(await partition(s), [['s'], ['t']], 'without a shared person, months apart stay apart');
  await s.close();
});

test('a follow-up dated by its month joins the day another report tells in that month, in any order', async () => {
  const shooting = articleWith('d', [{ place: 'ansongo', date: '2024-03-28', killed: 1 }], '2024-03-29');
  const month = articleWith('m', [{ place: 'ansongo', date: '2024-03-01', killed: 1 }], '2024-04-15');
  month.events[0]!.date = { start: '2024-03-01', end: '2024-03-31', precision: 'month', stated: true, text: 'in March' };
  for (const order of [[shooting, month], [month, shooting]]) {
    const s = fresh();
    for (const x of order) await s.addArticle(x.article, x.events);
    assert.deepEqual(await partition(s), [['d', 'm']]);
    assert.equal((await s.incidents({}))[0]!.summary.date, '2024-03-28', 'the day told, not the month');
    await s.close();
  }
});

test('rebuilding incidents from the stored records gives the same incidents', async () => {
  const s = fresh();
  for (const x of [
    articleWith('r1', [{ place: 'gao', date: '2024-03-12', killed: 3 }]),
    articleWith('r2', [{ place: 'gao', date: '2024-03-12', killed: 1 }]),
    articleWith('r3', [{ place: 'bamako', date: '2024-03-12' }]),
  ])
    await s.addArticle(x.article, x.events);
  const before = await partition(s);
  s.rebuildIncidents();
  assert.deepEqual(await partition(s), before);
  assert.deepEqual(await s.check(), []);
  await s.close();
});

test('queries: date range, bbox, country, type, actor, claimant, full text', async () => {
  const s = fresh();
  const q1 = articleWith('q1', [{ place: 'gao', date: '2024-03-12', actor: 'des hommes armés', claimant: 'le ministère' }]);
  await s.addArticle(q1.article, q1.events);
  const q2 = articleWith('q2', [{ place: 'chicago', date: '2015-04-07', type: 'PROTEST' }]);
  await s.addArticle({ ...q2.article, text: 'Hundreds marched in Chicago on Tuesday against police violence.' }, q2.events);
  const ids = async (f: Parameters<SqliteStore['events']>[0]) => (await s.events(f)).map((e) => e.record.articleId).sort();
  assert.deepEqual(await ids({ from: '2024-01-01' }), ['q1']);
  assert.deepEqual(await ids({ to: '2016-01-01' }), ['q2']);
  assert.deepEqual(await ids({ bbox: [-1, 15, 1, 17] }), ['q1']);
  assert.deepEqual(await ids({ country: 'usa' }), ['q2']);
  assert.deepEqual(await ids({ type: 'protest' }), ['q2']);
  assert.deepEqual(await ids({ actor: 'hommes armés' }), ['q1']);
  assert.deepEqual(await ids({ claimant: 'ministère' }), ['q1']);
  assert.deepEqual(await ids({ claimant: 'outlet' }), ['q2']);
  assert.deepEqual(await ids({ text: 'marched' }), ['q2']);
  assert.deepEqual((await s.incidents({ text: 'marched' })).map((i) => i.summary.sources), [['q2']]);
  assert.deepEqual((await s.incidents({ actor: 'hommes' })).map((i) => i.summary.sources), [['q1']]);
  await assert.rejects(s.events({ text: '"unbalanced' }), (e: SitrepError) => e.code === 'E_BAD_OPTION');
  await s.close();
});

test('a file that is not a database is E_DB_CORRUPT; a database held by another writer is E_DB_LOCKED and nothing is lost', async () => {
  const bad = join(dir, 'not-a-db.db');
  writeFileSync(bad, 'this is a text file, not SQLite '.repeat(200));
  assert.throws(() => openSqliteStore(bad), (e: SitrepError) => e.code === 'E_DB_CORRUPT');

  const path = join(dir, 'locked.db');
  const s = openSqliteStore(path, { busyTimeoutMs: 50 });
  const a = articleWith('l1', [{ place: 'gao', date: '2024-03-12' }]);
  await s.addArticle(a.article, a.events);
  const other = new Database(path);
  other.prepare('BEGIN IMMEDIATE').run();
  const b = articleWith('l2', [{ place: 'gao', date: '2024-03-12' }]);
  assert.throws(() => s.addArticleSync(b.article, b.events), (e: SitrepError) => e.code === 'E_DB_LOCKED');
  other.prepare('ROLLBACK').run();
  other.close();
  assert.equal((await s.addArticle(b.article, b.events)).status, 'stored');
  assert.equal((await s.stats()).articles, 2);
  assert.deepEqual(await s.check(), []);
  await s.close();
});

test('a full disk is E_DB_FULL: the article being written is rolled back whole, the stored ones are kept', async () => {
  const s = fresh();
  const first = articleWith('f1', [{ place: 'gao', date: '2024-03-12' }]);
  await s.addArticle(first.article, first.events);
  // the file may not grow past its current size: the next write fails as on a full disk
  const pages = s.database.pragma('page_count', { simple: true }) as number;
  s.database.pragma(`max_page_count = ${pages}`);
  const big = articleWith('f2', [{ place: 'gao', date: '2024-03-12' }]);
  assert.throws(() => s.addArticleSync({ ...big.article, text: big.article.text + ' y'.repeat(200_000) }, big.events), (e: SitrepError) => e.code === 'E_DB_FULL');
  s.database.pragma('max_page_count = 1073741823');
  const st = await s.stats();
  assert.deepEqual([st.articles, st.events], [1, 1]);
  assert.deepEqual(await s.check(), []);
  await s.close();
});
