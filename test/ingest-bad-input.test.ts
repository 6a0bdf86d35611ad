// Bad input through `sitrep ingest`: each case gets its code, the rest of the batch is stored.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliCaptured } from '../src/testing/cli.js';
import { openSqliteStore } from '../src/store/index.js';

const run = runCliCaptured;

const dir = mkdtempSync(join(tmpdir(), 'sitrep-ingest-bad-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const inbox = join(dir, 'inbox');
mkdirSync(inbox);
const GOOD_FR = "Des hommes armés ont attaqué mardi soir un poste de police à Gao, dans le nord du Mali, tuant trois policiers et blessant cinq civils, a indiqué le ministère de la sécurité dans un communiqué. Les assaillants ont pris la fuite vers le fleuve.";
writeFileSync(join(inbox, 'good.txt'), GOOD_FR);
writeFileSync(
  join(inbox, 'page.html'),
  '<html><head><title>Attack</title><meta property="article:published_time" content="2024-03-14"></head><body><p>Gunmen attacked a police post in Gao on Tuesday, killing three officers.</p></body></html>',
);
writeFileSync(
  join(inbox, 'batch.jsonl'),
  [
    JSON.stringify({ id: 'j1', text: 'Five people were wounded in a shooting in Chicago on Saturday, police said.', published: '2015-04-07', lang: 'en' }),
    JSON.stringify({ headline: 'no text field here' }),
    '{not json',
    JSON.stringify({ id: 'j2', text: 'Une manifestation a rassemblé des milliers de personnes à Bamako samedi.', published: '2024-03-16', lang: 'fr' }),
  ].join('\n'),
);
writeFileSync(
  join(inbox, 'feed.rss'),
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Le Journal</title>
   <item><title>Attaque à Mopti</title><link>http://example.org/1</link><pubDate>Thu, 14 Mar 2024 10:00:00 GMT</pubDate>
   <description>&lt;p&gt;Des hommes armés ont attaqué un village près de Mopti, tuant cinq civils, selon le maire.&lt;/p&gt;</description></item>
   <item><title>Empty</title><link>http://example.org/2</link><description></description></item>
   </channel></rss>`,
);
writeFileSync(
  join(inbox, 'atom.xml'),
  `<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><entry><title>Shooting in Memphis</title><id>urn:x:1</id>
   <updated>2016-02-01T08:00:00Z</updated><content type="text">Two men were shot dead in Memphis on Sunday night, police said.</content></entry></feed>`,
);
writeFileSync(join(inbox, 'broken.rss'), 'this is not XML at all, just words');
writeFileSync(join(inbox, 'empty.txt'), '');
writeFileSync(join(inbox, 'notes.bin'), Buffer.from([0, 1, 2])); // unknown extension inside a folder: skipped

test('a mixed folder: bad items get their codes, the good ones are stored, status 1', async () => {
  const db = join(dir, 'mixed.db');
  const r = await run(['ingest', inbox, '--db', db, '--workers', '0', '--published', '2024-03-14', '--quiet']);
  assert.equal(r.status, 1, r.err);
  assert.match(r.err, /E_BAD_ARTICLE: .*batch\.jsonl:2/);
  assert.match(r.err, /E_BAD_JSONL: .*batch\.jsonl:3/);
  assert.match(r.err, /E_BAD_XML: .*broken\.rss/);
  assert.match(r.err, /E_EMPTY_INPUT: .*empty\.txt/);
  assert.match(r.err, /E_EMPTY_INPUT: .*feed\.rss: item 2/);
  const store = openSqliteStore(db);
  const st = await store.stats();
  // good.txt, page.html, j1, j2, one RSS item, one Atom entry
  assert.equal(st.articles, 6);
  const rss = store.database.prepare("SELECT id, published, outlet, url FROM articles WHERE url = 'http://example.org/1'").get();
  assert.deepEqual(rss, { id: 'http://example.org/1', published: '2024-03-14', outlet: 'Le Journal', url: 'http://example.org/1' });
  assert.deepEqual(await store.check(), []);
  await store.close();

  // idempotent: the same folder again stores nothing new
  const again = await run(['ingest', inbox, '--db', db, '--workers', '0', '--published', '2024-03-14', '--quiet']);
  assert.match(again.out, /ingested 0 articles .* 6 already stored/);
});

test('a huge JSON line is refused without stopping the file; the lines after it are stored', async () => {
  const huge = join(dir, 'huge.jsonl');
  const big = JSON.stringify({ id: 'big', text: 'a '.repeat(6 * 1024 * 1024) });
  writeFileSync(huge, big + '\n' + JSON.stringify({ id: 'after', text: 'Three people were injured in a crash in Houston on Monday.', published: '2016-01-04', lang: 'en' }) + '\n');
  const db = join(dir, 'huge.db');
  const r = await run(['ingest', huge, '--db', db, '--workers', '0', '--quiet']);
  assert.equal(r.status, 1);
  assert.match(r.err, /E_INPUT_TOO_LARGE: .*huge\.jsonl:1/);
  const store = openSqliteStore(db);
  assert.equal((await store.stats()).articles, 1);
  await store.close();
});

test('a corrupt database file is E_DB_CORRUPT, status 2, and the file is left as it was', async () => {
  const db = join(dir, 'corrupt.db');
  const junk = Buffer.from('SQLite format 3\u0000' + 'garbage '.repeat(1000));
  writeFileSync(db, junk);
  const r = await run(['ingest', join(inbox, 'good.txt'), '--db', db, '--workers', '0', '--quiet']);
  assert.equal(r.status, 2);
  assert.match(r.err, /^E_DB_CORRUPT: /m);
  assert.deepEqual(readFileSync(db), junk);
});

test('a path that does not exist is E_FILE_NOT_FOUND; the other paths are still ingested', async () => {
  const db = join(dir, 'missing.db');
  const r = await run(['ingest', join(dir, 'nope'), join(inbox, 'good.txt'), '--db', db, '--workers', '0', '--quiet']);
  assert.equal(r.status, 1);
  assert.match(r.err, /E_FILE_NOT_FOUND: .*nope/);
  assert.match(r.out, /ingested 1 articles/);
});

test('ingest - reads JSON lines from standard input: bad lines get their codes, a re-run stores nothing twice', async () => {
  const db = join(dir, 'stdin.db');
  const lines = [
    JSON.stringify({ id: 's1', text: 'Three people were shot dead in Memphis on Saturday, police said.', published: '2016-02-01', lang: 'en' }),
    'not json',
    JSON.stringify({ id: 's2', text: GOOD_FR, published: '2024-03-14' }),
  ].join('\n');
  const r = await run(['ingest', '-', '--db', db, '--workers', '0', '--quiet'], lines);
  assert.equal(r.status, 1, r.err);
  assert.match(r.err, /E_BAD_JSONL: stdin:2/);
  assert.match(r.out, /ingested 2 articles/);
  const again = await run(['ingest', '-', '--db', db, '--workers', '0', '--quiet'], lines.split('\n')[0]!);
  assert.equal(again.status, 0, again.err);
  assert.match(again.out, /ingested 0 articles .* 1 already stored/);
  const s = openSqliteStore(db);
  try {
    assert.equal((await s.stats()).articles, 2);
  } finally {
    await s.close();
  }
});
