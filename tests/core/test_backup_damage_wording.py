"""A damaged backup says what is wrong from a code and parameters (core.errors.BACKUP_DAMAGE), worded at the
edge: French here for the command line, translated by the GUI (tests/gui/test_backup_damage_text.py)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from core.errors import BACKUP_DAMAGE, CorruptBackup
from core.messages import BACKUP_DAMAGE_FR
from core.services import backup as B
from tests.core.reliability import flip_byte

ROOT = Path(__file__).resolve().parents[2]


def test_every_damage_has_its_french_text_and_nothing_else():
    assert set(BACKUP_DAMAGE_FR) == set(BACKUP_DAMAGE)


def test_backup_code_raises_only_codes_never_prose():
    source = (ROOT / "core" / "services" / "backup.py").read_text(encoding="utf-8")
    assert "detail=" not in source
    for code in re.findall(r'damage="(\w+)"', source):
        assert code in BACKUP_DAMAGE, code


def test_an_unknown_damage_code_is_refused():
    with pytest.raises(AssertionError):
        CorruptBackup(backup="b", damage="illisible")


@pytest.fixture
def backup(vault, tmp_path):
    return B.create_backup(vault, tmp_path / "usb")


def _copy(folder: Path, tmp_path: Path, name: str) -> Path:
    target = tmp_path / "copies" / name
    shutil.copytree(folder, target)
    return target


def test_a_garbled_copy_is_named_by_code_with_sqlites_words_apart(backup, passphrase, tmp_path):
    copy = _copy(backup, tmp_path, "flip")
    flip_byte(copy / B.DB_NAME, 40)
    with pytest.raises(CorruptBackup) as caught:
        B.verify_backup(copy, passphrase)
    params = caught.value.params
    assert params["damage"] in ("copy_unreadable", "copy_integrity") and params["technical"]
    text = str(caught.value)
    assert copy.name in text and "copie" in text and "coffre en service n'est pas en cause" in text


@pytest.mark.parametrize(
    ("change", "damage", "wording"),
    [
        (lambda doc: doc["counts"].__setitem__("ledger", doc["counts"]["ledger"] + 1), "counts_differ",
         "le nombre d'enregistrements de la copie diffère du manifeste"),
        (lambda doc: doc["ledger_head"].__setitem__("seq", doc["ledger_head"]["seq"] + 1), "head_unauthentic",
         "tête du journal du manifeste non authentique"),
        (lambda doc: doc.__setitem__("ledger_head", {}), "head_missing", "tête du journal absente du manifeste"),
    ],
)
def test_manifest_damage_is_worded_from_its_code(backup, passphrase, tmp_path, change, damage, wording):
    copy = _copy(backup, tmp_path, damage)
    doc = json.loads((copy / B.MANIFEST_NAME).read_text(encoding="utf-8"))
    change(doc)
    (copy / B.MANIFEST_NAME).write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(CorruptBackup) as caught:
        B.verify_backup(copy, passphrase)
    assert caught.value.params["damage"] == damage
    assert f"({wording})" in str(caught.value)


def test_a_missing_copy(backup, passphrase):
    (backup / B.DB_NAME).unlink()
    with pytest.raises(CorruptBackup) as caught:
        B.verify_backup(backup, passphrase)
    assert caught.value.params["damage"] == "copy_missing"
    assert "(copie du coffre absente)" in str(caught.value)
