"""The yearly assessment: answering, year roll-over, freezing, evidence, action carry-over, history."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from core.domain.checklist import ActionInput, ActionStatus, Answer, AnswerInput, AnswerSource
from core.errors import (
    AssessmentAlreadyOpen,
    AssessmentFrozen,
    AssessmentIncomplete,
    EvidenceTooLarge,
    InvalidInput,
    NoAssessmentForYear,
)
from core.services.checklist import ChecklistService
from core.services.checklist_files import EvidenceFileService
from core.services.checklist_plan import ActionPlanService
from core.storage.db import DatabaseError


class FakeClock:
    def __init__(self, moment: datetime):
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture
def clock():
    return FakeClock(datetime(2025, 1, 15, 9, 0, tzinfo=UTC))


@pytest.fixture
def service(vault, clock):
    return ChecklistService(vault, clock)


@pytest.fixture
def action_plan(vault, clock, service):
    return ActionPlanService(vault, clock, service)


@pytest.fixture
def evidence_files(vault, clock, service):
    return EvidenceFileService(vault, clock, service)


def answer_all(service, assessment, value=Answer.YES, except_=()):
    for item in service.applicable_items(assessment):
        if item.id in except_:
            continue
        reason = "pas concerné" if value == Answer.NA else ""
        service.answer(assessment.id, AnswerInput(item.id, value, na_reason=reason))


def test_start_defaults_to_the_paris_calendar_year(service, clock):
    clock.moment = datetime(2025, 12, 31, 23, 30, tzinfo=UTC)  # already 1 January 2026 in Paris
    assert service.start().year == 2026


def test_only_one_assessment_in_progress(service):
    service.start(2025)
    with pytest.raises(AssessmentAlreadyOpen):
        service.start(2026)


def test_na_needs_a_one_line_reason_and_writes_nothing(service):
    a = service.start(2025)
    with pytest.raises(InvalidInput) as err:
        service.answer(a.id, AnswerInput("IMAG-01", Answer.NA))
    assert err.value.problems[0].path == "na_reason"
    with pytest.raises(InvalidInput):
        service.answer(a.id, AnswerInput("IMAG-01", Answer.NA, na_reason="x" * 301))
    with pytest.raises(InvalidInput):
        service.answer(a.id, AnswerInput("IMAG-01", "peut-être"))
    with pytest.raises(InvalidInput):
        service.answer(a.id, AnswerInput("NOPE-01", Answer.YES))
    assert service.answers(a.id) == {}
    saved = service.answer(a.id, AnswerInput("IMAG-01", "na", note=" ", na_reason="  pas\nd'imagerie  "))
    assert saved.na_reason == "pas d'imagerie" and saved.confirmed


def test_profile_removes_items_and_follows_the_open_assessment(service):
    a = service.start(2025)
    before = len(service.questionnaire(a.id))
    service.set_profile({"has_imaging": False, "has_staff": False})
    rows = service.questionnaire(a.id)
    ids = {r.item.id for r in rows}
    assert "IMAG-01" not in ids and "ACCES-06" not in ids
    assert len(rows) < before
    assert service.get(a.id).profile == {"has_imaging": False, "has_staff": False}
    with pytest.raises(InvalidInput):
        service.set_profile({"has_dragon": True})


def test_close_requires_every_answer_then_freezes(service, vault, evidence_files):
    a = service.start(2025)
    answer_all(service, a, except_=("GOUV-01",))
    with pytest.raises(AssessmentIncomplete) as err:
        service.close(a.id)
    assert err.value.params["unanswered"] == 1
    service.answer(a.id, AnswerInput("GOUV-01", Answer.NO, note="à faire"))
    closed = service.close(a.id, closed_by="Dr Test")
    assert closed.is_closed and len(closed.content_hash) == 64 and closed.closed_by == "Dr Test"
    assert service.verify(a.id) == []
    # The service refuses any change ...
    with pytest.raises(AssessmentFrozen):
        service.answer(a.id, AnswerInput("GOUV-01", Answer.YES))
    with pytest.raises(AssessmentFrozen):
        evidence_files.add_evidence(a.id, "GOUV-01", "registre.pdf", b"%PDF-1.4")
    with pytest.raises(AssessmentFrozen):
        service.close(a.id)
    # ... and so does the database, even through raw SQL.
    for sql in (
        "UPDATE checklist_answer SET answer = 'yes' WHERE assessment_id = ?",
        "DELETE FROM checklist_answer WHERE assessment_id = ?",
        "INSERT INTO checklist_answer (assessment_id, item_id, theme, weight, answer, source, confirmed) "
        "VALUES (?, 'X-1', 'GOUV', 1, 'yes', 'user', 1)",
        "UPDATE checklist_assessment SET closed_at = NULL, content_hash = NULL, snapshot_json = NULL WHERE id = ?",
        "DELETE FROM checklist_assessment WHERE id = ?",
    ):
        with pytest.raises(DatabaseError, match="checklist_assessment_frozen"), vault.transaction() as conn:
            conn.execute(sql, (a.id,))
    assert service.answers(a.id)["GOUV-01"].answer == Answer.NO
    assert service.score(a.id).red_flags == ("GOUV-01",)


def test_tampering_with_the_snapshot_is_detected(service, vault):
    a = service.start(2025)
    answer_all(service, a)
    service.close(a.id)
    # Simulate an attacker who disabled the triggers: the hash no longer matches.
    with vault.transaction() as conn:
        conn.execute("DROP TRIGGER checklist_assessment_frozen_update")
        conn.execute("UPDATE checklist_assessment SET snapshot_json = replace(snapshot_json, '\"yes\"', '\"no\"')")
    assert service.verify(a.id) == ["l'empreinte de l'instantané ne correspond plus"]


def test_year_roll_over_prefills_except_annual_rechecks(service, clock):
    a = service.start(2025)
    answer_all(service, a)
    service.answer(a.id, AnswerInput("RESEAU-03", Answer.PARTIAL, note="une règle NAT à vérifier"))
    service.close(a.id)
    clock.moment = datetime(2026, 1, 20, 9, 0, tzinfo=UTC)
    b = service.start()
    assert b.year == 2026 and b.previous_id == a.id
    answers = service.answers(b.id)
    cat = service.catalogue
    for item in cat.items:
        if item.annual_recheck:
            assert item.id not in answers, item.id
        else:
            assert answers[item.id].source == AnswerSource.PREVIOUS
            assert answers[item.id].needs_confirmation
    assert answers["RESEAU-03"].answer == Answer.PARTIAL
    assert answers["RESEAU-03"].note == "une règle NAT à vérifier"
    unanswered, unconfirmed = service.missing(b.id)
    assert set(unanswered) == {i.id for i in cat.items if i.annual_recheck}
    assert len(unconfirmed) == len(cat.items) - len(unanswered)
    rows = {r.item.id: r for r in service.questionnaire(b.id)}
    assert rows["SAUV-04"].answer is None and rows["SAUV-04"].previous.answer == Answer.YES
    with pytest.raises(AssessmentIncomplete):
        service.close(b.id)
    confirmed = service.confirm(b.id, "RESEAU-03")
    assert confirmed.confirmed and confirmed.answer == Answer.PARTIAL


def test_done_actions_update_the_next_years_proposed_answer(service, clock, action_plan):
    a = service.start(2025)
    answer_all(service, a)
    service.answer(a.id, AnswerInput("POSTE-05", Answer.NO))
    service.answer(a.id, AnswerInput("RESEAU-04", Answer.PARTIAL))
    service.answer(a.id, AnswerInput("SAUV-04", Answer.NO))  # annual re-check
    proposals = action_plan.proposals(a.id)
    assert [p.item_id for p in proposals] == ["POSTE-05", "SAUV-04", "RESEAU-04"]
    assert proposals[0].red_flag and proposals[0].due_date == date(2025, 2, 14)
    assert proposals[0].owner == "Dr Test"
    created = action_plan.accept_proposals(a.id)
    assert len(created) == 3 and action_plan.proposals(a.id) == []
    clock.moment = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
    encrypt = next(x for x in created if x.item_id == "POSTE-05")
    done = action_plan.set_action_status(encrypt.id, ActionStatus.DONE)
    assert done.done_on == date(2025, 3, 1)
    backup = next(x for x in created if x.item_id == "SAUV-04")
    action_plan.set_action_status(backup.id, ActionStatus.DONE)
    service.close(a.id)
    clock.moment = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    b = service.start()
    answers = service.answers(b.id)
    assert answers["POSTE-05"].answer == Answer.YES
    assert answers["POSTE-05"].source == AnswerSource.ACTION
    assert "réalisée le 01/03/2025" in answers["POSTE-05"].note
    assert not answers["POSTE-05"].confirmed
    assert answers["RESEAU-04"].answer == Answer.PARTIAL  # its action is still open
    assert "SAUV-04" not in answers  # annual re-check: asked again even though the action is done
    plan = action_plan.plan(b.id)
    assert [x.item_id for x in plan if x.is_open] == ["RESEAU-04"]
    # The frozen 2025 plan still shows the actions as they were when it was closed.
    assert {x.item_id: x.status for x in action_plan.plan(a.id)}["RESEAU-04"] == ActionStatus.TODO


def test_action_validation_and_done_date(service, clock, action_plan):
    a = service.start(2025)
    with pytest.raises(InvalidInput):
        action_plan.add_action(a.id, ActionInput("RESEAU-01", "   "))
    with pytest.raises(InvalidInput):
        action_plan.add_action(a.id, ActionInput("RESEAU-01", "Changer", status="bientôt"))
    act = action_plan.add_action(a.id, ActionInput("RESEAU-01", "Changer le mot de passe de la box", owner="Moi",
                                               due_date=date(2025, 2, 1), cost="0 €", effort="low"))
    assert act.status == ActionStatus.TODO and act.done_on is None
    done = action_plan.update_action(act.id, ActionInput("RESEAU-01", act.title, status=ActionStatus.DONE))
    assert done.done_on == date(2025, 1, 15)
    clock.moment = datetime(2025, 6, 1, tzinfo=UTC)
    again = action_plan.update_action(act.id, ActionInput("RESEAU-01", "Titre revu", status=ActionStatus.DONE))
    assert again.done_on == date(2025, 1, 15) and again.title == "Titre revu"
    reopened = action_plan.set_action_status(act.id, ActionStatus.IN_PROGRESS)
    assert reopened.done_on is None


def test_top_actions_put_red_flags_first(service, action_plan):
    a = service.start(2025)
    answer_all(service, a)
    service.answer(a.id, AnswerInput("GOUV-07", Answer.NO))  # weight 1
    service.answer(a.id, AnswerInput("RESEAU-03", Answer.NO))  # weight 3 → red flag
    service.answer(a.id, AnswerInput("ECH-05", Answer.PARTIAL))  # weight 2
    action_plan.add_action(a.id, ActionInput("ECH-05", "Activer la double authentification"))
    top = action_plan.top_actions(a.id)
    assert [t.item_id for t in top] == ["RESEAU-03", "ECH-05", "GOUV-07"]
    assert top[0].red_flag and top[0].action_id is None
    assert top[1].action_id is not None


def test_evidence_is_stored_with_its_hash(service, evidence_files):
    a = service.start(2025)
    ev = evidence_files.add_evidence(a.id, "SAUV-04", "C:\\Users\\moi\\test restauration.pdf", b"%PDF-1.4 test")
    assert ev.filename == "test restauration.pdf" and ev.media_type == "application/pdf"
    meta, content = evidence_files.evidence_content(ev.id)
    assert content == b"%PDF-1.4 test" and len(meta.sha256) == 64
    rows = {r.item.id: r for r in service.questionnaire(a.id)}
    assert len(rows["SAUV-04"].evidence) == 1
    with pytest.raises(EvidenceTooLarge):
        evidence_files.add_evidence(a.id, "SAUV-04", "gros.bin", b"0" * (20 * 1024 * 1024 + 1))
    evidence_files.remove_evidence(ev.id)
    assert evidence_files.evidence(a.id) == []


def test_history_and_lookup_by_year(service, clock):
    with pytest.raises(NoAssessmentForYear):
        service.for_year(2025)
    a = service.start(2025)
    answer_all(service, a)
    service.answer(a.id, AnswerInput("GOUV-01", Answer.NO))
    service.close(a.id)
    clock.moment = datetime(2026, 2, 1, tzinfo=UTC)
    b = service.start()
    for item_id in service.missing(b.id)[1]:
        service.confirm(b.id, item_id)
    service.answer(b.id, AnswerInput("GOUV-01", Answer.YES))
    history = service.history()
    assert [p.label for p in history] == ["2025", "2026"]
    assert history[0].closed and not history[1].closed
    assert history[0].overall < 100 and history[0].themes["GOUV"] < 100
    assert service.for_year(2026).id == b.id


def test_register_measures_are_pre_ticked_from_answers(service):
    assert service.register_measures() is None
    a = service.start(2025)
    answer_all(service, a)
    service.answer(a.id, AnswerInput("SAUV-02", Answer.PARTIAL))
    service.answer(a.id, AnswerInput("INCID-01", Answer.NO))
    result = service.register_measures()
    assert result.year == 2025 and not result.closed
    assert result.measures["encryption"].ticked
    assert result.measures["backup"].state == "partial"
    assert result.measures["traceability"].state == "not_ticked"
    assert "INCID-01" in result.measures["traceability"].reason


def test_an_assessment_on_demand_in_the_same_year(service, clock):
    a = service.start(2025)
    answer_all(service, a)
    service.close(a.id)
    clock.moment = datetime(2025, 9, 1, tzinfo=UTC)  # after an incident, say
    b = service.start(2025)
    assert [p.label for p in service.history()] == ["2025 (1)", "2025 (2)"]
    assert service.for_year(2025).id == b.id
