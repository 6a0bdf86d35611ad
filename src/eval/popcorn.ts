// `sitrep eval popcorn`: French event-type detection on the POPCORN corpus (Emvista, manual_corpus/train.json
// by default). A text is a dict entry {text, entities, relations}; event entities carry the POPCORN event
// type and their mentions (character offsets). sitrep has no POPCORN types, so each is mapped to the sitrep
// types that count as finding it (POPCORN_TYPES below); types sitrep does not model are left out.
//
// Figures:
//   recall (strict)  a gold event entity is found when sitrep outputs an event of an accepted type whose
//                    evidence overlaps one of the entity's mentions;
//   recall (text)    ... or an event of an accepted type anywhere in the text (looser);
//   precision        share of sitrep events, of the types POPCORN can express (the image of the mapping),
//                    whose type is accepted by one of the text's gold event entities; sitrep events of other
//                    types (CONSULT, ACCUSE, ...) are out of scope and not counted;
//   killed/injured   on found gold events with a DEATHS_NUMBER / INJURED_NUMBER relation: a matching
//                    sitrep event's count range holds the gold value;
//   place            on found gold events with IS_LOCATED_IN places: a matching sitrep event's place span
//                    overlaps one of those places' mentions, or its resolved name equals one.
import { existsSync, readFileSync } from 'node:fs';
import type { Io } from '../cli/extract-command.js';
import type { EventRecord } from '../core/record.js';
import { sharedPath } from '../core/paths.js';
import { createExtractor, type Extractor } from '../pipeline/extract.js';

/** POPCORN event type -> sitrep types accepted as finding it (the first is the intended one), or null when sitrep has no counterpart. */
export const POPCORN_TYPES: Record<string, string[] | null> = {
  ACCIDENT: ['ACCIDENT'],
  FIRE: ['FIRE'],
  // chemical, gas or industrial incidents: leaks and explosions, reported as accidents or fires
  CBRN_EVENT: ['ACCIDENT', 'FIRE'],
  NATURAL_EVENT: ['DISASTER'],
  EPIDEMIC: ['EPIDEMIC'],
  THEFT: ['CRIME'],
  TRAFFICKING: ['CRIME'],
  // drug deals and the police operations against them
  DRUG_OPERATION: ['CRIME', 'COERCE'],
  CRIMINAL_ARREST: ['COERCE'], // mode arrest
  BOMBING: ['ASSAULT'], // mode explosives, aerial or shelling
  POLITICAL_VIOLENCE: ['ASSAULT', 'PROTEST'],
  CIVIL_WAR_OUTBREAK: ['ASSAULT'],
  RIOT: ['PROTEST'], // mode riot
  AGITATING_TROUBLE_MAKING: ['PROTEST', 'ASSAULT'],
  HOOLIGANISM_TROUBLEMAKING: ['PROTEST', 'ASSAULT'],
  STRIKE: ['PROTEST'], // mode strike
  DEMONSTRATION: ['PROTEST'],
  ILLEGAL_CIVIL_DEMONSTRATION: ['PROTEST'],
  // no sitrep counterpart
  GATHERING: null, // meetings, concerts, ceremonies
  ELECTION: null,
  ECONOMICAL_CRISIS: null,
  POLLUTION: null,
  COUP_D_ETAT: null,
  SUICIDE: null,
  NATURAL_CAUSES_DEATH: null,
};

/** POPCORN gives no publication date; relative dates are resolved against this fixed one. */
export const POPCORN_PUBLISHED = '2022-06-15';

export const DEFAULT_POPCORN = ['data', 'events', 'event-popcorn-fr', 'data', 'manual_corpus', 'train.json'];

type Mention = { value: string; start: number; end: number };
type PopcornEntity = { id: number; type: string; value?: string; mentions: Mention[] };
export type PopcornText = { id: string; text: string; entities: PopcornEntity[]; relations: Array<[number, string, number]> };

/** Reads a POPCORN file: a dict of texts, or (synthetic corpus) a list of such dicts. */
export function loadPopcorn(path: string): PopcornText[] {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const dicts = (Array.isArray(raw) ? raw : [raw]) as Array<Record<string, Omit<PopcornText, 'id'>>>;
  const out: PopcornText[] = [];
  for (const d of dicts) for (const [id, t] of Object.entries(d)) out.push({ id, text: t.text, entities: t.entities ?? [], relations: t.relations ?? [] });
  return out;
}

type GoldEvent = { type: string; accepted: string[]; mentions: Mention[]; killed?: number; injured?: number; places: Mention[] };

export function goldEvents(t: PopcornText): GoldEvent[] {
  const byId = new Map(t.entities.map((e) => [e.id, e]));
  const out = new Map<number, GoldEvent>();
  for (const e of t.entities) {
    const accepted = POPCORN_TYPES[e.type];
    if (accepted) out.set(e.id, { type: e.type, accepted, mentions: e.mentions, places: [] });
  }
  for (const [s, p, o] of t.relations) {
    const g = out.get(s);
    const obj = byId.get(o);
    if (!g || !obj) continue;
    const n = Number.parseFloat(obj.value ?? '');
    if (p === 'DEATHS_NUMBER' && Number.isFinite(n)) g.killed = n;
    else if (p === 'INJURED_NUMBER' && Number.isFinite(n)) g.injured = n;
    else if ((p === 'IS_LOCATED_IN' || p === 'STARTED_IN') && obj.type === 'PLACE') g.places.push(...obj.mentions);
  }
  return [...out.values()];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const norm = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, "'").trim();

/** sitrep types that POPCORN can express at all: the scope of precision */
export const POPCORN_SCOPE = new Set(Object.values(POPCORN_TYPES).flatMap((v) => v ?? []));

type Tally = { gold: number; strict: number; loose: number };
type Ratio = { right: number; total: number };

export type PopcornScore = {
  texts: number;
  byGoldType: Record<string, Tally>;
  bySitrepType: Record<string, { predicted: number; right: number }>;
  gold: number;
  foundStrict: number;
  foundLoose: number;
  predicted: number;
  predictedRight: number;
  precision: number;
  recall: number;
  recallLoose: number;
  f1: number;
  f1Loose: number;
  killed: Ratio & { gold: number };
  injured: Ratio & { gold: number };
  place: Ratio & { gold: number };
  errors: Array<{ id: string; kind: 'missed' | 'spurious'; type: string; text: string }>;
};

const ratio = (a: number, b: number) => (b ? a / b : 0);
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

export function scorePopcorn(texts: PopcornText[], run: (t: PopcornText) => EventRecord[]): PopcornScore {
  const s: PopcornScore = {
    texts: texts.length, byGoldType: {}, bySitrepType: {}, gold: 0, foundStrict: 0, foundLoose: 0, predicted: 0, predictedRight: 0,
    precision: 0, recall: 0, recallLoose: 0, f1: 0, f1Loose: 0,
    killed: { right: 0, total: 0, gold: 0 }, injured: { right: 0, total: 0, gold: 0 }, place: { right: 0, total: 0, gold: 0 }, errors: [],
  };
  for (const t of texts) {
    const gold = goldEvents(t);
    const events = run(t);
    const goldTypes = new Set(gold.flatMap((g) => g.accepted));
    for (const e of events) {
      if (!POPCORN_SCOPE.has(e.type)) continue;
      const st = (s.bySitrepType[e.type] ??= { predicted: 0, right: 0 });
      st.predicted++;
      s.predicted++;
      if (goldTypes.has(e.type)) {
        st.right++;
        s.predictedRight++;
      } else s.errors.push({ id: t.id, kind: 'spurious', type: e.type, text: e.evidence.map((v) => v.text).join(' … ') });
    }
    for (const g of gold) {
      const tally = (s.byGoldType[g.type] ??= { gold: 0, strict: 0, loose: 0 });
      tally.gold++;
      s.gold++;
      const ofType = events.filter((e) => g.accepted.includes(e.type));
      const matched = ofType.filter((e) => e.evidence.some((v) => g.mentions.some((m) => overlaps(v, m))));
      if (matched.length) {
        tally.strict++;
        s.foundStrict++;
      } else s.errors.push({ id: t.id, kind: 'missed', type: g.type, text: [...new Set(g.mentions.map((m) => m.value))].join(' | ') });
      if (ofType.length) {
        tally.loose++;
        s.foundLoose++;
      }
      for (const [field, value] of [['killed', g.killed], ['injured', g.injured]] as const) {
        if (value === undefined) continue;
        s[field].gold++;
        if (!matched.length) continue;
        s[field].total++;
        if (matched.some((e) => { const c = e.size?.[field]; return c !== undefined && c.low <= value && value <= c.high; })) s[field].right++;
      }
      if (g.places.length) {
        s.place.gold++;
        const located = matched.filter((e) => e.location);
        if (located.length) {
          s.place.total++;
          const names = new Set(g.places.map((m) => norm(m.value)));
          if (located.some((e) => {
            const l = e.location!;
            return (l.span !== undefined && g.places.some((m) => overlaps(l.span!, m))) || names.has(norm(l.name)) || names.has(norm(l.text));
          })) s.place.right++;
        }
      }
    }
  }
  s.precision = ratio(s.predictedRight, s.predicted);
  s.recall = ratio(s.foundStrict, s.gold);
  s.recallLoose = ratio(s.foundLoose, s.gold);
  s.f1 = f1(s.precision, s.recall);
  s.f1Loose = f1(s.precision, s.recallLoose);
  return s;
}

/** Runs the extractor on POPCORN texts as French articles with the fixed publication date. */
export function popcornRunner(extractor: Extractor): (t: PopcornText) => EventRecord[] {
  return (t) => extractor.extract({ id: `popcorn-${t.id}`, text: t.text, lang: 'fr', published: POPCORN_PUBLISHED });
}

export function popcornTable(s: PopcornScore): string[] {
  const pct = (a: number, b: number) => (b ? (a / b).toFixed(2) : '-');
  const lines = ['POPCORN type                 gold  recall  recall(text)  -> sitrep'];
  for (const [type, t] of Object.entries(s.byGoldType).sort((a, b) => b[1].gold - a[1].gold)) {
    lines.push(`${type.padEnd(28)} ${String(t.gold).padStart(4)}  ${pct(t.strict, t.gold).padStart(6)}  ${pct(t.loose, t.gold).padStart(12)}  ${POPCORN_TYPES[type]!.join('/')}`);
  }
  lines.push('', 'sitrep type   predicted  precision');
  for (const [type, t] of Object.entries(s.bySitrepType).sort((a, b) => b[1].predicted - a[1].predicted)) {
    lines.push(`${type.padEnd(12)} ${String(t.predicted).padStart(10)}  ${pct(t.right, t.predicted).padStart(9)}`);
  }
  const excluded = Object.entries(POPCORN_TYPES).filter(([, v]) => !v).map(([k]) => k);
  lines.push(
    '',
    `excluded POPCORN types (no sitrep counterpart): ${excluded.join(', ')}`,
    `killed agreement ${s.killed.right}/${s.killed.total} (gold counts ${s.killed.gold}), injured ${s.injured.right}/${s.injured.total} (gold ${s.injured.gold}), ` +
      `place ${s.place.right}/${s.place.total} (gold events with a place ${s.place.gold})`,
    `popcorn: ${s.texts} texts, gold events ${s.gold}, sitrep events in scope ${s.predicted}; precision ${s.precision.toFixed(2)}, ` +
      `recall ${s.recall.toFixed(2)} (text-level ${s.recallLoose.toFixed(2)}), F1 ${s.f1.toFixed(2)} (text-level ${s.f1Loose.toFixed(2)})`,
  );
  return lines;
}

export async function runPopcornEval(files: string[], opts: Record<string, unknown>, io: Io): Promise<number> {
  const path = (typeof opts.data === 'string' ? opts.data : undefined) ?? files[0] ?? sharedPath(...DEFAULT_POPCORN);
  if (!existsSync(path)) {
    io.stderr(`E_FILE_NOT_FOUND: ${path} (pass --data FILE.json)\n`);
    return 2;
  }
  const texts = loadPopcorn(path);
  const extractor = createExtractor();
  let s: PopcornScore;
  try {
    s = scorePopcorn(texts, popcornRunner(extractor));
  } finally {
    extractor.close();
  }
  if (opts.errors) for (const e of s.errors) io.stdout(`${e.kind}\t${e.id}\t${e.type}\t${e.text}\n`);
  io.stdout(popcornTable(s).join('\n') + '\n');
  if (opts.json) {
    const perType = Object.fromEntries(Object.entries(s.byGoldType).map(([k, t]) => [k, { gold: t.gold, recall: ratio(t.strict, t.gold), recallText: ratio(t.loose, t.gold) }]));
    const perSitrepType = Object.fromEntries(Object.entries(s.bySitrepType).map(([k, t]) => [k, { predicted: t.predicted, precision: ratio(t.right, t.predicted) }]));
    io.stdout(
      JSON.stringify({
        suite: 'popcorn', texts: s.texts, gold: s.gold, predicted: s.predicted,
        precision: s.precision, recall: s.recall, f1: s.f1, recallText: s.recallLoose, f1Text: s.f1Loose,
        killed: s.killed, injured: s.injured, place: s.place, perType, perSitrepType,
      }) + '\n',
    );
  }
  return 0;
}
