"""``incident record`` and ``incident notify``: the wizard's headless twin, on the same core path."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from core.cli import main
from core.services.setup import create_vault
from tests.conftest import PASSPHRASE
from tests.core.test_incident_cli_and_demo import run

# "A journalist called last night at 18:00: the imaging server was browsable from the Internet."
JOURNALIST = {
    "format": "vigie.breach-facts/1",
    "aware_at": "2026-11-05T18:00:00+01:00",
    "personal_data": True,
    "nature": ["confidentiality"],
    "origin": "unintended_publication",
    "cause": "internal_accidental",
    "data_categories": ["civil_status", "health"],
    "subjects": {"categories": ["patients"], "count": 3000},
    "records_count": 20000,
    "identifiability": "direct",
    "protection": "none",
    "storage_medium": "server",
    "status": "established",
    "confidentiality": {"exposure": "known_and_unknown_recipients"},
}


@pytest.fixture
def vault_file(tmp_path, practice) -> Path:
    path = tmp_path / "v" / "test.vault"
    create_vault(path, PASSPHRASE, practice)[0].lock()
    return path


def test_record_uses_the_facts_awareness_and_the_conclusion(vault_file, tmp_path) -> None:
    facts = tmp_path / "faits.json"
    facts.write_text(json.dumps(JOURNALIST), "utf-8")
    proc = run(
        "incident",
        "record",
        "--vault",
        str(vault_file),
        "--facts",
        str(facts),
        "--json",
        "--title",
        "Serveur d'imagerie accessible depuis Internet",
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert set(out) == {"id", "deadline", "notify_authority", "inform_subjects"}
    # awareness + 72 h, the awareness given (not the moment the command ran)
    assert out["deadline"] == "2026-11-08T18:00:00+01:00"
    assert (out["notify_authority"], out["inform_subjects"]) == (True, True)

    listing = json.loads(run("incident", "list", "--vault", str(vault_file), "--json").stdout)
    (row,) = listing
    assert row["id"] == out["id"] and row["title"] == "Serveur d'imagerie accessible depuis Internet"
    assert datetime.fromisoformat(row["aware_at"]) == datetime(2026, 11, 5, 17, 0, tzinfo=UTC)
    assert row["decision"] == {"notify_authority": True, "inform_subjects": True, "overridden": False}

    proc = run(
        "incident",
        "notify",
        "--vault",
        str(vault_file),
        "--incident",
        str(out["id"]),
        "--at",
        "2026-11-06T10:30:00+01:00",
        "--reference",
        "NOTIF-2026-123",
    )
    assert proc.returncode == 0, proc.stderr
    listing = json.loads(run("incident", "list", "--vault", str(vault_file), "--json").stdout)
    assert datetime.fromisoformat(listing[0]["notified_at"]) == datetime(2026, 11, 6, 9, 30, tzinfo=UTC)


def test_record_plain_output_is_the_number(vault_file, tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("VIGIE_PASSPHRASE", PASSPHRASE)
    facts = tmp_path / "f.json"
    facts.write_text(json.dumps({**JOURNALIST, "protection": "encrypted_key_safe"}), "utf-8")
    assert main(["incident", "record", "--vault", str(vault_file), "--facts", str(facts)]) == 0
    assert capsys.readouterr().out.strip() == "1"


def test_bad_facts_exit_2_naming_the_field_and_nothing_written(
    vault_file, tmp_path, monkeypatch, capsys
) -> None:
    monkeypatch.setenv("VIGIE_PASSPHRASE", PASSPHRASE)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**JOURNALIST, "storage_medium": "floppy"}), "utf-8")
    assert main(["incident", "record", "--vault", str(vault_file), "--facts", str(bad)]) == 2
    captured = capsys.readouterr()
    assert "$.storage_medium" in captured.err and captured.out == ""
    future = tmp_path / "future.json"
    later = (datetime.now(UTC) + timedelta(days=2)).isoformat()
    future.write_text(json.dumps({**JOURNALIST, "aware_at": later}), "utf-8")
    assert main(["incident", "record", "--vault", str(vault_file), "--facts", str(future)]) == 2
    assert "aware_at" in capsys.readouterr().err
    assert main(["incident", "list", "--vault", str(vault_file), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_notify_late_needs_a_reason_and_a_valid_date(vault_file, tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("VIGIE_PASSPHRASE", PASSPHRASE)
    facts = tmp_path / "f.json"
    facts.write_text(json.dumps(JOURNALIST), "utf-8")
    assert main(["incident", "record", "--vault", str(vault_file), "--facts", str(facts)]) == 0
    capsys.readouterr()
    base = ["incident", "notify", "--vault", str(vault_file), "--incident", "1"]
    assert main([*base, "--at", "hier"]) == 2
    assert "--at" in capsys.readouterr().err
    assert main([*base, "--at", "2026-11-10T09:00:00+01:00"]) == 2  # past the deadline, no reason
    assert "delay_reason" in capsys.readouterr().err
    assert main([*base, "--at", "2026-11-10T09:00:00+01:00", "--delay-reason", "Cabinet fermé"]) == 0


def test_record_agrees_with_assess_on_every_edpb_example(vault_file, tmp_path, monkeypatch, capsys) -> None:
    """The headless twin decides as ``assess`` does, on the EDPB worked examples and the corrected cases."""
    from tests.core.breach_helpers import doc
    from tests.core.test_breach_edpb_examples import CASES_01_2021, EXAMPLES_9_2022
    from tests.core.test_breach_legal_corrections import RANSOMWARE_RESTORED_IN_3_HOURS

    monkeypatch.setenv("VIGIE_PASSPHRASE", PASSPHRASE)
    cases = {
        **CASES_01_2021,
        **EXAMPLES_9_2022,
        "ransomware 3 h": (RANSOMWARE_RESTORED_IN_3_HOURS, (True, True)),
    }
    facts = tmp_path / "case.json"
    for name, (fields, expected) in cases.items():
        document = {**doc(**fields), "aware_at": "2026-11-05T18:00:00+01:00"}
        facts.write_text(json.dumps(document), "utf-8")
        assert main(["assess", str(facts)]) == 0
        assessed = json.loads(capsys.readouterr().out)
        assert main(["incident", "record", "--vault", str(vault_file), "--facts", str(facts), "--json"]) == 0
        recorded = json.loads(capsys.readouterr().out)
        got = (recorded["notify_authority"], recorded["inform_subjects"])
        assert got == expected == (assessed["notify_authority"], assessed["inform_subjects"]), name
        assert recorded["deadline"] == (assessed["deadline"] if got[0] else None), name
