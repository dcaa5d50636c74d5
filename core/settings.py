"""Pre-unlock application settings (language, vault location): a small JSON file in the config folder.

Nothing about the practice goes here: that lives in the encrypted vault. Window geometry is Qt's business.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from core.paths import config_dir
from core.storage.atomic import write_atomic

LANGUAGES = ("fr", "en")


@dataclass(frozen=True)
class AppSettings:
    """Settings read before unlocking (language, vault location, auto-lock); the practice's own are in the vault."""

    language: str = "fr"
    vault_path: str = ""  # empty = the default location (platformdirs)
    autolock_minutes: int = 10

    def with_(self, **changes: object) -> AppSettings:
        return replace(self, **changes)  # type: ignore[arg-type]


def settings_file() -> Path:
    return config_dir() / "settings.json"


def load() -> AppSettings:
    """Defaults when the file is missing or unreadable: a bad settings file must never block the app."""
    try:
        doc = json.loads(settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return AppSettings()
    if not isinstance(doc, dict):
        return AppSettings()
    language = doc.get("language") if doc.get("language") in LANGUAGES else "fr"
    vault_path = doc.get("vault_path") if isinstance(doc.get("vault_path"), str) else ""
    minutes = doc.get("autolock_minutes")
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= 240:
        minutes = 10
    return AppSettings(language=language, vault_path=vault_path, autolock_minutes=minutes)


def save(settings: AppSettings) -> None:
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, (json.dumps(asdict(settings), indent=2) + "\n").encode("utf-8"))
