"""Practice settings: the identity entered at first run, the passphrase, the keyring option, backups, the vault's
integrity check, the language."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core import keystore
from core import settings as app_settings
from core.domain.practice import Practice
from gui import theme
from gui.context import AppContext
from gui.messages import error_text
from gui.ops import PRACTICE, Services, op
from gui.pages.backups import BackupsGroup
from gui.pages.vault_check import VaultCheckGroup
from gui.widgets.passphrase import PassphraseField
from gui.widgets.practice_form import PracticeForm


class SettingsPage(QScrollArea):
    practice_saved = Signal(str)  # the new practice name: the main window's header shows it at once

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWidgetResizable(True)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(QLabel(self.tr("<h1>Paramètres</h1>"), body))

        identity = QGroupBox(self.tr("Identité du cabinet"), body)
        self.form = PracticeForm(identity, ctx.lang)
        self.save_button = QPushButton(self.tr("&Enregistrer l'identité"), identity)
        self.save_button.clicked.connect(self.save_identity)
        self.save_button.setEnabled(False)  # until the identity is read (worker)
        self.saved = QLabel(identity)
        self.saved.setStyleSheet(theme.text_css("ok"))
        box = QVBoxLayout(identity)
        box.addWidget(self.form)
        row = QHBoxLayout()
        row.addWidget(self.saved, 1)
        row.addWidget(self.save_button)
        box.addLayout(row)
        layout.addWidget(identity)

        layout.addWidget(self._security_group(body))
        self.backups = BackupsGroup(ctx, body)
        self.backups.restore_requested.connect(self._forward_restore)
        layout.addWidget(self.backups)
        self.integrity = VaultCheckGroup(ctx, body)
        layout.addWidget(self.integrity)
        layout.addWidget(self._language_group(body))
        layout.addStretch(1)
        self.setWidget(body)
        self.refresh()

    def _forward_restore(self, folder: object, secret: str) -> None:
        window = self.window()
        signal = getattr(window, "restore_requested", None)
        if signal is not None:
            signal.emit(folder, secret)

    # --- identity ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.backups.refresh()
        op(self, lambda s: s.practice.get(), self._show_practice)
        op(
            self,
            lambda s: (keystore.available(), keystore.load(s.vault.db_uuid) is not None),
            self._show_keychain,
        )

    def _show_practice(self, practice: Practice | None) -> None:
        if practice is not None:
            self.form.set_practice(practice)
            # The meter uses the same core check as the vault: the practice's words count against a passphrase.
            self.new.set_user_inputs([practice.name, practice.practitioner, practice.city, practice.profession])
        self.save_button.setEnabled(True)

    def _identity_saved(self, saved: Practice) -> None:
        self.saved.setText(self.tr("Identité enregistrée."))
        self.practice_saved.emit(saved.name)

    def save_identity(self) -> None:
        if not self.form.validate():
            return
        practice = self.form.practice()
        self.saved.clear()
        op(
            self,
            lambda s: s.practice.save(practice),
            self._identity_saved,
            changes={PRACTICE},
        )

    # --- security -----------------------------------------------------------------------------------------------
    def _security_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Phrase de passe et accès"), parent)
        self.current = PassphraseField(group, accessible_name=self.tr("Phrase de passe actuelle"))
        self.new = PassphraseField(group, meter=True, accessible_name=self.tr("Nouvelle phrase de passe"))
        self.confirm = PassphraseField(
            group, accessible_name=self.tr("Confirmation de la nouvelle phrase de passe")
        )
        self.change_button = QPushButton(self.tr("&Changer la phrase de passe"), group)
        self.change_button.clicked.connect(self.change_passphrase)
        self.change_status = QLabel(group)
        self.change_status.setWordWrap(True)
        self.remember = QCheckBox(
            self.tr("Se souvenir de moi sur cet ordinateur (trousseau du système)"), group
        )
        self.remember.setEnabled(False)  # until the keychain probe (worker) answers
        self.remember.toggled.connect(self._toggle_remember)
        self.recovery_button = QPushButton(self.tr("Générer un &nouveau code de secours…"), group)
        self.recovery_button.clicked.connect(self.new_recovery_code)
        form = QFormLayout(group)
        form.addRow(self.tr("Phrase de passe &actuelle"), self.current)
        form.addRow(self.tr("&Nouvelle phrase de passe"), self.new)
        form.addRow(self.tr("C&onfirmation"), self.confirm)
        form.addRow(self.change_status, self.change_button)
        form.addRow("", self.remember)
        self.no_keychain = QLabel(self.tr("Le trousseau du système n'est pas disponible sur cet ordinateur."), group)
        self.no_keychain.hide()
        form.addRow("", self.no_keychain)
        form.addRow("", self.recovery_button)
        return group

    def _show_keychain(self, state: tuple[bool, bool]) -> None:
        """``(available, remembered)`` from the worker (probing the keychain loads its backends: slow)."""
        available, remembered = state
        self.remember.setEnabled(available)
        self.no_keychain.setVisible(not available)
        self.remember.blockSignals(True)
        self.remember.setChecked(remembered)
        self.remember.blockSignals(False)

    def _toggle_remember(self, on: bool) -> None:
        if on:
            op(self, lambda s: s.vault.remember_key(), self._remembered_key)
        else:
            op(self, lambda s: s.vault.forget_key())

    def _remembered_key(self, ok: bool) -> None:
        if not ok:
            self.remember.blockSignals(True)
            self.remember.setChecked(False)
            self.remember.blockSignals(False)
            QMessageBox.information(self, "Vigie", self.tr("Le trousseau du système a refusé l'enregistrement."))

    def change_passphrase(self) -> None:
        current, new = self.current.text(), self.new.text()
        if not self.new.acceptable():
            self._status(self.tr("La nouvelle phrase de passe est trop faible."), error=True)
            return
        if new != self.confirm.text():
            self._status(self.tr("Les deux saisies diffèrent."), error=True)
            return
        self.change_button.setEnabled(False)
        self._status(self.tr("Chiffrement de la clé sous la nouvelle phrase de passe…"))

        def job(s: Services) -> bool:
            vault = s.vault
            if not vault.verify_passphrase(current):
                return False
            vault.change_passphrase(new)
            return True

        def done(ok: bool) -> None:
            self.change_button.setEnabled(True)
            for field in (self.current, self.new, self.confirm):
                field.clear()
            if ok:
                self._status(self.tr("Phrase de passe changée. Le code de secours reste valable."))
            else:
                self._status(self.tr("La phrase de passe actuelle est incorrecte."), error=True)

        def failed(exc: BaseException) -> None:
            self.change_button.setEnabled(True)
            self._status(error_text(exc), error=True)

        op(self, job, done, failed)

    def new_recovery_code(self) -> None:
        answer = QMessageBox.question(
            self,
            "Vigie",
            self.tr(
                "Un nouveau code de secours va être affiché. L'ancien reste valable jusqu'à ce que vous ayez "
                "retapé le nouveau. Continuer ?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        def shown(code: str) -> None:
            from gui.dialogs.recovery_rotation import RecoveryRotationDialog

            dialog = RecoveryRotationDialog(self.ctx.vault, self.ctx.worker, code, self)
            dialog.exec()
            if dialog.confirmed:
                self._status(self.tr("Nouveau code de secours confirmé. L'ancien ne fonctionne plus."))
            else:
                self._status(self.tr("Nouveau code abandonné : l'ancien code de secours reste valable."))

        op(self, lambda s: s.vault.begin_recovery_rotation(), shown)

    def _status(self, text: str, error: bool = False) -> None:
        self.change_status.setStyleSheet(theme.text_css("danger") if error else theme.text_css("ok"))
        self.change_status.setText(text)

    # --- language -----------------------------------------------------------------------------------------------
    def _language_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Langue"), parent)
        self.language = QComboBox(group)
        self.language.setAccessibleName(self.tr("Langue de l'interface"))
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(self.ctx.settings.language), 0))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language_note = QLabel(group)
        form = QFormLayout(group)
        form.addRow(self.tr("&Langue de l'interface"), self.language)
        form.addRow("", self.language_note)
        return group

    def _language_changed(self) -> None:
        lang = str(self.language.currentData())
        current = app_settings.load()
        app_settings.save(current.with_(language=lang))
        self.language_note.setText(self.tr("La langue sera appliquée au prochain démarrage de Vigie."))
