"""Field groups of the activity editor: CNIL checklists with details, one-item-per-line lists, durations."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from core.domain import register_vocab as V
from core.domain.register import Checked, Period


class CheckList(QWidget):
    """One checkbox per vocabulary term, each with its "détail" field (enabled when ticked)."""

    def __init__(self, vocabulary: dict[str, V.Term], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        self.details: dict[str, QLineEdit] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, (code, term) in enumerate(vocabulary.items()):
            box = QCheckBox(term.label(lang), self)
            box.setObjectName(f"check_{code}")
            detail = QLineEdit(self)
            detail.setObjectName(f"detail_{code}")
            detail.setPlaceholderText(self.tr("Précisions"))
            detail.setAccessibleName(self.tr("Précisions : %1").replace("%1", term.label(lang)))
            detail.setEnabled(False)
            box.toggled.connect(detail.setEnabled)
            grid.addWidget(box, row, 0)
            grid.addWidget(detail, row, 1)
            self.boxes[code] = box
            self.details[code] = detail
        grid.setColumnStretch(1, 1)

    def set_value(self, items: tuple[Checked, ...]) -> None:
        chosen = {c.code: c.detail for c in items}
        for code, box in self.boxes.items():
            box.setChecked(code in chosen)
            self.details[code].setText(chosen.get(code, ""))

    def value(self) -> tuple[Checked, ...]:
        return tuple(
            Checked(code, self.details[code].text()) for code, box in self.boxes.items() if box.isChecked()
        )


class LinesEdit(QPlainTextEdit):
    """A list typed one item per line (purposes, recipients)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(70)

    def set_lines(self, items: tuple[str, ...]) -> None:
        self.setPlainText("\n".join(items))

    def lines(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.toPlainText().splitlines() if line.strip())


class TextEdit(QPlainTextEdit):
    """Free text on several lines, where Tab moves on (keyboard users must not get stuck)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(55)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - mirrors QLineEdit
        self.setPlainText(text)


class PeriodEdit(QWidget):
    """A duration (number + unit), or none."""

    def __init__(self, lang: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.amount = QSpinBox(self)
        self.amount.setRange(0, 1000)
        self.amount.setAccessibleName(accessible)
        self.unit = QComboBox(self)
        self.unit.setAccessibleName(self.tr("Unité : %1").replace("%1", accessible))
        self.unit.addItem(self.tr("— aucune —"), "")
        for code, term in V.PERIOD_UNITS.items():
            self.unit.addItem(term.label(lang), code)
        self.unit.currentIndexChanged.connect(
            lambda _i: self.amount.setEnabled(bool(self.unit.currentData()))
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.amount)
        layout.addWidget(self.unit, 1)
        self.set_value(None)

    def set_value(self, period: Period | None) -> None:
        self.unit.setCurrentIndex(max(0, self.unit.findData(period.unit if period else "")))
        self.amount.setValue(period.value if period else 0)
        self.amount.setEnabled(period is not None)

    def value(self) -> Period | None:
        unit = self.unit.currentData()
        return Period(self.amount.value(), unit) if unit else None


def combo(vocabulary: dict[str, V.Term], lang: str, empty: str | None, parent: QWidget) -> QComboBox:
    """A drop-down of vocabulary terms (with an optional "not set" entry) storing the code as item data."""
    box = QComboBox(parent)
    if empty is not None:
        box.addItem(empty, "")
    for code, term in vocabulary.items():
        box.addItem(term.label(lang), code)
    return box


def select(box: QComboBox, code: str) -> None:
    box.setCurrentIndex(max(0, box.findData(code)))
