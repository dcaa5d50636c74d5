"""Composition root: QApplication, translations, first run or unlock, then the main window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from core import settings as app_settings
from core.errors import VigieError
from core.hygiene import harden_process
from core.paths import default_vault_path
from core.settings import AppSettings
from core.vault import Vault
from core.vault import exists as vault_exists
from gui import i18n
from gui.context import AppContext
from gui.dialogs.unlock import UnlockDialog
from gui.main_window import MainWindow
from gui.messages import error_text
from gui.wizards.first_run import FirstRunWizard
from gui.workers import Worker


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="vigie")
    parser.add_argument("--vault", type=Path, default=None)
    parser.add_argument("--lang", choices=("fr", "en"), default=None)
    args, _unknown = parser.parse_known_args(argv)
    return args


class Controller(QObject):
    """Moves between the three states: first run, locked (unlock dialog), open (main window)."""

    def __init__(self, app: QApplication, vault_path: Path, settings: AppSettings) -> None:
        super().__init__(app)
        self.app = app
        self.vault_path = vault_path
        self.settings = settings
        self.worker = Worker(self)
        self.window: MainWindow | None = None

    def start(self) -> bool:
        if not vault_exists(self.vault_path):
            return self.first_run()
        try:
            vault = Vault.unlock_with_keyring(self.vault_path)
        except VigieError as exc:
            QMessageBox.critical(None, "Vigie", error_text(exc))
            return False
        if vault is not None:
            self.open(vault)
            return True
        return self.unlock()

    def first_run(self) -> bool:
        wizard = FirstRunWizard(self.vault_path, self.worker, self.settings.language)
        if wizard.exec() and wizard.vault is not None:
            self.open(wizard.vault)
            return True
        return False

    def unlock(self) -> bool:
        dialog = UnlockDialog(self.vault_path, self.worker)
        if dialog.exec() and dialog.vault is not None:
            self.open(dialog.vault)
            return True
        return False

    def open(self, vault: Vault) -> None:
        ctx = AppContext(vault=vault, worker=self.worker, settings=self.settings)
        self.window = MainWindow(ctx)
        self.window.lock_requested.connect(self.lock)
        self.window.show()

    def lock(self) -> None:
        """Close the vault, drop every screen holding its data, ask to unlock again."""
        if self.window is None:
            return
        self.window.ctx.vault.lock()
        self.window.hide()
        self.window.deleteLater()
        self.window = None
        if not self.unlock():
            self.app.quit()


def run(argv: list[str]) -> int:
    harden_process()
    args = parse_args(argv)
    settings = app_settings.load()
    if args.lang:
        settings = settings.with_(language=args.lang)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Vigie")
    app.setOrganizationName("Vigie")
    app.setQuitOnLastWindowClosed(True)
    i18n.install(app, settings.language)
    path = args.vault or (Path(settings.vault_path) if settings.vault_path else default_vault_path())
    controller = Controller(app, Path(path), settings)
    if not controller.start():
        return 0
    code = app.exec()
    if controller.window is not None:
        controller.window.ctx.vault.lock()
    controller.worker.shutdown()
    return code
