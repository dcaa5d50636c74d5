"""The "Sécurité" page: models pass Qt's model checks, keyboard answering, closing, report, profile."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt

from core.domain.checklist import Action, ActionStatus, Answer, AnswerInput, Effort
from core.services.checklist import ChecklistService
from core.services.checklist_files import EvidenceFileService
from core.services.checklist_plan import ActionPlanService
from gui.context import AppContext
from gui.models.checklist import SORT_ROLE, ActionTableModel, QuestionTableModel
from gui.pages.security import SecurityPage


class FakeClock:
    def __init__(self, moment: datetime):
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


def make_page(qtbot, vault, worker, app_settings, clock=None):
    ctx = AppContext(vault=vault, worker=worker, settings=app_settings,
                     clock=clock or FakeClock(datetime(2026, 2, 1, 9, 0, tzinfo=UTC)))
    page = SecurityPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.service = ChecklistService(vault, ctx.clock)  # the test's own look at the vault
    page.plan_service = ActionPlanService(vault, ctx.clock, page.service)
    page.files_service = EvidenceFileService(vault, ctx.clock, page.service)
    qtbot.waitUntil(lambda: page.loads >= 1, timeout=20_000)  # the page reads once it is on screen
    settle(qtbot, page)
    return page


def settle(qtbot, page) -> None:
    """Wait until the page's writes and the reads they trigger are done (the worker is idle)."""
    qtbot.waitUntil(lambda: not page.ctx.worker.busy, timeout=20_000)


def test_question_model_passes_the_model_tester(qtmodeltester, vault):
    service = ChecklistService(vault)
    a = service.start(2026)
    service.answer(a.id, AnswerInput("RESEAU-03", Answer.NO, note="port 3389"))
    model = QuestionTableModel("fr")
    model.set_rows(service.questionnaire(a.id))
    qtmodeltester.check(model)
    row = model.row_of("RESEAU-03")
    assert model.index(row, QuestionTableModel.COL_ANSWER).data() == "Non"
    assert model.index(row, QuestionTableModel.COL_NOTE).data() == "port 3389"
    assert model.index(row, QuestionTableModel.COL_ANSWER).data(SORT_ROLE) == 0
    assert model.index(0, QuestionTableModel.COL_ANSWER).data() == "Sans réponse"


def test_action_model_passes_the_model_tester(qtmodeltester):
    model = ActionTableModel()
    model.set_rows([
        Action(1, "RESEAU-03", 1, "Supprimer la DMZ", "Moi", date(2026, 1, 1), ActionStatus.TODO, "0 €",
               Effort.LOW, None, "2026-01-01T00:00:00+00:00", "2026-01-01T00:00:00+00:00"),
        Action(2, "SAUV-04", 1, "Tester", "", None, ActionStatus.DONE, "", Effort.MEDIUM, date(2026, 1, 5),
               "2026-01-01T00:00:00+00:00", "2026-01-05T00:00:00+00:00"),
    ], today=date(2026, 2, 1))
    qtmodeltester.check(model)
    assert model.index(0, ActionTableModel.COL_STATUS).data() == "À faire (en retard)"
    assert model.index(1, ActionTableModel.COL_STATUS).data() == "Fait 05/01/2026"
    assert model.index(1, ActionTableModel.COL_DUE).data(SORT_ROLE) > model.index(0, ActionTableModel.COL_DUE).data(
        SORT_ROLE)


def test_start_then_answer_from_the_keyboard(qtbot, vault, worker, app_settings):
    page = make_page(qtbot, vault, worker, app_settings)
    assert page.start_button.isVisible() and "2026" in page.start_button.text()
    page.start()
    settle(qtbot, page)
    tab = page.questionnaire
    service = page.service
    table = tab.table
    table.setFocus()
    first, second, third = tab.item_ids_in_view()[:3]
    qtbot.keyClick(table, Qt.Key.Key_O)
    qtbot.keyClick(table, Qt.Key.Key_N)  # typed at once: the selection moved before the first save ended
    settle(qtbot, page)
    answers = service.answers(page.assessment.id)
    assert answers[first].answer == Answer.YES and answers[second].answer == Answer.NO
    assert tab.current_row().item.id == third
    # N/A without a reason is refused and writes nothing; with a reason it is saved.
    qtbot.keyClick(table, Qt.Key.Key_S)
    assert third not in service.answers(page.assessment.id)
    assert "sans objet" in tab.message.text()
    tab.reason.setText("Pas concerné")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_S)
    settle(qtbot, page)
    assert service.answers(page.assessment.id)[third].na_reason == "Pas concerné"
    assert "3 questions traitées" in tab.progress.text()


def test_filters_profile_and_overview(qtbot, vault, worker, app_settings):
    page = make_page(qtbot, vault, worker, app_settings)
    page.start()
    settle(qtbot, page)
    tab = page.questionnaire
    tab.theme.setCurrentIndex(tab.theme.findData("RESEAU"))
    assert all(i.startswith("RESEAU-") for i in tab.item_ids_in_view())
    tab.theme.setCurrentIndex(0)
    page.conditions["has_imaging"].setChecked(False)
    page.save_profile()
    settle(qtbot, page)
    assert "IMAG-01" not in tab.item_ids_in_view()
    service = page.service
    service.answer(page.assessment.id, AnswerInput("RESEAU-03", Answer.NO))
    page.refresh()
    settle(qtbot, page)
    assert "RESEAU-03" in page.red_flags.text()
    assert "Supprimer les redirections de ports" in page.top_actions.text()
    page.accept_proposals()
    settle(qtbot, page)
    assert any(a.item_id == "RESEAU-03" for a in page.plan_service.actions())
    assert page.actions.proxy.rowCount() == 1
    assert page.theme_bars.bars()


def test_close_makes_it_read_only_and_the_report_is_written(qtbot, vault, worker, app_settings, tmp_path):
    clock = FakeClock(datetime(2025, 3, 1, 9, 0, tzinfo=UTC))
    page = make_page(qtbot, vault, worker, app_settings, clock)
    page.start()
    settle(qtbot, page)
    service = page.service
    page.close_assessment()  # unanswered questions: refused, with a message
    settle(qtbot, page)
    assert "Impossible de clôturer" in page.message.text()
    for item in service.applicable_items(page.assessment):
        service.answer(page.assessment.id, AnswerInput(item.id, Answer.YES))
    page.close_assessment()
    settle(qtbot, page)
    assert page.assessment.is_closed and not page.close_button.isEnabled()
    assert not page.questionnaire.buttons[Answer.YES].isEnabled()
    assert page.start_button.isVisible()
    out = tmp_path / "rapport.pdf"
    page.save_report(out)
    qtbot.waitUntil(lambda: out.exists() and page.report_button.isEnabled(), timeout=10_000)
    assert out.read_bytes().startswith(b"%PDF")
    # Next year: the previous year stays selectable, the new one starts pre-filled.
    clock.moment = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)
    page.start()
    settle(qtbot, page)
    assert page.year.count() == 2
    assert "à confirmer" in page.status.text()
    tab = page.questionnaire
    tab.pending.setChecked(True)
    before = len(tab.item_ids_in_view())
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    settle(qtbot, page)
    assert len(tab.item_ids_in_view()) == before - 1


def test_evidence_is_attached_encrypted_and_extracted(qtbot, vault, worker, app_settings, tmp_path):
    page = make_page(qtbot, vault, worker, app_settings)
    page.start()
    settle(qtbot, page)
    tab = page.questionnaire
    tab.select_item("SAUV-04")
    source = tmp_path / "restauration.txt"
    source.write_bytes(b"Restauration du 12/06 reussie")
    assert tab.attach_file(source)
    settle(qtbot, page)
    assert "restauration.txt" in tab.evidence.text() and tab.export.isEnabled()
    evidence = page.files_service.evidence(page.assessment.id)[0]
    out = tmp_path / "copie.txt"
    tab.export_evidence(evidence.id, out)
    settle(qtbot, page)
    assert out.read_bytes() == source.read_bytes()
    with vault.read() as conn:
        stored = conn.execute("SELECT sha256 FROM checklist_evidence").fetchone()[0]
    assert stored == evidence.sha256


def test_security_is_a_section_of_the_main_window(qtbot, vault, worker, app_settings):
    from gui.main_window import MainWindow

    window = MainWindow(AppContext(vault=vault, worker=worker, settings=app_settings))
    qtbot.addWidget(window)
    assert isinstance(window.show_section("security"), SecurityPage)


def test_action_plan_empty_form_and_an_action_of_ones_own(qtbot, vault, worker, app_settings):
    page = make_page(qtbot, vault, worker, app_settings, FakeClock(datetime(2025, 3, 1, 9, 0, tzinfo=UTC)))
    tab = page.actions
    tab.load()  # read on the worker
    settle(qtbot, page)
    assert tab.empty.isVisibleTo(tab) and "Nouvelle action" in tab.empty.text()
    assert tab.due.value() is None and "2000" not in tab.due.text()  # nothing selected: no 01/01/2000
    tab.start_new()
    tab.title.setText("Acheter un onduleur pour le poste de l'accueil")
    tab.item.setCurrentIndex(tab.item.findData("SAUV-01"))
    tab.save_current()  # on the worker: no assessment yet, said, nothing written
    qtbot.waitUntil(lambda: "auto-évaluation" in tab.message.text(), timeout=10_000)
    assert page.plan_service.actions() == []
    page.start()
    tab.start_new()
    tab.title.setText("Acheter un onduleur pour le poste de l'accueil")
    tab.item.setCurrentIndex(tab.item.findData("SAUV-01"))
    tab.save_current()
    qtbot.waitUntil(lambda: "ajoutée" in tab.message.text(), timeout=10_000)
    settle(qtbot, page)  # the section reads the plan again
    (action,) = page.plan_service.actions()
    assert (action.item_id, action.title, action.due_date) == (
        "SAUV-01", "Acheter un onduleur pour le poste de l'accueil", None
    )
    assert not tab.empty.isVisibleTo(tab) and tab.current_action().id == action.id
