// The HTTP API and the web page in one hono app. Inputs are validated (filters.ts), errors mapped in errors.ts;
// the app takes its store and views as arguments so that tests run it on request objects, without a listener.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { timingSafeEqual, createHash } from 'node:crypto';
import { z } from 'zod';
import { personKeys, type Extractor } from '../pipeline/extract.js';
import { contentId } from '../input/articles.js';
import type { Store, StoredEvent, StoredIncident } from '../store/store.js';
import { annotate } from './annotations.js';
import { ApiError, toErrorResponse } from './errors.js';
import { DEFAULT_PAGE, aggregateQuery, listQuery, mapQuery, parseQuery, toFilter } from './filters.js';
import { openApiDocument } from './openapi.js';
import type { StoreViews } from './views.js';

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export type AppOptions = {
  store: Store;
  views: StoreViews;
  /** writes are refused when absent */
  token?: string;
  /** created on first use: opening the gazetteer costs time the read-only API does not need */
  extractor: () => Extractor;
  /** folder of the built page (index.html); the API alone when absent */
  webRoot?: string;
  bodyLimitBytes?: number;
  version?: string;
  /**
   * host names (without port) the Host header may carry; others get 403. On loopback this stops a web page
   * from reading the open API through DNS rebinding. No check when absent.
   */
  allowedHosts?: string[];
};

const articleInput = z
  .object({
    id: z.string().trim().min(1).max(200).regex(/^[\p{L}\p{N}._:\-]+$/u, 'letters, digits and . _ : - only').optional(),
    text: z.string().min(1),
    title: z.string().max(1000).optional(),
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').optional(),
    lang: z.enum(['fr', 'en']).optional(),
    url: z.string().max(2000).optional(),
    outlet: z.string().max(200).optional(),
  })
  .strict();

/** what the incident table shows: the summary without its per-source detail */
export function incidentRow(i: StoredIncident) {
  const s = i.summary;
  const claimants = [...new Set(s.claimants.map((c) => c.claimant))];
  return {
    id: i.id,
    type: s.type,
    family: s.family,
    date: s.date,
    dateStart: s.dateStart,
    dateEnd: s.dateEnd,
    location: s.location
      ? { name: s.location.name, country: s.location.country, admin1: s.location.admin1, lat: s.location.lat, lon: s.location.lon, precision: s.location.precision }
      : undefined,
    killed: s.killed,
    injured: s.injured,
    sourceCount: s.sources.length,
    eventCount: s.eventCount,
    claimants: claimants.slice(0, 5),
    claimantCount: claimants.length,
    firstReport: s.firstReport,
  };
}

const eventOut = (e: StoredEvent) => ({ ...e.record, incidentId: e.incidentId, isMain: e.isMain, published: e.published });

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

function sameToken(given: string, expected: string): boolean {
  // hash both so that the comparison takes the same time whatever the lengths
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export function createApp(opts: AppOptions): Hono {
  const { store, views } = opts;
  const app = new Hono();
  const limit = opts.bodyLimitBytes ?? DEFAULT_BODY_LIMIT;
  const openapi = openApiDocument(opts.version ?? '0');

  app.onError((err, c) => {
    const { status, body } = toErrorResponse(err);
    return c.json(body, status as 400);
  });

  app.use('*', async (c, next) => {
    if (opts.allowedHosts) {
      // node-server builds the request URL from the Host header
      const host = new URL(c.req.url).hostname.toLowerCase();
      if (!opts.allowedHosts.includes(host)) throw new ApiError('E_FORBIDDEN', `host ${JSON.stringify(host.slice(0, 100))} is not served here`);
    }
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    if (!c.req.path.startsWith('/api/')) c.header('Content-Security-Policy', CSP);
    else c.header('Cache-Control', 'no-store');
  });

  app.get('/openapi.json', (c) => c.json(openapi));

  app.get('/api/stats', async (c) => c.json(await store.stats()));
  app.get('/api/facets', async (c) => c.json(await views.facets()));

  app.get('/api/incidents', async (c) => {
    const q = parseQuery(listQuery, c.req.url);
    const filter = toFilter({ ...q, limit: q.limit ?? DEFAULT_PAGE, offset: q.offset ?? 0 });
    // the page's ids come from the in-memory index; the incidents themselves from the store
    const { ids, total } = await views.incidentPage(filter);
    const items = (await Promise.all(ids.map((id) => store.incident(id)))).filter((i): i is StoredIncident => i !== undefined);
    return c.json({ items: items.map(incidentRow), total, limit: filter.limit, offset: filter.offset });
  });

  app.get('/api/incidents/:id', async (c) => {
    parseQuery(z.object({}).strict(), c.req.url);
    const raw = c.req.param('id');
    if (!/^\d{1,12}$/.test(raw)) throw new ApiError('E_BAD_FILTER', 'incident id: expected a positive whole number');
    const id = Number(raw);
    const incident = await store.incident(id);
    if (!incident) throw new ApiError('E_NOT_FOUND', `no incident ${id}`);
    const [events, articles] = await Promise.all([store.incidentEvents(id), views.articles(incident.summary.sources)]);
    return c.json({ id, summary: incident.summary, events: events.map(eventOut), articles });
  });

  app.get('/api/events', async (c) => {
    const q = parseQuery(listQuery, c.req.url);
    const filter = toFilter({ ...q, limit: q.limit ?? DEFAULT_PAGE, offset: q.offset ?? 0 });
    const [items, total] = await Promise.all([store.events(filter), views.countEvents({ ...filter, limit: undefined, offset: undefined })]);
    return c.json({ items: items.map(eventOut), total, limit: filter.limit, offset: filter.offset });
  });

  app.get('/api/map', async (c) => {
    const q = parseQuery(mapQuery, c.req.url);
    const { zoom, ...rest } = q;
    return c.json({ zoom: zoom ?? 0, ...(await views.mapCells(toFilter(rest), zoom ?? 0)) });
  });

  app.get('/api/timeline', async (c) => {
    const q = parseQuery(aggregateQuery, c.req.url);
    return c.json({ days: await views.timeline(toFilter(q)) });
  });

  app.get('/api/articles/:id', async (c) => {
    parseQuery(z.object({}).strict(), c.req.url);
    const id = c.req.param('id');
    if (id.length > 300) throw new ApiError('E_BAD_FILTER', 'article id: too long');
    const article = await views.article(id);
    if (!article) throw new ApiError('E_NOT_FOUND', `no article ${JSON.stringify(id.slice(0, 80))}`);
    const events = await views.articleEvents(id);
    const records = events.map((e) => e.record);
    // the mentions (dates, counts, places, cues) are not stored: find them again, same text and reference date
    let doc;
    try {
      doc = opts.extractor().process({ id: article.id, text: article.text, published: article.published, lang: article.lang, title: article.title });
    } catch {
      doc = undefined;
    }
    return c.json({ article, events: events.map(eventOut), annotations: annotate(article.text, records, doc) });
  });

  app.post(
    '/api/articles',
    async (c, next) => {
      if (!opts.token) throw new ApiError('E_WRITES_DISABLED', 'this server was started without a token: writes are disabled (sitrep serve --token or SITREP_TOKEN)');
      const auth = c.req.header('authorization') ?? '';
      const m = /^Bearer\s+(\S+)$/i.exec(auth);
      const given = m?.[1] ?? c.req.header('x-sitrep-token');
      if (!given) throw new ApiError('E_UNAUTHORIZED', 'a token is required: Authorization: Bearer TOKEN');
      if (!sameToken(given, opts.token)) throw new ApiError('E_FORBIDDEN', 'wrong token');
      const type = c.req.header('content-type') ?? '';
      if (!/^application\/json\s*(;|$)/i.test(type)) throw new ApiError('E_UNSUPPORTED_MEDIA_TYPE', 'send the article as application/json');
      await next();
    },
    bodyLimit({
      maxSize: limit,
      onError: (c) => c.json({ error: { code: 'E_BODY_TOO_LARGE', message: `the body is over ${limit} bytes` } }, 413),
    }),
    async (c) => {
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        throw new ApiError('E_BAD_BODY', 'the body is not valid JSON');
      }
      const r = articleInput.safeParse(body);
      if (!r.success) {
        const issue = r.error.issues[0]!;
        throw new ApiError('E_BAD_BODY', `${issue.path.join('.') || 'body'}: ${issue.message}`);
      }
      const input = r.data;
      const id = input.id ?? contentId(input.text);
      const doc = opts.extractor().process({ ...input, id });
      const result = await store.addArticle({ ...input, id, lang: doc.lang, published: doc.published, persons: personKeys(doc) }, doc.events);
      return c.json(result, result.status === 'stored' ? 201 : 200);
    },
  );

  app.all('/api/*', (c) => {
    const known = ['/api/stats', '/api/facets', '/api/incidents', '/api/events', '/api/map', '/api/timeline', '/api/articles'];
    const path = c.req.path;
    if (known.some((k) => path === k || path.startsWith(k + '/'))) throw new ApiError('E_METHOD_NOT_ALLOWED', `${c.req.method} is not allowed on ${path}`);
    throw new ApiError('E_NOT_FOUND', `no API route ${path.slice(0, 100)}`);
  });

  if (opts.webRoot && existsSync(join(opts.webRoot, 'index.html'))) {
    const root = relative(process.cwd(), opts.webRoot) || '.';
    const index = readFileSync(join(opts.webRoot, 'index.html'), 'utf8');
    app.use('/assets/*', serveStatic({ root }));
    app.use('/favicon.svg', serveStatic({ root }));
    const page = (c: Context) => c.html(index);
    app.get('/', page);
    app.get('/index.html', page);
  } else {
    app.get('/', (c) => c.text('sitrep API: the page is not built (npm run build); see /openapi.json\n'));
  }
  app.notFound((c) => c.json({ error: { code: 'E_NOT_FOUND', message: `nothing at ${c.req.path.slice(0, 100)}` } }, 404));
  return app;
}
