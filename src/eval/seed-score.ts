// Scoring of event records against a sitrep-gold/1 annotation, as described in ../shared/seed/README.md.
import type { EventRecord, Actor } from '../core/record.js';

type GoldActor = { text: string; country: string[]; sector: string[]; optional?: boolean } | null;
type GoldEvent = {
  id: string;
  required: boolean;
  type: string;
  alsoAccept?: string[];
  status: string;
  actor: GoldActor;
  recipient?: GoldActor;
  claimant: 'outlet' | { country: string[]; sector: string[] };
  location: { country: string; lat: number; lon: number; radiusKm: number; optional?: boolean } | null;
  date: { earliest: string; latest: string } | null;
  killed: number | null;
  evidence: string;
  alsoEvidence?: string[];
};
type Forbidden = { id: string; match: Record<string, unknown> };
export type Gold = { format: string; document: { language: string; published: string }; events: GoldEvent[]; forbidden?: Forbidden[]; totals: { killed: number } };

export type SeedScore = {
  foundRequired: number;
  required: number;
  matchedPredicted: number;
  predicted: number;
  precision: number;
  fields: Record<string, { right: number; total: number }>;
  forbidden: string[];
  killedTotal: number;
  goldKilled: number;
  lines: string[];
  pass: boolean;
};

type Range = [number, number];
const overlaps = (a: Range, b: Range) => a[0] < b[1] && b[0] < a[1];

/** Sentences as the seed scorer cuts them: after . ! ? before whitespace, and at blank lines. */
export function seedSentences(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?](?=\s)|\n\s*\n/g)) {
    const end = m.index! + m[0].length;
    out.push([start, end]);
    start = end;
  }
  out.push([start, text.length]);
  return out;
}

function actorOk(gold: GoldActor | undefined, pred: Actor[] | undefined): boolean {
  const list = pred ?? [];
  if (!gold) return list.every((p) => !p.sector || p.sector === 'UNK');
  return list.some((p) => p.country !== undefined && gold.country.includes(p.country) && p.sector !== undefined && gold.sector.includes(p.sector));
}

function claimantOk(gold: GoldEvent['claimant'], pred: EventRecord['claimant']): boolean {
  if (gold === 'outlet') return pred === 'outlet';
  if (pred === 'outlet') return false;
  return pred.country !== undefined && gold.country.includes(pred.country) && pred.sector !== undefined && gold.sector.includes(pred.sector);
}

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

function locationOk(gold: GoldEvent['location'], pred: EventRecord['location']): boolean {
  if (!gold) return true;
  if (!pred) return !!gold.optional;
  return pred.country === gold.country && km(gold.lat, gold.lon, pred.lat, pred.lon) <= gold.radiusKm;
}

function pad(d: string, end: boolean): string {
  if (d.length === 4) return d + (end ? '-12-31' : '-01-01');
  if (d.length === 7) return d + (end ? '-31' : '-01');
  return d.slice(0, 10);
}

function dateOk(gold: GoldEvent['date'], pred: EventRecord['date']): boolean {
  if (!gold) return true;
  if (!pred?.start) return false;
  return pad(pred.start, false) <= gold.latest && gold.earliest <= pad(pred.end || pred.start, true);
}

const killedOf = (p: EventRecord) => p.size?.killed?.best;

export function scoreSeed(gold: Gold, text: string, preds: EventRecord[]): SeedScore {
  const sentences = seedSentences(text);
  const sentenceOf = (i: number): Range => sentences.find(([a, b]) => a <= i && i < b) ?? [0, text.length];
  const passages = new Map<string, Array<{ span: Range; sentence: Range }>>();
  for (const g of gold.events) {
    passages.set(
      g.id,
      [g.evidence, ...(g.alsoEvidence ?? [])].map((q) => {
        const i = text.indexOf(q);
        if (i < 0) throw new Error(`gold evidence not found in text: ${q}`);
        return { span: [i, i + q.length] as Range, sentence: sentenceOf(i) };
      }),
    );
  }
  const matches = (p: EventRecord, g: GoldEvent) =>
    [g.type, ...(g.alsoAccept ?? [])].includes(p.type) &&
    p.evidence.some((e) => passages.get(g.id)!.some((q) => overlaps([e.start, e.end], q.span) && q.sentence[0] <= e.start && e.end <= q.sentence[1]));

  const fields: SeedScore['fields'] = {};
  for (const k of ['actor', 'recipient', 'claimant', 'location', 'date', 'killed', 'status']) fields[k] = { right: 0, total: 0 };
  const matched = new Set<number>();
  const bestOf = new Map<string, number>();
  const lines: string[] = [];
  let foundRequired = 0;
  for (const g of gold.events) {
    const cands = preds.map((p, i) => (matches(p, g) ? i : -1)).filter((i) => i >= 0);
    cands.forEach((i) => matched.add(i));
    if (!cands.length) {
      lines.push(`  ${g.id} ${g.type.padEnd(9)} ${g.required ? 'MISSING' : 'not found (optional)'}`);
      continue;
    }
    if (g.required) foundRequired++;
    let best: Record<string, boolean> | undefined;
    let bestIndex = cands[0]!;
    for (const i of cands) {
      const p = preds[i]!;
      const res: Record<string, boolean> = {
        actor: actorOk(g.actor, p.actor),
        claimant: claimantOk(g.claimant, p.claimant),
        location: locationOk(g.location, p.location),
        date: dateOk(g.date, p.date),
        killed: (killedOf(p) || null) === g.killed,
        status: p.status === g.status,
      };
      const rec = g.recipient;
      if (!(rec && rec.optional && !p.recipient.length)) res.recipient = actorOk(rec, p.recipient);
      const score = (r: Record<string, boolean>) => Object.values(r).filter(Boolean).length;
      if (!best || score(res) > score(best)) {
        best = res;
        bestIndex = i;
      }
    }
    bestOf.set(g.id, bestIndex);
    if (g.required) for (const [k, v] of Object.entries(best!)) {
      fields[k]!.total++;
      if (v) fields[k]!.right++;
    }
    const wrong = Object.entries(best!).filter(([, v]) => !v).map(([k]) => k);
    lines.push(`  ${g.id} ${g.type.padEnd(9)} found; wrong fields: ${wrong.join(', ') || 'none'}`);
  }

  const forbidden: string[] = [];
  for (const p of preds) {
    for (const f of gold.forbidden ?? []) {
      const m = f.match as Record<string, any>;
      let hit = false;
      if ('killed' in m) hit = killedOf(p) === m.killed;
      else if ('locationCountryNot' in m) {
        const loc = p.location;
        if (loc?.country && loc.country !== m.locationCountryNot) {
          const named = (m.locationTextAny as string[] ?? []).some((w) => (loc.text ?? '').toLowerCase().includes(w.toLowerCase()));
          const placed = gold.events.some((g) => (m.appliesTo as string[] ?? []).includes(g.id) && matches(p, g));
          hit = named || placed;
        }
      } else {
        const types: string[] = Array.isArray(m.type) ? m.type : [m.type];
        const i = text.indexOf(m.evidence);
        const near = i >= 0 && p.evidence.some((e) => overlaps([e.start, e.end], [i, i + m.evidence.length]));
        hit =
          types.includes(p.type) &&
          p.status === (m.status ?? p.status) &&
          near &&
          (!('actorCountry' in m) || p.actor.some((a) => a.country === m.actorCountry)) &&
          (!('recipientSector' in m) || p.recipient.some((a) => a.sector === m.recipientSector));
      }
      if (hit) forbidden.push(f.id);
    }
  }
  let killedTotal = 0;
  for (const i of bestOf.values()) if (preds[i]!.status === 'asserted') killedTotal += killedOf(preds[i]!) ?? 0;
  preds.forEach((p, j) => {
    if (!matched.has(j) && p.status === 'asserted') killedTotal += killedOf(p) ?? 0;
  });
  const required = gold.events.filter((g) => g.required).length;
  const precision = preds.length ? matched.size / preds.length : required === 0 ? 1 : 0;
  const fieldAcc = Object.values(fields).filter((f) => f.total > 0).map((f) => f.right / f.total);
  const pass = foundRequired === required && precision >= 0.8 && forbidden.length === 0 && killedTotal === gold.totals.killed && fieldAcc.every((a) => a >= 0.8);
  return { foundRequired, required, matchedPredicted: matched.size, predicted: preds.length, precision, fields, forbidden, killedTotal, goldKilled: gold.totals.killed, lines, pass };
}
