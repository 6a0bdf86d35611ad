// The numbers stage: assigns `doc.numbers` (digits, number words, vague quantities with their bounds)
// and `doc.counts` (numbers attached to the killed, injured and arrested). Rules: ./find-numbers.ts
// for numbers, ./count-rules.ts for counts; the words of each language: lang/<code>/numbers.ts.
import type { Stage } from '../../core/stage.js';
import { findNumbers } from './find-numbers.js';
import { findCounts } from './count-rules.js';
import { normalize } from '../../text/tokens.js';

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
    // "un policier a été tué": an article is a number only where it counts victims
    const articles = new Set(res.singularArticles.map(normalize));
    const starts = new Set(doc.numbers.map((n) => n.span.start));
    let added = false;
    for (const c of doc.counts) {
      if (c.count.best !== 1 || starts.has(c.numberSpan.start) || !articles.has(normalize(c.numberSpan.text))) continue;
      doc.numbers.push({ span: c.numberSpan, value: 1, low: 1, high: 1, kind: 'exact', rule: 'number.article-count' });
      added = true;
    }
    if (added) doc.numbers.sort((a, b) => a.span.start - b.span.start);
    if (ctx.debug) for (const c of doc.counts) doc.trace.push(`numbers.v1: ${c.rule} ${c.category}=${c.count.best} "${c.span.text}"`);
  },
};
