"""Encrypted, verified backups (issue 7; security model (b)6, scenarios #1, #4, #5, #8, #13)."""

from __future__ import annotations

import json
import os
import shutil
from datetime import UTC, datetime, timedelta

import pytest

from core.errors import CorruptBackup, CorruptVault, InvalidInput, StorageError, WrongPassphrase
from core.services import backup as B
from core.services.setup import create_vault
from core.storage import ledger
from core.storage.keyfile import KeyFile
from core.storage.migrate import latest_version
from core.storage.repositories import practice as meta_repo
from tests.core.reliability import CANARY, add_entries, flip_byte, truncate

PAGE = 4096


@pytest.fixture
def vault_code(vault_path, practice, passphrase):
    v, code = create_vault(vault_path, passphrase, practice)
    with v.transaction() as conn:
        meta_repo.set_meta(conn, "canary", CANARY)
        ledger.append(conn, "test.canary", {"patient": CANARY}, "2026-11-29T10:00:00+00:00")
    add_entries(v, 3)
    yield v, code
    v.lock()


def _clock(start=datetime(2026, 11, 29, 9, 0, tzinfo=UTC)):
    state = {"now": start}

    def clock():
        state["now"] += timedelta(seconds=1)
        return state["now"]

    return clock


def test_backup_folder_holds_vault_keys_and_manifest(vault_code, tmp_path):
    vault, _ = vault_code
    with vault.read() as conn:
        before = B.table_counts(conn)
    folder = B.create_backup(vault, tmp_path / "usb", clock=_clock())
    assert folder.parent == tmp_path / "usb" and folder.name.startswith(B.PREFIX)
    assert sorted(p.name for p in folder.iterdir()) == sorted([B.DB_NAME, B.KEYS_NAME, B.MANIFEST_NAME])
    manifest = B.Manifest.load(folder)
    with vault.read() as conn:
        head = ledger.head(conn)
    assert manifest.schema_version == latest_version()
    assert manifest.db_uuid == vault.db_uuid
    assert manifest.kind == "manual"
    assert manifest.ledger_head == {"seq": head.seq, "hash": head.hash, "mac": vault.head_signature(head)}
    assert head.seq == 4
    assert manifest.counts == before and before["ledger"] == 4 and before["practice"] == 1
    assert KeyFile.load(folder / B.KEYS_NAME).db_uuid == vault.db_uuid
    assert B.list_backups(tmp_path / "usb") == [folder]
    with vault.read() as conn:
        assert meta_repo.get_meta(conn, "last_backup_path") == str(folder)
        assert meta_repo.get_meta(conn, "last_external_backup_at")
    assert not B.external_backup_overdue(vault)


def test_backup_copy_is_encrypted_and_holds_no_plaintext(vault_code, tmp_path):
    vault, _ = vault_code
    folder = B.create_backup(vault, tmp_path / "usb")
    data = (folder / B.DB_NAME).read_bytes()
    assert data[:16] != b"SQLite format 3\x00"
    for path in folder.iterdir():
        raw = path.read_bytes()
        assert CANARY.encode() not in raw, path.name
        assert CANARY.encode("utf-16-le") not in raw, path.name
        assert bytes(vault.with_dek()).hex().encode() not in raw, path.name
    assert (os.stat(folder / B.DB_NAME).st_mode & 0o077) == 0


def test_backup_opens_with_the_passphrase_of_its_time_and_the_recovery_code(vault_code, tmp_path, passphrase):
    vault, code = vault_code
    folder = B.create_backup(vault, tmp_path / "usb")
    vault.change_passphrase("une toute nouvelle phrase de passe")
    assert B.verify_backup(folder, passphrase).db_uuid == vault.db_uuid
    assert B.verify_backup(folder, code.lower().replace("-", " ")).db_uuid == vault.db_uuid
    with pytest.raises(WrongPassphrase):
        B.verify_backup(folder, "une toute nouvelle phrase de passe")
    # and a full restore test (into a temporary place) with the old passphrase
    assert B.restore_test(folder, passphrase).counts["ledger"] == 4


def test_two_backups_in_the_same_second_get_distinct_names(vault, tmp_path):
    fixed = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
    a = B.create_backup(vault, tmp_path / "d", clock=lambda: fixed)
    b = B.create_backup(vault, tmp_path / "d", clock=lambda: fixed)
    assert a != b and a.is_dir() and b.is_dir()


@pytest.fixture
def good_backup(vault_code, tmp_path):
    vault, code = vault_code
    return B.create_backup(vault, tmp_path / "usb")


def _copy(folder, tmp_path, name):
    target = tmp_path / "copies" / name
    shutil.copytree(folder, target)
    return target


def test_verify_backup_detects_a_flipped_byte(good_backup, passphrase, tmp_path):
    size = (good_backup / B.DB_NAME).stat().st_size
    for offset in (40, PAGE + 17, PAGE * 2 + 100, size - 10):  # page 1 (key rejected), later pages, last page
        copy = _copy(good_backup, tmp_path, f"flip-{offset}")
        flip_byte(copy / B.DB_NAME, offset)
        with pytest.raises(CorruptBackup):
            B.verify_backup(copy, passphrase)
    assert B.verify_backup(good_backup, passphrase)


def test_verify_backup_detects_truncation(good_backup, passphrase, tmp_path):
    size = (good_backup / B.DB_NAME).stat().st_size
    for keep in (0, 1000, PAGE * 3 + 1000, size - PAGE):
        copy = _copy(good_backup, tmp_path, f"trunc-{keep}")
        truncate(copy / B.DB_NAME, keep)
        with pytest.raises(CorruptBackup):
            B.verify_backup(copy, passphrase)


def test_verify_backup_detects_counts_that_differ_from_the_manifest(good_backup, passphrase):
    doc = json.loads((good_backup / B.MANIFEST_NAME).read_text(encoding="utf-8"))
    doc["counts"]["ledger"] += 1
    (good_backup / B.MANIFEST_NAME).write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(CorruptBackup):
        B.verify_backup(good_backup, passphrase)


def test_verify_backup_detects_a_ledger_head_that_differs_from_the_manifest(good_backup, passphrase):
    doc = json.loads((good_backup / B.MANIFEST_NAME).read_text(encoding="utf-8"))
    doc["ledger_head"]["seq"] += 1
    (good_backup / B.MANIFEST_NAME).write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(CorruptBackup):
        B.verify_backup(good_backup, passphrase)


def test_verify_backup_rejects_a_missing_or_garbled_manifest(good_backup, passphrase, tmp_path):
    contents = [
        None,
        "",
        "{pas du json",
        "[]",
        '"texte"',
        "null",
        '{"format": "autre"}',
        '{"format": "vigie.backup/1"}',
    ]
    for i, content in enumerate(contents):
        copy = _copy(good_backup, tmp_path, f"manifest-{i}")
        manifest = copy / B.MANIFEST_NAME
        if content is None:
            manifest.unlink()
        else:
            manifest.write_text(content, encoding="utf-8")
        with pytest.raises(InvalidInput):
            B.verify_backup(copy, passphrase)


def test_verify_backup_refuses_a_key_file_of_another_vault(good_backup, tmp_path, practice, passphrase):
    other, _ = create_vault(tmp_path / "autre" / "autre.vault", passphrase, practice)
    other.keyfile.save(good_backup / B.KEYS_NAME)
    other.lock()
    with pytest.raises(CorruptBackup):
        B.verify_backup(good_backup, passphrase)


def test_prune_keeps_the_newest_and_removes_part_leftovers(vault, tmp_path):
    dest = tmp_path / "auto"
    clock = _clock()
    made = [B.create_backup(vault, dest, kind="auto", clock=clock) for _ in range(5)]
    leftover = dest / f".{B.PREFIX}20261129-235959.part"
    leftover.mkdir()
    (leftover / B.DB_NAME).write_bytes(b"half")
    assert B.list_backups(dest) == made
    removed = B.prune(dest, keep=2)
    assert leftover in removed and not leftover.exists()
    assert B.list_backups(dest) == made[-2:]
    assert sorted(p.name for p in dest.iterdir()) == sorted(p.name for p in made[-2:])
    assert B.prune(dest, keep=0) == [made[-2]]  # never removes the last one
    assert B.prune(tmp_path / "nowhere", keep=3) == []


def test_failed_export_leaves_nothing_under_the_final_name(vault, tmp_path, monkeypatch):
    dest = tmp_path / "usb"

    def broken(*_a, **_k):
        raise CorruptVault(detail="simulée")

    monkeypatch.setattr(B, "_verify_copy", broken)
    with pytest.raises(CorruptVault):
        B.create_backup(vault, dest)
    assert list(dest.iterdir()) == []
    assert B.list_backups(dest) == []
    with vault.read() as conn:
        assert meta_repo.get_meta(conn, "last_backup_at") is None


def test_failed_export_then_a_good_one(vault, tmp_path, monkeypatch, passphrase):
    dest = tmp_path / "usb"
    real = B._verify_copy
    monkeypatch.setattr(
        B, "_verify_copy", lambda *a, **k: (_ for _ in ()).throw(OSError(28, "No space left"))
    )
    with pytest.raises(StorageError):
        B.create_backup(vault, dest)
    monkeypatch.setattr(B, "_verify_copy", real)
    folder = B.create_backup(vault, dest)
    assert B.verify_backup(folder, passphrase)
    shutil.rmtree(folder)
    assert list(dest.iterdir()) == []


def test_backup_to_a_full_drive_is_a_clean_error(vault, tmp_path, monkeypatch):
    def enospc(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(B, "write_atomic", enospc)  # the key file or manifest does not fit any more
    with pytest.raises(StorageError) as info:
        B.create_backup(vault, tmp_path / "usb")
    assert "Écriture impossible sur le disque" in str(info.value)
    assert list((tmp_path / "usb").iterdir()) == []


def _tree_state(folder):
    return {
        p.relative_to(folder): (p.stat().st_mode, p.stat().st_size, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
    }


def test_verifying_a_backup_never_writes_into_it(vault_code, tmp_path, passphrase):
    vault, _code = vault_code
    folder = B.create_backup(vault, tmp_path / "usb", clock=_clock())
    before = _tree_state(folder)
    B.verify_backup(folder, passphrase)
    assert _tree_state(folder) == before
    (folder / B.DB_NAME).unlink()  # a backup that lost its database copy
    with pytest.raises(CorruptBackup) as caught:
        B.verify_backup(folder, passphrase)
    assert not (folder / B.DB_NAME).exists()  # no empty database created by the check
    text = str(caught.value)
    assert folder.name in text and "sauvegarde" in text and "coffre en service n'est pas en cause" in text
    assert "restaurez la dernière sauvegarde" not in text


def test_backup_files_are_never_readable_by_others_and_leftovers_are_swept(vault_code, tmp_path):
    vault, _code = vault_code
    dest = tmp_path / "usb"
    dest.mkdir()
    leftover = dest / f".{B.PREFIX}20260101-000000.part"
    leftover.mkdir()
    (leftover / B.DB_NAME).write_bytes(b"old copy")
    seen_modes = []
    real_verify = B._verify_copy

    def spy(path, *args, **kwargs):  # the copy's mode at its first moment on disk, before any chmod
        seen_modes.append(path.stat().st_mode & 0o777)
        seen_modes.append(path.parent.stat().st_mode & 0o777)
        return real_verify(path, *args, **kwargs)

    old_umask = os.umask(0o022)
    try:
        B._verify_copy = spy
        folder = B.create_backup(vault, dest, kind="manual", clock=_clock())
    finally:
        B._verify_copy = real_verify
        os.umask(old_umask)
    assert not leftover.exists()  # swept before the backup (manual backups are never pruned)
    assert seen_modes == [0o600, 0o700]
    for path in folder.iterdir():
        assert path.stat().st_mode & 0o077 == 0, path
    assert folder.stat().st_mode & 0o077 == 0
