-- Actuals, append-only: every import is a batch; a revert is a row of its own, nothing is deleted.
-- Timestamps are ISO-8601 UTC text. Never edit this file once applied: add 002_….sql instead.

CREATE TABLE batches (
    id           INTEGER PRIMARY KEY,
    filename     TEXT    NOT NULL,
    sha256       TEXT    NOT NULL CHECK (length(sha256) = 64),
    shape        TEXT    NOT NULL CHECK (shape IN ('long', 'wide', 'counts')),
    source       TEXT    NOT NULL,
    imported_by  TEXT    NOT NULL,
    imported_at  TEXT    NOT NULL,
    row_count    INTEGER NOT NULL CHECK (row_count >= 0),
    forced       INTEGER NOT NULL DEFAULT 0 CHECK (forced IN (0, 1))
);
CREATE INDEX batches_sha256 ON batches (sha256);

CREATE TABLE actual_values (
    batch_id     INTEGER NOT NULL REFERENCES batches (id),
    unit_code    TEXT    NOT NULL,
    year         INTEGER NOT NULL,
    period       TEXT    NOT NULL CHECK (period IN ('full', 'h1')),
    indicator    TEXT    NOT NULL
                 CHECK (indicator IN ('bhxh', 'bhxh_bat_buoc', 'bhxh_tu_nguyen', 'bhtn')),
    value_pct    REAL    CHECK (value_pct IS NULL OR value_pct BETWEEN 0 AND 100),
    insured      INTEGER CHECK (insured IS NULL OR insured >= 0),
    labour_force INTEGER CHECK (labour_force IS NULL OR labour_force >= 0),
    source_row   INTEGER,
    PRIMARY KEY (batch_id, unit_code, year, period, indicator)
);
CREATE INDEX actual_values_key ON actual_values (unit_code, year, period, indicator, batch_id);

CREATE TABLE reverts (
    batch_id     INTEGER PRIMARY KEY REFERENCES batches (id),
    reverted_by  TEXT    NOT NULL,
    reverted_at  TEXT    NOT NULL
);

-- Append-only, enforced by the database itself: values and reverts are never changed or removed.
CREATE TRIGGER actual_values_no_update BEFORE UPDATE ON actual_values
BEGIN SELECT RAISE(ABORT, 'actual_values is append-only'); END;
CREATE TRIGGER actual_values_no_delete BEFORE DELETE ON actual_values
BEGIN SELECT RAISE(ABORT, 'actual_values is append-only'); END;
CREATE TRIGGER batches_no_delete BEFORE DELETE ON batches
BEGIN SELECT RAISE(ABORT, 'batches is append-only'); END;
CREATE TRIGGER reverts_no_delete BEFORE DELETE ON reverts
BEGIN SELECT RAISE(ABORT, 'reverts is append-only'); END;
