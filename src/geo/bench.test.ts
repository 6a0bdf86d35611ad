// `sitrep bench geo` reports figures (speed belongs there, not in tests): here only that it runs and says what it measured.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { DEFAULT_GAZETTEER_PATH } from './index.js';
import { runGeoBench } from './bench.js';

test('bench geo: toponyms/s, memory and the gazetteer size, as one JSON object on the last line', { skip: !existsSync(DEFAULT_GAZETTEER_PATH) && 'skipped: gazetteer not built' }, async () => {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runGeoBench({ gold: '/nonexistent/gold.xml', json: true }, { stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), readStdin: async () => Buffer.alloc(0) });
  assert.equal(status, 0, err.join(''));
  const lines = out.join('').trim().split('\n');
  const j = JSON.parse(lines[lines.length - 1]!) as Record<string, number | string>;
  assert.equal(j.source, 'names sampled from the gazetteer');
  assert.ok((j.toponyms as number) >= 4000);
  for (const k of ['toponymsPerSecondCold', 'toponymsPerSecondWarm', 'gazetteerMiB', 'memoryAfterMiB', 'peakRssMiB']) assert.equal(typeof j[k], 'number', k);
  // size limits of the issue: under 150 MB on disk
  assert.ok((j.gazetteerMiB as number) < 150);
  // names taken from the gazetteer itself mostly resolve
  assert.ok((j.resolved as number) > (j.toponyms as number) * 0.5);
});

test('bench geo: a missing gazetteer is a clear error, not a crash', async () => {
  const err: string[] = [];
  const status = await runGeoBench({ gazetteer: '/nonexistent/gazetteer.sqlite' }, { stdout: () => {}, stderr: (s) => void err.push(s), readStdin: async () => Buffer.alloc(0) });
  assert.equal(status, 1);
  assert.match(err.join(''), /E_GAZETTEER_MISSING.*npm run prepare/);
});
