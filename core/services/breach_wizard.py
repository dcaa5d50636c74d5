"""The breach wizard without Qt: the answers it collects, its steps and branching, and the facts it produces.

The Qt dialog (gui/wizards/breach_wizard.py) only shows these steps and fills :class:`BreachAnswers`; tests
drive the same flow headless. Unknown is a valid answer everywhere (``None``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from core.domain.breach import BreachFacts
from core.domain.breach_json import parse_facts
from core.domain.incident import ActivityRef, IncidentDraft
from core.errors import FieldProblem

STEPS = ("what", "involved", "which", "circumstances", "conclusion", "next_steps")


@dataclass
class BreachAnswers:
    """What the practitioner answered so far; the wizard's request object."""

    title: str = ""
    aware_at: datetime | None = None  # set by the wizard when the incident is opened
    occurred_start: datetime | None = None
    occurred_end: datetime | None = None
    ongoing: bool = False
    description: str = ""
    discovery: str = ""
    origin: str | None = None
    cause: str | None = None
    personal_data: bool | None = None  # None: not known yet (treated as yes)
    disclosed: bool = False
    altered: bool = False
    unavailable: bool = False
    data_categories: set[str] = field(default_factory=set)
    specialty_reveals_health: bool = False
    subject_categories: set[str] = field(default_factory=set)
    count: int | None = None
    activities: list[ActivityRef] = field(default_factory=list)
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

    def to_document(self, aware_at: datetime) -> dict[str, Any]:
        """The ``vigie.breach-facts/1`` document for these answers."""
        doc: dict[str, Any] = {
            "aware_at": aware_at.isoformat(),
            "personal_data": self.personal_data is not False,
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
        doc["context"] = {"controller_reveals_sensitive": self.specialty_reveals_health}
        doc["subjects"] = {"categories": sorted(self.subject_categories), "count": self.count}
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

    def to_facts(self, aware_at: datetime) -> BreachFacts:
        return parse_facts(self.to_document(aware_at))

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
    """Step navigation: which step comes next, and what blocks leaving a step."""

    def __init__(self, answers: BreachAnswers | None = None) -> None:
        self.answers = answers or BreachAnswers()
        self.history: list[str] = [STEPS[0]]

    @property
    def current(self) -> str:
        return self.history[-1]

    def problems(self, step: str | None = None) -> list[FieldProblem]:
        step = step or self.current
        a = self.answers
        if step == "what":
            return self.answers.draft().problems(self.answers.aware_at)
        if step == "which" and a.count is not None and a.count < 0:
            return [FieldProblem("count", "le nombre de personnes ne peut pas être négatif")]
        if step == "circumstances" and a.restore_hours is not None and a.restore_hours < 0:
            return [FieldProblem("restore_hours", "une durée ne peut pas être négative")]
        return []

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
