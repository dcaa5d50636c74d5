"""Backups group of the settings page: status, "Sauvegarder vers…", restore test, restore, generations."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from core import settings as app_settings
from core.services import backup as backup_service
from gui import formats, theme
from gui.context import AppContext
from gui.messages import error_text
from gui.ops import BACKUPS, Services, op


class BackupsGroup(QGroupBox):
    restore_requested = Signal(object, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sauvegardes et verrouillage"))
        self.ctx = ctx
        self.last = QLabel(self)
        self.external = QLabel(self)
        self.external.setWordWrap(True)
        self.restore_test = QLabel(self)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Sauvegarder vers…"), self)
        self.save_button.setToolTip(self.tr("Copie chiffrée et vérifiée, par exemple sur une clé USB"))
        self.save_button.clicked.connect(self.save_to)
        self.test_button = QPushButton(self.tr("&Tester une restauration…"), self)
        self.test_button.clicked.connect(self.test_restore)
        self.restore_button = QPushButton(self.tr("&Restaurer une sauvegarde…"), self)
        self.restore_button.clicked.connect(self.restore)
        self.generations = QSpinBox(self)
        self.generations.setRange(1, 365)
        self.generations.setAccessibleName(self.tr("Nombre de sauvegardes automatiques conservées"))
        self.generations.valueChanged.connect(self._generations_changed)
        self.autolock = QSpinBox(self)
        self.autolock.setRange(1, 240)
        self.autolock.setSuffix(self.tr(" min"))
        self.autolock.setAccessibleName(self.tr("Verrouillage automatique après inactivité, en minutes"))
        self.autolock.setValue(ctx.settings.autolock_minutes)
        self.autolock.valueChanged.connect(self._autolock_changed)
        form = QFormLayout(self)
        form.addRow(self.tr("Dernière sauvegarde"), self.last)
        form.addRow(self.tr("Dernière sauvegarde externe"), self.external)
        form.addRow(self.tr("Dernier test de restauration"), self.restore_test)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.test_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(self.result)
        form.addRow(self.tr("Sauvegardes automatiques &conservées"), self.generations)
        form.addRow(self.tr("&Verrouiller après inactivité de"), self.autolock)
        ctx.changes.changed.connect(self._changed)
        self.refresh()

    def _changed(self, kinds: frozenset[str]) -> None:
        if BACKUPS in kinds:
            self.refresh()

    def refresh(self) -> None:
        op(self, lambda s: backup_service.status(s.vault, s.clock), self._show)

    def _show(self, state: backup_service.BackupStatus) -> None:
        never = self.tr("jamais")
        self.last.setText(formats.date_time(state.last_backup_at) if state.last_backup_at else never)
        external = formats.date_time(state.last_external_at) if state.last_external_at else never
        if state.last_external_at is None:  # a new vault: a first step to take, not a lapse
            self.external.setStyleSheet(theme.text_css("warning"))
            external += " — " + self.tr(
                "faites une première copie sur un support externe (clé USB, disque) : elle protège du vol ou de "
                "la panne de l'ordinateur."
            )
        elif state.external_overdue:
            self.external.setStyleSheet(theme.text_css("danger"))
            external += " — " + self.tr("plus de 30 jours : faites une sauvegarde sur un support externe.")
        else:
            self.external.setStyleSheet("")
        self.external.setText(external)
        self.restore_test.setText(
            formats.date_time(state.last_restore_test_at) if state.last_restore_test_at else never
        )
        self.generations.blockSignals(True)
        self.generations.setValue(state.generations)
        self.generations.blockSignals(False)

    def _generations_changed(self, value: int) -> None:
        op(self, lambda s: backup_service.set_generations(s.vault, value), changes={BACKUPS})

    def _autolock_changed(self, value: int) -> None:
        app_settings.save(app_settings.load().with_(autolock_minutes=value))

    def _say(self, text: str, error: bool = False) -> None:
        self.result.setStyleSheet(theme.text_css("danger") if error else theme.text_css("ok"))
        self.result.setText(text)

    def save_to(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Dossier de la sauvegarde (clé USB, disque externe…)")
        )
        if folder:
            self.run_backup(Path(folder))

    def run_backup(self, folder: Path) -> None:
        self.save_button.setEnabled(False)
        self._say(self.tr("Sauvegarde et vérification en cours…"))

        def done(path: Path) -> None:
            self.save_button.setEnabled(True)
            self._say(self.tr("Sauvegarde vérifiée : %1").replace("%1", str(path)))

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self._say(error_text(exc), error=True)

        op(
            self,
            lambda s: backup_service.create_backup(s.vault, folder, kind="manual", clock=s.clock),
            done,
            failed,
            changes={BACKUPS},
        )

    def _ask_backup(self, title: str) -> tuple[Path, str] | None:
        start = str(backup_service.auto_backup_dir(self.ctx.vault.path))
        folder = QFileDialog.getExistingDirectory(self, title, start)
        if not folder:
            return None
        secret, ok = QInputDialog.getText(
            self,
            title,
            self.tr("Phrase de passe en vigueur lors de cette sauvegarde (ou code de secours) :"),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not secret:
            return None
        return Path(folder), secret

    def test_restore(self) -> None:
        chosen = self._ask_backup(self.tr("Tester une restauration"))
        if chosen is not None:
            self.run_restore_test(*chosen)

    def run_restore_test(self, folder: Path, secret: str) -> None:

        def job(s: Services) -> object:
            manifest = backup_service.restore_test(folder, secret)
            backup_service.record_restore_test(s.vault, manifest, s.clock)
            return manifest

        def done(_manifest: object) -> None:
            self._say(self.tr("Test réussi : la sauvegarde se restaure entièrement."))

        self._say(self.tr("Restauration d'essai dans un dossier temporaire…"))
        op(self, job, done, lambda exc: self._say(error_text(exc), error=True), changes={BACKUPS})

    def restore(self) -> None:
        chosen = self._ask_backup(self.tr("Restaurer une sauvegarde"))
        if chosen is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restaurer une sauvegarde"),
            self.tr(
                "Le coffre actuel sera mis de côté (rien n'est effacé) et remplacé par cette sauvegarde. "
                "Continuer ?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(*chosen)
