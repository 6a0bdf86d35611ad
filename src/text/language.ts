// Language identification with tinyld, limited to the languages sitrep has resources for.
import { detectAll } from 'tinyld';
import type { Stage } from '../core/stage.js';
import { SitrepError } from '../core/errors.js';
import { supportedLanguages } from '../lang/registry.js';

const SAMPLE_CHARS = 4000;

/** Detects the language among the supported ones; undefined when no language is credible. */
export function identifyLanguage(text: string): { lang: string; confidence: number } | undefined {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const supported = supportedLanguages();
  const all = detectAll(sample);
  const best = all[0];
  if (!best) return undefined;
  const ours = all.find((r) => supported.includes(r.lang));
  if (!ours) return undefined;
  // tinyld ranks every language it knows; a supported language far behind the best one is not credible.
  if (best.lang !== ours.lang && ours.accuracy < best.accuracy * 0.5) return undefined;
  return { lang: ours.lang, confidence: ours.accuracy };
}

export const languageStage: Stage = {
  name: 'language.tinyld.v1',
  requires: [],
  assigns: ['language'],
  run(doc) {
    const supported = supportedLanguages();
    if (doc.lang) {
      if (!supported.includes(doc.lang)) {
        throw new SitrepError('E_UNSUPPORTED_LANGUAGE', `language "${doc.lang}" is not supported (supported: ${supported.join(', ')})`);
      }
      doc.langConfidence = 1;
      return;
    }
    const found = identifyLanguage(doc.text);
    if (!found) {
      throw new SitrepError(
        'E_UNKNOWN_LANGUAGE',
        `could not identify the language as one of ${supported.join(', ')}; pass --lang to force one`,
      );
    }
    doc.lang = found.lang;
    doc.langConfidence = found.confidence;
  },
};
