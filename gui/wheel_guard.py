"""The mouse wheel scrolls the page; it changes a spin box, a date or a drop-down list only once the user has chosen it.

Qt's default lets the wheel change whichever field passes under the pointer: scrolling the settings page set
"automatic backups kept" from 10 to 1 (and saved it, so older backups would be pruned), and scrolling a breach
wizard step could change an answer unseen. An unfocused field now hands the wheel to the page it sits in, and the
wheel no longer gives these fields the focus (Qt's ``WheelFocus``, which would make the next turn change them): a
click or Tab does.

Done by replacing the wheel handler of these few classes rather than with an application-wide event filter: such
a filter calls Python for every event of every widget, and the stall probe measured it (opening the breach wizard
21 → 34 ms). Only widgets made from Python are concerned, which is all of Vigie's own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

_GUARDED = (QAbstractSpinBox, QDateTimeEdit, QComboBox)  # QDateTimeEdit has a wheel handler of its own
_MADE = (QSpinBox, QDoubleSpinBox, QDateTimeEdit, QDateEdit, QTimeEdit, QComboBox)  # each has its own constructor
_originals: dict[type, Callable[[QWidget, QWheelEvent], None]] = {}
_constructors: dict[type, Callable[..., None]] = {}


def _strong_focus(original: Callable[..., None]) -> Callable[..., None]:
    def __init__(widget: QWidget, *args: object, **kwargs: object) -> None:  # noqa: N807 - a constructor
        original(widget, *args, **kwargs)
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a click or Tab, not the wheel

    return __init__


def _guarded(original: Callable[[QWidget, QWheelEvent], None]) -> Callable[[QWidget, QWheelEvent], None]:
    def wheel_event(widget: QWidget, event: QWheelEvent) -> None:
        if widget.hasFocus():
            original(widget, event)
            return
        area = widget.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:
            QCoreApplication.sendEvent(area.viewport(), event)
        event.accept()  # handled: never the field's value

    return wheel_event


def install() -> None:
    """Once per process (the app's controller); calling it again changes nothing."""
    for cls in _GUARDED:
        if cls not in _originals:
            _originals[cls] = cls.wheelEvent
            cls.wheelEvent = _guarded(_originals[cls])
    for cls in _MADE:
        if cls not in _constructors:
            _constructors[cls] = cls.__init__
            cls.__init__ = _strong_focus(_constructors[cls])


def uninstall() -> None:
    """Qt's own behaviour back (tests)."""
    for cls, original in _originals.items():
        cls.wheelEvent = original
    for cls, constructor in _constructors.items():
        cls.__init__ = constructor
    _originals.clear()
    _constructors.clear()
