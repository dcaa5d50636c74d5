"""Notifications between screens: a screen that changes incidents tells the others at once.

The header countdown, the journal and the dashboard then reload from the one stored awareness value instead of
waiting for their timers (a corrected awareness shows everywhere immediately).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Events(QObject):
    incidents_changed = Signal()
