-- version 3: merging tells a big city (several incidents a day) from a town by the population of the place, and
-- two quarters of one city apart by the town each belongs to; kept in columns so that candidates are compared
-- without reading the whole record
ALTER TABLE events ADD COLUMN population INTEGER;
ALTER TABLE events ADD COLUMN locality TEXT;
UPDATE events SET population = json_extract(record, '$.location.population'), locality = json_extract(record, '$.location.locality');
