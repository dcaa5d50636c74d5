"""Step 5: protections and circumstances, per nature of the breach (only the blocks that apply are shown)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from core.domain import breach_vocab as V
from core.services.breach_wizard import BreachAnswers
from gui.wizards.breach.common import Step, choice_combo, explain, select, unknown_text, vocab_combo


class CircumstancesStep(Step):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        layout = QVBoxLayout(self)
        self.protect_box = QGroupBox(self.tr("Protection des données"), self)
        form = QFormLayout(self.protect_box)
        self.protection_combo = vocab_combo(self.protect_box, "protection", V.PROTECTIONS, lang)
        form.addRow(self.tr("Étaient-elles &chiffrées ?"), self.protection_combo)
        form.addRow(
            "",
            explain(
                self.protect_box,
                self.tr(
                    "Chiffrées : BitLocker, FileVault, archive protégée… et le mot de passe n'a pas été pris."
                ),
            ),
        )
        layout.addWidget(self.protect_box)

        self.conf_box = QGroupBox(self.tr("Qui a pu voir les données ?"), self)
        conf = QFormLayout(self.conf_box)
        self.exposure_combo = vocab_combo(
            self.conf_box,
            "exposure",
            V.EXPOSURES,
            lang,
            unknown=QCoreApplication.translate("BreachWizard", "Je ne sais pas : on ne peut pas l'exclure"),
            skip=("unknown",),
        )
        conf.addRow(self.tr("Quelqu'un a-t-il pu les &voir ?"), self.exposure_combo)
        conf.addRow(
            "",
            explain(
                self.conf_box,
                self.tr(
                    "Exposition sur Internet signalée par un tiers : choisissez « une personne connue, et "
                    "peut-être des inconnus »."
                ),
            ),
        )
        self.trusted_check = QCheckBox(
            self.tr("Le destinataire est un professionnel tenu au secret (confrère, laboratoire…)"),
            self.conf_box,
        )
        self.trusted_check.setObjectName("trusted")
        self.deleted_check = QCheckBox(
            self.tr("Il a confirmé avoir supprimé ou renvoyé les données"), self.conf_box
        )
        self.deleted_check.setObjectName("deleted")
        conf.addRow(self.trusted_check)
        conf.addRow(self.deleted_check)
        self.exposure_combo.currentIndexChanged.connect(lambda _i: self._sync_recipients())
        layout.addWidget(self.conf_box)

        self.avail_box = QGroupBox(self.tr("Données perdues ou inaccessibles"), self)
        avail = QFormLayout(self.avail_box)
        self.backup_combo = choice_combo(
            self.avail_box,
            "backup",
            [
                (None, unknown_text()),
                (True, QCoreApplication.translate("BreachWizard", "Oui")),
                (False, QCoreApplication.translate("BreachWizard", "Non")),
            ],
        )
        hours_row = QHBoxLayout()
        self.restore_spin = QDoubleSpinBox(self.avail_box)
        self.restore_spin.setObjectName("restore_hours")
        self.restore_spin.setRange(0, 100_000)
        self.restore_spin.setDecimals(1)
        self.restore_spin.setSuffix(self.tr(" h"))
        self.restore_unknown = QCheckBox(self.tr("Inconnue ou jamais"), self.avail_box)
        self.restore_unknown.setObjectName("restore_unknown")
        self.restore_unknown.toggled.connect(lambda on: self.restore_spin.setEnabled(not on))
        hours_row.addWidget(self.restore_spin)
        hours_row.addWidget(self.restore_unknown)
        hours_row.addStretch(1)
        self.care_check = QCheckBox(self.tr("Des soins ont été gênés ou retardés"), self.avail_box)
        self.care_check.setObjectName("care_impact")
        self.lost_check = QCheckBox(self.tr("Les données sont définitivement perdues"), self.avail_box)
        self.lost_check.setObjectName("permanent_loss")
        avail.addRow(self.tr("Une &sauvegarde utilisable existe-t-elle ?"), self.backup_combo)
        avail.addRow(self.tr("Durée pour tout rétablir"), hours_row)
        avail.addRow(self.care_check)
        avail.addRow(self.lost_check)
        layout.addWidget(self.avail_box)

        self.integ_box = QGroupBox(self.tr("Données modifiées"), self)
        integ = QFormLayout(self.integ_box)
        self.misuse_combo = vocab_combo(self.integ_box, "misuse", V.MISUSES, lang)
        integ.addRow(self.tr("&Conséquence"), self.misuse_combo)
        layout.addWidget(self.integ_box)
        layout.addStretch(1)
        self.restore_original: float | None = None

    def load(self, answers: BreachAnswers) -> None:
        natures = answers.natures()
        self.conf_box.setVisible("confidentiality" in natures)
        self.avail_box.setVisible("availability" in natures)
        self.integ_box.setVisible("integrity" in natures)
        select(self.protection_combo, answers.protection)
        select(self.exposure_combo, None if answers.exposure == "unknown" else answers.exposure)
        self.trusted_check.setChecked(answers.recipients_trusted)
        self.deleted_check.setChecked(answers.deletion_confirmed)
        select(self.backup_combo, answers.backup)
        self.restore_original = answers.restore_hours
        self.restore_spin.setValue(answers.restore_hours or 0)
        self.restore_unknown.setChecked(answers.restore_hours is None)
        self.restore_spin.setEnabled(answers.restore_hours is not None)
        self.care_check.setChecked(answers.care_impact)
        self.lost_check.setChecked(answers.permanent_loss)
        select(self.misuse_combo, answers.misuse)
        self._sync_recipients()

    def store(self, answers: BreachAnswers) -> None:
        answers.protection = self.protection_combo.currentData()
        answers.exposure = self.exposure_combo.currentData()
        known = answers.exposure == "known_recipients"
        answers.recipients_trusted = known and self.trusted_check.isChecked()
        answers.deletion_confirmed = known and self.deleted_check.isChecked()
        answers.backup = self.backup_combo.currentData()
        hours = None if self.restore_unknown.isChecked() else self.restore_spin.value()
        original = self.restore_original
        if hours is not None and original is not None and round(original, 1) == hours:
            hours = original  # untouched: keep the precise figure (the box shows one decimal)
        answers.restore_hours = hours
        answers.care_impact = self.care_check.isChecked()
        answers.permanent_loss = self.lost_check.isChecked()
        answers.misuse = self.misuse_combo.currentData()

    def _sync_recipients(self) -> None:
        known = self.exposure_combo.currentData() == "known_recipients"
        self.trusted_check.setEnabled(known)
        self.deleted_check.setEnabled(known)
