// Reading articles from bytes: plain text, HTML or JSON lines. Each input yields articles or coded errors,
// so one bad article never stops a batch.
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';
import type { Article } from '../core/doc.js';
import { SitrepError } from '../core/errors.js';

export type InputFormat = 'text' | 'html' | 'json' | 'jsonl';

/** Largest article text accepted, in bytes. Longer inputs are refused rather than truncated. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export type ArticleResult = { ok: true; article: Article & { id: string } } | { ok: false; error: SitrepError; where: string };

export function contentId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes bytes as UTF-8, refusing binary data and invalid sequences with distinct codes. */
export function decodeText(bytes: Uint8Array, where: string): string {
  if (bytes.length === 0) throw new SitrepError('E_EMPTY_INPUT', `${where}: the input is empty`);
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new SitrepError('E_INPUT_TOO_LARGE', `${where}: ${bytes.length} bytes is more than the ${MAX_ARTICLE_BYTES}-byte limit for one article; split it or use --input-format jsonl`);
  }
  const head = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of head) {
    if (b === 0) throw new SitrepError('E_BINARY_INPUT', `${where}: binary data (NUL bytes), not text`);
    if (b < 9 || (b > 13 && b < 32)) controls++;
  }
  if (controls > head.length * 0.1) throw new SitrepError('E_BINARY_INPUT', `${where}: binary data (control bytes), not text`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new SitrepError('E_INVALID_UTF8', `${where}: the input is not valid UTF-8; convert it (e.g. iconv -f latin1 -t utf-8)`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

function checkText(text: string, where: string): void {
  if (text.trim().length === 0) throw new SitrepError('E_EMPTY_INPUT', `${where}: the article has no text`);
}

const BLOCK = new Set(['p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'section', 'article', 'header', 'footer', 'blockquote', 'figcaption', 'pre', 'dd', 'dt', 'table']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'aside', 'form', 'iframe', 'button', 'select']);

/** Extracts the readable text of an HTML page: blocks become paragraphs, scripts and navigation are dropped. */
export function htmlToArticle(html: string): { text: string; title?: string; published?: string; url?: string; outlet?: string } {
  const parts: string[] = [];
  let skip = 0;
  let inTitle = false;
  let title = '';
  let published: string | undefined;
  let url: string | undefined;
  let outlet: string | undefined;
  let h1 = '';
  let inH1 = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (SKIP.has(name)) skip++;
        if (name === 'title') inTitle = true;
        if (name === 'h1') inH1 = true;
        if (BLOCK.has(name)) parts.push('\n\n');
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          const content = attrs.content;
          if (!content) return;
          if (!published && /(published_time|datepublished|pubdate|^date$|dc\.date)/.test(key)) published = content.slice(0, 10);
          if (!url && key === 'og:url') url = content;
          if (!outlet && key === 'og:site_name') outlet = content;
        }
        if (name === 'time' && !published && attrs.datetime) published = attrs.datetime.slice(0, 10);
      },
      ontext(data) {
        if (inTitle) title += data;
        if (skip > 0) return;
        if (inH1) h1 += data;
        parts.push(data);
      },
      onclosetag(name) {
        if (SKIP.has(name)) skip = Math.max(0, skip - 1);
        if (name === 'title') inTitle = false;
        if (name === 'h1') inH1 = false;
        if (BLOCK.has(name)) parts.push('\n\n');
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  const text = parts
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .split(/\n/)
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const t = (h1 || title).replace(/\s+/g, ' ').trim();
  return { text, title: t || undefined, published: published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : undefined, url, outlet };
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<p[\s>]|<div[\s>]|<article[\s>])/i.test(text);
}

/** A .json file: one article object, or an array of them. */
export function* parseJsonDocument(text: string, where: string, defaults: Partial<Article> = {}): Generator<ArticleResult> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    yield { ok: false, error: new SitrepError('E_BAD_ARTICLE', `${where}: not valid JSON (${(err as Error).message})`), where };
    return;
  }
  const list = Array.isArray(value) ? value : [value];
  for (let i = 0; i < list.length; i++) {
    const at = Array.isArray(value) ? `${where}[${i}]` : where;
    try {
      yield { ok: true, article: articleFromJson(list[i], at, defaults) };
    } catch (err) {
      yield { ok: false, error: err instanceof SitrepError ? err : new SitrepError('E_BAD_ARTICLE', `${at}: ${(err as Error).message}`), where: at };
    }
  }
}

/** Turns one decoded input into articles according to its format. */
export function* parseArticles(text: string, format: InputFormat, where: string, defaults: Partial<Article> = {}): Generator<ArticleResult> {
  if (format === 'jsonl') {
    yield* parseJsonLines(text, where, defaults);
    return;
  }
  if (format === 'json') {
    yield* parseJsonDocument(text, where, defaults);
    return;
  }
  try {
    let article: Article;
    if (format === 'html' || looksLikeHtml(text)) {
      const h = htmlToArticle(text);
      article = { ...defaults, ...h, published: defaults.published ?? h.published };
    } else {
      article = { ...defaults, text };
    }
    checkText(article.text, where);
    yield { ok: true, article: { ...article, id: article.id ?? contentId(article.text) } };
  } catch (err) {
    yield { ok: false, error: err instanceof SitrepError ? err : new SitrepError('E_BAD_HTML', `${where}: ${(err as Error).message}`), where };
  }
}

const ARTICLE_KEYS = ['id', 'text', 'title', 'published', 'lang', 'url', 'outlet'] as const;

/** Validates one JSON value as an article `{id, text, title?, published?, lang?, url?, outlet?}`. */
export function articleFromJson(value: unknown, where: string, defaults: Partial<Article> = {}): Article & { id: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SitrepError('E_BAD_ARTICLE', `${where}: expected an object {id, text, ...}`);
  }
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string') throw new SitrepError('E_BAD_ARTICLE', `${where}: "text" must be a string`);
  for (const k of ARTICLE_KEYS) {
    if (k === 'id' && typeof o.id === 'number') continue;
    if (o[k] !== undefined && o[k] !== null && typeof o[k] !== 'string') throw new SitrepError('E_BAD_ARTICLE', `${where}: "${k}" must be a string`);
  }
  checkText(o.text, where);
  if (Buffer.byteLength(o.text, 'utf8') > MAX_ARTICLE_BYTES) throw new SitrepError('E_INPUT_TOO_LARGE', `${where}: article text over ${MAX_ARTICLE_BYTES} bytes`);
  const str = (k: string) => (typeof o[k] === 'string' && o[k] !== '' ? (o[k] as string) : undefined);
  const published = str('published') ?? defaults.published;
  return {
    id: o.id !== undefined && o.id !== null && o.id !== '' ? String(o.id) : contentId(o.text),
    text: o.text,
    title: str('title'),
    published: published ? published.slice(0, 10) : undefined,
    lang: str('lang') ?? defaults.lang,
    url: str('url'),
    outlet: str('outlet') ?? defaults.outlet,
  };
}

export function* parseJsonLines(text: string, where: string, defaults: Partial<Article> = {}): Generator<ArticleResult> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const at = `${where}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      yield { ok: false, error: new SitrepError('E_BAD_JSONL', `${at}: not valid JSON (${(err as Error).message})`), where: at };
      continue;
    }
    try {
      yield { ok: true, article: articleFromJson(value, at, defaults) };
    } catch (err) {
      yield { ok: false, error: err as SitrepError, where: at };
    }
  }
}
