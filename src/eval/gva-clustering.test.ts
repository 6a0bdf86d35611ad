import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bcubed, ceafe, maxAssignment, muc, scoreClustering } from './gva-clustering.js';

const m = (o: Record<string, string>) => new Map(Object.entries(o));
const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} != ${b}`);

test('a perfect clustering scores 1 everywhere', () => {
  const g = m({ a: '1', b: '1', c: '2', d: '3', e: '3' });
  const r = m({ a: 'x', b: 'x', c: 'y', d: 'z', e: 'z' });
  const s = scoreClustering(g, r);
  for (const v of [s.bcubed.f1, s.muc.f1, s.ceafe.f1, s.conllF1]) close(v, 1);
});

test('B³, MUC and CEAF-e on a worked example', () => {
  const g = m({ a: '1', b: '1', c: '2' });
  const r = m({ a: 'x', b: 'y', c: 'y' });
  const b = bcubed(g, r);
  close(b.precision, 2 / 3);
  close(b.recall, 2 / 3);
  const u = muc(g, r);
  close(u.recall, 0);
  close(u.precision, 0);
  const c = ceafe(g, r);
  close(c.precision, 2 / 3); // (2/3 + 2/3) / 2 response clusters
  close(c.recall, 2 / 3);
});

test('everything in one cluster: B³ recall 1, precision low; MUC recall 1', () => {
  const g = m({ a: '1', b: '1', c: '2', d: '3' });
  const r = m({ a: 'x', b: 'x', c: 'x', d: 'x' });
  const b = bcubed(g, r);
  close(b.recall, 1);
  close(b.precision, (2 * (2 / 4) + 1 / 4 + 1 / 4) / 4);
  close(muc(g, r).recall, 1);
});

test('maximum assignment (Hungarian), square and rectangular', () => {
  close(maxAssignment([[1, 2], [3, 1]]), 5);
  close(maxAssignment([[1, 0, 0], [0, 0, 5]]), 6);
  close(maxAssignment([[1, 0], [0, 0], [0, 5]]), 6);
  close(maxAssignment([[0.5, 0.4, 0], [0.5, 0, 0], [0, 0.3, 0.2]]), 0.5 + 0.3 + 0 > 0.4 + 0.5 + 0.2 ? 0.8 : 1.1);
});
