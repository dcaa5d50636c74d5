"""Restore (issue 7; security model (b)7, scenarios #11, #15, #16): verified first, old vault kept aside,
journaled, crash-safe swap completed or undone at the next unlock."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from core import keystore
from core.errors import CorruptBackup, InvalidInput, StorageError, VaultInUse, WrongPassphrase
from core.paths import keyfile_path
from core.services import backup as B
from core.services.setup import create_vault
from core.storage import ledger
from core.storage.keyfile import KeyFile
from core.storage.repositories import practice as meta_repo
from core.storage.staging import finish_interrupted_restore, journal_path, staged_paths
from core.vault import Vault
from tests.core.reliability import add_entries, flip_byte, sha256

FIXED = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


def _meta(vault, key):
    with vault.read() as conn:
        return meta_repo.get_meta(conn, key)


def _set_meta(vault, key, value):
    with vault.transaction() as conn:
        meta_repo.set_meta(conn, key, value)


def _fingerprint(vault_path):
    """Every file beside the vault with its digest: "restore changed nothing" compares two of these."""
    return {
        p.name: sha256(p) for p in sorted(vault_path.parent.iterdir()) if p.is_file() and p.suffix != ".lock"
    }


@pytest.fixture
def backed_up(vault, tmp_path):
    """A vault in state "avant" with a backup of it, then moved on to state "après" and locked."""
    _set_meta(vault, "etat", "avant")
    add_entries(vault, 2)
    folder = B.create_backup(vault, tmp_path / "usb")
    _set_meta(vault, "etat", "après")
    add_entries(vault, 3)
    path = vault.path
    vault.lock()
    return path, folder


def test_restore_replaces_the_vault_keeps_the_old_one_and_journals_it(backed_up, passphrase):
    path, folder = backed_up
    aside = B.restore(path, folder, passphrase, clock=lambda: FIXED)
    assert aside.name.startswith(path.name + ".pre-restore-") and keyfile_path(aside).is_file()
    v = Vault.unlock_with_passphrase(path, passphrase)
    try:
        assert _meta(v, "etat") == "avant"
        with v.read() as conn:
            last = ledger.entries(conn)[-1]
        assert last.kind == "vault.restored" and last.seq == 3
        assert last.body == {
            "backup": folder.name,
            "backup_created_at": last.body["backup_created_at"],
            "kept_aside": aside.name,
        }
        assert v.ledger_anchor().seq == 3
        assert B.verify_vault(v).sound
    finally:
        v.lock()
    old = Vault.unlock_with_passphrase(aside, passphrase)
    try:
        assert _meta(old, "etat") == "après" and B.verify_vault(old).sound
    finally:
        old.lock()
    assert not any(p.exists() for p in staged_paths(path))


def test_restore_forgets_a_stale_remembered_key(backed_up, passphrase, memory_keyring):
    path, folder = backed_up
    uuid = KeyFile.load(keyfile_path(path)).db_uuid
    keystore.store(uuid, bytes(32))  # remembered, and wrong for the restored vault
    B.restore(path, folder, passphrase)
    assert keystore.load(uuid) is None
    assert not memory_keyring.store
    assert Vault.unlock_with_keyring(path) is None  # asks the passphrase


def test_unlock_with_a_stale_remembered_key_falls_back_and_forgets_it(vault, memory_keyring):
    keystore.store(vault.db_uuid, bytes(range(32)))
    path = vault.path
    keystore.record_choice(path, True)
    vault.lock()
    assert Vault.unlock_with_keyring(path) is None
    assert not memory_keyring.store


def test_restore_refuses_while_the_vault_is_open_and_changes_nothing(vault, tmp_path, passphrase):
    folder = B.create_backup(vault, tmp_path / "usb")
    add_entries(vault, 1)
    before = _fingerprint(vault.path)
    with pytest.raises(VaultInUse):
        B.restore(vault.path, folder, passphrase)
    assert _fingerprint(vault.path) == before
    assert vault.is_open and B.verify_vault(vault).sound


@pytest.mark.parametrize("damage", ["flip", "manifest", "secret"])
def test_restore_from_a_bad_backup_changes_nothing(backed_up, passphrase, damage):
    path, folder = backed_up
    expected = {"flip": CorruptBackup, "manifest": InvalidInput, "secret": WrongPassphrase}[damage]
    if damage == "flip":
        flip_byte(folder / B.DB_NAME, 3 * 4096 + 9)
    elif damage == "manifest":
        (folder / B.MANIFEST_NAME).write_text("[]", encoding="utf-8")
    before = _fingerprint(path)
    with pytest.raises(expected):
        B.restore(path, folder, "pas la bonne" if damage == "secret" else passphrase)
    assert _fingerprint(path) == before
    v = Vault.unlock_with_passphrase(path, passphrase)
    try:
        assert _meta(v, "etat") == "après"
    finally:
        v.lock()


def test_restore_on_a_new_computer_with_the_recovery_code(tmp_path, practice, passphrase):
    v, code = create_vault(tmp_path / "ancien" / "vigie.vault", passphrase, practice)
    _set_meta(v, "etat", "sauvegardé")
    folder = B.create_backup(v, tmp_path / "usb")
    v.lock()
    target = tmp_path / "nouveau" / "vigie.vault"
    assert B.restore(target, folder, code) == target
    restored = Vault.unlock_with_recovery_code(target, code)
    try:
        assert _meta(restored, "etat") == "sauvegardé"
    finally:
        restored.lock()


def test_restore_test_passes_on_a_good_backup_and_fails_on_a_bad_one(backed_up, passphrase):
    path, folder = backed_up
    before = _fingerprint(path)
    manifest = B.restore_test(folder, passphrase)
    assert manifest.counts["ledger"] == 2
    assert _fingerprint(path) == before
    flip_byte(folder / B.DB_NAME, 2 * 4096 + 50)
    with pytest.raises(CorruptBackup):
        B.restore_test(folder, passphrase)


def test_two_restores_in_the_same_second_keep_both_old_vaults(backed_up, passphrase):
    path, folder = backed_up
    first = B.restore(path, folder, passphrase, clock=lambda: FIXED)
    second = B.restore(path, folder, passphrase, clock=lambda: FIXED)
    assert first != second
    states = []
    for aside in (first, second):
        v = Vault.unlock_with_passphrase(aside, passphrase)
        try:
            states.append((_meta(v, "etat"), v.ledger_anchor().seq))
        finally:
            v.lock()
    assert states == [("après", 5), ("avant", 3)]


# --- interrupted restores ----------------------------------------------------------------------------------
@pytest.fixture
def two_vaults(tmp_path, practice, passphrase):
    """Vault A (the live one, locked) and a backup of another vault B: a mismatch would not open at all."""
    a, _ = create_vault(tmp_path / "a" / "vigie.vault", passphrase, practice)
    _set_meta(a, "origine", "A")
    add_entries(a, 2)
    a.lock()
    b, _ = create_vault(tmp_path / "b" / "vigie.vault", passphrase, practice)
    _set_meta(b, "origine", "B")
    folder = B.create_backup(b, tmp_path / "usb")
    b.lock()
    return a.path, folder


def _origin(path, passphrase):
    v = Vault.unlock_with_passphrase(path, passphrase)
    try:
        assert B.verify_vault(v).sound
        return _meta(v, "origine")
    finally:
        v.lock()


def test_finish_interrupted_restore_drops_a_staged_database(two_vaults, passphrase):
    path, folder = two_vaults
    before = _fingerprint(path)
    staged_db, staged_keys = staged_paths(path)
    shutil.copyfile(folder / B.DB_NAME, staged_db)
    shutil.copyfile(folder / B.KEYS_NAME, staged_keys)
    assert _origin(path, passphrase) == "A"  # unlock settles the restore first
    assert not staged_db.exists() and not staged_keys.exists()
    assert _fingerprint(path) == before


def test_finish_interrupted_restore_completes_a_swapped_restore(two_vaults, passphrase):
    path, folder = two_vaults
    staged_db, staged_keys = staged_paths(path)
    shutil.copyfile(folder / B.KEYS_NAME, staged_keys)
    shutil.copyfile(folder / B.DB_NAME, staged_db)
    os.replace(staged_db, path)  # crash right after the switching step
    finish_interrupted_restore(path)
    assert not staged_keys.exists()
    assert KeyFile.load(keyfile_path(path)).db_uuid == KeyFile.load(folder / B.KEYS_NAME).db_uuid
    assert _origin(path, passphrase) == "B"


class _Crash(BaseException):
    """Stands for SIGKILL: nothing after it runs, no cleanup."""


@pytest.mark.parametrize("crash_at", [1, 2])
def test_crash_while_staging_leaves_the_old_vault_usable(two_vaults, passphrase, monkeypatch, crash_at):
    """Regression: the key file used to be staged before the database, so a crash between (or during) the two
    copies left a lone staged key file, which the next unlock took for a finished swap: vault A was then paired
    with B's key file (or a truncated one) and opened with nothing."""
    path, folder = two_vaults
    real = shutil.copyfile
    calls = []

    def copy_then_crash(src, dst, *a, **k):
        calls.append(dst)
        if len(calls) == crash_at:
            data = Path(src).read_bytes()
            with open(dst, "wb") as fh:
                fh.write(data[: len(data) // 2])  # half written, then killed
            raise _Crash
        return real(src, dst, *a, **k)

    monkeypatch.setattr(B.shutil, "copyfile", copy_then_crash)
    with pytest.raises(_Crash):
        B.restore(path, folder, passphrase)
    monkeypatch.setattr(B.shutil, "copyfile", real)
    assert _origin(path, passphrase) == "A"
    assert not any(p.exists() for p in staged_paths(path))
    B.restore(path, folder, passphrase)  # and the restore can simply be run again
    assert _origin(path, passphrase) == "B"


def test_crash_while_dropping_a_staged_restore_leaves_the_old_vault_usable(
    two_vaults, passphrase, monkeypatch
):
    """Regression (found by the SIGKILL restore loop): undoing a staged restore removed the staged database
    first; a crash before the staged key file was removed left exactly the "swap happened" state, and the next
    unlock moved the backup's key file over vault A's."""
    path, folder = two_vaults
    staged = staged_paths(path)
    shutil.copyfile(folder / B.DB_NAME, staged[0])
    shutil.copyfile(folder / B.KEYS_NAME, staged[1])
    real_unlink = Path.unlink

    def unlink_then_crash(self, *a, **k):
        real_unlink(self, *a, **k)
        if self in staged:
            raise _Crash

    monkeypatch.setattr(Path, "unlink", unlink_then_crash)
    with pytest.raises(_Crash):
        finish_interrupted_restore(path)
    monkeypatch.setattr(Path, "unlink", real_unlink)
    assert _origin(path, passphrase) == "A"
    assert not any(p.exists() for p in staged)


def _crashed_mid_transaction(src_path, dst_path, dek):
    """Copy ``src`` as it is on disk in the middle of a large uncommitted update (hot journal, spilled pages),
    which is what a crash leaves behind."""
    from core.storage import db

    dst_path.parent.mkdir(parents=True, exist_ok=True)
    conn = db.connect(src_path, dek)
    try:
        conn.execute("PRAGMA cache_size = 2")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE meta SET value = value || ? ", ("x" * 3000,))
        conn.execute("INSERT INTO meta (key, value) SELECT key || '-bis', value FROM meta")
        assert journal_path(src_path).stat().st_size > 0
        shutil.copyfile(src_path, dst_path)
        shutil.copyfile(journal_path(src_path), journal_path(dst_path))
        shutil.copyfile(keyfile_path(src_path), keyfile_path(dst_path))
        conn.execute("ROLLBACK")
    finally:
        conn.close()


def test_restore_after_a_crash_never_plays_the_old_journal_onto_the_restored_vault(
    tmp_path, practice, passphrase
):
    """Regression (scenario #11 class): after a crash mid-transaction the live vault has a hot ``-journal``.
    A restore from the command line (vault not opened first) used to swap the file and leave that journal
    beside it; SQLite then "rolled back" the old vault's pages into the restored one: CorruptVault, and the
    kept-aside copy had lost its journal (half-applied transaction)."""
    a, _ = create_vault(tmp_path / "a" / "src.vault", passphrase, practice)
    for i in range(40):
        _set_meta(a, f"k{i}", "A" * 200)
    _set_meta(a, "origine", "A")
    dek = a.with_dek()
    a.lock()
    live = tmp_path / "live" / "vigie.vault"
    _crashed_mid_transaction(a.path, live, dek)
    b, _ = create_vault(tmp_path / "b" / "vigie.vault", passphrase, practice)
    _set_meta(b, "origine", "B")
    folder = B.create_backup(b, tmp_path / "usb")
    b.lock()

    aside = B.restore(live, folder, passphrase)
    assert not journal_path(live).exists()
    assert _origin(live, passphrase) == "B"
    old = Vault.unlock_with_passphrase(aside, passphrase)  # its journal went with it and is rolled back
    try:
        assert _meta(old, "origine") == "A" and _meta(old, "k0") == "A" * 200
        with old.read() as conn:
            assert conn.execute("SELECT count(*) FROM meta WHERE key LIKE '%-bis'").fetchone()[0] == 0
        assert B.verify_vault(old).sound
    finally:
        old.lock()


def test_swapped_restore_with_a_stale_journal_is_completed_safely(tmp_path, practice, passphrase):
    """Crash after the switch but before the old journal was removed: the next unlock drops that journal."""
    a, _ = create_vault(tmp_path / "a" / "src.vault", passphrase, practice)
    for i in range(40):
        _set_meta(a, f"k{i}", "A" * 200)
    dek = a.with_dek()
    a.lock()
    live = tmp_path / "live" / "vigie.vault"
    _crashed_mid_transaction(a.path, live, dek)
    b, _ = create_vault(tmp_path / "b" / "vigie.vault", passphrase, practice)
    _set_meta(b, "origine", "B")
    folder = B.create_backup(b, tmp_path / "usb")
    b.lock()
    staged_db, staged_keys = staged_paths(live)
    shutil.copyfile(folder / B.DB_NAME, staged_db)
    shutil.copyfile(folder / B.KEYS_NAME, staged_keys)
    os.link(live, live.with_name("vigie.vault.pre-restore-x"))
    os.link(journal_path(live), journal_path(live.with_name("vigie.vault.pre-restore-x")))
    os.replace(staged_db, live)  # killed here
    assert _origin(live, passphrase) == "B"


@pytest.mark.parametrize("fail_at", [1, 2])
def test_restore_onto_a_full_disk_is_a_clean_error_and_changes_nothing(
    two_vaults, passphrase, monkeypatch, fail_at
):
    path, folder = two_vaults
    before = _fingerprint(path)
    real = shutil.copyfile
    calls = []

    def copy_or_enospc(src, dst, *a, **k):
        calls.append(dst)
        if len(calls) == fail_at:
            Path(dst).write_bytes(b"debut")
            raise OSError(28, "No space left on device")
        return real(src, dst, *a, **k)

    monkeypatch.setattr(B.shutil, "copyfile", copy_or_enospc)
    with pytest.raises(StorageError):
        B.restore(path, folder, passphrase)
    assert not any(p.exists() for p in staged_paths(path))
    assert _fingerprint(path) == before
    monkeypatch.setattr(B.shutil, "copyfile", real)
    assert _origin(path, passphrase) == "A"


def test_restore_replaces_a_damaged_vault(backed_up, passphrase):
    path, folder = backed_up
    flip_byte(path, 3 * 4096 + 11)
    B.restore(path, folder, passphrase)
    v = Vault.unlock_with_passphrase(path, passphrase)
    try:
        assert B.verify_vault(v).sound and _meta(v, "etat") == "avant"
    finally:
        v.lock()


def test_unlock_rolls_back_a_hot_journal_and_never_deletes_it_itself(tmp_path, practice, passphrase):
    """Scenario #11: after a crash mid-transaction, startup (including the restore settling step, also with
    an undone staged restore) must leave the journal to SQLite, which rolls the half-written pages back."""
    a, _ = create_vault(tmp_path / "a" / "src.vault", passphrase, practice)
    for i in range(40):
        _set_meta(a, f"k{i}", "A" * 200)
    dek = a.with_dek()
    a.lock()
    live = tmp_path / "live" / "vigie.vault"
    _crashed_mid_transaction(a.path, live, dek)
    staged_db, staged_keys = staged_paths(live)
    shutil.copyfile(live, staged_db)  # an interrupted restore that never switched
    shutil.copyfile(keyfile_path(live), staged_keys)
    v = Vault.unlock_with_passphrase(live, passphrase)
    try:
        assert not journal_path(live).exists()  # rolled back by SQLite on first read, then removed by it
        with v.read() as conn:
            assert conn.execute("SELECT count(*) FROM meta WHERE key LIKE '%-bis'").fetchone()[0] == 0
            assert conn.execute("SELECT count(*) FROM meta WHERE length(value) > 2000").fetchone()[0] == 0
        assert v.check().sound
    finally:
        v.lock()


def test_a_commit_during_a_backup_does_not_put_a_future_anchor_in_it(
    vault, tmp_path, passphrase, monkeypatch
):
    """Regression: the key file was copied after the snapshot; a journal entry committed in between (another
    thread) gave the backup an anchor beyond its own chain, and the restored vault failed verify for ever."""
    add_entries(vault, 2)
    real = B._verify_copy

    def commit_meanwhile(*a, **k):
        add_entries(vault, 1)
        return real(*a, **k)

    monkeypatch.setattr(B, "_verify_copy", commit_meanwhile)
    folder = B.create_backup(vault, tmp_path / "usb")
    monkeypatch.setattr(B, "_verify_copy", real)
    assert KeyFile.load(folder / B.KEYS_NAME).anchor == B.Manifest.load(folder).ledger_head
    path = vault.path
    vault.lock()
    B.restore(path, folder, passphrase)
    v = Vault.unlock_with_passphrase(path, passphrase)
    try:
        assert B.verify_vault(v).sound, B.verify_vault(v).reasons
    finally:
        v.lock()
