"""Window sizes that fit the screen: at 200 % scaling a 1920 × 1080 screen is 960 × 540 logical pixels."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def fit(widget: QWidget, width: int, height: int) -> None:
    """``widget.resize(width, height)``, shrunk to the available screen area if that is smaller."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, int(area.width() * 0.95))
        height = min(height, int(area.height() * 0.9))
    widget.resize(width, height)
