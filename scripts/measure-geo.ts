// Measures toponym resolution on LGL (../shared/data/geo/geoparse-eval-en/lgl.xml, evaluation only):
// the gold toponym spans of each article are resolved together and a toponym is correct within 161 km.
// The scoring lives in src/eval/geo.ts (also `sitrep eval geo`); this script adds error listing and a
// warm-cache speed figure.
// Usage: npx tsc -p . && node dist/scripts/measure-geo.js [path/to/lgl.xml] [--errors N]
import { existsSync, readFileSync } from 'node:fs';
import { sharedPath } from '../src/core/paths.js';
import { openGazetteer } from '../src/geo/index.js';
import { resolveToponyms } from '../src/geo/resolve.js';
import { DEFAULT_LGL, formatGeoScore, parseLgl, scoreGeo } from '../src/eval/geo.js';

function main(): void {
  const args = process.argv.slice(2);
  const errorsAt = args.indexOf('--errors');
  const showErrors = errorsAt >= 0 ? Number(args[errorsAt + 1]) : 0;
  const file = args.find((a, i) => !a.startsWith('--') && (errorsAt < 0 || i !== errorsAt + 1)) ?? sharedPath(...DEFAULT_LGL);
  if (!existsSync(file)) {
    console.log(`skipped: ${file} not found`);
    return;
  }
  const articles = parseLgl(readFileSync(file, 'utf8'));
  const gazetteer = openGazetteer();
  const s = scoreGeo(articles, gazetteer);
  for (const e of s.errors.slice(0, showErrors)) {
    const r = e.entry ? `${e.entry.name} ${e.entry.country} ${e.entry.featureCode} (${Math.round(e.km!)} km) [${e.resolution.rules.join(',')}]` : `unresolved (score ${e.resolution.score.toFixed(1)})`;
    console.log(`${e.gold.text} (${e.gold.lat}, ${e.gold.lon}) -> ${r}`);
  }
  for (const line of formatGeoScore(s, 'LGL, cold cache')) console.log(line);
  const t0 = process.hrtime.bigint();
  for (const a of articles) resolveToponyms(a.toponyms, gazetteer, { text: a.text });
  const warm = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`speed: ${Math.round(s.total / warm)} toponyms/s (warm cache)`);
  gazetteer.close();
}

main();
