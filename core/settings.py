"""Pre-unlock application settings (language, vault location): a small JSON file in the config folder.

Nothing about the practice goes here: that lives in the encrypted vault. Window geometry is Qt's business.
"""

from __future__ import annotations

from collections import namedtuple
from pathlib import Path

from core.paths import config_dir

LANGUAGES = ("fr", "en")


# A named tuple, not a dataclass: read before the first window, and ``dataclasses`` costs that window 2 ms.
_Fields = namedtuple("_Fields", ("language", "vault_path", "autolock_minutes"), defaults=("fr", "", 10))


class AppSettings(_Fields):
    """Settings read before unlocking (language, vault location, auto-lock); the practice's own are in the vault.

    ``vault_path`` empty means the default location."""

    __slots__ = ()
    language: str
    vault_path: str
    autolock_minutes: int

    def with_(self, **changes: object) -> AppSettings:
        return self._replace(**changes)


def settings_file() -> Path:
    return config_dir() / "settings.json"


def load() -> AppSettings:
    """Defaults when the file is missing or unreadable: a bad settings file must never block the app."""
    try:
        text = settings_file().read_text(encoding="utf-8")
    except (OSError, ValueError):
        return AppSettings()
    import json  # only once there is a file to read: a first start shows its window without it (2 ms)

    try:
        doc = json.loads(text)
    except ValueError:
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
    import json

    from core.storage.atomic import write_atomic

    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, (json.dumps(settings._asdict(), indent=2) + "\n").encode("utf-8"))
