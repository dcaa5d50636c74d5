"""The mouse wheel scrolls the page; it changes a spin box or a drop-down list only once the user has chosen it.

Qt's default lets the wheel change whichever spin box or list passes under the pointer: scrolling the settings page
set "automatic backups kept" from 10 to 1 (and saved it, so older backups would be pruned), and scrolling a breach
wizard step could change an answer unseen. An unfocused one now hands the wheel to the page it sits in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.Wheel:
            return False
        if not isinstance(watched, (QAbstractSpinBox, QComboBox)) or watched.hasFocus():
            return False
        area = watched.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:
            QCoreApplication.sendEvent(area.viewport(), event)
        return True  # never the value


def install(app: QCoreApplication) -> WheelGuard:
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard
