"""The application version, read from one place: pyproject.toml (or the installed metadata)."""

from __future__ import annotations

import tomllib
from functools import cache

from core.paths import app_root


@cache
def version() -> str:
    pyproject = app_root() / "pyproject.toml"
    if pyproject.is_file():
        with pyproject.open("rb") as fh:
            return str(tomllib.load(fh)["project"]["version"])
    from importlib import metadata

    try:
        return metadata.version("vigie")
    except metadata.PackageNotFoundError:  # pragma: no cover - broken install
        return "0+unknown"
