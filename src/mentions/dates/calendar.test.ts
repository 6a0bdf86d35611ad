import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, addMonths, isIsoDate, isoWeek, shift, unitAround, weekdayOf } from './calendar.js';
import { resolveWeekday } from './resolve.js';

test('weekdayOf: ISO weekdays', () => {
  assert.equal(weekdayOf('2023-09-20'), 3); // Wednesday
  assert.equal(weekdayOf('2023-09-24'), 7); // Sunday
  assert.equal(weekdayOf('1969-12-29'), 1); // before the epoch
});

test('addDays / addMonths clamp and cross years', () => {
  assert.equal(addDays('2023-12-31', 1), '2024-01-01');
  assert.equal(addMonths('2023-03-31', -1), '2023-02-28');
  assert.equal(addMonths('2024-01-15', -13), '2022-12-15');
  assert.equal(shift('2023-09-20', 'quarter', -1), '2023-06-20');
});

test('unitAround: weeks are ISO weeks, quarters are ranges', () => {
  assert.deepEqual(unitAround('2023-09-20', 'week'), { start: '2023-09-18', end: '2023-09-24', precision: 'week', kind: 'point' });
  assert.deepEqual(unitAround('2024-02-10', 'month'), { start: '2024-02-01', end: '2024-02-29', precision: 'month', kind: 'point' });
  assert.deepEqual(unitAround('1989-11-02', 'quarter'), { start: '1989-10-01', end: '1989-12-31', precision: 'month', kind: 'range' });
});

test('isoWeek', () => {
  assert.deepEqual(isoWeek('2021-01-03'), [2020, 53]);
  assert.deepEqual(isoWeek('1998-01-08'), [1998, 2]);
});

test('isIsoDate rejects impossible days', () => {
  assert.equal(isIsoDate('2023-02-29'), false);
  assert.equal(isIsoDate('2024-02-29'), true);
  assert.equal(isIsoDate(undefined), false);
});

test('resolveWeekday: last, next and future-tensed', () => {
  assert.equal(resolveWeekday(3, '2023-09-20', undefined, false), '2023-09-20');
  assert.equal(resolveWeekday(3, '2023-09-20', 'past', false), '2023-09-13');
  assert.equal(resolveWeekday(3, '2023-09-20', 'next', false), '2023-09-27');
  assert.equal(resolveWeekday(2, '2023-09-20', undefined, true), '2023-09-26');
});
