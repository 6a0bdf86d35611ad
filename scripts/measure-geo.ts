// Measures toponym resolution on LGL, GeoVirus or GeoWebNews (../shared/data/geo/geoparse-eval-en, evaluation only):
// the gold toponym spans of each article are resolved together and a toponym is correct within 161 km.
// The scoring lives in src/eval/geo.ts (also `sitrep eval geo`); this script adds error listing and a
// warm-cache speed figure.
// Usage: npx tsc -p . && node dist/scripts/measure-geo.js [path/to/lgl.xml|GeoVirus.xml|GeoWebNews.GWN.xml] [--errors N]
import { existsSync, readFileSync } from 'node:fs';
import { sharedPath } from '../src/core/paths.js';
import { openGazetteer } from '../src/geo/index.js';
import { resolveToponyms } from '../src/geo/resolve.js';
import { DEFAULT_LGL, countryLocator, formatGeoScore, readGold, scoreGeo, scoreRecognition } from '../src/eval/geo.js';
import type { Gazetteer } from '../src/geo/gazetteer.js';
import { Doc } from '../src/core/doc.js';
import { buildPipeline, type Stage } from '../src/core/stage.js';
import { resourcesFor } from '../src/lang/registry.js';
import { sentencesStage } from '../src/text/sentences.js';
import { tokensStage } from '../src/text/tokens.js';
import { actorsStage } from '../src/mentions/actors/index.js';
import { placesStage } from '../src/mentions/places/index.js';

/**
 * French detection on POPCORN (../shared/data/events/event-popcorn-fr, MIT, trainable): capitalised PLACE
 * mentions the stage finds (span overlap), and the share of the stage's named places that are PLACE mentions.
 * POPCORN gives no coordinates, so resolution is not scored here.
 */
function frenchDetection(gazetteer: Gazetteer): string[] {
  const file = sharedPath('data', 'events', 'event-popcorn-fr', 'data', 'manual_corpus', 'train.json');
  if (!existsSync(file)) return [`skipped French detection: ${file} not found`];
  type Mention = { value: string; start: number; end: number };
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { text: string; entities: { type: string; mentions: Mention[] }[] }>;
  const french: Stage = { name: 'language.fixed-fr', requires: [], assigns: ['language'], run: (doc) => { doc.lang = 'fr'; doc.langConfidence = 1; } };
  const pipeline = buildPipeline([french, sentencesStage, tokensStage, actorsStage, placesStage], resourcesFor);
  let gold = 0;
  let found = 0;
  let resolved = 0;
  let system = 0;
  let systemOk = 0;
  for (const t of Object.values(data)) {
    const doc = new Doc({ id: 'popcorn', text: t.text, lang: 'fr', published: '2020-01-01' });
    pipeline.run(doc, { gazetteer, debug: false });
    const all = t.entities.filter((e) => e.type === 'PLACE').flatMap((e) => e.mentions).filter((m) => t.text.slice(m.start, m.end) === m.value);
    for (const m of all.filter((x) => /^\p{Lu}/u.test(x.value))) {
      gold++;
      const p = doc.places.find((x) => x.span.start < m.end && m.start < x.span.end);
      if (p) {
        found++;
        if (p.place) resolved++;
      }
    }
    for (const p of doc.places) {
      if (p.anaphoric) continue;
      system++;
      if (all.some((m) => p.span.start < m.end && m.start < p.span.end)) systemOk++;
    }
  }
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
  return [`French detection (POPCORN train): found ${pct(found, gold)} of capitalised PLACE mentions (${found}/${gold}, ${resolved} resolved); ${pct(systemOk, system)} of the stage's named places are PLACE mentions (${systemOk}/${system})`];
}

function main(): void {
  const args = process.argv.slice(2);
  const errorsAt = args.indexOf('--errors');
  const showErrors = errorsAt >= 0 ? Number(args[errorsAt + 1]) : 0;
  const file = args.find((a, i) => !a.startsWith('--') && (errorsAt < 0 || i !== errorsAt + 1)) ?? sharedPath(...DEFAULT_LGL);
  if (!existsSync(file)) {
    console.log(`skipped: ${file} not found`);
    return;
  }
  const { articles } = readGold(file);
  const gazetteer = openGazetteer();
  const s = scoreGeo(articles, gazetteer, countryLocator());
  for (const e of s.errors.slice(0, showErrors)) {
    const r = e.entry ? `${e.entry.name} ${e.entry.country} ${e.entry.featureCode} (${Math.round(e.km!)} km) [${e.resolution.rules.join(',')}]` : `unresolved (score ${e.resolution.score.toFixed(1)})`;
    console.log(`${e.gold.text} (${e.gold.lat}, ${e.gold.lon}) -> ${r}`);
  }
  for (const line of formatGeoScore(s, file, scoreRecognition(readGold(file).articles, gazetteer))) console.log(line);
  const t0 = process.hrtime.bigint();
  for (const a of articles) resolveToponyms(a.toponyms, gazetteer, { text: a.text });
  const warm = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`speed: ${Math.round(s.total / warm)} toponyms/s (warm cache)`);
  for (const line of frenchDetection(gazetteer)) console.log(line);
  gazetteer.close();
}

main();
