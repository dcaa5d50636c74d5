"""Unlock screen: passphrase, or the recovery code followed by a new passphrase.

As KeePassXC does: errors inline, the field cleared after a failure, inputs disabled while the key is being
derived (off the GUI thread), and a growing delay after repeated failures.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.storage.location import location_risk
from gui import theme
from gui.widgets.passphrase import PassphraseField
from gui.workers import Worker

TYPE_CHECKING = False  # not ``typing.TYPE_CHECKING``: importing typing delays the first window
if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from core.vault import Vault

# core.vault (SQLCipher, cryptography, filelock) and the backup service are imported where they are used, in
# the worker after the window is shown: the unlock screen is the first thing a user sees (start-up time). So
# are the error texts and classes (gui.messages, core.errors), needed only once something has gone wrong.

FREE_ATTEMPTS = 3


class UnlockDialog(QDialog):
    """On success ``vault`` holds the open vault and the dialog is accepted."""

    def __init__(
        self, vault_path: Path, worker: Worker, parent: QWidget | None = None, *, try_keyring: bool = True
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vigie — déverrouiller le coffre"))
        self.setMinimumWidth(520)
        self.vault_path = vault_path
        self.worker = worker
        self.vault: Vault | None = None
        self._recovered: Vault | None = None  # opened with the recovery code, waiting for its new passphrase
        self.failures = 0
        self._busy = False

        title = QLabel(self.tr("<h2>Déverrouiller le coffre</h2>"), self)
        where = QLabel(str(vault_path), self)
        where.setStyleSheet(theme.text_css("muted"))
        # Qt.TextInteractionFlag.TextSelectableByMouse, set through the property: the first use of an enum of
        # the Qt namespace costs PySide6 50-90 ms (it builds them all), before the window could show.
        where.setProperty("textInteractionFlags", 1)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(theme.box_css("warning_bg"))
        self.banner.setVisible(False)  # shown once the keyring has been probed (in the worker, after show)
        self._try_keyring = try_keyring
        self.banner.setText(
            self.tr(
                "Le trousseau du système n'est pas disponible : Vigie ne peut pas se souvenir de vous sur cet "
                "ordinateur et demandera la phrase de passe à chaque ouverture."
            )
        )

        self.location = QLabel(self)
        self.location.setWordWrap(True)
        self.location.setStyleSheet(theme.box_css("danger_bg"))
        risk = location_risk(vault_path)
        self.location.setVisible(risk is not None)
        if risk is not None:
            from gui.messages import location_text

            self.location.setText(location_text(*risk))

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._passphrase_page())
        self._recovery_built = False  # built when first asked for: the window shows sooner

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(theme.text_css("danger"))
        self.error.setAccessibleName(self.tr("Message d'erreur"))
        self.status = QLabel(self)
        self.status.setStyleSheet(theme.text_css("muted"))

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addWidget(self.banner)
        layout.addWidget(self.location)
        layout.addWidget(self.stack)
        layout.addWidget(self.error)
        self.restore_button = QPushButton(self)  # labelled after (see _passphrase_page)
        self.restore_button.setText(self.tr("Restaurer une &sauvegarde…"))
        self.restore_button.setVisible(False)
        self.restore_button.clicked.connect(self.offer_restore)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._fit_stack()
        self._backoff = QTimer(self)
        self._backoff.setSingleShot(True)
        self._backoff.timeout.connect(self._end_backoff)

    # --- pages ----------------------------------------------------------------------------------------------
    def _passphrase_page(self) -> QWidget:
        page = QWidget(self)
        self.passphrase = PassphraseField(page, accessible_name=self.tr("Phrase de passe"))
        self.passphrase.edit.returnPressed.connect(self.unlock)
        self.remember = QCheckBox(self.tr("Se souvenir de moi sur cet ordinateur"), page)
        self.remember.setEnabled(False)
        # Built empty, then labelled: QPushButton(text, parent) makes PySide6 build QIcon's enums (151 theme
        # icons, about 1 ms) to rule out its icon overload, before the window could show.
        self.unlock_button = QPushButton(page)
        self.unlock_button.setText(self.tr("&Déverrouiller"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.forgot = QPushButton(page)
        self.forgot.setText(self.tr("J'ai oublié ma phrase de passe : utiliser le &code de secours"))
        self.forgot.setFlat(True)
        self.forgot.setStyleSheet(
            f"text-align: left; color: {theme.hex_color('accent')}; text-decoration: underline;"
        )
        self.forgot.clicked.connect(lambda: self._show_page(1))
        form = QFormLayout(page)
        form.addRow(self.tr("&Phrase de passe"), self.passphrase)
        form.addRow("", self.remember)
        row = QHBoxLayout()
        row.addWidget(self.forgot)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        form.addRow(row)
        return page

    def _recovery_page(self) -> QWidget:
        page = QWidget(self)
        explain = QLabel(
            self.tr(
                "Saisissez le code de secours imprimé lors de la création du coffre (majuscules, espaces et "
                "tirets indifférents) et vérifiez-le ; choisissez ensuite une nouvelle phrase de passe, jugée "
                "avec les mots de votre cabinet (nom, ville, profession), lisibles une fois le coffre ouvert."
            ),
            page,
        )
        explain.setWordWrap(True)
        self.code = QLineEdit(page)
        self.code.setAccessibleName(self.tr("Code de secours"))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.code.returnPressed.connect(self.check_code)
        self.check_code_button = QPushButton(self.tr("&Vérifier le code"), page)
        self.check_code_button.clicked.connect(self.check_code)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.check_code_button)
        self.new_passphrase = PassphraseField(
            page, meter=True, accessible_name=self.tr("Nouvelle phrase de passe")
        )
        self.new_confirm = PassphraseField(
            page, accessible_name=self.tr("Confirmation de la nouvelle phrase de passe")
        )
        self.recover_button = QPushButton(self.tr("&Réinitialiser et ouvrir"), page)
        self.recover_button.clicked.connect(self.recover)
        back = QPushButton(self.tr("&Retour à la phrase de passe"), page)
        back.setFlat(True)
        back.clicked.connect(self._leave_recovery)
        self._set_new_passphrase_enabled(False)
        hint = self.new_passphrase.hint
        if hint is not None:  # room for the longest reason (three lines in French) from the start: no overlap when it wraps
            hint.setMinimumHeight(hint.fontMetrics().lineSpacing() * 3 + 4)
        form = QFormLayout(page)
        form.addRow(explain)
        code_label = QLabel(self.tr("Code de &secours"), page)
        code_label.setBuddy(self.code)  # a row holding a layout gets no buddy of its own
        form.addRow(code_label, code_row)
        form.addRow(self.tr("&Nouvelle phrase de passe"), self.new_passphrase)
        form.addRow(self.tr("&Confirmation"), self.new_confirm)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self.recover_button)
        form.addRow(row)
        return page

    def _show_page(self, index: int) -> None:
        if index == 1 and not self._recovery_built:
            self._recovery_built = True
            self.stack.addWidget(self._recovery_page())
        self.error.clear()
        self.stack.setCurrentIndex(index)
        self.unlock_button.setDefault(index == 0)  # Enter acts on the page shown
        if self._recovery_built:
            self.recover_button.setDefault(index == 1)
        self._fit_stack()
        (self.passphrase if index == 0 else self.code).setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        if self._try_keyring:
            self._try_keyring = False
            path = self.vault_path

            def probe() -> tuple[bool | None, Vault | None]:
                from core import keystore

                if keystore.opted_in(path) is False:
                    return None, None  # not remembered here: the keychain is probed only if "remember" is ticked
                from core.vault import Vault

                available = keystore.available()
                return available, (Vault.unlock_with_keyring(path) if available else None)

            self.worker.submit(probe, self._keyring_probed, self._keyring_failed)

    def _keyring_probed(self, result: tuple[bool | None, Vault | None]) -> None:
        available, vault = result
        if available is None:
            self.remember.setEnabled(True)
            self.remember.toggled.connect(self._probe_on_remember)
            return
        self.banner.setVisible(not available)
        self.remember.setEnabled(available)
        self._fit_stack()
        if vault is not None:
            if self.vault is None and not self._busy and self._recovered is None:
                self._unlocked(vault)
            else:
                vault.lock()

    def _probe_on_remember(self, on: bool) -> None:
        """The user wants the key remembered: find out now whether this computer's keychain can hold it."""
        if not on:
            return
        self.remember.toggled.disconnect(self._probe_on_remember)

        def probe() -> bool:
            from core import keystore

            return keystore.available()

        self.worker.submit(probe, self._remember_probed, lambda _exc: self._remember_probed(False))

    def _remember_probed(self, available: bool) -> None:
        if available:
            return
        self.remember.setChecked(False)
        self.remember.setEnabled(False)
        self.banner.setVisible(True)
        self._fit_stack()

    def _keyring_failed(self, exc: BaseException) -> None:
        # The remembered key could not be used (vault in use, damaged...): say so, the passphrase path remains.
        from core.errors import CorruptVault
        from gui.messages import error_text

        self.banner.setVisible(True)
        self.error.setText(error_text(exc))
        if isinstance(exc, CorruptVault):
            self.restore_button.setVisible(True)
            self.stack.setEnabled(False)

    def _fit_stack(self) -> None:
        """Size the stack to its visible page, so the error shows right under the field."""
        for i in range(self.stack.count()):
            policy = (
                QSizePolicy.Policy.Preferred if i == self.stack.currentIndex() else QSizePolicy.Policy.Ignored
            )
            self.stack.widget(i).setSizePolicy(policy, policy)
        layout = self.stack.currentWidget().layout()
        if self.isVisible() and layout is not None and layout.hasHeightForWidth():
            # Wrapped labels (explanation, strength hint) need the height their width gives them.
            self.stack.setMinimumHeight(layout.totalHeightForWidth(self.stack.width()))
        self.stack.adjustSize()
        self.adjustSize()

    # --- actions ----------------------------------------------------------------------------------------------
    def unlock(self) -> None:
        if self._busy or self._backoff.isActive():
            return
        secret = self.passphrase.text()
        if not secret:
            self.error.setText(self.tr("Saisissez votre phrase de passe."))
            return
        remember = self.remember.isChecked()
        path = self.vault_path

        def job() -> Vault:
            from core.vault import Vault

            vault = Vault.unlock_with_passphrase(path, secret)
            if remember:
                vault.remember_key()
            return vault

        self._start(self.tr("Vérification de la phrase de passe…"))
        self.worker.submit(job, self._unlocked, self._failed)

    # Recovery in two steps: the code opens the vault (worker), which makes the practice's words readable; the
    # new passphrase is then judged by core's check with those words while typed, as change_passphrase will.
    def _set_new_passphrase_enabled(self, enabled: bool) -> None:
        for widget in (self.new_passphrase, self.new_confirm, self.recover_button):
            widget.setEnabled(enabled)
        self.code.setReadOnly(enabled)
        self.check_code_button.setEnabled(not enabled)

    def check_code(self) -> None:
        """Open the vault with the recovery code on the worker; the vault stays held until a passphrase is set."""
        if self._busy or self._backoff.isActive() or self._recovered is not None:
            return
        code = self.code.text()
        if not code.strip():
            self.error.setText(self.tr("Saisissez le code de secours."))
            return
        path = self.vault_path

        def job() -> tuple[Vault, list[str]]:
            from core.vault import Vault

            vault = Vault.unlock_with_recovery_code(path, code)
            try:
                return vault, vault.practice_words()
            except BaseException:
                vault.lock()
                raise

        self._start(self.tr("Vérification du code de secours…"))
        self.worker.submit(job, self._code_accepted, self._failed)

    def _code_accepted(self, result: tuple[Vault, list[str]]) -> None:
        vault, words = result
        self._busy = False
        self.stack.setEnabled(True)
        if self.stack.currentIndex() != 1:  # the user went back meanwhile
            self.worker.submit(vault.lock)
            return
        self._recovered = vault
        self.new_passphrase.set_user_inputs(words)
        self._set_new_passphrase_enabled(True)
        self.status.setText(self.tr("Code de secours accepté : choisissez la nouvelle phrase de passe."))
        self.new_passphrase.setFocus()

    def recover(self) -> None:
        if self._busy or self._backoff.isActive():
            return
        vault = self._recovered
        if vault is None:
            self.check_code()
            return
        new = self.new_passphrase.text()
        if not self.new_passphrase.acceptable():  # core's check, with the practice's words
            from core.passphrase import estimate
            from gui.messages import strength_reason

            reason = strength_reason(estimate(new, self.new_passphrase.user_inputs()).code)
            self.error.setText(self.tr("La nouvelle phrase de passe est trop faible : %1").replace("%1", reason))
            return
        if new != self.new_confirm.text():
            self.error.setText(self.tr("Les deux saisies de la nouvelle phrase de passe diffèrent."))
            return

        def job() -> Vault:
            vault.change_passphrase(new)  # core checks again; the vault stays open if it refuses
            return vault

        self._start(self.tr("Enregistrement de la nouvelle phrase de passe…"))
        self.worker.submit(job, self._passphrase_set, self._change_failed)

    def _passphrase_set(self, vault: Vault) -> None:
        self._recovered = None
        self._unlocked(vault)

    def _change_failed(self, exc: BaseException) -> None:
        from gui.messages import error_text

        self._busy = False
        self.status.clear()
        self.stack.setEnabled(True)
        self.error.setText(error_text(exc))
        self.new_passphrase.setFocus()

    def _release_recovered(self) -> None:
        """Lock a vault opened with the code but left without a new passphrase (back, cancel)."""
        vault, self._recovered = self._recovered, None
        if vault is not None:
            self.worker.submit(vault.lock)
        if not self._recovery_built:  # the recovery page was never opened: nothing of it to reset
            self.status.clear()
            return
        self.new_passphrase.set_user_inputs([])
        self._set_new_passphrase_enabled(False)
        self.status.clear()

    def _leave_recovery(self) -> None:
        if self._busy:
            return
        self._release_recovered()
        self._show_page(0)

    def _start(self, message: str) -> None:
        self._busy = True
        self.error.clear()
        self.status.setText(message)
        self.stack.setEnabled(False)

    def _unlocked(self, vault: Vault) -> None:
        self._busy = False
        self.vault = vault
        self.status.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from core.errors import CorruptVault, WrongPassphrase, WrongRecoveryCode
        from gui.messages import error_text

        self._busy = False
        self.status.clear()
        self.stack.setEnabled(True)
        self.error.setText(error_text(exc))
        if isinstance(exc, CorruptVault):
            # Read-only notice: nothing is written to a damaged vault; the way out is a backup.
            self.restore_button.setVisible(True)
            self.stack.setEnabled(False)
        if isinstance(exc, (WrongPassphrase, WrongRecoveryCode)):
            self.failures += 1
            if isinstance(exc, WrongPassphrase):
                self.passphrase.clear()
                self.passphrase.setFocus()
            else:
                self.code.selectAll()
                self.code.setFocus()
            if self.failures > FREE_ATTEMPTS:
                delay = min(2 ** (self.failures - FREE_ATTEMPTS), 60)
                self.stack.setEnabled(False)
                self.status.setText(self.tr("Nouvel essai possible dans %1 s.").replace("%1", str(delay)))
                self._backoff.start(delay * 1000)

    def offer_restore(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QInputDialog  # only for a damaged vault (start-up time)

        from core.services import backup as backup_service

        start = backup_service.auto_backup_dir(self.vault_path)
        backups = backup_service.list_backups(start)
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choisir la sauvegarde à restaurer"), str(backups[-1] if backups else start)
        )
        if not folder:
            return
        secret, ok = QInputDialog.getText(
            self,
            self.tr("Restaurer une sauvegarde"),
            self.tr("Phrase de passe en vigueur lors de cette sauvegarde (ou code de secours) :"),
            QLineEdit.EchoMode.Password,
        )
        if ok and secret:
            self.restore_from(Path(folder), secret)

    def restore_from(self, folder: Path, secret: str) -> None:
        from core.services import backup as backup_service

        path = self.vault_path
        self._start(self.tr("Vérification puis restauration de la sauvegarde…"))

        def done(aside: Path) -> None:
            self._busy = False
            self.stack.setEnabled(True)
            self.restore_button.setVisible(False)
            self.status.setText(
                self.tr(
                    "Sauvegarde restaurée (coffre endommagé conservé sous %1). Déverrouillez avec la phrase "
                    "de passe de cette sauvegarde."
                ).replace("%1", aside.name)
            )

        self.worker.submit(lambda: backup_service.restore(path, folder, secret), done, self._failed)

    def _end_backoff(self) -> None:
        self.status.clear()
        self.stack.setEnabled(True)
        self.passphrase.setFocus()

    def reject(self) -> None:
        if not self._busy:
            self._release_recovered()
            super().reject()
