// Whole-article tests: short French and English reports of every kind sitrep covers (attacks, blasts,
// shootings, arrests, protests, strikes, riots, statements, accidents, fires, floods, epidemics, thefts),
// written for the project, with the events a correct extraction must contain (test/articles/expected.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/core/paths.js';
import { parseJsonLines } from '../src/input/articles.js';
import { createExtractor } from '../src/pipeline/extract.js';
import type { EventRecord } from '../src/core/record.js';
import { assertSpansConsistent } from '../src/testing/helpers.js';

type Expectation = {
  type: string; mode?: string; status?: string; date?: string; country?: string; place?: string;
  killed?: number; injured?: number; arrested?: number; claimantSector?: string; actorText?: string; actorSector?: string;
  actorCountry?: string; recipientSector?: string; recipientCountry?: string; noActor?: boolean; acled?: string; count?: number;
};

const dir = join(packageRoot, 'test', 'articles');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, Expectation[] | string>;
const extractor = createExtractor();
const articles = [...parseJsonLines(readFileSync(join(dir, 'reports.jsonl'), 'utf8'), 'reports.jsonl')];

function problems(e: EventRecord, x: Expectation): string[] {
  const out: string[] = [];
  const check = (ok: boolean, what: string) => void (ok || out.push(what));
  if (x.status) check(e.status === x.status, `status ${e.status}`);
  if (x.date) check(!!e.date && e.date.start <= x.date && x.date <= e.date.end, `date ${e.date?.start}..${e.date?.end}`);
  if (x.country) check(e.location?.country === x.country, `country ${e.location?.country}`);
  if (x.place) check(e.location?.name === x.place, `place ${e.location?.name}`);
  if (x.killed !== undefined) check(e.size?.killed?.best === x.killed, `killed ${e.size?.killed?.best}`);
  if (x.injured !== undefined) check(e.size?.injured?.best === x.injured, `injured ${e.size?.injured?.best}`);
  if (x.arrested !== undefined) check(e.size?.arrested?.best === x.arrested, `arrested ${e.size?.arrested?.best}`);
  if (x.claimantSector) check(e.claimant !== 'outlet' && e.claimant.sector === x.claimantSector, `claimant ${JSON.stringify(e.claimant)}`);
  if (x.actorText) check(e.actor.some((a) => a.text === x.actorText), `actor ${e.actor.map((a) => a.text)}`);
  if (x.actorSector) check(e.actor.some((a) => a.sector === x.actorSector), `actor sector ${e.actor.map((a) => a.sector)}`);
  if (x.actorCountry) check(e.actor.some((a) => a.country === x.actorCountry), `actor country ${e.actor.map((a) => a.country)}`);
  if (x.recipientSector) check(e.recipient.some((a) => a.sector === x.recipientSector), `recipient sector ${e.recipient.map((a) => a.sector)}`);
  if (x.recipientCountry) check(e.recipient.some((a) => a.country === x.recipientCountry), `recipient country ${e.recipient.map((a) => a.country)}`);
  if (x.noActor) check(e.actor.length === 0, `actor ${e.actor.map((a) => a.text)}`);
  if (x.acled) check(e.acled?.eventType === x.acled, `acled ${e.acled?.eventType}`);
  return out;
}

for (const r of articles) {
  if (!r.ok) throw r.error;
  const id = r.article.id;
  test(`whole article ${id}`, () => {
    const doc = extractor.process(r.article);
    assertSpansConsistent(doc);
    const wanted = expected[id];
    assert.ok(Array.isArray(wanted), `no expectation for ${id}`);
    for (const x of wanted) {
      const cands = doc.events.filter((e) => e.type === x.type && (!x.mode || e.mode === x.mode));
      assert.ok(cands.length > 0, `${id}: no ${x.type}${x.mode ? '/' + x.mode : ''} among ${doc.events.map((e) => e.type + '/' + e.mode)}`);
      if (x.count !== undefined) assert.equal(cands.length, x.count, `${id}: ${cands.length} ${x.type} events`);
      const best = cands.map((e) => problems(e, x)).sort((a, b) => a.length - b.length)[0]!;
      assert.deepEqual(best, [], `${id} ${x.type}: ${best.join('; ')}`);
    }
  });
}
