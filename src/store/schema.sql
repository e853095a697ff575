-- Counterweight store. One file, readable by any SQL tool (sqlite3, Datasette, DuckDB ATTACH).
-- Every figure is traceable: deliveries (cells) → deals (dataset, line) → datasets (file, version).

CREATE TABLE IF NOT EXISTS meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- One row per imported file. A figure never mixes two datasets.
CREATE TABLE IF NOT EXISTS datasets (
  id          TEXT PRIMARY KEY,   -- file name without extension, e.g. trade-register-2024-10-13
  kind        TEXT NOT NULL,      -- sipri-register | sipri-per-year | sipri-tiv-imports | sipri-tiv-exports | unga-ideal-points
  file        TEXT NOT NULL,      -- file name as imported
  version     TEXT,               -- SIPRI "Data generated:" line, else the file name
  sha256      TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  records     INTEGER NOT NULL,   -- records read
  stored      INTEGER NOT NULL,
  rejected    INTEGER NOT NULL,
  first_year  INTEGER,           -- the period the export says it covers (else the years its rows hold)
  last_year   INTEGER,
  data_last_year INTEGER,        -- the last year with any delivery or order in its rows
  inferred_labels INTEGER NOT NULL DEFAULT 0,  -- weapon labels whose category came from their head noun
  unmapped_labels INTEGER NOT NULL DEFAULT 0   -- weapon labels stored as `other`, no category found
);

CREATE TABLE IF NOT EXISTS entities (
  id    TEXT PRIMARY KEY,         -- ISO3 where one exists, else a slug
  name  TEXT NOT NULL,
  kind  TEXT NOT NULL,            -- state | historical | nonstate | multinational | unknown
  iso3  TEXT
);

CREATE TABLE IF NOT EXISTS deals (
  dataset            TEXT NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
  line               INTEGER NOT NULL,  -- source line of the record's first physical line
  sipri_id           INTEGER,
  recipient_id       TEXT NOT NULL REFERENCES entities(id),
  supplier_id        TEXT NOT NULL REFERENCES entities(id),
  recipient          TEXT NOT NULL,     -- as the source spells it
  supplier           TEXT NOT NULL,
  order_year         INTEGER,
  order_year_unc     INTEGER NOT NULL,
  number_ordered     REAL,
  number_ordered_unc INTEGER NOT NULL,
  designation        TEXT NOT NULL,
  description        TEXT NOT NULL,
  category           TEXT NOT NULL,
  sipri_category     TEXT,
  number_delivered   REAL,
  number_delivered_unc INTEGER NOT NULL,
  delivery_years     TEXT NOT NULL,     -- "2005;2006"
  delivery_years_unc INTEGER NOT NULL,
  status             TEXT NOT NULL,
  comments           TEXT NOT NULL,
  tiv_per_unit       REAL,
  tiv_order          REAL,
  tiv_delivered      REAL,              -- NULL = no deliveries identified; 0 = under 0.5
  PRIMARY KEY (dataset, line)
) WITHOUT ROWID;

-- Delivered TIV of each deal spread over its delivery years, under each allocation:
-- even (SIPRI TIV of delivered weapons split evenly), reconciled (fitted to SIPRI's yearly tables),
-- exact (SIPRI's own per-year values, per-delivery-year exports only).
-- Stored compactly: one `allocations` row per dataset and allocation, and the cells of `reconciled`
-- and `exact` clustered by recipient, the key of most queries. `even` has no cells: the view
-- computes it from the deals (an import of the register writes deals only). The `deliveries` view
-- shows every allocation the same way, with dataset and allocation.
-- No second index: a query by supplier reads one allocation's cells whole (~60,000 small rows,
-- a few milliseconds), which is cheaper overall than building and storing an index on every import.
CREATE TABLE IF NOT EXISTS allocations (
  id           INTEGER PRIMARY KEY,
  dataset      TEXT NOT NULL,
  allocation   TEXT NOT NULL,     -- even | reconciled | exact
  UNIQUE (dataset, allocation)
);
CREATE TABLE IF NOT EXISTS cells (
  allocation_id INTEGER NOT NULL, -- allocations(id)
  recipient_id TEXT NOT NULL,
  line         INTEGER NOT NULL,  -- the deal: deals(dataset, line)
  year         INTEGER NOT NULL,
  supplier_id  TEXT NOT NULL,
  tiv          REAL NOT NULL,
  PRIMARY KEY (allocation_id, recipient_id, line, year)
) WITHOUT ROWID;
CREATE VIEW IF NOT EXISTS deliveries AS
  SELECT a.dataset AS dataset, c.line AS line, a.allocation AS allocation, c.year AS year,
         c.recipient_id AS recipient_id, c.supplier_id AS supplier_id, c.tiv AS tiv
  FROM cells c JOIN allocations a ON a.id = c.allocation_id
  UNION ALL
  -- even: each deal's delivered TIV over its listed delivery years ("2005;2006" → [2005,2006]).
  SELECT x.dataset, x.line, 'even', CAST(j.value AS INTEGER), x.recipient_id, x.supplier_id,
         x.tiv_delivered / json_array_length(j.json)
  FROM deals x, json_each('[' || replace(x.delivery_years, ';', ',') || ']') j
  WHERE x.tiv_delivered IS NOT NULL AND x.delivery_years != '';

-- SIPRI's official yearly totals (tiv-imports / tiv-exports tables).
CREATE TABLE IF NOT EXISTS official_tiv (
  dataset     TEXT NOT NULL,
  kind        TEXT NOT NULL,     -- imports | exports
  entity_id   TEXT NOT NULL,
  name        TEXT NOT NULL,
  line        INTEGER NOT NULL,
  year        INTEGER NOT NULL,
  tiv         REAL NOT NULL,
  below_half  INTEGER NOT NULL,
  PRIMARY KEY (dataset, entity_id, year)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS official_tiv_totals (
  dataset     TEXT NOT NULL,
  kind        TEXT NOT NULL,
  entity_id   TEXT NOT NULL,
  name        TEXT NOT NULL,
  line        INTEGER NOT NULL,
  total       REAL,              -- the table's own all-years total column
  PRIMARY KEY (dataset, entity_id)
) WITHOUT ROWID;

-- UNGA ideal points and agreement (Bailey–Strezhnev–Voeten).
CREATE TABLE IF NOT EXISTS ideal_points (
  dataset     TEXT NOT NULL,
  entity_id   TEXT NOT NULL,
  iso3        TEXT,
  name        TEXT NOT NULL,
  line        INTEGER NOT NULL,
  year        INTEGER NOT NULL,
  session     INTEGER NOT NULL,
  votes       INTEGER,
  ideal_point REAL,
  PRIMARY KEY (dataset, entity_id, year)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS agreement (
  dataset     TEXT NOT NULL,
  entity_id   TEXT NOT NULL,
  year        INTEGER NOT NULL,
  patron      TEXT NOT NULL,     -- iso3 of the reference state
  share       REAL,
  PRIMARY KEY (dataset, entity_id, year, patron)
) WITHOUT ROWID;

-- What import reported: rejected rows, unknown names, unmapped labels.
CREATE TABLE IF NOT EXISTS problems (
  dataset   TEXT NOT NULL,
  file      TEXT NOT NULL,
  line      INTEGER NOT NULL,
  field     TEXT,
  message   TEXT NOT NULL,
  severity  TEXT NOT NULL
);

-- @after-load: indexes, built once the rows are in (sorting once is faster than keeping an index
-- up to date row by row while importing).

-- A country's deals (orders, pending deals, the deals behind a brief) without reading all 28,000.
CREATE INDEX IF NOT EXISTS deals_recipient ON deals (dataset, recipient_id);
