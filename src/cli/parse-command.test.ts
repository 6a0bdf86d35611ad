import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runParse } from './parse-command.js';
import { readConllu, treeProblem } from '../linguistics/conllu.js';
import { modelPath } from '../linguistics/model.js';
import type { Io } from './extract-command.js';

function capture(stdin = ''): { io: Io; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    io: { stdout: (s) => void (out += s), stderr: (s) => void (err += s), readStdin: async () => Buffer.from(stdin) },
    out: () => out,
    err: () => err,
  };
}

test('parse: CoNLL-U in keeps words and sentences, reports a malformed line and goes on', async (t) => {
  if (!existsSync(modelPath('fr'))) return t.skip('no French model');
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-parse-'));
  const file = join(dir, 'in.conllu');
  const cycle = '1\tLe\t_\t_\t_\t_\t2\tdet\t_\t_\n2\tchat\t_\t_\t_\t_\t1\tnsubj\t_\t_\n3\tdort\t_\t_\t_\t_\t2\troot\t_\t_\n';
  writeFileSync(file, `# sent_id = a\n${cycle}\n1\tIl\t_\t_\nbroken\n\n1\tIl\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdort\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n3\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n`);
  const c = capture();
  const status = await runParse(file, { lang: 'fr', inputFormat: 'conllu' }, c.io);
  assert.equal(status, 1);
  assert.match(c.err(), /E_BAD_CONLLU: .*line 6: expected 10 tab-separated columns/);
  const out = readConllu(c.out(), { requireTree: true });
  assert.equal(out.length, 2);
  assert.deepEqual(out[0]!.comments, ['# sent_id = a']);
  assert.deepEqual(out[0]!.words.map((w) => w.form), ['Le', 'chat', 'dort']);
  assert.deepEqual(out[1]!.words.map((w) => w.form), ['Il', 'dort', '.']);
  assert.equal(out[1]!.words[1]!.misc, 'SpaceAfter=No');
  for (const s of out) assert.equal(treeProblem(s.words), undefined);
});

test('parse: text in uses sitrep sentences and tokens, French contractions as multiword tokens', async (t) => {
  if (!existsSync(modelPath('fr'))) return t.skip('no French model');
  const c = capture('Des soldats sont arrivés au village. Ils ont quitté la ville du nord.');
  const status = await runParse(undefined, { lang: 'fr' }, c.io);
  assert.equal(status, 0);
  assert.match(c.out(), /^\d+-\d+\tau\t/m);
  const out = readConllu(c.out(), { requireTree: true });
  assert.equal(out.length, 2);
  assert.deepEqual(out[0]!.words.map((w) => w.form), ['Des', 'soldats', 'sont', 'arrivés', 'à', 'le', 'village', '.']);
  const arrives = out[0]!.words[3]!;
  assert.equal(arrives.upos, 'VERB');
  assert.equal(arrives.lemma, 'arriver');
});

test('parse: empty text and missing files are clear errors', async () => {
  const c = capture('   \n');
  assert.equal(await runParse(undefined, { lang: 'fr' }, c.io), 2);
  assert.match(c.err(), /E_EMPTY_INPUT|E_DATA_MISSING/);
  const d = capture();
  assert.equal(await runParse('/nonexistent/file.conllu', { lang: 'fr' }, d.io), 2);
  assert.match(d.err(), /E_FILE_NOT_FOUND/);
});
