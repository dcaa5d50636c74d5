-- Foundation: the practice identity and a small key/value table for vault-level facts and settings.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE practice (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    name            TEXT NOT NULL,
    practitioner    TEXT NOT NULL DEFAULT '',
    profession      TEXT NOT NULL,
    rpps            TEXT NOT NULL DEFAULT '',
    adeli           TEXT NOT NULL DEFAULT '',
    siret           TEXT NOT NULL DEFAULT '',
    siren           TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    postcode        TEXT NOT NULL DEFAULT '',
    city            TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    dpo_designated  INTEGER NOT NULL DEFAULT 0 CHECK (dpo_designated IN (0, 1)),
    dpo_name        TEXT NOT NULL DEFAULT '',
    dpo_contact     TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;
