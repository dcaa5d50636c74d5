"""Step 1: when the practice became aware (the start of the 72 hours), how, and the breach's own dates."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QFormLayout, QLabel, QLineEdit, QWidget

from core.clock import PARIS, system_clock
from core.domain import breach_vocab as V
from core.services.breach_wizard import BreachAnswers
from gui import theme
from gui.dialogs.incident_event import to_datetime
from gui.wizards.breach.common import (
    MomentRow,
    Step,
    explain,
    same_minute,
    select,
    set_moment,
    vocab_combo,
)


class AwarenessStep(Step):
    def __init__(self, lang: str, parent: QWidget | None = None, now: datetime | None = None) -> None:
        super().__init__(lang, parent)
        self.now = now or system_clock()
        form = QFormLayout(self)
        form.addRow(
            explain(
                self,
                self.tr(
                    "Le délai de 72 heures part du moment où vous avez eu une certitude raisonnable qu'un "
                    "incident touchait des données personnelles. Si vous l'avez appris hier soir, indiquez "
                    "hier soir : pas le moment où vous remplissez ce formulaire."
                ),
            )
        )
        self.aware_edit = QDateTimeEdit(self)
        self.aware_edit.setObjectName("aware_at")
        self.aware_edit.setCalendarPopup(True)
        self.aware_edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        form.addRow(self.tr("&Quand l'avez-vous appris ? (heure de Paris)"), self.aware_edit)
        self.reason_label = QLabel(self.tr("&Motif de la correction"), self)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("awareness_reason")
        self.reason_edit.setPlaceholderText(self.tr("ex. appel reçu la veille, retrouvé dans l'agenda"))
        self.reason_label.setBuddy(self.reason_edit)
        form.addRow(self.reason_label, self.reason_edit)
        self.means_combo = vocab_combo(self, "discovery_means", V.DISCOVERY_MEANS, lang)
        form.addRow(self.tr("&Comment l'avez-vous appris ?"), self.means_combo)
        self.discovery_edit = QLineEdit(self)
        self.discovery_edit.setObjectName("discovery")
        self.discovery_edit.setPlaceholderText(
            self.tr("facultatif, ex. appel d'un journaliste la veille à 18 h ; écran de rançon au démarrage")
        )
        form.addRow(self.tr("&Précisions"), self.discovery_edit)
        self.status_combo = vocab_combo(self, "status", V.STATUSES, lang)
        form.addRow(self.tr("La violation est-elle &établie ?"), self.status_combo)
        form.addRow(
            "",
            explain(
                self,
                self.tr(
                    "Suspectée : vous n'en êtes pas encore sûr. Elle est évaluée de la même façon : dans le "
                    "doute, la CNIL doit être notifiée."
                ),
            ),
        )
        self.start_row = MomentRow(self, "start", self.tr("Pas encore connu"))
        self.end_row = MomentRow(self, "end", self.tr("Pas encore connue"))
        self.ongoing_check = QCheckBox(self.tr("Toujours en cours"), self)
        self.ongoing_check.setObjectName("ongoing")
        self.ongoing_check.toggled.connect(lambda on: self.end_row.setEnabled(not on))
        form.addRow(self.tr("Début de l'incident"), self.start_row)
        form.addRow(self.tr("Fin de l'incident"), self.end_row)
        form.addRow("", self.ongoing_check)
        self.recorded: datetime | None = None
        self.loaded_aware: datetime | None = None
        self.note = QLabel(self)
        self.note.setObjectName("awareness_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(theme.text_css("muted"))
        form.addRow(self.note)
        self.aware_edit.dateTimeChanged.connect(lambda _v: self._sync())

    def set_recorded(self, recorded: datetime | None) -> None:
        """The awareness already stored for this incident: changing it asks for a reason."""
        self.recorded = recorded

    def load(self, answers: BreachAnswers) -> None:
        self.loaded_aware = answers.aware_at
        latest = self.now.astimezone(PARIS).replace(tzinfo=None, microsecond=0)
        self.aware_edit.setMaximumDateTime(QDateTime(latest))  # never in the future
        set_moment(self.aware_edit, answers.aware_at or self.now)
        self.reason_edit.setText(answers.awareness_reason)
        select(self.means_combo, answers.discovery_means)
        self.discovery_edit.setText(answers.discovery)
        select(self.status_combo, answers.status)
        fallback = answers.aware_at or self.now
        self.start_row.set_value(answers.occurred_start, fallback)
        self.end_row.set_value(answers.occurred_end, fallback)
        self.ongoing_check.setChecked(answers.ongoing)
        self._sync()

    def store(self, answers: BreachAnswers) -> None:
        answers.aware_at = same_minute(to_datetime(self.aware_edit.dateTime()), self.loaded_aware)
        answers.awareness_reason = self.reason_edit.text().strip()
        answers.discovery_means = self.means_combo.currentData()
        answers.discovery = self.discovery_edit.text().strip()
        answers.status = self.status_combo.currentData()
        answers.occurred_start = self.start_row.value()
        answers.ongoing = self.ongoing_check.isChecked()
        answers.occurred_end = None if answers.ongoing else self.end_row.value()

    def _changed(self) -> bool:
        if self.recorded is None:
            return False
        return same_minute(to_datetime(self.aware_edit.dateTime()), self.recorded) != self.recorded

    def _sync(self) -> None:
        for row in (self.start_row, self.end_row):  # an unknown date, once given, starts from the awareness
            if row.unknown.isChecked():
                row.edit.setDateTime(self.aware_edit.dateTime())
        changed = self._changed()
        self.reason_label.setVisible(changed)
        self.reason_edit.setVisible(changed)
        if self.recorded is not None:
            self.note.setText(
                self.tr(
                    "Prise de connaissance déjà enregistrée pour cet incident ; la modifier déplace "
                    "l'échéance partout (journal, tableau de bord, dossier) et le motif reste au journal."
                )
            )
        else:
            self.note.setText("")
