"""Pieces shared by the breach wizard's steps: lists built from the one breach vocabulary, a date row, hints.

Every list of codes comes from :mod:`core.domain.breach_vocab` in the interface language; only the "not known
yet" entries and the questions are Qt strings.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QHBoxLayout, QLabel, QWidget

from core.clock import PARIS
from core.domain.breach_vocab import Term
from core.services.breach_wizard import BreachAnswers
from gui import theme
from gui.dialogs.incident_event import to_datetime


class Step(QWidget):
    """One step of the wizard: ``load`` shows the answers, ``store`` writes the widgets back into them."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang

    def load(self, answers: BreachAnswers) -> None:  # pragma: no cover - every step overrides it
        raise NotImplementedError

    def store(self, answers: BreachAnswers) -> None:  # pragma: no cover
        raise NotImplementedError


def unknown_text() -> str:
    return QCoreApplication.translate("BreachWizard", "Je ne sais pas encore")


def vocab_combo(
    parent: QWidget,
    name: str,
    vocabulary: dict[str, Term],
    lang: str,
    unknown: str | None = None,
    skip: tuple[str, ...] = (),
) -> QComboBox:
    """A combo of a vocabulary's codes (data = code), with a first "not known" entry (data = None)."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.addItem(unknown or unknown_text(), None)
    for code, term in vocabulary.items():
        if code not in skip:
            combo.addItem(term.label(lang), code)
    return combo


def choice_combo(parent: QWidget, name: str, items: list[tuple[Any, str]]) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for key, label in items:
        combo.addItem(label, key)
    return combo


def select(combo: QComboBox, value: Any) -> None:
    """Select the entry whose data is ``value`` (the first, "not known", when absent)."""
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


def explain(parent: QWidget, text: str) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(theme.text_css("muted"))
    return label


def set_moment(edit: QDateTimeEdit, value: datetime) -> None:
    edit.setDateTime(QDateTime(value.astimezone(PARIS).replace(tzinfo=None, second=0, microsecond=0)))


def same_minute(edited: datetime, original: datetime | None) -> datetime:
    """The edit shows minutes: an untouched field gives back the original instant, seconds included."""
    if original is not None and edited == original.astimezone(PARIS).replace(second=0, microsecond=0):
        return original
    return edited


class MomentRow(QWidget):
    """A date and time (Paris) with a "not known yet" box."""

    def __init__(self, parent: QWidget, name: str, unknown_label: str) -> None:
        super().__init__(parent)
        self.edit = QDateTimeEdit(self)
        self.edit.setObjectName(name)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.unknown = QCheckBox(unknown_label, self)
        self.unknown.setObjectName(f"{name}_unknown")
        self.unknown.toggled.connect(lambda on: self.edit.setEnabled(not on))
        self.original: datetime | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.unknown)
        row.addStretch(1)

    def set_value(self, value: datetime | None, fallback: datetime) -> None:
        self.original = value
        set_moment(self.edit, value or fallback)
        self.unknown.setChecked(value is None)
        self.edit.setEnabled(value is not None)

    def value(self) -> datetime | None:
        if self.unknown.isChecked():
            return None
        return same_minute(to_datetime(self.edit.dateTime()), self.original)
