"""Schema migrations: ordered SQL files applied in one transaction, keyed on ``PRAGMA user_version``.

A vault written by a newer Vigie is refused (never "upgraded down"); before touching an existing vault, an
encrypted copy is taken with ``VACUUM INTO`` (same key) so that a failed or unwanted upgrade can be undone.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from core.errors import MigrationFailed, StorageError, VaultTooNew
from core.storage.db import Connection, DatabaseError, translate_error

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations() -> list[Migration]:
    folder = resources.files("core.storage") / "migrations"
    found: list[Migration] = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    check_numbering([m.version for m in found])
    return found


def check_numbering(versions: list[int]) -> None:
    """Migrations must be numbered 1..N without gaps or duplicates.

    The runner applies what is above ``user_version``; a number slotted in below a shipped one would be
    skipped silently on existing vaults, so a gap is a packaging error caught here (and by the tests).
    """
    if sorted(versions) != list(range(1, len(versions) + 1)):
        raise RuntimeError(
            f"migrations must be numbered 1..N without gaps or duplicates, found {sorted(versions)}"
        )


def latest_version() -> int:
    migrations = load_migrations()
    return migrations[-1].version if migrations else 0


def current_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def snapshot_before_migration(conn: Connection, vault_path: Path, from_version: int) -> Path:
    target = vault_path.with_name(f"{vault_path.name}.pre-migration-v{from_version}")
    if target.exists():
        target.unlink()
    conn.execute("VACUUM INTO ?", (str(target),))
    os.chmod(target, 0o600)  # like the vault and the backups: encrypted, still nobody else's business
    return target


def migrate(conn: Connection, vault_path: Path | None = None) -> list[str]:
    """Bring the schema to the latest version; returns the names applied. All or nothing."""
    migrations = load_migrations()
    version = current_version(conn)
    latest = migrations[-1].version if migrations else 0
    if version > latest:
        raise VaultTooNew(found=version, supported=latest)
    pending = [m for m in migrations if m.version > version]
    if not pending:
        return []
    if version > 0 and vault_path is not None:
        snapshot_before_migration(conn, vault_path, version)
    script = "BEGIN IMMEDIATE;\n"
    for m in pending:
        script += f"-- {m.name}\n{m.sql}\n;\n"
    script += f"PRAGMA user_version = {int(pending[-1].version)};\nCOMMIT;\n"
    try:
        conn.executescript(script)
    except DatabaseError as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        translated = translate_error(exc)
        if isinstance(translated, StorageError):  # disk full / read-only: say so, not "the upgrade failed"
            raise translated from exc
        raise MigrationFailed(detail=str(exc)) from exc
    return [m.name for m in pending]
