"""Window sizes that fit the screen: at 200 % scaling a 1920 × 1080 screen is 960 × 540 logical pixels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def fit(widget: QWidget, width: int, height: int) -> None:
    """``widget.resize(width, height)``, shrunk to the available screen area if that is smaller."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, int(area.width() * 0.95))
        height = min(height, int(area.height() * 0.9))
    widget.resize(width, height)


def scrollable(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``content`` in a frameless scroll area, so a tall page still fits a small (or 200 %) screen.

    The area itself takes no Tab stop; it scrolls to the focused field.
    """
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(content)
    return area
