"""Lock the vault after N idle minutes, or when the OS suspends the application."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.Shortcut,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, app: QGuiApplication, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.timeout.connect(self.idle)
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self._state_changed)
        self.timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() in _ACTIVITY:
            self.timer.start()
        return False

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.idle.emit()

    def stop(self) -> None:
        self.timer.stop()
        self._app.removeEventFilter(self)
        with contextlib.suppress(RuntimeError, TypeError):
            self._app.applicationStateChanged.disconnect(self._state_changed)
