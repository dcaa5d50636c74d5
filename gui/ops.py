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
from PySide6.QtCore import QObject

from gui.changes import (  # noqa: F401 - re-exported: screens import the kinds from here with ``op``
    ALL_KINDS,
    BACKUPS,
    CHECKLIST,
    DOCUMENTS,
    EXPOSURE,
    INCIDENTS,
    PRACTICE,
    REGISTER,
    RIGHTS,
    Changes,
)
from gui.services import Services

if TYPE_CHECKING:
    from gui.context import AppContext

log = logging.getLogger(__name__)
T = TypeVar("T")

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
