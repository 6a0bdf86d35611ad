// Bad input through the CLI: every case gets a stable code on stderr, the rest of the batch still runs,
// and the exit status says something failed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliCaptured } from '../src/testing/cli.js';

const run = runCliCaptured;

const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
const good = join(dir, 'good.txt');
writeFileSync(good, 'Des hommes armés ont attaqué mardi un poste de police à Gao, tuant trois policiers.');

test('empty stdin is E_EMPTY_INPUT with status 1', async () => {
  const r = await run(['extract', '--published', '2024-03-14'], '   \n');
  assert.equal(r.status, 1);
  assert.match(r.err, /^E_EMPTY_INPUT: /m);
});

test('binary and invalid UTF-8 files fail with their codes; the good file is still processed', async () => {
  const bin = join(dir, 'x.bin');
  writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
  const latin = join(dir, 'latin1.txt');
  writeFileSync(latin, Buffer.from('Le ministère a annoncé', 'latin1'));
  const r = await run(['extract', '--lang', 'fr', '--published', '2024-03-14', bin, latin, good]);
  assert.equal(r.status, 1);
  assert.match(r.err, /E_BINARY_INPUT: .*x\.bin/);
  assert.match(r.err, /E_INVALID_UTF8: .*latin1\.txt/);
  const records = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(records.length >= 1, 'the good article still yields records');
  assert.ok(records.every((e) => e.articleId.length > 0));
});

test('malformed JSON lines are reported with their line number; valid lines still run', async () => {
  const jl = join(dir, 'batch.jsonl');
  writeFileSync(
    jl,
    [
      '{"id":"a1","text":"Police arrested three men in Kano on Wednesday.","lang":"en","published":"2024-03-14"}',
      '{"id":"a2", "text": ',
      '{"id":"a3","text":42}',
      '["not","an","article"]',
      '{"id":"a4","text":"Flash floods killed 12 people in Maiduguri on Tuesday.","lang":"en","published":"2024-03-14"}',
    ].join('\n'),
  );
  const r = await run(['extract', jl]);
  assert.equal(r.status, 1);
  assert.match(r.err, /E_BAD_JSONL: .*batch\.jsonl:2/);
  assert.match(r.err, /E_BAD_ARTICLE: .*batch\.jsonl:3/);
  assert.match(r.err, /E_BAD_ARTICLE: .*batch\.jsonl:4/);
  const ids = new Set(r.out.trim().split('\n').map((l) => JSON.parse(l).articleId));
  assert.deepEqual([...ids].sort(), ['a1', 'a4']);
});

test('a .json file holds one article or an array of them; a bad element is reported with its index', async () => {
  const one = join(dir, 'one.json');
  writeFileSync(one, JSON.stringify({ id: 'j1', text: 'Police arrested three men in Kano on Wednesday.', lang: 'en', published: '2024-03-14' }, null, 2));
  const many = join(dir, 'many.json');
  writeFileSync(many, JSON.stringify([{ id: 'j2', text: 'Flash floods killed 12 people in Maiduguri on Tuesday.', lang: 'en', published: '2024-03-14' }, { id: 'j3' }]));
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{"id": "j4", "text": ');
  const r = await run(['extract', one, many, broken]);
  assert.equal(r.status, 1);
  assert.match(r.err, /E_BAD_ARTICLE: .*many\.json\[1\]/);
  assert.match(r.err, /E_BAD_ARTICLE: .*broken\.json: not valid JSON/);
  const ids = new Set(r.out.trim().split('\n').map((l) => JSON.parse(l).articleId));
  assert.deepEqual([...ids].sort(), ['j1', 'j2']);
});

test('an unknown language and a bad date are refused with codes', async () => {
  const r = await run(['extract', '--published', '2024-03-14'], 'これは日本語の記事です。警察は三人を逮捕した。東京で火曜日に事件が起きた。');
  assert.equal(r.status, 1);
  assert.match(r.err, /E_UNKNOWN_LANGUAGE/);
  const d = await run(['extract', '--published', '14/03/2024', good]);
  assert.equal(d.status, 2);
  assert.match(d.err, /E_BAD_DATE/);
  const l = await run(['extract', '--lang', 'de', good]);
  assert.equal(l.status, 2);
});

test('an article over the size limit is refused, not truncated', async () => {
  const big = join(dir, 'big.txt');
  writeFileSync(big, 'Le ministère a annoncé une attaque. '.repeat(200_000));
  const r = await run(['extract', '--lang', 'fr', '--published', '2024-03-14', big, good]);
  assert.equal(r.status, 1);
  assert.match(r.err, /E_INPUT_TOO_LARGE/);
  assert.ok(r.out.length > 0);
});

test('a missing file is E_FILE_NOT_FOUND', async () => {
  const r = await run(['extract', join(dir, 'nope.txt')]);
  assert.equal(r.status, 1);
  assert.match(r.err, /E_FILE_NOT_FOUND/);
});

test('HTML input: scripts dropped, text and title kept, spans into the extracted text', async () => {
  const html = join(dir, 'page.html');
  writeFileSync(html, '<html><head><title>T</title><script>var x = "attaque";</script></head><body><h1>Gao</h1><p>Des hommes armés ont attaqué un poste de police à Gao mardi.</p></body></html>');
  const r = await run(['extract', '--lang', 'fr', '--published', '2024-03-14', html, '--format', 'json']);
  assert.equal(r.status, 0, r.err);
  const records = JSON.parse(r.out);
  assert.ok(records.some((e: { type: string }) => e.type === 'ASSAULT'));
  assert.ok(records.every((e: { evidence: Array<{ text: string }> }) => !e.evidence.some((s) => s.text.includes('var x'))));
});
