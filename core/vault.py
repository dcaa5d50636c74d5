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
from core.domain import verify_reasons
from core.domain.verify_reasons import Reason
from core.errors import (
    CorruptVault,
    DamagedKeySlot,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryCode,
)
from core.passphrase import check_strength
from core.paths import keyfile_path, lockfile_path
from core.storage import db, evidence, ledger, ledger_auth
from core.storage.atomic import fsync_dir
from core.storage.keyfile import HEADER, KeyFile
from core.storage.migrate import current_version, migrate
from core.storage.staging import finish_interrupted_restore, staged_paths

log = logging.getLogger(__name__)

PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery"
# A new recovery code waits here until the user has typed it back; the old one stays valid meanwhile.
PENDING_RECOVERY_SLOT = "recovery_pending"


def _aad(slot: str, db_uuid: str) -> bytes:
    return f"vigie|{slot}|{db_uuid}".encode()


@dataclass(frozen=True)
class CheckReport:
    sound: bool
    problems: list[str]
    schema_version: int
    cipher_version: str
    key_file_problems: tuple[str, ...] = ()  # French, for the command line
    key_file_reasons: tuple[Reason, ...] = ()  # the same, as codes (core.domain.verify_reasons)


def key_file_reasons(keyfile: KeyFile) -> list[Reason]:
    """What is wrong with the key file itself, found without any secret (checksums, shapes, costs)."""
    reasons = [Reason("key_file.damaged", {"slot": part}, "key_file") for part in keyfile.damaged]
    if RECOVERY_SLOT not in keyfile.slots:
        reasons.append(Reason("key_file.no_recovery", {}, "key_file"))
    for name, slot in keyfile.slots.items():
        if name not in keyfile.damaged and crypto.below_floor(slot):
            reasons.append(Reason("key_file.weak", {"slot": name, "n": slot.get("n")}, "key_file"))
    return reasons


def key_file_problems(keyfile: KeyFile) -> list[str]:
    """:func:`key_file_reasons` in French."""
    return [verify_reasons.line(r) for r in key_file_reasons(keyfile)]


@dataclass(frozen=True)
class AnchorState:
    """The journal head recorded in the key file, and whether its HMAC (key derived from the data key) holds."""

    head: ledger.Head | None
    code: str = ""  # anchor.missing, anchor.unreadable or anchor.unauthentic; empty when the anchor holds

    @property
    def problem(self) -> str:
        """French, empty when the anchor is present, well-formed and authentic."""
        return verify_reasons.render(self.code) if self.code else ""

    @property
    def reason(self) -> Reason | None:
        return Reason(self.code, {}, "journal") if self.code else None


class Vault:
    """An unlocked vault. Use :meth:`create` or one of the ``unlock_*`` constructors; close with :meth:`lock`."""

    def __init__(self, path: Path, keyfile: KeyFile, dek: bytearray, conn: db.Connection, lock: FileLock):
        self.path = path
        self.keyfile = keyfile
        self._dek: bytearray | None = dek
        self._conn: db.Connection | None = conn
        self._lock = lock
        self._mutex = threading.RLock()
        evidence.install_triggers(conn)
        self._seal_baseline()

    # --- creation -------------------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        *,
        remember: bool = False,
        recovery_code: str | None = None,
        user_inputs: list[str] | None = None,
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
        check_strength(passphrase, user_inputs)
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
                anchor=_signed_anchor(dek, db_uuid, ledger.Head(0, ledger.GENESIS)),
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
        keystore.record_choice(path, remember and keystore.store(db_uuid, dek))
        return vault, recovery_code

    # --- unlocking ------------------------------------------------------------------------------------
    @classmethod
    def unlock_with_passphrase(cls, path: Path, passphrase: str) -> Vault:
        return cls._unlock(Path(path), PASSPHRASE_SLOT, crypto.normalize_passphrase(passphrase))

    @classmethod
    def unlock_with_recovery_code(cls, path: Path, code: str) -> Vault:
        """The recovery slot, or a new code not yet confirmed (shown, then the app was cut short)."""
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
        choice = keystore.opted_in(path)
        if choice is False:  # not opted in: the keyring is not even probed (its backends cost time and memory)
            return None
        lock, keyfile = _prepare(path)
        try:
            dek = keystore.load(keyfile.db_uuid)
            if dek is None:
                if choice is None and keystore.available():  # a vault from before the flag: record the answer
                    keystore.record_choice(path, False)
                lock.release()
                return None
            if not secrets.compare_digest(crypto.key_check_value(dek, keyfile.db_uuid), keyfile.kcv):
                # Stale (e.g. an older backup was restored): never use it blindly.
                keystore.forget(keyfile.db_uuid)
                keystore.record_choice(path, False)
                lock.release()
                return None
            if choice is None:
                keystore.record_choice(path, True)
            return cls._open(path, keyfile, dek, lock)
        except BaseException:
            if lock.is_locked:
                lock.release()
            raise

    @classmethod
    def _unlock(cls, path: Path, slot: str, secret: bytes) -> Vault:
        lock, keyfile = _prepare(path)
        try:
            dek, used = _unwrap_slot(path, keyfile, slot, secret)
            vault = cls._open(path, keyfile, dek, lock)
        except BaseException:
            if lock.is_locked:
                lock.release()
            raise
        vault._after_unlock(used, secret)
        return vault

    def _after_unlock(self, slot: str, secret: bytes) -> None:
        """Bring the key file up to today's rules with the secret just proven: full cost, checksums, anchor."""
        try:
            with self._mutex:
                kf = self.keyfile
                changes: dict[str, object] = {}
                if crypto.below_floor(kf.slots[slot]):
                    slots = dict(kf.slots)
                    slots[slot] = crypto.wrap(
                        self._require_dek(), secret, _aad(slot, self.db_uuid), crypto.default_scrypt()
                    )
                    changes["slots"] = slots
                anchor = kf.anchor
                if anchor and "mac" not in anchor and "malformed" not in anchor:
                    # A vault from before the anchor was authenticated: sign its anchor once, if it still
                    # matches the journal (otherwise leave it for verify to report).
                    try:
                        old = ledger.Head(int(anchor["seq"]), str(anchor["hash"]))
                        with self.read() as conn:
                            row = conn.execute("SELECT hash FROM ledger WHERE seq = ?", (old.seq,)).fetchone()
                        if (old.seq == 0 and old.hash == ledger.GENESIS) or (row and row[0] == old.hash):
                            changes["anchor"] = _signed_anchor(self._require_dek(), self.db_uuid, old)
                    except (KeyError, TypeError, ValueError, db.DatabaseError):
                        pass
                if changes or kf.legacy:
                    updated = kf.replaced(**changes)
                    updated.save(keyfile_path(self.path))
                    self.keyfile = updated
        except OSError:
            log.warning("could not bring the key file up to date after unlock")

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
            began_at = ledger_auth.last_seq(conn)
            try:
                yield conn
                # Seal the evidential rows this transaction touched, and authenticate the new journal
                # entries, in the same commit.
                evidence.seal_pending(conn, to_iso(system_clock()))
                ledger_auth.authenticate_new(conn, self.ledger_key(), began_at)
            except BaseException as exc:
                if conn.in_transaction:
                    with contextlib.suppress(db.DatabaseError):
                        conn.execute("ROLLBACK")
                evidence.discard_pending(conn)
                if isinstance(exc, db.DatabaseError):
                    raise db.translate_error(exc) from exc
                raise
            try:
                conn.execute("COMMIT")
            except db.DatabaseError as exc:
                if conn.in_transaction:
                    with contextlib.suppress(db.DatabaseError):
                        conn.execute("ROLLBACK")
                evidence.discard_pending(conn)
                raise db.translate_error(exc) from exc
            self._sync_anchor(conn)

    def _seal_baseline(self) -> None:
        """Once per vault, each: authenticate the journal entries written before entry authentication existed,
        seal the evidential rows written before record sealing existed (both trusted as found at that moment)."""
        conn = self.conn
        try:
            done = {
                str(r[0])
                for r in conn.execute(
                    "SELECT key FROM meta WHERE key IN (?, ?)",
                    (ledger_auth.BASELINE_META, evidence.BASELINE_META),
                )
            }
            conn.execute("SELECT 1 FROM ledger_auth LIMIT 1")
        except db.DatabaseError:
            return  # schema without the journal: nothing to do
        if len(done) == 2:
            return
        now = to_iso(system_clock())
        with self.transaction() as conn:
            if ledger_auth.BASELINE_META not in done:
                ledger_auth.authenticate_new(conn, self.ledger_key(), 0)
                conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (ledger_auth.BASELINE_META, now))
            if evidence.BASELINE_META not in done:
                evidence.seal_baseline(conn, now)
                conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (evidence.BASELINE_META, now))

    def anchor_state(self) -> AnchorState:
        """The key file's anchor, checked: missing, malformed or unauthenticated are all failures."""
        anchor = self.keyfile.anchor
        if not anchor:
            return AnchorState(None, "anchor.missing")
        try:
            head = ledger.Head(int(anchor["seq"]), str(anchor["hash"]))
            mac = str(anchor["mac"])
        except (KeyError, TypeError, ValueError):
            return AnchorState(None, "anchor.unreadable")
        expected = crypto.anchor_mac(
            crypto.anchor_key(self._require_dek(), self.db_uuid), self.db_uuid, head.seq, head.hash
        )
        if not secrets.compare_digest(mac, expected):
            return AnchorState(None, "anchor.unauthentic")
        return AnchorState(head)

    def ledger_anchor(self) -> ledger.Head | None:
        """The authenticated anchor, or None when there is none that can be trusted."""
        return self.anchor_state().head

    def ledger_key(self) -> bytes:
        """The key (derived from the data key) that authenticates the journal's entries and its anchor."""
        return crypto.anchor_key(self._require_dek(), self.db_uuid)

    def head_signature(self, head: ledger.Head) -> str:
        """The HMAC of a journal head (backup manifests carry it so that restore can check the head)."""
        return crypto.anchor_mac(
            crypto.anchor_key(self._require_dek(), self.db_uuid), self.db_uuid, head.seq, head.hash
        )

    def _sync_anchor(self, conn: db.Connection) -> None:
        """Copy the journal's chain head into the key file, so that a truncated tail is detectable."""
        try:
            head = ledger.head(conn)
        except db.DatabaseError:
            return  # no ledger table (schema older than 0007): nothing to anchor
        state = self.anchor_state()
        current = state.head
        if state.problem:
            return  # a missing or forged anchor is evidence for verify(): never paper over it
        if head.seq == 0 or (current is not None and head.seq <= current.seq):
            return  # the anchor only moves forward: a shorter or rewritten chain must stay detectable
        if current is not None and current.seq > 0:
            row = conn.execute("SELECT hash FROM ledger WHERE seq = ?", (current.seq,)).fetchone()
            if row is None or row[0] != current.hash:
                return  # the anchored entry was altered: keep the evidence for verify()
        try:
            self.update_anchor(_signed_anchor(self._require_dek(), self.db_uuid, head))
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
            keys = tuple(key_file_reasons(KeyFile.load(keyfile_path(self.path))))
            return CheckReport(
                not problems and not keys,
                problems,
                version,
                db.cipher_version(self.conn),
                tuple(verify_reasons.line(r) for r in keys),
                keys,
            )

    # --- key management -----------------------------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str, user_inputs: list[str] | None = None) -> None:
        """Rewrap the passphrase slot only: atomic key-file replace, no database rekey. Strength checked here,
        whoever calls (settings page, recovery dialog, CLI): the practice's own words count against it."""
        check_strength(new_passphrase, user_inputs if user_inputs is not None else self.practice_words())
        dek = self._require_dek()
        slot = crypto.wrap(
            dek,
            crypto.normalize_passphrase(new_passphrase),
            _aad(PASSPHRASE_SLOT, self.db_uuid),
            crypto.default_scrypt(),
        )
        with self._mutex:
            updated = self.keyfile.replaced(slots={**self.keyfile.slots, PASSPHRASE_SLOT: slot})
            updated.save(keyfile_path(self.path))
            self.keyfile = updated

    def practice_words(self) -> list[str]:
        """The practice's name, practitioner, town and profession: words a guesser tries first."""
        from core.passphrase import practice_words

        try:
            with self.read() as conn:
                row = conn.execute(
                    "SELECT name, practitioner, city, profession FROM practice LIMIT 1"
                ).fetchone()
        except (db.DatabaseError, CorruptVault, Exception):  # noqa: BLE001 - a vault without a practice yet
            return []
        return practice_words(*(str(v or "") for v in row)) if row else []

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

    def begin_recovery_rotation(self) -> str:
        """Phase 1: a new code, sealed in a pending slot. The current code stays valid until confirmation."""
        dek = self._require_dek()
        code = crypto.new_recovery_code()
        slot = crypto.wrap(
            dek,
            crypto.normalize_recovery_code(code).encode(),
            _aad(RECOVERY_SLOT, self.db_uuid),
            crypto.default_scrypt(),
        )
        with self._mutex:
            updated = self.keyfile.replaced(slots={**self.keyfile.slots, PENDING_RECOVERY_SLOT: slot})
            updated.save(keyfile_path(self.path))
            self.keyfile = updated
        return code

    def confirm_recovery_rotation(self, typed: str) -> None:
        """Phase 2: the user typed the new code back; it replaces the old one in one atomic write."""
        with self._mutex:
            pending = self.keyfile.slots.get(PENDING_RECOVERY_SLOT)
            if pending is None:
                from core.domain.problems import refused  # here: only this refusal needs it

                raise refused("refusal.no_pending_recovery_code")
            try:
                dek = crypto.unwrap(
                    pending, crypto.normalize_recovery_code(typed).encode(), _aad(RECOVERY_SLOT, self.db_uuid)
                )
            except (crypto.UnwrapFailed, ValueError) as exc:
                raise WrongRecoveryCode() from exc
            same = secrets.compare_digest(bytes(dek), bytes(self._require_dek()))
            crypto.zero(dek)
            if not same:
                raise WrongRecoveryCode()
            slots = {k: v for k, v in self.keyfile.slots.items() if k != PENDING_RECOVERY_SLOT}
            slots[RECOVERY_SLOT] = pending
            updated = self.keyfile.replaced(slots=slots)
            updated.save(keyfile_path(self.path))
            self.keyfile = updated

    def cancel_recovery_rotation(self) -> None:
        with self._mutex:
            if PENDING_RECOVERY_SLOT not in self.keyfile.slots:
                return
            slots = {k: v for k, v in self.keyfile.slots.items() if k != PENDING_RECOVERY_SLOT}
            updated = self.keyfile.replaced(slots=slots)
            updated.save(keyfile_path(self.path))
            self.keyfile = updated

    @property
    def recovery_rotation_pending(self) -> bool:
        return PENDING_RECOVERY_SLOT in self.keyfile.slots

    def rotate_recovery_code(self) -> str:
        """Both phases at once, for callers that confirm nothing (scripts): prefer begin/confirm."""
        code = self.begin_recovery_rotation()
        self.confirm_recovery_rotation(code)
        return code

    def set_anchor(self, head: ledger.Head) -> None:
        """Record ``head`` as the journal's authenticated anchor (tests and repair tools; commits do it)."""
        self.update_anchor(_signed_anchor(self._require_dek(), self.db_uuid, head))

    def update_anchor(self, anchor: dict[str, object]) -> None:
        """Keep a fact outside the database (e.g. the journal's chain head) to detect a truncated tail."""
        with self._mutex:
            updated = self.keyfile.replaced(anchor=dict(anchor))
            updated.save(keyfile_path(self.path))
            self.keyfile = updated

    def remember_key(self) -> bool:
        stored = keystore.store(self.db_uuid, self._require_dek())
        if stored:
            keystore.record_choice(self.path, True)
        return stored

    def forget_key(self) -> None:
        keystore.forget(self.db_uuid)
        keystore.record_choice(self.path, False)

    @property
    def key_remembered_here(self) -> bool:
        """The user's choice as recorded beside the vault (read without probing the keyring)."""
        return keystore.opted_in(self.path) is not False

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


def _signed_anchor(dek: bytes | bytearray, db_uuid: str, head: ledger.Head) -> dict[str, object]:
    mac = crypto.anchor_mac(crypto.anchor_key(dek, db_uuid), db_uuid, head.seq, head.hash)
    return {"seq": head.seq, "hash": head.hash, "mac": mac}


def _unwrap_slot(path: Path, keyfile: KeyFile, slot: str, secret: bytes) -> tuple[bytearray, str]:
    """The data key from ``slot`` (a recovery code also tries the pending slot); damage is told apart."""
    error = WrongPassphrase if slot == PASSPHRASE_SLOT else WrongRecoveryCode
    if keyfile.slot_damage(slot) == HEADER:
        raise DamagedKeySlot(path=str(keyfile_path(path)), slot=HEADER)
    candidates = [slot] + ([PENDING_RECOVERY_SLOT] if slot == RECOVERY_SLOT else [])
    damaged = ""
    for name in candidates:
        if name not in keyfile.slots:
            continue
        if keyfile.slot_damage(name):
            damaged = damaged or name
            continue
        try:
            dek = crypto.unwrap(keyfile.slots[name], secret, _aad(slot, keyfile.db_uuid))
        except crypto.UnwrapFailed:
            continue
        except ValueError as exc:
            raise DamagedKeySlot(path=str(keyfile_path(path)), slot=name) from exc
        if not secrets.compare_digest(crypto.key_check_value(dek, keyfile.db_uuid), keyfile.kcv):
            raise DamagedKeySlot(path=str(keyfile_path(path)), slot=HEADER)
        return dek, name
    if damaged == slot:
        raise DamagedKeySlot(path=str(keyfile_path(path)), slot=damaged)
    if slot not in keyfile.slots and not damaged:
        raise error()
    raise error()


def sweep_leftovers(path: Path) -> list[Path]:
    """Remove ``.part`` files an interrupted atomic write left beside the vault (an old key file among them
    could still open the data key with a passphrase since replaced). Called with the instance lock held."""
    removed = []
    prefixes = (f".{path.name}.", f".{keyfile_path(path).name}.")
    for leftover in path.parent.glob(".*.part"):
        if leftover.is_file() and leftover.name.startswith(prefixes):
            with contextlib.suppress(OSError):
                leftover.unlink()
                removed.append(leftover)
    if removed:
        fsync_dir(path.parent)
    return removed


def _prepare(path: Path) -> tuple[FileLock, KeyFile]:
    """Take the instance lock, settle an interrupted restore, sweep leftovers, read the key file (in that order)."""
    path = Path(path)
    if not path.is_file() and not staged_paths(path)[1].exists():
        raise VaultNotFound(path=str(path))
    lock = _acquire(path)
    try:
        finish_interrupted_restore(path)
        sweep_leftovers(path)
        if not path.is_file():
            raise VaultNotFound(path=str(path))
        return lock, KeyFile.load(keyfile_path(path))
    except BaseException:
        lock.release()
        raise


def _acquire(path: Path) -> FileLock:
    """The instance lock, keyed on the resolved real path: a symlink or another spelling is the same vault."""
    real = Path(os.path.realpath(path))
    lock = FileLock(str(lockfile_path(real)), timeout=0, mode=0o600, thread_local=False)  # like every file beside it
    try:
        lock.acquire(timeout=0)
    except Timeout as exc:
        raise VaultInUse(path=str(path)) from exc
    with contextlib.suppress(OSError):  # a lock file left by an older version was created 0644
        os.chmod(lockfile_path(real), 0o600)
    return lock
