-- Officers who may import and revert in the app: one account each, the password kept only as a
-- scrypt hash (bhxh_geo/officers.py). A removed account keeps its row, so that the batches it
-- imported still name a known officer, and its name cannot be taken again unnoticed.
-- Portable SQL, one file for SQLite and PostgreSQL: TEXT columns, natural keys, ISO-8601 UTC
-- text for times. Never edit this file once applied: add the next number instead.

CREATE TABLE officers (
    name_key      TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    disabled_at   TEXT
);

-- Failed sign-ins by client address: five within the lockout window refuse that client. A log
-- of events, no key: two failures in the same microsecond both count.
CREATE TABLE sign_in_failures (
    client    TEXT NOT NULL,
    name      TEXT NOT NULL,
    failed_at TEXT NOT NULL
);
CREATE INDEX sign_in_failures_client ON sign_in_failures (client, failed_at);
