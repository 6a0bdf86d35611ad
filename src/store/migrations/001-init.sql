-- sitrep store, version 1: articles, their event records, incidents merged across articles.
CREATE TABLE articles (
  id          TEXT PRIMARY KEY,
  hash        TEXT NOT NULL UNIQUE,          -- sha256 of the text: the same article twice is stored once
  title       TEXT,
  published   TEXT,
  lang        TEXT,
  url         TEXT,
  outlet      TEXT,
  text        TEXT NOT NULL,
  event_count INTEGER NOT NULL,              -- written in the same transaction as the events: a check of completeness
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);

-- full text over articles (external content: the text is stored once, in articles)
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;

CREATE TABLE incidents (
  id              INTEGER PRIMARY KEY,
  family          TEXT NOT NULL,
  type            TEXT NOT NULL,
  date_best       TEXT,                      -- the date most sources give
  date_start      TEXT,
  date_end        TEXT,
  location_name   TEXT,
  admin1          TEXT,
  admin2          TEXT,
  country         TEXT,
  lat             REAL,
  lon             REAL,
  geo_precision   TEXT,
  killed_best     INTEGER,
  killed_low      INTEGER,
  killed_high     INTEGER,
  injured_best    INTEGER,
  injured_low     INTEGER,
  injured_high    INTEGER,
  first_report    TEXT,
  last_report     TEXT,
  source_count    INTEGER NOT NULL,
  event_count     INTEGER NOT NULL,
  summary         TEXT NOT NULL              -- JSON: sources, claimants with what each claimed
);
CREATE INDEX incidents_date ON incidents(date_start, date_end);
CREATE INDEX incidents_country ON incidents(country, type);

CREATE TABLE events (
  rowid          INTEGER PRIMARY KEY,
  id             TEXT NOT NULL UNIQUE,
  article_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  type           TEXT NOT NULL,
  family         TEXT,                       -- NULL: not merged into incidents (negated, future, ...)
  status         TEXT NOT NULL,
  date_start     TEXT,
  date_end       TEXT,
  date_precision TEXT,
  date_stated    INTEGER,
  location_name  TEXT,
  admin1         TEXT,
  admin2         TEXT,
  country        TEXT,
  lat            REAL,
  lon            REAL,
  geo_precision  TEXT,
  killed         INTEGER,
  injured        INTEGER,
  arrested       INTEGER,
  actor          TEXT,                       -- actor texts joined by ' | ', for filters
  recipient      TEXT,
  claimant       TEXT,                       -- claimant text, or 'outlet'
  is_main        INTEGER NOT NULL DEFAULT 0, -- the article's main event (what it is mostly about)
  incident_id    INTEGER REFERENCES incidents(id),
  record         TEXT NOT NULL               -- the full EventRecord JSON
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_date ON events(date_start, date_end);
CREATE INDEX events_type_date ON events(type, date_start);
CREATE INDEX events_country_date ON events(country, date_start);
-- incident merging looks for candidates of the same family, country and days
CREATE INDEX events_merge ON events(family, country, date_start) WHERE family IS NOT NULL;
CREATE INDEX events_incident ON events(incident_id);
CREATE INDEX events_claimant ON events(claimant);

-- map queries: one box per located event, keyed by events.rowid
CREATE VIRTUAL TABLE events_geo USING rtree(id, min_lat, max_lat, min_lon, max_lon);
