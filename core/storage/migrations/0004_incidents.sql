-- Incident journal (art. 33(5) GDPR): incidents, versioned assessments, decisions, timeline with encrypted
-- attachments, next-steps checklist. Affected processing activities are free references for now (the register
-- is another feature); they can be linked to register rows later without losing what was typed.
CREATE TABLE incident (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description     TEXT NOT NULL DEFAULT '',
    occurred_start  TEXT,
    occurred_end    TEXT,
    ongoing         INTEGER NOT NULL DEFAULT 0 CHECK (ongoing IN (0, 1)),
    aware_at        TEXT NOT NULL,
    discovery       TEXT NOT NULL DEFAULT '',
    origin          TEXT,
    cause           TEXT,
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    closed_at       TEXT,
    CHECK ((status = 'closed') = (closed_at IS NOT NULL))
) STRICT;
CREATE INDEX incident_by_status ON incident (status, aware_at);
CREATE INDEX incident_by_awareness ON incident (aware_at);

CREATE TABLE incident_activity (
    incident_id  INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    reference    TEXT NOT NULL DEFAULT '',
    name         TEXT NOT NULL,
    PRIMARY KEY (incident_id, position)
) STRICT;

-- One row per assessment; never updated nor deleted (versions, not overwrites). The facts and the full result
-- (JSON, several kB with the reasons) sit in a side table so the journal list reads only small rows.
CREATE TABLE incident_assessment (
    id              INTEGER PRIMARY KEY,
    incident_id     INTEGER NOT NULL REFERENCES incident (id),
    version         INTEGER NOT NULL CHECK (version >= 1),
    created_at      TEXT NOT NULL,
    risk            TEXT NOT NULL CHECK (risk IN ('none', 'risk', 'high')),
    severity_level  TEXT,
    notify          INTEGER NOT NULL CHECK (notify IN (0, 1)),
    inform          INTEGER NOT NULL CHECK (inform IN (0, 1)),
    deadline        TEXT NOT NULL,
    note            TEXT NOT NULL DEFAULT '',
    UNIQUE (incident_id, version)
) STRICT;
CREATE TABLE incident_assessment_doc (
    assessment_id  INTEGER PRIMARY KEY REFERENCES incident_assessment (id),
    facts_json     TEXT NOT NULL,
    result_json    TEXT NOT NULL
) STRICT;
CREATE TRIGGER incident_assessment_no_update BEFORE UPDATE ON incident_assessment
BEGIN
    SELECT RAISE(ABORT, 'assessment versions are immutable');
END;
CREATE TRIGGER incident_assessment_no_delete BEFORE DELETE ON incident_assessment
BEGIN
    SELECT RAISE(ABORT, 'assessment versions are immutable');
END;
CREATE TRIGGER incident_assessment_doc_no_update BEFORE UPDATE ON incident_assessment_doc
BEGIN
    SELECT RAISE(ABORT, 'assessment versions are immutable');
END;
CREATE TRIGGER incident_assessment_doc_no_delete BEFORE DELETE ON incident_assessment_doc
BEGIN
    SELECT RAISE(ABORT, 'assessment versions are immutable');
END;

-- The practitioner's decision; a departure from the engine's conclusion carries its justification.
CREATE TABLE incident_decision (
    id                  INTEGER PRIMARY KEY,
    incident_id         INTEGER NOT NULL REFERENCES incident (id),
    assessment_version  INTEGER NOT NULL,
    notify              INTEGER NOT NULL CHECK (notify IN (0, 1)),
    inform              INTEGER NOT NULL CHECK (inform IN (0, 1)),
    overridden          INTEGER NOT NULL CHECK (overridden IN (0, 1)),
    justification       TEXT NOT NULL DEFAULT '',
    decided_by          TEXT NOT NULL,
    decided_at          TEXT NOT NULL,
    CHECK (overridden = 0 OR length(trim(justification)) > 0),
    FOREIGN KEY (incident_id, assessment_version) REFERENCES incident_assessment (incident_id, version)
) STRICT;
CREATE INDEX incident_decision_by_incident ON incident_decision (incident_id, id);

CREATE TABLE incident_event (
    id            INTEGER PRIMARY KEY,
    incident_id   INTEGER NOT NULL REFERENCES incident (id),
    kind          TEXT NOT NULL CHECK (kind IN ('discovered', 'awareness_changed', 'contained', 'assessed',
                                                'decided', 'cnil_notified', 'persons_informed', 'police_complaint',
                                                'insurer_informed', 'processor_informed', 'note', 'closed')),
    at            TEXT NOT NULL,
    recorded_at   TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    details_json  TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE INDEX incident_event_by_incident ON incident_event (incident_id, kind, at);

-- Evidence stored inside the encrypted vault, with its SHA-256 to prove it was not altered.
CREATE TABLE incident_attachment (
    id          INTEGER PRIMARY KEY,
    event_id    INTEGER NOT NULL REFERENCES incident_event (id),
    filename    TEXT NOT NULL CHECK (length(filename) > 0),
    media_type  TEXT NOT NULL,
    size        INTEGER NOT NULL CHECK (size >= 0),
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    content     BLOB NOT NULL,
    added_at    TEXT NOT NULL,
    CHECK (size = length(content))
) STRICT;
CREATE INDEX incident_attachment_by_event ON incident_attachment (event_id);

CREATE TABLE incident_step (
    incident_id  INTEGER NOT NULL REFERENCES incident (id),
    key          TEXT NOT NULL,
    position     INTEGER NOT NULL,
    label        TEXT NOT NULL,
    detail       TEXT NOT NULL DEFAULT '',
    level        TEXT NOT NULL CHECK (level IN ('required', 'recommended')),
    due_at       TEXT,
    done_at      TEXT,
    note         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (incident_id, key)
) STRICT;
