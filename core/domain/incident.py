"""The incident journal (art. 33(5) GDPR): incidents, assessment versions, decisions, timeline, next steps.

Every incident is kept, breach or not. Assessments are versions (never overwritten); a decision may depart
from the engine's conclusion only with a written justification. Values here are plain and frozen; SQL lives in
:mod:`core.storage.repositories.incidents`, use cases in :mod:`core.services.incidents`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from core.domain.breach import Assessment, BreachFacts
from core.domain.incident_vocab import CHANNELS as VOCAB_CHANNELS
from core.domain.incident_vocab import EVENTS
from core.domain.problems import problem
from core.errors import FieldProblem, InvalidInput

STATUSES = ("open", "closed")

# Timeline event kinds, in the order a practitioner usually meets them.
EVENT_KINDS = (
    "discovered",
    "awareness_changed",
    "contained",
    "assessed",
    "decided",
    "cnil_notified",
    "persons_informed",
    "police_complaint",
    "insurer_informed",
    "processor_informed",
    "note",
    "closed",
)
# French labels (printed documents); both languages in :mod:`core.domain.incident_vocab`.
EVENT_LABELS = {code: term.fr for code, term in EVENTS.items()}
# A print run of letters or e-mails: stored as a "note" of this type (it informs nobody by itself).
MAILING_PREPARED = "mailing_prepared"
# Events the user records by hand (the others come from the service's own actions).
MANUAL_EVENT_KINDS = ("contained", "police_complaint", "insurer_informed", "processor_informed", "note")

NOTIFICATION_TYPES = ("initial", "complementary")
CHANNELS = ("letter", "email", "phone", "in_person", "public_notice", "other")
CHANNEL_LABELS = {code: term.fr for code, term in VOCAB_CHANNELS.items()}
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
MIN_JUSTIFICATION = 20  # characters: "a documented override", not a tick box


@dataclass(frozen=True)
class ActivityRef:
    """An affected processing activity, as a free reference until the register is linked."""

    reference: str
    name: str


@dataclass(frozen=True)
class Incident:
    id: int
    title: str
    aware_at: datetime
    description: str = ""
    occurred_start: datetime | None = None
    occurred_end: datetime | None = None
    ongoing: bool = False
    discovery: str = ""
    origin: str | None = None
    cause: str | None = None
    activities: tuple[ActivityRef, ...] = ()
    status: str = "open"
    created_at: datetime | None = None
    closed_at: datetime | None = None


@dataclass(frozen=True)
class IncidentDraft:
    """Editable details of an incident (the awareness time is changed separately, with a reason)."""

    title: str
    description: str = ""
    occurred_start: datetime | None = None
    occurred_end: datetime | None = None
    ongoing: bool = False
    discovery: str = ""
    origin: str | None = None
    cause: str | None = None
    activities: tuple[ActivityRef, ...] = ()

    def problems(self, aware_at: datetime | None = None) -> list[FieldProblem]:
        from core.domain.breach import CAUSES, ORIGINS

        p: list[FieldProblem] = []
        if not self.title.strip():
            p.append(problem("title", "title_missing"))
        elif len(self.title) > 200:
            p.append(problem("title", "title_too_long", max=200))
        if self.origin is not None and self.origin not in ORIGINS:
            p.append(problem("origin", "origin_unknown"))
        if self.cause is not None and self.cause not in CAUSES:
            p.append(problem("cause", "cause_unknown"))
        for name in ("occurred_start", "occurred_end"):
            value = getattr(self, name)
            if value is not None and value.tzinfo is None:
                p.append(problem(name, "no_timezone"))
        start, end = self.occurred_start, self.occurred_end
        if start and end and start.tzinfo and end.tzinfo and end < start:
            p.append(problem("occurred_end", "end_before_start"))
        if self.ongoing and end is not None:
            p.append(problem("occurred_end", "ongoing_with_end"))
        if aware_at is not None and start is not None and start.tzinfo and start > aware_at:
            p.append(problem("occurred_start", "start_after_awareness"))
        for i, act in enumerate(self.activities):
            if not act.name.strip():
                p.append(problem(f"activities[{i}]", "activity_name_missing"))
        return p

    def validated(self, aware_at: datetime | None = None) -> IncidentDraft:
        problems = self.problems(aware_at)
        if problems:
            raise InvalidInput(problems)
        return self


@dataclass(frozen=True)
class AssessmentVersion:
    incident_id: int
    version: int
    created_at: datetime
    facts: BreachFacts
    result: Assessment
    note: str = ""


@dataclass(frozen=True)
class Decision:
    incident_id: int
    assessment_version: int
    notify: bool
    inform: bool
    overridden: bool
    justification: str
    decided_by: str
    decided_at: datetime


@dataclass(frozen=True)
class Attachment:
    id: int
    event_id: int
    filename: str
    media_type: str
    size: int
    sha256: str
    added_at: datetime


@dataclass(frozen=True)
class NewAttachment:
    filename: str
    content: bytes
    media_type: str = "application/octet-stream"


@dataclass(frozen=True)
class TimelineEvent:
    id: int
    incident_id: int
    kind: str
    at: datetime
    recorded_at: datetime
    note: str = ""
    details: dict[str, Any] = field(default_factory=dict)
    attachments: tuple[Attachment, ...] = ()

    @property
    def code(self) -> str:
        """The event's vocabulary code: its kind, or ``mailing_prepared`` for a print run kept as a note."""
        if self.kind == "note" and self.details.get("type") == MAILING_PREPARED:
            return MAILING_PREPARED
        return self.kind

    @property
    def label(self) -> str:
        return EVENT_LABELS.get(self.code, self.code)


@dataclass(frozen=True)
class Step:
    """One line of the next-steps checklist attached to an incident."""

    key: str
    label: str
    detail: str = ""
    level: str = "required"  # or "recommended"
    due_at: datetime | None = None
    done_at: datetime | None = None
    note: str = ""

    @property
    def done(self) -> bool:
        return self.done_at is not None


@dataclass(frozen=True)
class Notification:
    """A notification to the CNIL as recorded on the timeline."""

    at: datetime
    number: str
    type: str
    delay_reason: str = ""
    references: str = ""


@dataclass(frozen=True)
class IncidentRecord:
    """Everything known about one incident: what the detail screen, the dossier and the extract show."""

    incident: Incident
    assessments: tuple[AssessmentVersion, ...]
    decisions: tuple[Decision, ...]
    events: tuple[TimelineEvent, ...]
    steps: tuple[Step, ...]

    @property
    def latest(self) -> AssessmentVersion | None:
        return self.assessments[-1] if self.assessments else None

    @property
    def decision(self) -> Decision | None:
        return self.decisions[-1] if self.decisions else None

    @property
    def must_notify(self) -> bool:
        """The decision if one was taken, else the latest assessment's conclusion."""
        if self.decision is not None:
            return self.decision.notify
        return bool(self.latest and self.latest.result.notify_authority)

    @property
    def must_inform(self) -> bool:
        if self.decision is not None:
            return self.decision.inform
        return bool(self.latest and self.latest.result.inform_subjects)

    @property
    def notifications(self) -> tuple[Notification, ...]:
        return tuple(
            Notification(
                e.at,
                str(e.details.get("number", "")),
                str(e.details.get("type", "initial")),
                str(e.details.get("delay_reason", "")),
                str(e.details.get("references", "")),
            )
            for e in self.events
            if e.kind == "cnil_notified"
        )

    @property
    def initial_notification(self) -> Notification | None:
        return next((n for n in self.notifications if n.type == "initial"), None)


@dataclass(frozen=True, slots=True)  # 10,000 of them in a large journal: no per-row __dict__
class IncidentSummary:
    """One row of the journal list."""

    id: int
    title: str
    status: str
    aware_at: datetime
    risk: str | None
    severity_level: str | None
    notify: bool | None
    inform: bool | None
    overridden: bool
    notified_at: datetime | None
    deadline: datetime | None  # set when the CNIL must be notified

    @property
    def decision_text(self) -> str:
        if self.notify is None:
            return "à évaluer"
        if self.notify:
            return "notifier la CNIL" + (" et informer les personnes" if self.inform else "")
        return "documenter seulement" + (" et informer les personnes" if self.inform else "")

    @property
    def awaiting_notification(self) -> bool:
        return self.status == "open" and bool(self.notify) and self.notified_at is None
