// Exports and the query options shared by events, incidents and export.
export * from './formats.js';
export { parseFilter, openExistingStore, withFilterOptions, type FilterOptions } from './filters.js';
