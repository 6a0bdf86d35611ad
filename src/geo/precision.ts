// How precise a gazetteer feature is as an event location, from its GeoNames feature class and code.
import type { PlacePrecision } from '../core/record.js';

export function precisionOf(featureClass: string, featureCode: string): PlacePrecision {
  if (featureCode.startsWith('PCL')) return 'country';
  if (featureCode === 'ADM1' || featureCode === 'RGN' || featureCode === 'ISL' || featureCode === 'AREA') return 'region';
  if (featureCode.startsWith('ADM')) return 'district';
  if (featureClass === 'P') return 'settlement';
  return 'point';
}
