"""Damaged files are reported as corruption, never as a wrong passphrase, and never written to."""

from __future__ import annotations

import pytest

from core.errors import CorruptVault, WrongPassphrase
from core.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.conftest import copy_vault, file_state

PAGE = 4096


def _flip(path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def _problems(path) -> list[str]:
    """What a user would be told: either the vault refuses to open as corrupt, or its check lists problems."""
    try:
        vault = Vault.unlock_with_passphrase(path, PASSPHRASE)
    except CorruptVault as exc:
        return [str(exc)]
    with vault:
        report = vault.check()
    assert report.sound is (not report.problems)
    return report.problems


def test_big_vault_spans_many_pages(big_vault):
    size = big_vault.stat().st_size
    assert size % PAGE == 0
    assert size // PAGE >= 20
    with Vault.unlock_with_passphrase(big_vault, PASSPHRASE) as vault:
        report = vault.check()
    assert report.sound and report.problems == []
    assert report.schema_version >= 1
    assert report.cipher_version


@pytest.mark.parametrize("offset", [0, 15, 16, 200, 2048, PAGE - 1], ids=lambda o: f"byte{o}")
def test_flip_in_page_one_is_corrupt_not_wrong_passphrase(big_vault, tmp_path, offset):
    damaged = copy_vault(big_vault, tmp_path / "d" / "damaged.vault")
    _flip(damaged, offset)
    before = file_state(damaged)
    with pytest.raises(CorruptVault) as info:
        Vault.unlock_with_passphrase(damaged, PASSPHRASE)
    assert not isinstance(info.value, WrongPassphrase)
    assert "phrase de passe" in str(info.value)  # the message says the passphrase is NOT the problem
    assert file_state(damaged) == before
    # A wrong passphrase on the damaged file is still a wrong passphrase (the key slot decides first).
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_passphrase(damaged, "pas la bonne")


@pytest.mark.parametrize("page", [2, 5, 12, -1], ids=lambda p: f"page{p}")
def test_flip_in_a_later_page_is_reported_by_check(big_vault, tmp_path, page):
    damaged = copy_vault(big_vault, tmp_path / "d" / "damaged.vault")
    pages = damaged.stat().st_size // PAGE
    number = pages if page == -1 else page
    _flip(damaged, (number - 1) * PAGE + 777)
    before = file_state(damaged)
    with Vault.unlock_with_passphrase(damaged, PASSPHRASE) as vault:
        report = vault.check()
    assert not report.sound
    assert any(f"page {number}" in p and "HMAC" in p for p in report.problems), report.problems
    assert report.schema_version >= 1
    assert file_state(damaged) == before


@pytest.mark.parametrize("cut", [1, PAGE // 2, PAGE, 3 * PAGE], ids=lambda c: f"cut{c}")
def test_truncation_is_reported(big_vault, tmp_path, cut):
    damaged = copy_vault(big_vault, tmp_path / "d" / "damaged.vault")
    data = damaged.read_bytes()
    damaged.write_bytes(data[: len(data) - cut])
    problems = _problems(damaged)
    assert problems, "a truncated vault must not pass as sound"


def test_page_one_destroyed(big_vault, tmp_path):
    damaged = copy_vault(big_vault, tmp_path / "d" / "damaged.vault")
    data = bytearray(damaged.read_bytes())
    data[:PAGE] = b"\x00" * PAGE
    damaged.write_bytes(bytes(data))
    with pytest.raises(CorruptVault):
        Vault.unlock_with_passphrase(damaged, PASSPHRASE)


def test_empty_vault_file(big_vault, tmp_path):
    damaged = copy_vault(big_vault, tmp_path / "d" / "damaged.vault")
    damaged.write_bytes(b"")
    with pytest.raises(CorruptVault):
        Vault.unlock_with_passphrase(damaged, PASSPHRASE)
    assert damaged.read_bytes() == b""


def test_damage_is_reported_on_read(big_vault, tmp_path):
    damaged = copy_vault(big_vault, tmp_path / "d" / "damaged.vault")
    # The filler rows were written last, so the last pages belong to the meta table or its index, whatever
    # the schema before them (every feature adds tables).
    pages = damaged.stat().st_size // PAGE
    for number in range(pages - 4, pages + 1):
        _flip(damaged, (number - 1) * PAGE + 100)
    with (
        Vault.unlock_with_passphrase(damaged, PASSPHRASE) as vault,
        pytest.raises(CorruptVault),
        vault.read() as conn,
    ):
        conn.execute("SELECT count(*), max(length(value)) FROM meta").fetchall()
        conn.execute("SELECT key FROM meta ORDER BY key").fetchall()
