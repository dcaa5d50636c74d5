"""Security self-assessment: answers, assessments, evidence and action-plan entries, with their validation."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from core.domain.problems import problem
from core.errors import FieldProblem, InvalidInput

MAX_NOTE = 2000
MAX_REASON = 300
MAX_TITLE = 200
MAX_OWNER = 120
MAX_COST = 120
MAX_EVIDENCE_BYTES = 20 * 1024 * 1024


class Answer(StrEnum):
    YES = "yes"
    PARTIAL = "partial"
    NO = "no"
    NA = "na"


ANSWER_LABELS_FR = {
    Answer.YES: "Oui",
    Answer.PARTIAL: "Partiellement",
    Answer.NO: "Non",
    Answer.NA: "Sans objet",
}


class AnswerSource(StrEnum):
    """Where an answer came from: typed now, copied from last year, or proposed by a completed action."""

    USER = "user"
    PREVIOUS = "previous"
    ACTION = "action"


class ActionStatus(StrEnum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


STATUS_LABELS_FR = {
    ActionStatus.TODO: "À faire",
    ActionStatus.IN_PROGRESS: "En cours",
    ActionStatus.DONE: "Fait",
    ActionStatus.DROPPED: "Abandonné",
}
OPEN_STATUSES = (ActionStatus.TODO, ActionStatus.IN_PROGRESS)


class Effort(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


EFFORT_LABELS_FR = {Effort.LOW: "Faible", Effort.MEDIUM: "Moyen", Effort.HIGH: "Important"}


@dataclass(frozen=True)
class AnswerInput:
    """What the practitioner gives for one question. ``na`` needs a one-line reason."""

    item_id: str
    answer: Answer | str
    note: str = ""
    na_reason: str = ""

    def normalized(self) -> AnswerInput:
        answer = self.answer
        if isinstance(answer, str) and not isinstance(answer, Answer) and answer in {a.value for a in Answer}:
            answer = Answer(answer)
        reason = " ".join(self.na_reason.split())
        return replace(self, answer=answer, note=self.note.strip(), na_reason=reason)

    def problems(self) -> list[FieldProblem]:
        p: list[FieldProblem] = []
        if not isinstance(self.answer, Answer):
            p.append(problem("answer", "checklist.answer_missing"))
        if self.answer == Answer.NA and not self.na_reason:
            p.append(problem("na_reason", "checklist.na_reason_missing"))
        if "\n" in self.na_reason or len(self.na_reason) > MAX_REASON:
            p.append(problem("na_reason", "checklist.na_reason_too_long", max=MAX_REASON))
        if len(self.note) > MAX_NOTE:
            p.append(problem("note", "checklist.note_too_long", max=MAX_NOTE))
        return p

    def validated(self) -> AnswerInput:
        value = self.normalized()
        problems = value.problems()
        if problems:
            raise InvalidInput(problems)
        if value.answer != Answer.NA:
            value = replace(value, na_reason="")
        return value


@dataclass(frozen=True)
class ItemAnswer:
    """A stored answer. ``answer`` is None while a question awaits an answer (e.g. an annual re-check)."""

    item_id: str
    theme: str
    weight: int
    answer: Answer | None
    note: str
    na_reason: str
    source: AnswerSource
    confirmed: bool
    answered_at: str | None

    @property
    def needs_confirmation(self) -> bool:
        return self.answer is not None and not self.confirmed


@dataclass(frozen=True)
class Assessment:
    id: int
    year: int
    started_at: str
    catalogue_version: int
    profile: dict[str, bool]
    previous_id: int | None = None
    closed_at: str | None = None
    closed_by: str = ""
    content_hash: str | None = None

    @property
    def is_closed(self) -> bool:
        return self.closed_at is not None


@dataclass(frozen=True)
class Evidence:
    id: int
    assessment_id: int
    item_id: str
    filename: str
    media_type: str
    size: int
    sha256: str
    added_at: str


@dataclass(frozen=True)
class ActionInput:
    """An action of the plan as the practitioner edits it."""

    item_id: str
    title: str
    owner: str = ""
    due_date: date | None = None
    status: ActionStatus | str = ActionStatus.TODO
    cost: str = ""
    effort: Effort | str = Effort.MEDIUM

    def normalized(self) -> ActionInput:
        status = self.status
        if not isinstance(status, ActionStatus) and status in {s.value for s in ActionStatus}:
            status = ActionStatus(status)
        effort = self.effort
        if not isinstance(effort, Effort) and effort in {e.value for e in Effort}:
            effort = Effort(effort)
        return replace(
            self,
            title=" ".join(self.title.split()),
            owner=self.owner.strip(),
            cost=self.cost.strip(),
            status=status,
            effort=effort,
        )

    def problems(self) -> list[FieldProblem]:
        p: list[FieldProblem] = []
        if not self.title:
            p.append(problem("title", "checklist.action_title_missing"))
        elif len(self.title) > MAX_TITLE:
            p.append(problem("title", "checklist.action_title_too_long", max=MAX_TITLE))
        if len(self.owner) > MAX_OWNER:
            p.append(problem("owner", "checklist.owner_too_long", max=MAX_OWNER))
        if len(self.cost) > MAX_COST:
            p.append(problem("cost", "checklist.cost_too_long", max=MAX_COST))
        if not isinstance(self.status, ActionStatus):
            p.append(problem("status", "checklist.status_unknown"))
        if not isinstance(self.effort, Effort):
            p.append(problem("effort", "checklist.effort_unknown"))
        if self.due_date is not None and not isinstance(self.due_date, date):
            p.append(problem("due_date", "checklist.due_date_invalid"))
        return p

    def validated(self) -> ActionInput:
        value = self.normalized()
        problems = value.problems()
        if problems:
            raise InvalidInput(problems)
        return value


@dataclass(frozen=True)
class Action:
    id: int
    item_id: str
    origin_assessment_id: int
    title: str
    owner: str
    due_date: date | None
    status: ActionStatus
    cost: str
    effort: Effort
    done_on: date | None
    created_at: str
    updated_at: str

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


@dataclass(frozen=True)
class ActionProposal:
    """An action Vigie suggests for a "no"/"partial" answer; saved only if the practitioner accepts it."""

    item_id: str
    title: str
    owner: str
    due_date: date
    effort: Effort
    red_flag: bool
    reasons: tuple[str, ...] = field(default_factory=tuple)

    def as_input(self) -> ActionInput:
        return ActionInput(
            self.item_id, self.title, self.owner, self.due_date, ActionStatus.TODO, "", self.effort
        )
