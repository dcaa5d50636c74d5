"""Which actions make up an assessment's plan, and their order (``core.rules.action_plan``), without a vault."""

from __future__ import annotations

from datetime import date

from core.content.checklist import catalogue
from core.domain.checklist import Action, ActionStatus, Answer, AnswerSource, Assessment, Effort, ItemAnswer
from core.rules.action_plan import live_plan

ASSESSMENT = Assessment(id=2, year=2026, started_at="2026-01-10T09:00:00+00:00", catalogue_version=1, profile={})


def action(id_: int, item: str, status: ActionStatus, origin: int = 1, done_on: date | None = None) -> Action:
    return Action(id_, item, origin, f"action {id_}", "", None, status, "", Effort.LOW, done_on, "", "")


def answer(item: str, value: Answer) -> ItemAnswer:
    return ItemAnswer(item, "", 1, value, "", "", AnswerSource.USER, True, None)


def test_open_first_by_priority_then_those_done_since_the_start_or_proposed_by_this_assessment():
    cat = catalogue()
    answers = {
        "RESEAU-03": answer("RESEAU-03", Answer.NO),  # weight 3 answered "no": a red flag
        "GOUV-07": answer("GOUV-07", Answer.NO),  # weight 1
        "ECH-05": answer("ECH-05", Answer.PARTIAL),  # weight 2
        "POSTE-05": answer("POSTE-05", Answer.YES),
    }
    actions = [
        action(1, "GOUV-07", ActionStatus.TODO),
        action(2, "RESEAU-03", ActionStatus.IN_PROGRESS),
        action(3, "POSTE-05", ActionStatus.DONE, done_on=date(2026, 1, 10)),  # done on the day it started: kept
        action(4, "SAUV-04", ActionStatus.DONE, done_on=date(2026, 1, 9)),  # done before: last year's business
        action(5, "GOUV-01", ActionStatus.DROPPED, origin=2),  # dropped, but proposed by this assessment
        action(6, "POSTE-07", ActionStatus.DROPPED),  # dropped in an earlier year
        action(7, "ECH-05", ActionStatus.TODO),
        action(8, "RETIRE-01", ActionStatus.TODO),  # an item no longer in the catalogue: still shown, last
        action(9, "GOUV-07", ActionStatus.TODO),  # same item as 1: the older action first
    ]
    plan = live_plan(cat, ASSESSMENT, answers, actions)
    # Open: red flag, then weight 2, then weight 1 (by id), then the unknown item. Closed: POSTE-05 (weight 3,
    # a 2020 sanction case) before GOUV-01 (weight 3, unanswered).
    assert [a.id for a in plan] == [2, 7, 1, 9, 8, 3, 5]


def test_an_assessment_without_actions_has_an_empty_plan():
    assert live_plan(catalogue(), ASSESSMENT, {}, []) == []
