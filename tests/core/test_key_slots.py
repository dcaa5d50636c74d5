"""Key-file damage told apart from a wrong secret; two-phase recovery rotation; leftovers; passphrase rules."""

from __future__ import annotations

import json
import os

import pytest

from core import crypto
from core.errors import (
    CorruptKeyFile,
    DamagedKeySlot,
    VaultInUse,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)
from core.paths import keyfile_path
from core.services import backup as B
from core.vault import PENDING_RECOVERY_SLOT, Vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def closed(vault_path):
    vault, code = Vault.create(vault_path, PASSPHRASE)
    vault.lock()
    return vault_path, code


def _span(raw: bytes, slot: str) -> range:
    """Byte offsets of one slot's object in the key file as written (indent=2, sorted keys)."""
    start = raw.index(f'"{slot}": {{'.encode())
    end = raw.index(b"}", start)
    return range(start + len(slot) + 4, end)


def _flip(path, offset):
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def test_every_flipped_byte_of_the_passphrase_slot_is_damage_never_a_wrong_passphrase(closed):
    path, _code = closed
    kf = keyfile_path(path)
    good = kf.read_bytes()
    named = 0
    for offset in _span(good, "passphrase"):
        kf.write_bytes(good)
        _flip(kf, offset)
        with pytest.raises(CorruptKeyFile) as caught:  # DamagedKeySlot, or unreadable JSON
            Vault.unlock_with_passphrase(path, PASSPHRASE)
        if isinstance(caught.value, DamagedKeySlot):
            assert caught.value.params["slot"] == "passphrase"
            named += 1
    assert named > len(_span(good, "passphrase")) // 2  # the rest break the JSON itself: still damage
    kf.write_bytes(good)
    Vault.unlock_with_passphrase(path, PASSPHRASE).lock()


def test_a_flipped_byte_in_the_recovery_slot_is_found_without_the_code(closed):
    path, code = closed
    kf = keyfile_path(path)
    raw = kf.read_bytes()
    sealed_at = raw.index(b'"sealed"', raw.index(b'"recovery": {')) + 12
    _flip(kf, sealed_at)
    with pytest.raises(DamagedKeySlot) as caught:
        Vault.unlock_with_recovery_code(path, code)
    assert caught.value.params["slot"] == "recovery"
    assert "code de secours" in str(caught.value) and "pas une erreur de saisie" in str(caught.value)
    vault = Vault.unlock_with_passphrase(path, PASSPHRASE)  # the passphrase slot is intact
    try:
        report = vault.check()
        assert not report.sound and any("code de secours" in p for p in report.key_file_problems)
        assert not B.verify_vault(vault).sound
    finally:
        vault.lock()


def test_a_changed_db_uuid_is_damage_of_the_header(closed):
    path, _code = closed
    kf = keyfile_path(path)
    doc = json.loads(kf.read_bytes())
    doc["db_uuid"] = "0" * 32
    kf.write_text(json.dumps(doc))
    with pytest.raises(DamagedKeySlot) as caught:
        Vault.unlock_with_passphrase(path, PASSPHRASE)
    assert caught.value.params["slot"] == "header"


def test_wrong_passphrase_is_still_a_wrong_passphrase_and_points_to_the_recovery_code(closed):
    path, _code = closed
    with pytest.raises(WrongPassphrase) as caught:
        Vault.unlock_with_passphrase(path, PASSPHRASE + "x")
    assert "code de secours" in str(caught.value)


def test_two_phase_rotation_keeps_the_old_code_until_confirmed(closed):
    path, old = closed
    vault = Vault.unlock_with_passphrase(path, PASSPHRASE)
    new = vault.begin_recovery_rotation()
    assert vault.recovery_rotation_pending
    with pytest.raises(WrongRecoveryCode):
        vault.confirm_recovery_rotation(crypto.new_recovery_code())
    vault.lock()
    # Cut short here: both codes open (the new one was shown, the old one is what the user wrote down).
    Vault.unlock_with_recovery_code(path, old).lock()
    vault = Vault.unlock_with_recovery_code(path, new)
    vault.confirm_recovery_rotation(new.lower().replace("-", " "))
    assert not vault.recovery_rotation_pending
    vault.lock()
    with pytest.raises(WrongRecoveryCode):
        Vault.unlock_with_recovery_code(path, old)
    Vault.unlock_with_recovery_code(path, new).lock()


def test_cancelled_rotation_drops_the_pending_code(closed):
    path, old = closed
    vault = Vault.unlock_with_passphrase(path, PASSPHRASE)
    new = vault.begin_recovery_rotation()
    vault.cancel_recovery_rotation()
    vault.lock()
    assert PENDING_RECOVERY_SLOT not in json.loads(keyfile_path(path).read_bytes())["slots"]
    with pytest.raises(WrongRecoveryCode):
        Vault.unlock_with_recovery_code(path, new)
    Vault.unlock_with_recovery_code(path, old).lock()


def test_stale_part_files_are_swept_at_unlock(closed):
    path, _code = closed
    old_keys = keyfile_path(path).read_bytes()
    leftover = path.with_name(f".{keyfile_path(path).name}.1234abcd.part")
    leftover.write_bytes(old_keys)  # e.g. an interrupted write holding a replaced passphrase slot
    unrelated = path.with_name(".autre.part")
    unrelated.write_bytes(b"x")
    Vault.unlock_with_passphrase(path, PASSPHRASE).lock()
    assert not leftover.exists() and unrelated.exists()


def test_lock_is_keyed_on_the_real_path(vault, vault_path, tmp_path):
    link = tmp_path / "lien.vault"
    link.symlink_to(vault_path)
    os.symlink(keyfile_path(vault_path), keyfile_path(link))
    with pytest.raises(VaultInUse):
        Vault.unlock_with_passphrase(link, PASSPHRASE)


@pytest.mark.parametrize(
    "weak", ["a", "Docteur2024!", "Medecin-Lyon-2024", "Cabinet2024!", "Cabinet test Paris 2024"]
)
def test_weak_passphrases_are_refused_by_the_core_api(vault, weak):
    before = keyfile_path(vault.path).read_bytes()
    with pytest.raises(WeakPassphrase):
        vault.change_passphrase(weak)
    assert keyfile_path(vault.path).read_bytes() == before


def test_practice_words_are_split(vault):
    words = vault.practice_words()
    assert {"cabinet", "test", "paris", "docteur", "medecin"} <= set(words)


def test_new_slot_below_the_floor_is_refused_and_weak_slots_are_resealed_at_unlock(closed, monkeypatch):
    path, _code = closed
    monkeypatch.setattr(crypto, "MIN_SCRYPT_N", 2**11)
    monkeypatch.setattr(crypto, "DEFAULT_SCRYPT", crypto.ScryptParams(n=2**11))
    vault = Vault.unlock_with_passphrase(path, PASSPHRASE)
    try:
        slots = json.loads(keyfile_path(path).read_bytes())["slots"]
        assert slots["passphrase"]["n"] == 2**11  # resealed at today's cost with the passphrase just proven
        assert any("coût trop faible" in p for p in vault.check().key_file_problems)  # the recovery slot
        with pytest.raises(crypto.WeakKdfParameters):
            crypto.wrap(b"k" * 32, b"s", b"a", crypto.ScryptParams(n=2**10))
    finally:
        vault.lock()


@pytest.mark.parametrize("change", ["passphrase", "rotation", "anchor"])
def test_key_file_writes_wait_for_a_commit_in_progress(vault, change):
    """Key-file writes take the same lock as transactions: while a commit (here: an open transaction on the
    worker thread) is under way, a passphrase change, a recovery rotation or an anchor update waits for it,
    so neither can write a key file computed from a state the other is replacing."""
    import threading
    import time

    from core.storage import ledger

    kf = keyfile_path(vault.path)
    before = kf.read_bytes()
    in_transaction, release = threading.Event(), threading.Event()

    def committing():
        with vault.transaction() as conn:
            ledger.append(conn, "test.event", {}, "2026-11-29T10:00:00+00:00")
            in_transaction.set()
            release.wait(5)

    actions = {
        "passphrase": lambda: vault.change_passphrase("girafe parapluie tambour velours"),
        "rotation": vault.begin_recovery_rotation,
        "anchor": lambda: vault.set_anchor(ledger.Head(5, "a" * 64)),
    }
    worker = threading.Thread(target=committing)
    worker.start()
    assert in_transaction.wait(5)
    writer = threading.Thread(target=actions[change])
    writer.start()
    time.sleep(0.3)
    assert writer.is_alive() and kf.read_bytes() == before  # waiting, nothing written
    release.set()
    worker.join(5)
    writer.join(5)
    assert not writer.is_alive() and kf.read_bytes() != before
