"""Copy sensitive text (recovery code, a field of the CNIL dossier) and clear it after a delay.

As KeePassXC does: clear only if the clipboard still holds what we put there, and mark the data as secret
for clipboard managers that honour the hints.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 10_000
_pending: list[QTimer] = []


def copy_sensitive(text: str, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
    clipboard = QGuiApplication.clipboard()
    data = QMimeData()
    data.setText(text)
    data.setData("x-kde-passwordManagerHint", QByteArray(b"secret"))
    data.setData("ExcludeClipboardContentFromMonitorProcessing", QByteArray(b"1"))
    data.setData("application/x-nspasteboard-concealed-type", QByteArray(b"1"))
    clipboard.setMimeData(data)

    timer = QTimer()
    timer.setSingleShot(True)

    def clear() -> None:
        if clipboard.text() == text:
            clipboard.clear()
        if timer in _pending:
            _pending.remove(timer)

    timer.timeout.connect(clear)
    timer.start(clear_after_ms)
    _pending.append(timer)
