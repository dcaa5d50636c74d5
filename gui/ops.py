"""The one way the GUI calls core: ``op(ctx, fn, on_done, on_error)``.

``fn(services)`` runs on the session's serial worker thread (never on the GUI thread, so no click waits on the
database or a PDF); ``on_done(result)`` / ``on_error(exc)`` run back on the GUI thread, and only while the page or
dialog that asked still exists (a locked vault or a closed dialog drops late results). A write says what kind of
record it changed (``changes={INCIDENTS}``): after it succeeds, ``ctx.changes.changed`` is emitted once with those
kinds, and the journal, the dashboard and the countdown refresh from that one signal instead of polling.

``ctx`` is the page or dialog asking (a QObject with a ``ctx`` attribute holding the ``AppContext``) or, for work
that belongs to no screen, the ``AppContext`` itself. Modelled on Anki's ``CollectionOp``/``QueryOp``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from core.clock import Clock
    from core.vault import Vault
    from gui.context import AppContext

log = logging.getLogger(__name__)
T = TypeVar("T")

# Kinds of record a write may change (what the listeners of ``Changes.changed`` filter on).
INCIDENTS = "incidents"
REGISTER = "register"  # activities and processors
CHECKLIST = "checklist"  # self-assessments, action plan, evidence
RIGHTS = "rights"
PRACTICE = "practice"
DOCUMENTS = "documents"  # printed paper documents, useful contacts
BACKUPS = "backups"
EXPOSURE = "exposure"
ALL_KINDS = frozenset({INCIDENTS, REGISTER, CHECKLIST, RIGHTS, PRACTICE, DOCUMENTS, BACKUPS, EXPOSURE})


class Changes(QObject):
    """One signal for every committed write: ``changed(frozenset[str] kinds)``."""

    changed = Signal(object)

    def announce(self, kinds: Iterable[str]) -> None:
        kinds = frozenset(kinds)
        unknown = kinds - ALL_KINDS
        if unknown:
            raise ValueError(f"unknown change kinds: {sorted(unknown)}")
        if kinds:
            self.changed.emit(kinds)


class Services:
    """What ``fn`` receives: the session's core services by name, built on first use (on the worker thread).

    ``services.incidents``, ``.register``, ``.checklist`` (the self-assessment), ``.action_plan`` and
    ``.evidence_files`` (its plan and attached files, built on that same ``.checklist``), ``.evidence`` (checklist
    ↔ exposure scans), ``.exposure``, ``.practice``, ``.rights``, ``.documents``, ``.contacts``, ``.dashboard``;
    ``.vault`` and ``.clock`` for module-level functions (``core.services.backup``). One instance of each per
    unlocked session.
    """

    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx

    @property
    def vault(self) -> Vault:
        return self._ctx.vault

    @property
    def clock(self) -> Clock:
        return self._ctx.clock

    def _get(self, key: str, factory: Callable[[Vault, Clock], Any]) -> Any:
        return self._ctx.service(key, factory)

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


def _context_of(ctx: Any) -> tuple[AppContext, QObject | None]:
    """``(AppContext, owner)`` for a page/dialog (owner = it) or a bare AppContext (no owner)."""
    inner = getattr(ctx, "ctx", None)
    if inner is not None and isinstance(ctx, QObject):
        return inner, ctx
    return ctx, None


def op(
    ctx: Any,
    fn: Callable[[Services], T],
    on_done: Callable[[T], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    changes: Iterable[str] = (),
) -> None:
    """Run ``fn(services)`` on the worker; deliver the result (or the error) to ``ctx`` if it still exists.

    Without ``on_error`` a failure is shown to the user (``show_error`` on the owner) or, with no owner, logged.
    ``changes``: the kinds of record ``fn`` writes; announced on ``AppContext.changes`` after it succeeded
    (also when the owner is gone: other screens still need to know).
    """
    app, owner = _context_of(ctx)
    kinds = frozenset(changes)
    services = app.ops_services()

    def alive() -> bool:
        return owner is None or shiboken6.isValid(owner)

    def done(result: T) -> None:
        try:
            if alive() and on_done is not None:
                on_done(result)
        finally:
            if kinds:
                app.changes.announce(kinds)

    def failed(exc: BaseException) -> None:
        if not alive():
            log.info("background task failed after its screen closed: %s", type(exc).__name__)
            return
        if on_error is not None:
            on_error(exc)
        elif owner is not None and hasattr(owner, "isWidgetType") and owner.isWidgetType():
            from gui.messages import show_error

            show_error(owner, exc)  # type: ignore[arg-type]
        else:
            log.error("background task failed: %s", type(exc).__name__)

    app.worker.submit(lambda: fn(services), done, failed)
