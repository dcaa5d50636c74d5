"""Main window: every section opens, settings edit the identity, lock asks for the passphrase again."""

from __future__ import annotations

import pytest

from core.services.practice import PracticeService
from gui.context import AppContext
from gui.main_window import MainWindow


def test_sections_and_settings(qtbot, vault, worker, app_settings):
    window = MainWindow(AppContext(vault=vault, worker=worker, settings=app_settings))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.practice_label.text() == "Cabinet test")
    for key in window.section_keys():
        assert window.show_section(key) is window.stack.currentWidget()
    page = window.show_section("settings")
    qtbot.waitUntil(page.save_button.isEnabled)
    page.form.edits["city"].setText("Marseille")
    page.save_identity()
    qtbot.waitUntil(lambda: bool(page.saved.text()))
    assert PracticeService(vault).get().city == "Marseille"
    page.form.edits["siret"].setText("1")
    page.save_identity()
    assert "SIRET" in page.form.errors.text()
    worker.wait_idle()
    assert PracticeService(vault).get().siret == "73282932000074"


def test_change_passphrase_requires_current(qtbot, vault, worker, app_settings, passphrase):
    from core.vault import Vault

    window = MainWindow(AppContext(vault=vault, worker=worker, settings=app_settings))
    qtbot.addWidget(window)
    page = window.show_section("settings")
    new = "une toute autre phrase robuste"
    page.current.edit.setText("mauvaise")
    page.new.edit.setText(new)
    page.confirm.edit.setText(new)
    page.change_passphrase()
    qtbot.waitUntil(lambda: page.change_button.isEnabled(), timeout=10_000)
    assert "incorrecte" in page.change_status.text()
    page.current.edit.setText(passphrase)
    page.new.edit.setText(new)
    page.confirm.edit.setText(new)
    page.change_passphrase()
    qtbot.waitUntil(lambda: page.change_button.isEnabled(), timeout=10_000)
    assert "changée" in page.change_status.text()
    path = vault.path
    vault.lock()
    Vault.unlock_with_passphrase(path, new).lock()


def test_report_incident_opens_incidents_section(qtbot, vault, worker, app_settings):
    window = MainWindow(AppContext(vault=vault, worker=worker, settings=app_settings))
    qtbot.addWidget(window)
    window.report_incident()
    assert window.section_keys()[window.nav.currentRow()] == "incidents"


def test_lock_signal(qtbot, vault, worker, app_settings):
    window = MainWindow(AppContext(vault=vault, worker=worker, settings=app_settings))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.lock_requested, timeout=1000):
        window.lock_action.trigger()


def test_about_box_states_version_privacy_data_and_licences(qtbot, vault, worker, app_settings):
    from core.version import version
    from gui.dialogs.about import AboutDialog

    window = MainWindow(AppContext(vault=vault, worker=worker, settings=app_settings))
    qtbot.addWidget(window)
    assert window.about_action.text() == "À propos"
    dialog = AboutDialog(vault.path, window)
    qtbot.addWidget(dialog)
    text = dialog.text()
    assert dialog.windowTitle() == "À propos de Vigie"
    assert version() in text
    assert "Rien ne quitte cet ordinateur" in text and "mises à jour" in text
    assert vault.path.name in text and "sauvegardes" in text
    for component in ("LGPL v3", "SQLCipher", "ReportLab"):
        assert component in text


def test_settings_meter_refuses_the_practice_words_like_the_core(qtbot, vault, worker, app_settings):
    window = MainWindow(AppContext(vault=vault, worker=worker, settings=app_settings))
    qtbot.addWidget(window)
    page = window.show_section("settings")
    qtbot.waitUntil(page.save_button.isEnabled)  # the practice's words arrive from the worker
    for weak in ("Docteur2024!", "Medecin-Lyon-2024", "Cabinet-Test-Paris-2024"):
        page.new.edit.setText(weak)
        assert not page.new.acceptable()
        assert page.new.hint.text().startswith("Trop faible")
    page.new.edit.setText("cheval batterie agrafe correcte")
    assert page.new.acceptable()


def test_recovery_code_rotation_is_confirmed_by_typing_it_back(
    qtbot, vault, worker, app_settings, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from core import crypto
    from core.errors import WrongRecoveryCode
    from core.vault import Vault
    from gui.dialogs.recovery_rotation import RecoveryRotationDialog

    window = MainWindow(AppContext(vault=vault, worker=worker, settings=app_settings))
    qtbot.addWidget(window)
    page = window.show_section("settings")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    shown: list[RecoveryRotationDialog] = []

    def fake_exec(dialog):
        shown.append(dialog)
        code = dialog.code_label.text()
        assert crypto.recovery_code_is_well_formed(code)
        assert vault.recovery_rotation_pending  # phase 1 written, old code still valid
        dialog.typed.setText(crypto.new_recovery_code())
        dialog.confirm()
        qtbot.waitUntil(lambda: dialog.confirm_button.isEnabled(), timeout=10_000)
        assert "pas le code affiché" in dialog.error.text()
        dialog.typed.setText(code.lower())
        dialog.confirm()
        qtbot.waitUntil(lambda: dialog.confirmed, timeout=10_000)
        dialog.code = code
        return 1

    monkeypatch.setattr(RecoveryRotationDialog, "exec", fake_exec)
    page.new_recovery_code()
    qtbot.waitUntil(lambda: bool(shown) and "confirmé" in page.change_status.text(), timeout=10_000)
    assert not vault.recovery_rotation_pending
    path, code = vault.path, shown[0].code
    vault.lock()
    Vault.unlock_with_recovery_code(path, code).lock()
    with pytest.raises(WrongRecoveryCode):
        Vault.unlock_with_recovery_code(path, crypto.new_recovery_code())
