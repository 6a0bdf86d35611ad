// The API on request objects in memory (no listener), over a store filled with the example and test reports,
// plus one real listener on loopback.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from './app.js';
import { demoFixture, type Fixture } from './fixtures.js';
import { startServer } from './listen.js';
import type { Hono } from 'hono';

const TOKEN = 'test-token-0123456789';

let fx: Fixture;
let app: Hono;
let readOnly: Hono;

before(async () => {
  fx = await demoFixture();
  app = createApp({ store: fx.store, views: fx.views, extractor: () => fx.extractor, token: TOKEN, bodyLimitBytes: 64 * 1024 });
  readOnly = createApp({ store: fx.store, views: fx.views, extractor: () => fx.extractor });
});
after(async () => {
  await fx.close();
});

async function get(path: string, on: Hono = app): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await on.request(path);
  const text = await res.text();
  return { status: res.status, body: res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text, headers: res.headers };
}

async function post(body: string | undefined, headers: Record<string, string>, on: Hono = app) {
  const res = await on.request('/api/articles', { method: 'POST', body, headers });
  return { status: res.status, body: (await res.json()) as any };
}

const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };

describe('GET /api/incidents', () => {
  it('pages through every incident, latest first, with the total', async () => {
    const all = await get('/api/incidents?limit=500');
    assert.equal(all.status, 200);
    const st = await fx.store.stats();
    assert.equal(all.body.total, st.incidents);
    assert.equal(all.body.items.length, st.incidents);
    const p1 = await get('/api/incidents?limit=5');
    const p2 = await get('/api/incidents?limit=5&offset=5');
    assert.deepEqual(p1.body.items.map((i: any) => i.id), all.body.items.slice(0, 5).map((i: any) => i.id));
    assert.deepEqual(p2.body.items.map((i: any) => i.id), all.body.items.slice(5, 10).map((i: any) => i.id));
    assert.equal(p2.body.offset, 5);
    const dates = all.body.items.map((i: any) => i.dateStart ?? '');
    assert.deepEqual(dates, [...dates].sort().reverse());
  });

  it('filters by type, country, dates, box, actor, claimant and text, and counts what it filters', async () => {
    const byType = await get('/api/incidents?type=assault&limit=500');
    assert.ok(byType.body.items.length > 0);
    assert.ok(byType.body.items.every((i: any) => i.type === 'ASSAULT'));
    assert.equal(byType.body.total, byType.body.items.length);

    const mali = await get('/api/incidents?country=MLI');
    assert.ok(mali.body.items.length > 0);
    assert.ok(mali.body.items.every((i: any) => i.location.country === 'MLI'));

    const day = await get('/api/incidents?from=2024-03-12&to=2024-03-12');
    assert.ok(day.body.items.length > 0);
    for (const i of day.body.items) assert.ok(i.dateStart <= '2024-03-12' && i.dateEnd >= '2024-03-12');

    const box = await get('/api/incidents?bbox=-5,10,5,20'); // around Gao
    assert.ok(box.body.items.some((i: any) => i.location.name === 'Gao'));
    for (const i of box.body.items) assert.ok(i.location.lon >= -5 && i.location.lon <= 5 && i.location.lat >= 10 && i.location.lat <= 20);

    const actor = await get('/api/incidents?actor=' + encodeURIComponent('hommes armés'));
    assert.ok(actor.body.items.length > 0);
    const claimant = await get('/api/incidents?claimant=' + encodeURIComponent('ministère malien'));
    assert.ok(claimant.body.items.some((i: any) => i.claimants.includes('le ministère malien de la sécurité')));
    const text = await get('/api/incidents?text=Maiduguri');
    assert.ok(text.body.items.length > 0);
    // words with hyphens and apostrophes, phrases and prefixes are searched as words, never as FTS5 operators
    for (const q of ['hommes armés', "l'armée", 'anti-terroristes', '"poste de police"', 'polic*', 'NOT', 'Gao OR Kano']) {
      assert.equal((await get('/api/incidents?text=' + encodeURIComponent(q))).status, 200, q);
    }
    assert.ok((await get('/api/incidents?text=' + encodeURIComponent('"poste de police"'))).body.total > 0);
    assert.ok((await get('/api/incidents?text=' + encodeURIComponent('polic*'))).body.total > 0);
    const none = await get('/api/incidents?text=zzzzunknownword');
    assert.deepEqual([none.body.items.length, none.body.total], [0, 0]);
  });

  it('refuses unknown filters, malformed dates and boxes, huge pages and SQL or HTML in values with a 400 and a code', async () => {
    const cases: [string, string][] = [
      ['/api/incidents?colour=red', 'E_UNKNOWN_FILTER'],
      ['/api/incidents?from=2024-13-45', 'E_BAD_FILTER'],
      ['/api/incidents?from=yesterday', 'E_BAD_FILTER'],
      ['/api/incidents?from=2024-02-30', 'E_BAD_FILTER'],
      ['/api/incidents?from=2024-05-01&to=2024-04-01', 'E_BAD_FILTER'],
      ['/api/incidents?bbox=1,2,3', 'E_BAD_FILTER'],
      ['/api/incidents?bbox=0,0,200,10', 'E_BAD_FILTER'],
      ['/api/incidents?bbox=10,0,5,10', 'E_BAD_FILTER'],
      ['/api/incidents?bbox=a,b,c,d', 'E_BAD_FILTER'],
      ['/api/incidents?limit=100000', 'E_BAD_FILTER'],
      ['/api/incidents?limit=0', 'E_BAD_FILTER'],
      ['/api/incidents?limit=-5', 'E_BAD_FILTER'],
      ['/api/incidents?offset=1e9', 'E_BAD_FILTER'],
      ['/api/incidents?type=NOTATYPE', 'E_BAD_FILTER'],
      ['/api/incidents?country=FRANCE', 'E_BAD_FILTER'],
      ['/api/incidents?type=ASSAULT&type=PROTEST', 'E_BAD_FILTER'],
      ['/api/incidents?actor=' + encodeURIComponent("x' OR 1=1; DROP TABLE events; --"), 'E_BAD_FILTER'],
      ['/api/incidents?claimant=' + encodeURIComponent('"; DELETE FROM incidents'), 'E_BAD_FILTER'],
      ['/api/incidents?text=' + encodeURIComponent('<script>alert(1)</script>'), 'E_BAD_FILTER'],
      ['/api/incidents?actor=' + encodeURIComponent('<img src=x onerror=alert(1)>'), 'E_BAD_FILTER'],
      ['/api/incidents?text=' + encodeURIComponent('"unbalanced'), 'E_BAD_FILTER'],
      ['/api/events?limit=501', 'E_BAD_FILTER'],
      ['/api/map?zoom=99', 'E_BAD_FILTER'],
      ['/api/timeline?limit=5', 'E_UNKNOWN_FILTER'],
      ['/api/incidents/abc', 'E_BAD_FILTER'],
      ['/api/incidents/1?x=1', 'E_UNKNOWN_FILTER'],
    ];
    for (const [path, code] of cases) {
      const r = await get(path);
      assert.equal(r.status, 400, path);
      assert.equal(r.body.error.code, code, path);
      assert.equal(typeof r.body.error.message, 'string');
    }
    // the tables are intact after the injection attempts
    assert.equal((await get('/api/incidents?limit=1')).body.total, (await fx.store.stats()).incidents);
  });
});

describe('the in-memory index', () => {
  it('pages and counts exactly as the store queries SQLite, for every kind of filter', async () => {
    const filters = [
      {},
      { type: 'ASSAULT' },
      { country: 'NGA' },
      { from: '2024-03-01', to: '2024-05-09' },
      { to: '2023-12-31' },
      { bbox: [-20, 0, 50, 45] as [number, number, number, number] },
      { actor: 'police' },
      { claimant: 'outlet' },
      { claimant: 'ministère' },
      { text: '"police"' },
      { type: 'ASSAULT', actor: 'armée', from: '2023-01-01' },
      { country: 'AZE', claimant: 'présidence' },
    ];
    const byId = (a: number, b: number) => a - b;
    const dates = new Map((await fx.store.incidents({ limit: 10_000 })).map((i) => [i.id, i.summary.dateStart ?? '']));
    for (const f of filters) {
      const expected = (await fx.store.incidents({ ...f, limit: 10_000 })).map((i) => i.id);
      const page = await fx.views.incidentPage({ ...f, limit: 10_000, offset: 0 });
      assert.deepEqual([...page.ids].sort(byId), [...expected].sort(byId), JSON.stringify(f));
      assert.equal(page.total, expected.length);
      // latest first, ties by id, so that pages never overlap
      for (let k = 1; k < page.ids.length; k++) {
        const [a, b] = [dates.get(page.ids[k - 1]!)!, dates.get(page.ids[k]!)!];
        assert.ok(a > b || (a === b && page.ids[k - 1]! < page.ids[k]!) || (b === '' && a !== ''), `${JSON.stringify(f)}: order at ${k}`);
      }
      const second = await fx.views.incidentPage({ ...f, limit: 3, offset: 2 });
      assert.deepEqual(second.ids, page.ids.slice(2, 5));
    }
  });
});

describe('one incident, one article', () => {
  it('gives an incident with its claimants, fatality range, events and source articles', async () => {
    const list = await get('/api/incidents?claimant=' + encodeURIComponent('ministère malien'));
    const id = list.body.items[0].id;
    const r = await get(`/api/incidents/${id}`);
    assert.equal(r.status, 200);
    assert.equal(r.body.id, id);
    assert.ok(r.body.events.length > 0 && r.body.events.every((e: any) => e.incidentId === id));
    assert.deepEqual(r.body.articles.map((a: any) => a.id), r.body.summary.sources);
    assert.ok(r.body.summary.claimants.some((c: any) => c.claimant === 'le ministère malien de la sécurité' && c.articleId === 'demo-fr-1'));
    assert.deepEqual(r.body.summary.killed, { best: 3, low: 3, high: 3, text: 'trois' });
    const missing = await get('/api/incidents/999999');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'E_NOT_FOUND');
  });

  it('gives an article with its records and its spans by role, each true to the text', async () => {
    const r = await get('/api/articles/demo-fr-1');
    assert.equal(r.status, 200);
    const { article, events, annotations } = r.body;
    assert.equal(article.id, 'demo-fr-1');
    assert.ok(events.length > 0);
    for (const a of annotations) assert.equal(article.text.slice(a.start, a.end), a.text);
    const roles = new Set(annotations.map((a: any) => a.role));
    for (const role of ['actor', 'recipient', 'claimant', 'cue', 'place', 'date', 'count', 'evidence']) assert.ok(roles.has(role), role);
    const claimant = annotations.find((a: any) => a.role === 'claimant' && a.text === 'le ministère malien de la sécurité');
    assert.ok(claimant && claimant.events.length > 0);
    assert.equal((await get('/api/articles/nope')).status, 404);
  });

  it('lists events with the same filters', async () => {
    const r = await get('/api/events?type=ASSAULT&limit=3');
    assert.equal(r.status, 200);
    assert.ok(r.body.items.length <= 3 && r.body.items.every((e: any) => e.type === 'ASSAULT'));
    assert.ok(r.body.total >= r.body.items.length);
  });
});

describe('aggregates', () => {
  it('map cells add up to the located incidents and split as the zoom grows', async () => {
    const all = (await get('/api/incidents?limit=500')).body.items.filter((i: any) => i.location);
    const world = await get('/api/map?zoom=0');
    const close = await get('/api/map?zoom=10');
    const sum = (cells: any[]) => cells.reduce((n, c) => n + c.count, 0);
    assert.equal(sum(world.body.cells), all.length);
    assert.equal(world.body.total, all.length);
    assert.equal(sum(close.body.cells), all.length);
    assert.ok(close.body.cells.length > world.body.cells.length);
    for (const c of close.body.cells) if (c.count === 1) assert.ok(all.some((i: any) => i.id === c.incidentId));
    const assault = await get('/api/map?zoom=3&type=ASSAULT');
    assert.ok(assault.body.cells.every((c: any) => Object.keys(c.byType).join() === 'ASSAULT'));
  });

  it('the timeline counts incidents per day and type', async () => {
    const r = await get('/api/timeline');
    const dated = (await get('/api/incidents?limit=500')).body.items.filter((i: any) => i.date ?? i.dateStart);
    assert.equal(r.body.days.reduce((n: number, d: any) => n + d.total, 0), dated.length);
    const days = r.body.days.map((d: any) => d.date);
    assert.deepEqual(days, [...days].sort());
    for (const d of r.body.days) assert.equal(Object.values(d.byType).reduce((n: any, x: any) => n + x, 0), d.total);
  });

  it('facets list types and countries', async () => {
    const r = await get('/api/facets');
    assert.ok(r.body.types.some((t: any) => t.type === 'ASSAULT' && t.count > 0));
    assert.ok(r.body.countries.some((c: any) => c.country === 'MLI'));
  });
});

describe('POST /api/articles', () => {
  const article = {
    id: 'post-1',
    lang: 'en',
    published: '2024-06-03',
    title: 'Gunmen attack village',
    text: 'Gunmen killed four villagers in Zamfara on Sunday, police said. <img src=x onerror="alert(1)"> <script>alert(2)</script>',
  };

  it('refuses writes without a token, with a wrong one, or when the server has none', async () => {
    const body = JSON.stringify(article);
    let r = await post(body, { 'content-type': 'application/json' });
    assert.deepEqual([r.status, r.body.error.code], [401, 'E_UNAUTHORIZED']);
    r = await post(body, { authorization: 'Bearer wrong-token-xyz', 'content-type': 'application/json' });
    assert.deepEqual([r.status, r.body.error.code], [403, 'E_FORBIDDEN']);
    r = await post(body, auth, readOnly);
    assert.deepEqual([r.status, r.body.error.code], [403, 'E_WRITES_DISABLED']);
  });

  it('refuses other media types, bodies over the limit, broken JSON and bad fields', async () => {
    let r = await post('text=x', { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/x-www-form-urlencoded' });
    assert.deepEqual([r.status, r.body.error.code], [415, 'E_UNSUPPORTED_MEDIA_TYPE']);
    r = await post(JSON.stringify({ text: 'x'.repeat(70 * 1024) }), auth);
    assert.deepEqual([r.status, r.body.error.code], [413, 'E_BODY_TOO_LARGE']);
    r = await post('{"text": ', auth);
    assert.deepEqual([r.status, r.body.error.code], [400, 'E_BAD_BODY']);
    r = await post(JSON.stringify({ title: 'no text' }), auth);
    assert.deepEqual([r.status, r.body.error.code], [400, 'E_BAD_BODY']);
    r = await post(JSON.stringify({ text: 'Police arrested two men.', published: '03/06/2024' }), auth);
    assert.deepEqual([r.status, r.body.error.code], [400, 'E_BAD_BODY']);
    r = await post(JSON.stringify({ text: 'Police arrested two men.', sql: 'DROP TABLE' }), auth);
    assert.deepEqual([r.status, r.body.error.code], [400, 'E_BAD_BODY']);
    r = await post(JSON.stringify({ text: 'Der Polizeisprecher sagte am Sonntag, dass zwei Männer festgenommen wurden.' }), auth);
    assert.deepEqual([r.status, r.body.error.code], [422, 'E_UNKNOWN_LANGUAGE']);
  });

  it('extracts and stores an article once, and keeps its markup as text', async () => {
    const before = await fx.store.stats();
    let r = await post(JSON.stringify(article), auth);
    assert.equal(r.status, 201);
    assert.equal(r.body.status, 'stored');
    assert.ok(r.body.events > 0);
    r = await post(JSON.stringify(article), auth);
    assert.deepEqual([r.status, r.body.status], [200, 'duplicate']);
    const afterStats = await fx.store.stats();
    assert.equal(afterStats.articles, before.articles + 1);
    // the new incidents are listed at once
    const listed = await get('/api/incidents?limit=1');
    assert.equal(listed.body.total, afterStats.incidents);
    assert.ok((await get('/api/incidents?text=Zamfara&limit=50')).body.items.some((i: any) => i.location?.name?.includes('Zamfara')));
    const a = await get('/api/articles/post-1');
    assert.equal(a.headers.get('content-type'), 'application/json');
    assert.ok(a.body.article.text.includes('<script>alert(2)</script>'));
    assert.ok(a.body.events.some((e: any) => e.type === 'ASSAULT'));
  });
});

describe('the rest', () => {
  it('serves an OpenAPI 3.1 description of every route', async () => {
    const r = await get('/openapi.json');
    assert.equal(r.body.openapi, '3.1.0');
    for (const p of ['/api/incidents', '/api/incidents/{id}', '/api/events', '/api/map', '/api/timeline', '/api/articles/{id}', '/api/articles']) assert.ok(r.body.paths[p], p);
  });

  it('answers unknown routes and methods with JSON errors', async () => {
    let r = await get('/api/nothing');
    assert.deepEqual([r.status, r.body.error.code], [404, 'E_NOT_FOUND']);
    const res = await app.request('/api/incidents', { method: 'DELETE' });
    assert.equal(res.status, 405);
    assert.equal(((await res.json()) as any).error.code, 'E_METHOD_NOT_ALLOWED');
    r = await get('/no/such/page');
    assert.equal(r.status, 404);
  });

  it('refuses other host names when told which to serve (DNS rebinding)', async () => {
    const guarded = createApp({ store: fx.store, views: fx.views, extractor: () => fx.extractor, allowedHosts: ['127.0.0.1', 'localhost'] });
    let res = await guarded.request('http://127.0.0.1:8080/api/stats');
    assert.equal(res.status, 200);
    res = await guarded.request('http://evil.example:8080/api/stats');
    assert.equal(res.status, 403);
    assert.equal(((await res.json()) as any).error.code, 'E_FORBIDDEN');
  });

  it('listens on loopback for real', async () => {
    const server = await startServer(app, { port: 0 });
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      const res = await fetch(`${server.url}api/stats`);
      assert.equal(res.status, 200);
      const stats = (await res.json()) as { incidents: number };
      assert.equal(stats.incidents, (await fx.store.stats()).incidents);
      const bad = await fetch(`${server.url}api/incidents?bbox=1,2`);
      assert.equal(bad.status, 400);
      const big = await fetch(`${server.url}api/articles`, { method: 'POST', headers: auth, body: 'x'.repeat(200 * 1024) });
      assert.equal(big.status, 413);
    } finally {
      await server.close();
    }
  });
});
