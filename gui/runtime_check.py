"""Refuse to start on a Qt binding that would abort the interpreter mid-session.

PySide6 6.12 counts on Python 3.12's immortal None and True: on Python 3.11 each call of a Qt method that returns
nothing takes a reference from None (and each signal emit one from True), and after some thousands of clicks the
interpreter aborts ("Fatal Python error: none_dealloc"), losing what was on screen. ``python3 dev.py`` and the
bundle pair the versions correctly (pyproject.toml: 6.11.3 on 3.11); this check stops any other pairing at start
rather than in the middle of a breach notification.
"""

from __future__ import annotations

import sys


def binding_defect() -> str | None:
    """``"PySide6 x / Python y"`` when this pairing loses references at each call, else None (measured, 64 calls)."""
    if sys.version_info >= (3, 12):  # None and True are immortal: nothing to lose
        return None
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(64):
        probe.setObjectName("")
    if before - sys.getrefcount(None) < 48:
        return None
    import PySide6

    return f"PySide6 {PySide6.__version__} / Python {sys.version.split()[0]}"
