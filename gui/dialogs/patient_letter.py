"""Edit the letter to patients (or the public notice) before printing, load the patients from a CSV, print.

Every paragraph is drafted from the facts and editable. The patient list (a CSV exported from the practice
software) stays in memory for the print run; printing writes one PDF with one letter per patient, a CSV of
e-mails when the file has addresses, and records in the journal the print run as prepared (date, channel,
number of persons); the sending is confirmed on the incident page (« Personnes informées… »).
The print run and the notice are made on the worker thread.
"""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.domain.practice import Practice
from core.domain.recipients import Recipient, parse_csv
from core.errors import InvalidInput
from core.reports import patient_letter
from core.reports.patient_letter import LetterContent
from gui import keyboard, sizing, theme
from gui.messages import error_text
from gui.ops import INCIDENTS, op
from gui.problems import problem_text

if TYPE_CHECKING:
    from gui.context import AppContext

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


class PatientLetterDialog(QDialog):
    """``notice=True``: the public communication of art. 34(3)(c) instead of letters (no recipients)."""

    saved = Signal(str)  # a sentence for the user once the files are written
    failed = Signal(str)

    def __init__(
        self,
        practice: Practice,
        letter: LetterContent,
        parent: QWidget | None = None,
        *,
        ctx: AppContext | None = None,
        incident_id: int | None = None,
        notice: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("public_notice" if notice else "patient_letter")
        self.setWindowTitle(
            self.tr("Communication publique (art. 34(3)(c) RGPD)")
            if notice
            else self.tr("Lettre d'information des patients")
        )
        sizing.fit(self, 780, 740)
        self.practice = practice
        self.letter = letter
        self.ctx = ctx
        self.incident_id = incident_id
        self.notice = notice
        self.people: list[Recipient] = []
        self.busy = False
        labels = {
            "subject": self.tr("Objet") if not notice else self.tr("Titre"),
            "opening": self.tr("Introduction"),
            "what_happened": self.tr("Ce qui s'est passé"),
            "data_concerned": self.tr("Les informations concernées"),
            "consequences": self.tr("Les conséquences possibles"),
            "measures": self.tr("Ce que nous avons fait et allons faire"),
            "advice": self.tr("Ce que le patient peut faire"),
            "contact": self.tr("Pour nous contacter, droit de réclamation"),
            "closing": self.tr("Formule de politesse"),
            "signature": self.tr("Signature"),
        }
        body = QWidget(self)
        form = QFormLayout(body)
        self.language = QComboBox(body)
        self.language.setAccessibleName(self.tr("Langue du document"))
        self.language.addItem(self.tr("Français"), "fr")
        self.language.addItem(self.tr("Anglais"), "en")
        self.language.setCurrentIndex(max(0, self.language.findData(letter.lang)))
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow(self.tr("&Langue"), self.language)
        self.recipients_status = QLabel(body)
        self.recipients_status.setWordWrap(True)
        self.recipients_status.setObjectName("recipients_status")
        if not notice:
            pick = QPushButton(self.tr("&Patients (fichier CSV)…"), body)
            pick.setObjectName("pick_recipients")
            pick.clicked.connect(lambda: self.choose_recipients())
            row = QHBoxLayout()
            row.addWidget(pick)
            row.addWidget(self.recipients_status, 1)
            form.addRow(self.tr("Destinataires"), row)
            self.recipients_status.setText(
                self.tr(
                    "Aucun fichier : une lettre dont l'adresse est à remplir à la main. Un CSV exporté du "
                    "logiciel métier (civilité, nom, prénom, adresse, code postal, ville, e-mail facultatif) "
                    "donne une lettre par patient ; la liste n'est pas conservée dans Vigie."
                )
            )
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        for key in FIELDS:
            value = getattr(letter, key)
            if key in ("subject", "signature"):
                edit: QLineEdit | QPlainTextEdit = QLineEdit(value, body)
            else:
                edit = QPlainTextEdit(value, body)
                edit.setMinimumHeight(70)
                edit.setMaximumHeight(150)
            edit.setObjectName(key)
            edit.setAccessibleName(labels[key])
            self.edits[key] = edit
            form.addRow(labels[key], edit)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        self.buttons = QDialogButtonBox(self)
        preview = self.buttons.addButton(self.tr("&Aperçu…"), QDialogButtonBox.ButtonRole.AcceptRole)
        preview.setObjectName("preview")
        self.print_button = self.buttons.addButton(
            self.tr("&Enregistrer l'avis et le texte du site…")
            if notice
            else self.tr("&Imprimer les lettres…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.print_button.setObjectName("print")
        self.print_button.setEnabled(ctx is not None and incident_id is not None)
        self.print_button.clicked.connect(lambda: self.choose_output())
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        keyboard.tune(self)

    # --- content -------------------------------------------------------------------------------------------
    def edited(self) -> LetterContent:
        values = {}
        for key, edit in self.edits.items():
            values[key] = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
        return replace(self.letter, **values)

    def _language_changed(self) -> None:
        """Redraft in the other language (edits are lost: the draft is rebuilt from the facts)."""
        if self.ctx is None or self.incident_id is None:
            return
        from core.services.patient_mailing import MailingService

        lang = str(self.language.currentData())
        mailing = MailingService(self.ctx.vault, self.ctx.clock)
        incident_id, notice = self.incident_id, self.notice

        def job() -> LetterContent:
            return mailing.draft(incident_id, lang, notice=notice)

        op(self, lambda _s: job(), self._set_letter, self._show_failure)

    def _set_letter(self, letter: LetterContent) -> None:
        self.letter = letter
        for key, edit in self.edits.items():
            value = getattr(letter, key)
            edit.setText(value) if isinstance(edit, QLineEdit) else edit.setPlainText(value)

    # --- recipients ----------------------------------------------------------------------------------------
    def choose_recipients(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Fichier des patients"),
            "",
            self.tr("Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)"),
        )
        if path:
            self.load_recipients(Path(path))

    def load_recipients(self, path: Path) -> bool:
        """Read the CSV; on any problem, keep no patient and show each bad line."""
        self.people = []
        try:
            self.people = parse_csv(path.read_bytes())
        except InvalidInput as exc:
            lines = [self._problem_line(p.path, problem_text(p)) for p in exc.problems]
            self.recipients_status.setStyleSheet(theme.text_css("danger"))
            self.recipients_status.setText(
                self.tr("Fichier refusé, aucune lettre ne sera faite :") + "\n" + "\n".join(lines)
            )
            return False
        except OSError as exc:
            self.recipients_status.setStyleSheet(theme.text_css("danger"))
            self.recipients_status.setText(error_text(exc))
            return False
        with_mail = sum(1 for r in self.people if r.email)
        self.recipients_status.setStyleSheet("")
        self.recipients_status.setText(
            self.tr("%n patient(s) à informer", "", len(self.people))
            + " — "
            + self.tr("%n avec une adresse e-mail", "", with_mail)
        )
        return True

    def _problem_line(self, path: str, text: str) -> str:
        if path.startswith("ligne "):
            return self.tr("Ligne %1 : %2").replace("%1", path.removeprefix("ligne ")).replace("%2", text)
        return f"{path} : {text}"

    # --- output --------------------------------------------------------------------------------------------
    def pdf(self, generated_at) -> bytes:  # noqa: ANN001 - datetime
        """The preview: the notice, or the first patient's letter (a blank address block without a list)."""
        return self.preview_job(generated_at)()

    def preview_job(self, generated_at):  # noqa: ANN001, ANN201 - datetime -> Callable[[], bytes]
        """The preview as a function of values read now, to run on the worker thread."""
        practice, content, first, notice = self.practice, self.edited(), self.people[:1], self.notice

        def job() -> bytes:
            buf = io.BytesIO()
            if notice:
                patient_letter.render_notice(practice, content, buf, generated_at)
            else:
                patient_letter.render(practice, content, buf, generated_at, first)
            return buf.getvalue()

        return job

    def choose_output(self) -> None:
        suggested = (
            f"avis-public-incident-{self.incident_id}.pdf"
            if self.notice
            else f"lettres-patients-incident-{self.incident_id}.pdf"
        )
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer"), suggested, self.tr("PDF (*.pdf)"))
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Write the files on the worker thread; ``saved`` or ``failed`` tells the outcome."""
        assert self.ctx is not None and self.incident_id is not None
        from core.services.patient_mailing import MailingService
        from core.storage.atomic import write_atomic

        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        mailing = MailingService(self.ctx.vault, self.ctx.clock)
        incident_id, content, people, notice = self.incident_id, self.edited(), list(self.people), self.notice

        def job() -> tuple[str, int, int, str]:
            if notice:
                pdf, text = mailing.public_notice(incident_id, content.lang, content)
                text_path = path.with_suffix(".txt")
                write_atomic(path, pdf, mode=0o600)
                write_atomic(text_path, text.encode("utf-8"), mode=0o600)
                mailing.record_notice(incident_id)
                return str(path), 0, 0, str(text_path)
            run = mailing.letters(incident_id, people, content.lang, content)
            write_atomic(path, run.pdf, mode=0o600)
            emails = ""
            if run.emails is not None:
                emails_path = path.with_name(path.stem + "-emails.csv")
                write_atomic(emails_path, run.emails, mode=0o600)
                emails = str(emails_path)
            if people:
                mailing.record_mailing(incident_id, run)
            return str(path), run.letters, run.email_count, emails

        self.busy = True
        self.print_button.setEnabled(False)
        op(self, lambda _s: job(), self._saved, self._show_failure, changes={INCIDENTS})  # the journal notes it

    def _saved(self, result: tuple[str, int, int, str]) -> None:
        self.busy = False
        self.print_button.setEnabled(True)
        pdf, letters, emails, other = result
        if self.notice:
            text = (
                self.tr("Avis enregistré : %1\nTexte pour le site : %2")
                .replace("%1", pdf)
                .replace("%2", other)
            )
            text += "\n" + self.tr(
                "Le journal note la communication publique préparée. Une fois l'avis affiché ou publié, "
                "enregistrez-le sur la page de l'incident : « Personnes informées… »."
            )
        elif letters:
            text = self.tr("%n lettre(s) enregistrée(s) : %1", "", letters).replace("%1", pdf)
            if emails:
                text += "\n" + self.tr("%n e-mail(s) à envoyer : %1", "", emails).replace("%1", other)
            text += "\n" + self.tr(
                "Le journal note l'envoi préparé (date, moyen, nombre de personnes). Une fois les lettres "
                "postées ou les e-mails envoyés, enregistrez-le sur la page de l'incident : « Personnes "
                "informées… »."
            )
        else:
            text = self.tr("Lettre enregistrée : %1").replace("%1", pdf)
        self.recipients_status.setText(text)
        self.saved.emit(text)

    def _show_failure(self, exc: BaseException) -> None:
        self.busy = False
        self.print_button.setEnabled(True)
        text = error_text(exc)
        self.recipients_status.setStyleSheet(theme.text_css("danger"))
        self.recipients_status.setText(text)
        self.failed.emit(text)
