// The numbers stage: assigns `doc.numbers` (digits, number words, vague quantities with their bounds)
// and `doc.counts` (numbers attached to the killed, injured and arrested). Rules: ./find-numbers.ts
// for numbers, ./count-rules.ts for counts; the words of each language: lang/<code>/numbers.ts.
import type { Stage } from '../../core/stage.js';
import { findNumbers } from './find-numbers.js';
import { findCounts } from './count-rules.js';

export { findNumbers, digitValue, type FoundNumber } from './find-numbers.js';
export { findCounts } from './count-rules.js';
export type { NumberResources, CountLexicon, VagueQuantity, QualifierKind } from './resources.js';

export const numbersStage: Stage = {
  name: 'numbers.v1',
  requires: ['tokens'],
  assigns: ['numbers', 'counts'],
  run(doc, ctx) {
    const res = ctx.resources.numbers;
    const found = findNumbers(doc, res);
    doc.numbers = found.map((f) => f.mention);
    doc.counts = findCounts(doc, res, found);
    if (ctx.debug) for (const c of doc.counts) doc.trace.push(`numbers.v1: ${c.rule} ${c.category}=${c.count.best} "${c.span.text}"`);
  },
};
