// How precise a gazetteer feature is as an event location, from its GeoNames feature class and code.
import type { PlacePrecision } from '../core/record.js';

/** first-level divisions with fewer people than this (Azerbaijani rayons, small provinces) are districts, not regions */
const SMALL_ADM1 = 300_000;

/** continents, oceans, seas, gulfs, straits, lakes, rivers, mountain ranges, deserts, peninsulas and named regions: wide areas */
const WIDE = new Set(['RGN', 'ISL', 'AREA', 'CONT', 'OCN', 'SEA', 'GULF', 'BAY', 'STRT', 'LK', 'STM', 'MTS', 'DSRT', 'PEN']);

export function precisionOf(featureClass: string, featureCode: string, population = Infinity): PlacePrecision {
  if (featureCode.startsWith('PCL')) return 'country';
  if (featureCode === 'ADM1') return population < SMALL_ADM1 ? 'district' : 'region';
  if (WIDE.has(featureCode)) return 'region';
  if (featureCode.startsWith('ADM')) return 'district';
  if (featureClass === 'P') return 'settlement';
  return 'point';
}
