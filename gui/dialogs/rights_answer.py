"""Close a request: answered, refused with reasons, or withdrawn by the requester."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from core.clock import Clock
from core.domain.rights import AnswerChannel, RightsRequest
from gui import keyboard, theme
from gui.messages import error_text
from gui.ops import RIGHTS, Services, op
from gui.widgets.paris_time import from_qdatetime, to_qdatetime

if TYPE_CHECKING:
    from gui.context import AppContext

ANSWERED, REFUSED, WITHDRAWN = "answered", "refused", "withdrawn"


class AnswerDialog(QDialog):
    def __init__(self, ctx: AppContext, clock: Clock, request: RightsRequest, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request = request
        self.saved: RightsRequest | None = None
        self.setWindowTitle(self.tr("Clore la demande"))
        self.setMinimumWidth(520)
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("outcome")
        self.outcome.addItem(self.tr("Réponse envoyée ou remise"), ANSWERED)
        self.outcome.addItem(self.tr("Refus motivé"), REFUSED)
        self.outcome.addItem(self.tr("Demande retirée par le demandeur"), WITHDRAWN)
        self.at = QDateTimeEdit(self)
        self.at.setObjectName("answered_at")
        self.at.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.at.setCalendarPopup(True)
        self.at.setDateTime(to_qdatetime(clock()))
        self.channel = QComboBox(self)
        self.channel.setObjectName("channel")
        for channel, label in self._channel_labels().items():
            self.channel.addItem(label, channel.value)
        self.content = QPlainTextEdit(self)
        self.content.setObjectName("content")
        self.content.setPlaceholderText(self.tr("Ce qui a été communiqué, ou les motifs du refus"))
        self.errors = QLabel(self)
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet(theme.text_css("danger"))
        form = QFormLayout()
        form.addRow(self.tr("&Issue"), self.outcome)
        form.addRow(self.tr("&Date"), self.at)
        form.addRow(self.tr("&Transmise par"), self.channel)
        form.addRow(self.tr("&Contenu ou motifs"), self.content)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.outcome.currentIndexChanged.connect(self._sync)
        self._sync()
        keyboard.tune(self)

    def _sync(self) -> None:
        closing = self.outcome.currentData() != WITHDRAWN
        for widget in (self.at, self.channel, self.content):
            widget.setEnabled(closing)

    def save(self) -> None:
        outcome = self.outcome.currentData()
        rid = self.request.id
        at = from_qdatetime(self.at.dateTime())
        channel = AnswerChannel(self.channel.currentData())
        text = self.content.toPlainText()

        def job(s: Services) -> RightsRequest:
            if outcome == WITHDRAWN:
                return s.rights.withdraw(rid)
            close = s.rights.answer if outcome == ANSWERED else s.rights.refuse
            return close(rid, at, channel, text)

        op(self, job, self._saved, lambda exc: self.errors.setText(error_text(exc)), changes={RIGHTS})

    def _saved(self, saved: RightsRequest) -> None:
        self.saved = saved
        self.accept()

    def _channel_labels(self) -> dict[AnswerChannel, str]:
        return {
            AnswerChannel.HAND: self.tr("Remise en main propre"),
            AnswerChannel.POST: self.tr("Courrier simple"),
            AnswerChannel.REGISTERED_POST: self.tr("Lettre recommandée avec accusé de réception"),
            AnswerChannel.SECURE_EMAIL: self.tr("Messagerie sécurisée de santé"),
            AnswerChannel.EMAIL: self.tr("E-mail"),
            AnswerChannel.ON_SITE: self.tr("Consultation sur place"),
        }
