"""Correct the awareness time of an incident. The reason is required and stays on the timeline (and in the
ledger), with the previous value: the 72-hour deadline moves with it.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from core.clock import PARIS
from gui import keyboard, theme
from gui.dialogs.incident_event import to_datetime
from gui.messages import error_text
from gui.ops import INCIDENTS, op

if TYPE_CHECKING:
    from gui.context import AppContext


class AwarenessDialog(QDialog):
    def __init__(
        self, ctx: AppContext, incident_id: int, aware_at: datetime, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.saving = False
        self.setObjectName("awareness_dialog")
        self.setWindowTitle(self.tr("Corriger la prise de connaissance"))
        self.ctx = ctx
        self.incident_id = incident_id
        self.when = QDateTimeEdit(self)
        self.when.setObjectName("when")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.when.setDateTime(QDateTime(aware_at.astimezone(PARIS).replace(tzinfo=None)))
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setMaximumHeight(80)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(theme.text_css("danger"))
        form = QFormLayout(self)
        note = QLabel(
            self.tr(
                "Le moment où vous avez eu une certitude raisonnable qu'un incident touchait des données "
                "personnelles. Le délai de 72 heures est recalculé."
            ),
            self,
        )
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(self.tr("&Date et heure (Paris)"), self.when)
        form.addRow(self.tr("&Motif de la correction"), self.reason)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        keyboard.tune(self)

    def save(self) -> None:
        incident_id, when, reason = self.incident_id, to_datetime(self.when.dateTime()), self.reason.toPlainText()
        self.setEnabled(False)
        self.saving = True
        op(
            self,
            lambda s: s.incidents.change_awareness(incident_id, when, reason),
            self._saved,
            self._failed,
            changes={INCIDENTS},  # the header, the journal and the dashboard read the new deadline at once
        )

    def _saved(self, _incident: object) -> None:
        self.saving = False
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.saving = False
        self.setEnabled(True)
        self.error.setText(error_text(exc))
