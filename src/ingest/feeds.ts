// RSS 2.0 and Atom feeds: each item or entry becomes an article (its full content, else its description).
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Article } from '../core/doc.js';
import { SitrepError } from '../core/errors.js';
import { contentId, htmlToArticle, type ArticleResult } from '../input/articles.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

type Node = Record<string, unknown>;

function text(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') return text((v as Node)['#text']);
  return undefined;
}

const MONTHS: Record<string, string> = { jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12' };

/** RFC 822 (RSS) or ISO 8601 (Atom) to YYYY-MM-DD, as the date is written (no time-zone shift) */
export function feedDate(v: string | undefined): string | undefined {
  if (!v) return undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(v.trim());
  if (iso) return iso[1];
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(v);
  if (rfc && MONTHS[rfc[2]!.toLowerCase()]) return `${rfc[3]}-${MONTHS[rfc[2]!.toLowerCase()]}-${rfc[1]!.padStart(2, '0')}`;
  return undefined;
}

function linkOf(v: unknown): string | undefined {
  const links = Array.isArray(v) ? v : v === undefined ? [] : [v];
  for (const l of links) {
    if (typeof l === 'string') return l;
    if (l && typeof l === 'object') {
      const n = l as Node;
      if (typeof n['@_href'] === 'string' && (n['@_rel'] === undefined || n['@_rel'] === 'alternate')) return n['@_href'];
      const t = text(n);
      if (t) return t;
    }
  }
  return undefined;
}

function bodyText(html: string | undefined): string {
  if (!html) return '';
  return /<[a-z][\s\S]*>/i.test(html) ? htmlToArticle(html).text : html.trim();
}

/** true when the bytes look like an RSS or Atom feed rather than an HTML page */
export function looksLikeFeed(head: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head.slice(0, 2000));
}

export function* parseFeed(xml: string, where: string, defaults: Partial<Article> = {}): Generator<ArticleResult> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    yield { ok: false, error: new SitrepError('E_BAD_XML', `${where}: not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`), where };
    return;
  }
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    yield { ok: false, error: new SitrepError('E_BAD_XML', `${where}: ${(err as Error).message}`), where };
    return;
  }
  const rss = (doc.rss as Node | undefined)?.channel as Node | undefined;
  const rdf = doc['rdf:RDF'] as Node | undefined;
  const feed = doc.feed as Node | undefined;
  const channel = rss ?? (rdf?.channel as Node | undefined) ?? feed;
  if (!channel) {
    yield { ok: false, error: new SitrepError('E_BAD_XML', `${where}: XML, but neither an RSS channel nor an Atom feed`), where };
    return;
  }
  const outlet = defaults.outlet ?? text(channel.title);
  const items = ((rss ? channel.item : rdf ? rdf.item : feed!.entry) as Node[] | undefined) ?? [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const at = `${where}: item ${i + 1}`;
    const title = text(it.title)?.trim();
    const body = bodyText(text(it['content:encoded']) ?? text(it.content) ?? text(it.description) ?? text(it.summary));
    if (!body.trim()) {
      yield { ok: false, error: new SitrepError('E_EMPTY_INPUT', `${at}: the item has no text`), where: at };
      continue;
    }
    const articleText = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
    const published = feedDate(text(it.pubDate) ?? text(it.published) ?? text(it.updated) ?? text(it['dc:date'])) ?? defaults.published;
    const url = linkOf(it.link);
    const guid = text(it.guid) ?? text(it.id);
    yield {
      ok: true,
      article: { id: guid ?? url ?? contentId(articleText), text: articleText, title, published, lang: defaults.lang, url, outlet },
    };
  }
}
