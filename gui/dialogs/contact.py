"""Add or edit a useful contact of the emergency kit."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from core.domain.contacts import ContactRole, UsefulContact
from gui import theme
from gui.messages import error_text
from gui.models.contacts import role_labels
from gui.ops import DOCUMENTS, op

if TYPE_CHECKING:
    from gui.context import AppContext


class ContactDialog(QDialog):
    def __init__(self, ctx: AppContext, contact: UsefulContact | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.original = contact
        self.saved: UsefulContact | None = None
        self.setWindowTitle(self.tr("Contact utile"))
        self.setMinimumWidth(460)
        self.role = QComboBox(self)
        for role, label in role_labels().items():
            self.role.addItem(label, role.value)
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("&Rôle"), self.role)
        for key, label in (
            ("name", self.tr("&Nom *")),
            ("phone", self.tr("&Téléphone")),
            ("email", self.tr("&E-mail")),
            ("reference", self.tr("N° de &contrat, de client ou site internet")),
            ("notes", self.tr("Re&marques")),
        ):
            edit = QLineEdit(self)
            edit.setObjectName(key)
            edit.setAccessibleName(label.replace("&", "").rstrip(" *"))
            form.addRow(label, edit)
            self.edits[key] = edit
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
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        if contact is not None:
            self.role.setCurrentIndex(self.role.findData(contact.role.value))
            for key, edit in self.edits.items():
                edit.setText(getattr(contact, key))

    def contact(self) -> UsefulContact:
        values = {key: edit.text() for key, edit in self.edits.items()}
        role = ContactRole(self.role.currentData())
        if self.original is None:
            return UsefulContact(role=role, **values)
        return replace(self.original, role=role, **values)

    def save(self) -> None:
        contact = self.contact()
        op(
            self,
            lambda s: s.contacts.save(contact),
            self._saved,
            lambda exc: self.errors.setText(error_text(exc)),  # shown in the dialog, nothing written
            changes={DOCUMENTS},
        )

    def _saved(self, saved: UsefulContact) -> None:
        self.saved = saved
        self.accept()
