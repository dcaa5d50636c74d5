"""Correct the awareness time of an incident. The reason is required and stays on the timeline (and in the
ledger), with the previous value: the 72-hour deadline moves with it.
"""

from __future__ import annotations

from datetime import datetime

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
from core.errors import VigieError
from core.services.incidents import IncidentService
from gui.dialogs.incident_event import to_datetime
from gui.messages import error_text


class AwarenessDialog(QDialog):
    def __init__(
        self, service: IncidentService, incident_id: int, aware_at: datetime, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("awareness_dialog")
        self.setWindowTitle(self.tr("Corriger la prise de connaissance"))
        self.service = service
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
        self.error.setStyleSheet("color: #a4262c;")
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

    def save(self) -> None:
        try:
            self.service.change_awareness(
                self.incident_id, to_datetime(self.when.dateTime()), self.reason.toPlainText()
            )
        except VigieError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()
