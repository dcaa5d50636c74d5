"""Which actions make up a self-assessment's plan, and in what order.

Shared by the assessment (its plan is frozen into the snapshot at closing) and the action plan service (the live
plan of an assessment in progress), so both always list the same actions in the same order.
"""

from __future__ import annotations

from collections.abc import Mapping

from core.clock import from_iso
from core.content.checklist import Catalogue
from core.domain.checklist import Action, ActionStatus, Assessment, ItemAnswer
from core.rules import checklist_scoring
from core.rules.checklist_scoring import ScoredItem


def live_plan(
    cat: Catalogue, assessment: Assessment, answers: Mapping[str, ItemAnswer], actions: list[Action]
) -> list[Action]:
    """Every open action (whatever year proposed it), those proposed by this assessment and those completed since
    it started; open ones first, then by the answers' priority (red flags first), then by id."""
    started = from_iso(assessment.started_at).date()
    chosen = [
        a
        for a in actions
        if a.is_open
        or a.origin_assessment_id == assessment.id
        or (a.status == ActionStatus.DONE and a.done_on is not None and a.done_on >= started)
    ]
    order = {item.id: n for n, item in enumerate(cat.items)}

    def key(action: Action) -> tuple:
        item = cat.item(action.item_id)
        given = answers.get(action.item_id)
        scored = ScoredItem(
            action.item_id,
            item.theme if item else "",
            item.weight if item else 1,
            given.answer if given else None,
            bool(item and item.sanction_2020),
        )
        return (
            0 if action.is_open else 1,
            checklist_scoring.priority_key(scored, order.get(action.item_id, 10_000)),
            action.id,
        )

    return sorted(chosen, key=key)
