"""Step 3: are personal data involved, and what happened to them (confidentiality, integrity, availability)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.services.breach_wizard import BreachAnswers
from gui.wizards.breach.common import Step, explain


class InvolvedStep(Step):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            explain(
                self,
                self.tr(
                    "Une donnée personnelle est toute information sur une personne : "
                    "nom, rendez-vous, dossier médical, facture…"
                ),
            )
        )
        box = QGroupBox(self.tr("Des données personnelles sont-elles concernées ?"), self)
        row = QHBoxLayout(box)
        self.personal_yes = QRadioButton(self.tr("Oui"), box)
        self.personal_yes.setObjectName("personal_yes")
        self.personal_no = QRadioButton(self.tr("Non"), box)
        self.personal_no.setObjectName("personal_no")
        self.personal_unknown = QRadioButton(self.tr("Je ne sais pas encore"), box)
        self.personal_unknown.setObjectName("personal_unknown")
        self.personal_group = QButtonGroup(box)
        for button in (self.personal_yes, self.personal_no, self.personal_unknown):
            self.personal_group.addButton(button)
            row.addWidget(button)
        layout.addWidget(box)
        self.nature_box = QGroupBox(
            self.tr("Qu'est-il arrivé à ces données ? (plusieurs réponses possibles)"), self
        )
        nature = QVBoxLayout(self.nature_box)
        self.disclosed_check = QCheckBox(
            self.tr(
                "Elles ont pu être vues ou reçues par quelqu'un qui n'aurait pas dû "
                "(vol, envoi au mauvais destinataire, piratage)"
            ),
            self.nature_box,
        )
        self.disclosed_check.setObjectName("disclosed")
        self.altered_check = QCheckBox(self.tr("Elles ont été modifiées sans autorisation"), self.nature_box)
        self.altered_check.setObjectName("altered")
        self.unavailable_check = QCheckBox(
            self.tr(
                "Elles sont perdues ou inaccessibles, même temporairement (rançongiciel, panne, destruction)"
            ),
            self.nature_box,
        )
        self.unavailable_check.setObjectName("unavailable")
        for check in (self.disclosed_check, self.altered_check, self.unavailable_check):
            nature.addWidget(check)
        nature.addWidget(
            explain(
                self.nature_box,
                self.tr(
                    "Si vous ne savez pas encore, ne cochez rien : Vigie suppose que les données ont pu être vues."
                ),
            )
        )
        layout.addWidget(self.nature_box)
        layout.addStretch(1)
        self.personal_no.toggled.connect(lambda on: self.nature_box.setEnabled(not on))

    def load(self, answers: BreachAnswers) -> None:
        {True: self.personal_yes, False: self.personal_no, None: self.personal_unknown}[
            answers.personal_data
        ].setChecked(True)
        self.disclosed_check.setChecked(answers.disclosed)
        self.altered_check.setChecked(answers.altered)
        self.unavailable_check.setChecked(answers.unavailable)

    def store(self, answers: BreachAnswers) -> None:
        answers.personal_data = (
            True if self.personal_yes.isChecked() else False if self.personal_no.isChecked() else None
        )
        answers.disclosed = self.disclosed_check.isChecked()
        answers.altered = self.altered_check.isChecked()
        answers.unavailable = self.unavailable_check.isChecked()
