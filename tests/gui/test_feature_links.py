"""The three features wired together: exposure scan → checklist answer, checklist → register measures."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QMessageBox

from core.domain.checklist import Answer, AnswerInput
from core.domain.register import Activity, Checked
from core.services.checklist import ChecklistService
from core.services.checklist_files import EvidenceFileService
from core.services.exposure import ExposureService
from core.services.register import RegisterService
from gui.context import AppContext
from gui.main_window import MainWindow
from gui.pages.exposure import ExposurePage
from gui.pages.register import RegisterPage
from gui.pages.security import SecurityPage
from tests.gui.test_exposure_page import FakeScanner, imaging_scan


class FakeClock:
    def __init__(self, moment: datetime):
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture
def ctx(vault, worker, app_settings):
    return AppContext(
        vault=vault,
        worker=worker,
        settings=app_settings,
        clock=FakeClock(datetime(2026, 11, 30, 9, tzinfo=UTC)),
    )


def _idle(qtbot, ctx):
    qtbot.waitUntil(lambda: not ctx.worker.busy, timeout=10_000)


def test_security_page_shows_and_applies_a_scan_proposal(qtbot, ctx, monkeypatch):
    checklist = ChecklistService(ctx.vault, ctx.clock)
    checklist.set_profile({"has_imaging": True})
    a = checklist.start()
    checklist.answer(a.id, AnswerInput("IMAG-01", Answer.YES, "Installé par le prestataire"))
    stored = ExposureService(ctx.vault, ctx.clock).save(imaging_scan())
    page = SecurityPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitUntil(lambda: page.loads >= 1, timeout=10_000)  # the page reads once it is on screen
    _idle(qtbot, ctx)
    tab = page.questionnaire
    tab.select_item("IMAG-01")
    assert tab.proposal.isVisible() and tab.apply_proposal.isVisible()
    assert tab.proposal.text().startswith(
        f"Proposé par la vérification d'exposition du 29/11/2026 à 22:00 (n° {stored.id}) : Non — "
    )
    tab.select_item("RESEAU-05")  # not linked to the scan: no proposal
    assert not tab.proposal.isVisible() and not tab.apply_proposal.isVisible()

    tab.select_item("IMAG-01")
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text: asked.append(text) or QMessageBox.StandardButton.No
    )
    tab.apply_proposal.click()
    assert "« Non » à IMAG-01" in asked[0] and "(« Oui ») sera remplacée" in asked[0]
    assert checklist.answers(a.id)["IMAG-01"].answer is Answer.YES  # refused: nothing changed

    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    tab.apply_proposal.click()
    qtbot.waitUntil(lambda: "Proposition appliquée" in tab.message.text(), timeout=10_000)
    _idle(qtbot, ctx)
    answer = checklist.answers(a.id)["IMAG-01"]
    assert answer.answer is Answer.NO and f"scan n° {stored.id}" in answer.note
    assert [e.filename for e in EvidenceFileService(ctx.vault, ctx.clock, checklist).evidence(a.id)] == [
        f"verification-exposition-2026-11-29-n{stored.id}.pdf"
    ]
    assert tab.current_row().item.id == "IMAG-01"
    assert not tab.apply_proposal.isVisible() and "rapport joint" in tab.proposal.text()
    assert "verification-exposition" in tab.evidence.text()


def test_closed_assessment_shows_no_proposal(qtbot, ctx):
    checklist = ChecklistService(ctx.vault, ctx.clock)
    a = checklist.start()
    for item in checklist.applicable_items(a):
        checklist.answer(a.id, AnswerInput(item.id, Answer.YES))
    checklist.close(a.id)
    ExposureService(ctx.vault, ctx.clock).save(imaging_scan())
    page = SecurityPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads >= 1, timeout=10_000)  # the page reads once it is on screen
    _idle(qtbot, ctx)
    page.questionnaire.select_item("RESEAU-03")
    assert not page.questionnaire.proposal.isVisibleTo(page) and not page.questionnaire.scan_proposals


def test_exposure_page_counts_proposals_and_goes_to_security(qtbot, ctx):
    ChecklistService(ctx.vault, ctx.clock).start()
    scanner = FakeScanner(imaging_scan())
    scanner.release.set()
    ctx.exposure_scanner = scanner
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.show_section("exposure")
    assert isinstance(page, ExposurePage)
    _idle(qtbot, ctx)
    page.start_scan()
    qtbot.waitUntil(lambda: page.current is not None and not page.scan_worker.busy, timeout=5000)
    assert not page.to_security.isVisible()
    page.save()
    qtbot.waitUntil(lambda: page.checklist_line.isVisible(), timeout=10_000)
    # Default profile: imaging and remote access count as "yes" until the practitioner says otherwise. Remote
    # access (RESEAU-08) is not proposed: no open remote-access port was seen, which does not establish "yes".
    assert page.checklist_line.text().startswith(
        "Cette vérification propose 4 réponses de l'auto-évaluation 2026 (RESEAU-03, RESEAU-04, RESEAU-10, IMAG-01)"
    )
    page.to_security.click()
    assert isinstance(window.stack.currentWidget(), SecurityPage)
    page.scan_worker.shutdown()


def test_exposure_page_without_an_assessment_says_where_to_start(qtbot, ctx):
    ExposureService(ctx.vault, ctx.clock).save(imaging_scan())
    page = ExposurePage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.checklist_line.isVisible(), timeout=10_000)
    assert page.checklist_line.text().startswith("Aucune auto-évaluation en cours")
    page.scan_worker.shutdown()


def test_activity_editor_pre_ticks_measures_from_the_assessment(qtbot, ctx):
    checklist = ChecklistService(ctx.vault, ctx.clock)
    a = checklist.start()
    for item in ("SAUV-01", "SAUV-02", "SAUV-04", "LOCAUX-01", "LOCAUX-02", "LOCAUX-03"):
        checklist.answer(a.id, AnswerInput(item, Answer.YES))
    checklist.answer(a.id, AnswerInput("INCID-01", Answer.NO))
    register = RegisterService(ctx.vault, ctx.clock)
    activity = register.create_activity(
        Activity(name="Dossier patient", security_measures=(Checked("traceability", "journal du logiciel"),))
    )
    page = RegisterPage(ctx)
    qtbot.addWidget(page)
    editor = page.open_editor(activity)
    editor.tabs.setCurrentIndex(6)
    assert editor.prefill_measures.isVisible()
    editor.prefill_measures.click()
    qtbot.waitUntil(lambda: bool(editor.prefill_result.text()), timeout=10_000)
    text = editor.prefill_result.text()
    assert text.startswith("Cochées d'après l'auto-évaluation 2026 (en cours) : Sauvegarde des données ; ")
    assert "Contrôle d'accès" not in text
    assert "laissées telles quelles : Mesures de traçabilité" in text
    values = {c.code: c.detail for c in editor.security.value()}
    assert values == {
        "traceability": "journal du logiciel",
        "backup": "d'après l'auto-évaluation 2026 (en cours)",
        "physical": "d'après l'auto-évaluation 2026 (en cours)",
    }
    editor.submit()
    _idle(qtbot, ctx)
    saved = register.activity(activity.ref)
    assert {c.code: c.detail for c in saved.security_measures} == values


def test_activity_editor_without_an_assessment(qtbot, ctx):
    page = RegisterPage(ctx)
    qtbot.addWidget(page)
    editor = page.open_editor(None)
    editor.prefill_measures.click()
    qtbot.waitUntil(lambda: bool(editor.prefill_result.text()), timeout=10_000)
    assert editor.prefill_result.text().startswith("Aucune auto-évaluation de sécurité")
    assert editor.security.value() == ()


def test_activity_editor_security_tab_says_what_the_register_will_state(qtbot, ctx):
    checklist = ChecklistService(ctx.vault, ctx.clock)
    a = checklist.start()
    for item in ("SAUV-01", "SAUV-02", "SAUV-04"):
        checklist.answer(a.id, AnswerInput(item, Answer.YES))
    checklist.answer(a.id, AnswerInput("INCID-01", Answer.NO))
    activity = RegisterService(ctx.vault, ctx.clock).create_activity(
        Activity(name="Dossier patient", security_measures=(Checked("traceability", "journal du logiciel"),))
    )
    page = RegisterPage(ctx)
    qtbot.addWidget(page)
    editor = page.open_editor(activity)
    qtbot.waitUntil(lambda: "En place" in editor.measure_status.text(), timeout=10_000)
    text = editor.measure_status.text()
    in_place, to_do = text.split("À mettre en place", 1)
    assert "Sauvegarde des données" in in_place and "SAUV-01, SAUV-02, SAUV-04" in in_place
    assert "Traçabilité des accès" in to_do  # ticked by the practitioner, but answered "no"
    assert "Cochées par vous" not in text
    editor.security.boxes["encryption"].setChecked(True)  # unanswered: declared, not "in place"
    declared = editor.measure_status.text().split("Cochées par vous", 1)[1].split("À mettre en place")[0]
    assert "Chiffrement des données" in declared


def test_security_tab_tells_an_old_templates_tick_from_the_practitioners(qtbot, ctx):
    """A vault made when templates ticked measures: their untouched ticks are "pre-ticked by a template", never
    "ticked by you"; the practitioner's own words stay "ticked by you"."""
    from core.content.legacy_measures import template_texts

    (old_text,) = [t for t in template_texts()["backup"] if t.startswith("Sauvegarde")]
    activity = RegisterService(ctx.vault, ctx.clock).create_activity(
        Activity(
            name="Dossier patient",
            security_measures=(Checked("backup", old_text), Checked("encryption", "BitLocker sur le poste")),
        )
    )
    page = RegisterPage(ctx)
    qtbot.addWidget(page)
    editor = page.open_editor(activity)
    qtbot.waitUntil(lambda: "Pré-cochées" in editor.measure_status.text(), timeout=10_000)
    text = editor.measure_status.text()
    by_you = text.split("Cochées par vous", 1)[1].split("Pré-cochées", 1)[0]
    template = text.split("Pré-cochées", 1)[1].split("À mettre en place", 1)[0]
    assert "Chiffrement des données" in by_you and "Sauvegarde" not in by_you
    assert "Sauvegarde des données" in template
