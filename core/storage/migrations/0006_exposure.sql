-- Exposure self-check: each scan is dated evidence (what this PC offered, what the box forwarded).
CREATE TABLE exposure_scan (
    id              INTEGER PRIMARY KEY,
    started_at      TEXT NOT NULL,
    finished_at     TEXT NOT NULL,
    platform        TEXT NOT NULL DEFAULT '',
    router_answered INTEGER NOT NULL CHECK (router_answered IN (0, 1)),
    router_url      TEXT,
    router_name     TEXT,
    router_maker    TEXT,
    router_model    TEXT,
    external_ip     TEXT,
    mapping_count   INTEGER NOT NULL DEFAULT 0 CHECK (mapping_count >= 0),
    critical_count  INTEGER NOT NULL CHECK (critical_count >= 0),
    warning_count   INTEGER NOT NULL CHECK (warning_count >= 0),
    info_count      INTEGER NOT NULL CHECK (info_count >= 0),
    note            TEXT NOT NULL DEFAULT '',
    digest          TEXT NOT NULL,
    saved_at        TEXT NOT NULL
) STRICT;

CREATE INDEX exposure_scan_finished ON exposure_scan (finished_at);

CREATE TABLE exposure_finding (
    scan_id   INTEGER NOT NULL REFERENCES exposure_scan (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL CHECK (position >= 0),
    kind      TEXT NOT NULL,
    title     TEXT NOT NULL,
    severity  TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
    advice    TEXT NOT NULL,
    address   TEXT,
    port      INTEGER CHECK (port IS NULL OR port BETWEEN 0 AND 65535),
    protocol  TEXT CHECK (protocol IS NULL OR protocol IN ('tcp', 'udp')),
    program   TEXT,
    service   TEXT,
    PRIMARY KEY (scan_id, position)
) STRICT;
