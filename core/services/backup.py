"""Encrypted backups, verification and restore.

A backup is a folder ``vigie-sauvegarde-AAAAMMJJ-HHMMSS`` holding an encrypted copy of the vault (SQLite's
``VACUUM INTO``: a consistent snapshot, same key, never a raw copy of a possibly half-written file), a copy of
the key file (so it opens on a new PC with the passphrase of that time or the recovery code) and a manifest.
It is written under a ``.part`` name, verified (opens with the key, integrity checks, row counts), and only
then renamed to its final name.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from core import crypto, keystore
from core.clock import Clock, from_iso, in_paris, system_clock, to_iso
from core.domain import verify_reasons
from core.domain.problems import problem, refused
from core.domain.verify_reasons import Reason
from core.errors import (
    CorruptBackup,
    CorruptKeyFile,
    InvalidInput,
    KeyFileMissing,
    WrongPassphrase,
    WrongRecoveryCode,
)
from core.paths import keyfile_path
from core.storage import db, evidence, ledger, ledger_auth
from core.storage.atomic import fsync_dir, write_atomic
from core.storage.keyfile import KeyFile
from core.storage.repositories import practice as meta_repo
from core.storage.staging import finish_interrupted_restore, journal_path, staged_paths
from core.vault import (
    PASSPHRASE_SLOT,
    PENDING_RECOVERY_SLOT,
    RECOVERY_SLOT,
    Vault,
    _aad,
    _acquire,
)
from core.version import version

PREFIX = "vigie-sauvegarde-"
DB_NAME = "vigie.vault"
KEYS_NAME = "vigie.vault.keys.json"
MANIFEST_NAME = "manifest.json"
MANIFEST_FORMAT = "vigie.backup/1"
DEFAULT_GENERATIONS = 10
VERIFY_FORMAT = "vigie.verify/1"
EXTERNAL_MAX_AGE_DAYS = 30


@dataclass(frozen=True)
class Manifest:
    created_at: str
    app_version: str
    schema_version: int
    cipher_version: str
    db_uuid: str
    kind: str  # "auto", "manual" or "pre-restore"
    counts: dict[str, int]
    ledger_head: dict[str, Any]
    format: str = MANIFEST_FORMAT

    def to_json(self) -> bytes:
        return (json.dumps(asdict(self), indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")

    @classmethod
    def load(cls, folder: Path) -> Manifest:
        try:
            doc = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
            if doc.get("format") != MANIFEST_FORMAT:
                raise ValueError("format")
            return cls(
                created_at=str(doc["created_at"]),
                app_version=str(doc["app_version"]),
                schema_version=int(doc["schema_version"]),
                cipher_version=str(doc["cipher_version"]),
                db_uuid=str(doc["db_uuid"]),
                kind=str(doc["kind"]),
                counts={str(k): int(v) for k, v in dict(doc["counts"]).items()},
                ledger_head=dict(doc.get("ledger_head") or {}),
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise InvalidInput([problem(str(folder / MANIFEST_NAME), "backup.manifest_unreadable")]) from exc


@dataclass(frozen=True)
class VerifyReport:
    """What ``verify`` found: database integrity, the journal's chain, the anchor kept outside."""

    sound: bool
    integrity_problems: list[str] = field(default_factory=list)
    chain: ledger.ChainReport | None = None
    reasons: list[str] = field(default_factory=list)  # French, one line each, as the command line prints them
    records: list[evidence.Problem] = field(default_factory=list)
    anchor_problem: str = ""
    reason_codes: list[Reason] = field(default_factory=list)  # the same reasons as codes, for any language

    def lines(self, lang: str = "fr") -> list[str]:
        """Each reason in ``lang``, as the command line prints it."""
        return [verify_reasons.line(r, lang) for r in self.reason_codes]

    def summary(self, lang: str = "fr") -> str:
        """The verdict's first line: "Coffre sain : …" with the journal's size and head, or "not sound"."""
        if not self.sound:
            return verify_reasons.render("verdict.not_sound", {}, lang)
        count = self.chain.entries if self.chain else 0
        head = self.chain.head.short(lang) if self.chain else "—"
        return verify_reasons.render(
            "verdict.sound", {"entries": verify_reasons.entries(count, lang), "head": head}, lang
        )

    def as_json(self, lang: str = "fr") -> dict[str, Any]:
        """``verify --json`` (format ``vigie.verify/1``, docs/security.md): codes and parameters are stable,
        ``text`` is in ``lang``. Fields may be added, never renamed or dropped."""
        journal = None
        if self.chain is not None:
            head = {"seq": self.chain.head.seq, "hash": self.chain.head.hash}
            journal = {"entries": self.chain.entries, "head": head}
        return {
            "format": VERIFY_FORMAT,
            "sound": self.sound,
            "lang": lang,
            "summary": self.summary(lang),
            "journal": journal,
            "reasons": [
                {"part": r.part, "code": r.code, "params": r.params, "text": verify_reasons.line(r, lang)}
                for r in self.reason_codes
            ],
        }


def table_counts(conn: db.Connection) -> dict[str, int]:
    names = [
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names}


def backup_name(moment: datetime) -> str:
    return PREFIX + in_paris(moment).strftime("%Y%m%d-%H%M%S")


def create_backup(vault: Vault, dest_dir: Path, *, kind: str = "manual", clock: Clock = system_clock) -> Path:
    """Write, verify, then publish one backup folder in ``dest_dir``; returns its final path."""
    dest_dir = Path(dest_dir)
    dest_dir.mkdir(parents=True, exist_ok=True)
    sweep_parts(dest_dir)  # leftovers of interrupted runs (manual backups are never pruned)
    now = clock()
    final = dest_dir / backup_name(now)
    suffix = 1
    while final.exists():
        suffix += 1
        final = dest_dir / f"{backup_name(now)}-{suffix}"
    part = dest_dir / f".{final.name}.part"
    if part.exists():
        shutil.rmtree(part)
    part.mkdir(mode=0o700)
    os.chmod(part, 0o700)  # mkdir's mode is filtered by the umask; never more open than this
    dek = vault.with_dek()
    try:
        with vault.read() as conn:
            counts = table_counts(conn)
            head = ledger.head(conn) if "ledger" in counts else ledger.Head(0, ledger.GENESIS)
            schema = int(conn.execute("PRAGMA user_version").fetchone()[0])
            cipher = db.cipher_version(conn)
            # Same instant as the snapshot: its journal anchor must match the copied chain, not a later one.
            keys_json = vault.keyfile.to_json()
            # Created empty at 0600 first: VACUUM INTO fills an empty file and keeps its mode, so the copy is
            # never readable by others, not even between the copy and a chmod.
            os.close(os.open(part / DB_NAME, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            conn.execute("VACUUM INTO ?", (str(part / DB_NAME),))
        os.chmod(part / DB_NAME, 0o600)
        _verify_copy(part / DB_NAME, dek, counts, backup=final)
        with open(part / DB_NAME, "rb+") as fh:
            os.fsync(fh.fileno())
        write_atomic(part / KEYS_NAME, keys_json)
        manifest = Manifest(
            created_at=to_iso(now),
            app_version=version(),
            schema_version=schema,
            cipher_version=cipher,
            db_uuid=vault.db_uuid,
            kind=kind,
            counts=counts,
            ledger_head={"seq": head.seq, "hash": head.hash, "mac": vault.head_signature(head)},
        )
        write_atomic(part / MANIFEST_NAME, manifest.to_json())
        fsync_dir(part)
        os.replace(part, final)
        fsync_dir(dest_dir)
    except BaseException as exc:
        shutil.rmtree(part, ignore_errors=True)
        if isinstance(exc, OSError):  # e.g. the USB drive is full: a typed error, not a traceback
            raise db.translate_error(exc) from exc
        raise
    finally:
        crypto.zero(dek)
    with vault.transaction() as conn:
        meta_repo.set_meta(conn, "last_backup_at", to_iso(now))
        meta_repo.set_meta(conn, "last_backup_path", str(final))
        if kind == "manual":
            meta_repo.set_meta(conn, "last_external_backup_at", to_iso(now))
    return final


def _verify_copy(path: Path, dek: bytes | bytearray, expected: dict[str, int], *, backup: Path) -> None:
    """Open the copy read-only (never create or touch it) and check it; errors name the backup."""
    if not path.is_file():
        raise CorruptBackup(backup=str(backup), damage="copy_missing")
    try:
        conn = db.connect(path, dek, read_only=True)
    except (db.KeyRejected, db.DatabaseError) as exc:
        raise CorruptBackup(backup=str(backup), damage="copy_unreadable", technical=str(exc)) from exc
    try:
        try:
            problems = db.integrity_problems(conn)
            counts = table_counts(conn) if not problems else {}
        except db.DatabaseError as exc:  # e.g. "database disk image is malformed" on a damaged page
            raise CorruptBackup(backup=str(backup), damage="copy_unreadable", technical=str(exc)) from exc
        if problems:
            raise CorruptBackup(backup=str(backup), damage="copy_integrity", technical="; ".join(problems[:3]))
        if counts != expected:
            raise CorruptBackup(backup=str(backup), damage="counts_differ")
    finally:
        conn.close()


def sweep_parts(folder: Path) -> list[Path]:
    """Remove ``.part`` folders left by interrupted backups (they may hold a full copy of the vault)."""
    removed = []
    if Path(folder).is_dir():
        for leftover in Path(folder).glob(f".{PREFIX}*.part"):
            shutil.rmtree(leftover, ignore_errors=True)
            removed.append(leftover)
    return removed


def list_backups(folder: Path) -> list[Path]:
    """Finished backups (never the ``.part`` folders), oldest first."""
    if not Path(folder).is_dir():
        return []
    return sorted(p for p in Path(folder).iterdir() if p.is_dir() and p.name.startswith(PREFIX))


def prune(folder: Path, keep: int) -> list[Path]:
    """Keep the ``keep`` newest automatic backups; remove stale ``.part`` leftovers of interrupted runs."""
    removed = sweep_parts(folder)
    backups = list_backups(folder)
    for old in backups[: max(0, len(backups) - max(1, keep))]:
        # Renamed first: a removal cut short leaves a ".part" leftover, never a half backup under its name.
        doomed = old.with_name(f".{old.name}.part")
        os.replace(old, doomed)
        shutil.rmtree(doomed, ignore_errors=True)
        removed.append(old)
    return removed


def auto_backup_dir(vault_path: Path) -> Path:
    return Path(vault_path).parent / "sauvegardes"


def external_backup_overdue(vault: Vault, clock: Clock = system_clock) -> bool:
    with vault.read() as conn:
        last = meta_repo.get_meta(conn, "last_external_backup_at")
    if not last:
        return True
    return (clock() - from_iso(last)).days > EXTERNAL_MAX_AGE_DAYS


# --- opening a backup ---------------------------------------------------------------------------------------
def _unwrap_backup_key(folder: Path, secret: str) -> tuple[KeyFile, bytearray]:
    try:
        keyfile = KeyFile.load(folder / KEYS_NAME)
    except (CorruptKeyFile, KeyFileMissing) as exc:
        raise CorruptBackup(backup=str(folder), damage="keyfile_unreadable") from exc
    if "header" in keyfile.damaged:
        raise CorruptBackup(backup=str(folder), damage="keyfile_damaged")
    attempts = [(PASSPHRASE_SLOT, PASSPHRASE_SLOT, crypto.normalize_passphrase(secret))]
    if crypto.recovery_code_is_well_formed(secret):
        code = crypto.normalize_recovery_code(secret).encode()
        attempts[:0] = [(RECOVERY_SLOT, RECOVERY_SLOT, code), (PENDING_RECOVERY_SLOT, RECOVERY_SLOT, code)]
    for name, aad_slot, material in attempts:
        if name not in keyfile.slots or name in keyfile.damaged:
            continue
        try:
            dek = crypto.unwrap(keyfile.slots[name], material, _aad(aad_slot, keyfile.db_uuid))
        except (crypto.UnwrapFailed, ValueError):
            continue
        if crypto.key_check_value(dek, keyfile.db_uuid) == keyfile.kcv:
            return keyfile, dek
    if crypto.recovery_code_is_well_formed(secret):
        raise WrongRecoveryCode()
    raise WrongPassphrase()


def verify_backup(folder: Path, secret: str) -> Manifest:
    """Open the backup with the passphrase of its time (or the recovery code) and check it against its manifest.

    Read-only: nothing is written into the backup folder. The manifest's journal head is checked against its
    HMAC (key derived from the data key) and against the copied chain; the records against their entries.
    """
    folder = Path(folder)
    manifest = Manifest.load(folder)
    keyfile, dek = _unwrap_backup_key(folder, secret)
    try:
        if keyfile.db_uuid != manifest.db_uuid:
            raise CorruptBackup(backup=str(folder), damage="keyfile_mismatch")
        _verify_copy(folder / DB_NAME, dek, manifest.counts, backup=folder)
        conn = db.connect(folder / DB_NAME, dek, read_only=True)
        try:
            if "ledger" in manifest.counts:
                head = manifest.ledger_head
                try:
                    claimed = ledger.Head(int(head["seq"]), str(head["hash"]))
                except (KeyError, TypeError, ValueError) as exc:
                    raise CorruptBackup(backup=str(folder), damage="head_missing") from exc
                if "mac" in head:  # manifests written before the head was signed have none
                    expected = crypto.anchor_mac(
                        crypto.anchor_key(dek, keyfile.db_uuid), keyfile.db_uuid, claimed.seq, claimed.hash
                    )
                    if str(head["mac"]) != expected:
                        raise CorruptBackup(backup=str(folder), damage="head_unauthentic")
                report = ledger.verify(conn, claimed)
                if not report.ok:
                    raise CorruptBackup(
                        backup=str(folder), damage=f"journal_{report.kind}", seq=report.first_broken, claimed=claimed.seq
                    )
                if report.head != claimed:
                    raise CorruptBackup(
                        backup=str(folder), damage="journal_ends_early", seq=report.head.seq, claimed=claimed.seq
                    )
                unauthentic = ledger_auth.first_unauthentic(conn, crypto.anchor_key(dek, keyfile.db_uuid))
                if unauthentic is not None:
                    raise CorruptBackup(backup=str(folder), damage=f"journal_{unauthentic.kind}", seq=unauthentic.seq)
                records = evidence.verify(conn) if _sealed(conn) else []  # older backups: chain only
                if records:
                    first = records[0]
                    raise CorruptBackup(
                        backup=str(folder), damage=f"record_{first.kind}", table=first.table, key=first.key, seq=first.seq
                    )
        finally:
            conn.close()
    finally:
        crypto.zero(dek)
    return manifest


# --- restore ------------------------------------------------------------------------------------------------
def restore(vault_path: Path, folder: Path, secret: str, *, clock: Clock = system_clock) -> Path:
    """Replace the vault by a verified backup; the current vault is kept aside as ``*.pre-restore-…``.

    The vault must be closed (the caller locks it first); a second Vigie holding it gets ``VaultInUse``.
    Returns the path of the kept-aside copy (or the vault path itself when there was no vault).
    """
    vault_path, folder = Path(vault_path), Path(folder)
    manifest = verify_backup(folder, secret)
    lock = _acquire(vault_path)
    try:
        finish_interrupted_restore(vault_path)
        staged_db, staged_keys = staged_paths(vault_path)
        stamp = in_paris(clock()).strftime("%Y%m%d-%H%M%S")
        aside = vault_path.with_name(f"{vault_path.name}.pre-restore-{stamp}")
        n = 1
        while aside.exists() or keyfile_path(aside).exists():  # never overwrite an earlier kept-aside vault
            n += 1
            aside = vault_path.with_name(f"{vault_path.name}.pre-restore-{stamp}-{n}")
        vault_path.parent.mkdir(parents=True, exist_ok=True)
        # Database first: a staged key file without a staged database means "the swap happened".
        shutil.copyfile(folder / DB_NAME, staged_db)
        shutil.copyfile(folder / KEYS_NAME, staged_keys)
        for staged in (staged_db, staged_keys):
            with open(staged, "rb+") as fh:
                os.fsync(fh.fileno())
        journal = journal_path(vault_path)
        if vault_path.exists():
            _keep_aside(vault_path, aside)
            if journal.exists():  # left by a crash: it belongs to the old file and goes aside with it
                _keep_aside(journal, journal_path(aside))
            if keyfile_path(vault_path).exists():
                _keep_aside(keyfile_path(vault_path), keyfile_path(aside))
        fsync_dir(vault_path.parent)
        os.replace(staged_db, vault_path)  # the single switching step
        with contextlib.suppress(FileNotFoundError):
            journal.unlink()  # never play the old file's journal back onto the restored one
        os.replace(staged_keys, keyfile_path(vault_path))
        fsync_dir(vault_path.parent)
    except OSError as exc:  # disk full, read-only folder: settle now (undo, or complete if swapped)
        with contextlib.suppress(OSError):
            finish_interrupted_restore(vault_path)
        raise db.translate_error(exc) from exc
    finally:
        lock.release()
    keyfile = KeyFile.load(keyfile_path(vault_path))
    keystore.forget(keyfile.db_uuid)  # the remembered key may be stale now
    restored = Vault.unlock_with_secret(vault_path, secret)
    try:
        with restored.transaction() as conn:
            if "ledger" in table_counts(conn):
                ledger.append(
                    conn,
                    "vault.restored",
                    {
                        "backup": folder.name,
                        "backup_created_at": manifest.created_at,
                        "kept_aside": aside.name,
                    },
                    to_iso(clock()),
                )
    finally:
        restored.lock()
    return aside if aside.exists() else vault_path


def _keep_aside(src: Path, dst: Path) -> None:
    try:
        os.link(src, dst)  # instant, and the original name keeps working until the swap
    except OSError:
        shutil.copy2(src, dst)


def _baselines_missing(conn: db.Connection) -> int:
    """How many of the one-time baselines (entry authentication, record sealing) this copy has not had yet."""
    keys = (ledger_auth.BASELINE_META, evidence.BASELINE_META)
    try:
        found = conn.execute("SELECT count(*) FROM meta WHERE key IN (?, ?)", keys).fetchone()[0]
    except db.DatabaseError:
        return len(keys)
    return len(keys) - int(found)


def _sealed(conn: db.Connection) -> bool:
    """Was this vault written by a Vigie that seals its evidential records (baseline done)?"""
    try:
        row = conn.execute("SELECT 1 FROM meta WHERE key = ?", (evidence.BASELINE_META,)).fetchone()
    except db.DatabaseError:
        return False
    return row is not None


def restore_test(folder: Path, secret: str) -> Manifest:
    """The yearly "can we really restore?" check: restore into a temporary place, reopen, compare."""
    manifest = verify_backup(folder, secret)
    keyfile, dek = _unwrap_backup_key(folder, secret)
    try:
        source = db.connect(folder / DB_NAME, dek, read_only=True)
        try:
            baselines_due = _baselines_missing(source)
        finally:
            source.close()
        with tempfile.TemporaryDirectory(prefix="vigie-restore-test-") as tmp:
            target = Path(tmp) / DB_NAME
            restore(target, folder, secret)
            conn = db.connect(target, dek)
            try:
                counts = table_counts(conn)
                head = int(manifest.ledger_head.get("seq", 0) or 0)
                # The restore itself is journaled; a backup from before record sealing also gets its one-time
                # baseline (journal entries and a meta row) when it is first opened.
                baseline = (
                    conn.execute(
                        "SELECT count(*) FROM ledger WHERE seq > ? AND kind = ? AND body LIKE '%\"baseline\":true%'",
                        (head, evidence.SET),
                    ).fetchone()[0]
                    if "ledger" in counts
                    else 0
                )
            finally:
                conn.close()
    finally:
        crypto.zero(dek)
    expected = dict(manifest.counts)
    if "ledger" in expected:
        expected["ledger"] += 1 + int(baseline)
        if "meta" in expected:
            expected["meta"] += baselines_due
        if "ledger_auth" in counts:  # every entry authenticated, those of an older backup included
            expected["ledger_auth"] = expected["ledger"]
    if counts != expected:
        raise refused("refusal.restore_counts_differ")
    return manifest


def verify_vault(vault: Vault) -> VerifyReport:
    """Integrity of the file and of the key file (both slots, no secret needed), the journal's hash chain
    against the authenticated anchor kept in the key file, then every evidential record against its latest
    journal entry."""
    report = vault.check()
    found = [Reason("integrity.problem", {"detail": p}, "integrity") for p in report.problems]
    found += report.key_file_reasons
    chain = None
    records: list[evidence.Problem] = []
    anchor = vault.anchor_state()
    with vault.read() as conn:
        has_ledger = conn.execute("SELECT 1 FROM sqlite_schema WHERE name = 'ledger'").fetchone() is not None
        if has_ledger and not report.problems:
            if anchor.reason is not None:
                found.append(anchor.reason)
            chain = ledger.verify(conn, anchor.head)
            # Names the altered entry even when the chain was recomputed after it.
            unauthentic = ledger_auth.first_unauthentic(conn, vault.ledger_key())
            if unauthentic is not None:
                found.append(unauthentic.reason)
            if chain.reason is not None:
                found.append(chain.reason)
            records = evidence.verify(conn)
            found += [p.reason for p in records]
    return VerifyReport(
        not found,
        report.problems,
        chain,
        [verify_reasons.line(r) for r in found],
        records,
        anchor.problem,
        found,
    )


# --- status and settings kept in the vault ---------------------------------------------------------------------
@dataclass(frozen=True)
class BackupStatus:
    last_backup_at: datetime | None
    last_external_at: datetime | None
    last_restore_test_at: datetime | None
    generations: int
    external_overdue: bool
    auto_due: bool


def status(vault: Vault, clock: Clock = system_clock) -> BackupStatus:
    with vault.read() as conn:
        values = {
            k: meta_repo.get_meta(conn, k)
            for k in (
                "last_backup_at",
                "last_external_backup_at",
                "last_restore_test_at",
                "backup_generations",
                "last_auto_backup_at",
            )
        }
    now = clock()

    def when(key: str) -> datetime | None:
        return from_iso(values[key]) if values[key] else None

    external = when("last_external_backup_at")
    auto = when("last_auto_backup_at")
    try:
        generations = max(1, int(values["backup_generations"] or DEFAULT_GENERATIONS))
    except ValueError:
        generations = DEFAULT_GENERATIONS
    return BackupStatus(
        last_backup_at=when("last_backup_at"),
        last_external_at=external,
        last_restore_test_at=when("last_restore_test_at"),
        generations=generations,
        external_overdue=external is None or (now - external).days > EXTERNAL_MAX_AGE_DAYS,
        auto_due=auto is None or (now - auto).total_seconds() >= 24 * 3600,
    )


def set_generations(vault: Vault, generations: int) -> None:
    if not 1 <= generations <= 365:
        raise InvalidInput([problem("backup_generations", "backup.generations", low=1, high=365)])
    with vault.transaction() as conn:
        meta_repo.set_meta(conn, "backup_generations", str(generations))


def automatic_backup(vault: Vault, clock: Clock = system_clock) -> Path:
    """The daily / on-exit backup beside the vault, then pruning to the configured number of generations."""
    folder = create_backup(vault, auto_backup_dir(vault.path), kind="auto", clock=clock)
    with vault.transaction() as conn:
        meta_repo.set_meta(conn, "last_auto_backup_at", to_iso(clock()))
    prune(auto_backup_dir(vault.path), status(vault, clock).generations)
    return folder


def record_restore_test(vault: Vault, manifest: Manifest, clock: Clock = system_clock) -> None:
    with vault.transaction() as conn:
        meta_repo.set_meta(conn, "last_restore_test_at", to_iso(clock()))
        ledger.append(
            conn, "backup.restore_tested", {"backup_created_at": manifest.created_at}, to_iso(clock())
        )
