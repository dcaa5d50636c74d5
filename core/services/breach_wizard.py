"""The breach wizard without Qt: the answers it collects, its steps and branching, and the facts it produces.

The Qt dialog (gui/wizards/breach_wizard.py) shows one small widget per step, each loading and storing its part
of :class:`BreachAnswers`; tests drive the same flow headless. Unknown is a valid answer everywhere (``None``).
Answers and facts convert both ways (:meth:`BreachAnswers.to_facts`, :meth:`BreachAnswers.from_facts`), so a
re-assessment starts from the latest facts and, untouched, gives the same decision.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from core.clock import system_clock
from core.domain import incident_timeline
from core.domain.breach import ACCIDENTAL_CAUSES, CONTEXT_FLAGS, MALICIOUS_CAUSES, BreachFacts, Context
from core.domain.breach_json import parse_facts
from core.domain.incident import ActivityRef, Incident, IncidentDraft
from core.domain.problems import problem
from core.errors import FieldProblem

STEPS = ("awareness", "what", "involved", "which", "circumstances", "conclusion", "next_steps")
FUTURE_TOLERANCE = timedelta(minutes=5)  # a clock a little ahead is not "the future" (as the service)
# Timeline note when the awareness of an incident opened in this same wizard session is corrected before any
# assessment (a re-assessment asks the practitioner for the reason instead).
WIZARD_CORRECTION = incident_timeline.WIZARD_CORRECTION[0]


@dataclass
class BreachAnswers:
    """What the practitioner answered so far; the wizard's request object."""

    title: str = ""
    # Step 1: when the practice became aware (starts the 72 hours), how, and the breach's own dates.
    aware_at: datetime | None = None
    awareness_reason: str = ""  # required to correct an awareness already recorded
    discovery_means: str | None = None  # a code of DISCOVERY_MEANS; ``discovery`` is the free-text detail
    discovery: str = ""
    occurred_start: datetime | None = None
    occurred_end: datetime | None = None
    ongoing: bool = False
    status: str | None = None
    # Step 2: what happened.
    description: str = ""
    origin: str | None = None
    cause: str | None = None
    malicious: bool | None = None
    storage_medium: str | None = None
    authority_already_informed: bool = False
    # Step 3: personal data? which kind of breach?
    personal_data: bool | None = None  # None: not known yet (treated as yes)
    disclosed: bool = False
    altered: bool = False
    unavailable: bool = False
    # Step 4: which data, whose.
    data_categories: set[str] = field(default_factory=set)
    dpc: int | None = None
    context: Context = field(default_factory=Context)
    identifiability: str | None = None
    subject_categories: set[str] = field(default_factory=set)
    count: int | None = None
    reachable: bool = True
    records_count: int | None = None
    cross_border: bool | None = None  # persons residing in other EU/EEA states; None: not known yet
    activities: list[ActivityRef] = field(default_factory=list)
    # Step 5: protections and circumstances.
    protection: str | None = None
    exposure: str | None = None
    recipients_trusted: bool = False
    deletion_confirmed: bool = False
    backup: bool | None = None
    restore_hours: float | None = None
    care_impact: bool = False
    permanent_loss: bool = False
    misuse: str | None = None

    def natures(self) -> list[str]:
        chosen = [
            n
            for n, on in (
                ("confidentiality", self.disclosed),
                ("integrity", self.altered),
                ("availability", self.unavailable),
            )
            if on
        ]
        return chosen or ["confidentiality"]  # nothing ticked yet: assume a disclosure (when in doubt)

    def to_document(self, aware_at: datetime | None = None) -> dict[str, Any]:
        """The ``vigie.breach-facts/1`` document for these answers (awareness: the given one, else answered)."""
        aware = aware_at or self.aware_at
        doc: dict[str, Any] = {
            "aware_at": aware.isoformat() if aware else None,
            "personal_data": self.personal_data is not False,
            "context": {k: getattr(self.context, k) for k in CONTEXT_FLAGS},
            "malicious": self.malicious,
            "authority_already_informed": self.authority_already_informed,
            "storage_medium": self.storage_medium,
            "status": self.status,
            "cross_border": self.cross_border,
            "discovery_means": self.discovery_means,
        }
        if self.occurred_start is not None:
            doc["occurred_at"] = self.occurred_start.isoformat()
        if self.origin:
            doc["origin"] = self.origin
        if self.cause:
            doc["cause"] = self.cause
        if self.personal_data is False:
            return doc
        natures = self.natures()
        doc["nature"] = natures
        doc["data_categories"] = sorted(self.data_categories)
        doc["dpc"] = self.dpc
        doc["subjects"] = {
            "categories": sorted(self.subject_categories),
            "count": self.count,
            "reachable": self.reachable,
        }
        doc["records_count"] = self.records_count
        doc["identifiability"] = self.identifiability
        if self.protection:
            doc["protection"] = self.protection
        if "confidentiality" in natures:
            exposure = self.exposure or "unknown"
            known = exposure == "known_recipients"
            doc["confidentiality"] = {
                "exposure": exposure,
                "recipients_trusted": known and self.recipients_trusted,
                "deletion_confirmed": known and self.deletion_confirmed,
            }
        if "integrity" in natures:
            doc["integrity"] = {"misuse": self.misuse}
        if "availability" in natures:
            lost = self.permanent_loss
            doc["availability"] = {
                "backup": bool(self.backup) and not lost,
                "restore_hours": None if lost else self.restore_hours,
                "care_impact": self.care_impact,
                "permanent_loss": lost,
            }
        return doc

    def to_facts(self, aware_at: datetime | None = None) -> BreachFacts:
        """Parsed by the real parser: the wizard cannot produce facts that ``assess`` would refuse."""
        return parse_facts(self.to_document(aware_at))

    @classmethod
    def from_facts(cls, facts: BreachFacts, incident: Incident | None = None) -> BreachAnswers:
        """The answers that give back ``facts`` (the identity, tested); the incident adds its details."""
        c, i, a = facts.confidentiality, facts.integrity, facts.availability
        answers = cls(
            aware_at=facts.aware_at,
            occurred_start=facts.occurred_at,
            status=facts.status,
            discovery_means=facts.discovery_means,
            cross_border=facts.cross_border,
            origin=facts.origin,
            cause=facts.cause,
            malicious=facts.malicious,
            storage_medium=facts.storage_medium,
            authority_already_informed=facts.authority_already_informed,
            personal_data=facts.personal_data,
            disclosed="confidentiality" in facts.nature,
            altered="integrity" in facts.nature,
            unavailable="availability" in facts.nature,
            data_categories=set(facts.data_categories),
            dpc=facts.dpc,
            context=facts.context,
            identifiability=facts.identifiability,
            subject_categories=set(facts.subjects.categories),
            count=facts.subjects.count,
            reachable=facts.subjects.reachable,
            records_count=facts.records_count,
            protection=facts.protection,
            exposure=c.exposure if c else None,
            recipients_trusted=bool(c and c.recipients_trusted),
            deletion_confirmed=bool(c and c.deletion_confirmed),
            misuse=i.misuse if i else None,
            backup=a.backup if a else None,
            restore_hours=a.restore_hours if a else None,
            care_impact=bool(a and a.care_impact),
            permanent_loss=bool(a and a.permanent_loss),
        )
        if incident is not None:
            answers.apply_incident(incident, keep_facts=True)
        return answers

    @classmethod
    def for_incident(cls, incident: Incident, facts: BreachFacts | None) -> BreachAnswers:
        """Re-assessment: the latest facts when there are some, else the incident's recorded details."""
        if facts is not None:
            return cls.from_facts(facts, incident)
        answers = cls()
        answers.apply_incident(incident, keep_facts=False)
        return answers

    def apply_incident(self, incident: Incident, keep_facts: bool) -> None:
        """Copy the incident's details (its awareness is the one stored value; the details are editable)."""
        self.title = incident.title
        self.aware_at = incident.aware_at
        self.description = incident.description
        self.discovery = incident.discovery
        self.occurred_end = incident.occurred_end
        self.ongoing = incident.ongoing
        self.activities = list(incident.activities)
        if incident.occurred_start is not None or not keep_facts:
            self.occurred_start = incident.occurred_start
        if not keep_facts or self.origin is None:
            self.origin = incident.origin
        if not keep_facts or self.cause is None:
            self.cause = incident.cause

    def draft(self, default_title: str = "") -> IncidentDraft:
        """The incident's editable details as answered (validated by the domain, not here)."""
        return IncidentDraft(
            title=self.title or default_title,
            description=self.description,
            occurred_start=self.occurred_start,
            occurred_end=None if self.ongoing else self.occurred_end,
            ongoing=self.ongoing,
            discovery=self.discovery,
            origin=self.origin,
            cause=self.cause,
            activities=tuple(self.activities),
        )


class BreachFlow:
    """Step navigation: which step comes next, and what blocks leaving a step.

    ``recorded_aware_at`` is the awareness already stored for the incident (re-assessment): changing it then
    needs a written reason, kept on the timeline.
    """

    def __init__(
        self,
        answers: BreachAnswers | None = None,
        *,
        recorded_aware_at: datetime | None = None,
        clock: Callable[[], datetime] = system_clock,
    ) -> None:
        self.answers = answers or BreachAnswers()
        self.recorded_aware_at = recorded_aware_at
        self.clock = clock
        self.history: list[str] = [STEPS[0]]

    @property
    def current(self) -> str:
        return self.history[-1]

    @property
    def awareness_changed(self) -> bool:
        a = self.answers.aware_at
        return self.recorded_aware_at is not None and a is not None and a != self.recorded_aware_at

    def problems(self, step: str | None = None) -> list[FieldProblem]:
        step = step or self.current
        a = self.answers
        if step == "awareness":
            return self._awareness_problems()
        if step == "what":
            p = [q for q in a.draft().problems(a.aware_at) if q.path in ("title", "origin", "cause")]
            if a.malicious is True and a.cause in ACCIDENTAL_CAUSES:
                p.append(problem("malicious", "attack_but_accident"))
            if a.malicious is False and a.cause in MALICIOUS_CAUSES:
                p.append(problem("malicious", "accident_but_malice"))
            return p
        if step == "which":
            if a.count is not None and a.count < 0:
                return [problem("count", "count_negative")]
            if a.records_count is not None and a.records_count < 0:
                return [problem("records_count", "records_negative")]
        if step == "circumstances" and a.restore_hours is not None and a.restore_hours < 0:
            return [problem("restore_hours", "duration_negative")]
        return []

    def _awareness_problems(self) -> list[FieldProblem]:
        a = self.answers
        now = self.clock()
        p: list[FieldProblem] = []
        if a.aware_at is None:
            p.append(problem("aware_at", "aware_at_missing"))
        elif a.aware_at.tzinfo is None:
            p.append(problem("aware_at", "no_timezone"))
        elif a.aware_at > now + FUTURE_TOLERANCE:
            p.append(problem("aware_at", "aware_at_future"))
        for name in ("occurred_start", "occurred_end"):
            value = getattr(a, name)
            if value is not None and value.tzinfo is not None and value > now + FUTURE_TOLERANCE:
                p.append(problem(name, "date_future"))
        draft_problems = a.draft("-").problems(a.aware_at)
        p += [q for q in draft_problems if q.path in ("occurred_start", "occurred_end")]
        if self.awareness_changed and not a.awareness_reason.strip():
            p.append(problem("awareness_reason", "awareness_reason_missing"))
        return p

    def next_step(self) -> str | None:
        step = self.current
        if step == "involved" and self.answers.personal_data is False:
            return "conclusion"
        index = STEPS.index(step)
        return STEPS[index + 1] if index + 1 < len(STEPS) else None

    def advance(self) -> str:
        """Move on when the current step is complete; returns the new step (unchanged if blocked)."""
        if self.problems():
            return self.current
        following = self.next_step()
        if following is not None:
            self.history.append(following)
        return self.current

    def back(self) -> str:
        if len(self.history) > 1:
            self.history.pop()
        return self.current

    @property
    def is_last(self) -> bool:
        return self.current == STEPS[-1]
