-- Records that are legal evidence are sealed in the journal: one entry per creation, change or deletion, keyed
-- by ref = "<table>:<primary key as JSON>", carrying a digest of the row. Verify looks up the latest entry of
-- each row, so the journal needs an index on ref.
CREATE INDEX ledger_by_ref ON ledger (ref, seq);
