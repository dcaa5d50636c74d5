"""Record a dated event on an incident's timeline: CNIL notification (initial or complementary), persons
informed, police complaint, insurer, processor, containment or a free note, with attached evidence.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from core.clock import PARIS
from core.domain.incident import NewAttachment
from core.rules.deadlines import notification_deadline
from gui import formats, keyboard, theme
from gui.messages import error_text
from gui.ops import INCIDENTS, Services, op

if TYPE_CHECKING:
    from gui.context import AppContext

KINDS = (
    "cnil_notified",
    "persons_informed",
    "contained",
    "police_complaint",
    "insurer_informed",
    "processor_informed",
    "note",
)


def to_datetime(value: QDateTime) -> datetime:
    """A QDateTime typed as Paris local time, as an aware instant."""
    naive = value.toPython()
    return naive.replace(tzinfo=PARIS) if naive.tzinfo is None else naive


class IncidentEventDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        incident_id: int,
        aware_at: datetime,
        now: datetime,
        kind: str = "note",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("incident_event")
        self.setWindowTitle(self.tr("Ajouter au journal de l'incident n° %1").replace("%1", str(incident_id)))
        self.ctx = ctx
        self.incident_id = incident_id
        self.deadline = notification_deadline(aware_at)
        self.files: list[Path] = []
        self.event_id: int | None = None
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kind")
        labels = {
            "cnil_notified": self.tr("Notification à la CNIL"),
            "persons_informed": self.tr("Personnes informées"),
            "contained": self.tr("Incident maîtrisé (mesure prise)"),
            "police_complaint": self.tr("Plainte déposée"),
            "insurer_informed": self.tr("Assureur informé"),
            "processor_informed": self.tr("Sous-traitant ou éditeur informé"),
            "note": self.tr("Note libre (appel, e-mail…)"),
        }
        for key in KINDS:
            self.kind_combo.addItem(labels[key], key)
        self.kind_combo.setCurrentIndex(KINDS.index(kind))
        self.when = QDateTimeEdit(self)
        self.when.setObjectName("when")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd/MM/yyyy HH:mm")
        local = now.astimezone(PARIS).replace(tzinfo=None, second=0, microsecond=0)
        self.when.setDateTime(QDateTime(local))
        self.number = QLineEdit(self)
        self.number.setObjectName("number")
        self.complementary = QCheckBox(
            self.tr("Notification complémentaire (complète la notification initiale)"), self
        )
        self.complementary.setObjectName("complementary")
        self.delay_reason = QPlainTextEdit(self)
        self.delay_reason.setObjectName("delay_reason")
        self.delay_reason.setMaximumHeight(60)
        self.channel = QComboBox(self)
        self.channel.setObjectName("channel")
        for key, label in (
            ("letter", self.tr("Courrier")),
            ("email", self.tr("E-mail")),
            ("phone", self.tr("Téléphone")),
            ("in_person", self.tr("Au cabinet")),
            ("public_notice", self.tr("Communication publique")),
            ("other", self.tr("Autre")),
        ):
            self.channel.addItem(label, key)
        self.count = QSpinBox(self)
        self.count.setObjectName("persons")
        self.count.setRange(0, 10_000_000)
        self.count.setSpecialValueText(self.tr("Non connu"))  # 0 persons informed means "not known"
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("note")
        self.note.setMaximumHeight(80)
        self.files_label = QLabel(self.tr("Aucune pièce jointe"), self)
        attach = QPushButton(self.tr("&Joindre un fichier…"), self)
        attach.clicked.connect(self.choose_files)
        files_row = QHBoxLayout()
        files_row.addWidget(self.files_label, 1)
        files_row.addWidget(attach)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(theme.text_css("danger"))
        self.form = QFormLayout(self)
        self.form.addRow(self.tr("&Type"), self.kind_combo)
        self.form.addRow(self.tr("&Date et heure (Paris)"), self.when)
        self.form.addRow(self.tr("N° de &notification CNIL"), self.number)
        self.form.addRow(self.complementary)
        self.form.addRow(self.tr("Motifs du &retard"), self.delay_reason)
        self.informed_hint = QLabel(
            self.tr(
                "À enregistrer une fois l'information faite : lettres postées, e-mails envoyés, avis affiché. "
                "Imprimer les lettres ne suffit pas."
            ),
            self,
        )
        self.informed_hint.setObjectName("informed_hint")
        self.informed_hint.setWordWrap(True)
        self.form.addRow(self.informed_hint)
        self.form.addRow(self.tr("&Moyen"), self.channel)
        self.form.addRow(self.tr("Nombre de &personnes"), self.count)
        self.form.addRow(self.tr("&Commentaire"), self.note)
        self.form.addRow(self.tr("Preuves"), files_row)
        self.form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)
        keyboard.tune(self)
        self.kind_combo.currentIndexChanged.connect(self._sync)
        self.when.dateTimeChanged.connect(self._sync)
        self.complementary.toggled.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        kind = self.kind_combo.currentData()
        notif = kind == "cnil_notified"
        late = (
            notif and not self.complementary.isChecked() and to_datetime(self.when.dateTime()) > self.deadline
        )
        for widget, visible in (
            (self.number, notif),
            (self.complementary, notif),
            (self.delay_reason, late),
            (self.informed_hint, kind == "persons_informed"),
            (self.channel, kind == "persons_informed"),
            (self.count, kind == "persons_informed"),
        ):
            self.form.setRowVisible(widget, visible)
        if late:
            self.error.setText(
                self.tr("Échéance du %1 dépassée : indiquez les motifs du retard.").replace(
                    "%1", formats.deadline(self.deadline)
                )
            )
        else:
            self.error.clear()

    def suggest(self, channel: str, count: object) -> None:
        """Pre-fill the channel and number of persons from a print run (the practitioner confirms)."""
        index = self.channel.findData(channel)
        if index >= 0:
            self.channel.setCurrentIndex(index)
        if isinstance(count, int) and not isinstance(count, bool):
            self.count.setValue(count)

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Pièces jointes (preuves)"))
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        self.files += paths
        self.files_label.setText(", ".join(p.name for p in self.files) or self.tr("Aucune pièce jointe"))

    def save(self) -> None:
        kind = self.kind_combo.currentData()
        at = to_datetime(self.when.dateTime())
        note = self.note.toPlainText().strip()
        incident_id, files = self.incident_id, list(self.files)
        number, complementary = self.number.text(), self.complementary.isChecked()
        delay_reason, channel, count = self.delay_reason.toPlainText(), self.channel.currentData(), self.count.value()

        def job(s: Services) -> int:
            service = s.incidents
            attachments = [NewAttachment(p.name, p.read_bytes()) for p in files]
            if kind == "cnil_notified":
                return service.record_notification(
                    incident_id,
                    at,
                    number,
                    complementary=complementary,
                    delay_reason=delay_reason,
                    note=note,
                    attachments=attachments,
                )
            if kind == "persons_informed":
                return service.record_information(incident_id, at, channel, count or None, note, attachments)
            return service.add_event(incident_id, kind, at, note, attachments=attachments)

        self.setEnabled(False)
        op(self, job, self._saved, self._failed, changes={INCIDENTS})

    def _saved(self, event_id: int) -> None:
        self.event_id = event_id
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.error.setText(error_text(exc))
