"""Requests page, its model, the dialogs, the letter PDF; the documents page; the dashboard cards."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from core.clock import PARIS
from core.domain.rights import AnswerChannel, RequesterKind, RequestKind, RequestStatus, RightsRequest
from core.services.rights import RightsService
from gui.context import AppContext
from gui.dialogs.rights_answer import REFUSED, AnswerDialog
from gui.dialogs.rights_letter import LetterDialog
from gui.dialogs.rights_request import RequestDialog
from gui.main_window import MainWindow
from gui.models.rights_requests import COL_DAYS, COL_STATUS, OPEN_ROLE, SORT_ROLE, RequestsTableModel

NOW = datetime(2026, 3, 20, 10, 0, tzinfo=PARIS)


def clock() -> datetime:
    return NOW


@pytest.fixture
def ctx(vault, worker, app_settings):
    return AppContext(vault=vault, worker=worker, settings=app_settings, clock=clock)


@pytest.fixture
def service(vault):
    return RightsService(vault, clock)


def seed(service: RightsService) -> dict[str, int]:
    ids = {}
    ids["overdue"] = service.create(
        RightsRequest(RequestKind.ERASURE, RequesterKind.PATIENT, "Camille Girard", NOW - timedelta(days=45))
    ).id
    ids["soon"] = service.create(
        RightsRequest(
            RequestKind.MEDICAL_RECORD, RequesterKind.PATIENT, "Jeanne Durand", NOW - timedelta(days=6)
        )
    ).id
    done = service.create(
        RightsRequest(
            RequestKind.RECTIFICATION, RequesterKind.PATIENT, "Louis Moreau", NOW - timedelta(days=20)
        )
    )
    service.answer(done.id, NOW - timedelta(days=2), AnswerChannel.EMAIL, "Corrigé")
    ids["done"] = done.id
    return ids


def test_requests_model(qtmodeltester, service):
    seed(service)
    model = RequestsTableModel()
    model.set_rows(service.list())
    qtmodeltester.check(model)
    rows = {model.view_at(r).request.requester_name: r for r in range(model.rowCount())}
    overdue = model.index(rows["Camille Girard"], COL_DAYS)
    assert model.data(overdue) == "En retard de 17 j"  # received 3 February, due 3 March
    assert model.data(overdue, Qt.ItemDataRole.BackgroundRole) is not None
    soon = model.index(rows["Jeanne Durand"], COL_DAYS)
    assert model.data(soon) == "2" and model.data(soon, SORT_ROLE) == 2
    done = model.index(rows["Louis Moreau"], COL_STATUS)
    assert model.data(done) == "Répondue" and model.data(done, OPEN_ROLE) is False


def test_page_lists_open_requests_most_urgent_first(qtbot, ctx, service):
    seed(service)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.show_section("requests")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    assert page.proxy.rowCount() == 2
    first = page.proxy.index(0, 1)
    assert page.proxy.data(first) == "Camille Girard"
    page.show_closed.setChecked(True)
    assert page.proxy.rowCount() == 3
    page.search.setText("moreau")
    assert page.proxy.rowCount() == 1
    page.search.clear()
    page.show_closed.setChecked(False)
    page.table.selectRow(1)  # the record asked 6 days ago: the 48 hours are over, 2 days left
    assert "Pas de communication avant" not in page.detail.text() and not page.extend_button.isEnabled()
    assert (
        "2 jours" in page.detail.text() and "48 heures" in page.detail.text()
    )  # the rule stays in the notes
    page.table.selectRow(0)
    assert "Délai dépassé" in page.detail.text()


def settle(qtbot, ctx) -> None:
    """Wait until the dialog's or page's work on the worker and what it triggers are done."""
    qtbot.waitUntil(lambda: not ctx.worker.busy, timeout=20_000)


def test_request_dialog_refuses_bad_input_then_saves(qtbot, ctx, service):
    dialog = RequestDialog(ctx, clock)
    qtbot.addWidget(dialog)
    dialog.requester_kind.setCurrentIndex(dialog.requester_kind.findData(RequesterKind.HEIR.value))
    dialog.save()
    settle(qtbot, ctx)
    assert "nom du demandeur" in dialog.errors.text() and "patient concerné" in dialog.errors.text()
    assert service.list() == []
    dialog.requester_name.setText("Marc Durand")
    dialog.patient_name.setText("Paul Durand")
    dialog.save()
    settle(qtbot, ctx)
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = service.get(dialog.saved.id)
    assert saved.requester_kind is RequesterKind.HEIR and saved.received_at == NOW


def test_attachments_in_the_edit_dialog(qtbot, ctx, service, tmp_path):
    ids = seed(service)
    dialog = RequestDialog(ctx, clock, service.get(ids["soon"]))
    qtbot.addWidget(dialog)
    scan = tmp_path / "courrier.pdf"
    scan.write_bytes(b"%PDF-1.4 demande")
    dialog.attach_file(scan)
    settle(qtbot, ctx)
    assert dialog.attachment_list.count() == 1 and "courrier.pdf" in dialog.attachment_list.item(0).text()


def test_answer_dialog_shows_the_48_hours_conflict_then_refusal(qtbot, ctx, service):
    fresh = service.create(
        RightsRequest(
            RequestKind.MEDICAL_RECORD, RequesterKind.PATIENT, "Jeanne Durand", NOW - timedelta(hours=3)
        )
    )
    dialog = AnswerDialog(ctx, clock, fresh)
    qtbot.addWidget(dialog)
    dialog.save()
    settle(qtbot, ctx)
    assert "48 heures" in dialog.errors.text()
    assert service.get(fresh.id).status is RequestStatus.RECEIVED
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(REFUSED))
    dialog.content.setPlainText("Demandeur sans lien avec le patient")
    dialog.save()
    settle(qtbot, ctx)
    assert service.get(fresh.id).status is RequestStatus.REFUSED


def test_letter_dialog_edits_and_saves_pdf(qtbot, ctx, service, tmp_path):
    ids = seed(service)
    dialog = LetterDialog(ctx, ids["soon"])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    assert "10 mars 2026" not in dialog.body.toPlainText()  # received 14 March: due 22 March
    assert "22 mars 2026" in dialog.body.toPlainText()
    dialog.body.setPlainText(dialog.body.toPlainText() + "\n\nMention ajoutée à la main.")
    target = tmp_path / "ar.pdf"
    dialog.save_to(target)
    settle(qtbot, ctx)
    assert dialog.written == target
    text = " ".join(p.extract_text() for p in PdfReader(target).pages)
    assert "Mention ajoutée à la main." in text and "Jeanne Durand" in text
    dialog.body.setPlainText("  ")
    dialog.save_to(tmp_path / "vide.pdf")
    settle(qtbot, ctx)
    assert dialog.written is None and not (tmp_path / "vide.pdf").exists()
    assert "vide" in dialog.status.text()


def test_documents_page_saves_kit_and_notice(qtbot, ctx, tmp_path):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.show_section("documents")
    qtbot.waitUntil(lambda: "Jamais imprimé" in page.kit_status.text(), timeout=5000)
    page.ask_path = lambda title, name: tmp_path / name
    page.save_kit()
    settle(qtbot, ctx)
    assert (tmp_path / "kit-urgence.pdf").exists()
    qtbot.waitUntil(lambda: "Dernière impression" in page.kit_status.text(), timeout=5000)
    page.layout_choice.setCurrentIndex(1)
    page.save_notice()
    settle(qtbot, ctx)
    assert len(PdfReader(tmp_path / "notice-information-patients.pdf").pages) == 1
    page.layout_choice.setCurrentIndex(0)
    page.save_notice()
    settle(qtbot, ctx)
    assert (tmp_path / "affiche-information-patients.pdf").exists()


def test_every_notice_layout_has_a_french_file_name():
    from core.reports.notice import LAYOUTS
    from gui.pages.documents import NOTICE_FILE_NAMES

    assert set(NOTICE_FILE_NAMES) == set(LAYOUTS)


def test_contacts_model(qtmodeltester, vault):
    from core.domain.contacts import ContactRole, UsefulContact
    from core.services.contacts import ContactsService
    from gui.models.contacts import ContactsTableModel

    service = ContactsService(vault, clock)
    service.save(UsefulContact(ContactRole.INSURER, "Assureur", phone="01"))
    service.save(UsefulContact(ContactRole.SOFTWARE_VENDOR, "Éditeur", email="a@b.fr"))
    model = ContactsTableModel()
    model.set_rows(service.list())
    qtmodeltester.check(model)
    assert model.data(model.index(0, 1)) == "Éditeur"


def test_contact_dialog_explains_problems_then_saves(qtbot, ctx, vault):
    from core.services.contacts import ContactsService
    from gui.dialogs.contact import ContactDialog

    service = ContactsService(vault, clock)
    before = service.list()  # the national contacts of the first run
    dialog = ContactDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.edits["name"].setText("Lyon Info Services")
    dialog.save()
    settle(qtbot, ctx)
    assert "téléphone" in dialog.errors.text() and service.list() == before
    dialog.edits["phone"].setText("04 72 00 00 00")
    dialog.save()
    settle(qtbot, ctx)
    assert [c.name for c in service.list() if c not in before] == ["Lyon Info Services"]


def test_fresh_record_request_shows_the_reflection_period(qtbot, ctx, service):
    from gui.pages.rights import RightsPage

    created = service.create(
        RightsRequest(
            RequestKind.MEDICAL_RECORD, RequesterKind.PATIENT, "Jeanne Durand", NOW - timedelta(hours=3)
        )
    )
    page = RightsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.select(created.id)
    assert "Pas de communication avant le 22/03/2026 07:00" in page.detail.text()
    assert page.close_button.isEnabled() and page.letter_button.isEnabled()


def test_requests_log_pdf_from_the_page(qtbot, ctx, service, tmp_path):
    from gui.pages.rights import RightsPage

    seed(service)
    page = RightsPage(ctx)
    qtbot.addWidget(page)
    target = tmp_path / "journal.pdf"
    assert page.save_log(target)
    settle(qtbot, ctx)
    text = " ".join(p.extract_text() for p in PdfReader(target).pages)
    assert "Louis Moreau" in text and "Camille Girard" in text


def test_documents_page_names_what_the_notice_lacks_and_will_not_print_it(qtbot, ctx, tmp_path):
    from dataclasses import replace

    from core.services.register import RegisterService

    register = RegisterService(ctx.vault, clock)
    register.apply_templates(["patient_record_doctor"])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.show_section("documents")
    qtbot.waitUntil(lambda: page.notice_gaps.isVisibleTo(page), timeout=5000)
    assert not page.notice_button.isEnabled()
    assert "(à préciser)" in page.notice_gaps.text() and "Sous-traitants" in page.notice_gaps.text()
    for p in register.processors():
        register.update_processor(replace(p, name=p.name.replace(" (à préciser)", " Dupont")))
    page.refresh()
    qtbot.waitUntil(lambda: page.notice_button.isEnabled(), timeout=5000)
    assert not page.notice_gaps.isVisibleTo(page)


def test_request_problems_and_notes_in_the_english_interface(qtbot, qapp, ctx, service):
    """A rights request's validation problems and the notes to keep in mind, worded in English."""
    import importlib.util
    from pathlib import Path

    from gui import i18n
    from gui.pages.rights import RightsPage

    spec = importlib.util.spec_from_file_location(
        "i18n_tool", Path(__file__).resolve().parents[2] / "tools" / "i18n.py"
    )
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    tool.build()
    created = service.create(
        RightsRequest(RequestKind.ERASURE, RequesterKind.HEIR, "Marc Durand", NOW - timedelta(days=3),
                      patient_name="Paul Durand")
    )
    try:
        i18n.install(qapp, "en")
        dialog = RequestDialog(ctx, clock)
        qtbot.addWidget(dialog)
        dialog.requester_kind.setCurrentIndex(dialog.requester_kind.findData(RequesterKind.HEIR.value))
        dialog.save()
        settle(qtbot, ctx)
        assert "give the requester's name" in dialog.errors.text()
        assert "give the patient concerned" in dialog.errors.text()
        page = RightsPage(ctx)
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
        page.select(created.id)
        detail = page.detail.text()
        assert "Erasure is due for data" in detail and "causes of death" in detail, detail
        assert "effacement" not in detail.lower()
    finally:
        i18n.install(qapp, "fr")
