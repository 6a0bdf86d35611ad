// Measures toponym resolution on LGL (Lieberman et al. 2010; ../shared/data/geo/geoparse-eval-en/lgl.xml,
// evaluation only): the gold toponym spans of each article are resolved together with src/geo/resolve.ts
// and a toponym counts as correct when the chosen point lies within 161 km (100 miles) of the gold point.
// Unresolved toponyms count as wrong. Prints accuracy, coverage and speed.
// Usage: npx tsc -p . && node dist/scripts/measure-geo.js [path/to/lgl.xml] [--errors N]
import { existsSync, readFileSync } from 'node:fs';
import { sharedPath } from '../src/core/paths.js';
import { openGazetteer, distanceKm } from '../src/geo/index.js';
import { resolveToponyms, type ToponymItem } from '../src/geo/resolve.js';
import { foldName } from '../src/geo/fold.js';
import { resourcesFor } from '../src/lang/registry.js';

type Gold = ToponymItem & { lat: number; lon: number; fcode: string };
type Article = { text: string; toponyms: Gold[] };

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function parseLgl(xml: string): Article[] {
  const out: Article[] = [];
  for (const m of xml.matchAll(/<article\b[\s\S]*?<\/article>/g)) {
    const a = m[0];
    const tm = /<text>(?:<!\[CDATA\[([\s\S]*?)\]\]>|([\s\S]*?))<\/text>/.exec(a);
    if (!tm) continue;
    const text = tm[1] ?? unescapeXml(tm[2] ?? '');
    const toponyms: Gold[] = [];
    for (const t of a.matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)) {
      const body = t[1]!;
      const get = (tag: string) => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(body)?.[1];
      const lat = get('lat');
      const lon = get('lon');
      if (lat === undefined || lon === undefined) continue; // toponyms without a gold point are not scored
      const start = Number(get('start'));
      const end = Number(get('end'));
      toponyms.push({ text: text.slice(start, end), start, end, lat: Number(lat), lon: Number(lon), fcode: get('fcode') ?? '' });
    }
    out.push({ text, toponyms });
  }
  return out;
}

function demonymTable(): Map<string, string> {
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
      if (!/(?:ese|ish|ch|s)$/.test(d)) out.set(foldName(d.endsWith('i') ? `${d}s` : `${d}s`), name);
    }
  }
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const errorsAt = args.indexOf('--errors');
  const showErrors = errorsAt >= 0 ? Number(args[errorsAt + 1]) : 0;
  const file = args.find((a, i) => !a.startsWith('--') && (errorsAt < 0 || i !== errorsAt + 1)) ?? sharedPath('data', 'geo', 'geoparse-eval-en', 'lgl.xml');
  if (!existsSync(file)) {
    console.log(`skipped: ${file} not found`);
    return;
  }
  const articles = parseLgl(readFileSync(file, 'utf8'));
  // LGL marks demonyms ("Russian") as toponyms: look them up as their country, from the actors stage's country table
  const demonyms = demonymTable();
  for (const a of articles) for (const t of a.toponyms) {
    const country = demonyms.get(foldName(t.text));
    if (country) t.lookupName = country;
  }
  const gaz = openGazetteer();
  let total = 0;
  let correct = 0;
  let resolved = 0;
  const errors: string[] = [];
  const byCode = new Map<string, [number, number]>();
  const t0 = process.hrtime.bigint();
  const results = articles.map((a) => resolveToponyms(a.toponyms, gaz, { text: a.text }));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  articles.forEach((a, ai) => {
    a.toponyms.forEach((t, i) => {
      const r = results[ai]![i]!;
      total++;
      const c = byCode.get(t.fcode) ?? [0, 0];
      c[1]++;
      if (r.entry) {
        resolved++;
        const d = distanceKm(t.lat, t.lon, r.entry.lat, r.entry.lon);
        if (d <= 161) {
          correct++;
          c[0]++;
        } else if (errors.length < showErrors) errors.push(`${t.text} -> ${r.entry.name} ${r.entry.country} ${r.entry.featureCode} (${Math.round(d)} km) [${r.rules.join(',')}]`);
      } else if (errors.length < showErrors) errors.push(`${t.text} -> unresolved (score ${r.score.toFixed(1)})`);
      byCode.set(t.fcode, c);
    });
  });
  for (const e of errors) console.log(e);
  console.log(`LGL: ${articles.length} articles, ${total} toponyms with a gold point`);
  console.log(`accuracy within 161 km: ${((100 * correct) / total).toFixed(1)}% (${correct}/${total}); resolved ${((100 * resolved) / total).toFixed(1)}%`);
  console.log('by gold feature code: ' + [...byCode].sort((a, b) => b[1][1] - a[1][1]).slice(0, 8).map(([k, [c, n]]) => `${k} ${((100 * c) / n).toFixed(0)}% of ${n}`).join(', '));
  console.log(`speed: ${Math.round(total / seconds)} toponyms/s (${seconds.toFixed(2)} s, cold cache)`);
  const t1 = process.hrtime.bigint();
  for (const a of articles) resolveToponyms(a.toponyms, gaz, { text: a.text });
  const warm = Number(process.hrtime.bigint() - t1) / 1e9;
  console.log(`speed: ${Math.round(total / warm)} toponyms/s (warm cache)`);
  gaz.close();
}

main();
