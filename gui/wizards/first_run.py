"""First run: practice identity, passphrase, recovery code, "remember on this computer".

Nothing is written until the last page is accepted: the recovery code is generated up front so it can be
shown and confirmed, then the vault is created in one step (off the GUI thread: key derivation is slow).
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from core import crypto, keystore
from core.services.setup import create_vault
from core.storage.location import location_risk
from core.vault import Vault
from gui import sizing, theme
from gui.clipboard import copy_sensitive
from gui.messages import error_text, location_text
from gui.recovery_sheet import print_sheet, sheet_html
from gui.widgets.passphrase import PassphraseField
from gui.widgets.practice_form import PracticeForm
from gui.workers import Worker


class IntroPage(QWizardPage):
    def __init__(self, vault_path: Path) -> None:
        super().__init__()
        self.setTitle(self.tr("Bienvenue dans Vigie"))
        text = QLabel(
            self.tr(
                "Vigie vous aide à tenir ce que le RGPD demande à un cabinet : le registre des traitements, "
                "l'autoévaluation annuelle de la sécurité, le journal des incidents et, en cas de violation de "
                "données, la décision de notifier la CNIL sous 72 heures.\n\n"
                "Tout est enregistré dans un coffre chiffré sur cet ordinateur, et rien ne quitte cet ordinateur. "
                "Ce premier lancement prend trois minutes : l'identité du cabinet, une phrase de passe, puis un "
                "code de secours à imprimer."
            ),
            self,
        )
        text.setWordWrap(True)
        where = QLabel(self.tr("Emplacement du coffre : %1").replace("%1", str(vault_path)), self)
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setStyleSheet(theme.text_css("muted"))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addStretch(1)
        layout.addWidget(where)
        risk = location_risk(vault_path)
        if risk is not None:
            warning = QLabel(location_text(*risk), self)
            warning.setWordWrap(True)
            warning.setStyleSheet(theme.box_css("danger_bg", "padding: 6px;"))
            layout.addWidget(warning)


class IdentityPage(QWizardPage):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self.setTitle(self.tr("Votre cabinet"))
        self.setSubTitle(
            self.tr(
                "Ces informations figurent sur le registre et sur le dossier de notification à la CNIL. "
                "Seuls les champs marqués * sont obligatoires ; tout reste modifiable dans les paramètres."
            )
        )
        self.form = PracticeForm(self, lang)
        self.form.changed.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(sizing.scrollable(self.form, self))  # 13 fields: scrolls at 200 % scaling

    def isComplete(self) -> bool:  # noqa: N802 - Qt naming
        return bool(self.form.edits["name"].text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        return self.form.validate()


class PassphrasePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Phrase de passe"))
        self.setSubTitle(
            self.tr(
                "Elle chiffre le coffre. Choisissez plusieurs mots sans lien entre eux, faciles à retenir "
                "pour vous seul. Vigie ne peut pas la retrouver : seul le code de secours le permet."
            )
        )
        self.first = PassphraseField(self, meter=True, accessible_name=self.tr("Phrase de passe"))
        self.second = PassphraseField(self, accessible_name=self.tr("Confirmation de la phrase de passe"))
        self.mismatch = QLabel(self)
        self.mismatch.setStyleSheet(theme.text_css("danger"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Phrase de passe"), self.first)
        form.addRow(self.tr("&Confirmation"), self.second)
        form.addRow(self.mismatch)
        self.first.changed.connect(self._changed)
        self.second.changed.connect(self._changed)

    def initializePage(self) -> None:  # noqa: N802
        wizard = self.wizard()
        if isinstance(wizard, FirstRunWizard):
            p = wizard.identity.form.practice()
            self.first.set_user_inputs([p.name, p.practitioner, p.city, p.profession])

    def _changed(self) -> None:
        same = self.first.text() == self.second.text()
        self.mismatch.setText(
            "" if same or not self.second.text() else self.tr("Les deux saisies diffèrent.")
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.first.acceptable() and self.first.text() == self.second.text()


class RecoveryPage(QWizardPage):
    """Shows the code once, offers to print it, and asks two of its groups back before going on."""

    def __init__(self, code: str) -> None:
        super().__init__()
        self.code = code
        self.groups = code.split("-")
        picks = sorted(secrets.SystemRandom().sample(range(len(self.groups)), 2))
        self.picks = picks
        self.setTitle(self.tr("Code de secours"))
        self.setSubTitle(
            self.tr(
                "Si vous oubliez votre phrase de passe, ce code est le seul moyen d'ouvrir le coffre. "
                "Imprimez-le ou recopiez-le, et rangez-le hors de l'ordinateur (par exemple avec vos papiers "
                "professionnels). Il ne sera plus affiché."
            )
        )
        shown = QLabel(code, self)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(16)
        font.setBold(True)
        shown.setFont(font)
        shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shown.setAccessibleName(self.tr("Code de secours"))
        shown.setStyleSheet(f"padding: 12px; border: 1px dashed {theme.hex_color('accent')};")
        print_button = QPushButton(self.tr("&Imprimer le code…"), self)
        print_button.clicked.connect(self._print)
        copy_button = QPushButton(self.tr("Co&pier (effacé du presse-papiers après 10 s)"), self)
        copy_button.clicked.connect(lambda: copy_sensitive(self.code))
        self.written = QCheckBox(self.tr("J'ai imprimé ou recopié ce code et je le range en lieu sûr"), self)
        self.written.toggled.connect(self.completeChanged)
        self.check_edits: list[QLineEdit] = []
        grid = QGridLayout()
        for row, index in enumerate(picks):
            label = QLabel(self.tr("Groupe n° %1 du code").replace("%1", str(index + 1)), self)
            edit = QLineEdit(self)
            edit.setMaxLength(8)
            edit.setAccessibleName(label.text())
            edit.textChanged.connect(self.completeChanged)
            label.setBuddy(edit)
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
            self.check_edits.append(edit)
        layout = QVBoxLayout(self)
        layout.addWidget(shown)
        buttons = QHBoxLayout()
        buttons.addWidget(print_button)
        buttons.addWidget(copy_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.written)
        layout.addWidget(QLabel(self.tr("Pour vérifier, recopiez ces deux groupes :"), self))
        layout.addLayout(grid)
        layout.addStretch(1)

    def _groups_ok(self) -> bool:
        for edit, index in zip(self.check_edits, self.picks, strict=True):
            if crypto.normalize_recovery_code(edit.text()) != crypto.normalize_recovery_code(
                self.groups[index]
            ):
                return False
        return True

    def isComplete(self) -> bool:  # noqa: N802
        return self.written.isChecked() and self._groups_ok()

    def sheet_html(self) -> str:
        """The printed sheet: practice name, date, vault file, what the code opens and where to keep it."""
        wizard = self.wizard()
        name = wizard.identity.form.practice().name if isinstance(wizard, FirstRunWizard) else ""
        path = wizard.vault_path if isinstance(wizard, FirstRunWizard) else Path()
        return sheet_html(self.code, name, path, datetime.now(UTC))

    def _print(self) -> None:
        print_sheet(self, self.sheet_html())


class FinishPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Dernier réglage"))
        self.remember = QCheckBox(
            self.tr("Se souvenir de moi sur cet ordinateur (trousseau du système)"), self
        )
        explain = QLabel(
            self.tr(
                "Si vous cochez cette case, le trousseau sécurisé du système ouvrira le coffre sans phrase de "
                "passe tant que votre session est ouverte. À éviter si d'autres personnes utilisent votre "
                "session. La phrase de passe et le code de secours restent valables dans tous les cas."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(theme.text_css("warning"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.remember)
        layout.addWidget(explain)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        layout.addWidget(self.status)
        if not keystore.available():
            self.remember.setEnabled(False)
            self.notice.setText(
                self.tr(
                    "Le trousseau du système n'est pas disponible sur cet ordinateur : la phrase de passe "
                    "sera demandée à chaque ouverture."
                )
            )


class FirstRunWizard(QWizard):
    """Collects everything, then creates the vault once. ``vault`` and ``recovery_code`` are set on success."""

    def __init__(
        self, vault_path: Path, worker: Worker, lang: str = "fr", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vigie — premier lancement"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        sizing.fit(self, 720, 560)
        self.vault_path = vault_path
        self.worker = worker
        self.vault: Vault | None = None
        self.recovery_code = crypto.new_recovery_code()
        self.intro = IntroPage(vault_path)
        self.identity = IdentityPage(lang)
        self.passphrase = PassphrasePage()
        self.recovery = RecoveryPage(self.recovery_code)
        self.finish = FinishPage()
        for page in (self.intro, self.identity, self.passphrase, self.recovery, self.finish):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Créer le coffre"))
        self._creating = False

    def accept(self) -> None:
        if self._creating:
            return
        self._creating = True
        for button in (
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(button).setEnabled(False)
        self.finish.status.setStyleSheet("")
        self.finish.status.setText(self.tr("Création du coffre chiffré…"))
        practice = self.identity.form.practice()
        passphrase = self.passphrase.first.text()
        remember = self.finish.remember.isChecked()
        path, code = self.vault_path, self.recovery_code
        self.worker.submit(
            lambda: create_vault(path, passphrase, practice, remember=remember, recovery_code=code)[0],
            self._created,
            self._failed,
        )

    def _created(self, vault: Vault) -> None:
        self.vault = vault
        self._creating = False
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._creating = False
        for button in (
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(button).setEnabled(True)
        self.finish.status.setStyleSheet(theme.text_css("danger"))
        self.finish.status.setText(error_text(exc))

    def typed_something(self) -> bool:
        return any(edit.text().strip() for edit in self.identity.form.edits.values()) or bool(
            self.passphrase.first.text()
        )

    def ask_quit(self) -> bool:
        """Tests and the screenshot tool replace this; the user is asked with a dialog."""
        answer = QMessageBox.question(
            self,
            self.tr("Quitter le premier lancement"),
            self.tr(
                "Quitter sans créer le coffre ? L'identité du cabinet et la phrase de passe saisies seront "
                "perdues, et il faudra tout ressaisir au prochain lancement."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        """« Annuler » (or Escape) asks first once something was typed: nothing is lost by a slip."""
        if self._creating:
            return
        if self.typed_something() and not self.ask_quit():
            return
        super().reject()
