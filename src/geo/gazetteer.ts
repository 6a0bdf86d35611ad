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
  /** gazetteer row id, stable within one built file */
  id?: number;
  /** GeoNames division codes ("AZ.65", "US.LA.079"), to tell whether a place lies inside a named division */
  admin1Code?: string;
  admin2Code?: string;
  /** for a part of a town ("Logan Square"): the town it belongs to ("Chicago") */
  city?: string;
  /** how the looked-up name matched: the place's own name, an alternate name, or only its transliteration skeleton */
  matched?: 'name' | 'alternate' | 'translit';
};

export type LookupOptions = {
  /**
   * also the places whose name only shares `name`'s transliteration skeleton ("Choucha" -> Şuşa), even when
   * some name matches exactly (default true; without it, variants are returned only when nothing matches exactly)
   */
  variants?: boolean;
  /**
   * false: only the places whose own or alternate name matches, never those matched by the skeleton alone, even
   * when nothing matches exactly (default true). For callers that drop such matches anyway: an implementation
   * may spare itself the search for them, or return them to be dropped.
   */
  translit?: boolean;
};

export interface Gazetteer {
  /** candidates whose name or alternate name matches `name` after folding accents, case and transliteration */
  lookup(name: string, options?: LookupOptions): GazetteerEntry[];
  /** the country entry for an ISO3 code */
  country(iso3: string): GazetteerEntry | undefined;
  /** the capital of a country (its most populous PPLC), when the gazetteer knows it */
  capital?(iso3: string): GazetteerEntry | undefined;
  close(): void;
}
