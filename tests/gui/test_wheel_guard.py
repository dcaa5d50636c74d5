"""Scrolling a page never changes a spin box or a list the pointer passes over (it did: backups kept 10 → 1)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from gui import wheel_guard


def _wheel(widget: QWidget, steps: int = -3) -> None:
    centre = QPointF(widget.rect().center())
    for _ in range(abs(steps)):
        event = QWheelEvent(
            centre, QPointF(widget.mapToGlobal(widget.rect().center())), QPoint(0, 0),
            QPoint(0, 120 if steps > 0 else -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase, False,
        )
        QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_page_and_leaves_unchosen_fields_alone(qtbot, qapp):
    wheel_guard.install()
    try:
        area = QScrollArea()
        qtbot.addWidget(area)
        body = QWidget()
        layout = QVBoxLayout(body)
        spin, combo, day = QSpinBox(), QComboBox(), QDateEdit()
        spin.setRange(1, 365)
        spin.setValue(10)
        combo.addItems(["Oui", "Non", "Je ne sais pas encore"])
        layout.addWidget(spin)
        layout.addWidget(combo)
        layout.addWidget(day)
        layout.addSpacing(3000)
        area.setWidget(body)
        area.resize(300, 200)
        area.show()
        qtbot.waitExposed(area)
        area.setFocus()
        _wheel(spin)
        _wheel(combo)
        before = day.date()
        _wheel(day)
        assert (spin.value(), combo.currentIndex(), day.date()) == (10, 0, before)
        assert area.verticalScrollBar().value() > 0  # the page scrolled instead
        assert spin.focusPolicy() == combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel gives no focus
        spin.setFocus()  # chosen: the wheel sets its value, as users expect
        qtbot.waitUntil(spin.hasFocus)
        _wheel(spin, steps=-2)
        assert spin.value() == 8
    finally:
        wheel_guard.uninstall()
