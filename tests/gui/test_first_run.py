"""First-run wizard end to end: nothing written before acceptance, then a vault that reopens."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from core.paths import keyfile_path
from core.vault import Vault
from gui.wizards.first_run import FirstRunWizard

STRONG = "cheval batterie agrafe correcte"


def _fill(wizard: FirstRunWizard, qtbot) -> None:
    wizard.show()
    wizard.next()  # intro → identity
    form = wizard.identity.form
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # name is required
    form.edits["name"].setText("Cabinet de kinésithérapie Durand")
    form.edits["siret"].setText("12345")  # invalid: must block the page
    wizard.next()
    assert wizard.currentPage() is wizard.identity
    assert "SIRET" in form.errors.text()
    form.edits["siret"].setText("732 829 320 00074")
    form.profession.setCurrentIndex(form.profession.findData("masseur_kinesitherapeute"))
    wizard.next()
    assert wizard.currentPage() is wizard.passphrase
    wizard.passphrase.first.edit.setText("court")
    wizard.passphrase.second.edit.setText("court")
    assert not wizard.passphrase.isComplete()
    wizard.passphrase.first.edit.setText(STRONG)
    wizard.passphrase.second.edit.setText(STRONG + "x")
    assert not wizard.passphrase.isComplete()
    wizard.passphrase.second.edit.setText(STRONG)
    assert wizard.passphrase.isComplete()
    wizard.next()
    page = wizard.recovery
    assert wizard.currentPage() is page
    assert not page.isComplete()
    page.written.setChecked(True)
    assert not page.isComplete()  # the two groups must be typed back
    for edit, index in zip(page.check_edits, page.picks, strict=True):
        edit.setText(page.groups[index].lower())
    assert page.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.finish


def test_wizard_creates_vault_only_on_acceptance(qtbot, tmp_path, worker):
    path = tmp_path / "cabinet.vault"
    wizard = FirstRunWizard(path, worker)
    qtbot.addWidget(wizard)
    _fill(wizard, qtbot)
    assert not path.exists() and not keyfile_path(path).exists()  # nothing written yet
    code = wizard.recovery_code
    with qtbot.waitSignal(wizard.accepted, timeout=10_000):
        wizard.accept()
    assert wizard.vault is not None
    practice = wizard.vault.conn.execute("SELECT name, profession, siren FROM practice").fetchone()
    assert practice == ("Cabinet de kinésithérapie Durand", "masseur_kinesitherapeute", "732829320")
    wizard.vault.lock()
    Vault.unlock_with_passphrase(path, STRONG).lock()
    Vault.unlock_with_recovery_code(path, code).lock()


def test_cancelling_writes_nothing(qtbot, tmp_path, worker):
    path = tmp_path / "cabinet.vault"
    wizard = FirstRunWizard(path, worker)
    qtbot.addWidget(wizard)
    _fill(wizard, qtbot)
    wizard.reject()
    assert list(tmp_path.iterdir()) == []


def test_remember_option_disabled_without_keyring(qtbot, tmp_path, worker):
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    wizard = FirstRunWizard(tmp_path / "v.vault", worker)
    qtbot.addWidget(wizard)
    assert not wizard.finish.remember.isEnabled()
    assert "trousseau" in wizard.finish.notice.text()
