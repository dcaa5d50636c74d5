"""Helpers for the core tests (no Qt here)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, child_pythonpath


@dataclass(frozen=True)
class FileState:
    sha256: str
    mtime_ns: int
    size: int


def file_state(path: Path) -> FileState:
    st = path.stat()
    return FileState(hashlib.sha256(path.read_bytes()).hexdigest(), st.st_mtime_ns, st.st_size)


def fill_meta(vault, rows: int = 400, width: int = 200) -> None:
    """Enough rows for the vault to span many 4 KiB pages."""
    with vault.transaction() as conn:
        conn.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            [(f"fill-{i:05d}", "x" * width) for i in range(rows)],
        )


def copy_vault(src: Path, dst: Path) -> Path:
    from core.paths import keyfile_path

    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)
    shutil.copyfile(keyfile_path(src), keyfile_path(dst))
    return dst


def subprocess_env(**extra: str) -> dict[str, str]:
    """Environment for child processes: cheap KDF, no real keyring, the isolated HOME of the test."""
    env = dict(os.environ)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env["PYTHONPATH"] = child_pythonpath()
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("VIGIE_PASSPHRASE", None)
    env.update(extra)
    return env


PYTHON = sys.executable


@pytest.fixture
def big_vault(tmp_path):
    """A closed vault (no practice) spanning ~30 pages; returns its path."""
    from core.vault import Vault

    path = tmp_path / "big" / "big.vault"
    vault, _code = Vault.create(path, PASSPHRASE)
    fill_meta(vault)
    vault.lock()
    return path
