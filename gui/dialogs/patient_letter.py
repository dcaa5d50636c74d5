"""Edit the letter to patients before printing: every paragraph, and an optional list of recipients
(one per line, "Name ; address"); without a list, a mail-merge model with placeholders is produced.
"""

from __future__ import annotations

import io
from dataclasses import replace

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.domain.practice import Practice
from core.reports import patient_letter
from core.reports.patient_letter import LetterContent, Recipient
from gui import keyboard, sizing

FIELDS = (
    "subject",
    "opening",
    "what_happened",
    "data_concerned",
    "consequences",
    "measures",
    "advice",
    "contact",
    "closing",
    "signature",
)


def parse_recipients(text: str) -> list[Recipient]:
    """ "Mme Durand ; 3 place Bellecour, 69002 Lyon" per line; commas in the address become line breaks."""
    people = []
    for line in text.splitlines():
        if not line.strip():
            continue
        name, _, address = line.partition(";")
        people.append(Recipient(name.strip(), "\n".join(p.strip() for p in address.split(",") if p.strip())))
    return people


class PatientLetterDialog(QDialog):
    def __init__(self, practice: Practice, letter: LetterContent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patient_letter")
        self.setWindowTitle(self.tr("Lettre d'information des patients"))
        sizing.fit(self, 760, 720)
        self.practice = practice
        self.letter = letter
        labels = {
            "subject": self.tr("Objet"),
            "opening": self.tr("Introduction"),
            "what_happened": self.tr("Ce qui s'est passé"),
            "data_concerned": self.tr("Les informations concernées"),
            "consequences": self.tr("Les conséquences possibles"),
            "measures": self.tr("Ce que nous avons fait"),
            "advice": self.tr("Ce que nous conseillons"),
            "contact": self.tr("Pour nous contacter"),
            "closing": self.tr("Formule de politesse"),
            "signature": self.tr("Signature"),
        }
        body = QWidget(self)
        form = QFormLayout(body)
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        for key in FIELDS:
            value = getattr(letter, key)
            if key in ("subject", "signature"):
                edit: QLineEdit | QPlainTextEdit = QLineEdit(value, body)
            else:
                edit = QPlainTextEdit(value, body)
                edit.setMinimumHeight(70)
            edit.setObjectName(key)
            self.edits[key] = edit
            form.addRow(labels[key], edit)
        self.recipients = QPlainTextEdit(body)
        self.recipients.setObjectName("recipients")
        self.recipients.setPlaceholderText(
            self.tr(
                "Facultatif : une personne par ligne, « Mme Alice Durand ; 3 "
                "place Bellecour, 69002 Lyon ». Vide : modèle de publipostage."
            )
        )
        form.addRow(self.tr("Destinataires"), self.recipients)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Aperçu…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        keyboard.tune(self)

    def edited(self) -> LetterContent:
        values = {}
        for key, edit in self.edits.items():
            values[key] = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
        return replace(self.letter, **values)

    def renderer(self):  # noqa: ANN201 - Callable[[datetime], bytes]
        """What the dialog holds, frozen now; the returned function renders it (on the worker, see gui/ops.py)."""
        practice, letter = self.practice, self.edited()
        recipients = parse_recipients(self.recipients.toPlainText())

        def render(generated_at) -> bytes:  # noqa: ANN001 - datetime
            buf = io.BytesIO()
            patient_letter.render(practice, letter, buf, generated_at, recipients)
            return buf.getvalue()

        return render

    def pdf(self, generated_at) -> bytes:  # noqa: ANN001 - datetime
        return self.renderer()(generated_at)
