-- Patients' rights requests (access, rectification, erasure...), their attachments (encrypted in the vault
-- like everything else, with a SHA-256 to detect damage) and the "contacts utiles" printed in the emergency kit.
CREATE TABLE rights_request (
    id                  INTEGER PRIMARY KEY,
    kind                TEXT NOT NULL CHECK (kind IN (
                            'medical_record', 'gdpr_access', 'rectification', 'erasure',
                            'restriction', 'objection', 'portability', 'sharing_objection')),
    requester_kind      TEXT NOT NULL CHECK (requester_kind IN (
                            'patient', 'parental_authority', 'guardian', 'heir', 'designated_physician')),
    requester_name      TEXT NOT NULL,
    requester_address   TEXT NOT NULL DEFAULT '',
    patient_name        TEXT NOT NULL DEFAULT '',
    identity_checked    INTEGER NOT NULL DEFAULT 0 CHECK (identity_checked IN (0, 1)),
    identity_note       TEXT NOT NULL DEFAULT '',
    received_at         TEXT NOT NULL,
    old_information     INTEGER NOT NULL DEFAULT 0 CHECK (old_information IN (0, 1)),
    details             TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL CHECK (status IN (
                            'received', 'extended', 'answered', 'refused', 'withdrawn')),
    extended_at         TEXT,
    extension_reason    TEXT NOT NULL DEFAULT '',
    answered_at         TEXT,
    answer_channel      TEXT NOT NULL DEFAULT '' CHECK (answer_channel IN (
                            '', 'hand', 'post', 'registered_post', 'secure_email', 'email', 'on_site')),
    answer_content      TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
) STRICT;

CREATE INDEX rights_request_received ON rights_request (received_at);

CREATE TABLE rights_attachment (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES rights_request (id) ON DELETE CASCADE,
    filename    TEXT NOT NULL,
    media_type  TEXT NOT NULL DEFAULT '',
    content     BLOB NOT NULL,
    size        INTEGER NOT NULL CHECK (size >= 0),
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    added_at    TEXT NOT NULL
) STRICT;

CREATE INDEX rights_attachment_request ON rights_attachment (request_id);

CREATE TABLE useful_contact (
    id          INTEGER PRIMARY KEY,
    role        TEXT NOT NULL CHECK (role IN ('software_vendor', 'it_provider', 'insurer', 'other')),
    name        TEXT NOT NULL,
    phone       TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    reference   TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL
) STRICT;
