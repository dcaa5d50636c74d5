"""One provider: role, contract and its art. 28 clauses, HDS certificate, and the activities that use it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from core.domain import register_vocab as V
from core.domain.register import Activity, Processor
from gui import sizing, theme
from gui.messages import error_text
from gui.widgets.register_fields import TextEdit, combo, select
from gui.workers import Worker

_NO_DATE = QDate(2000, 1, 1)


class OptionalDate(QDateEdit):
    """A date that may be left unset (shown as "non renseignée")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText(self.tr("non renseignée"))
        self.set_value(None)

    def set_value(self, day: date | None) -> None:
        self.setDate(QDate(day.year, day.month, day.day) if day else _NO_DATE)

    def value(self) -> date | None:
        d = self.date()
        return None if d == _NO_DATE else date(d.year(), d.month(), d.day())


class ProcessorEditor(QDialog):
    def __init__(
        self,
        processor: Processor | None,
        activities: list[Activity],
        linked: list[str],
        save: Callable[[Processor, list[str]], Processor],
        worker: Worker,
        lang: str = "fr",
        hint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._original = processor or Processor(name="")
        self._save = save
        self._worker = worker
        self.saved: Processor | None = None
        self.setWindowTitle(
            self.tr("Prestataire %1").replace("%1", processor.ref)
            if processor and processor.ref
            else self.tr("Nouveau prestataire")
        )
        sizing.fit(self, 760, 700)
        body = QWidget()
        p = self._original
        self.name = QLineEdit(p.name, body)
        self.name.setObjectName("name")
        self.role = combo(V.PROCESSOR_ROLES, lang, None, body)
        select(self.role, p.role)
        self.services = TextEdit(body)
        self.services.setText(p.services)
        self.incident_contact = QLineEdit(p.incident_contact, body)
        self.contract_date = OptionalDate(body)
        self.contract_date.set_value(p.contract_date)
        self.clauses: dict[str, QCheckBox] = {}
        clauses_box = QGroupBox(self.tr("Clauses de l'article 28 vérifiées dans le contrat"), body)
        self.clauses_box = clauses_box
        clauses_layout = QVBoxLayout(clauses_box)
        for code, term in V.CONTRACT_CLAUSES.items():
            box = QCheckBox(term.label(lang), clauses_box)
            box.setChecked(code in p.clauses)
            self.clauses[code] = box
            clauses_layout.addWidget(box)
        self.hosts_health_data = QCheckBox(self.tr("Ce prestataire &héberge des données de santé"), body)
        self.hosts_health_data.setChecked(p.hosts_health_data)
        hds_box = QGroupBox(self.tr("Certificat HDS (hébergeur de données de santé)"), body)
        self.hds_reference = QLineEdit(p.hds_reference, hds_box)
        self.hds_expiry = OptionalDate(hds_box)
        self.hds_expiry.set_value(p.hds_expiry)
        self.hds_activities: dict[str, QCheckBox] = {}
        hds_form = QFormLayout(hds_box)
        hds_form.addRow(self.tr("Référence du &certificat"), self.hds_reference)
        hds_form.addRow(self.tr("&Échéance"), self.hds_expiry)
        for code, term in V.HDS_ACTIVITIES.items():
            box = QCheckBox(term.label(lang), hds_box)
            box.setChecked(code in p.hds_activities)
            self.hds_activities[code] = box
            hds_form.addRow(box)
        hds_box.setEnabled(p.hosts_health_data)
        self.hosts_health_data.toggled.connect(hds_box.setEnabled)
        self.data_location = QLineEdit(p.data_location, body)
        self.transfers = QLineEdit(p.transfers, body)
        self.notes = TextEdit(body)
        self.notes.setText(p.notes)
        self.activity_model = QStandardItemModel(body)
        for a in activities:
            item = QStandardItem(f"{a.ref} — {a.name}")
            item.setData(a.ref, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if a.ref in linked else Qt.CheckState.Unchecked)
            self.activity_model.appendRow(item)
        self.activity_list = QListView(body)
        self.activity_list.setObjectName("activities")
        self.activity_list.setModel(self.activity_model)
        self.activity_list.setAccessibleName(self.tr("Activités qui font appel à ce prestataire"))

        form = QFormLayout(body)
        if hint:
            tip = QLabel(hint, body)
            tip.setWordWrap(True)
            tip.setStyleSheet(theme.text_css("muted"))
            form.addRow(tip)
        form.addRow(self.tr("&Nom"), self.name)
        form.addRow(self.tr("&Rôle"), self.role)
        form.addRow(self.tr("&Services rendus"), self.services)
        form.addRow(self.tr("Contact en cas d'&incident"), self.incident_contact)
        form.addRow(self.tr("Date du c&ontrat"), self.contract_date)
        form.addRow(clauses_box)
        self.no_clauses = QLabel(body)
        self.no_clauses.setObjectName("no_clauses")
        self.no_clauses.setWordWrap(True)
        self.no_clauses.setStyleSheet(theme.text_css("muted"))
        form.addRow(self.no_clauses)
        self.role.currentIndexChanged.connect(lambda _i: self._role_changed())
        self._role_changed()
        form.addRow(self.hosts_health_data)
        form.addRow(hds_box)
        form.addRow(self.tr("&Localisation des données"), self.data_location)
        form.addRow(self.tr("&Transferts hors UE"), self.transfers)
        form.addRow(self.tr("Activités &concernées"), self.activity_list)
        form.addRow(self.tr("No&tes"), self.notes)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setWidget(body)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(theme.text_css("danger"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def processor(self) -> Processor:
        return replace(
            self._original,
            name=self.name.text(),
            role=self.role.currentData(),
            services=self.services.text(),
            incident_contact=self.incident_contact.text(),
            contract_date=self.contract_date.value(),
            clauses=tuple(c for c, box in self.clauses.items() if box.isChecked())
            if self.role.currentData() == "processor"
            else (),
            hosts_health_data=self.hosts_health_data.isChecked(),
            hds_reference=self.hds_reference.text(),
            hds_expiry=self.hds_expiry.value(),
            hds_activities=tuple(c for c, box in self.hds_activities.items() if box.isChecked()),
            data_location=self.data_location.text(),
            transfers=self.transfers.text(),
            notes=self.notes.text(),
        )

    def linked_activities(self) -> list[str]:
        refs = []
        for row in range(self.activity_model.rowCount()):
            item = self.activity_model.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                refs.append(item.data(Qt.ItemDataRole.UserRole))
        return refs

    def _role_changed(self) -> None:
        """Art. 28 binds a processor only: an independent or joint controller has no such clauses to check."""
        role = self.role.currentData()
        self.clauses_box.setVisible(role == "processor")
        self.no_clauses.setVisible(role != "processor")
        if role == "controller":
            self.no_clauses.setText(
                self.tr(
                    "Responsable de traitement distinct (par exemple un expert-comptable selon sa lettre de "
                    "mission) : il décide lui-même de l'usage des données, l'article 28 et ses clauses ne "
                    "s'appliquent pas."
                )
            )
        elif role == "joint":
            self.no_clauses.setText(
                self.tr(
                    "Responsable conjoint : l'article 26 demande un accord qui répartit vos obligations "
                    "respectives (information des personnes, exercice des droits) ; l'article 28 ne s'applique pas."
                )
            )

    def submit(self) -> None:
        processor, refs = self.processor(), self.linked_activities()
        self.buttons.setEnabled(False)
        self.error.clear()

        def done(saved: Processor) -> None:
            if not isValid(self.buttons):
                return
            self.saved = saved
            self.buttons.setEnabled(True)
            self.accept()

        def failed(exc: BaseException) -> None:
            if not isValid(self.buttons):
                return
            self.buttons.setEnabled(True)
            self.error.setText(error_text(exc))

        self._worker.submit(lambda: self._save(processor, refs), done, failed)
