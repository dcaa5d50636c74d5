"""The app controller: daily backup at unlock, backup on exit, lock closes the vault and its screens."""

from __future__ import annotations

from core.services import backup as backup_service
from gui.app import Controller


def test_open_backup_and_close(qtbot, qapp, vault, app_settings, monkeypatch):
    controller = Controller(qapp, vault.path, app_settings)
    controller.open(vault)
    window = controller.window
    qtbot.addWidget(window)
    controller.worker.wait_idle()
    qtbot.waitUntil(
        lambda: len(backup_service.list_backups(backup_service.auto_backup_dir(vault.path))) == 1,
        timeout=10_000,
    )
    controller.close_vault(backup=True)
    assert controller.window is None  # the screens go at once; the backup and closing run on the worker
    controller.worker.wait_idle()
    assert not vault.is_open
    assert len(backup_service.list_backups(backup_service.auto_backup_dir(vault.path))) == 2
    controller.worker.shutdown()


def test_lock_closes_vault_and_asks_again(qtbot, qapp, vault, app_settings, monkeypatch):
    controller = Controller(qapp, vault.path, app_settings)
    monkeypatch.setattr(backup_service, "automatic_backup", lambda v, clock=None: None)
    controller.open(vault)  # the controller deletes its window itself when locking
    asked = []
    monkeypatch.setattr(controller, "unlock", lambda: asked.append(True) or True)
    controller.lock()
    assert controller.window is None
    qtbot.waitUntil(lambda: asked == [True], timeout=10_000)  # asked once the vault is closed
    assert not vault.is_open
    controller.worker.shutdown()


def test_after_lock_and_unlock_the_incident_button_stays_in_the_header(
    qtbot, qapp, vault, app_settings, monkeypatch, passphrase
):
    """A 150-character practice name once folded "Signaler un incident" behind "»" in the new window."""
    from dataclasses import replace

    from core.services.practice import PracticeService
    from core.vault import Vault

    practices = PracticeService(vault)
    practices.save(replace(practices.get(), name=("Cabinet médical pluridisciplinaire " * 5)[:150]))
    controller = Controller(qapp, vault.path, app_settings)
    monkeypatch.setattr(backup_service, "automatic_backup", lambda v, clock=None: None)
    controller.open(vault)

    def unlock() -> bool:
        controller.open(Vault.unlock_with_passphrase(vault.path, passphrase))
        return True

    monkeypatch.setattr(controller, "unlock", unlock)
    controller.lock()  # the vault closes on the worker, then the (stubbed) unlock opens a new window
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    window = controller.window
    qtbot.addWidget(window)
    for size in ((1200, 780), (960, 510)):
        window.resize(*size)
        qtbot.waitUntil(lambda: window.report_button.isVisible(), timeout=5000)
        assert window.report_button.geometry().right() <= window.width()
        # The name is read on the worker: under load it may arrive after the window is shown.
        qtbot.waitUntil(lambda: window.practice_label.text().endswith("…"), timeout=5000)
    controller.close_vault(backup=False)
    controller.worker.shutdown()
