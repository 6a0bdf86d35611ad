// `sitrep eval plover`: English event types and source countries on the PLOVER gold standard records
// (PLOVER_GSR_CAMEO.txt, the CAMEO manual's example sentences coded in PLOVER; a JSON array). Each record is
// one sentence with one gold event type and source/target actors (code = ISO3 or IGO/NGO, sector).
//
// Figures:
//   accuracy        share of sentences where sitrep outputs an event of the gold type (any status);
//   source country  among those, share where an actor of such an event has one of the gold source countries
//                   (over sentences whose gold source has a country code);
//   confusion       per gold type, what sitrep outputs instead when it misses (the types of its events, or none).
// The file predates PLOVER 0.8: DEMAND, DISAPPROVE, INVESTIGATE and FIGHT are mapped to today's types as
// CAMEO2PLOVER-2021.txt does (10 -> REQUEST, 11 -> ACCUSE, 09 -> ACCUSE, 18-20 -> ASSAULT).
import { existsSync, readFileSync } from 'node:fs';
import type { Io } from '../cli/extract-command.js';
import type { EventRecord } from '../core/record.js';
import { sharedPath } from '../core/paths.js';
import { createExtractor, type Extractor } from '../pipeline/extract.js';

export const DEFAULT_PLOVER = ['data', 'events', 'event-plover-gsr-en', 'PLOVER_GSR_CAMEO.txt'];

/** labels of the older PLOVER drafts -> PLOVER 0.8 types (CAMEO2PLOVER-2021.txt) */
export const PLOVER_LEGACY: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };

/** codes in the file that are not today's ISO 3166-1 alpha-3 */
const CODE_ALIASES: Record<string, string> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM' };
/** actor codes that name no country (international bodies, militarized groups, Islamic movements) */
const NON_COUNTRY = new Set(['IGO', 'NGO', 'IMG', 'ISM', 'UNO']);

type GsrActor = { actorText?: string; code?: string; sector?: string };
type GsrRecord = { id: string; event: string; text?: string; date?: string; source?: GsrActor[]; target?: GsrActor[]; eventText?: string };
export type PloverItem = { id: string; text: string; type: string; label: string; date: string; sourceCountries: string[]; sourceCodes: string[] };

export function loadPlover(path: string): PloverItem[] {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as GsrRecord[];
  const out: PloverItem[] = [];
  for (const r of raw) {
    if (r.event === 'DOCUMENT' || !r.text) continue;
    const codes = (r.source ?? []).map((a) => (a.code ? CODE_ALIASES[a.code] ?? a.code : '')).filter(Boolean);
    out.push({
      id: r.id,
      text: r.text,
      label: r.event,
      type: PLOVER_LEGACY[r.event] ?? r.event,
      date: /^\d{4}-\d{2}-\d{2}$/.test(r.date ?? '') ? r.date! : '2000-01-01',
      sourceCodes: codes,
      sourceCountries: codes.filter((c) => !NON_COUNTRY.has(c)),
    });
  }
  return out;
}

type Ratio = { right: number; total: number };
export type PloverScore = {
  sentences: number;
  hits: number;
  accuracy: number;
  anyEvent: number;
  country: Ratio;
  /** gold type -> { n, hit, instead: predicted type (or "none") -> count over misses } */
  byType: Record<string, { n: number; hit: number; country: Ratio; instead: Record<string, number> }>;
  /** predicted type -> sentences where it was output although the gold type differs */
  spurious: Record<string, number>;
  misses: Array<{ id: string; type: string; got: string[]; text: string }>;
};

export function scorePlover(items: PloverItem[], run: (it: PloverItem) => EventRecord[]): PloverScore {
  const s: PloverScore = { sentences: items.length, hits: 0, accuracy: 0, anyEvent: 0, country: { right: 0, total: 0 }, byType: {}, spurious: {}, misses: [] };
  for (const it of items) {
    const events = run(it);
    const t = (s.byType[it.type] ??= { n: 0, hit: 0, country: { right: 0, total: 0 }, instead: {} });
    t.n++;
    if (events.length) s.anyEvent++;
    const types = [...new Set(events.map((e) => e.type))];
    for (const ty of types) if (ty !== it.type) s.spurious[ty] = (s.spurious[ty] ?? 0) + 1;
    const ofType = events.filter((e) => e.type === it.type);
    if (!ofType.length) {
      for (const ty of types.length ? types : ['none']) t.instead[ty] = (t.instead[ty] ?? 0) + 1;
      s.misses.push({ id: it.id, type: it.type, got: types, text: it.text });
      continue;
    }
    t.hit++;
    s.hits++;
    if (it.sourceCountries.length) {
      t.country.total++;
      s.country.total++;
      if (ofType.some((e) => e.actor.some((a) => a.country !== undefined && it.sourceCountries.includes(a.country)))) {
        t.country.right++;
        s.country.right++;
      }
    }
  }
  s.accuracy = s.sentences ? s.hits / s.sentences : 0;
  return s;
}

export function ploverRunner(extractor: Extractor): (it: PloverItem) => EventRecord[] {
  return (it) => extractor.extract({ id: it.id, text: it.text, lang: 'en', published: it.date });
}

export function ploverTable(s: PloverScore): string[] {
  const pct = (a: number, b: number) => (b ? (a / b).toFixed(2) : '-');
  const lines = ['gold type      n  accuracy  country  sitrep output when missed'];
  for (const [type, t] of Object.entries(s.byType).sort((a, b) => b[1].n - a[1].n)) {
    const instead = Object.entries(t.instead).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
    lines.push(`${type.padEnd(11)} ${String(t.n).padStart(4)}  ${pct(t.hit, t.n).padStart(8)}  ${pct(t.country.right, t.country.total).padStart(7)}  ${instead}`);
  }
  const spurious = Object.entries(s.spurious).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
  lines.push(
    '',
    `types output on sentences of another gold type: ${spurious || 'none'}`,
    `plover: ${s.sentences} sentences, accuracy ${s.accuracy.toFixed(2)} (${s.hits}), any event ${pct(s.anyEvent, s.sentences)}, ` +
      `source country ${pct(s.country.right, s.country.total)} (${s.country.right}/${s.country.total})`,
  );
  return lines;
}

export async function runPloverEval(files: string[], opts: Record<string, unknown>, io: Io): Promise<number> {
  const path = (typeof opts.data === 'string' ? opts.data : undefined) ?? files[0] ?? sharedPath(...DEFAULT_PLOVER);
  if (!existsSync(path)) {
    io.stderr(`E_FILE_NOT_FOUND: ${path} (pass --data FILE)\n`);
    return 2;
  }
  const items = loadPlover(path);
  const extractor = createExtractor();
  let s: PloverScore;
  try {
    s = scorePlover(items, ploverRunner(extractor));
  } finally {
    extractor.close();
  }
  if (opts.errors) for (const m of s.misses) io.stdout(`missed\t${m.id}\t${m.type}\tgot ${m.got.join(',') || 'none'}\t${m.text}\n`);
  io.stdout(ploverTable(s).join('\n') + '\n');
  if (opts.json) {
    const perType = Object.fromEntries(
      Object.entries(s.byType).map(([k, t]) => [k, { n: t.n, accuracy: t.n ? t.hit / t.n : 0, country: t.country.total ? t.country.right / t.country.total : null, instead: t.instead }]),
    );
    io.stdout(
      JSON.stringify({
        suite: 'plover', sentences: s.sentences, accuracy: s.accuracy, anyEvent: s.sentences ? s.anyEvent / s.sentences : 0,
        sourceCountry: s.country.total ? s.country.right / s.country.total : null, sourceCountryN: s.country.total, perType, spurious: s.spurious,
      }) + '\n',
    );
  }
  return 0;
}
