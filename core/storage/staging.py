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


def finish_interrupted_restore(vault_path: Path) -> None:
    """Complete or undo a restore that was interrupted (crash, power cut): old state or new, never a mix.

    The staged database is moved into place in one ``os.replace``; if it is still staged, the swap never
    happened and the staging files are dropped; if it is gone, the swap happened and the key file follows.
    """
    vault_path = Path(vault_path)
    staged_db, staged_keys = staged_paths(vault_path)
    if staged_db.exists():
        staged_db.unlink()
        with contextlib.suppress(FileNotFoundError):
            staged_keys.unlink()
    elif staged_keys.exists():
        os.replace(staged_keys, keyfile_path(vault_path))
        fsync_dir(vault_path.parent)
