// What ingest reads: folders (recursively) of .txt/.html/.json/.jsonl/.xml/.rss/.atom files. JSON lines are
// streamed, so a file of any size is read in constant memory; one bad line or file never stops the batch.
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Article } from '../core/doc.js';
import { SitrepError, asSitrepError } from '../core/errors.js';
import { MAX_ARTICLE_BYTES, articleFromJson, decodeText, parseArticles, type ArticleResult } from '../input/articles.js';
import { looksLikeFeed, parseFeed } from './feeds.js';

export type SourceKind = 'text' | 'html' | 'json' | 'jsonl' | 'feed';

export type SourceFile = { path: string; kind: SourceKind; size: number };

/** Largest single-document file (text, HTML, JSON, feed) read whole; JSON lines have no file limit. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

const KINDS: Record<string, SourceKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

export function kindOf(path: string): SourceKind | undefined {
  return KINDS[extname(path).toLowerCase()];
}

/** the path that stands for standard input, read as JSON lines */
export const STDIN = '-';

/** Lists the input files under the given paths; a missing path is an error result, other files are skipped. */
export function listSources(paths: string[]): { files: SourceFile[]; errors: ArticleResult[] } {
  const files: SourceFile[] = [];
  const errors: ArticleResult[] = [];
  const visit = (path: string, explicit: boolean): void => {
    // (its size is unknown: progress shows no share of it)
    if (path === STDIN && explicit) {
      files.push({ path, kind: 'jsonl', size: 0 });
      return;
    }
    let st;
    try {
      st = statSync(path);
    } catch {
      errors.push({ ok: false, error: new SitrepError('E_FILE_NOT_FOUND', `${path}: no such file or folder`), where: path });
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!name.startsWith('.')) visit(join(path, name), false);
      return;
    }
    const kind = kindOf(path) ?? (explicit ? 'text' : undefined);
    if (kind) files.push({ path, kind, size: st.size });
  };
  for (const p of paths) visit(p, true);
  return { files, errors };
}

export type SourceEvent = ArticleResult & { bytes: number };

/** Reads JSON lines from a stream; an overlong line is refused without holding it in memory. */
async function* jsonLines(file: SourceFile, defaults: Partial<Article>, chunks: AsyncIterable<Buffer>): AsyncGenerator<SourceEvent> {
  const maxLine = MAX_ARTICLE_BYTES * 2; // JSON escaping may double the text
  let parts: Buffer[] = [];
  let partBytes = 0;
  let overlong = false;
  let lineNo = 0;
  const emit = function* (line: Buffer, bytes: number): Generator<SourceEvent> {
    lineNo++;
    const at = `${file.path === STDIN ? 'stdin' : file.path}:${lineNo}`;
    if (overlong) {
      yield { ok: false, error: new SitrepError('E_INPUT_TOO_LARGE', `${at}: line over ${maxLine} bytes; one article is at most ${MAX_ARTICLE_BYTES} bytes`), where: at, bytes };
      return;
    }
    const s = line.toString('utf8').trim();
    if (!s) return;
    if (s.includes('\u0000')) {
      yield { ok: false, error: new SitrepError('E_BINARY_INPUT', `${at}: binary data, not JSON`), where: at, bytes };
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(s);
    } catch (err) {
      yield { ok: false, error: new SitrepError('E_BAD_JSONL', `${at}: not valid JSON (${(err as Error).message})`), where: at, bytes };
      return;
    }
    try {
      yield { ok: true, article: articleFromJson(value, at, defaults), bytes };
    } catch (err) {
      yield { ok: false, error: asSitrepError(err), where: at, bytes };
    }
  };
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(10, start);
      if (nl < 0) break;
      const piece = chunk.subarray(start, nl);
      const bytes = partBytes + piece.length + 1;
      if (!overlong && partBytes + piece.length > maxLine) overlong = true;
      const line = overlong ? Buffer.alloc(0) : parts.length ? Buffer.concat([...parts, piece]) : piece;
      yield* emit(line, bytes);
      parts = [];
      partBytes = 0;
      overlong = false;
      start = nl + 1;
    }
    const rest = chunk.subarray(start);
    partBytes += rest.length;
    if (partBytes > maxLine) {
      overlong = true;
      parts = [];
    } else if (rest.length) parts.push(Buffer.from(rest));
  }
  if (partBytes > 0) yield* emit(overlong ? Buffer.alloc(0) : Buffer.concat(parts), partBytes);
}

function* wholeFile(file: SourceFile, defaults: Partial<Article>): Generator<ArticleResult> {
  const where = file.path;
  if (file.size > MAX_FILE_BYTES || (file.kind !== 'feed' && file.kind !== 'json' && file.size > MAX_ARTICLE_BYTES * 4)) {
    yield { ok: false, error: new SitrepError('E_INPUT_TOO_LARGE', `${where}: ${file.size} bytes is too large for one document; split it or use JSON lines`), where };
    return;
  }
  let text: string;
  try {
    const bytes = readFileSync(file.path);
    text = file.kind === 'text' || file.kind === 'html' ? decodeText(bytes, where) : new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    if (file.kind !== 'text' && file.kind !== 'html' && text.includes('\u0000')) throw new SitrepError('E_BINARY_INPUT', `${where}: binary data`);
    if (!text.trim()) throw new SitrepError('E_EMPTY_INPUT', `${where}: the file is empty`);
  } catch (err) {
    yield { ok: false, error: asSitrepError(err), where };
    return;
  }
  if (file.kind === 'feed' || ((file.kind === 'html' || file.kind === 'text') && looksLikeFeed(text))) {
    yield* parseFeed(text, where, defaults);
    return;
  }
  yield* parseArticles(text, file.kind, where, defaults);
}

/**
 * Every article (or coded failure) of the files, with the bytes of input each accounts for (for progress);
 * `stdin` gives the chunks of standard input for the path `-`.
 */
export async function* readSources(files: SourceFile[], defaults: Partial<Article> = {}, stdin?: () => AsyncIterable<Buffer>): AsyncGenerator<SourceEvent> {
  for (const file of files) {
    if (file.kind === 'jsonl') {
      const chunks = file.path === STDIN ? (stdin?.() ?? (async function* () {})()) : (createReadStream(file.path) as AsyncIterable<Buffer>);
      yield* jsonLines(file, defaults, chunks);
      continue;
    }
    const results = [...wholeFile(file, defaults)];
    // the file's bytes are counted once, with its last result
    for (let i = 0; i < results.length; i++) yield { ...results[i]!, bytes: i === results.length - 1 ? file.size : 0 };
  }
}
