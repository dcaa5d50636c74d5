"""What is on disk: no plaintext header, no canary, no key in clear; key file written atomically."""

from __future__ import annotations

import json
import os
import re

import pytest

from core.errors import CorruptKeyFile, DamagedKeySlot, KeyFileMissing, VaultNotFound
from core.paths import keyfile_path, lockfile_path
from core.services.practice import PracticeService
from core.vault import Vault
from tests.conftest import PASSPHRASE

SQLITE_HEADER = b"SQLite format 3\x00"
CANARY = "CANARI-PATIENT-Zoé-Dupont-7f3a9c"


def _hex_strings(data: bytes) -> set[str]:
    return {m.group(0).decode().lower() for m in re.finditer(rb"[0-9a-fA-F]{64}", data)}


def test_vault_file_has_no_sqlite_header(vault, vault_path):
    assert vault_path.read_bytes()[:16] != SQLITE_HEADER
    assert SQLITE_HEADER not in vault_path.read_bytes()


def test_canary_absent_from_vault_keyfile_and_journal(vault, vault_path):
    service = PracticeService(vault)
    practice = service.get()
    from dataclasses import replace

    service.save(replace(practice, address=CANARY, practitioner=CANARY))
    assert service.get().address == CANARY
    canary_forms = [CANARY.encode("utf-8"), CANARY.encode("utf-16-le"), b"7f3a9c"]

    # While a transaction is open the rollback journal holds the original pages, canary included.
    journal = vault_path.with_name(vault_path.name + "-journal")
    with vault.transaction() as conn:
        conn.execute("UPDATE practice SET address = 'autre adresse' WHERE id = 1")
        conn.execute("INSERT INTO meta (key, value) VALUES ('k', ?)", ("y" * 5000,))
        assert journal.exists(), "DELETE journal mode: a journal exists during a write transaction"
        journal_bytes = journal.read_bytes()
    assert not journal.exists(), "journal removed after commit"
    assert len(journal_bytes) > 4096
    vault.lock()

    for data, label in (
        (vault_path.read_bytes(), "vault"),
        (keyfile_path(vault_path).read_bytes(), "key file"),
        (journal_bytes, "journal"),
    ):
        for form in canary_forms:
            assert form not in data, f"canary found in {label}"
    leftovers = [
        p.name for p in vault_path.parent.iterdir() if p.name.endswith(("-journal", "-wal", ".part"))
    ]
    assert leftovers == []


def test_keyfile_holds_no_key_and_no_passphrase(vault, vault_path):
    key_hex = vault.with_dek().hex()
    raw = keyfile_path(vault_path).read_bytes()
    assert key_hex not in _hex_strings(raw)
    assert key_hex.encode() not in raw.lower()
    assert PASSPHRASE.encode() not in raw
    doc = json.loads(raw)
    assert set(doc["slots"]) == {"passphrase", "recovery"}
    assert doc["kcv"] != key_hex[: len(doc["kcv"])]
    # Neither does the vault file itself carry the raw key.
    assert bytes.fromhex(key_hex) not in vault_path.read_bytes()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_vault_and_keyfile_are_private(vault, vault_path):
    assert keyfile_path(vault_path).stat().st_mode & 0o077 == 0
    assert vault_path.stat().st_mode & 0o077 == 0
    assert lockfile_path(vault_path).stat().st_mode & 0o077 == 0  # empty, but nothing beside a vault is shared
    journal = vault_path.with_name(vault_path.name + "-journal")
    with vault.transaction() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('mode', 'x')")
        assert journal.stat().st_mode & 0o077 == 0


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_lock_file_left_world_readable_by_an_older_version_is_made_private(vault, vault_path):
    vault.lock()
    lock = lockfile_path(vault_path)
    lock.chmod(0o644)
    again = Vault.unlock_with_passphrase(vault_path, PASSPHRASE)
    try:
        assert lock.stat().st_mode & 0o777 == 0o600
    finally:
        again.lock()


def test_keyfile_written_atomically_no_part_left(vault, vault_path):
    vault.change_passphrase("une autre phrase de passe")
    vault.rotate_recovery_code()
    vault.update_anchor({"seq": 3})
    assert not [p for p in vault_path.parent.iterdir() if p.name.endswith(".part")]


def test_keyfile_write_failure_keeps_old_file_and_no_part(vault, vault_path, monkeypatch):
    kf = keyfile_path(vault_path)
    before = kf.read_bytes()

    def refuse(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("core.storage.atomic.os.replace", refuse)
    with pytest.raises(OSError):
        vault.change_passphrase("une autre phrase de passe")
    monkeypatch.undo()
    assert kf.read_bytes() == before
    assert not [p for p in vault_path.parent.iterdir() if p.name.endswith(".part")]
    vault.lock()
    Vault.unlock_with_passphrase(vault_path, PASSPHRASE).lock()


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],
        lambda raw: b"",
        lambda raw: b"\xff\xfe not json",
        lambda raw: b"[]",
        lambda raw: raw.replace(b'"vigie.keys/1"', b'"vigie.keys/9"'),
        lambda raw: json.dumps({**json.loads(raw), "slots": "nope"}).encode(),
        lambda raw: json.dumps({**json.loads(raw), "slots": {"recovery": {}}}).encode(),
    ],
    ids=["truncated", "empty", "binary", "list", "format", "slots-type", "no-passphrase-slot"],
)
def test_corrupt_keyfile(vault, vault_path, damage):
    vault.lock()
    kf = keyfile_path(vault_path)
    kf.write_bytes(damage(kf.read_bytes()))
    with pytest.raises(CorruptKeyFile):
        Vault.unlock_with_passphrase(vault_path, PASSPHRASE)


def test_keyfile_slot_with_bad_base64_or_kcv_is_corrupt(vault, vault_path):
    vault.lock()
    kf = keyfile_path(vault_path)
    doc = json.loads(kf.read_bytes())
    good = json.dumps(doc)
    doc["slots"]["passphrase"]["salt"] = "***"
    kf.write_text(json.dumps(doc))
    with pytest.raises(CorruptKeyFile):
        Vault.unlock_with_passphrase(vault_path, PASSPHRASE)
    doc = json.loads(good)
    doc["kcv"] = "0" * 32
    kf.write_text(json.dumps(doc))
    with pytest.raises(CorruptKeyFile):
        Vault.unlock_with_passphrase(vault_path, PASSPHRASE)
    # An altered sealed key: GCM alone cannot tell it from a wrong passphrase, the slot's checksum can.
    doc = json.loads(good)
    sealed = doc["slots"]["passphrase"]["sealed"]
    doc["slots"]["passphrase"]["sealed"] = ("A" if sealed[0] != "A" else "B") + sealed[1:]
    kf.write_text(json.dumps(doc))
    with pytest.raises(DamagedKeySlot) as caught:
        Vault.unlock_with_passphrase(vault_path, PASSPHRASE)
    assert caught.value.params["slot"] == "passphrase"


def test_missing_keyfile_and_missing_vault(vault, vault_path, tmp_path):
    vault.lock()
    keyfile_path(vault_path).unlink()
    with pytest.raises(KeyFileMissing):
        Vault.unlock_with_passphrase(vault_path, PASSPHRASE)
    with pytest.raises(VaultNotFound):
        Vault.unlock_with_passphrase(tmp_path / "nowhere.vault", PASSPHRASE)


def test_change_passphrase_rewrites_only_the_passphrase_slot(vault, vault_path):
    kf = keyfile_path(vault_path)
    before = json.loads(kf.read_bytes())
    vault.change_passphrase("nouvelle phrase de passe tout à fait solide")
    after = json.loads(kf.read_bytes())
    assert json.dumps(after["slots"]["recovery"], sort_keys=True) == json.dumps(
        before["slots"]["recovery"], sort_keys=True
    )
    assert after["slots"]["passphrase"] != before["slots"]["passphrase"]
    for field in ("db_uuid", "kcv", "created_at", "cipher", "format"):
        assert after[field] == before[field]
