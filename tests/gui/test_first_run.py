"""First-run wizard end to end: nothing written before acceptance, then a vault that reopens."""

from __future__ import annotations

import pytest
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


def test_cancelling_asks_before_losing_the_identity_and_writes_nothing(qtbot, tmp_path, worker):
    path = tmp_path / "cabinet.vault"
    wizard = FirstRunWizard(path, worker)
    qtbot.addWidget(wizard)
    _fill(wizard, qtbot)
    asked = []
    wizard.ask_quit = lambda: asked.append(1) or False  # "Non": stay, nothing lost
    wizard.show()
    wizard.reject()
    assert asked and wizard.isVisible()
    assert wizard.identity.form.edits["name"].text() == "Cabinet de kinésithérapie Durand"
    wizard.ask_quit = lambda: True
    with qtbot.waitSignal(wizard.rejected, timeout=2000):
        wizard.reject()
    assert list(tmp_path.iterdir()) == []


def test_an_untouched_wizard_closes_without_asking(qtbot, tmp_path, worker):
    wizard = FirstRunWizard(tmp_path / "v.vault", worker)
    qtbot.addWidget(wizard)
    wizard.ask_quit = lambda: pytest.fail("nothing typed: no question")
    with qtbot.waitSignal(wizard.rejected, timeout=2000):
        wizard.reject()


def test_printed_recovery_sheet_names_the_practice_date_and_what_to_do(qtbot, tmp_path, worker):
    wizard = FirstRunWizard(tmp_path / "cabinet.vault", worker)
    qtbot.addWidget(wizard)
    _fill(wizard, qtbot)
    sheet = wizard.recovery.sheet_html()
    assert wizard.recovery_code in sheet
    assert "Cabinet de kinésithérapie Durand" in sheet and "cabinet.vault" in sheet
    assert "Imprimé le" in sheet and "Où le garder" in sheet and "Ce que ce code ouvre" in sheet
    assert "code de secours" in sheet


def test_remember_option_disabled_without_keyring(qtbot, tmp_path, worker):
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    wizard = FirstRunWizard(tmp_path / "v.vault", worker)
    qtbot.addWidget(wizard)
    assert not wizard.finish.remember.isEnabled()
    assert "trousseau" in wizard.finish.notice.text()
