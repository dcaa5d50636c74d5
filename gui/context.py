"""What every screen needs once the vault is open, built once by the app and passed down (no globals)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from core.clock import Clock, system_clock
from core.settings import AppSettings
from core.vault import Vault
from gui.events import Events
from gui.workers import Worker


@dataclass
class AppContext:
    vault: Vault
    worker: Worker
    settings: AppSettings
    clock: Clock = system_clock
    services: dict[str, Any] = field(default_factory=dict)
    events: Events = field(default_factory=Events)

    @property
    def lang(self) -> str:
        return self.settings.language

    def service(self, key: str, factory: Any) -> Any:
        """One instance per service class for this unlocked session, e.g. ``ctx.service("practice", PracticeService)``."""
        if key not in self.services:
            self.services[key] = factory(self.vault, self.clock)
        return self.services[key]
