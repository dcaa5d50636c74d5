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
