"""Plain data for the home screen: what is due, what is missing. Computed for "now" from the service clock.

It gathers the facts of the rights requests, the practice identity, the two paper documents and the register;
the GUI's card providers turn them into cards, and other features add providers reading their own services.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from core.clock import Clock, system_clock
from core.domain.practice import Practice
from core.services.documents import KIT_PRINTED, NOTICE_PRINTED, REPRINT_AFTER_DAYS, DocumentsService
from core.services.practice import PracticeService
from core.services.register import RegisterService, RegisterSummary
from core.services.rights import RightsService
from core.vault import Vault

DUE_SOON_DAYS = 7
REVIEW_AFTER_MONTHS = 12  # the self-assessment is yearly: the next review is due a year after closing

# How urgent a home-screen item is; the GUI colours and orders its cards by these codes.
OK, INFO, WARN, DANGER = "ok", "info", "warn", "danger"
REPRINT_AFTER = timedelta(days=REPRINT_AFTER_DAYS)

# What the CNIL notification form and the patients' notice need from the identity (one of each pair).
IDENTITY_NEEDS: tuple[tuple[str, ...], ...] = (
    ("name",),
    ("practitioner",),
    ("siren", "siret"),
    ("rpps", "adeli"),
    ("address",),
    ("postcode",),
    ("city",),
    ("email",),
    ("phone",),
)


@dataclass(frozen=True)
class RequestsSummary:
    open: int
    due_soon: int  # open, not overdue, due within DUE_SOON_DAYS days
    overdue: int
    next_due: date | None
    next_days_left: int | None


@dataclass(frozen=True)
class IdentitySummary:
    missing: tuple[str, ...]  # field names (the first of each pair when both are empty)

    @property
    def complete(self) -> bool:
        return not self.missing


@dataclass(frozen=True)
class DocumentSummary:
    printed_at: datetime | None
    due: bool  # never printed, or printed more than a year ago


@dataclass(frozen=True)
class ChecklistSummary:
    """This year's self-assessment as the home screen states it: started or not, score, what comes first, and
    when the next yearly review is due."""

    year: int
    started: bool
    percent: int | None = None
    red_flags: int = 0
    first_action: str | None = None
    first_action_due: date | None = None
    closed: bool = False
    next_review: date | None = None  # a year after closing

    @property
    def level(self) -> str:
        if not self.started:
            return WARN
        if self.red_flags:
            return DANGER
        return OK if self.closed else WARN


@dataclass(frozen=True)
class Dashboard:
    requests: RequestsSummary
    identity: IdentitySummary
    emergency_kit: DocumentSummary
    notice: DocumentSummary
    register: RegisterSummary

    @property
    def is_new(self) -> bool:
        """The register is still empty: the home screen then shows where to start."""
        return self.register.activities == 0 and self.register.processors == 0


class DashboardService:
    def __init__(self, vault: Vault, clock: Clock = system_clock):
        self._vault = vault
        self._clock = clock

    def summary(self) -> Dashboard:
        now = self._clock()
        docs = DocumentsService(self._vault, self._clock)
        return Dashboard(
            requests=self.requests(),
            identity=identity_summary(PracticeService(self._vault, self._clock).get()),
            emergency_kit=_document(docs.printed_at(KIT_PRINTED), now),
            notice=_document(docs.printed_at(NOTICE_PRINTED), now),
            register=RegisterService(self._vault, self._clock).summary(),
        )

    def checklist(self) -> ChecklistSummary:
        from core.clock import from_iso, in_paris
        from core.rules.rights_deadlines import add_months
        from core.services.checklist import ChecklistService
        from core.services.checklist_plan import ActionPlanService

        service = ChecklistService(self._vault, self._clock)
        year = service.today().year
        this_year = [a for a in service.assessments() if a.year == year]
        if not this_year:
            return ChecklistSummary(year=year, started=False)
        assessment = this_year[-1]
        score = service.score(assessment.id)
        top = ActionPlanService(self._vault, self._clock, service).top_actions(assessment.id, limit=1)
        closed_on = in_paris(from_iso(assessment.closed_at)).date() if assessment.closed_at else None
        return ChecklistSummary(
            year=year,
            started=True,
            percent=score.overall.percent,
            red_flags=len(score.red_flags),
            first_action=top[0].title if top else None,
            first_action_due=top[0].due_date if top else None,
            closed=closed_on is not None,
            next_review=add_months(closed_on, REVIEW_AFTER_MONTHS) if closed_on else None,
        )

    def requests(self) -> RequestsSummary:
        views = [v for v in RightsService(self._vault, self._clock).list() if v.request.status.is_open]
        overdue = [v for v in views if v.deadline.overdue]
        soon = [v for v in views if not v.deadline.overdue and v.deadline.days_left <= DUE_SOON_DAYS]
        upcoming = min(views, key=lambda v: v.deadline.due, default=None)
        return RequestsSummary(
            open=len(views),
            due_soon=len(soon),
            overdue=len(overdue),
            next_due=upcoming.deadline.due if upcoming else None,
            next_days_left=upcoming.deadline.days_left if upcoming else None,
        )


def identity_summary(practice: Practice | None) -> IdentitySummary:
    if practice is None:
        return IdentitySummary(tuple(group[0] for group in IDENTITY_NEEDS))
    missing = tuple(g[0] for g in IDENTITY_NEEDS if not any(str(getattr(practice, f)).strip() for f in g))
    return IdentitySummary(missing)


def _document(printed_at: datetime | None, now: datetime) -> DocumentSummary:
    return DocumentSummary(printed_at, printed_at is None or now - printed_at > REPRINT_AFTER)
