// The event record of DESIGN.md: one per event mention in one article.
import type { Span } from './span.js';

export type EventStatus = 'asserted' | 'negated' | 'conditional' | 'hypothetical' | 'future';
export type DatePrecision = 'day' | 'week' | 'month' | 'year';
export type PlacePrecision = 'point' | 'settlement' | 'district' | 'region' | 'country';

export type Actor = {
  text: string;
  span: Span;
  name?: string;
  country?: string; // ISO3 or IGO/NGO code
  sector?: string; // GOV MIL REB COP CVL JRN UNK ...
  id?: string;
};

export type Place = {
  text: string;
  span?: Span;
  name: string;
  geonamesId?: number;
  lat: number;
  lon: number;
  country: string; // ISO3
  admin1?: string;
  admin2?: string;
  /** for a part of a town ("Logan Square"): the town it belongs to ("Chicago"); for a US place addressed through another town's post office ("Dyker Heights"), that town ("Brooklyn") */
  locality?: string;
  /** the resolved place's population (GeoNames), when known */
  population?: number;
  precision: PlacePrecision;
  inferred: boolean;
};

export type Count = { best: number; low: number; high: number; text: string };

export type EventDate = {
  start: string;
  end: string;
  precision: DatePrecision;
  stated: boolean;
  text?: string;
};

export type EventRecord = {
  id: string;
  articleId: string;
  type: string;
  mode?: string;
  acled?: { eventType: string; subEventType: string };
  status: EventStatus;
  actor: Actor[];
  recipient: Actor[];
  claimant: Actor | 'outlet';
  cue?: Span;
  location?: Place;
  date?: EventDate;
  size?: { killed?: Count; injured?: Count; arrested?: Count };
  framing: string[];
  evidence: Span[];
  confidence: number;
  provenance: string[];
};
