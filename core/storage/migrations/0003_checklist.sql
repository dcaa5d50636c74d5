-- Security checklist: practice profile, yearly assessments, answers, evidence files and the action plan.
-- A closed assessment is accountability evidence: triggers refuse any change to it, its answers or its evidence.

CREATE TABLE checklist_profile (
    condition   TEXT PRIMARY KEY,
    value       INTEGER NOT NULL CHECK (value IN (0, 1)),
    updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE checklist_assessment (
    id                 INTEGER PRIMARY KEY,
    year               INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    started_at         TEXT NOT NULL,
    catalogue_version  INTEGER NOT NULL,
    profile_json       TEXT NOT NULL,
    previous_id        INTEGER REFERENCES checklist_assessment (id),
    closed_at          TEXT,
    closed_by          TEXT NOT NULL DEFAULT '',
    snapshot_json      TEXT,
    content_hash       TEXT,
    CHECK ((closed_at IS NULL) = (content_hash IS NULL)),
    CHECK ((closed_at IS NULL) = (snapshot_json IS NULL)),
    CHECK (content_hash IS NULL OR length(content_hash) = 64)
) STRICT;

-- At most one assessment in progress at a time.
CREATE UNIQUE INDEX checklist_one_open ON checklist_assessment ((closed_at IS NULL)) WHERE closed_at IS NULL;
CREATE INDEX checklist_assessment_year ON checklist_assessment (year);

CREATE TABLE checklist_answer (
    assessment_id  INTEGER NOT NULL REFERENCES checklist_assessment (id),
    item_id        TEXT NOT NULL,
    theme          TEXT NOT NULL,
    weight         INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 3),
    answer         TEXT CHECK (answer IN ('yes', 'partial', 'no', 'na')),
    note           TEXT NOT NULL DEFAULT '',
    na_reason      TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL CHECK (source IN ('user', 'previous', 'action')),
    confirmed      INTEGER NOT NULL CHECK (confirmed IN (0, 1)),
    answered_at    TEXT,
    PRIMARY KEY (assessment_id, item_id),
    CHECK (answer IS NOT 'na' OR length(trim(na_reason)) > 0),
    CHECK (answer IS NOT NULL OR confirmed = 0)
) STRICT;

CREATE TABLE checklist_evidence (
    id             INTEGER PRIMARY KEY,
    assessment_id  INTEGER NOT NULL REFERENCES checklist_assessment (id),
    item_id        TEXT NOT NULL,
    filename       TEXT NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
    media_type     TEXT NOT NULL,
    size           INTEGER NOT NULL CHECK (size >= 0),
    sha256         TEXT NOT NULL CHECK (length(sha256) = 64),
    content        BLOB NOT NULL,
    added_at       TEXT NOT NULL
) STRICT;
CREATE INDEX checklist_evidence_item ON checklist_evidence (assessment_id, item_id);

-- Actions outlive the assessment that proposed them: they are followed from year to year.
CREATE TABLE checklist_action (
    id                    INTEGER PRIMARY KEY,
    item_id               TEXT NOT NULL,
    origin_assessment_id  INTEGER NOT NULL REFERENCES checklist_assessment (id),
    title                 TEXT NOT NULL CHECK (length(trim(title)) > 0),
    owner                 TEXT NOT NULL DEFAULT '',
    due_date              TEXT,
    status                TEXT NOT NULL CHECK (status IN ('todo', 'in_progress', 'done', 'dropped')),
    cost                  TEXT NOT NULL DEFAULT '',
    effort                TEXT NOT NULL CHECK (effort IN ('low', 'medium', 'high')),
    done_on               TEXT,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    CHECK ((status = 'done') = (done_on IS NOT NULL))
) STRICT;
CREATE INDEX checklist_action_item ON checklist_action (item_id);

CREATE TRIGGER checklist_assessment_frozen_update BEFORE UPDATE ON checklist_assessment
WHEN OLD.closed_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'checklist_assessment_frozen');
END;

CREATE TRIGGER checklist_assessment_frozen_delete BEFORE DELETE ON checklist_assessment
WHEN OLD.closed_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'checklist_assessment_frozen');
END;

CREATE TRIGGER checklist_answer_frozen_insert BEFORE INSERT ON checklist_answer
WHEN (SELECT closed_at FROM checklist_assessment WHERE id = NEW.assessment_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'checklist_assessment_frozen');
END;

CREATE TRIGGER checklist_answer_frozen_update BEFORE UPDATE ON checklist_answer
WHEN (SELECT closed_at FROM checklist_assessment WHERE id = OLD.assessment_id) IS NOT NULL
  OR (SELECT closed_at FROM checklist_assessment WHERE id = NEW.assessment_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'checklist_assessment_frozen');
END;

CREATE TRIGGER checklist_answer_frozen_delete BEFORE DELETE ON checklist_answer
WHEN (SELECT closed_at FROM checklist_assessment WHERE id = OLD.assessment_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'checklist_assessment_frozen');
END;

CREATE TRIGGER checklist_evidence_frozen_insert BEFORE INSERT ON checklist_evidence
WHEN (SELECT closed_at FROM checklist_assessment WHERE id = NEW.assessment_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'checklist_assessment_frozen');
END;

CREATE TRIGGER checklist_evidence_frozen_update BEFORE UPDATE ON checklist_evidence
WHEN (SELECT closed_at FROM checklist_assessment WHERE id = OLD.assessment_id) IS NOT NULL
  OR (SELECT closed_at FROM checklist_assessment WHERE id = NEW.assessment_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'checklist_assessment_frozen');
END;

CREATE TRIGGER checklist_evidence_frozen_delete BEFORE DELETE ON checklist_evidence
WHEN (SELECT closed_at FROM checklist_assessment WHERE id = OLD.assessment_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'checklist_assessment_frozen');
END;
