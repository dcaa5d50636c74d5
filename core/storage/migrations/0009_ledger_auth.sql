-- An HMAC of each journal entry's hash, under a key derived from the data key: when someone rewrites an entry
-- and recomputes the chain after it, the first entry whose HMAC no longer matches is the one that was altered.
-- Append-only like the journal itself.
CREATE TABLE ledger_auth (
    seq  INTEGER PRIMARY KEY,
    mac  TEXT NOT NULL
) STRICT;

CREATE TRIGGER ledger_auth_no_update BEFORE UPDATE ON ledger_auth
BEGIN
    SELECT RAISE(ABORT, 'ledger is append-only');
END;

CREATE TRIGGER ledger_auth_no_delete BEFORE DELETE ON ledger_auth
BEGIN
    SELECT RAISE(ABORT, 'ledger is append-only');
END;
