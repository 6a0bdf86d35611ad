// `sitrep eval geo`: toponym resolution on LGL-format XML (Lieberman et al. 2010; default
// ../shared/data/geo/geoparse-eval-en/lgl.xml, evaluation only). The gold toponym spans of each article
// are resolved together (src/geo/resolve.ts); a toponym is correct when the chosen point lies within
// 161 km (100 miles) of the gold point, as the geoparsing literature reports. Unresolved toponyms count
// as wrong. LGL marks demonyms ("Russian") as toponyms: those are looked up as their country, through
// the English actors resources' country table.
import { existsSync, readFileSync } from 'node:fs';
import type { Io } from '../cli/extract-command.js';
import { SitrepError, asSitrepError } from '../core/errors.js';
import { sharedPath } from '../core/paths.js';
import { distanceKm } from '../geo/distance.js';
import { foldName } from '../geo/fold.js';
import type { Gazetteer, GazetteerEntry } from '../geo/gazetteer.js';
import { openGazetteer } from '../geo/index.js';
import { resolveToponyms, type Resolution, type ToponymItem } from '../geo/resolve.js';
import { resourcesFor } from '../lang/registry.js';

export const DEFAULT_LGL = ['data', 'geo', 'geoparse-eval-en', 'lgl.xml'];
export const ACCURACY_KM = 161;

export type GoldToponym = ToponymItem & { lat: number; lon: number; fcode: string };
export type GeoArticle = { text: string; toponyms: GoldToponym[] };

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Reads LGL's XML: `<article><text>` with `<toponym><start><end><gaztag><lat><lon>`. Toponyms without a point are skipped. */
export function parseLgl(xml: string): GeoArticle[] {
  const out: GeoArticle[] = [];
  for (const m of xml.matchAll(/<article\b[\s\S]*?<\/article>/g)) {
    const a = m[0];
    const tm = /<text>(?:<!\[CDATA\[([\s\S]*?)\]\]>|([\s\S]*?))<\/text>/.exec(a);
    if (!tm) continue;
    const text = tm[1] ?? unescapeXml(tm[2] ?? '');
    const toponyms: GoldToponym[] = [];
    for (const t of a.matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)) {
      const body = t[1]!;
      const get = (tag: string) => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(body)?.[1];
      const lat = get('lat');
      const lon = get('lon');
      const start = Number(get('start'));
      const end = Number(get('end'));
      if (lat === undefined || lon === undefined || !(end > start) || end > text.length) continue;
      toponyms.push({ text: text.slice(start, end), start, end, lat: Number(lat), lon: Number(lon), fcode: get('fcode') ?? '' });
    }
    out.push({ text, toponyms });
  }
  return out;
}

/** folded English demonym -> the country's English name ("russians" -> "Russia") */
export function englishDemonyms(): Map<string, string> {
  const out = new Map<string, string>();
  const table = (resourcesFor('en').actors as { countries?: unknown }).countries;
  if (typeof table !== 'string') return out;
  for (const line of table.split('\n')) {
    const [, names, demonyms] = line.split('|');
    const name = names?.split(';')[0];
    if (!name || !demonyms) continue;
    for (const d of demonyms.split(/[;/]/)) {
      if (!d) continue;
      out.set(foldName(d), name);
      if (!/(?:ese|ish|ch|s)$/.test(d)) out.set(foldName(`${d}s`), name);
    }
  }
  return out;
}

export type GeoScore = {
  articles: number;
  total: number;
  correct: number;
  resolved: number;
  byCode: Map<string, { correct: number; total: number }>;
  seconds: number;
  errors: Array<{ gold: GoldToponym; entry?: GazetteerEntry; km?: number; resolution: Resolution }>;
};

export function scoreGeo(articles: GeoArticle[], gazetteer: Gazetteer): GeoScore {
  const demonyms = englishDemonyms();
  for (const a of articles) {
    for (const t of a.toponyms) {
      const country = demonyms.get(foldName(t.text));
      if (country) t.lookupName = country;
    }
  }
  const t0 = process.hrtime.bigint();
  const results = articles.map((a) => resolveToponyms(a.toponyms, gazetteer, { text: a.text }));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const s: GeoScore = { articles: articles.length, total: 0, correct: 0, resolved: 0, byCode: new Map(), seconds, errors: [] };
  articles.forEach((a, ai) => {
    a.toponyms.forEach((t, i) => {
      const r = results[ai]![i]!;
      s.total++;
      const c = s.byCode.get(t.fcode) ?? { correct: 0, total: 0 };
      c.total++;
      s.byCode.set(t.fcode, c);
      if (!r.entry) {
        s.errors.push({ gold: t, resolution: r });
        return;
      }
      s.resolved++;
      const km = distanceKm(t.lat, t.lon, r.entry.lat, r.entry.lon);
      if (km <= ACCURACY_KM) {
        s.correct++;
        c.correct++;
      } else s.errors.push({ gold: t, entry: r.entry, km, resolution: r });
    });
  });
  return s;
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;

export function formatGeoScore(s: GeoScore, label: string): string[] {
  return [
    `geo (${label}): ${s.articles} articles, ${s.total} toponyms with a gold point`,
    `accuracy within ${ACCURACY_KM} km: ${pct(s.correct, s.total)} (${s.correct}/${s.total}); resolved ${pct(s.resolved, s.total)}`,
    'by gold feature code: ' + [...s.byCode].sort((a, b) => b[1].total - a[1].total).slice(0, 8).map(([k, v]) => `${k} ${pct(v.correct, v.total)} of ${v.total}`).join(', '),
    `speed: ${Math.round(s.total / Math.max(1e-9, s.seconds))} toponyms/s`,
  ];
}

export async function runGeoEval(files: string[], opts: Record<string, unknown>, io: Io): Promise<number> {
  try {
    const given = [...(typeof opts.gold === 'string' ? [opts.gold] : []), ...files];
    const paths = given.length ? given : [sharedPath(...DEFAULT_LGL)];
    for (const p of paths) if (!existsSync(p)) throw new SitrepError('E_DATA_MISSING', `geo: ${p} not found`);
    const gazetteer = openGazetteer();
    try {
      for (const p of paths) {
        const s = scoreGeo(parseLgl(readFileSync(p, 'utf8')), gazetteer);
        io.stdout(formatGeoScore(s, p).join('\n') + '\n');
      }
    } finally {
      gazetteer.close();
    }
    return 0;
  } catch (err) {
    const e = asSitrepError(err);
    io.stderr(`${e.code}: ${e.message}\n`);
    return e.code === 'E_DATA_MISSING' ? 3 : 1;
  }
}
