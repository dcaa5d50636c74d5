"""The dashboard is the home screen; its cards say what is due and open their screen when clicked."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from core.clock import PARIS
from core.domain.rights import RequesterKind, RequestKind, RightsRequest
from core.services.rights import RightsService
from gui.context import AppContext
from gui.main_window import MainWindow
from gui.pages import dashboard_cards
from gui.pages.dashboard_cards import DANGER, Card

NOW = datetime(2026, 3, 20, 10, 0, tzinfo=PARIS)


def make_window(qtbot, vault, worker, app_settings):
    window = MainWindow(AppContext(vault=vault, worker=worker, settings=app_settings, clock=lambda: NOW))
    qtbot.addWidget(window)
    window.show()
    page = window.show_section("dashboard")
    qtbot.waitUntil(lambda: len(page.cards) > 0, timeout=5000)
    return window, page


def test_new_vault_says_where_to_start(qtbot, vault, worker, app_settings):
    window, page = make_window(qtbot, vault, worker, app_settings)
    assert window.section_keys()[window.nav.currentRow()] == "dashboard"
    keys = [c.card.key for c in page.cards]
    assert keys[0] == "start" and {"requests", "identity", "emergency_kit", "notice"} <= set(keys)
    start = page.cards[0]
    assert start.card.value == "Commencez par votre registre"
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert window.section_keys()[window.nav.currentRow()] == "register"


def test_overdue_request_comes_first_and_opens_requests(qtbot, vault, worker, app_settings):
    RightsService(vault, lambda: NOW).create(
        RightsRequest(
            RequestKind.GDPR_ACCESS, RequesterKind.PATIENT, "Jeanne Durand", NOW - timedelta(days=40)
        )
    )
    window, page = make_window(qtbot, vault, worker, app_settings)
    # The register is empty, so "where to start" stays pinned; the overdue request comes right after.
    assert [c.card.key for c in page.cards[:2]] == ["start", "requests"]
    first = page.cards[1]
    assert first.card.level == DANGER and first.card.value == "1 en retard"
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert window.section_keys()[window.nav.currentRow()] == "requests"


def test_a_failing_provider_only_loses_its_card(qtbot, vault, worker, app_settings, on_worker):
    ctx = AppContext(vault=vault, worker=worker, settings=app_settings, clock=lambda: NOW)

    def broken(_ctx):
        raise RuntimeError("boom")

    def extra(_ctx):
        return [Card("extra", "Registre", "3 fiches", "", "register", "ok", 5)]

    cards = on_worker(dashboard_cards.collect, ctx, [broken, extra, dashboard_cards.requests_cards])
    assert [c.key for c in cards] == ["extra", "requests"]


def test_register_and_hds_cards_once_the_register_exists(qtbot, vault, worker, app_settings, on_worker):
    from core.services.register import RegisterService

    RegisterService(vault, lambda: NOW).apply_templates(["patient_record_doctor"])
    ctx = AppContext(vault=vault, worker=worker, settings=app_settings, clock=lambda: NOW)
    cards = {c.key: c for c in on_worker(dashboard_cards.collect, ctx)}
    assert "start" not in cards
    assert cards["register"].value == "1 traitement" and cards["register"].target == "register"
    warnings = RegisterService(vault, lambda: NOW).hds_warnings()
    if warnings:
        assert cards["hds"].target == "processors" and str(len(warnings)) in cards["hds"].value
    else:
        assert cards["hds"].value == "À jour"


def test_backup_card_asks_for_a_copy_off_the_pc(qtbot, vault, worker, app_settings, on_worker):
    ctx = AppContext(vault=vault, worker=worker, settings=app_settings, clock=lambda: NOW)
    (card,) = on_worker(dashboard_cards.backup_cards, ctx)
    assert card.value == "Aucune copie hors du PC" and card.target == "settings" and "jamais" in card.detail


def test_exposure_card_invites_a_first_check(qtbot, vault, worker, app_settings, on_worker):
    ctx = AppContext(vault=vault, worker=worker, settings=app_settings, clock=lambda: NOW)
    (card,) = on_worker(dashboard_cards.exposure_cards, ctx)
    assert card.value == "Jamais vérifiée" and card.target == "exposure"


def test_demo_dashboard_every_provider_answers(qtbot, demo_vault, worker, app_settings, on_worker):
    ctx = AppContext(vault=demo_vault, worker=worker, settings=app_settings)
    for provider in dashboard_cards.CARD_PROVIDERS:
        on_worker(provider, ctx)  # none may raise on the demo vault
    keys = {c.key for c in on_worker(dashboard_cards.collect, ctx)}
    assert {
        "requests",
        "register",
        "hds",
        "backups",
        "exposure",
        "checklist",
        "emergency_kit",
        "identity",
    } <= keys
    checklist = next(c for c in on_worker(dashboard_cards.collect, ctx) if c.key == "checklist")
    assert checklist.target == "security" and checklist.value.startswith(("Score", "Commencée", "À faire"))


def test_checklist_card_asks_for_this_years_assessment(qtbot, vault, worker, app_settings, on_worker):
    ctx = AppContext(vault=vault, worker=worker, settings=app_settings, clock=lambda: NOW)
    (card,) = on_worker(dashboard_cards.checklist_cards, ctx)
    assert card.title.endswith("2026") and card.value == "À faire" and card.target == "security"


def test_dashboard_refreshes_itself_only_while_shown(qtbot, vault, worker, app_settings):
    window, page = make_window(qtbot, vault, worker, app_settings)
    assert page.timer.isActive()
    window.show_section("requests")
    assert not page.timer.isActive()


def test_incident_card_open_then_none(qtbot, vault, worker, app_settings, on_worker):
    from core.services.incidents import IncidentService

    ctx = AppContext(vault=vault, worker=worker, settings=app_settings, clock=lambda: NOW)
    (card,) = on_worker(dashboard_cards.incident_cards, ctx)
    assert card.value == "Aucun en cours" and card.target == "incidents"
    IncidentService(vault, lambda: NOW).start("Vol du portable")
    (card,) = on_worker(dashboard_cards.incident_cards, ctx)
    assert card.value == "1 ouvert" and card.level == "warn"


def test_demo_pending_notification_comes_first(qtbot, demo_vault, worker, app_settings, on_worker):
    from core.services.incidents import IncidentService

    ctx = AppContext(vault=demo_vault, worker=worker, settings=app_settings)
    cards = on_worker(dashboard_cards.collect, ctx)
    if IncidentService(demo_vault).pending_deadlines():
        assert cards[0].key == "incidents" and " h " in cards[0].value
    else:
        assert any(c.key == "incidents" for c in cards)
