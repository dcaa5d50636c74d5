"""Composition root: QApplication, translations, first run or unlock, then the main window."""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication

from core import settings as app_settings
from core.hygiene import harden_process
from core.paths import default_vault_path
from core.settings import AppSettings
from gui import i18n
from gui.dialogs.unlock import UnlockDialog
from gui.workers import Worker

TYPE_CHECKING = False  # not ``typing.TYPE_CHECKING``: importing typing delays the first window
if TYPE_CHECKING:
    from core.vault import Vault
    from gui.autolock import IdleWatcher
    from gui.main_window import MainWindow

# Start-up time: only what the unlock window needs is imported here. The vault (SQLCipher, cryptography,
# filelock), the main window and its pages, the services and the idle watcher come after unlock.



def _log():  # noqa: ANN202 - logging.Logger; imported on first use (start-up time)
    import logging

    return logging.getLogger(__name__)


class GuiArgs:
    """``--vault PATH`` and ``--lang fr|en`` (also as ``--opt=value``); anything else is ignored."""

    def __init__(self, vault: Path | None = None, lang: str | None = None) -> None:
        self.vault = vault
        self.lang = lang


def parse_args(argv: list[str]) -> GuiArgs:
    """The GUI's two options, read without argparse (its import costs the first window a few milliseconds)."""
    args = GuiArgs()
    rest = list(argv)
    while rest:
        head = rest.pop(0)
        name, has_value, value = head.partition("=")
        if name not in ("--vault", "--lang"):
            continue
        if not has_value:
            if not rest:
                break
            value = rest.pop(0)
        if name == "--vault":
            args.vault = Path(value)
        elif value in ("fr", "en"):
            args.lang = value
    return args


_preloading: threading.Thread | None = None

# What the main window imports (its pages, services, reportlab…): about 0.3 s of imports.
PRELOAD = ("core.vault", "gui.context", "gui.autolock", "gui.main_window")


def preload_main_window() -> None:
    """Import the main window's modules in the background while the unlock window waits for the passphrase, so
    that opening the vault does not freeze the window on imports. Once per process; a failure here only means
    the import happens later, on opening."""
    global _preloading
    if _preloading is not None:
        return

    def run() -> None:
        import importlib

        for name in PRELOAD:
            try:
                importlib.import_module(name)
            except Exception as exc:  # noqa: BLE001 - imported again (and reported) when the window opens
                _log().info("preload of %s failed: %s", name, type(exc).__name__)
        gc.freeze()  # modules and classes live as long as the process: out of the collector's reach (see open)

    _preloading = threading.Thread(target=run, name="vigie-preload", daemon=True)
    _preloading.start()


class Controller(QObject):
    """Moves between the three states: first run, locked (unlock dialog), open (main window)."""

    def __init__(self, app: QApplication, vault_path: Path, settings: AppSettings) -> None:
        super().__init__(app)
        self.app = app
        self.vault_path = vault_path
        self.settings = settings
        # The window's thread takes the interpreter back within 1 ms, not Python's default 5 ms, while the worker
        # computes: painting a table calls Python thousands of times, and each call used to wait up to 5 ms for a
        # worker that had taken the lock in between (a page painted during a long job froze the window ~50 ms).
        sys.setswitchinterval(0.001)
        from gui import wheel_guard

        wheel_guard.install()
        self.worker = Worker(self)
        self.window: MainWindow | None = None  # imported lazily (start-up time)
        self.idle: IdleWatcher | None = None
        self.daily = QTimer(self)
        self.daily.setInterval(3600 * 1000)
        self.daily.timeout.connect(self.backup_if_due)

    def start(self) -> bool:
        if not self.vault_path.is_file():  # core.vault.exists, without importing the vault yet
            return self.first_run()
        return self.unlock()  # the unlock screen tries the remembered key itself, in the background

    def first_run(self) -> bool:
        from gui.wizards.first_run import FirstRunWizard

        wizard = FirstRunWizard(self.vault_path, self.worker, self.settings.language)
        if wizard.exec() and wizard.vault is not None:
            self.open(wizard.vault)
            return True
        return False

    def unlock(self) -> bool:
        QTimer.singleShot(250, preload_main_window)  # once the unlock window is up: it must show first
        dialog = UnlockDialog(self.vault_path, self.worker)
        if dialog.exec() and dialog.vault is not None:
            self.open(dialog.vault)
            return True
        return False

    def open(self, vault: Vault) -> None:
        if _preloading is not None:
            _preloading.join()  # normally long done: the passphrase took longer to type than the imports
        from gui.autolock import IdleWatcher
        from gui.context import AppContext
        from gui.main_window import MainWindow

        ctx = AppContext(vault=vault, worker=self.worker, settings=self.settings)
        self.window = MainWindow(ctx)
        self.window.lock_requested.connect(self.lock)
        self.window.restore_requested.connect(self.restore)
        self.window.show()
        # The modules, classes and widgets alive now stay for the whole session: out of the cyclic collector's
        # reach, each of its full passes walks only the session's data (they stop every thread, the window too).
        gc.freeze()
        # Full collections walk every object of the session's data (10,000 incidents, a thousand activities) and
        # stop every thread meanwhile: let the young generations do their work more often, the full one rarely.
        gc.set_threshold(5000, 20, 100)
        self.idle = IdleWatcher(self.app, self.settings.autolock_minutes, self)
        self.idle.idle.connect(self.lock)
        self.daily.start()
        self.backup_if_due()

    def backup_if_due(self) -> None:
        """The daily automatic backup, in the worker thread (the window stays responsive)."""
        if self.window is None:
            return
        vault = self.window.ctx.vault

        def job() -> None:
            from core.services import backup as backup_service

            if backup_service.status(vault).auto_due:
                backup_service.automatic_backup(vault)

        self.worker.submit(job, None, self._backup_failed)

    def _backup_failed(self, exc: BaseException) -> None:
        from gui.messages import error_text  # not before the first window (start-up time)

        _log().warning("automatic backup failed: %s", type(exc).__name__)
        if self.window is not None:
            self.window.statusBar().showMessage(error_text(exc), 15_000)

    def close_vault(self, backup: bool, then: Callable[[], None] | None = None) -> None:
        """Drop every screen holding data, then on the worker (after what is queued there) take the on-exit
        backup if asked and close the vault (key zeroed); ``then()`` runs on the GUI thread once it is closed."""
        if self.window is None:
            return
        self.daily.stop()
        if self.idle is not None:
            self.idle.stop()
            self.idle = None
        window, self.window = self.window, None
        window.hide()
        gc.unfreeze()  # what the closed session leaves behind may be collected again
        vault = window.ctx.vault
        window.deleteLater()

        def job() -> None:
            from core.services import backup as backup_service

            if backup and vault.is_open:
                try:
                    backup_service.automatic_backup(vault)
                except Exception as exc:  # noqa: BLE001 - never block quitting on a failed backup
                    _log().warning("backup on exit failed: %s", type(exc).__name__)
            vault.lock()

        def closed(_result: object = None) -> None:
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            _log().error("closing the vault failed: %s", type(exc).__name__)
            closed()

        self.worker.submit(job, closed, failed)

    def lock(self) -> None:
        """Close the vault (auto-lock, Ctrl+L), then ask to unlock again."""
        if self.window is None:
            return
        self.close_vault(backup=False, then=self._unlock_or_quit)

    def _unlock_or_quit(self) -> None:
        if not self.unlock():
            self.app.quit()

    def restore(self, folder: Path, secret: str) -> None:
        """Close the vault, restore the chosen backup (worker), then ask to unlock the restored vault."""
        if self.window is None:
            return
        self.close_vault(backup=False, then=lambda: self._restore(folder, secret))

    def _restore(self, folder: Path, secret: str) -> None:
        def job() -> None:
            from core.services import backup as backup_service

            backup_service.restore(self.vault_path, folder, secret)

        from PySide6.QtWidgets import QMessageBox  # not before the first window: its enums cost it 1 ms

        from gui.messages import error_text

        def done(_result: object) -> None:
            QMessageBox.information(
                None,
                "Vigie",
                QCoreApplication.translate(
                    "app",
                    "Sauvegarde restaurée. L'ancien coffre est conservé à côté. Déverrouillez le coffre restauré "
                    "avec la phrase de passe en vigueur lors de cette sauvegarde.",
                ),
            )
            self._unlock_or_quit()

        def failed(exc: BaseException) -> None:
            QMessageBox.critical(None, "Vigie", error_text(exc))
            self._unlock_or_quit()

        self.worker.submit(job, done, failed)


def _bench_hook(app: QApplication) -> None:
    """Benchmark support (bench/run.py): report when the first window is visible, then quit."""
    import os
    import time

    if os.environ.get("VIGIE_BENCH_EXIT_WHEN_SHOWN") != "1":
        return

    def check() -> None:
        if any(w.isVisible() for w in app.topLevelWidgets()):
            print(f"VIGIE_SHOWN {time.perf_counter():.6f}", flush=True)
            os._exit(0)
        QTimer.singleShot(5, check)

    QTimer.singleShot(0, check)


def _setup_logging() -> None:
    from core.logs import setup

    setup()


def run(argv: list[str]) -> int:
    harden_process()
    from gui.runtime_check import binding_defect

    if (defect := binding_defect()) is not None:
        print(
            f"Vigie ne peut pas démarrer : {defect} ne fonctionnent pas ensemble (l'application s'arrêterait en "
            "cours de session). Réinstallez avec « python3 dev.py app ». / Vigie cannot start with this pairing "
            "(it would stop mid-session): reinstall with `python3 dev.py app`.",
            file=sys.stderr,
        )
        return 1
    args = parse_args(argv)
    settings = app_settings.load()
    if args.lang:
        settings = settings.with_(language=args.lang)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Vigie")
    app.setOrganizationName("Vigie")
    app.setQuitOnLastWindowClosed(True)
    i18n.install(app, settings.language)
    _bench_hook(app)
    QTimer.singleShot(0, _setup_logging)  # once the first window is up (its imports delay that window)
    path = args.vault or (Path(settings.vault_path) if settings.vault_path else default_vault_path())
    controller = Controller(app, Path(path), settings)
    if not controller.start():
        return 0
    code = app.exec()
    controller.close_vault(backup=True)  # the windows are gone: waiting for it blocks no one
    controller.worker.shutdown()
    return code
