-- version 2: queries sort by start date; an index on the start alone walks newest-first without sorting.
DROP INDEX IF EXISTS events_date;
CREATE INDEX events_start ON events(date_start);
DROP INDEX IF EXISTS incidents_date;
CREATE INDEX incidents_start ON incidents(date_start);
-- merging compares GeoNames ids without reading the whole record
ALTER TABLE events ADD COLUMN geonames_id INTEGER;
-- merge candidates: the place is checked inside the index, before any row is read
DROP INDEX IF EXISTS events_merge;
CREATE INDEX events_merge ON events(family, country, date_start, lat, lon) WHERE family IS NOT NULL;
