"""A hook told about every statement a vault connection runs, so tests can catch database work on the GUI thread.

Off unless something calls ``install(observer)`` before the vault is opened (the GUI test suite does, in
``tests/gui/conftest.py``): then ``db.connect`` attaches ``observer(sql)`` as the connection's trace callback.
``observer`` runs in the thread that executes the statement. Nothing is attached in the application itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Observer = Callable[[str], None]

_observer: Observer | None = None


def install(observer: Observer | None) -> None:
    """Set (or with ``None`` remove) the observer for connections opened from now on."""
    global _observer
    _observer = observer


def attach(conn: Any) -> None:
    if _observer is not None:
        conn.set_trace_callback(_observer)
