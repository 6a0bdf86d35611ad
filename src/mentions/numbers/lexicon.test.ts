import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resourcesFor, supportedLanguages } from '../../lang/registry.js';
import { triggerPattern, compileCountRules } from './count-rules.js';
import type { CountLexicon } from './resources.js';

/** a phrase's regular expression flattened to plain words: "tu[ée](?:e|s)?" -> "tué e s" (approximate, for this test) */
function flatten(p: string): string {
  return p
    .replace(/\[\^[^\]]*\][+*]?/g, ' ')
    .replace(/\[([^\]])[^\]]*\]/g, '$1')
    .replace(/\(\?:|\(\?<\w+>|[()?|*+]|\{[^}]*\}|\\./g, ' ');
}

function phrasesOf(lx: CountLexicon): string[] {
  const cats = (r: Record<string, string[]>) => Object.values(r).flat();
  return [
    ...cats(lx.predicates), ...cats(lx.nominals), ...cats(lx.verbs), ...cats(lx.tolls), ...cats(lx.none), ...cats(lx.selfPhrases), ...lx.suicides, ...lx.multipleKillings.map((k) => k.phrase), ...(lx.implicitDeaths ?? []), ...lx.hit.multipleShootings.map((k) => k.phrase), ...lx.hit.diedAfter,
    ...lx.hit.predicates, ...lx.hit.nominals, ...lx.hit.verbs, ...lx.hit.phrases.map((p) => p.replace('{num}', '')),
  ];
}

for (const lang of supportedLanguages()) {
  const res = resourcesFor(lang).numbers;
  test(`${lang}: every count phrase holds a trigger stem (sentences without one are skipped)`, () => {
    const re = triggerPattern(res);
    const missing = phrasesOf(res.counts).filter((p) => !re.test(flatten(p)));
    assert.deepEqual(missing, []);
  });
  test(`${lang}: the count rules compile`, () => {
    const rules = compileCountRules(res);
    assert.ok(rules.length >= 10);
    for (const r of rules) assert.ok(r.re.flags.includes('d'), r.id);
  });
}
