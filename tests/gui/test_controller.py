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
