"""The self-assessment's action plan: proposals from the answers, the actions kept, the priorities.

A service of its own, built on the assessment service (:class:`core.services.checklist.ChecklistService`) and
calling only its public methods: which assessment, its answers, its scored items, today's date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from core.clock import Clock, system_clock
from core.domain.checklist import (
    Action,
    ActionInput,
    ActionProposal,
    ActionStatus,
    Answer,
    AnswerSource,
    Effort,
    ItemAnswer,
)
from core.domain.problems import problem
from core.errors import (
    InvalidInput,
    NotFound,
)
from core.rules import action_plan, checklist_scoring
from core.rules.checklist_scoring import ScoredItem
from core.services import checklist_snapshot
from core.services.checklist import ChecklistService
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


class ActionPlanService:
    """The actions across the years: proposed from an assessment's answers, kept, edited, ranked."""

    def __init__(self, vault: Vault, clock: Clock = system_clock, checklist: ChecklistService | None = None):
        self._vault = vault
        self.checklist = checklist or ChecklistService(vault, clock)

    def actions(self) -> list[Action]:
        with self._vault.read() as conn:
            return repo.list_actions(conn)

    def plan(self, assessment_id: int) -> list[Action]:
        """The actions that belong to this assessment's plan, most urgent first.

        In progress: every open action (whatever year proposed it), those proposed by this assessment, and
        those completed since it started. Closed: the plan as it stood when the assessment was closed.
        """
        assessment = self.checklist.get(assessment_id)
        if assessment.is_closed:
            snap = self.checklist.snapshot(assessment_id)
            return [checklist_snapshot.action_from_dict(a) for a in snap["actions"]]
        return action_plan.live_plan(
            self.checklist.catalogue, assessment, self.checklist.answers(assessment_id), self.actions()
        )

    def proposals(self, assessment_id: int) -> list[ActionProposal]:
        """An action for every "no"/"partial" answer that has no open action yet, most urgent first."""
        assessment = self.checklist.get(assessment_id)
        answers = self.checklist.answers(assessment_id)
        open_items = {a.item_id for a in self.actions() if a.is_open}
        with self._vault.read() as conn:
            practice = practice_repo.get(conn)
        owner = (practice.practitioner or practice.name) if practice else ""
        today = self.checklist.today()
        scored = self.checklist.scored_items(assessment, answers)
        ranked = sorted(enumerate(scored), key=lambda p: checklist_scoring.priority_key(p[1], p[0]))
        result = []
        for _, s in ranked:
            if not checklist_scoring.needs_action(s.answer) or s.item_id in open_items:
                continue
            item = self.checklist.catalogue.item(s.item_id)
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
        self.checklist.require_item(value.item_id)
        now = self.checklist.timestamp()
        done_on = self.checklist.today() if value.status == ActionStatus.DONE else None
        with self._vault.transaction() as conn:
            if repo.get_assessment(conn, assessment_id) is None:
                raise NotFound(what="assessment", number=assessment_id)
            new_id = repo.insert_action(conn, assessment_id, value, done_on, now)
            created = repo.get_action(conn, new_id)
        assert created is not None
        return created

    def update_action(self, action_id: int, given: ActionInput) -> Action:
        """Edit an action; marking it done records today's date (kept if it was already done)."""
        value = given.validated()
        now = self.checklist.timestamp()
        with self._vault.transaction() as conn:
            current = repo.get_action(conn, action_id)
            if current is None:
                raise NotFound(what="action", number=action_id)
            if value.item_id != current.item_id:
                raise InvalidInput([problem("item_id", "checklist.action_moved")])
            done_on = (
                (current.done_on or self.checklist.today()) if value.status == ActionStatus.DONE else None
            )
            repo.update_action(conn, action_id, value, done_on, now)
            updated = repo.get_action(conn, action_id)
        assert updated is not None
        return updated

    def set_action_status(self, action_id: int, status: ActionStatus) -> Action:
        with self._vault.read() as conn:
            current = repo.get_action(conn, action_id)
        if current is None:
            raise NotFound(what="action", number=action_id)
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
        assessment = self.checklist.get(assessment_id)
        answers = self.checklist.answers(assessment_id) if not assessment.is_closed else {}
        if assessment.is_closed:
            snap = self.checklist.snapshot(assessment_id)
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
        scored_items = self.checklist.scored_items(assessment, answers)
        flags = set(checklist_scoring.red_flags(scored_items))
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
        scored = {s.item_id: (n, s) for n, s in enumerate(scored_items)}

        def key(t: TopAction) -> tuple:
            n, s = scored.get(t.item_id, (10_000, ScoredItem(t.item_id, "", 1, None)))
            return checklist_scoring.priority_key(s, n)

        return sorted(candidates, key=key)[:limit]
