-- Register of processing activities (GDPR art. 30) and the practice's providers (art. 28).
-- Short lists of ticked boxes are JSON arrays checked by json_valid; rows with their own life (retention rules,
-- activity <-> processor links) have their own tables. No length limits on text.
CREATE TABLE register_processor (
    id                 INTEGER PRIMARY KEY,
    ref                TEXT NOT NULL UNIQUE,
    template_key       TEXT NOT NULL DEFAULT '',
    name               TEXT NOT NULL CHECK (name <> ''),
    role               TEXT NOT NULL CHECK (role IN ('processor', 'controller', 'joint')),
    services           TEXT NOT NULL DEFAULT '',
    incident_contact   TEXT NOT NULL DEFAULT '',
    contract_date      TEXT,
    clauses            TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(clauses)),
    hosts_health_data  INTEGER NOT NULL DEFAULT 0 CHECK (hosts_health_data IN (0, 1)),
    hds_reference      TEXT NOT NULL DEFAULT '',
    hds_expiry         TEXT,
    hds_activities     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(hds_activities)),
    data_location      TEXT NOT NULL DEFAULT '',
    transfers          TEXT NOT NULL DEFAULT '',
    notes              TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
) STRICT;

CREATE TABLE register_activity (
    id                    INTEGER PRIMARY KEY,
    ref                   TEXT NOT NULL UNIQUE,
    template_key          TEXT NOT NULL DEFAULT '',
    name                  TEXT NOT NULL CHECK (name <> ''),
    software              TEXT NOT NULL DEFAULT '',
    joint_controller      TEXT NOT NULL DEFAULT '',
    purposes              TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(purposes)),
    legal_basis           TEXT NOT NULL DEFAULT '',
    legal_basis_detail    TEXT NOT NULL DEFAULT '',
    art9_condition        TEXT NOT NULL DEFAULT '',
    art9_detail           TEXT NOT NULL DEFAULT '',
    persons               TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(persons)),
    data_categories       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(data_categories)),
    sensitive_data        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sensitive_data)),
    data_source           TEXT NOT NULL DEFAULT '',
    recipients_internal   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(recipients_internal)),
    recipients_external   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(recipients_external)),
    transfers_outside_eu  INTEGER NOT NULL DEFAULT 0 CHECK (transfers_outside_eu IN (0, 1)),
    transfers             TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(transfers)),
    security_measures     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(security_measures)),
    dpia_required         INTEGER CHECK (dpia_required IN (0, 1)),
    dpia_reason           TEXT NOT NULL DEFAULT '',
    information           TEXT NOT NULL DEFAULT '',
    status                TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'complete')),
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
) STRICT;

CREATE TABLE register_retention (
    id                  INTEGER PRIMARY KEY,
    activity_id         INTEGER NOT NULL REFERENCES register_activity (id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    category            TEXT NOT NULL,
    active_value        INTEGER,
    active_unit         TEXT,
    archive_value       INTEGER,
    archive_unit        TEXT,
    trigger_event       TEXT NOT NULL DEFAULT '',
    end_action          TEXT NOT NULL DEFAULT '',
    criterion           TEXT NOT NULL DEFAULT '',
    justification       TEXT NOT NULL DEFAULT '',
    recommended         TEXT CHECK (recommended IS NULL OR json_valid(recommended)),
    UNIQUE (activity_id, position)
) STRICT;

CREATE TABLE register_activity_processor (
    activity_id   INTEGER NOT NULL REFERENCES register_activity (id) ON DELETE CASCADE,
    processor_id  INTEGER NOT NULL REFERENCES register_processor (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    PRIMARY KEY (activity_id, processor_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX register_activity_processor_by_processor ON register_activity_processor (processor_id);
