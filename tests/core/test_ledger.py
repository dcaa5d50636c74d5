"""The tamper-evident journal (scenario #23, #12 of the security model): chain, triggers, external anchor."""

from __future__ import annotations

import json
from importlib import resources

import pytest
import sqlcipher3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.services.backup import verify_vault
from core.storage import db, ledger
from tests.core.reliability import AT, add_entries, drop_ledger_triggers, raw_connection


def _locked_with_key(vault):
    """Close the app's connection and return (path, key) as an attacker with the key would hold them."""
    dek = vault.with_dek()
    path = vault.path
    vault.lock()
    return path, dek


def _reopen(path, passphrase):
    from core.vault import Vault

    return Vault.unlock_with_passphrase(path, passphrase)


# --- chain on a real vault -------------------------------------------------------------------------------
def test_appends_chain_and_verify(vault):
    entries = add_entries(vault, 5)
    assert [e.seq for e in entries] == [1, 2, 3, 4, 5]
    assert entries[0].prev_hash == ledger.GENESIS
    assert all(b.prev_hash == a.hash for a, b in zip(entries, entries[1:], strict=False))
    with vault.read() as conn:
        report = ledger.verify(conn, vault.ledger_anchor())
        assert ledger.head(conn) == ledger.Head(5, entries[-1].hash)
    assert report.ok and report.entries == 5 and report.first_broken is None
    # The head is copied outside the database after each commit.
    assert vault.ledger_anchor() == ledger.Head(5, entries[-1].hash)
    assert verify_vault(vault).sound


def test_empty_ledger_verifies(vault):
    with vault.read() as conn:
        report = ledger.verify(conn, vault.ledger_anchor())
    assert report.ok and report.entries == 0 and report.head == ledger.Head(0, ledger.GENESIS)


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE ledger SET body = '{\"n\":99}' WHERE seq = 2",
        "DELETE FROM ledger WHERE seq = 3",
        "DELETE FROM ledger",
    ],
)
def test_update_and_delete_refused_by_triggers(vault, passphrase, sql):
    add_entries(vault, 3)
    path, dek = _locked_with_key(vault)
    with raw_connection(path, dek) as conn, pytest.raises(db.DatabaseError, match="append-only"):
        conn.execute(sql)
    with raw_connection(path, dek) as conn:
        assert conn.execute("SELECT count(*) FROM ledger").fetchone()[0] == 3
    v = _reopen(path, passphrase)
    try:
        assert verify_vault(v).sound
    finally:
        v.lock()


def test_triggers_also_refuse_through_the_vault_transaction(vault):
    add_entries(vault, 2)
    with pytest.raises(db.IntegrityError), vault.transaction() as conn:
        conn.execute("UPDATE ledger SET kind = 'x' WHERE seq = 1")
    with vault.read() as conn:
        assert ledger.verify(conn).ok


@pytest.mark.parametrize("k", [1, 3, 6])
def test_body_rewritten_after_dropping_trigger_is_reported_at_its_entry(vault, passphrase, k):
    add_entries(vault, 6)
    path, dek = _locked_with_key(vault)
    with raw_connection(path, dek) as conn:
        drop_ledger_triggers(conn)
        conn.execute("UPDATE ledger SET body = ? WHERE seq = ?", (json.dumps({"n": 1000}), k))
    v = _reopen(path, passphrase)
    try:
        with v.read() as conn:
            report = ledger.verify(conn, v.ledger_anchor())
        assert not report.ok
        assert report.first_broken == k
        assert f"n° {k}" in report.problem and "modifiée" in report.problem
        vr = verify_vault(v)
        assert not vr.sound and any(f"n° {k}" in r for r in vr.reasons)
    finally:
        v.lock()


def test_rewriting_a_body_and_rehashing_it_breaks_the_next_entry(vault, passphrase):
    """An attacker who recomputes entry k's hash still breaks k+1 (its prev_hash no longer matches)."""
    entries = add_entries(vault, 4)
    e = entries[1]
    new_body = {"n": 42}
    new_hash = ledger.entry_hash(e.seq, e.at, e.kind, e.ref, new_body, e.prev_hash)
    path, dek = _locked_with_key(vault)
    with raw_connection(path, dek) as conn:
        drop_ledger_triggers(conn)
        conn.execute(
            "UPDATE ledger SET body = ?, hash = ? WHERE seq = ?",
            (ledger.canonical(new_body), new_hash, e.seq),
        )
    v = _reopen(path, passphrase)
    try:
        with v.read() as conn:
            assert ledger.verify(conn, v.ledger_anchor()).first_broken == e.seq + 1
    finally:
        v.lock()


def test_deleted_middle_entry_is_reported(vault, passphrase):
    add_entries(vault, 5)
    path, dek = _locked_with_key(vault)
    with raw_connection(path, dek) as conn:
        drop_ledger_triggers(conn)
        conn.execute("DELETE FROM ledger WHERE seq = 2")
    v = _reopen(path, passphrase)
    try:
        with v.read() as conn:
            report = ledger.verify(conn, v.ledger_anchor())
        assert report.first_broken == 2 and "manquante" in report.problem
    finally:
        v.lock()


def test_deleted_tail_is_caught_by_the_anchor_in_the_key_file(vault, passphrase):
    add_entries(vault, 5)
    assert vault.ledger_anchor().seq == 5
    path, dek = _locked_with_key(vault)
    with raw_connection(path, dek) as conn:
        drop_ledger_triggers(conn)
        conn.execute("DELETE FROM ledger WHERE seq >= 4")
        # Without the anchor the shortened chain is internally consistent.
        assert ledger.verify(conn).ok
    v = _reopen(path, passphrase)
    try:
        assert v.ledger_anchor().seq == 5
        with v.read() as conn:
            report = ledger.verify(conn, v.ledger_anchor())
        assert not report.ok and report.first_broken == 4
        assert "ancre" in report.problem and "n° 3" in report.problem and "5" in report.problem
        vr = verify_vault(v)
        assert not vr.sound and any("ancre" in r for r in vr.reasons)
    finally:
        v.lock()


def test_tail_replaced_by_forged_entries_is_caught_by_the_anchor(vault, passphrase):
    add_entries(vault, 4)
    path, dek = _locked_with_key(vault)
    with raw_connection(path, dek) as conn:
        drop_ledger_triggers(conn)
        conn.execute("DELETE FROM ledger WHERE seq >= 3")
        ledger.append(conn, "forged", {"n": 2}, AT)
        ledger.append(conn, "forged", {"n": 3}, AT)
        assert ledger.verify(conn).ok
    v = _reopen(path, passphrase)
    try:
        with v.read() as conn:
            report = ledger.verify(conn, v.ledger_anchor())
        assert not report.ok and report.first_broken == 4
    finally:
        v.lock()


def test_later_writes_do_not_erase_the_evidence_of_a_truncated_tail(vault, passphrase):
    """Regression: any commit used to copy the (shortened) head into the key file, blessing the deletion."""
    add_entries(vault, 5)
    path, dek = _locked_with_key(vault)
    with raw_connection(path, dek) as conn:
        drop_ledger_triggers(conn)
        conn.execute("DELETE FROM ledger WHERE seq >= 4")
    v = _reopen(path, passphrase)
    try:
        with v.transaction() as conn:  # an ordinary write, e.g. the "last backup" date
            conn.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
        add_entries(v, 3)  # and new journal entries past the old anchor
        assert v.ledger_anchor().seq == 5
        vr = verify_vault(v)
        assert not vr.sound and any("ancre" in r for r in vr.reasons)
    finally:
        v.lock()


def test_anchor_lagging_behind_is_accepted(vault):
    entries = add_entries(vault, 6)
    vault.set_anchor(ledger.Head(3, entries[2].hash))  # e.g. the key-file write failed after commit
    with vault.read() as conn:
        assert ledger.verify(conn, vault.ledger_anchor()).ok
    assert verify_vault(vault).sound
    add_entries(vault, 1)  # the anchor catches up on the next commit
    assert vault.ledger_anchor().seq == 7


def test_anchor_with_a_wrong_hash_is_reported(vault):
    add_entries(vault, 3)
    vault.set_anchor(ledger.Head(2, "f" * 64))
    with vault.read() as conn:
        report = ledger.verify(conn, vault.ledger_anchor())
    assert not report.ok and report.first_broken == 2


# --- properties, on an in-memory database with the real migration ---------------------------------------
def _memory_ledger():
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    sql = (resources.files("core.storage") / "migrations" / "0007_ledger.sql").read_text(encoding="utf-8")
    conn.executescript(sql)
    return conn


_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
_scalar = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | _text
_json = _scalar | st.lists(_scalar, max_size=3) | st.dictionaries(_text, _scalar, max_size=2)
_entry = st.tuples(_text, _text, st.dictionaries(_text, _json, max_size=3), _text)

_FAST = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_FAST
@given(st.lists(_entry, min_size=0, max_size=10))
def test_any_sequence_of_appends_verifies(items):
    conn = _memory_ledger()
    appended = [ledger.append(conn, kind, body, at, ref=ref) for kind, ref, body, at in items]
    head = ledger.head(conn)
    report = ledger.verify(conn, head)
    assert report.ok and report.entries == len(items) and report.head == head
    assert [e.body for e in ledger.entries(conn)] == [e.body for e in appended]


@_FAST
@given(st.lists(_entry, min_size=1, max_size=8), st.data())
def test_any_single_field_alteration_is_detected_at_its_seq(items, data):
    conn = _memory_ledger()
    for kind, ref, body, at in items:
        ledger.append(conn, kind, body, at, ref=ref)
    anchor = ledger.head(conn)
    k = data.draw(st.integers(1, len(items)), label="seq")
    column = data.draw(
        st.sampled_from(["seq", "at", "kind", "ref", "body", "prev_hash", "hash"]), label="column"
    )
    old = conn.execute(f"SELECT {column}, body FROM ledger WHERE seq = ?", (k,)).fetchone()
    if column == "seq":
        new = k + 1000
    elif column == "body":
        new = data.draw(
            st.dictionaries(_text, _json, max_size=3)
            .map(ledger.canonical)
            .filter(lambda b: json.loads(b) != json.loads(old[1]))
            | st.just("{pas du json"),
            label="body",
        )
    elif column in ("prev_hash", "hash"):
        new = data.draw(st.text("0123456789abcdef", min_size=64, max_size=64).filter(lambda h: h != old[0]))
    else:
        new = data.draw(_text.filter(lambda t: t != old[0]), label="value")
    conn.execute("DROP TRIGGER ledger_no_update")
    conn.execute(f"UPDATE ledger SET {column} = ? WHERE seq = ?", (new, k))
    report = ledger.verify(conn, anchor)
    assert not report.ok
    assert report.first_broken == k, (column, report)
