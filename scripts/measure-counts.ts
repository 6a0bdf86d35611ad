// Measures the counts layer on outside data (never imported by runtime code).
//   GVA (English, evaluation only): for each incident with articles, the largest killed / injured count
//   found in its articles (0 when none) against the incident's num_killed / num_injured.
//   POPCORN (French, trainable): per text, the largest killed / injured count against the largest
//   DEATHS_NUMBER / INJURED_NUMBER value (texts with such a relation only).
// Usage: node dist/scripts/measure-counts.js [--gva path] [--popcorn path] [--errors N] [--limit N] [--first] [--gva-only]
//   --first: per article, take the first count of each category instead of the largest
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Doc } from '../src/core/doc.js';
import { sharedPath } from '../src/core/paths.js';
import { findBrokenSpan } from '../src/core/span.js';
import { resourcesFor } from '../src/lang/registry.js';
import { segmentSentences, assignSentences } from '../src/text/sentences.js';
import { tokensStage } from '../src/text/tokens.js';
import { numbersStage } from '../src/mentions/numbers/index.js';
import type { StageContext } from '../src/core/stage.js';
import type { CountCategory } from '../src/core/doc.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const showErrors = Number(arg('--errors') ?? 0);
const limit = Number(arg('--limit') ?? Infinity);
let stageMs = 0;
let stageDocs = 0;
let brokenSpans = 0;

function countsOf(text: string, lang: 'en' | 'fr'): Doc {
  const doc = new Doc({ id: 'm', text, lang, published: '2020-01-01' });
  const ctx: StageContext = { resources: resourcesFor(lang), debug: false };
  assignSentences(doc, segmentSentences(text, lang, ctx.resources.text));
  tokensStage.run(doc, ctx);
  const t0 = process.hrtime.bigint();
  numbersStage.run(doc, ctx);
  stageMs += Number(process.hrtime.bigint() - t0) / 1e6;
  stageDocs++;
  if (findBrokenSpan(doc.text, doc.allSpans())) brokenSpans++;
  return doc;
}

function maxOf(doc: Doc, category: CountCategory): number {
  let best = 0;
  for (const c of doc.counts) if (c.category === category && c.count.best > best) best = c.count.best;
  return best;
}

/** the first count of the category in the article (title and lead state the main incident), or 0 */
function firstOf(doc: Doc, category: CountCategory): number {
  for (const c of doc.counts) if (c.category === category) return c.count.best;
  return 0;
}

const aggregate = process.argv.includes('--first') ? firstOf : maxOf;

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)}% (${n}/${d})` : 'n/a';
}

function measureGva(dir: string): void {
  type Incident = { incident_uri: string; num_killed: number; num_injured: number };
  type Document = { id: string; incident_id: string; title: string; content: string };
  const incidents = new Map<string, Incident>();
  for (const line of readFileSync(join(dir, 'incidents.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const inc = JSON.parse(line) as Incident;
    incidents.set(inc.incident_uri, inc);
  }
  const predicted = new Map<string, { killed: number; injured: number; evidence: string[] }>();
  let n = 0;
  for (const line of readFileSync(join(dir, 'documents.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as Document;
    if (!incidents.has(d.incident_id)) continue;
    if (n++ >= limit) break;
    const text = `${d.title ?? ''}\n\n${d.content ?? ''}`;
    const doc = countsOf(text, 'en');
    const p = predicted.get(d.incident_id) ?? { killed: 0, injured: 0, evidence: [] };
    p.killed = Math.max(p.killed, aggregate(doc, 'killed'));
    p.injured = Math.max(p.injured, aggregate(doc, 'injured'));
    for (const c of doc.counts) if (c.category !== 'arrested') p.evidence.push(`${c.category}=${c.count.best} [${c.rule}] ${c.span.text}`);
    predicted.set(d.incident_id, p);
  }
  let killedOk = 0;
  let injuredOk = 0;
  let bothOk = 0;
  let killedOver = 0;
  let killedUnder = 0;
  let injuredOver = 0;
  let injuredUnder = 0;
  const errors: string[] = [];
  for (const [id, p] of predicted) {
    const g = incidents.get(id)!;
    const k = p.killed === g.num_killed;
    const i = p.injured === g.num_injured;
    if (k) killedOk++;
    else if (p.killed > g.num_killed) killedOver++;
    else killedUnder++;
    if (i) injuredOk++;
    else if (p.injured > g.num_injured) injuredOver++;
    else injuredUnder++;
    if (k && i) bothOk++;
    if ((!k || !i) && errors.length < showErrors) {
      errors.push(`#${id} gold killed=${g.num_killed} injured=${g.num_injured} | ours killed=${p.killed} injured=${p.injured}\n    ${p.evidence.slice(0, 8).join('\n    ')}`);
    }
  }
  const total = predicted.size;
  const baselineKilled = [...predicted.keys()].filter((id) => incidents.get(id)!.num_killed === 0).length;
  const baselineInjured = [...predicted.keys()].filter((id) => incidents.get(id)!.num_injured === 0).length;
  console.log(`GVA incidents with articles: ${total} (${n} articles); per article: ${aggregate === firstOf ? 'first' : 'largest'} count, per incident: largest over its articles`);
  console.log(`  killed exact:   ${pct(killedOk, total)}  over ${killedOver} under ${killedUnder}  (all-zero baseline ${pct(baselineKilled, total)})`);
  console.log(`  injured exact:  ${pct(injuredOk, total)}  over ${injuredOver} under ${injuredUnder}  (all-zero baseline ${pct(baselineInjured, total)})`);
  console.log(`  both exact:     ${pct(bothOk, total)}`);
  if (errors.length) console.log(errors.join('\n'));
}

function measurePopcorn(dir: string): void {
  type Entity = { id: number; type: string; value?: string; mentions: { value: string; start: number; end: number }[] };
  type Text = { text: string; entities: Entity[]; relations: [number, string, number][] };
  let total = 0;
  let killedTexts = 0;
  let killedOk = 0;
  let injuredTexts = 0;
  let injuredOk = 0;
  let falseKilled = 0;
  let falseInjured = 0;
  const errors: string[] = [];
  for (const file of ['manual_corpus/train.json', 'synthetic_corpus/synthetic.json']) {
    const path = join(dir, 'data', file);
    if (!existsSync(path)) continue;
    const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Text> | Record<string, Text>[];
    // the manual corpus is {id: text}; the synthetic one a list of such objects
    const texts = (Array.isArray(raw) ? raw : [raw]).flatMap((o) => Object.values(o as Record<string, Text>));
    for (const t of texts) {
      if (!t?.entities) continue;
      total++;
      const byId = new Map(t.entities.map((e) => [e.id, e]));
      const gold = { killed: -1, injured: -1 };
      for (const [, rel, obj] of t.relations) {
        const cat = rel === 'DEATHS_NUMBER' ? 'killed' : rel === 'INJURED_NUMBER' ? 'injured' : undefined;
        const v = Number(byId.get(obj)?.value);
        if (cat && Number.isFinite(v)) gold[cat] = Math.max(gold[cat], v);
      }
      const doc = countsOf(t.text, 'fr');
      const ours = { killed: maxOf(doc, 'killed'), injured: maxOf(doc, 'injured') };
      for (const cat of ['killed', 'injured'] as const) {
        if (gold[cat] < 0) {
          if (ours[cat] > 0) cat === 'killed' ? falseKilled++ : falseInjured++;
          continue;
        }
        if (cat === 'killed') killedTexts++;
        else injuredTexts++;
        const ok = ours[cat] === gold[cat];
        if (ok) cat === 'killed' ? killedOk++ : injuredOk++;
        else if (errors.length < showErrors) {
          const ev = doc.counts.filter((c) => c.category === cat).map((c) => `${c.count.best} [${c.rule}] ${c.span.text}`);
          errors.push(`${cat} gold=${gold[cat]} ours=${ours[cat]} | ${ev.join(' ; ')}`);
        }
      }
    }
  }
  console.log(`POPCORN texts: ${total}`);
  console.log(`  killed exact (texts with a deaths number):   ${pct(killedOk, killedTexts)}; texts without one where we report deaths: ${falseKilled}`);
  console.log(`  injured exact (texts with an injured number): ${pct(injuredOk, injuredTexts)}; texts without one where we report injured: ${falseInjured}`);
  if (errors.length) console.log(errors.join('\n'));
}

const gva = arg('--gva') ?? sharedPath('data', 'events', 'event-semeval2018t5-gva-en');
const popcorn = arg('--popcorn') ?? sharedPath('data', 'events', 'event-popcorn-fr');
if (existsSync(join(gva, 'documents.jsonl'))) measureGva(gva);
else console.log(`GVA not found at ${gva}: skipped`);
if (!process.argv.includes('--gva-only')) {
  if (existsSync(popcorn)) measurePopcorn(popcorn);
  else console.log(`POPCORN not found at ${popcorn}: skipped`);
}
console.log(`numbers stage: ${(stageMs / Math.max(1, stageDocs)).toFixed(3)} ms per article over ${stageDocs} articles (wall clock); articles with a broken span: ${brokenSpans}`);
