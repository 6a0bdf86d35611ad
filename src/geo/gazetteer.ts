// The one interface behind which places are looked up. The geoparser issue replaces the implementation,
// not this contract.
import type { PlacePrecision } from '../core/record.js';

export type GazetteerEntry = {
  geonamesId?: number;
  name: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-3 */
  country: string;
  admin1?: string;
  admin2?: string;
  /** GeoNames feature class (P, A, L, T, ...) and code (PPLA, ADM1, PCLI, RGN, ...) */
  featureClass: string;
  featureCode: string;
  population: number;
  precision: PlacePrecision;
};

export interface Gazetteer {
  /** candidates whose name or alternate name matches `name` after folding accents, case and transliteration */
  lookup(name: string): GazetteerEntry[];
  /** the country entry for an ISO3 code */
  country(iso3: string): GazetteerEntry | undefined;
  close(): void;
}
