"""What every screen needs once the vault is open, built once by the app and passed down (no globals)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from core.clock import Clock, system_clock
from core.settings import AppSettings
from core.vault import Vault
from gui.changes import Changes
from gui.services import Services
from gui.workers import Worker


@dataclass
class AppContext:
    vault: Vault
    worker: Worker
    settings: AppSettings
    clock: Clock = system_clock
    changes: Changes = field(default_factory=Changes)
    exposure_scanner: Any = None  # the exposure check's scanner; None: the real one (tests place a fake box's)
    _ops_services: Services | None = field(default=None, repr=False)

    @property
    def lang(self) -> str:
        return self.settings.language

    def ops_services(self) -> Services:
        """The session's services (one instance of each), handed to ``fn`` by ``gui.ops.op`` on the worker."""
        if self._ops_services is None:
            self._ops_services = Services(self.vault, self.clock)
        return self._ops_services
