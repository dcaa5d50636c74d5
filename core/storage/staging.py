"""Restore staging: the files a restore prepares beside the vault before its single switching step."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from core.paths import keyfile_path
from core.storage.atomic import fsync_dir


def staged_paths(vault_path: Path) -> tuple[Path, Path]:
    return (
        vault_path.with_name(f".{vault_path.name}.restore-db"),
        vault_path.with_name(f".{vault_path.name}.restore-keys"),
    )


def journal_path(vault_path: Path) -> Path:
    """SQLite's rollback journal; after a crash mid-transaction it is "hot" and belongs to that very file."""
    return vault_path.with_name(vault_path.name + "-journal")


def finish_interrupted_restore(vault_path: Path) -> None:
    """Complete or undo a restore that was interrupted (crash, power cut): old state or new, never a mix.

    The database is staged before the key file and moved into place in one ``os.replace``; if it is still
    staged, the swap never happened and the staging files are dropped; if it is gone while the key file is
    still staged, the swap happened: a rollback journal left there belongs to the old file (it went aside
    with it) and must never be played back onto the restored one; then the key file follows.
    """
    vault_path = Path(vault_path)
    staged_db, staged_keys = staged_paths(vault_path)
    if staged_db.exists():
        # Key file first: a lone staged key file left by a crash here would read as "the swap happened".
        with contextlib.suppress(FileNotFoundError):
            staged_keys.unlink()
        fsync_dir(vault_path.parent)
        staged_db.unlink()
    elif staged_keys.exists():
        with contextlib.suppress(FileNotFoundError):
            journal_path(vault_path).unlink()
        os.replace(staged_keys, keyfile_path(vault_path))
        fsync_dir(vault_path.parent)
