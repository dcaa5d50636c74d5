"""Auto-lock, backups from the settings page, restore offer on a corrupt vault, and no plaintext left behind."""

from __future__ import annotations

import os
from pathlib import Path

from core.services import backup as backup_service
from core.services.practice import PracticeService
from gui.autolock import IdleWatcher
from gui.context import AppContext
from gui.dialogs.unlock import UnlockDialog
from gui.main_window import MainWindow

CANARY = "Zéphyrine Canari-Témoin"


def test_idle_watcher_fires_and_activity_postpones(qtbot, qapp):
    watcher = IdleWatcher(qapp, minutes=1)
    watcher.timer.setInterval(150)
    watcher.timer.start()
    with qtbot.waitSignal(watcher.idle, timeout=2000):
        pass
    watcher.stop()
    assert not watcher.timer.isActive()


def test_backup_from_settings_then_restore_test(qtbot, vault, worker, app_settings, tmp_path, passphrase):
    window = MainWindow(AppContext(vault=vault, worker=worker, settings=app_settings))
    qtbot.addWidget(window)
    group = window.show_section("settings").backups
    qtbot.waitUntil(lambda: "jamais" in group.last.text())
    assert "plus de 30 jours" not in group.external.text()  # a new vault: a first copy to make, not a lapse
    assert "première copie" in group.external.text()
    group.run_backup(tmp_path / "usb")
    qtbot.waitUntil(lambda: group.save_button.isEnabled(), timeout=10_000)
    assert "Sauvegarde vérifiée" in group.result.text()
    backups = backup_service.list_backups(tmp_path / "usb")
    assert len(backups) == 1
    assert "plus de 30 jours" not in group.external.text()
    group.run_restore_test(backups[0], passphrase)
    qtbot.waitUntil(lambda: "Test réussi" in group.result.text(), timeout=10_000)
    assert backup_service.status(vault).last_restore_test_at is not None


def test_corrupt_vault_offers_restore(qtbot, vault, worker, tmp_path, passphrase):
    path = vault.path
    folder = backup_service.create_backup(vault, tmp_path / "backups")
    vault.lock()
    data = bytearray(path.read_bytes())
    data[100] ^= 0xFF  # page 1: the key is right but the file is damaged
    path.write_bytes(bytes(data))
    dialog = UnlockDialog(path, worker)
    qtbot.addWidget(dialog)
    dialog.passphrase.edit.setText(passphrase)
    dialog.unlock()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=10_000)
    assert "endommagé" in dialog.error.text()
    assert "phrase de passe incorrecte" not in dialog.error.text().lower()
    assert dialog.restore_button.isVisibleTo(dialog)
    dialog.restore_from(folder, passphrase)
    qtbot.waitUntil(lambda: not dialog._busy, timeout=10_000)
    assert "restaurée" in dialog.status.text()
    dialog.passphrase.edit.setText(passphrase)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.unlock()
    assert PracticeService(dialog.vault).get().name == "Cabinet test"
    dialog.vault.lock()


def test_no_plaintext_outside_the_vault(qtbot, vault, worker, app_settings, tmp_path):
    """After a session (identity edited, backup, lock), no file anywhere under the test roots holds the canary."""
    window = MainWindow(AppContext(vault=vault, worker=worker, settings=app_settings))
    qtbot.addWidget(window)
    page = window.show_section("settings")
    qtbot.waitUntil(page.save_button.isEnabled)
    page.form.edits["practitioner"].setText(CANARY)
    page.save_identity()
    qtbot.waitUntil(lambda: bool(page.saved.text()))
    assert PracticeService(vault).get().practitioner == CANARY
    backup_service.create_backup(vault, tmp_path / "usb")
    vault.lock()
    needle = CANARY.encode("utf-8")
    roots = [tmp_path, Path(os.environ["HOME"])]
    leaks = []
    for root in roots:
        for file in root.rglob("*"):
            if file.is_file() and needle in file.read_bytes():
                leaks.append(file)
    assert leaks == []


def test_sensitive_copy_is_cleared(qtbot, qapp):
    from PySide6.QtGui import QGuiApplication

    from gui.clipboard import copy_sensitive

    copy_sensitive("ABCD-EFGH", clear_after_ms=100)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "ABCD-EFGH"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
    # Something the user copied afterwards is left alone.
    copy_sensitive("SECRET", clear_after_ms=100)
    clipboard.setText("autre chose")
    qtbot.wait(250)
    assert clipboard.text() == "autre chose"
