"""A CNIL notification recorded without its number (``incident notify`` without ``--reference``): no document
prints an empty reference. The practitioner's documents say the number is to be completed; the patients'
never mention it; ``incident notify --reference`` alone completes it later."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from core.cli import main
from tests.conftest import PASSPHRASE
from tests.core.test_incident_record_cli import JOURNALIST, vault_file  # noqa: F401 - fixture

EMPTY_REFERENCE = re.compile(r"n°\s*(?:[.,;)\]]|$)|réf\.\s*[)\]]|\(n°\s*\)", re.MULTILINE)


@pytest.fixture
def practice(practice):
    """The suite's practice with its street address: letters and notices to patients need it."""
    from dataclasses import replace

    return replace(practice, address="12 rue de la Roquette")


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)


def documents(vault: Path, tmp_path: Path, capsys) -> dict[str, str]:  # noqa: ANN001
    texts = {}
    for kind in ("dossier", "extract", "letter", "notice"):
        out = tmp_path / f"{kind}.pdf"
        args = ["incident", kind, "--vault", str(vault), "--incident", "1", "--out", str(out)]
        assert main(args) == 0, capsys.readouterr().err
        texts[kind] = pdf_text(out)
    capsys.readouterr()
    return texts


def test_no_document_prints_an_empty_reference(vault_file, tmp_path, monkeypatch, capsys) -> None:  # noqa: F811
    monkeypatch.setenv("VIGIE_PASSPHRASE", PASSPHRASE)
    facts = tmp_path / "f.json"
    facts.write_text(
        json.dumps({**JOURNALIST, "discovery_means": "third_party", "cross_border": False}), "utf-8"
    )
    assert main(["incident", "record", "--vault", str(vault_file), "--facts", str(facts)]) == 0
    base = ["incident", "notify", "--vault", str(vault_file), "--incident", "1"]
    assert main([*base, "--at", "2026-11-06T10:30:00+01:00"]) == 0
    texts = documents(vault_file, tmp_path, capsys)
    for kind, text in texts.items():
        assert not EMPTY_REFERENCE.search(text), (kind, EMPTY_REFERENCE.search(text))
    assert "numéro de notification à compléter" in texts["dossier"]
    assert "Numéro" in texts["extract"] and "à compléter" in texts["extract"]
    for kind in ("letter", "notice"):  # patient-facing: the notification, never its number
        assert "(CNIL) a été informée le 6 novembre 2026" in texts[kind], kind
        assert "compléter" not in texts[kind] and "n°" not in texts[kind], kind
    # The CNIL form's means of discovery and cross-border answer reach the dossier.
    assert "Moyen de découverte Signalement d'un tiers (journaliste" in texts["dossier"]
    assert "Non : les personnes concernées résident en France" in texts["dossier"]

    # The number arrives later: --reference alone completes it, once.
    assert main([*base, "--reference", "NOTIF-2026-77"]) == 0
    texts = documents(vault_file, tmp_path, capsys)
    assert "notification n° NOTIF-2026-77" in texts["dossier"]
    assert "NOTIF-2026-77" in texts["extract"] and "à compléter" not in texts["extract"]
    assert "NOTIF-2026-77" not in texts["letter"]
    capsys.readouterr()
    assert main(["verify", "--vault", str(vault_file)]) == 0, capsys.readouterr()  # the change is sealed
    assert main([*base, "--reference", "AUTRE"]) == 1  # already has its number
    assert "déjà" in capsys.readouterr().err
    assert main(base) == 2  # neither a date nor a number
    assert "--at" in capsys.readouterr().err


def test_completing_the_number_needs_a_notification(vault_file, tmp_path, monkeypatch, capsys) -> None:  # noqa: F811
    monkeypatch.setenv("VIGIE_PASSPHRASE", PASSPHRASE)
    facts = tmp_path / "f.json"
    facts.write_text(json.dumps(JOURNALIST), "utf-8")
    assert main(["incident", "record", "--vault", str(vault_file), "--facts", str(facts)]) == 0
    base = ["incident", "notify", "--vault", str(vault_file), "--incident", "1"]
    assert main([*base, "--reference", "NOTIF-1"]) == 1
    assert "aucune notification" in capsys.readouterr().err
