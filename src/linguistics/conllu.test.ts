import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConllu, writeConllu, treeProblem, ConlluError } from './conllu.js';

const GOOD = [
  '# sent_id = 1',
  '# text = Il est au marché.',
  '1\tIl\til\tPRON\t_\tPerson=3\t2\tnsubj\t_\t_',
  '2\test\têtre\tAUX\t_\t_\t0\troot\t_\t_',
  '3-4\tau\t_\t_\t_\t_\t_\t_\t_\t_',
  '3\tà\tà\tADP\t_\t_\t5\tcase\t_\t_',
  '4\tle\tle\tDET\t_\t_\t5\tdet\t_\t_',
  '5\tmarché\tmarché\tNOUN\t_\t_\t2\tobl\t_\tSpaceAfter=No',
  '6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_',
  '',
].join('\n');

test('reads words, comments and multiword tokens, and writes them back unchanged', () => {
  const s = readConllu(GOOD);
  assert.equal(s.length, 1);
  assert.equal(s[0]!.words.length, 6);
  assert.equal(s[0]!.words[4]!.form, 'marché');
  assert.equal(s[0]!.words[4]!.head, 2);
  assert.equal(writeConllu(s), GOOD + '\n');
});

test('a malformed line is an error naming its line number', () => {
  const bad = GOOD.replace('4\tle\tle\tDET\t_\t_\t5\tdet\t_\t_', '4\tle\tle DET 5 det');
  assert.throws(() => readConllu(bad), (e: unknown) => e instanceof ConlluError && e.line === 7 && /line 7: expected 10/.test(e.message));
  const badHead = GOOD.replace('5\tcase', 'x\tcase');
  assert.throws(() => readConllu(badHead), /line 6: bad HEAD "x"/);
  const badId = GOOD.replace('6\t.\t.', '9\t.\t.');
  assert.throws(() => readConllu(badId), /line 9: word id 9 out of sequence/);
});

test('with onError, a bad sentence is skipped and the others are kept', () => {
  const errors: ConlluError[] = [];
  const text = GOOD + '\ngarbage line\n\n' + GOOD;
  const s = readConllu(text, { onError: (e) => errors.push(e) });
  assert.equal(s.length, 2);
  assert.equal(errors.length, 1);
  assert.equal(errors[0]!.line, 11);
});

test('cyclic or out-of-range heads are reported when a tree is required, with the sentence line', () => {
  const cyc = GOOD.replace('2\test\têtre\tAUX\t_\t_\t0\troot', '2\test\têtre\tAUX\t_\t_\t1\troot');
  assert.equal(readConllu(cyc).length, 1, 'syntax alone is fine');
  assert.throws(() => readConllu(cyc, { requireTree: true }), (e: unknown) => e instanceof ConlluError && e.line === 1 && /cycle|root/.test(e.message));
  assert.match(treeProblem([{ head: 2 }, { head: 3 }, { head: 1 }, { head: 0 }])!, /cycle/);
  assert.match(treeProblem([{ head: 0 }, { head: 7 }])!, /beyond/);
  assert.equal(treeProblem([{ head: 2 }, { head: 0 }]), undefined);
});

test('a 5,000-word chain is checked without recursion; empty input and comment-only blocks', () => {
  const words = Array.from({ length: 5000 }, (_, i) => ({ head: i === 4999 ? 0 : i + 2 }));
  assert.equal(treeProblem(words), undefined);
  assert.deepEqual(readConllu(''), []);
  assert.deepEqual(readConllu('\n\n\n'), []);
  assert.throws(() => readConllu('# sent_id = 3\n\n'), /line 1: sentence has comments but no words/);
});

test('other scripts and tabs in fields survive a round trip', () => {
  const s = readConllu('1\tالقدس\t_\t_\t_\t_\t0\troot\t_\t_\n2\t東京\t_\t_\t_\t_\t1\tflat\t_\t_\n');
  assert.equal(s[0]!.words[0]!.form, 'القدس');
  assert.match(writeConllu(s), /東京/);
  s[0]!.words[1]!.form = 'a\tb';
  assert.match(writeConllu(s), /\ta b\t/);
});
