// The public entry point: an article in, a processed Doc and its event records out.
import { Doc, type Article } from '../core/doc.js';
import { buildPipeline, type Pipeline, type Stage } from '../core/stage.js';
import { SitrepError } from '../core/errors.js';
import type { EventRecord } from '../core/record.js';
import type { Gazetteer } from '../geo/gazetteer.js';
import { openDefaultGazetteer } from '../geo/index.js';
import { resourcesFor } from '../lang/registry.js';
import { contentId } from '../input/articles.js';
import { pipelineStages } from './stages.js';

export type ExtractorOptions = {
  stages?: readonly Stage[];
  /** parse the sentences that hold an event word and read roles from the tree (slower) */
  syntax?: boolean;
  gazetteer?: Gazetteer | null;
  debug?: boolean;
};

export type Extractor = {
  pipeline: Pipeline;
  /** runs every stage on one article; throws SitrepError for input the pipeline cannot handle */
  process(article: Article): Doc;
  extract(article: Article): EventRecord[];
  close(): void;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const pipeline = buildPipeline(options.stages ?? pipelineStages({ syntax: options.syntax }), resourcesFor);
  const gazetteer = options.gazetteer === null ? undefined : (options.gazetteer ?? openDefaultGazetteer());
  const debug = options.debug ?? false;
  const process = (article: Article): Doc => {
    if (typeof article.text !== 'string' || article.text.trim() === '') throw new SitrepError('E_EMPTY_INPUT', 'the article has no text');
    if (article.published !== undefined && (!ISO_DATE.test(article.published) || Number.isNaN(Date.parse(article.published)))) {
      throw new SitrepError('E_BAD_DATE', `publication date "${article.published}" is not YYYY-MM-DD`);
    }
    const doc = new Doc({ ...article, id: article.id ?? contentId(article.text) });
    if (!doc.published) {
      doc.published = new Date().toISOString().slice(0, 10);
      doc.issues.push({ code: 'W_NO_PUBLISHED', message: `no publication date: relative dates resolved against today (${doc.published}); pass --published` });
    }
    return pipeline.run(doc, { gazetteer, debug });
  };
  return {
    pipeline,
    process,
    extract: (article) => process(article).events,
    close: () => gazetteer?.close(),
  };
}

/** a person the text names at least this many times is one its story is about, not one recalled in passing */
const STORY_PERSON_MENTIONS = 2;

/** the keys of the private persons an article's story is about, as the store keeps them to tie follow-ups */
export function personKeys(doc: Doc): string[] {
  return [...new Set(doc.persons.filter((p) => p.mentions >= STORY_PERSON_MENTIONS).map((p) => p.key))].sort();
}
