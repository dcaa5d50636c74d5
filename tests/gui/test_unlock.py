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
    assert not dialog.new_passphrase.isEnabled()  # the code first: it opens the practice's words
    dialog.code.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    dialog.recover()  # before the code is checked, the button checks it
    _wait_idle(qtbot, dialog)
    assert dialog.error.text() == "Code de secours incorrect."
    assert not dialog.new_passphrase.isEnabled()
    dialog.code.setText(code.lower().replace("-", " "))
    dialog.check_code()
    _wait_idle(qtbot, dialog)
    assert dialog.new_passphrase.isEnabled() and dialog.vault is None
    dialog.new_passphrase.edit.setText(NEW)
    dialog.new_confirm.edit.setText(NEW)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.recover()
    dialog.vault.lock()
    Vault.unlock_with_passphrase(path, NEW).lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_passphrase(path, passphrase)


def test_recovery_judges_the_new_passphrase_with_the_practices_words(qtbot, closed_vault, worker, passphrase):
    """The practice (Cabinet test, Paris) is readable once the code opened the vault: the meter and the
    pre-check use core's check with its words, so the user hears before saving what core would refuse."""
    from core.passphrase import estimate

    weak = "Cabinet test Paris 2024"
    assert estimate(weak).acceptable and not estimate(weak, ["Cabinet test", "Paris"]).acceptable
    path, code = closed_vault
    dialog = UnlockDialog(path, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.forgot.click()
    dialog.code.setText(code)
    dialog.check_code()
    _wait_idle(qtbot, dialog)
    assert "Code de secours accepté" in dialog.status.text()
    dialog.new_passphrase.edit.setText(weak)
    assert dialog.new_passphrase.hint.text().startswith("Trop faible")
    dialog.new_confirm.edit.setText(weak)
    dialog.recover()
    assert not dialog._busy  # refused at once, nothing sent to core
    assert dialog.error.text().startswith("La nouvelle phrase de passe est trop faible")
    assert dialog.vault is None and dialog.new_passphrase.isEnabled()
    dialog.new_passphrase.edit.setText(NEW)
    dialog.new_confirm.edit.setText(NEW)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.recover()
    dialog.vault.lock()
    Vault.unlock_with_passphrase(path, NEW).lock()


def test_leaving_the_recovery_page_locks_the_vault_the_code_opened(qtbot, closed_vault, worker, passphrase):
    path, code = closed_vault
    dialog = UnlockDialog(path, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.forgot.click()
    dialog.code.setText(code)
    dialog.check_code()
    _wait_idle(qtbot, dialog)
    assert dialog._recovered is not None
    dialog._leave_recovery()
    assert dialog.stack.currentIndex() == 0 and not dialog.new_passphrase.isEnabled()
    qtbot.waitUntil(lambda: worker._pending == 0, timeout=10_000)
    dialog.passphrase.edit.setText(passphrase)  # the lock was released: the vault opens again, unchanged
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.unlock()
    dialog.vault.lock()


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


def test_a_remembered_key_opens_the_vault_without_the_passphrase(
    qtbot, closed_vault, worker, passphrase, memory_keyring
):
    path, _ = closed_vault
    with Vault.unlock_with_passphrase(path, passphrase) as vault:
        assert vault.remember_key()
    dialog = UnlockDialog(path, worker)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.show()
    assert dialog.vault is not None and dialog.vault.is_open
    dialog.vault.lock()


def test_without_opt_in_the_keychain_is_probed_only_when_remember_is_ticked(
    qtbot, closed_vault, worker, monkeypatch
):
    import keyring
    from keyring.backends import fail

    from core import keystore

    path, _ = closed_vault
    probes = []
    real = keystore.available
    monkeypatch.setattr(keystore, "available", lambda: probes.append(1) or real())
    keyring.set_keyring(fail.Keyring())  # this computer has no usable keychain
    dialog = UnlockDialog(path, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.remember.isEnabled, timeout=10_000)
    assert not probes and dialog.banner.isHidden()
    dialog.remember.setChecked(True)
    qtbot.waitUntil(lambda: not dialog.remember.isEnabled(), timeout=10_000)
    assert probes and not dialog.remember.isChecked() and dialog.banner.isVisible()
