// The languages sitrep knows. Adding a language: a folder under src/lang, one line here, its tests.
import type { LanguageResources } from './resources.js';
import { SitrepError } from '../core/errors.js';
import { fr } from './fr/index.js';
import { en } from './en/index.js';

const languages: Record<string, LanguageResources> = { fr, en };

export function supportedLanguages(): string[] {
  return Object.keys(languages);
}

export function resourcesFor(lang: string): LanguageResources {
  const res = languages[lang];
  if (!res) throw new SitrepError('E_UNSUPPORTED_LANGUAGE', `language "${lang}" is not supported (supported: ${supportedLanguages().join(', ')})`);
  return res;
}
