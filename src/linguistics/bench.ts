// `sitrep bench ud`: model load time, tag + lemma + parse words/s on the UD dev sets (gold tokenization,
// one thread), and peak memory with both languages loaded.
import { existsSync, readFileSync } from 'node:fs';
import type { Io } from '../cli/extract-command.js';
import { readConllu } from './conllu.js';
import { loadAnnotator } from './model.js';
import { defaultUdDev } from '../eval/ud.js';

export type UdBenchOptions = { json?: boolean; fr?: string; en?: string; rounds?: number };

export async function runUdBench(opts: UdBenchOptions, io: Io): Promise<number> {
  const results: Record<string, unknown> = {};
  const rssBefore = process.memoryUsage().rss;
  let status = 0;
  for (const lang of ['fr', 'en'] as const) {
    const t0 = performance.now();
    let annotator;
    try {
      annotator = loadAnnotator(lang);
    } catch (err) {
      io.stderr(`${(err as Error).message}\n`);
      status = 2;
      continue;
    }
    const loadMs = performance.now() - t0;
    const path = (lang === 'fr' ? opts.fr : opts.en) ?? defaultUdDev(lang);
    if (!existsSync(path)) {
      io.stderr(`bench ud: ${path} not found; load time only\n`);
      results[lang] = { loadMs: Math.round(loadMs) };
      continue;
    }
    const sents = readConllu(readFileSync(path, 'utf8')).map((s) => s.words.map((w) => w.form));
    for (const s of sents.slice(0, 100)) annotator.analyse(s);
    const rounds = opts.rounds ?? 3;
    let words = 0;
    let t = performance.now();
    for (let r = 0; r < rounds; r++) for (const s of sents) {
      annotator.analyse(s);
      words += s.length;
    }
    const parseSec = (performance.now() - t) / 1000;
    let tagWords = 0;
    t = performance.now();
    for (const s of sents) {
      annotator.analyse(s, { parse: false });
      tagWords += s.length;
    }
    const tagSec = (performance.now() - t) / 1000;
    const wps = Math.round(words / parseSec);
    results[lang] = {
      loadMs: Math.round(loadMs),
      words,
      wordsPerSecond: wps,
      tagOnlyWordsPerSecond: Math.round(tagWords / tagSec),
      msPer500Words: Number(((500 / wps) * 1000).toFixed(2)),
    };
    io.stdout(
      `ud ${lang}: model load ${Math.round(loadMs)} ms; tag+lemma+parse ${wps} words/s (${words} words, one thread); ` +
        `tag+lemma only ${Math.round(tagWords / tagSec)} words/s; ${((500 / wps) * 1000).toFixed(1)} ms per 500-word article\n`,
    );
  }
  const peak = Math.round(process.resourceUsage().maxRSS / 1024);
  results.peakMemoryMiB = peak;
  results.modelsMemoryMiB = Math.round((process.memoryUsage().rss - rssBefore) / (1024 * 1024));
  io.stdout(`peak memory ${peak} MiB with both languages loaded (${results.modelsMemoryMiB} MiB more than before loading)\n`);
  if (opts.json) io.stdout(JSON.stringify(results) + '\n');
  return status;
}
