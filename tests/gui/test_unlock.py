"""Unlock screen: wrong then right passphrase, and the recovery-code path."""

from __future__ import annotations

import pytest

from core.errors import WrongPassphrase
from core.vault import Vault
from gui.dialogs.unlock import UnlockDialog

NEW = "nouvelle phrase tout aussi solide"


@pytest.fixture
def closed_vault(vault_path, practice, passphrase):
    from core.services.setup import create_vault

    vault, code = create_vault(vault_path, passphrase, practice)
    vault.lock()
    return vault_path, code


def _wait_idle(qtbot, dialog):
    qtbot.waitUntil(lambda: not dialog._busy, timeout=10_000)


def test_wrong_then_right_passphrase(qtbot, closed_vault, worker, passphrase):
    path, _ = closed_vault
    dialog = UnlockDialog(path, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.edit.setText("pas la bonne phrase")
    dialog.unlock()
    assert not dialog.stack.isEnabled()  # inputs disabled while the key is derived
    _wait_idle(qtbot, dialog)
    assert dialog.error.text().startswith("Phrase de passe incorrecte.")
    assert "code de secours" in dialog.error.text()  # where to go when it is really forgotten
    assert dialog.passphrase.text() == ""  # cleared after a failure
    assert dialog.vault is None and dialog.stack.isEnabled()
    dialog.passphrase.edit.setText(passphrase)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.unlock()
    assert dialog.vault is not None and dialog.vault.is_open
    dialog.vault.lock()


def test_recovery_code_sets_new_passphrase(qtbot, closed_vault, worker, passphrase):
    path, code = closed_vault
    dialog = UnlockDialog(path, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.forgot.click()
    assert dialog.stack.currentIndex() == 1
    dialog.code.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    dialog.new_passphrase.edit.setText(NEW)
    dialog.new_confirm.edit.setText(NEW)
    dialog.recover()
    _wait_idle(qtbot, dialog)
    assert dialog.error.text() == "Code de secours incorrect."
    dialog.code.setText(code.lower().replace("-", " "))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.recover()
    dialog.vault.lock()
    Vault.unlock_with_passphrase(path, NEW).lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_passphrase(path, passphrase)


def test_backoff_after_repeated_failures(qtbot, closed_vault, worker):
    path, _ = closed_vault
    dialog = UnlockDialog(path, worker)
    qtbot.addWidget(dialog)
    for _ in range(4):
        dialog.passphrase.edit.setText("faux")
        dialog.unlock()
        _wait_idle(qtbot, dialog)
    assert dialog.failures == 4
    assert dialog._backoff.isActive() and not dialog.stack.isEnabled()
    assert "Nouvel essai possible" in dialog.status.text()
