"""Record or edit a rights request: who asks, for whom, what, when it arrived, identity check, documents."""

from __future__ import annotations

import mimetypes
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from core.clock import Clock
from core.domain.rights import RequesterKind, RequestKind, RightsRequest
from core.errors import InvalidInput
from core.storage.atomic import write_atomic
from gui import formats, keyboard, theme
from gui.messages import error_text, show_error
from gui.models.rights_requests import kind_labels, requester_labels
from gui.ops import RIGHTS, op
from gui.problems import problem_text
from gui.widgets.paris_time import from_qdatetime, to_qdatetime

if TYPE_CHECKING:
    from gui.context import AppContext


class RequestDialog(QDialog):
    def __init__(
        self, ctx: AppContext, clock: Clock, request: RightsRequest | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.original = request
        self.saved: RightsRequest | None = None
        self.setWindowTitle(
            self.tr("Demande d'un patient") if request is None else self.tr("Modifier la demande")
        )
        self.setMinimumWidth(620)

        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for kind, label in kind_labels().items():
            self.kind.addItem(label, kind.value)
        self.requester_kind = QComboBox(self)
        self.requester_kind.setObjectName("requester_kind")
        for kind, label in requester_labels().items():
            self.requester_kind.addItem(label, kind.value)
        self.requester_name = QLineEdit(self)
        self.requester_name.setObjectName("requester_name")
        self.requester_address = QPlainTextEdit(self)
        self.requester_address.setFixedHeight(52)
        self.requester_address.setPlaceholderText(self.tr("Adresse où envoyer la réponse"))
        self.patient_name = QLineEdit(self)
        self.patient_name.setObjectName("patient_name")
        self.patient_name.setPlaceholderText(self.tr("Si le demandeur agit pour un patient"))
        self.received = QDateTimeEdit(self)
        self.received.setObjectName("received")
        self.received.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.received.setCalendarPopup(True)
        self.received.setDateTime(to_qdatetime(clock()))
        self.old_information = QCheckBox(self.tr("Les informations demandées datent de plus de 5 ans"), self)
        self.identity_checked = QCheckBox(self.tr("Identité (et qualité) du demandeur vérifiée"), self)
        self.identity_note = QLineEdit(self)
        self.identity_note.setPlaceholderText(self.tr("ex. copie de la carte d'identité reçue"))
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("details")
        self.details.setPlaceholderText(self.tr("Ce que la personne demande, sous quelle forme"))
        self.details.setFixedHeight(70)

        form = QFormLayout()
        form.addRow(self.tr("&Type de demande"), self.kind)
        form.addRow(self.tr("De&mandeur"), self.requester_kind)
        form.addRow(self.tr("&Nom du demandeur *"), self.requester_name)
        form.addRow(self.tr("Adr&esse"), self.requester_address)
        form.addRow(self.tr("&Patient concerné"), self.patient_name)
        form.addRow(self.tr("&Reçue le"), self.received)
        form.addRow("", self.old_information)
        form.addRow("", self.identity_checked)
        form.addRow(self.tr("&Justificatif"), self.identity_note)
        form.addRow(self.tr("&Objet de la demande"), self.details)
        self.errors = QLabel(self)
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet(theme.text_css("danger"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if request is not None and request.id is not None:
            layout.addWidget(self._attachments_group())
        layout.addWidget(self.errors)
        layout.addWidget(buttons)

        self.kind.currentIndexChanged.connect(self._sync)
        self.requester_kind.currentIndexChanged.connect(self._sync)
        if request is not None:
            self._load(request)
        self._sync()
        keyboard.tune(self)

    # --- form -------------------------------------------------------------------------------------------
    def _load(self, r: RightsRequest) -> None:
        self.kind.setCurrentIndex(self.kind.findData(r.kind.value))
        self.requester_kind.setCurrentIndex(self.requester_kind.findData(r.requester_kind.value))
        self.requester_name.setText(r.requester_name)
        self.requester_address.setPlainText(r.requester_address)
        self.patient_name.setText(r.patient_name)
        self.received.setDateTime(to_qdatetime(r.received_at))
        self.old_information.setChecked(r.old_information)
        self.identity_checked.setChecked(r.identity_checked)
        self.identity_note.setText(r.identity_note)
        self.details.setPlainText(r.details)

    def _sync(self) -> None:
        record = self.kind.currentData() == RequestKind.MEDICAL_RECORD.value
        self.old_information.setEnabled(record)
        if not record:
            self.old_information.setChecked(False)
        self.patient_name.setEnabled(self.requester_kind.currentData() != RequesterKind.PATIENT.value)

    def request(self) -> RightsRequest:
        values = dict(
            kind=RequestKind(self.kind.currentData()),
            requester_kind=RequesterKind(self.requester_kind.currentData()),
            requester_name=self.requester_name.text(),
            requester_address=self.requester_address.toPlainText(),
            patient_name=self.patient_name.text() if self.patient_name.isEnabled() else "",
            received_at=from_qdatetime(self.received.dateTime()),
            old_information=self.old_information.isChecked(),
            identity_checked=self.identity_checked.isChecked(),
            identity_note=self.identity_note.text(),
            details=self.details.toPlainText(),
        )
        if self.original is None:
            return RightsRequest(**values)
        return replace(self.original, **values)

    def save(self) -> None:
        """Create or update in the worker; the dialog closes once saved, or stays open with the problems."""
        request, new = self.request(), self.original is None
        op(
            self,
            lambda s: s.rights.create(request) if new else s.rights.update(request),
            self._saved,
            self._failed,
            changes={RIGHTS},
        )

    def _saved(self, saved: RightsRequest) -> None:
        self.saved = saved
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, InvalidInput):
            self.errors.setText("\n".join(f"• {problem_text(p)}" for p in exc.problems))
        else:  # shown to the user, the dialog stays open
            self.errors.setText(error_text(exc))

    # --- attachments ------------------------------------------------------------------------------------
    def _attachments_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Pièces jointes (conservées chiffrées dans le coffre)"), self)
        self.attachment_list = QListWidget(group)
        self.attachment_list.setObjectName("attachments")
        self.attachment_list.setFixedHeight(80)
        add = QPushButton(self.tr("&Joindre un fichier…"), group)
        add.clicked.connect(self.add_attachment)
        export = QPushButton(self.tr("E&xporter…"), group)
        export.clicked.connect(self.export_attachment)
        remove = QPushButton(self.tr("Retirer"), group)
        remove.clicked.connect(self.remove_attachment)
        buttons = QVBoxLayout()
        for b in (add, export, remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        row = QHBoxLayout(group)
        row.addWidget(self.attachment_list, 1)
        row.addLayout(buttons)
        self._reload_attachments()
        return group

    def _reload_attachments(self) -> None:
        request_id = self.original.id
        op(self, lambda s: s.rights.attachments(request_id), self._show_attachments)

    def _show_attachments(self, attachments: list) -> None:
        self.attachment_list.clear()
        for att in attachments:
            text = self.tr("%1 (%2 Ko, ajouté le %3)").replace("%1", att.filename)
            text = text.replace("%2", str(max(1, att.size // 1024))).replace(
                "%3", formats.date_time(att.added_at)
            )
            item = QListWidgetItem(text)
            item.setData(256, att.id)
            item.setData(257, att.filename)
            self.attachment_list.addItem(item)

    def attach_file(self, path: Path) -> None:
        request_id = self.original.id
        op(
            self,
            lambda s: s.rights.attach(
                request_id, path.name, path.read_bytes(), mimetypes.guess_type(path.name)[0] or ""
            ),
            lambda _r: self._reload_attachments(),
            changes={RIGHTS},
        )

    def add_attachment(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Joindre un document"))
        if name:
            self.attach_file(Path(name))

    def _selected(self) -> QListWidgetItem | None:
        items = self.attachment_list.selectedItems()
        return items[0] if items else None

    def export_attachment(self) -> None:
        item = self._selected()
        if item is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Exporter la pièce jointe"), item.data(257))
        if not name:
            return
        attachment_id = item.data(256)
        op(self, lambda s: write_atomic(Path(name), s.rights.attachment_content(attachment_id), mode=0o600))

    def remove_attachment(self) -> None:
        item = self._selected()
        if item is None:
            return
        attachment_id = item.data(256)
        op(
            self,
            lambda s: s.rights.remove_attachment(attachment_id),
            lambda _r: self._reload_attachments(),
            lambda exc: (show_error(self, exc), self._reload_attachments()),
            changes={RIGHTS},
        )
