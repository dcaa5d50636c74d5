"""Settings > "Vérifier l'intégrité du coffre": the headless verify, run on the worker, shown in the interface language."""

from __future__ import annotations

import re

from core.services import backup as backup_service
from core.settings import AppSettings
from core.vault import Vault
from gui.context import AppContext
from gui.main_window import MainWindow
from gui.pages.settings import SettingsPage
from tests.conftest import PASSPHRASE
from tests.core.reliability import drop_ledger_triggers, raw_connection
from tests.gui.test_exposure_english import _french


def _plain(rich: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", rich)).replace("&quot;", '"').replace("&#x27;", "'")


def test_a_sound_vault_is_said_sound_with_its_journal_head(qtbot, vault, worker, app_settings):
    window = MainWindow(AppContext(vault=vault, worker=worker, settings=app_settings))
    qtbot.addWidget(window)
    group = window.show_section("settings").integrity
    assert group.check_button.text() == "Vérifier l'&intégrité du coffre"
    group.check_button.click()  # runs on the worker: the autouse guard fails the test on a GUI-thread query
    assert not group.check_button.isEnabled()
    qtbot.waitUntil(lambda: group.report is not None and group.check_button.isEnabled(), timeout=20_000)
    report = backup_service.verify_vault(vault)
    assert report.sound and group.report.sound
    text = _plain(group.result.text())
    entries = report.chain.entries
    assert "Coffre sain : aucune modification faite en dehors de Vigie n'a été décelée." in text
    assert f"le journal des preuves compte {entries} entrée{'s' if entries > 1 else ''} et" in text
    assert f"(dernière entrée : {report.chain.head.short()})" in text
    assert "Vérifié le" in text


def test_a_tampered_vault_lists_each_finding_in_english(qtbot, demo_vault, worker, qapp):
    from gui import i18n
    from tests.gui.test_problems_translated import _build_catalogue

    with demo_vault.read() as conn:
        incident_id = conn.execute("SELECT min(id) FROM incident").fetchone()[0]
    path, dek = demo_vault.path, demo_vault.with_dek()
    demo_vault.lock()
    with raw_connection(path, dek) as conn:
        drop_ledger_triggers(conn)
        conn.execute("UPDATE incident SET title = 'réécrit' WHERE id = ?", (incident_id,))
    vault = Vault.unlock_with_passphrase(path, PASSPHRASE)
    _build_catalogue()
    i18n.install(qapp, "en")
    try:
        page = SettingsPage(AppContext(vault=vault, worker=worker, settings=AppSettings(language="en")))
        qtbot.addWidget(page)
        group = page.integrity
        assert group.check_button.text() == "Check the vault's integrit&y"
        group.run_check()
        qtbot.waitUntil(lambda: group.report is not None, timeout=20_000)
        text = _plain(group.result.text())
        assert "The vault is not sound: 3 findings." in text
        assert "Evidential records were changed, added or deleted outside Vigie:" in text
        assert f"incident {incident_id}: differs from journal entry no." in text
        assert "(changed outside Vigie)" in text
        assert "Protections that prevent rewriting the evidence were removed from the database:" in text
        assert "protection \u201cledger_no_update\u201d removed from the database" in text
        assert not _french(text.replace("réécrit", "")), _french(text)
    finally:
        i18n.install(qapp, "fr")
        vault.lock()


def test_a_tampered_vault_in_french_names_the_changed_record(qtbot, demo_vault, worker, app_settings):
    with demo_vault.read() as conn:
        request_id = conn.execute("SELECT min(id) FROM rights_request").fetchone()[0]
    path, dek = demo_vault.path, demo_vault.with_dek()
    demo_vault.lock()
    with raw_connection(path, dek) as conn:
        conn.execute("UPDATE rights_request SET received_at = '2020-01-01T00:00:00+00:00' WHERE id = ?", (request_id,))
    vault = Vault.unlock_with_passphrase(path, PASSPHRASE)
    try:
        page = SettingsPage(AppContext(vault=vault, worker=worker, settings=app_settings))
        qtbot.addWidget(page)
        page.integrity.run_check()
        qtbot.waitUntil(lambda: page.integrity.report is not None, timeout=20_000)
        text = _plain(page.integrity.result.text())
        assert "Le coffre n'est pas sain : 1 constat." in text
        assert f"dates d'une demande de patient {request_id} : diffère de l'entrée n° " in text
        assert "Restaurez la dernière sauvegarde saine" in text
    finally:
        vault.lock()
