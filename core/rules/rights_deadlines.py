"""Legal deadlines of a rights request, and the rules to keep in mind while answering it. Pure functions.

- Access to the medical record (CSP L.1111-7, R.1111-1): not before a 48-hour reflection period, at the
  latest 8 days after the request, 2 months when the information is more than 5 years old.
- GDPR rights (art. 12(3)): one month after receipt, extendable by two further months when the requester is
  told, with the reasons, before the first month is over.

Days are counted on the Paris calendar: a request received on 31 January is due on 28 (or 29) February, the
day of the month being clamped to the last day of the target month.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

from core.clock import in_paris
from core.domain.rights import DeadlineAssessment, RequestKind, RequestStatus, RightsRequest
from core.rules.rights_notes import note_codes
from core.rules.rights_notes import text as note_text

REFLECTION_PERIOD = timedelta(hours=48)
RECORD_DAYS = 8
RECORD_OLD_MONTHS = 2
GDPR_MONTHS = 1
GDPR_EXTENSION_MONTHS = 2


def add_months(day: date, months: int) -> date:
    """Same day ``months`` later, clamped to the end of a shorter month (31 Jan + 1 → 28/29 Feb)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def received_day(received_at: datetime) -> date:
    return in_paris(received_at).date()


def earliest_answer(kind: RequestKind, received_at: datetime) -> datetime | None:
    """The medical record may not be sent before the 48-hour reflection period; other rights have no floor."""
    return received_at + REFLECTION_PERIOD if kind is RequestKind.MEDICAL_RECORD else None


def first_deadline(kind: RequestKind, received_at: datetime, old_information: bool = False) -> date:
    day = received_day(received_at)
    if kind is RequestKind.MEDICAL_RECORD:
        if old_information:
            return add_months(day, RECORD_OLD_MONTHS)
        return day + timedelta(days=RECORD_DAYS)
    return add_months(day, GDPR_MONTHS)


def extended_deadline(kind: RequestKind, received_at: datetime) -> date | None:
    """One month plus two, counted from receipt (not from the clamped first deadline)."""
    if not is_extendable(kind):
        return None
    return add_months(received_day(received_at), GDPR_MONTHS + GDPR_EXTENSION_MONTHS)


def is_extendable(kind: RequestKind) -> bool:
    """The CSP deadlines cannot be extended; an objection to sharing is applied at once."""
    return kind.is_gdpr and kind is not RequestKind.SHARING_OBJECTION


def days_left(due: date, now: datetime) -> int:
    """Whole days until the due date (0 on the day itself, negative once past), on the Paris calendar."""
    return (due - in_paris(now).date()).days


def assess(request: RightsRequest, now: datetime) -> DeadlineAssessment:
    first = first_deadline(request.kind, request.received_at, request.old_information)
    extended = extended_deadline(request.kind, request.received_at)
    due = extended if request.status is RequestStatus.EXTENDED and extended else first
    today = in_paris(now).date()
    open_ = request.status.is_open
    late = False
    if request.answered_at is not None and request.status in (RequestStatus.ANSWERED, RequestStatus.REFUSED):
        late = in_paris(request.answered_at).date() > due
    return DeadlineAssessment(
        earliest_answer=earliest_answer(request.kind, request.received_at),
        first_due=first,
        extended_due=extended,
        due=due,
        days_left=days_left(due, now),
        overdue=open_ and today > due,
        can_extend=request.status is RequestStatus.RECEIVED
        and is_extendable(request.kind)
        and today <= first,
        answered_late=late,
        notes=tuple(notes(request)),
        note_codes=tuple(note_codes(request)),
    )


def notes(request: RightsRequest) -> list[str]:
    """What the practitioner must keep in mind for this request, in plain French (codes and English:
    :mod:`core.rules.rights_notes`)."""
    return [note_text(code) for code in note_codes(request)]
