// Measures the actors stage on the PLOVER gold sentences (../shared/data/events/event-plover-gsr-en):
// for each gold source/target actor, is there an actor mention overlapping its text, and does it carry
// the gold country code? Usage: node dist/scripts/eval-actors-plover.js [--file path] [--misses N]
import { readFileSync, existsSync } from 'node:fs';
import { Doc } from '../src/core/doc.js';
import { sharedPath } from '../src/core/paths.js';
import { resourcesFor } from '../src/lang/registry.js';
import { segmentSentences, assignSentences } from '../src/text/sentences.js';
import { tokensStage } from '../src/text/tokens.js';
import { findActors } from '../src/mentions/actors/index.js';
import type { StageContext } from '../src/core/stage.js';

type GoldActor = { actorText?: string; code?: string; sector?: string };
type GoldRecord = { id: string; text?: string; date?: string; source?: GoldActor[] | string; target?: GoldActor[] | string };

// CAMEO codes in the gold that differ from ISO 3166 alpha-3
const ALIASES: Record<string, string> = { JAP: 'JPN', ITL: 'ITA', ROM: 'ROU', SER: 'SRB', BOS: 'BIH', GER: 'DEU' };

function arg(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const file = arg('--file') ?? sharedPath('data', 'events', 'event-plover-gsr-en', 'PLOVER_GSR_CAMEO.txt');
if (!existsSync(file)) {
  console.error(`eval-actors-plover: ${file} not found`);
  process.exit(1);
}
const showMisses = Number(arg('--misses') ?? 0);
const records = JSON.parse(readFileSync(file, 'utf8')) as GoldRecord[];
const res = resourcesFor('en');
const ctx: StageContext = { resources: res, debug: false };

let gold = 0;
let located = 0;
let covered = 0;
let countryRight = 0;
let withSector = 0;
let sectorRight = 0;
let predicted = 0;
const misses: string[] = [];
const t0 = performance.now();
let tokens = 0;
for (const r of records) {
  if (!r.text) continue;
  const doc = new Doc({ id: r.id, text: r.text, lang: 'en', published: r.date ?? '2000-01-01' });
  assignSentences(doc, segmentSentences(r.text, 'en', res.text));
  tokensStage.run(doc, ctx);
  tokens += doc.tokens.length;
  const actors = findActors(doc, res);
  predicted += actors.length;
  for (const g of [r.source, r.target]) {
    if (!Array.isArray(g)) continue;
    for (const a of g) {
      if (!a.actorText || !a.code) continue;
      gold++;
      let start = r.text.indexOf(a.actorText.trim());
      if (start < 0) start = r.text.toLowerCase().indexOf(a.actorText.trim().toLowerCase());
      if (start < 0) continue;
      located++;
      const end = start + a.actorText.trim().length;
      const over = actors.filter((m) => m.span.start < end && start < m.span.end);
      const code = ALIASES[a.code] ?? a.code;
      const countryOf = (m: (typeof actors)[number]) => m.country ?? (m.id?.startsWith('IMG') ? 'IMG' : undefined);
      if (over.length) covered++;
      const right = over.find((m) => countryOf(m) === code);
      if (right) countryRight++;
      else if (misses.length < showMisses) misses.push(`${a.code}\t${a.actorText}\t${over.map((m) => `[${m.text}:${m.country ?? '-'}]`).join(' ')}\t${r.text.slice(0, 140)}`);
      if (a.sector && right) {
        withSector++;
        if (right.sector === a.sector.slice(0, 3)) sectorRight++;
      }
    }
  }
}
const ms = performance.now() - t0;
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
console.log(`PLOVER GSR actors: ${gold} gold actors with a code, ${located} found verbatim in their sentence`);
console.log(`  covered by an actor mention:      ${covered} (${pct(covered, located)})`);
console.log(`  with the gold country/IGO code:   ${countryRight} (${pct(countryRight, located)} of located, ${pct(countryRight, gold)} of all)`);
console.log(`  sector right where gold gives one: ${sectorRight}/${withSector} (${pct(sectorRight, withSector)})`);
console.log(`  ${predicted} mentions predicted; ${tokens} tokens in ${ms.toFixed(0)} ms (including the first-use lexicon build)`);
for (const m of misses) console.log('  miss\t' + m);
