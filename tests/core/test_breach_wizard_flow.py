"""The breach wizard's logic without Qt: branching, blocking, answers to facts, what would change."""

from __future__ import annotations

from datetime import UTC, datetime

from core.rules.breach import assess
from core.rules.breach_sensitivity import what_would_change
from core.services.breach_wizard import STEPS, BreachAnswers, BreachFlow
from tests.core.breach_helpers import facts

AWARE = datetime(2026, 11, 27, 18, 5, tzinfo=UTC)


def test_full_path_and_back() -> None:
    flow = BreachFlow(clock=lambda: AWARE)
    assert flow.current == "awareness"  # the awareness moment is asked first
    assert flow.advance() == "awareness" and flow.problems()[0].path == "aware_at"
    flow.answers.aware_at = AWARE
    assert flow.advance() == "what"
    assert flow.advance() == "what"  # no title yet
    assert flow.problems()[0].path == "title"
    flow.answers.title = "Vol du portable"
    visited = ["awareness", flow.current]
    while not flow.is_last:
        visited.append(flow.advance())
    assert visited == list(STEPS)
    assert flow.back() == "conclusion"
    assert flow.advance() == "next_steps"


def test_no_personal_data_skips_to_the_conclusion() -> None:
    flow = BreachFlow(
        BreachAnswers(title="Panne de l'imprimante", personal_data=False, aware_at=AWARE), clock=lambda: AWARE
    )
    flow.advance()
    flow.advance()
    assert flow.advance() == "conclusion"
    assert flow.back() == "involved"
    result = assess(flow.answers.to_facts(AWARE))
    assert not result.is_personal_data_breach


def test_awareness_never_in_the_future_and_corrections_need_a_reason() -> None:
    from datetime import timedelta

    now = AWARE + timedelta(hours=15)
    flow = BreachFlow(BreachAnswers(aware_at=now + timedelta(hours=1)), clock=lambda: now)
    assert flow.advance() == "awareness" and flow.problems()[0].path == "aware_at"
    flow.answers.aware_at = AWARE  # yesterday evening: earlier than now is allowed
    assert flow.advance() == "what"
    again = BreachFlow(BreachAnswers(aware_at=AWARE), recorded_aware_at=now, clock=lambda: now)
    assert [p.path for p in again.problems()] == ["awareness_reason"]
    again.answers.awareness_reason = "Appel du journaliste la veille à 18 h"
    assert again.advance() == "what"


def test_nothing_known_yet_means_notify() -> None:
    answers = BreachAnswers(title="Appel de l'éditeur : fuite possible")
    f = answers.to_facts(AWARE)
    assert f.nature == ("confidentiality",) and f.confidentiality.exposure == "unknown"
    result = assess(f)
    assert result.notify_authority
    changes = what_would_change(f)
    questions = {w.question for w in changes}
    assert "Les données étaient-elles chiffrées ?" in questions
    assert any(not w.notify for w in changes)  # e.g. encrypted with a safe key: document only
    assert all(w.text().endswith(".") for w in changes)


def test_answers_for_the_three_issue_scenarios() -> None:
    laptop = BreachAnswers(
        title="Portable volé",
        origin="lost_or_stolen_device",
        personal_data=True,
        disclosed=True,
        data_categories={"health", "civil_status"},
        subject_categories={"patients"},
        count=1500,
        protection="encrypted_key_safe",
    )
    r = assess(laptop.to_facts(AWARE))
    assert (r.notify_authority, r.inform_subjects) == (False, False)
    usb = BreachAnswers(
        title="Clé USB perdue",
        origin="lost_or_stolen_device",
        personal_data=True,
        disclosed=True,
        data_categories={"health", "civil_status"},
        subject_categories={"patients"},
        count=200,
        protection="none",
    )
    r = assess(usb.to_facts(AWARE))
    assert (r.notify_authority, r.inform_subjects) == (True, True)
    ransom = BreachAnswers(
        title="Rançongiciel",
        origin="hacking_malware_phishing",
        personal_data=True,
        unavailable=True,
        disclosed=True,
        data_categories={"health"},
        backup=False,
        care_impact=True,
        protection="none",
    )
    r = assess(ransom.to_facts(AWARE))
    assert (r.notify_authority, r.inform_subjects) == (True, True)


def test_answered_facts_leave_nothing_to_ask() -> None:
    f = facts(
        nature=["confidentiality"],
        cause="internal_accidental",
        data_categories=["contact"],
        protection="none",
        subjects={"categories": ["patients"], "count": 3},
        confidentiality={"exposure": "known_recipients"},
    )
    assert what_would_change(f) == []


def test_occurrence_is_checked_with_the_domain_rules() -> None:
    from datetime import timedelta

    answers = BreachAnswers(title="Vol", aware_at=AWARE, occurred_start=AWARE + timedelta(hours=1))
    flow = BreachFlow(answers, clock=lambda: AWARE + timedelta(hours=2))
    assert flow.advance() == "awareness" and flow.problems()[0].path == "occurred_start"
    answers.occurred_start = AWARE - timedelta(days=1)
    answers.ongoing = True
    assert flow.advance() == "what"
    draft = answers.draft()
    assert draft.ongoing and draft.occurred_end is None
    assert answers.to_facts(AWARE).occurred_at == AWARE - timedelta(days=1)
