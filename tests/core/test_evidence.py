"""Records that are legal evidence are sealed in the journal, and verify proves them row by row.

The attacker here holds the data key and uses SQL directly (another connection, as a SQLite shell would):
with or without dropping the triggers, the change must be named by ``verify``.
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from core.clock import from_iso, system_clock, to_iso
from core.paths import keyfile_path
from core.services import backup as B
from core.storage import evidence, ledger
from core.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.reliability import drop_ledger_triggers, raw_connection


def _last_seal(conn, table, key):
    """The number of the latest journal entry sealing that row."""
    return [e.seq for e in ledger.entries(conn, evidence.SET, ref=table) if f"[{key}]" in e.body["rows"]][-1]


def _closed(demo_vault):
    """Close the demo vault and return (path, key) for the attacker."""
    path, dek = demo_vault.path, demo_vault.with_dek()
    demo_vault.lock()
    return path, dek


def _verify(path):
    v = Vault.unlock_with_passphrase(path, PASSPHRASE)
    try:
        return B.verify_vault(v)
    finally:
        v.lock()


def test_demo_vault_is_fully_sealed_and_verifies(demo_vault):
    report = B.verify_vault(demo_vault)
    assert report.sound, report.reasons
    with demo_vault.read() as conn:
        sealed = {e.ref for e in ledger.entries(conn, evidence.SET)}
    assert {
        "incident",
        "incident_assessment",
        "incident_decision",
        "incident_event",
        "rights_request",
    } <= sealed


@pytest.mark.parametrize("drop_triggers", [False, True], ids=["triggers-kept", "triggers-dropped"])
def test_direct_edit_of_an_incident_awareness_is_named(demo_vault, drop_triggers):
    with demo_vault.read() as conn:
        incident_id, aware = conn.execute("SELECT id, aware_at FROM incident ORDER BY id LIMIT 1").fetchone()
        seq = _last_seal(conn, "incident", incident_id)
    path, dek = _closed(demo_vault)
    forged = to_iso(from_iso(aware) + timedelta(days=3))
    with raw_connection(path, dek) as conn:
        if drop_triggers:
            drop_ledger_triggers(conn)
        conn.execute("UPDATE incident SET aware_at = ? WHERE id = ?", (forged, incident_id))
    report = _verify(path)
    assert not report.sound
    changed = [p for p in report.records if p.kind == "changed"]
    assert [(p.table, p.key, p.seq) for p in changed] == [("incident", f"[{incident_id}]", seq)]
    assert f"entrée n° {seq}" in changed[0].text
    if drop_triggers:
        missing = {p.key for p in report.records if p.kind == "missing_trigger"}
        assert missing == {"ledger_no_update", "ledger_no_delete"}
        assert any("ledger_no_update" in r for r in report.reasons)


def test_a_deleted_incident_is_named(demo_vault):
    with demo_vault.read() as conn:
        incident_id = conn.execute("SELECT max(id) FROM incident").fetchone()[0]
    path, dek = _closed(demo_vault)
    with raw_connection(path, dek) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("DELETE FROM incident_activity WHERE incident_id = ?", (incident_id,))
        conn.execute("DELETE FROM incident_step WHERE incident_id = ?", (incident_id,))
        conn.execute("DELETE FROM incident WHERE id = ?", (incident_id,))
    report = _verify(path)
    gone = [p for p in report.records if p.kind == "missing_row" and p.table == "incident"]
    assert [p.key for p in gone] == [f"[{incident_id}]"]
    assert "supprimé hors de Vigie" in gone[0].text


def test_an_immutable_assessment_rewritten_with_triggers_dropped_is_named(demo_vault):
    with demo_vault.read() as conn:
        assessment_id = conn.execute("SELECT min(id) FROM incident_assessment").fetchone()[0]
    path, dek = _closed(demo_vault)
    with raw_connection(path, dek) as conn:
        conn.execute("DROP TRIGGER incident_assessment_no_update")
        conn.execute("UPDATE incident_assessment SET risk = 'none' WHERE id = ?", (assessment_id,))
    report = _verify(path)
    kinds = {(p.kind, p.table or p.key) for p in report.records}
    assert ("missing_trigger", "incident_assessment_no_update") in kinds
    assert ("changed", "incident_assessment") in kinds


def test_a_row_inserted_outside_vigie_is_reported_without_entry(demo_vault):
    path, dek = _closed(demo_vault)
    now = to_iso(system_clock())
    with raw_connection(path, dek) as conn:
        conn.execute(
            "INSERT INTO incident (title, aware_at, created_at, updated_at) VALUES ('Ajouté', ?, ?, ?)",
            (now, now, now),
        )
    report = _verify(path)
    assert [p.kind for p in report.records if p.table == "incident"] == ["unsealed"]


def test_closed_self_assessment_and_rights_dates_are_covered(demo_vault):
    with demo_vault.read() as conn:
        closed = conn.execute("SELECT id FROM checklist_assessment WHERE closed_at IS NOT NULL").fetchone()
        request = conn.execute("SELECT id FROM rights_request ORDER BY id LIMIT 1").fetchone()
    assert closed and request, "the demo vault has a closed self-assessment and a rights request"
    path, dek = _closed(demo_vault)
    with raw_connection(path, dek) as conn:
        for name in [r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'trigger'")]:
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("UPDATE checklist_assessment SET closed_by = 'faux' WHERE id = ?", closed)
        conn.execute(
            "UPDATE rights_request SET received_at = '2020-01-01T00:00:00+00:00' WHERE id = ?", request
        )
    report = _verify(path)
    changed = {p.table for p in report.records if p.kind == "changed"}
    assert {"checklist_assessment", "rights_request"} <= changed


def test_journal_tail_cut_with_the_anchor_rewritten_is_caught(demo_vault):
    with demo_vault.read() as conn:
        total = ledger.head(conn).seq
    path, dek = _closed(demo_vault)
    cut_to = total - 5
    with raw_connection(path, dek) as conn:
        drop_ledger_triggers(conn)
        conn.execute("DELETE FROM ledger WHERE seq > ?", (cut_to,))
        new_head = ledger.head(conn)
        # Put the triggers back, as a careful forger would.
        conn.execute(
            "CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger BEGIN SELECT RAISE(ABORT, 'x'); END"
        )
        conn.execute(
            "CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger BEGIN SELECT RAISE(ABORT, 'x'); END"
        )
    kf = keyfile_path(path)
    doc = json.loads(kf.read_bytes())
    doc["anchor"].update({"seq": new_head.seq, "hash": new_head.hash})  # the old MAC no longer fits
    kf.write_text(json.dumps(doc))
    report = _verify(path)
    assert not report.sound
    assert "non authentique" in report.anchor_problem
    # The records whose latest entries were cut are named too.
    assert report.records and all(p.kind in ("changed", "unsealed", "missing_row") for p in report.records)


@pytest.mark.parametrize(
    "anchor",
    [None, {"seq": "x"}, "texte", {"seq": 1, "hash": "0" * 64}],
    ids=["missing", "bad", "text", "nomac"],
)
def test_missing_or_malformed_anchor_fails_verify(demo_vault, anchor):
    path, _dek = _closed(demo_vault)
    kf = keyfile_path(path)
    doc = json.loads(kf.read_bytes())
    if anchor is None:
        del doc["anchor"]
    else:
        doc["anchor"] = anchor
    kf.write_text(json.dumps(doc))
    report = _verify(path)
    assert not report.sound and report.anchor_problem
    # ... and no later commit papers over it.
    v = Vault.unlock_with_passphrase(path, PASSPHRASE)
    with v.transaction() as conn:
        ledger.append(conn, "test.event", {}, to_iso(system_clock()))
    assert B.verify_vault(v).anchor_problem
    v.lock()


def test_changes_through_the_app_are_sealed_in_the_same_commit(vault):
    from core.services.incidents import IncidentService

    service = IncidentService(vault)
    incident = service.start("Ordinateur volé")
    service.change_awareness(incident.id, system_clock() - timedelta(hours=1), "heure corrigée")
    assert B.verify_vault(vault).sound
    with vault.read() as conn:
        entries = [
            e
            for e in ledger.entries(conn, evidence.SET, ref="incident")
            if f"[{incident.id}]" in e.body["rows"]
        ]
    assert len(entries) >= 2  # created, then changed


def test_a_rolled_back_transaction_seals_nothing(vault):
    with vault.read() as conn:
        before = ledger.head(conn)
    now = to_iso(system_clock())
    with pytest.raises(RuntimeError), vault.transaction() as conn:
        conn.execute(
            "INSERT INTO incident (title, aware_at, created_at, updated_at) VALUES ('x', ?, ?, ?)",
            (now, now, now),
        )
        raise RuntimeError("abandon")
    with vault.transaction() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('k', 'v')")
    with vault.read() as conn:
        assert ledger.head(conn) == before
    assert B.verify_vault(vault).sound


def test_rows_written_before_sealing_existed_are_sealed_once_at_upgrade(vault):
    path, dek = vault.path, vault.with_dek()
    vault.lock()
    now = to_iso(system_clock())
    with raw_connection(path, dek) as conn:  # a vault from the previous version: rows, no record entries
        conn.execute(
            "INSERT INTO incident (title, aware_at, created_at, updated_at) VALUES ('ancien', ?, ?, ?)",
            (now, now, now),
        )
        conn.execute("DELETE FROM meta WHERE key = ?", (evidence.BASELINE_META,))
    v = Vault.unlock_with_passphrase(path, PASSPHRASE)
    try:
        assert B.verify_vault(v).sound
        with v.read() as conn:
            (entry,) = ledger.entries(conn, evidence.SET)
        assert entry.body["baseline"] is True
    finally:
        v.lock()


def _pdf_text(data: bytes) -> str:
    import io

    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_dossier_extract_and_yearly_report_print_the_journal_head(demo_vault):
    import io

    from core.reports import checklist_data, checklist_report, cnil_dossier, incident_extract
    from core.reports.witness import journal_head
    from core.services.checklist import ChecklistService
    from core.services.checklist_files import EvidenceFileService
    from core.services.checklist_plan import ActionPlanService
    from core.services.incidents import IncidentService
    from core.services.practice import PracticeService

    head = journal_head(demo_vault)
    assert head.seq > 0
    expected = f"entrée n° {head.seq} · {head.hash[:16]}"
    practice = PracticeService(demo_vault).get()
    with demo_vault.read() as conn:
        incident_id = conn.execute("SELECT min(id) FROM incident").fetchone()[0]
        closed = conn.execute("SELECT id FROM checklist_assessment WHERE closed_at IS NOT NULL").fetchone()[0]
    record = IncidentService(demo_vault).get(incident_id)
    now = system_clock()
    for render in (cnil_dossier.render, incident_extract.render):
        buf = io.BytesIO()
        render(practice, record, buf, now, journal_head=head)
        text = _pdf_text(buf.getvalue())
        assert expected in text and "Journal d'intégrité" in text
    buf = io.BytesIO()
    checklist = ChecklistService(demo_vault)
    plan = ActionPlanService(demo_vault, checklist=checklist)
    files = EvidenceFileService(demo_vault, checklist=checklist)
    checklist_report.render(checklist_data.build(checklist, plan, files, closed), buf, now, journal_head=head)
    assert expected in _pdf_text(buf.getvalue())


def test_a_backup_from_before_sealing_verifies_restores_and_gets_its_baseline(
    tmp_path, practice, monkeypatch
):
    """Backups written by the previous version hold evidential rows without record entries: they still
    verify (chain only), restore, pass the restore test, and the restored vault is sealed from then on."""
    from core.services.incidents import IncidentService
    from core.services.setup import create_vault

    with monkeypatch.context() as old_version:
        old_version.setattr(evidence, "install_triggers", lambda conn: None)
        old_version.setattr(Vault, "_seal_baseline", lambda self: None)
        v, _code = create_vault(tmp_path / "old" / "vigie.vault", PASSPHRASE, practice)
        IncidentService(v).start("Clé USB perdue")
        folder = B.create_backup(v, tmp_path / "usb")
        v.lock()
    B.verify_backup(folder, PASSPHRASE)
    B.restore_test(folder, PASSPHRASE)
    target = tmp_path / "new" / "vigie.vault"
    B.restore(target, folder, PASSPHRASE)
    restored = Vault.unlock_with_passphrase(target, PASSPHRASE)
    try:
        assert B.verify_vault(restored).sound
        with restored.read() as conn:
            entries = ledger.entries(conn, evidence.SET)
        assert entries and all(e.body.get("baseline") for e in entries)  # one per table, once
        assert "incident" in {e.ref for e in entries}
    finally:
        restored.lock()


def _rechain(conn, start_seq):
    """Recompute every hash from ``start_seq`` on, as a careful forger would (triggers dropped)."""
    rows = conn.execute(
        "SELECT seq, at, kind, ref, body FROM ledger WHERE seq >= ? ORDER BY seq", (start_seq,)
    ).fetchall()
    prev = conn.execute("SELECT hash FROM ledger WHERE seq = ?", (start_seq - 1,)).fetchone()[0]
    for seq, at, kind, reference, body in rows:
        digest = ledger.entry_hash(seq, at, kind, reference, json.loads(body), prev)
        conn.execute("UPDATE ledger SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, seq))
        prev = digest


def test_an_entry_rewritten_with_the_chain_recomputed_is_named(demo_vault):
    with demo_vault.read() as conn:
        target = conn.execute(
            "SELECT seq FROM ledger WHERE kind = 'incident.created' ORDER BY seq LIMIT 1"
        ).fetchone()[0]
    path, dek = _closed(demo_vault)
    with raw_connection(path, dek) as conn:
        drop_ledger_triggers(conn)
        body = json.loads(conn.execute("SELECT body FROM ledger WHERE seq = ?", (target,)).fetchone()[0])
        body["aware_at"] = "2020-01-01T00:00:00+00:00"
        conn.execute("UPDATE ledger SET body = ? WHERE seq = ?", (ledger.canonical(body), target))
        _rechain(conn, target)
    report = _verify(path)
    assert not report.sound
    assert report.reasons[0] == (
        f"journal : entrée n° {target} modifiée après coup (son authentification ne correspond plus)"
    ), report.reasons


def test_a_tail_cut_with_a_correctly_signed_anchor_is_still_caught(demo_vault):
    """Even a forger who recomputes the anchor's HMAC with the key leaves the entries' authentications."""
    from core.vault import _signed_anchor

    with demo_vault.read() as conn:
        total = ledger.head(conn).seq
    path, dek = _closed(demo_vault)
    with raw_connection(path, dek) as conn:
        drop_ledger_triggers(conn)
        conn.execute("DELETE FROM ledger WHERE seq > ?", (total - 3,))
        new_head = ledger.head(conn)
        db_uuid = conn.execute("SELECT value FROM meta WHERE key = 'db_uuid'").fetchone()[0]
    kf = keyfile_path(path)
    doc = json.loads(kf.read_bytes())
    doc["anchor"] = _signed_anchor(dek, db_uuid, new_head)
    kf.write_text(json.dumps(doc))
    report = _verify(path)
    assert not report.sound and not report.anchor_problem
    assert (
        f"journal : entrée n° {total - 2} disparue du journal (son authentification subsiste)"
        in report.reasons
    )


def test_an_entry_slipped_in_outside_vigie_is_not_authenticated_by_the_next_commit(demo_vault):
    path, dek = _closed(demo_vault)
    with raw_connection(path, dek) as conn:
        ledger.append(conn, "incident.note", {"faux": True}, to_iso(system_clock()))
        forged = ledger.head(conn).seq
    v = Vault.unlock_with_passphrase(path, PASSPHRASE)
    try:
        with v.transaction() as conn:
            ledger.append(conn, "test.event", {}, to_iso(system_clock()))
        reasons = B.verify_vault(v).reasons
    finally:
        v.lock()
    assert f"journal : entrée n° {forged} sans authentification (ajoutée hors de Vigie)" in reasons


def test_a_vault_from_before_entry_authentication_is_upgraded_authenticated_and_sealed(vault):
    """Schema 8 had neither entry authentication nor record sealing: after the upgrade every existing entry is
    authenticated once and every evidential row sealed once, and verify is sound."""
    from core.services.incidents import IncidentService
    from core.storage import ledger_auth

    IncidentService(vault).start("Courriel mal adressé")
    path, dek = vault.path, vault.with_dek()
    vault.lock()
    with raw_connection(path, dek) as conn:  # back to what schema 8 had
        conn.execute("DROP TABLE ledger_auth")
        conn.execute(
            "DELETE FROM meta WHERE key IN (?, ?)", (ledger_auth.BASELINE_META, evidence.BASELINE_META)
        )
        # Later migrations run again after 8 too: undo them as well (0010, the exposure box state columns;
        # 0011, the findings' text code).
        for table, column in (
            ("exposure_scan", "box_state"),
            ("exposure_scan", "box_reason"),
            ("exposure_scan", "box_reason_text"),
            ("exposure_finding", "external_port"),
            ("exposure_finding", "rule"),
            ("exposure_finding", "remote_host"),
            ("exposure_finding", "code"),
            ("exposure_finding", "params"),
        ):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        conn.execute("PRAGMA user_version = 8")
    v = Vault.unlock_with_passphrase(path, PASSPHRASE)
    try:
        assert B.verify_vault(v).sound
        with v.read() as conn:
            entries, authenticated = conn.execute(
                "SELECT (SELECT count(*) FROM ledger), (SELECT count(*) FROM ledger_auth)"
            ).fetchone()
            assert entries == authenticated
            assert any(e.body.get("baseline") for e in ledger.entries(conn, evidence.SET))
    finally:
        v.lock()
    assert path.with_name(path.name + ".pre-migration-v8").exists()
