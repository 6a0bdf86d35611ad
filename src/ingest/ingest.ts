// Ingest: articles in, extracted across worker threads, each article and its records committed in one
// transaction by the main thread. Already stored texts are skipped, so a re-run resumes where a killed one stopped.
import type { Article } from '../core/doc.js';
import { SitrepError, asSitrepError } from '../core/errors.js';
import type { ArticleResult } from '../input/articles.js';
import type { Store } from '../store/store.js';
import { textHash } from '../store/sqlite-store.js';
import { createPool } from './pool.js';

export type IngestCounts = {
  seen: number;
  stored: number;
  duplicates: number;
  failed: number;
  events: number;
  bytesDone: number;
};

export type IngestOptions = {
  workers: number;
  /** called after each article with the running counts */
  onProgress?: (c: IngestCounts) => void;
  /** called for each failed article or input */
  onError?: (e: SitrepError, where: string) => void;
  /** called with the non-fatal issues of an article */
  onIssue?: (articleId: string, issue: string) => void;
};

export type IngestSummary = IngestCounts & { seconds: number; fatal?: SitrepError };

/** failures that stop the batch: the store cannot take more, or no article can be extracted */
const FATAL = new Set(['E_DB_CORRUPT', 'E_DB_FULL', 'E_DB_LOCKED', 'E_DB_OPEN', 'E_DB_VERSION', 'E_GAZETTEER_MISSING', 'E_GAZETTEER_CORRUPT']);

/** works on any Store (SQLite here, PostgreSQL later): extraction in workers, writes from this thread only */
export async function ingestArticles(
  store: Store,
  source: AsyncIterable<ArticleResult & { bytes?: number }> | Iterable<ArticleResult & { bytes?: number }>,
  options: IngestOptions,
): Promise<IngestSummary> {
  const t0 = performance.now();
  const counts: IngestCounts = { seen: 0, stored: 0, duplicates: 0, failed: 0, events: 0, bytesDone: 0 };
  const pool = createPool(options.workers);
  // enough articles in flight to keep every worker busy while the main thread writes
  const maxInFlight = Math.max(2, pool.size * 4);
  const inFlight = new Set<Promise<void>>();
  const hashesInFlight = new Set<string>();
  let fatal: SitrepError | undefined;

  const fail = (e: SitrepError, where: string) => {
    counts.failed++;
    options.onError?.(e, where);
  };

  const handle = async (article: Article & { id: string }, hash: string): Promise<void> => {
    const reply = await pool.extract(article);
    if (fatal) return;
    try {
      await commit(article, reply);
    } finally {
      hashesInFlight.delete(hash);
    }
  };

  const commit = async (article: Article & { id: string }, reply: Awaited<ReturnType<typeof pool.extract>>): Promise<void> => {
    if (!reply.ok) {
      if (FATAL.has(reply.code)) fatal ??= new SitrepError(reply.code, reply.message);
      else fail(new SitrepError(reply.code, reply.message), article.id);
      return;
    }
    for (const issue of reply.issues) options.onIssue?.(article.id, issue);
    try {
      const r = await store.addArticle({ ...article, persons: reply.persons }, reply.events);
      if (r.status === 'stored') {
        counts.stored++;
        counts.events += r.events;
      } else counts.duplicates++;
    } catch (err) {
      const e = asSitrepError(err);
      if (FATAL.has(e.code)) fatal = e;
      else fail(e, article.id);
    }
  };

  try {
    for await (const r of source) {
      if (fatal) break;
      counts.seen++;
      counts.bytesDone += r.bytes ?? 0;
      if (!r.ok) {
        fail(r.error, r.where);
        options.onProgress?.(counts);
        continue;
      }
      const hash = textHash(r.article.text);
      let known: boolean;
      try {
        known = hashesInFlight.has(hash) || (await store.hasArticle(r.article.text));
      } catch (err) {
        fatal = asSitrepError(err);
        break;
      }
      if (known) {
        counts.duplicates++;
        options.onProgress?.(counts);
        continue;
      }
      hashesInFlight.add(hash);
      const p: Promise<void> = handle(r.article, hash).then(() => {
        inFlight.delete(p);
        options.onProgress?.(counts);
      });
      inFlight.add(p);
      if (inFlight.size >= maxInFlight) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await pool.close();
  }
  return { ...counts, seconds: (performance.now() - t0) / 1000, fatal };
}
