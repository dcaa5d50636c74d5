"""The yearly security self-assessment: questionnaire, scores, freezing and history.

The action plan (:class:`core.services.checklist_plan.ActionPlanService`) and the evidence files
(:class:`core.services.checklist_files.EvidenceFileService`) are services of their own, built on this one and
using only its public methods (``require_item``, ``scored_items``, ``timestamp``…) and :func:`require_open`.

One assessment is in progress at a time. A new one starts pre-filled from the last one (except the items to
re-check every year), and each pre-filled answer waits for the practitioner's confirmation. Closing stores a
canonical JSON snapshot and its SHA-256: from then on, the service and the database triggers refuse changes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from core.clock import Clock, from_iso, in_paris, system_clock, to_iso
from core.content.checklist import Catalogue, Item, catalogue
from core.domain.checklist import (
    Action,
    ActionStatus,
    Answer,
    AnswerInput,
    AnswerSource,
    Assessment,
    Evidence,
    ItemAnswer,
)
from core.domain.problems import problem
from core.errors import (
    AssessmentAlreadyOpen,
    AssessmentFrozen,
    AssessmentIncomplete,
    InvalidInput,
    NoAssessmentForYear,
    NotFound,
)
from core.rules import action_plan, checklist_measures, checklist_scoring
from core.rules.checklist_scoring import ScoredItem, ScoreResult
from core.services import checklist_snapshot
from core.storage.db import Connection
from core.storage.repositories import checklist as repo
from core.storage.repositories import practice as practice_repo
from core.vault import Vault


@dataclass(frozen=True)
class QuestionRow:
    """One line of the questionnaire: the item, this year's answer, last year's, and the actions about it."""

    item: Item
    answer: ItemAnswer | None
    previous: ItemAnswer | None
    actions: tuple[Action, ...]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class HistoryPoint:
    assessment_id: int
    year: int
    label: str
    closed: bool
    overall: int | None
    themes: dict[str, int | None]


@dataclass(frozen=True)
class RegisterMeasures:
    """Measures of the register that the checklist allows to pre-tick, and from which assessment."""

    assessment_id: int
    year: int
    closed: bool
    measures: dict[str, checklist_measures.MeasureSuggestion]


def require_open(conn: Connection, assessment_id: int) -> Assessment:
    """The assessment, read inside the caller's transaction; refused if unknown or closed (frozen)."""
    found = repo.get_assessment(conn, assessment_id)
    if found is None:
        raise NotFound(what="assessment", number=assessment_id)
    if found.is_closed:
        raise AssessmentFrozen(year=found.year)
    return found


class ChecklistService:
    """Assessments, answers, scores, closing and history (the action plan and evidence files: their own services)."""

    def __init__(self, vault: Vault, clock: Clock = system_clock, cat: Catalogue | None = None):
        self._vault = vault
        self._clock = clock
        self.catalogue = cat or catalogue()

    # --- time ----------------------------------------------------------------------------------------------
    def timestamp(self) -> str:
        """Now, as stored (ISO 8601, UTC): every record of the assessment, its plan and evidence is dated so."""
        return to_iso(self._clock())

    def today(self) -> date:
        return in_paris(self._clock()).date()

    # --- profile -------------------------------------------------------------------------------------------
    def profile(self) -> dict[str, bool]:
        with self._vault.read() as conn:
            return repo.get_profile(conn)

    def set_profile(self, values: Mapping[str, bool]) -> dict[str, bool]:
        """Record applicability facts; the assessment in progress follows the new profile."""
        known = {c.id for c in self.catalogue.conditions}
        unknown = [k for k in values if k not in known]
        if unknown:
            raise InvalidInput([problem(k, "checklist.criterion_unknown") for k in unknown])
        with self._vault.transaction() as conn:
            repo.set_profile(conn, values, self.timestamp())
            profile = repo.get_profile(conn)
            current = repo.open_assessment(conn)
            if current is not None:
                repo.update_assessment_profile(conn, current.id, profile)
        return profile

    # --- assessments ---------------------------------------------------------------------------------------
    def assessments(self) -> list[Assessment]:
        with self._vault.read() as conn:
            return repo.list_assessments(conn)

    def get(self, assessment_id: int) -> Assessment:
        with self._vault.read() as conn:
            found = repo.get_assessment(conn, assessment_id)
        if found is None:
            raise NotFound(what="assessment", number=assessment_id)
        return found

    def current(self) -> Assessment | None:
        with self._vault.read() as conn:
            return repo.open_assessment(conn)

    def for_year(self, year: int) -> Assessment:
        """The most recent assessment of that calendar year."""
        matching = [a for a in self.assessments() if a.year == year]
        if not matching:
            raise NoAssessmentForYear(year=year)
        return matching[-1]

    def start(self, year: int | None = None) -> Assessment:
        """Start an assessment (this calendar year by default), pre-filled from the last closed one."""
        year = self.today().year if year is None else int(year)
        if not 2000 <= year <= 2200:
            raise InvalidInput([problem("year", "checklist.year_invalid")])
        now = self.timestamp()
        with self._vault.transaction() as conn:
            current = repo.open_assessment(conn)
            if current is not None:
                raise AssessmentAlreadyOpen(year=current.year)
            closed = [a for a in repo.list_assessments(conn) if a.is_closed]
            previous = max(closed, key=lambda a: (a.closed_at or "", a.id)) if closed else None
            profile = repo.get_profile(conn)
            new_id = repo.insert_assessment(
                conn, year, now, self.catalogue.version, profile, previous.id if previous else None
            )
            if previous is not None:
                self._prefill(conn, new_id, previous)
            created = repo.get_assessment(conn, new_id)
        assert created is not None
        return created

    def _prefill(self, conn, new_id: int, previous: Assessment) -> None:  # noqa: ANN001 - a db connection
        before = repo.answers(conn, previous.id)
        done_actions: dict[str, Action] = {}
        for action in repo.list_actions(conn):
            if action.status == ActionStatus.DONE and action.done_on is not None:
                done_actions[action.item_id] = action  # the latest done action per item wins (ids ascend)
        for item in self.catalogue.items:
            if item.annual_recheck:
                continue  # must be answered afresh every year
            old = before.get(item.id)
            action = done_actions.get(item.id)
            if (
                action is not None
                and old is not None
                and old.answer in (Answer.NO, Answer.PARTIAL)
                and action.done_on >= from_iso(previous.started_at).date()
            ):
                note = f"Action réalisée le {action.done_on.strftime('%d/%m/%Y')} : {action.title}"
                repo.put_answer(
                    conn,
                    new_id,
                    ItemAnswer(
                        item.id,
                        item.theme,
                        item.weight,
                        Answer.YES,
                        note,
                        "",
                        AnswerSource.ACTION,
                        False,
                        None,
                    ),
                )
            elif old is not None and old.answer is not None:
                repo.put_answer(
                    conn,
                    new_id,
                    ItemAnswer(
                        item.id,
                        item.theme,
                        item.weight,
                        old.answer,
                        old.note,
                        old.na_reason,
                        AnswerSource.PREVIOUS,
                        False,
                        None,
                    ),
                )

    def require_item(self, item_id: str) -> Item:
        """The catalogue's item, or a clear refusal naming the unknown id."""
        item = self.catalogue.item(item_id)
        if item is None:
            raise InvalidInput([problem("item_id", "checklist.question_unknown", item_id=item_id)])
        return item

    # --- answering -----------------------------------------------------------------------------------------
    def answer(self, assessment_id: int, given: AnswerInput) -> ItemAnswer:
        value = given.validated()
        item = self.require_item(value.item_id)
        stored = ItemAnswer(
            item.id,
            item.theme,
            item.weight,
            Answer(value.answer),
            value.note,
            value.na_reason,
            AnswerSource.USER,
            True,
            self.timestamp(),
        )
        with self._vault.transaction() as conn:
            require_open(conn, assessment_id)
            repo.put_answer(conn, assessment_id, stored)
        return stored

    def confirm(self, assessment_id: int, item_id: str) -> ItemAnswer:
        """Accept a pre-filled answer as still true this year."""
        self.require_item(item_id)
        with self._vault.transaction() as conn:
            require_open(conn, assessment_id)
            current = repo.answers(conn, assessment_id).get(item_id)
            if current is None or current.answer is None:
                raise InvalidInput([problem("answer", "checklist.nothing_to_confirm")])
            confirmed = ItemAnswer(
                current.item_id,
                current.theme,
                current.weight,
                current.answer,
                current.note,
                current.na_reason,
                current.source,
                True,
                self.timestamp(),
            )
            repo.put_answer(conn, assessment_id, confirmed)
        return confirmed

    def answers(self, assessment_id: int) -> dict[str, ItemAnswer]:
        with self._vault.read() as conn:
            return repo.answers(conn, assessment_id)

    def applicable_items(self, assessment: Assessment) -> tuple[Item, ...]:
        return self.catalogue.applicable(assessment.profile)

    def questionnaire(self, assessment_id: int) -> list[QuestionRow]:
        assessment = self.get(assessment_id)
        with self._vault.read() as conn:
            answers = repo.answers(conn, assessment_id)
            previous = repo.answers(conn, assessment.previous_id) if assessment.previous_id else {}
            actions = repo.list_actions(conn)
            evidence = repo.list_evidence(conn, assessment_id)
        rows = []
        for item in self.applicable_items(assessment):
            rows.append(
                QuestionRow(
                    item,
                    answers.get(item.id),
                    previous.get(item.id),
                    tuple(a for a in actions if a.item_id == item.id),
                    tuple(e for e in evidence if e.item_id == item.id),
                )
            )
        return rows

    # --- scores --------------------------------------------------------------------------------------------
    def _theme_order(self) -> list[str]:
        return [t.id for t in self.catalogue.themes]

    def scored_items(self, assessment: Assessment, answers: Mapping[str, ItemAnswer]) -> list[ScoredItem]:
        """The applicable items as scoring and priorities see them (the weight stored with an answer wins)."""
        items = []
        for item in self.applicable_items(assessment):
            given = answers.get(item.id)
            items.append(
                ScoredItem(
                    item.id,
                    item.theme,
                    given.weight if given else item.weight,
                    given.answer if given else None,
                    item.sanction_2020,
                )
            )
        return items

    def score(self, assessment_id: int) -> ScoreResult:
        assessment = self.get(assessment_id)
        if assessment.is_closed:
            return self._score_from_snapshot(self.snapshot(assessment_id))
        return checklist_scoring.score(
            self.scored_items(assessment, self.answers(assessment_id)), self._theme_order()
        )

    def _score_from_snapshot(self, snap: Mapping[str, Any]) -> ScoreResult:
        items = [
            ScoredItem(
                a["item_id"],
                a["theme"],
                int(a["weight"]),
                None if a["answer"] is None else Answer(a["answer"]),
                bool(a.get("sanction_2020")),
            )
            for a in snap["answers"]
        ]
        return checklist_scoring.score(items, self._theme_order())

    # --- closing and evidence of accountability -------------------------------------------------------------
    def missing(self, assessment_id: int) -> tuple[list[str], list[str]]:
        """(unanswered item ids, pre-filled answers still to confirm), both in catalogue order."""
        assessment = self.get(assessment_id)
        answers = self.answers(assessment_id)
        unanswered, unconfirmed = [], []
        for item in self.applicable_items(assessment):
            given = answers.get(item.id)
            if given is None or given.answer is None:
                unanswered.append(item.id)
            elif not given.confirmed:
                unconfirmed.append(item.id)
        return unanswered, unconfirmed

    def close(self, assessment_id: int, closed_by: str = "") -> Assessment:
        """Freeze the assessment: dated, with a SHA-256 over its canonical snapshot. Irreversible."""
        now = self.timestamp()
        with self._vault.transaction() as conn:
            assessment = require_open(conn, assessment_id)
            answers = repo.answers(conn, assessment_id)
            applicable = self.applicable_items(assessment)
            unanswered = [
                i.id for i in applicable if answers.get(i.id) is None or answers[i.id].answer is None
            ]
            unconfirmed = [i.id for i in applicable if i.id not in unanswered and not answers[i.id].confirmed]
            if unanswered or unconfirmed:
                raise AssessmentIncomplete(
                    unanswered=len(unanswered), unconfirmed=len(unconfirmed), items=unanswered + unconfirmed
                )
            snap = self._build_snapshot(conn, assessment, answers, now, closed_by.strip())
            text = checklist_snapshot.canonical_json(snap)
            repo.close_assessment(
                conn,
                assessment_id,
                now,
                closed_by.strip(),
                text,
                checklist_snapshot.sha256_hex(text.encode()),
            )
            closed = repo.get_assessment(conn, assessment_id)
        assert closed is not None
        return closed

    def _build_snapshot(
        self,
        conn,
        assessment: Assessment,
        answers: Mapping[str, ItemAnswer],  # noqa: ANN001
        closed_at: str,
        closed_by: str,
    ) -> dict[str, Any]:
        applicable = self.applicable_items(assessment)
        result = checklist_scoring.score(self.scored_items(assessment, answers), self._theme_order())
        return checklist_snapshot.build(
            assessment,
            closed_at,
            closed_by,
            practice_repo.get(conn),
            applicable,
            answers,
            result,
            action_plan.live_plan(self.catalogue, assessment, answers, repo.list_actions(conn)),
            repo.list_evidence(conn, assessment.id),
            [i.id for i in self.catalogue.items if i not in applicable],
        )

    def practice_identity(self) -> dict[str, str]:
        """The controller's identity as printed on the report (frozen into the snapshot at closing)."""
        with self._vault.read() as conn:
            return checklist_snapshot.identity(practice_repo.get(conn))

    def snapshot(self, assessment_id: int) -> dict[str, Any]:
        with self._vault.read() as conn:
            text = repo.get_snapshot(conn, assessment_id)
        if text is None:
            raise NotFound(what="assessment_snapshot", number=assessment_id)
        return json.loads(text)

    def verify(self, assessment_id: int) -> list[str]:
        """Problems found when re-checking a closed assessment's hash and evidence files (empty = intact)."""
        assessment = self.get(assessment_id)
        if not assessment.is_closed:
            return ["auto-évaluation non clôturée"]
        with self._vault.read() as conn:
            text = repo.get_snapshot(conn, assessment_id) or ""
            evidence = [repo.get_evidence(conn, e.id) for e in repo.list_evidence(conn, assessment_id)]
        problems = []
        if checklist_snapshot.sha256_hex(text.encode()) != assessment.content_hash:
            problems.append("l'empreinte de l'instantané ne correspond plus")
        for found in evidence:
            if found is not None and checklist_snapshot.sha256_hex(found[1]) != found[0].sha256:
                problems.append(f"justificatif altéré : {found[0].filename}")
        return problems

    # --- history and register ----------------------------------------------------------------------------------
    def history(self) -> list[HistoryPoint]:
        points = []
        assessments = self.assessments()
        per_year: dict[int, int] = {}
        for a in assessments:
            per_year[a.year] = per_year.get(a.year, 0) + 1
        seen: dict[int, int] = {}
        for a in assessments:
            seen[a.year] = seen.get(a.year, 0) + 1
            label = str(a.year) if per_year[a.year] == 1 else f"{a.year} ({seen[a.year]})"
            result = self.score(a.id)
            points.append(
                HistoryPoint(
                    a.id,
                    a.year,
                    label,
                    a.is_closed,
                    result.overall.percent,
                    {t.theme: t.percent for t in result.themes},
                )
            )
        return points

    def register_measures(self, assessment_id: int | None = None) -> RegisterMeasures | None:
        """Pre-ticks for the register's security measures, from the given (default: latest) assessment."""
        if assessment_id is None:
            every = self.assessments()
            if not every:
                return None
            current = self.current()
            assessment = current or max(every, key=lambda a: (a.closed_at or "", a.id))
        else:
            assessment = self.get(assessment_id)
        if assessment.is_closed:
            snap = self.snapshot(assessment.id)
            answers = {
                a["item_id"]: None if a["answer"] is None else Answer(a["answer"]) for a in snap["answers"]
            }
        else:
            answers = {k: v.answer for k, v in self.answers(assessment.id).items()}
        applicable = {i.id for i in self.applicable_items(assessment)}
        measures = checklist_measures.suggest(self.catalogue.measures, answers, applicable)
        return RegisterMeasures(assessment.id, assessment.year, assessment.is_closed, measures)
