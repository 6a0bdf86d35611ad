// Incidents: the reports of one happening merged across articles.
export { compatible, familyOf, mergeViewOf, placesCompatible, datesCompatible, actorsCompatible, PRECISION_RADIUS_KM, type MergeView } from './rules.js';
export { summarize, type IncidentSummary, type SourceClaim, type Member } from './summary.js';
export { mainEventOf } from './main-event.js';
