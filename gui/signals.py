"""Emitting and disconnecting Qt signals from Python: the one place that does it, because of a PySide6 defect.

PySide6 6.12.0's ``SignalInstance.emit()`` and ``SignalInstance.disconnect()`` return ``True`` without owning a
reference to it, so every call takes one reference away from ``True``. On Python 3.11, where ``True`` is an
ordinary object (3.12 made it immortal), a session of a few thousand operations — every worker job emits — brings
its count to zero and the interpreter aborts ("Fatal Python error: bool_dealloc"), window and all. PySide6 6.11
has no such defect, but its lupdate no longer extracts plural messages written as this project writes them.

So screens call :func:`emit` and :func:`disconnect` (a test forbids ``.emit(`` and ``.disconnect(`` elsewhere in
``gui/``): whether the running PySide6 has the defect is measured once, and while it has, the references taken
are given back — in batches, so that ``ctypes`` is imported only after the first window is up.
"""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QObject, Signal

TYPE_CHECKING = False  # not ``typing.TYPE_CHECKING``: importing typing delays the first window
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

_BATCH = 32  # references owed before they are given back; ``True`` holds hundreds, so a few dozen owed is safe
_lock = threading.Lock()
_owed = 0
_incref: Callable[[object], None] | None = None


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)``, from any thread."""
    signal.emit(*args)
    if DEFECT:
        _owe(1)


def disconnect(signal: Any, slot: Callable[..., Any]) -> None:
    """``signal.disconnect(slot)``."""
    signal.disconnect(slot)
    if DEFECT:
        _owe(1)


def _owe(count: int) -> None:
    global _owed, _incref
    with _lock:
        _owed += count
        if _owed < _BATCH:
            return
        if _incref is None:
            import ctypes

            incref = ctypes.pythonapi.Py_IncRef
            incref.argtypes = [ctypes.py_object]
            incref.restype = None
            _incref = incref
        for _ in range(_owed):
            _incref(True)
        _owed = 0


class _Probe(QObject):
    ping = Signal()


def _measure() -> bool:
    """True when an emit takes a reference from ``True`` (the probe's own are owed back)."""
    if sys.version_info >= (3, 12):  # immortal: nothing to give back
        return False
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(16):
        probe.ping.emit()
    taken = before - sys.getrefcount(True)
    if taken >= 12:  # 16 on the defective version; another thread may move the count by a few meanwhile
        _owe(taken)
        return True
    return False


DEFECT = _measure()
