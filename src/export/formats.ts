// Exports: CSV with ACLED-like columns, GeoJSON, PLOVER JSON lines. Rows are incidents (merged across
// reports, as ACLED rows are) or single event records.
import type { Count, EventRecord, Place } from '../core/record.js';
import type { IncidentSummary } from '../incidents/summary.js';
import type { StoredEvent, StoredIncident } from '../store/store.js';

export type ExportFormat = 'csv' | 'geojson' | 'plover-jsonl';
export type ExportLevel = 'incidents' | 'events';

export const CSV_COLUMNS = [
  'event_id',
  'event_date',
  'event_type',
  'sub_event_type',
  'sitrep_type',
  'actor1',
  'actor2',
  'country',
  'admin1',
  'admin2',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'time_precision',
  'fatalities',
  'fatalities_low',
  'fatalities_high',
  'injured',
  'claimant',
  'source',
  'source_count',
  'notes',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string | number | undefined>;

/** ACLED geo_precision: 1 the town itself, 2 a part of a region or near a town, 3 a larger region */
export function acledGeoPrecision(p?: Place['precision']): number | undefined {
  if (!p) return undefined;
  return p === 'point' || p === 'settlement' ? 1 : p === 'district' ? 2 : 3;
}

/** ACLED time_precision: 1 the day, 2 a few days or a week, 3 a month or more */
export function acledTimePrecision(start?: string, end?: string, precision?: string): number | undefined {
  if (!start) return undefined;
  if (precision === 'day' || (precision === undefined && start === end)) return 1;
  if (precision === 'week') return 2;
  if (precision === undefined && end) return Date.parse(end) - Date.parse(start) <= 7 * 86_400_000 ? 2 : 3;
  return 3;
}

function csvCell(v: string | number | undefined): string {
  if (v === undefined || v === null) return '';
  const s = String(v);
  // a leading = + - @ would run as a formula in a spreadsheet
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvHeader(): string {
  return CSV_COLUMNS.join(',') + '\n';
}

export function csvLine(row: Row): string {
  return CSV_COLUMNS.map((c) => csvCell(row[c])).join(',') + '\n';
}

const claimantText = (c: EventRecord['claimant']): string => (c === 'outlet' ? 'outlet' : c.text);
const count = (c?: Count) => c;

export function incidentRow(i: StoredIncident): Row {
  const s: IncidentSummary = i.summary;
  const loc = s.location;
  const claimants = [...new Set(s.claimants.map((c) => c.claimant))];
  return {
    event_id: `incident-${i.id}`,
    event_date: s.date ?? s.dateStart,
    event_type: s.acled?.eventType,
    sub_event_type: s.acled?.subEventType,
    sitrep_type: s.type,
    actor1: s.actors?.[0],
    actor2: s.recipients?.[0],
    country: loc?.country,
    admin1: loc?.admin1,
    admin2: loc?.admin2,
    location: loc?.name,
    latitude: loc?.lat,
    longitude: loc?.lon,
    geo_precision: acledGeoPrecision(loc?.precision),
    time_precision: acledTimePrecision(s.dateStart, s.dateEnd),
    fatalities: s.killed?.best ?? 0,
    fatalities_low: s.killed?.low ?? 0,
    fatalities_high: s.killed?.high ?? 0,
    injured: s.injured?.best,
    claimant: claimants.join('; '),
    source: s.sources.join('; '),
    source_count: s.sources.length,
    notes: s.evidence?.join(' | '),
  };
}

export function eventRow(e: StoredEvent): Row {
  const r = e.record;
  const loc = r.location;
  const k = count(r.size?.killed);
  return {
    event_id: r.id,
    event_date: r.date?.start,
    event_type: r.acled?.eventType,
    sub_event_type: r.acled?.subEventType,
    sitrep_type: r.type,
    actor1: r.actor.map((a) => a.text).join('; ') || undefined,
    actor2: r.recipient.map((a) => a.text).join('; ') || undefined,
    country: loc?.country,
    admin1: loc?.admin1,
    admin2: loc?.admin2,
    location: loc?.name,
    latitude: loc?.lat,
    longitude: loc?.lon,
    geo_precision: acledGeoPrecision(loc?.precision),
    time_precision: acledTimePrecision(r.date?.start, r.date?.end, r.date?.precision),
    fatalities: k?.best ?? 0,
    fatalities_low: k?.low ?? 0,
    fatalities_high: k?.high ?? 0,
    injured: r.size?.injured?.best,
    claimant: claimantText(r.claimant),
    source: r.articleId,
    source_count: 1,
    notes: r.evidence.map((s) => s.text).join(' … '),
  };
}

/** one GeoJSON Feature (a Point) per located row; unlocated rows are left out of a map */
export function geojsonFeature(row: Row): string | undefined {
  if (row.latitude === undefined || row.longitude === undefined) return undefined;
  const properties: Record<string, unknown> = {};
  for (const c of CSV_COLUMNS) if (c !== 'latitude' && c !== 'longitude' && row[c] !== undefined) properties[c] = row[c];
  return JSON.stringify({ type: 'Feature', geometry: { type: 'Point', coordinates: [row.longitude, row.latitude] }, properties });
}

/** a record in the layout of PLOVER's gold-standard records (source/target actors, eventLoc, dead/injured) */
export function ploverRecord(e: StoredEvent): string {
  const r = e.record;
  const actor = (a: EventRecord['actor'][number]) => ({ actorText: a.text, ...(a.country ? { code: a.country } : {}), ...(a.sector ? { sector: a.sector } : {}) });
  const out: Record<string, unknown> = {
    id: r.id,
    date: r.date?.start,
    source: r.actor.map(actor),
    target: r.recipient.map(actor),
    event: r.type,
    eventText: r.evidence.map((s) => s.text).join(' '),
  };
  if (r.mode) out.mode = r.mode;
  if (r.location) out.eventLoc = { name: r.location.name, 'country code': r.location.country, lat: r.location.lat, lon: r.location.lon };
  if (r.size?.killed) out.dead = r.size.killed.best;
  if (r.size?.injured) out.injured = r.size.injured.best;
  if (r.size?.arrested) out.arrested = r.size.arrested.best;
  out.status = r.status;
  out.claimant = r.claimant === 'outlet' ? 'outlet' : actor(r.claimant);
  out.publication = r.articleId;
  out.incident = e.incidentId;
  return JSON.stringify(out);
}
