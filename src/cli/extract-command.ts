// `sitrep extract`: files or stdin in, event records out; one bad article never stops the batch.
import { readFileSync, statSync } from 'node:fs';
import type { Article } from '../core/doc.js';
import { SitrepError, asSitrepError } from '../core/errors.js';
import type { EventRecord } from '../core/record.js';
import { decodeText, parseArticles, type InputFormat, type ArticleResult } from '../input/articles.js';
import { createExtractor } from '../pipeline/extract.js';
import { formatRecords, type OutputFormat } from './format.js';

export type ExtractOptions = {
  lang?: string;
  published?: string;
  inputFormat?: InputFormat;
  format?: OutputFormat;
  debug?: boolean;
  syntax?: boolean;
};

export type Io = {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<Buffer>;
  /** standard input as a stream of chunks, for inputs read in constant memory (`ingest -`); else readStdin is used */
  streamStdin?: () => AsyncIterable<Buffer>;
};

/** Reads one input source (a path, or stdin for '-') into article results. */
export async function readInput(path: string, format: InputFormat | undefined, defaults: Partial<Article>, io: Io): Promise<ArticleResult[]> {
  const where = path === '-' ? 'stdin' : path;
  let bytes: Buffer;
  try {
    if (path === '-') bytes = await io.readStdin();
    else {
      const st = statSync(path);
      if (st.isDirectory()) throw new SitrepError('E_BAD_OPTION', `${path} is a folder; give files (sitrep ingest reads folders)`);
      const guess = format ?? guessFormat(path);
      // JSON lines are checked article by article, so a big file of many articles is fine.
      if (guess !== 'jsonl' && st.size > 64 * 1024 * 1024) throw new SitrepError('E_INPUT_TOO_LARGE', `${path}: ${st.size} bytes is too large for one article`);
      bytes = readFileSync(path);
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') return [{ ok: false, error: new SitrepError('E_FILE_NOT_FOUND', `${where}: no such file`), where }];
    return [{ ok: false, error: asSitrepError(err), where }];
  }
  const fmt = format ?? (path === '-' ? sniffFormat(bytes) : guessFormat(path));
  try {
    const text = fmt === 'jsonl' || fmt === 'json' ? decodeJsonl(bytes, where) : decodeText(bytes, where);
    return [...parseArticles(text, fmt, where, defaults)];
  } catch (err) {
    return [{ ok: false, error: asSitrepError(err), where }];
  }
}

function decodeJsonl(bytes: Buffer, where: string): string {
  if (bytes.length === 0) throw new SitrepError('E_EMPTY_INPUT', `${where}: the input is empty`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\u0000')) throw new SitrepError('E_BINARY_INPUT', `${where}: binary data (NUL bytes), not JSON lines`);
  return text;
}

export function guessFormat(path: string): InputFormat {
  if (/\.(jsonl|ndjson)$/i.test(path)) return 'jsonl';
  if (/\.json$/i.test(path)) return 'json';
  if (/\.x?html?$/i.test(path)) return 'html';
  return 'text';
}

function sniffFormat(bytes: Buffer): InputFormat {
  const head = bytes.subarray(0, 200).toString('utf8').trimStart();
  if (head.startsWith('{')) return 'jsonl';
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('<')) return 'html';
  return 'text';
}

export async function runExtract(files: string[], opts: ExtractOptions, io: Io): Promise<number> {
  if (opts.published && !/^\d{4}-\d{2}-\d{2}$/.test(opts.published)) {
    io.stderr(`E_BAD_DATE: --published must be YYYY-MM-DD, got "${opts.published}"\n`);
    return 2;
  }
  const extractor = createExtractor({ debug: opts.debug, syntax: opts.syntax });
  const format = opts.format ?? 'jsonl';
  const all: EventRecord[] = [];
  let failures = 0;
  const defaults: Partial<Article> = { lang: opts.lang, published: opts.published };
  try {
    for (const path of files.length ? files : ['-']) {
      for (const r of await readInput(path, opts.inputFormat, defaults, io)) {
        if (!r.ok) {
          failures++;
          io.stderr(`${r.error.code}: ${r.error.message}\n`);
          continue;
        }
        try {
          const doc = extractor.process(r.article);
          for (const issue of doc.issues) io.stderr(`${issue.code}: ${r.article.id}: ${issue.message}\n`);
          if (opts.debug) for (const line of doc.trace) io.stderr(`debug: ${line}\n`);
          if (format === 'jsonl') io.stdout(formatRecords(doc.events, 'jsonl', doc.text));
          else all.push(...doc.events);
          if (format === 'table') io.stdout(formatRecords(doc.events, 'table', doc.text));
        } catch (err) {
          failures++;
          const e = asSitrepError(err);
          io.stderr(`${e.code}: ${path}: ${r.article.id}: ${e.message}\n`);
        }
      }
    }
  } finally {
    extractor.close();
  }
  if (format === 'json') io.stdout(formatRecords(all, 'json', ''));
  return failures > 0 ? 1 : 0;
}
