// The built-in example for `sitrep serve --demo` and the browser tests: the example reports, the whole-article
// test reports when the checkout has them, and the founding French report when ../shared is beside it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../core/doc.js';
import { packageRoot, sharedPath } from '../core/paths.js';
import { parseJsonLines } from '../input/articles.js';

export const SEED_PUBLISHED = '2023-09-20';

export function seedArticle(): (Article & { id: string }) | undefined {
  const path = sharedPath('seed', 'karabakh-fr.txt');
  if (!existsSync(path)) return undefined;
  return { id: 'karabakh-fr', text: readFileSync(path, 'utf8'), published: SEED_PUBLISHED, lang: 'fr', title: 'karabakh-fr.txt (seed report)', outlet: 'seed' };
}

export function jsonlArticles(path: string): (Article & { id: string })[] {
  if (!existsSync(path)) return [];
  const out: (Article & { id: string })[] = [];
  for (const r of parseJsonLines(readFileSync(path, 'utf8'), path)) if (r.ok) out.push(r.article);
  return out;
}

/** the articles of the demo, in a fixed order */
export function demoArticles(): { articles: (Article & { id: string })[]; sources: string[] } {
  const sources: string[] = [];
  const articles: (Article & { id: string })[] = [];
  for (const rel of [['examples', 'reports.jsonl'], ['test', 'articles', 'reports.jsonl']]) {
    const path = join(packageRoot, ...rel);
    const found = jsonlArticles(path);
    if (found.length) sources.push(rel.join('/'));
    articles.push(...found);
  }
  const seed = seedArticle();
  if (seed) {
    articles.push(seed);
    sources.push('../shared/seed/karabakh-fr.txt');
  }
  return { articles, sources };
}
