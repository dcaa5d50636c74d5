"""``incident list/dossier/letter/extract`` from the command line, and the demo incidents."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader

from core.demo import incidents as demo_incidents
from core.services.incidents import IncidentService
from tests.conftest import PASSPHRASE, child_pythonpath

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "VIGIE_PASSPHRASE": PASSPHRASE, "PYTHONPATH": child_pythonpath()}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )


def test_demo_has_the_three_kinds_of_incident(demo_vault) -> None:
    service = IncidentService(demo_vault)
    rows = {r.title: r for r in service.list()}
    laptop = rows["Vol de l'ordinateur portable du cabinet"]
    assert laptop.awaiting_notification and laptop.deadline is not None
    ransom = rows["Rançongiciel sur le poste d'accueil"]
    assert ransom.notified_at is not None and ransom.status == "closed"
    mail = rows["Message sécurisé envoyé au mauvais confrère"]
    assert mail.notify is False and mail.status == "closed"
    ((pending, cd),) = service.pending_deadlines()
    assert pending.id == laptop.id and not cd.overdue
    record = service.get(ransom.id)
    assert [n.type for n in record.notifications] == ["initial", "complementary"]


def test_large_demo_bulk_insert(vault) -> None:
    now = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
    demo_incidents._large(vault, random.Random(1), now, count=400)
    service = IncidentService(vault, lambda: now)
    rows = service.list()
    assert len(rows) == 400 and all(r.status == "closed" for r in rows)
    with vault.read() as conn:
        assert conn.execute("SELECT count(*) FROM incident_event").fetchone()[0] == 2000
    with vault.read() as conn:
        from core.storage import ledger

        report = ledger.verify(conn)
    assert report.ok and report.entries >= 400
    record = service.get(rows[0].id)
    assert record.latest is not None and record.latest.facts.aware_at == record.incident.aware_at
    assert service.list(year=rows[-1].aware_at.year)


def test_cli_list_json_and_documents(tmp_path, monkeypatch, capsys) -> None:
    from core.cli import main
    from core.demo import build

    path = tmp_path / "demo.vault"
    build(path, PASSPHRASE)[0].lock()
    proc = run("incident", "list", "--vault", str(path), "--json")  # the real command line, once
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert {"id", "title", "status", "decision", "deadline"} <= set(rows[0])
    open_row = next(r for r in rows if r["status"] == "open")
    assert open_row["decision"]["notify_authority"] and open_row["deadline"].endswith(("+01:00", "+02:00"))

    monkeypatch.setenv("VIGIE_PASSPHRASE", PASSPHRASE)
    assert main(["incident", "list", "--vault", str(path), "--status", "closed"]) == 0
    listing = capsys.readouterr().out
    assert "Rançongiciel" in listing and "Vol de" not in listing
    for command in ("dossier", "letter", "extract"):
        out = tmp_path / f"{command}.pdf"
        assert (
            main(
                [
                    "incident",
                    command,
                    "--vault",
                    str(path),
                    "--incident",
                    str(open_row["id"]),
                    "--out",
                    str(out),
                ]
            )
            == 0
        )
        assert PdfReader(str(out)).pages
    assert (
        main(
            [
                "incident",
                "dossier",
                "--vault",
                str(path),
                "--incident",
                "999",
                "--out",
                str(tmp_path / "x.pdf"),
            ]
        )
        == 1
    )
    assert "introuvable" in capsys.readouterr().err and not (tmp_path / "x.pdf").exists()
