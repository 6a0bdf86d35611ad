// Hand-built event records for store and incident tests (no extraction involved); not used at run time.
import type { EventRecord, Place } from '../core/record.js';

export const PLACES: Record<string, Place> = {
  gao: { text: 'Gao', name: 'Gao', lat: 16.27167, lon: -0.04472, country: 'MLI', admin1: 'Gao', precision: 'settlement', inferred: false, geonamesId: 2457163 },
  bamako: { text: 'Bamako', name: 'Bamako', lat: 12.65, lon: -8.0, country: 'MLI', admin1: 'Bamako', precision: 'settlement', inferred: false, geonamesId: 2460596 },
  ansongo: { text: 'Ansongo', name: 'Ansongo', lat: 15.66, lon: 0.50, country: 'MLI', admin1: 'Gao', precision: 'settlement', inferred: false, geonamesId: 2460954 },
  gaoRegion: { text: 'la région de Gao', name: 'Gao', lat: 16.5, lon: 0.5, country: 'MLI', admin1: 'Gao', precision: 'region', inferred: false },
  chicago: { text: 'Chicago', name: 'Chicago', lat: 41.85, lon: -87.65, country: 'USA', admin1: 'Illinois', admin2: 'Cook County', precision: 'settlement', inferred: false, geonamesId: 4887398 },
  cook: { text: 'Cook County', name: 'Cook County', lat: 41.8, lon: -87.75, country: 'USA', admin1: 'Illinois', admin2: 'Cook County', precision: 'district', inferred: false },
  houston: { text: 'Houston', name: 'Houston', lat: 29.76, lon: -95.36, country: 'USA', admin1: 'Texas', admin2: 'Harris County', precision: 'settlement', inferred: false, geonamesId: 4699066 },
};

export type EventSpec = {
  articleId: string;
  type?: string;
  place?: keyof typeof PLACES;
  date?: string;
  stated?: boolean;
  killed?: number;
  killedHigh?: number;
  injured?: number;
  claimant?: string;
  actor?: string;
  status?: EventRecord['status'];
  at?: number;
};

export function eventRecord(spec: EventSpec): EventRecord {
  const at = spec.at ?? 10;
  const count = (n: number, high = n) => ({ best: n, low: n, high, text: String(n) });
  const size: EventRecord['size'] = {};
  if (spec.killed !== undefined) size.killed = count(spec.killed, spec.killedHigh ?? spec.killed);
  if (spec.injured !== undefined) size.injured = count(spec.injured);
  const span = (text: string, start: number) => ({ start, end: start + text.length, text });
  return {
    id: `${spec.articleId}:${at}-${at + 7}`,
    articleId: spec.articleId,
    type: spec.type ?? 'ASSAULT',
    status: spec.status ?? 'asserted',
    actor: spec.actor ? [{ text: spec.actor, span: span(spec.actor, 0), country: 'MLI', sector: 'REB' }] : [],
    recipient: [],
    claimant: spec.claimant ? { text: spec.claimant, span: span(spec.claimant, 100), sector: 'GOV' } : 'outlet',
    location: spec.place ? { ...PLACES[spec.place]! } : undefined,
    date: spec.date ? { start: spec.date, end: spec.date, precision: 'day', stated: spec.stated ?? true } : undefined,
    size: Object.keys(size).length ? size : undefined,
    framing: [],
    evidence: [span('attaqué', at)],
    confidence: 0.9,
    provenance: ['test'],
  };
}

/** an article whose text is unique to its id, with its records */
export function articleWith(id: string, specs: Omit<EventSpec, 'articleId'>[], published = '2024-03-14'): { article: { id: string; text: string; published: string; lang: string }; events: EventRecord[] } {
  return {
    article: { id, text: `Article ${id}: des hommes armés ont attaqué un poste. ${'x'.repeat(120)}`, published, lang: 'fr' },
    events: specs.map((s, i) => eventRecord({ ...s, articleId: id, at: s.at ?? 10 + i * 20 })),
  };
}
