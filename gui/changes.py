"""What a committed write changed, announced once: ``Changes.changed(frozenset[str] kinds)``.

The journal, the dashboard, the countdown and the other lists refresh from this one signal instead of polling.
Its own module so that the session context (``gui.context``) and the way to call core (``gui.ops``) both use it
without importing each other.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

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
