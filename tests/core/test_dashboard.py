"""Dashboard facts on a fake clock: requests due and overdue, identity gaps, documents to (re)print."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime, timedelta

from core.clock import PARIS
from core.domain.rights import RequesterKind, RequestKind, RightsRequest
from core.services.dashboard import DashboardService, identity_summary
from core.services.documents import DocumentsService
from core.services.practice import PracticeService
from core.services.register import RegisterService
from core.services.rights import RightsService


class FakeClock:
    def __init__(self, moment: datetime) -> None:
        self.now = moment

    def __call__(self) -> datetime:
        return self.now


def test_new_vault_then_requests_and_documents(vault):
    clock = FakeClock(datetime(2026, 3, 1, 9, 0, tzinfo=PARIS))
    dash = DashboardService(vault, clock)
    first = dash.summary()
    assert first.is_new and first.requests.open == 0 and first.requests.next_due is None
    assert first.emergency_kit.due and first.notice.due
    assert set(first.identity.missing) == {"address", "phone"}

    rights = RightsService(vault, clock)
    for kind in (RequestKind.MEDICAL_RECORD, RequestKind.GDPR_ACCESS):
        rights.create(RightsRequest(kind, RequesterKind.PATIENT, "Jeanne Durand", clock.now))
    clock.now += timedelta(days=4)
    summary = dash.requests()
    assert (summary.open, summary.due_soon, summary.overdue) == (2, 1, 0)
    assert summary.next_due == date(2026, 3, 9) and summary.next_days_left == 4
    clock.now += timedelta(days=6)
    summary = dash.requests()
    assert (summary.due_soon, summary.overdue) == (0, 1)

    DocumentsService(vault, clock).render_emergency_kit(io.BytesIO())
    later = dash.summary()
    assert later.is_new and not later.emergency_kit.due and later.notice.due
    RegisterService(vault, clock).apply_templates(["patient_record_doctor"])
    with_register = dash.summary()
    assert not with_register.is_new and with_register.register.activities == 1
    clock.now += timedelta(days=366)
    assert dash.summary().emergency_kit.due


def test_identity_pairs_accept_either_identifier(vault):
    practice = PracticeService(vault).get()
    full = replace(practice, address="1 rue A", phone="01 02 03 04 05", siret="", siren="732829320", rpps="")
    assert identity_summary(full).missing == ("rpps",)
    assert identity_summary(replace(full, adeli="123456789")).complete
    assert len(identity_summary(None).missing) == 9


def test_checklist_summary_decides_the_level_and_the_next_yearly_review(vault):
    from core.domain.checklist import Answer, AnswerInput
    from core.services.checklist import ChecklistService
    from core.services.dashboard import DANGER, OK, WARN

    clock = FakeClock(datetime(2026, 3, 1, 9, 0, tzinfo=PARIS))
    dash = DashboardService(vault, clock)
    todo = dash.checklist()
    assert (todo.year, todo.started, todo.level, todo.next_review) == (2026, False, WARN, None)
    checklist = ChecklistService(vault, clock)
    a = checklist.start()
    checklist.answer(a.id, AnswerInput("RESEAU-03", Answer.NO))  # a red flag: an essential measure missing
    started = dash.checklist()
    assert started.started and started.red_flags >= 1 and started.level == DANGER and not started.closed
    assert started.first_action  # the first thing to do is named
    for item in checklist.applicable_items(a):
        checklist.answer(a.id, AnswerInput(item.id, Answer.YES))
    clock.now = datetime(2026, 3, 31, 23, 30, tzinfo=PARIS)
    checklist.close(a.id)
    closed = dash.checklist()
    # The next review: a year after the day of closing, in Paris (23:30 on 31 March)
    assert closed.closed and closed.level == OK and closed.next_review == date(2027, 3, 31)
