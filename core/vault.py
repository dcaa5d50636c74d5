"""The vault: one SQLCipher file plus its key file. The only module that ever sees the data key.

Envelope scheme (see docs/security.md): a random 256-bit data key (DEK) is the SQLCipher raw key. It is
stored only wrapped: under the passphrase and under a recovery code shown once at creation. The OS keyring
may cache it, never as its only holder. Changing the passphrase rewraps; the database is not rekeyed.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout

from core import crypto, keystore
from core.clock import system_clock, to_iso
from core.errors import (
    CorruptKeyFile,
    CorruptVault,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryCode,
)
from core.paths import keyfile_path, lockfile_path
from core.storage import db, ledger
from core.storage.atomic import fsync_dir
from core.storage.keyfile import KeyFile
from core.storage.migrate import current_version, migrate
from core.storage.staging import finish_interrupted_restore, staged_paths

log = logging.getLogger(__name__)

PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery"


def _aad(slot: str, db_uuid: str) -> bytes:
    return f"vigie|{slot}|{db_uuid}".encode()


@dataclass(frozen=True)
class CheckReport:
    sound: bool
    problems: list[str]
    schema_version: int
    cipher_version: str


class Vault:
    """An unlocked vault. Use :meth:`create` or one of the ``unlock_*`` constructors; close with :meth:`lock`."""

    def __init__(self, path: Path, keyfile: KeyFile, dek: bytearray, conn: db.Connection, lock: FileLock):
        self.path = path
        self.keyfile = keyfile
        self._dek: bytearray | None = dek
        self._conn: db.Connection | None = conn
        self._lock = lock
        self._mutex = threading.RLock()

    # --- creation -------------------------------------------------------------------------------------
    @classmethod
    def create(
        cls, path: Path, passphrase: str, *, remember: bool = False, recovery_code: str | None = None
    ) -> tuple[Vault, str]:
        """Create an empty vault (schema applied). Returns it open, with the recovery code to show once.

        The first-run wizard generates the recovery code itself (:func:`core.crypto.new_recovery_code`) so that
        it can be shown and confirmed before anything is written; it is passed in here.
        """
        if recovery_code is not None and not crypto.recovery_code_is_well_formed(recovery_code):
            raise ValueError("malformed recovery code")
        path = Path(path)
        if path.exists():
            raise VaultExists(path=str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = _acquire(path)
        staging = path.with_name(f".{path.name}.creating")
        try:
            dek = crypto.new_dek()
            db_uuid = secrets.token_hex(16)
            recovery_code = recovery_code or crypto.new_recovery_code()
            params = crypto.default_scrypt()
            if staging.exists():
                staging.unlink()
            conn = db.connect(staging, dek)
            os.chmod(staging, 0o600)  # encrypted anyway; still nobody else's business
            try:
                migrate(conn)
                conn.execute("INSERT INTO meta(key, value) VALUES ('db_uuid', ?)", (db_uuid,))
                cipher = {"cipher_version": db.cipher_version(conn), "compatibility": 4}
            finally:
                conn.close()
            keyfile = KeyFile(
                db_uuid=db_uuid,
                kcv=crypto.key_check_value(dek, db_uuid),
                slots={
                    PASSPHRASE_SLOT: crypto.wrap(
                        dek, crypto.normalize_passphrase(passphrase), _aad(PASSPHRASE_SLOT, db_uuid), params
                    ),
                    RECOVERY_SLOT: crypto.wrap(
                        dek,
                        crypto.normalize_recovery_code(recovery_code).encode(),
                        _aad(RECOVERY_SLOT, db_uuid),
                        params,
                    ),
                },
                created_at=to_iso(system_clock()),
                cipher=cipher,
            )
            keyfile.save(keyfile_path(path))
            staging.replace(path)
            fsync_dir(path.parent)
            conn = db.connect(path, dek)
        except BaseException:
            with contextlib.suppress(OSError):
                staging.unlink()
            lock.release()
            raise
        vault = cls(path, keyfile, dek, conn, lock)
        if remember:
            keystore.store(db_uuid, dek)
        return vault, recovery_code

    # --- unlocking ------------------------------------------------------------------------------------
    @classmethod
    def unlock_with_passphrase(cls, path: Path, passphrase: str) -> Vault:
        return cls._unlock(Path(path), PASSPHRASE_SLOT, crypto.normalize_passphrase(passphrase))

    @classmethod
    def unlock_with_recovery_code(cls, path: Path, code: str) -> Vault:
        return cls._unlock(Path(path), RECOVERY_SLOT, crypto.normalize_recovery_code(code).encode())

    @classmethod
    def unlock_with_secret(cls, path: Path, secret: str) -> Vault:
        """A recovery code when it has the shape of one, else a passphrase (used by restore and the CLI)."""
        if crypto.recovery_code_is_well_formed(secret):
            try:
                return cls.unlock_with_recovery_code(path, secret)
            except WrongRecoveryCode:
                pass
        return cls.unlock_with_passphrase(path, secret)

    @classmethod
    def unlock_with_keyring(cls, path: Path) -> Vault | None:
        """The remembered key, if any and still right for this vault; None means "ask the passphrase"."""
        path = Path(path)
        lock, keyfile = _prepare(path)
        try:
            dek = keystore.load(keyfile.db_uuid)
            if dek is None:
                lock.release()
                return None
            if not secrets.compare_digest(crypto.key_check_value(dek, keyfile.db_uuid), keyfile.kcv):
                # Stale (e.g. an older backup was restored): never use it blindly.
                keystore.forget(keyfile.db_uuid)
                lock.release()
                return None
            return cls._open(path, keyfile, dek, lock)
        except BaseException:
            if lock.is_locked:
                lock.release()
            raise

    @classmethod
    def _unlock(cls, path: Path, slot: str, secret: bytes) -> Vault:
        lock, keyfile = _prepare(path)
        try:
            error = WrongPassphrase if slot == PASSPHRASE_SLOT else WrongRecoveryCode
            if slot not in keyfile.slots:
                raise error()
            try:
                dek = crypto.unwrap(keyfile.slots[slot], secret, _aad(slot, keyfile.db_uuid))
            except crypto.UnwrapFailed as exc:
                raise error() from exc
            except ValueError as exc:
                raise CorruptKeyFile(path=str(keyfile_path(path))) from exc
            if not secrets.compare_digest(crypto.key_check_value(dek, keyfile.db_uuid), keyfile.kcv):
                raise CorruptKeyFile(path=str(keyfile_path(path)))
            return cls._open(path, keyfile, dek, lock)
        except BaseException:
            if lock.is_locked:
                lock.release()
            raise

    @classmethod
    def _open(cls, path: Path, keyfile: KeyFile, dek: bytearray, lock: FileLock) -> Vault:
        """Open the database with a key already checked; ``lock`` is held and passes to the vault."""
        try:
            conn = db.connect(path, dek)
        except db.KeyRejected as exc:
            # The key check value matched, so the key is right: the file itself is damaged.
            raise CorruptVault(detail=str(exc)) from exc
        try:
            if current_version(conn) == 0:
                # Vault.create always applies the schema: an empty or schema-less file is damage (e.g. a
                # 0-byte file after a full disk), never a new vault to be silently re-created over it.
                raise CorruptVault(detail="empty database")
            migrate(conn, path)
        except db.DatabaseError as exc:
            conn.close()
            raise db.translate_error(exc) from exc
        except BaseException:
            conn.close()
            raise
        return cls(path, keyfile, dek, conn, lock)

    # --- use --------------------------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def db_uuid(self) -> str:
        return self.keyfile.db_uuid

    @property
    def conn(self) -> db.Connection:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    @contextlib.contextmanager
    def read(self) -> Iterator[db.Connection]:
        """Serialised access for reads (the GUI worker and the countdown timer may both ask)."""
        with self._mutex:
            try:
                yield self.conn
            except db.DatabaseError as exc:
                raise db.translate_error(exc) from exc

    @contextlib.contextmanager
    def transaction(self) -> Iterator[db.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``; any exception rolls everything back. Writes go only through here."""
        with self._mutex:
            conn = self.conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException as exc:
                if conn.in_transaction:
                    with contextlib.suppress(db.DatabaseError):
                        conn.execute("ROLLBACK")
                if isinstance(exc, db.DatabaseError):
                    raise db.translate_error(exc) from exc
                raise
            try:
                conn.execute("COMMIT")
            except db.DatabaseError as exc:
                if conn.in_transaction:
                    with contextlib.suppress(db.DatabaseError):
                        conn.execute("ROLLBACK")
                raise db.translate_error(exc) from exc
            self._sync_anchor(conn)

    def ledger_anchor(self) -> ledger.Head | None:
        anchor = self.keyfile.anchor
        if not anchor:
            return None
        try:
            return ledger.Head(int(anchor["seq"]), str(anchor["hash"]))
        except (KeyError, TypeError, ValueError):
            return None

    def _sync_anchor(self, conn: db.Connection) -> None:
        """Copy the journal's chain head into the key file, so that a truncated tail is detectable."""
        try:
            head = ledger.head(conn)
        except db.DatabaseError:
            return  # no ledger table (schema older than 0007): nothing to anchor
        current = self.ledger_anchor()
        if head.seq == 0 or (current is not None and head.seq <= current.seq):
            return  # the anchor only moves forward: a shorter or rewritten chain must stay detectable
        if current is not None and current.seq > 0:
            row = conn.execute("SELECT hash FROM ledger WHERE seq = ?", (current.seq,)).fetchone()
            if row is None or row[0] != current.hash:
                return  # the anchored entry was altered: keep the evidence for verify()
        try:
            self.update_anchor({"seq": head.seq, "hash": head.hash})
        except OSError:
            # The commit stands; the anchor lags behind, which verify() tolerates (a longer chain is fine).
            log.warning("could not update the journal anchor in the key file")

    def check(self) -> CheckReport:
        """Per-page HMACs and SQLite integrity: the deep check behind ``vault check``."""
        with self._mutex:
            try:
                problems = db.integrity_problems(self.conn)
                version = int(self.conn.execute("PRAGMA user_version").fetchone()[0])
            except db.DatabaseError as exc:
                problems, version = [str(exc)], -1
            return CheckReport(not problems, problems, version, db.cipher_version(self.conn))

    # --- key management -----------------------------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str) -> None:
        """Rewrap the passphrase slot only: atomic key-file replace, no database rekey."""
        dek = self._require_dek()
        slot = crypto.wrap(
            dek,
            crypto.normalize_passphrase(new_passphrase),
            _aad(PASSPHRASE_SLOT, self.db_uuid),
            crypto.default_scrypt(),
        )
        updated = KeyFile(**{**self.keyfile.__dict__, "slots": {**self.keyfile.slots, PASSPHRASE_SLOT: slot}})
        updated.save(keyfile_path(self.path))
        self.keyfile = updated

    def verify_passphrase(self, passphrase: str) -> bool:
        """Ask the current passphrase again before sensitive changes (someone may be at an unlocked PC)."""
        try:
            dek = crypto.unwrap(
                self.keyfile.slots[PASSPHRASE_SLOT],
                crypto.normalize_passphrase(passphrase),
                _aad(PASSPHRASE_SLOT, self.db_uuid),
            )
        except (crypto.UnwrapFailed, ValueError, KeyError):
            return False
        ok = secrets.compare_digest(bytes(dek), bytes(self._require_dek()))
        crypto.zero(dek)
        return ok

    def rotate_recovery_code(self) -> str:
        dek = self._require_dek()
        code = crypto.new_recovery_code()
        slot = crypto.wrap(
            dek,
            crypto.normalize_recovery_code(code).encode(),
            _aad(RECOVERY_SLOT, self.db_uuid),
            crypto.default_scrypt(),
        )
        updated = KeyFile(**{**self.keyfile.__dict__, "slots": {**self.keyfile.slots, RECOVERY_SLOT: slot}})
        updated.save(keyfile_path(self.path))
        self.keyfile = updated
        return code

    def update_anchor(self, anchor: dict[str, object]) -> None:
        """Keep a fact outside the database (e.g. the journal's chain head) to detect a truncated tail."""
        updated = KeyFile(**{**self.keyfile.__dict__, "anchor": dict(anchor)})
        updated.save(keyfile_path(self.path))
        self.keyfile = updated

    def remember_key(self) -> bool:
        return keystore.store(self.db_uuid, self._require_dek())

    def forget_key(self) -> None:
        keystore.forget(self.db_uuid)

    def with_dek(self) -> bytearray:
        """For backup/export code in core only: a copy of the key, to be zeroed by the caller."""
        return bytearray(self._require_dek())

    def _require_dek(self) -> bytearray:
        if self._dek is None:
            raise VaultLocked()
        return self._dek

    # --- locking ------------------------------------------------------------------------------------------
    def lock(self) -> None:
        """Close the connection, zero the key, release the instance lock. Idempotent."""
        with self._mutex:
            if self._conn is not None:
                with contextlib.suppress(db.DatabaseError):
                    self._conn.close()
                self._conn = None
            if self._dek is not None:
                crypto.zero(self._dek)
                self._dek = None
            if self._lock.is_locked:
                self._lock.release()

    close = lock

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()


def exists(path: Path) -> bool:
    return Path(path).is_file()


def _prepare(path: Path) -> tuple[FileLock, KeyFile]:
    """Take the instance lock, settle an interrupted restore, read the key file (in that order)."""
    path = Path(path)
    if not path.is_file() and not staged_paths(path)[1].exists():
        raise VaultNotFound(path=str(path))
    lock = _acquire(path)
    try:
        finish_interrupted_restore(path)
        if not path.is_file():
            raise VaultNotFound(path=str(path))
        return lock, KeyFile.load(keyfile_path(path))
    except BaseException:
        lock.release()
        raise


def _acquire(path: Path) -> FileLock:
    lock = FileLock(str(lockfile_path(path)), timeout=0, thread_local=False)
    try:
        lock.acquire(timeout=0)
    except Timeout as exc:
        raise VaultInUse(path=str(path)) from exc
    return lock
