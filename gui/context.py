"""What every screen needs once the vault is open, built once by the app and passed down (no globals)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from core.clock import Clock, system_clock
from core.settings import AppSettings
from core.vault import Vault
from gui.ops import Changes
from gui.workers import Worker

if TYPE_CHECKING:
    from gui.ops import Services


@dataclass
class AppContext:
    vault: Vault
    worker: Worker
    settings: AppSettings
    clock: Clock = system_clock
    services: dict[str, Any] = field(default_factory=dict)
    changes: Changes = field(default_factory=Changes)
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)
    _ops_services: Services | None = field(default=None, repr=False)

    @property
    def lang(self) -> str:
        return self.settings.language

    def service(self, key: str, factory: Any) -> Any:
        """One instance per service class for this unlocked session, e.g. ``ctx.service("practice", PracticeService)``.

        Called from ``gui.ops`` on the worker thread: the GUI never calls a service itself (see ``op``).
        """
        with self._lock:
            if key not in self.services:
                self.services[key] = factory(self.vault, self.clock)
            return self.services[key]

    def ops_services(self) -> Services:
        if self._ops_services is None:
            from gui.ops import Services

            self._ops_services = Services(self)
        return self._ops_services
