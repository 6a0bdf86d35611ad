// Stores filled with known articles for the API tests, the browser tests and `serve --demo`.
import type { Article } from '../core/doc.js';
import { createExtractor, type Extractor } from '../pipeline/extract.js';
import { openSqliteStore, type SqliteStore } from '../store/index.js';
import { demoArticles } from './demo-data.js';
import { loadArticles } from './load.js';
import { SqliteViews } from './views.js';

export type Fixture = { store: SqliteStore; views: SqliteViews; extractor: Extractor; close(): Promise<void> };

/** an in-memory store with the demo articles (and the seed report when ../shared is present), plus `extra` */
export async function demoFixture(extra: (Article & { id: string })[] = []): Promise<Fixture> {
  const store = openSqliteStore(':memory:');
  const extractor = createExtractor();
  const failures: string[] = [];
  await loadArticles(store, extractor, [...demoArticles().articles, ...extra], (e, id) => failures.push(`${id}: ${e.code} ${e.message}`));
  if (failures.length) throw new Error(`fixture articles failed: ${failures.join('; ')}`);
  return {
    store,
    views: new SqliteViews(store),
    extractor,
    close: async () => {
      await store.close();
      extractor.close();
    },
  };
}
