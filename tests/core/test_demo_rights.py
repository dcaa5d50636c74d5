"""The demo practice has a request due soon, an answered one, an overdue one, and its useful contacts."""

from __future__ import annotations

from core.domain.rights import RequestStatus
from core.services.contacts import ContactsService
from core.services.rights import RightsService


def test_demo_requests_and_contacts(demo_vault):
    views = RightsService(demo_vault).list()
    assert len(views) == 3
    due_soon = [v for v in views if v.request.status.is_open and 0 <= v.deadline.days_left <= 7]
    overdue = [v for v in views if v.deadline.overdue]
    answered = [v for v in views if v.request.status is RequestStatus.ANSWERED]
    assert len(due_soon) == 1 and len(overdue) == 1 and len(answered) == 1
    assert not answered[0].deadline.answered_late
    contacts = ContactsService(demo_vault).list()
    assert len([c for c in contacts if c.role.value != "other"]) == 3  # the demo's own three
    assert any(c.name.startswith("CNIL") for c in contacts)  # and the national ones of the first run
