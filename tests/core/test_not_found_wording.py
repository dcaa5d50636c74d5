"""What was not found is a code of a closed list (core.errors.NOT_FOUND) with its parameters, never French prose:
worded here in French for the command line, translated by the GUI (tests/gui/test_not_found_text.py)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from core.cli import main
from core.errors import NOT_FOUND, NoAssessmentForYear, NotFound
from core.messages import NOT_FOUND_FR, message

ROOT = Path(__file__).resolve().parents[2]
PARAMS = {"number": 5, "ref": "T01", "key": "notify_cnil", "item": "RESEAU-03"}


def test_every_code_has_its_french_text_and_nothing_else():
    assert set(NOT_FOUND_FR) == set(NOT_FOUND)
    texts = {code: message(NotFound(what=code, **PARAMS)) for code in NOT_FOUND}
    assert all("{" not in t and t != "Élément introuvable." for t in texts.values()), texts
    assert len(set(texts.values())) == len(texts)  # each says what it is about


def test_the_command_line_says_what_was_not_found():
    assert str(NotFound(what="incident", number=12)) == "Incident n° 12 introuvable."
    assert str(NotFound(what="activity", ref="T04")) == "Activité T04 introuvable."
    assert str(NotFound(what="practice")) == "Identité du cabinet introuvable : renseignez-la d'abord."
    assert str(NoAssessmentForYear(year=2031)) == "Aucune auto-évaluation de sécurité n'existe pour l'année 2031."


def test_an_unknown_code_is_refused():
    with pytest.raises(AssertionError):
        NotFound(what="incident n° 3")
    with pytest.raises(AssertionError):
        NotFound()


def test_core_raises_only_codes_of_the_list():
    """Every ``NotFound(...)`` in core names a literal code of NOT_FOUND; its other arguments are values."""
    seen = set()
    for path in (ROOT / "core").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "NotFound":
                what = next(k.value for k in node.keywords if k.arg == "what")
                assert isinstance(what, ast.Constant) and what.value in NOT_FOUND, (path, ast.unparse(node))
                assert not node.args, (path, ast.unparse(node))
                seen.add(what.value)
    assert seen == set(NOT_FOUND)  # no code left unused


def test_a_missing_incident_says_so_on_the_command_line(vault, capsys, tmp_path, passphrase, monkeypatch):
    monkeypatch.setenv("VIGIE_PASSPHRASE", passphrase)
    path = vault.path
    vault.close()
    out = tmp_path / "x.pdf"
    code = main(["incident", "dossier", "--vault", str(path), "--incident", "999", "--out", str(out)])
    assert code == 1 and not out.exists()
    assert "Incident n° 999 introuvable." in capsys.readouterr().err
