"""Where Vigie keeps things: the vault (user data dir), pre-unlock settings (config dir), shipped resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Vigie"
VAULT_FILENAME = "vigie.vault"


def app_root() -> Path:
    """Folder holding ``resources/`` and ``pyproject.toml``: the source tree, or the PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return app_root() / "resources"


def _xdg(variable: str, fallback: str) -> Path:
    """platformdirs' rule on Linux (XDG base directories), without importing it before the first window."""
    base = os.environ.get(variable, "").strip() or os.path.expanduser(fallback)
    return Path(base) / APP_NAME


def default_data_dir() -> Path:
    if sys.platform.startswith("linux"):
        return _xdg("XDG_DATA_HOME", "~/.local/share")
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def default_vault_path() -> Path:
    return default_data_dir() / VAULT_FILENAME


def config_dir() -> Path:
    if sys.platform.startswith("linux"):
        return _xdg("XDG_CONFIG_HOME", "~/.config")
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=False))


def keyfile_path(vault_path: Path) -> Path:
    """The wrapped-key file that sits beside the database."""
    return vault_path.with_name(vault_path.name + ".keys.json")


def remember_flag_path(vault_path: Path) -> Path:
    """Whether this vault's key is remembered in the OS keyring ("1"/"0"): no secret, only the choice."""
    return vault_path.with_name(vault_path.name + ".remembered")


def lockfile_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".lock")
