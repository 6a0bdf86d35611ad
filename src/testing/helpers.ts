// Shared test helpers.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { Doc } from '../core/doc.js';
import { findBrokenSpan } from '../core/span.js';
import { sharedPath } from '../core/paths.js';
import { resourcesFor } from '../lang/registry.js';
import { segmentSentences, assignSentences } from '../text/sentences.js';
import { tokensStage } from '../text/tokens.js';
import type { StageContext } from '../core/stage.js';

/** Asserts that every span the document holds slices the text exactly (DESIGN.md). */
export function assertSpansConsistent(doc: Doc): void {
  const broken = findBrokenSpan(doc.text, doc.allSpans());
  assert.equal(broken, undefined, `span ${JSON.stringify(broken)} does not match the text`);
}

/** Builds a Doc with language, sentences and tokens, for unit tests of later stages. */
export function tokenizedDoc(text: string, lang: 'fr' | 'en', published = '2023-09-20'): { doc: Doc; ctx: StageContext } {
  const doc = new Doc({ id: 'test', text, lang, published });
  const ctx: StageContext = { resources: resourcesFor(lang), debug: false };
  assignSentences(doc, segmentSentences(text, lang, ctx.resources.text));
  tokensStage.run(doc, ctx);
  for (const l of ['language', 'sentences', 'tokens'] as const) doc.layers.add(l);
  return { doc, ctx };
}

/** The path of a file in ../shared, or undefined (with the reason printed) when that folder is absent. */
export function sharedFile(...parts: string[]): string | undefined {
  const p = sharedPath(...parts);
  return existsSync(p) ? p : undefined;
}

export const SHARED_MISSING = 'skipped: ../shared (outside data) is not beside this checkout';
