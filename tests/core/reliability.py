"""Helpers shared by the reliability tests (ledger, backups, restore, faults, CLI). No Qt here."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from pathlib import Path

from core.storage import db, ledger

AT = "2026-11-29T10:00:00+00:00"
CANARY = "Canari-Dupont-Zebulon-1979"


def add_entries(vault, n: int, kind: str = "test.event") -> list[ledger.Entry]:
    """Append ``n`` journal entries, each in its own transaction (as the services do)."""
    out = []
    for i in range(n):
        with vault.transaction() as conn:
            out.append(ledger.append(conn, kind, {"n": i, "texte": f"événement {i}"}, AT, ref=f"r{i}"))
    return out


@contextlib.contextmanager
def raw_connection(path: Path, dek: bytes | bytearray) -> Iterator[db.Connection]:
    """Someone holding the key and using SQL directly (the attacker of scenario #23)."""
    conn = db.connect(path, dek)
    try:
        yield conn
    finally:
        conn.close()


def drop_ledger_triggers(conn: db.Connection) -> None:
    conn.execute("DROP TRIGGER IF EXISTS ledger_no_update")
    conn.execute("DROP TRIGGER IF EXISTS ledger_no_delete")


def flip_byte(path: Path, offset: int) -> None:
    data = bytearray(Path(path).read_bytes())
    data[offset] ^= 0x01
    Path(path).write_bytes(bytes(data))


def truncate(path: Path, size: int) -> None:
    with open(path, "rb+") as fh:
        fh.truncate(size)


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
