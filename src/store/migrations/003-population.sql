-- version 3: merging tells a big city (several incidents a day) from a town by the population of the place;
-- kept in a column so that candidates are compared without reading the whole record
ALTER TABLE events ADD COLUMN population INTEGER;
UPDATE events SET population = json_extract(record, '$.location.population');
