"""A damaged backup's detail reaches the English GUI in English (gui/messages.py renders core's damage codes)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from core.errors import BACKUP_DAMAGE, CorruptBackup
from core.services import backup as B
from gui import i18n
from gui.messages import backup_damage, error_text
from tests.core.reliability import flip_byte

PARAMS = {"seq": 7, "claimed": 9, "technical": "file is not a database", "table": "incident", "key": "[3]"}


def _build_catalogue() -> None:
    path = Path(__file__).resolve().parents[2] / "tools" / "i18n.py"
    spec = importlib.util.spec_from_file_location("i18n_tool", path)
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    tool.build()


@pytest.fixture
def english(qapp):
    _build_catalogue()
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "fr")


def test_every_damage_code_has_its_own_text_in_french_and_english(qapp, english):
    unknown = backup_damage({"damage": "?"})
    english_texts = {code: backup_damage({"damage": code, **PARAMS}) for code in BACKUP_DAMAGE}
    assert unknown not in english_texts.values()
    for code, text in english_texts.items():
        assert "{" not in text, code
    i18n.install(qapp, "fr")
    french = {code: backup_damage({"damage": code, **PARAMS}) for code in BACKUP_DAMAGE}
    assert all("{" not in t for t in french.values())
    assert all(french[code] != english_texts[code] for code in BACKUP_DAMAGE)  # each one translated
    assert french["journal_ends_early"] == "le journal copié finit à l'entrée n° 7, le manifeste dit 9"


def test_a_garbled_backup_reads_in_english(vault, passphrase, tmp_path, english):
    folder = B.create_backup(vault, tmp_path / "usb")
    flip_byte(folder / B.DB_NAME, 40)
    with pytest.raises(CorruptBackup) as caught:
        B.verify_backup(folder, passphrase)
    text = error_text(caught.value)
    assert folder.name in text
    assert "illisible" not in text and "endommagée" not in text and "copie " not in text
    assert "the copy cannot be read" in text or "the copy is damaged" in text


def test_a_garbled_manifest_and_a_bad_generation_count_read_in_english(vault, passphrase, tmp_path, english):
    from core.errors import InvalidInput

    folder = B.create_backup(vault, tmp_path / "usb")
    (folder / B.MANIFEST_NAME).write_text("{pas du json", encoding="utf-8")
    with pytest.raises(InvalidInput) as caught:
        B.verify_backup(folder, passphrase)
    assert "the backup manifest cannot be read" in error_text(caught.value)
    with pytest.raises(InvalidInput) as caught:
        B.set_generations(vault, 0)
    assert "between 1 and 365 backups" in error_text(caught.value)
