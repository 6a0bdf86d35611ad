// When two event records from different reports describe the same happening. Every rule is pairwise and
// symmetric, so incidents (connected components of compatible pairs) do not depend on arrival order.
import type { EventRecord, PlacePrecision } from '../core/record.js';
import { distanceKm } from '../geo/distance.js';

/** The fields merging looks at, as the store keeps them in indexed columns. */
export type MergeView = {
  id: string;
  articleId: string;
  family: string;
  type: string;
  dateStart?: string;
  dateEnd?: string;
  dateStated: boolean;
  lat?: number;
  lon?: number;
  precision?: PlacePrecision;
  locationName?: string;
  admin1?: string;
  admin2?: string;
  country?: string;
  geonamesId?: number;
  /** the population of the town (a big city has many incidents a day: its days must agree) */
  population?: number;
  /** for a part of a town: the town it belongs to */
  locality?: string;
  actorNames: string[];
  /** for an article's main record: the private persons the article names (keys of doc.persons) */
  persons?: string[];
  /** the article's main record */
  main?: boolean;
  /** the day comes from the words (its sentence, or told nearby), not from the publication date */
  dayTold: boolean;
};

/** Types reported as the same kind of happening merge together; statements (ACCUSE, REQUEST...) stay by type. */
const FAMILY: Record<string, string> = {
  ASSAULT: 'violence',
  ACCIDENT: 'accident',
  DISASTER: 'disaster',
  FIRE: 'fire',
  EPIDEMIC: 'epidemic',
  CRIME: 'crime',
  PROTEST: 'protest',
  COERCE: 'coercion',
  MOBILIZE: 'mobilization',
};

/** the merge family of a record, or undefined when it does not take part (negated, conditional, future...) */
export function familyOf(e: Pick<EventRecord, 'type' | 'status' | 'mode'>): string | undefined {
  if (e.status !== 'asserted') return undefined;
  // one source's accidental shooting is another's shooting: both are the same kind of happening
  if (e.type === 'ACCIDENT' && e.mode === 'firearms') return FAMILY.ASSAULT;
  return FAMILY[e.type] ?? e.type.toLowerCase();
}

/** how far from its coordinates a place of this precision may be, in km */
export const PRECISION_RADIUS_KM: Record<PlacePrecision, number> = {
  point: 3,
  settlement: 20,
  district: 80,
  region: 400,
  country: 2500,
};

/** largest radius any event can have: the search window around a new event */
export const MAX_RADIUS_KM = PRECISION_RADIUS_KM.country;

/**
 * days of slack between two dates: a report's unstated date is its publication day, often a day or two late. In a
 * big city none: a report a day later without a day of its own is more often of the next shooting than of this one.
 */
export function dateToleranceDays(a: MergeView, b: MergeView): number {
  const big = (v: MergeView) => (v.population ?? 0) >= BIG_CITY || !!v.locality;
  if (big(a) || big(b)) return 0;
  return a.dateStated && b.dateStated ? 1 : 2;
}

/** a town this populous has several shootings a day: two of its reports merge only on the same day */
const BIG_CITY = 250_000;

/** dates further apart than this never merge, whatever their precision */
export const MAX_DATE_GAP_DAYS = 6;

const DAY = 86_400_000;
const dayNumber = (iso: string): number => Math.floor(Date.parse(iso) / DAY);

export function datesCompatible(a: MergeView, b: MergeView): boolean {
  if (!a.dateStart || !b.dateStart) return false;
  const tol = dateToleranceDays(a, b);
  const aS = dayNumber(a.dateStart);
  const aE = dayNumber(a.dateEnd ?? a.dateStart);
  const bS = dayNumber(b.dateStart);
  const bE = dayNumber(b.dateEnd ?? b.dateStart);
  // a vague date (a month, a year) would chain days weeks apart into one incident: only short spans merge
  if (aE - aS > MAX_DATE_GAP_DAYS || bE - bS > MAX_DATE_GAP_DAYS) return dayInMonth(a, b) || dayInMonth(b, a);
  if (aS - tol <= bE && bS - tol <= aE) return true;
  return publicationLag(a, b) || publicationLag(b, a);
}

/** a town this small has a shooting a month at most: a story dated by its month there is of the day another tells */
const SMALL_TOWN = 50_000;
/** the longest vague date that may hold another report's day: a month */
export const MONTH_DAYS = 31;

/**
 * "the shooting in September" and "Thursday's shooting", both the main story of their articles, in the same small
 * town (or a place of unknown size: a village, a county): the month holds the day, and they are one incident (the
 * follow-up dates it by its month).
 */
function dayInMonth(a: MergeView, b: MergeView): boolean {
  if (!a.main || !b.main || !a.dateStart || !b.dateStart || !b.dayTold) return false;
  if ((a.population ?? 0) >= SMALL_TOWN || (b.population ?? 0) >= SMALL_TOWN || a.locality || b.locality) return false;
  const aS = dayNumber(a.dateStart);
  const aE = dayNumber(a.dateEnd ?? a.dateStart);
  const bS = dayNumber(b.dateStart);
  if (aE - aS > MONTH_DAYS || dayNumber(b.dateEnd ?? b.dateStart) !== bS) return false;
  return aS <= bS && bS <= aE;
}

/** how many days after an incident a report that gives no day of its own may be published and still be of it */
const PUBLICATION_LAG_DAYS = 1;

/**
 * A report that gives no day (its date is its publication day) published the day after another report's stated
 * day: both the main story of their articles, they tell the same incident even in a big city. Records told in
 * passing keep the big city's same-day rule (a roundup's shootings would chain the city's nights together).
 */
function publicationLag(a: MergeView, b: MergeView): boolean {
  if (!a.main || !b.main || !a.dateStart || !b.dateStart) return false;
  const lag = dayNumber(a.dateStart) - dayNumber(b.dateEnd ?? b.dateStart);
  if (lag < 1 || lag > PUBLICATION_LAG_DAYS) return false;
  return !a.dayTold && b.dayTold;
}

/** distinct settlements closer than this are parts of one town */
const NEIGHBOURHOOD_KM = 5;
/** ... or in the same county and this close */
const SAME_COUNTY_QUARTER_KM = 12;
/** ... the town at least this many times as populous as its quarter */
const QUARTER_RATIO = 3;

const fine = (p?: PlacePrecision): boolean => p === 'point' || p === 'settlement';
const norm = (s?: string): string => (s ?? '').toLowerCase().replace(/\b(county|parish|city of|city)\b/g, '').replace(/[^a-z0-9\u00c0-\u024f]+/g, ' ').trim();

export function placesCompatible(a: MergeView, b: MergeView): boolean {
  if (a.lat === undefined || b.lat === undefined || a.lon === undefined || b.lon === undefined || !a.precision || !b.precision) return false;
  if (a.country && b.country && a.country !== b.country) return false;
  const sameAdmin1 = !a.admin1 || !b.admin1 || norm(a.admin1) === norm(b.admin1);
  const d = distanceKm(a.lat, a.lon, b.lat, b.lon);
  if (fine(a.precision) && fine(b.precision)) {
    if (a.geonamesId !== undefined && a.geonamesId === b.geonamesId) return true;
    if (norm(a.locationName) === norm(b.locationName) && sameAdmin1) return d <= PRECISION_RADIUS_KM.settlement;
    // a quarter and the town it belongs to are one place; two quarters of one town are two
    if (sameAdmin1 && ((a.locality && norm(a.locality) === norm(b.locationName)) || (b.locality && norm(b.locality) === norm(a.locationName)))) return true;
    if (a.locality && b.locality && norm(a.locality) === norm(b.locality)) return false;
    // two different towns are two places, unless one is a quarter of the other (South Shore in Chicago): two
    // quarters of a city, alike in size, are two places too (West Englewood and South Chicago)
    const sameAdmin2 = !!a.admin2 && !!b.admin2 && norm(a.admin2) === norm(b.admin2);
    const quarter = !a.population || !b.population || Math.max(a.population, b.population) >= QUARTER_RATIO * Math.min(a.population, b.population);
    return sameAdmin1 && (d <= NEIGHBOURHOOD_KM || (sameAdmin2 && quarter && d <= SAME_COUNTY_QUARTER_KM));
  }
  if (!sameAdmin1 && (a.precision !== 'country' && b.precision !== 'country') && (a.precision !== 'region' && b.precision !== 'region')) return false;
  // a town inside the county or region the other report names
  const [coarse, other] = PRECISION_RADIUS_KM[a.precision] >= PRECISION_RADIUS_KM[b.precision] ? [a, b] : [b, a];
  if (coarse.precision === 'district' && other.admin2 && norm(other.admin2) === norm(coarse.locationName)) return true;
  // a town of another county is not in this one, however near its centre (Chicago is no town of DuPage County)
  if (coarse.precision === 'district' && fine(other.precision) && other.admin2 && coarse.locationName) return false;
  return d <= PRECISION_RADIUS_KM[coarse.precision!];
}

export function actorsCompatible(a: MergeView, b: MergeView): boolean {
  if (a.actorNames.length === 0 || b.actorNames.length === 0) return true;
  const names = new Set(a.actorNames.map((n) => n.toLowerCase()));
  return b.actorNames.some((n) => names.has(n.toLowerCase()));
}

/** how long after an incident a report naming its people may follow it: the charge, the trial, the sentencing */
export const FOLLOW_UP_DAYS = 3 * 366;

/**
 * Two articles' main records name the same private person (the victim, the accused, by first and last name) and
 * lie within the follow-up span: the later one follows the earlier one's incident, whatever day it gives.
 */
export function namedTogether(a: MergeView, b: MergeView): boolean {
  if (!a.persons?.length || !b.persons?.length || !a.dateStart || !b.dateStart) return false;
  const gap = Math.max(dayNumber(a.dateStart), dayNumber(b.dateStart)) - Math.min(dayNumber(a.dateEnd ?? a.dateStart), dayNumber(b.dateEnd ?? b.dateStart));
  if (gap > FOLLOW_UP_DAYS) return false;
  const mine = new Set(a.persons);
  return b.persons.some((p) => mine.has(p));
}

/**
 * true when the two records may report the same happening; never across two different towns, nor a week apart
 * unless both articles are about the same named people
 */
export function compatible(a: MergeView, b: MergeView): boolean {
  if (a.family !== b.family) return false;
  // (the actors last: a stored record's are read from its JSON)
  if (datesCompatible(a, b) && placesCompatible(a, b)) return actorsCompatible(a, b);
  // the same named person: the follow-up may name the next town (the hospital's, the court's) of the same state
  return namedTogether(a, b) && (placesCompatible(a, b) || sameArea(a, b)) && actorsCompatible(a, b);
}

/** a person's follow-up is told from this far at most (the county seat, the hospital's town) */
const FOLLOW_UP_KM = 50;

function sameArea(a: MergeView, b: MergeView): boolean {
  if (a.lat === undefined || b.lat === undefined || a.lon === undefined || b.lon === undefined) return false;
  if (a.country !== b.country || !a.admin1 || norm(a.admin1) !== norm(b.admin1)) return false;
  return distanceKm(a.lat, a.lon, b.lat, b.lon) <= FOLLOW_UP_KM;
}

/** the merge view of a record, or undefined when it does not take part in incidents */
export function mergeViewOf(e: EventRecord): MergeView | undefined {
  const family = familyOf(e);
  if (!family) return undefined;
  const loc = e.location;
  return {
    id: e.id,
    articleId: e.articleId,
    family,
    type: e.type,
    dateStart: e.date?.start,
    dateEnd: e.date?.end,
    dateStated: e.date?.stated ?? false,
    lat: loc?.lat,
    lon: loc?.lon,
    precision: loc?.precision,
    locationName: loc?.name,
    admin1: loc?.admin1,
    admin2: loc?.admin2,
    country: loc?.country,
    geonamesId: loc?.geonamesId,
    population: loc?.population,
    locality: loc?.locality,
    actorNames: [...e.actor].filter((a) => a.name).map((a) => a.name!),
    dayTold: !e.provenance.includes('date.publication'),
  };
}
