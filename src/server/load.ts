// Articles into a store in this thread: for the demo, the tests and the benchmark (ingest uses worker threads).
import type { Article } from '../core/doc.js';
import { asSitrepError, type SitrepError } from '../core/errors.js';
import { contentId } from '../input/articles.js';
import { personKeys, type Extractor } from '../pipeline/extract.js';
import type { Store } from '../store/store.js';

export async function loadArticles(
  store: Store,
  extractor: Extractor,
  articles: Iterable<Article>,
  onError?: (e: SitrepError, id: string) => void,
): Promise<{ stored: number; events: number; failed: number }> {
  let stored = 0;
  let events = 0;
  let failed = 0;
  for (const a of articles) {
    const id = a.id ?? contentId(a.text);
    try {
      const doc = extractor.process({ ...a, id });
      const r = await store.addArticle({ ...a, id, lang: doc.lang, published: doc.published, persons: personKeys(doc) }, doc.events);
      if (r.status === 'stored') {
        stored++;
        events += r.events;
      }
    } catch (err) {
      failed++;
      onError?.(asSitrepError(err), id);
    }
  }
  return { stored, events, failed };
}
