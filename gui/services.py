"""The session's core services, built on first use on the worker thread: what ``gui.ops.op`` hands to ``fn``."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.clock import Clock
    from core.vault import Vault


class Services:
    """What ``fn`` receives: the session's core services by name, built on first use (on the worker thread).

    ``services.incidents``, ``.register``, ``.checklist`` (the self-assessment), ``.action_plan`` and
    ``.evidence_files`` (its plan and attached files, built on that same ``.checklist``), ``.evidence`` (checklist
    ↔ exposure scans), ``.exposure``, ``.practice``, ``.rights``, ``.documents``, ``.contacts``, ``.dashboard``;
    ``.vault`` and ``.clock`` for module-level functions (``core.services.backup``). One instance of each per
    unlocked session.
    """

    def __init__(self, vault: Vault, clock: Clock) -> None:
        self.vault = vault
        self.clock = clock
        self.made: dict[str, Any] = {}  # key -> the session's instance (a test may place a fake here first)
        self._lock = threading.RLock()

    def _get(self, key: str, factory: Callable[[Vault, Clock], Any]) -> Any:
        with self._lock:
            if key not in self.made:
                self.made[key] = factory(self.vault, self.clock)
            return self.made[key]

    @property
    def practice(self):  # noqa: ANN201 - the concrete service classes are imported lazily (cold start)
        from core.services.practice import PracticeService

        return self._get("practice", PracticeService)

    @property
    def incidents(self):  # noqa: ANN201
        from core.services.incidents import IncidentService

        return self._get("incidents", IncidentService)

    @property
    def register(self):  # noqa: ANN201
        from core.services.register import RegisterService

        return self._get("register", RegisterService)

    @property
    def checklist(self):  # noqa: ANN201
        from core.services.checklist import ChecklistService

        return self._get("checklist", ChecklistService)

    @property
    def action_plan(self):  # noqa: ANN201
        from core.services.checklist_plan import ActionPlanService

        checklist = self.checklist
        return self._get("action_plan", lambda vault, clock: ActionPlanService(vault, clock, checklist))

    @property
    def evidence_files(self):  # noqa: ANN201
        from core.services.checklist_files import EvidenceFileService

        checklist = self.checklist
        return self._get("evidence_files", lambda vault, clock: EvidenceFileService(vault, clock, checklist))

    @property
    def exposure(self):  # noqa: ANN201
        from core.services.exposure import ExposureService

        return self._get("exposure", ExposureService)

    @property
    def evidence(self):  # noqa: ANN201
        from core.services.checklist_evidence import ChecklistEvidenceService

        checklist, exposure, files = self.checklist, self.exposure, self.evidence_files
        return self._get(
            "checklist_evidence",
            lambda vault, clock: ChecklistEvidenceService(vault, clock, checklist, exposure, files),
        )

    @property
    def rights(self):  # noqa: ANN201
        from core.services.rights import RightsService

        return self._get("rights", RightsService)

    @property
    def documents(self):  # noqa: ANN201
        from core.services.documents import DocumentsService

        return self._get("documents", DocumentsService)

    @property
    def contacts(self):  # noqa: ANN201
        from core.services.contacts import ContactsService

        return self._get("contacts", ContactsService)

    @property
    def dashboard(self):  # noqa: ANN201
        from core.services.dashboard import DashboardService

        return self._get("dashboard", DashboardService)
