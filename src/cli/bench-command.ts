// `sitrep bench`: extraction speed (articles/second on one core) and peak memory over a fixed set:
// the seed report and the English GVA articles (../shared, or --gva DIR).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../core/doc.js';
import { sharedPath, packageRoot } from '../core/paths.js';
import { asSitrepError } from '../core/errors.js';
import { parseJsonLines } from '../input/articles.js';
import { createExtractor } from '../pipeline/extract.js';
import type { Io } from './extract-command.js';

type BenchOptions = { gva?: string; limit?: number; json?: boolean };

function loadArticles(opts: BenchOptions, io: Io): Article[] {
  const articles: Article[] = [];
  const seed = sharedPath('seed', 'karabakh-fr.txt');
  if (existsSync(seed)) articles.push({ id: 'seed', text: readFileSync(seed, 'utf8'), lang: 'fr', published: '2023-09-20' });
  const gvaDir = opts.gva ?? sharedPath('data', 'events', 'event-semeval2018t5-gva-en');
  const gvaDocs = join(gvaDir, 'documents.jsonl');
  if (existsSync(gvaDocs)) {
    const lines = readFileSync(gvaDocs, 'utf8').split('\n');
    for (const line of lines.slice(0, opts.limit ?? 1000)) {
      if (!line.trim()) continue;
      const d = JSON.parse(line) as { id: string; content: string; dct?: string; title?: string };
      articles.push({ id: d.id, text: d.content, title: d.title, published: d.dct, lang: 'en' });
    }
  } else {
    io.stderr(`bench: ${gvaDocs} not found; measuring on the built-in examples only\n`);
    for (const r of parseJsonLines(readFileSync(join(packageRoot, 'examples', 'reports.jsonl'), 'utf8'), 'examples')) if (r.ok) articles.push(r.article);
  }
  return articles;
}

export async function runBench(opts: BenchOptions, io: Io): Promise<number> {
  const t0 = performance.now();
  const extractor = createExtractor();
  const loadMs = performance.now() - t0;
  const articles = loadArticles(opts, io).filter((a) => a.text.trim());
  // warm-up: lazy tables and JIT, not counted
  for (const a of articles.slice(0, 20)) extractor.process(a);
  let events = 0;
  let chars = 0;
  let failures = 0;
  const start = performance.now();
  for (const a of articles) {
    try {
      events += extractor.process(a).events.length;
      chars += a.text.length;
    } catch (err) {
      failures++;
      if (failures <= 3) io.stderr(`${asSitrepError(err).code}: ${a.id}: ${(err as Error).message}\n`);
    }
  }
  const seconds = (performance.now() - start) / 1000;
  extractor.close();
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  const result = {
    articles: articles.length,
    articlesPerSecond: Math.round(articles.length / seconds),
    charsPerSecond: Math.round(chars / seconds),
    eventsPerArticle: Number((events / Math.max(1, articles.length)).toFixed(2)),
    peakMemoryMiB: Math.round(peakMiB),
    loadMs: Math.round(loadMs),
    failures,
  };
  io.stdout(
    `extraction, one thread: ${result.articles} articles in ${seconds.toFixed(2)} s = ${result.articlesPerSecond} articles/s ` +
      `(${(result.charsPerSecond / 1000).toFixed(0)}k chars/s), ${result.eventsPerArticle} events/article\n` +
      `peak memory ${result.peakMemoryMiB} MiB, pipeline load ${result.loadMs} ms, failures ${failures}\n`,
  );
  if (opts.json) io.stdout(JSON.stringify(result) + '\n');
  return failures ? 1 : 0;
}
