"""Step 2: what happened: title, origin, cause, attack or not, where the data were, the CNIL's own discovery."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from core.domain import breach_vocab as V
from core.services.breach_wizard import BreachAnswers
from gui.wizards.breach.common import Step, choice_combo, explain, select, unknown_text, vocab_combo


class WhatStep(Step):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        form = QFormLayout(self)
        form.addRow(
            explain(self, self.tr("Décrivez l'incident simplement ; vous pourrez compléter plus tard."))
        )
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("title")
        self.title_edit.setPlaceholderText(
            self.tr("ex. Vol de l'ordinateur portable ; courrier envoyé au mauvais patient")
        )
        form.addRow(self.tr("&Titre"), self.title_edit)
        self.origin_combo = vocab_combo(self, "origin", V.ORIGINS, lang)
        form.addRow(self.tr("Que s'est-il &passé ?"), self.origin_combo)
        self.cause_combo = vocab_combo(self, "cause", V.CAUSES, lang)
        form.addRow(self.tr("&Cause"), self.cause_combo)
        self.malicious_combo = choice_combo(
            self,
            "malicious",
            [
                (None, self.tr("Je ne sais pas encore (déduit de la cause)")),
                (True, self.tr("Oui : vol, piratage, rançongiciel, acte volontaire")),
                (False, self.tr("Non : une erreur ou un accident")),
            ],
        )
        form.addRow(self.tr("Est-ce une &attaque ?"), self.malicious_combo)
        form.addRow(
            "",
            explain(
                self,
                self.tr(
                    "Une attaque fait craindre que les données aient été copiées, même si vous ne voyez "
                    "qu'une panne : Vigie en tient compte."
                ),
            ),
        )
        self.medium_combo = vocab_combo(self, "storage_medium", V.STORAGE_MEDIA, lang)
        form.addRow(self.tr("Où étaient les &données ?"), self.medium_combo)
        self.authority_check = QCheckBox(
            self.tr("C'est la CNIL elle-même qui a découvert la violation et nous l'a signalée"), self
        )
        self.authority_check.setObjectName("authority_already_informed")
        form.addRow("", self.authority_check)
        form.addRow(
            "",
            explain(
                self,
                self.tr(
                    "Dans ce seul cas, pas de notification à faire (Conseil d'État, 22 juillet 2022, "
                    "n° 449694) : répondez à la CNIL. Appris par un patient, un journaliste ou un prestataire, "
                    "ne cochez pas."
                ),
            ),
        )
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setObjectName("description")
        self.description_edit.setMaximumHeight(90)
        self.description_edit.setPlaceholderText(
            self.tr("Ce qui s'est passé, avec vos mots : où, quand, quel appareil ou quel document.")
        )
        form.addRow(self.tr("&Description"), self.description_edit)
        self.unknown = unknown_text()

    def load(self, answers: BreachAnswers) -> None:
        self.title_edit.setText(answers.title)
        select(self.origin_combo, answers.origin)
        select(self.cause_combo, answers.cause)
        select(self.malicious_combo, answers.malicious)
        select(self.medium_combo, answers.storage_medium)
        self.authority_check.setChecked(answers.authority_already_informed)
        self.description_edit.setPlainText(answers.description)

    def store(self, answers: BreachAnswers) -> None:
        answers.title = self.title_edit.text().strip()
        answers.origin = self.origin_combo.currentData()
        answers.cause = self.cause_combo.currentData()
        answers.malicious = self.malicious_combo.currentData()
        answers.storage_medium = self.medium_combo.currentData()
        answers.authority_already_informed = self.authority_check.isChecked()
        answers.description = self.description_edit.toPlainText().strip()
