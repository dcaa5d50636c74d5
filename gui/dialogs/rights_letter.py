"""Prepare a letter to the requester: pick the template, edit the suggested text, save the PDF."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from core.domain import rights as rights_letters  # the letter kinds (no PDF library at start)
from core.storage.atomic import write_atomic
from gui import keyboard, theme
from gui.messages import error_text
from gui.ops import Services, op

if TYPE_CHECKING:
    from gui.context import AppContext


class LetterDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        request_id: int,
        letter: str = rights_letters.ACKNOWLEDGEMENT,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request_id = request_id
        self.setWindowTitle(self.tr("Courrier au demandeur"))
        self.resize(720, 620)
        self.kind = QComboBox(self)
        self.kind.setObjectName("letter_kind")
        for key, label in (
            (rights_letters.ACKNOWLEDGEMENT, self.tr("Accusé de réception")),
            (rights_letters.ANSWER, self.tr("Réponse")),
            (rights_letters.EXTENSION, self.tr("Prolongation du délai")),
            (rights_letters.REFUSAL, self.tr("Refus motivé")),
        ):
            self.kind.addItem(label, key)
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("letter_body")
        self.body.setAccessibleName(self.tr("Texte du courrier"))
        hint = QLabel(
            self.tr(
                "Relisez et complétez le texte proposé : l'en-tête (cabinet, destinataire, date, objet) et la "
                "signature sont ajoutés au PDF. Les passages entre crochets sont à remplacer."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.reset_button = QPushButton(self.tr("&Rétablir le texte proposé"), self)
        self.reset_button.clicked.connect(self.load_default)
        self.save_button = QPushButton(self.tr("&Enregistrer le PDF…"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.choose_and_save)
        close = QPushButton(self.tr("&Fermer"), self)
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Modèle"), self))
        top.itemAt(0).widget().setBuddy(self.kind)
        top.addWidget(self.kind, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reset_button)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        self.kind.setCurrentIndex(max(self.kind.findData(letter), 0))
        self.kind.currentIndexChanged.connect(self.load_default)
        self.load_default()
        keyboard.tune(self)

    def load_default(self) -> None:
        """The suggested text for the chosen letter, drafted in the worker."""
        request_id, kind = self.request_id, self.kind.currentData()
        self.loaded = False
        op(
            self,
            lambda s: s.rights.default_letter(request_id, kind),
            self._show_default,
            lambda exc: self._status(error_text(exc), error=True),
        )

    def _show_default(self, text: str) -> None:
        self.body.setPlainText(text)
        self.loaded = True

    def save_to(self, path: Path) -> None:
        """Render the edited text to ``path`` in the worker; the text stays in the editor whatever happens."""
        request_id, kind, text = self.request_id, self.kind.currentData(), self.body.toPlainText()
        self.written: Path | None = None

        def job(s: Services) -> Path:
            buffer = io.BytesIO()
            s.rights.render_letter(request_id, kind, text, buffer)
            write_atomic(path, buffer.getvalue(), mode=0o600)
            return path

        op(self, job, self._saved, lambda exc: self._status(error_text(exc), error=True))

    def _saved(self, path: Path) -> None:
        self.written = path
        self._status(self.tr("Courrier enregistré : %1").replace("%1", str(path)))

    def choose_and_save(self) -> None:
        suggested = f"courrier-{self.kind.currentData()}-{self.request_id}.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le courrier"), suggested, self.tr("Documents PDF (*.pdf)")
        )
        if name:
            self.save_to(Path(name))

    def _status(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(theme.text_css("danger") if error else theme.text_css("ok"))
        self.status.setText(text)
