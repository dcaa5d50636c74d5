"""The self-assessment's action plan: proposals from the answers, the actions kept, the priorities.

Part of :class:`core.services.checklist.ChecklistService` (split by concern: assessment, action plan, evidence
files); these methods use the assessment's own (``get``, ``answers``, ``applicable_items``…).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from core.clock import Clock, from_iso
from core.content.checklist import Catalogue
from core.domain.checklist import (
    Action,
    ActionInput,
    ActionProposal,
    ActionStatus,
    Answer,
    AnswerSource,
    Assessment,
    Effort,
    ItemAnswer,
)
from core.domain.problems import problem
from core.errors import (
    InvalidInput,
    NotFound,
)
from core.rules import checklist_scoring
from core.rules.checklist_scoring import ScoredItem
from core.services import checklist_snapshot
from core.storage.repositories import checklist as repo
from core.storage.repositories import practice as practice_repo
from core.vault import Vault


@dataclass(frozen=True)
class TopAction:
    item_id: str
    title: str
    due_date: date | None
    red_flag: bool
    action_id: int | None  # None: only proposed, not yet in the plan


class ActionPlan:
    """The action plan methods of ``ChecklistService``."""

    _vault: Vault
    _clock: Clock
    catalogue: Catalogue

    # --- action plan ---------------------------------------------------------------------------------------
    def actions(self) -> list[Action]:
        with self._vault.read() as conn:
            return repo.list_actions(conn)

    def plan(self, assessment_id: int) -> list[Action]:
        """The actions that belong to this assessment's plan, most urgent first.

        In progress: every open action (whatever year proposed it), those proposed by this assessment, and
        those completed since it started. Closed: the plan as it stood when the assessment was closed.
        """
        assessment = self.get(assessment_id)
        if assessment.is_closed:
            return [checklist_snapshot.action_from_dict(a) for a in self.snapshot(assessment_id)["actions"]]
        return self._live_plan(assessment, self.answers(assessment_id), self.actions())

    def _live_plan(
        self, assessment: Assessment, answers: Mapping[str, ItemAnswer], actions: list[Action]
    ) -> list[Action]:
        started = from_iso(assessment.started_at).date()
        chosen = [
            a
            for a in actions
            if a.is_open
            or a.origin_assessment_id == assessment.id
            or (a.status == ActionStatus.DONE and a.done_on is not None and a.done_on >= started)
        ]
        order = {item.id: n for n, item in enumerate(self.catalogue.items)}

        def key(action: Action) -> tuple:
            item = self.catalogue.item(action.item_id)
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

    def proposals(self, assessment_id: int) -> list[ActionProposal]:
        """An action for every "no"/"partial" answer that has no open action yet, most urgent first."""
        assessment = self.get(assessment_id)
        answers = self.answers(assessment_id)
        open_items = {a.item_id for a in self.actions() if a.is_open}
        with self._vault.read() as conn:
            practice = practice_repo.get(conn)
        owner = (practice.practitioner or practice.name) if practice else ""
        today = self.today()
        scored = self._scored_items(assessment, answers)
        ranked = sorted(enumerate(scored), key=lambda p: checklist_scoring.priority_key(p[1], p[0]))
        result = []
        for _, s in ranked:
            if not checklist_scoring.needs_action(s.answer) or s.item_id in open_items:
                continue
            item = self.catalogue.item(s.item_id)
            assert item is not None
            due, why = checklist_scoring.proposed_due_date(s, today)
            result.append(
                ActionProposal(
                    item.id,
                    item.action.fr,
                    owner,
                    due,
                    Effort(item.effort),
                    s.item_id in checklist_scoring.red_flags([s]),
                    (why,),
                )
            )
        return result

    def accept_proposals(self, assessment_id: int, item_ids: list[str] | None = None) -> list[Action]:
        chosen = [p for p in self.proposals(assessment_id) if item_ids is None or p.item_id in item_ids]
        return [self.add_action(assessment_id, p.as_input()) for p in chosen]

    def add_action(self, assessment_id: int, given: ActionInput) -> Action:
        value = given.validated()
        self._require_item(value.item_id)
        now = self._now()
        done_on = self.today() if value.status == ActionStatus.DONE else None
        with self._vault.transaction() as conn:
            if repo.get_assessment(conn, assessment_id) is None:
                raise NotFound(what=f"auto-évaluation n° {assessment_id}")
            new_id = repo.insert_action(conn, assessment_id, value, done_on, now)
            created = repo.get_action(conn, new_id)
        assert created is not None
        return created

    def update_action(self, action_id: int, given: ActionInput) -> Action:
        """Edit an action; marking it done records today's date (kept if it was already done)."""
        value = given.validated()
        now = self._now()
        with self._vault.transaction() as conn:
            current = repo.get_action(conn, action_id)
            if current is None:
                raise NotFound(what=f"action n° {action_id}")
            if value.item_id != current.item_id:
                raise InvalidInput([problem("item_id", "checklist.action_moved")])
            done_on = (current.done_on or self.today()) if value.status == ActionStatus.DONE else None
            repo.update_action(conn, action_id, value, done_on, now)
            updated = repo.get_action(conn, action_id)
        assert updated is not None
        return updated

    def set_action_status(self, action_id: int, status: ActionStatus) -> Action:
        with self._vault.read() as conn:
            current = repo.get_action(conn, action_id)
        if current is None:
            raise NotFound(what=f"action n° {action_id}")
        return self.update_action(
            action_id,
            ActionInput(
                current.item_id,
                current.title,
                current.owner,
                current.due_date,
                status,
                current.cost,
                current.effort,
            ),
        )

    def top_actions(self, assessment_id: int, limit: int = 5) -> list[TopAction]:
        """The most urgent things to do: red flags first, mixing planned actions and fresh proposals."""
        assessment = self.get(assessment_id)
        answers = self.answers(assessment_id) if not assessment.is_closed else {}
        if assessment.is_closed:
            snap = self.snapshot(assessment_id)
            answers = {
                a["item_id"]: ItemAnswer(
                    a["item_id"],
                    a["theme"],
                    a["weight"],
                    None if a["answer"] is None else Answer(a["answer"]),
                    "",
                    "",
                    AnswerSource.USER,
                    True,
                    None,
                )
                for a in snap["answers"]
            }
        flags = set(checklist_scoring.red_flags(self._scored_items(assessment, answers)))
        candidates: list[TopAction] = [
            TopAction(a.item_id, a.title, a.due_date, a.item_id in flags, a.id)
            for a in self.plan(assessment_id)
            if a.is_open
        ]
        if not assessment.is_closed:
            candidates += [
                TopAction(p.item_id, p.title, p.due_date, p.red_flag, None)
                for p in self.proposals(assessment_id)
            ]
        scored = {s.item_id: (n, s) for n, s in enumerate(self._scored_items(assessment, answers))}

        def key(t: TopAction) -> tuple:
            n, s = scored.get(t.item_id, (10_000, ScoredItem(t.item_id, "", 1, None)))
            return checklist_scoring.priority_key(s, n)

        return sorted(candidates, key=key)[:limit]

