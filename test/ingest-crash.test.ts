// `kill -9` in the middle of `sitrep ingest` loses nothing committed and leaves no half-written article;
// the re-run resumes without duplicates and ends with every article stored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { packageRoot } from '../src/core/paths.js';
import { openSqliteStore } from '../src/store/index.js';

const BIN = join(packageRoot, 'bin', 'sitrep');
const TOWNS = ['Gao', 'Mopti', 'Tombouctou', 'Kidal', 'Ménaka', 'Ségou', 'Sikasso', 'Kayes'];
const EN_TOWNS = ['Chicago', 'Houston', 'Memphis', 'Detroit', 'Baltimore', 'Atlanta'];

/** a batch of distinct short reports in French and English */
function batch(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const text =
      i % 2 === 0
        ? `Des hommes armés ont attaqué un poste de police à ${TOWNS[i % TOWNS.length]} mardi, tuant ${2 + (i % 7)} policiers, a indiqué le ministère de la sécurité. Rapport ${i}.`
        : `${2 + (i % 5)} people were wounded in a shooting in ${EN_TOWNS[i % EN_TOWNS.length]} on Saturday night, police said. Report ${i}.`;
    lines.push(JSON.stringify({ id: `crash-${i}`, text, published: `2024-03-${day}`, lang: i % 2 === 0 ? 'fr' : 'en' }));
  }
  return lines.join('\n') + '\n';
}

function storedCount(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

test('kill -9 mid-batch: committed articles survive whole, the re-run completes without duplicates', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-crash-'));
  const N = 600;
  const input = join(dir, 'batch.jsonl');
  writeFileSync(input, batch(N));
  const db = join(dir, 'crash.db');

  const child = spawn(process.execPath, [BIN, 'ingest', input, '--db', db, '--workers', '1', '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
  // wait until some articles are committed, then kill without warning
  let before = 0;
  for (let i = 0; i < 1200 && before < 40; i++) {
    await new Promise((r) => setTimeout(r, 50));
    before = storedCount(db);
  }
  child.kill('SIGKILL');
  const how = await exited;
  assert.equal(how, 'SIGKILL', `ingest ended before it was killed: ${how} ${stderr}`);

  const store = openSqliteStore(db);
  const afterKill = (await store.stats()).articles;
  assert.ok(afterKill >= before, 'nothing committed was lost');
  assert.ok(afterKill < N, 'the kill came in the middle of the batch');
  assert.deepEqual(await store.check(), [], 'no half-written article, indexes sound');
  await store.close();

  const rerun = spawnSync(process.execPath, [BIN, 'ingest', input, '--db', db, '--workers', '1', '--quiet'], { encoding: 'utf8' });
  assert.equal(rerun.status, 0, rerun.stderr);
  assert.match(rerun.stdout, new RegExp(`ingested ${N - afterKill} articles .* ${afterKill} already stored`));

  const done = openSqliteStore(db);
  const st = await done.stats();
  assert.equal(st.articles, N);
  const distinct = (done.database.prepare('SELECT count(DISTINCT hash) AS n FROM articles').get() as { n: number }).n;
  assert.equal(distinct, N, 'no duplicates');
  assert.deepEqual(await done.check(), []);
  await done.close();
  rmSync(dir, { recursive: true, force: true });
});
