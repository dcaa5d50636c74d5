"""Open a SQLCipher connection the one safe way: raw key through ``set_key`` first, then hardened pragmas.

``set_key`` goes through the C API, so the key never appears in SQL text that a trace callback or a log
could capture. The guard on ``cipher_version`` makes sure we never silently write a plaintext database.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlcipher3
from sqlcipher3 import dbapi2

from core.errors import CorruptVault, NotSqlCipher, StorageError
from core.storage import thread_guard

DatabaseError = dbapi2.DatabaseError
OperationalError = dbapi2.OperationalError
IntegrityError = dbapi2.IntegrityError
Connection = dbapi2.Connection

PRAGMAS = (
    "temp_store = MEMORY",
    "journal_mode = DELETE",
    "synchronous = FULL",
    "foreign_keys = ON",
    "trusted_schema = OFF",
    "fullfsync = ON",
    "checkpoint_fullfsync = ON",
    # Pages are decrypted (AES-256 + HMAC-SHA512 check) when read into SQLite's page cache: a cache that holds
    # the working set (the journal's tables and indexes of a large vault) pays that once, not on every scan.
    # Memory is taken only as pages are read (at most 16 MiB).
    "cache_size = -16384",
)


def raw_key(dek: bytes | bytearray) -> str:
    """SQLCipher reads ``x'<64 hex>'`` as a raw key (no PBKDF2); bytes would be taken as a passphrase."""
    return "x'" + bytes(dek).hex() + "'"


class KeyRejected(Exception):
    """SQLCipher could not read page 1 with this key: wrong key or a damaged first page."""


def connect(path: Path, dek: bytes | bytearray, *, read_only: bool = False) -> Connection:
    """``read_only`` opens an existing file without ever creating or writing it (checking a backup)."""
    if read_only:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(raw_key(dek))
        try:
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        except DatabaseError as exc:
            raise KeyRejected(str(exc)) from exc
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise NotSqlCipher()
        for pragma in PRAGMAS:
            conn.execute("PRAGMA " + pragma)
        if conn.execute("PRAGMA temp_store").fetchone()[0] != 2:
            raise NotSqlCipher()
        if conn.execute("PRAGMA foreign_keys").fetchone()[0] != 1:
            raise NotSqlCipher()
        conn.execute("PRAGMA secure_delete = ON")
        thread_guard.attach(conn)
        return conn
    except BaseException:
        conn.close()
        raise


def cipher_version(conn: Connection) -> str:
    return str(conn.execute("PRAGMA cipher_version").fetchone()[0])


def integrity_problems(conn: Connection) -> list[str]:
    """Both layers: SQLCipher's per-page HMACs, then SQLite's own structure check. Empty list = sound."""
    problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except DatabaseError as exc:  # a page failing its HMAC makes SQLite's own check raise "malformed"
        rows = [(str(exc),)]
    problems += [str(r[0]) for r in rows if str(r[0]) != "ok"]
    return problems


def translate_error(exc: BaseException) -> Exception:
    """Turn a driver error into the typed error a user can act on."""
    text = str(exc).lower()
    if isinstance(exc, (DatabaseError, sqlite3.DatabaseError)):
        if "malformed" in text or "not a database" in text or "hmac" in text or "corrupt" in text:
            return CorruptVault(detail=str(exc))
        if any(k in text for k in ("disk", "full", "readonly", "read-only", "i/o", "unable to open")):
            return StorageError(detail=str(exc))
    if isinstance(exc, OSError):
        return StorageError(detail=exc.strerror or str(exc))
    return exc if isinstance(exc, Exception) else RuntimeError(str(exc))
