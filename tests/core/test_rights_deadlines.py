"""Legal deadlines of rights requests: 48-hour floor, 8 days, 2 months, 1 month + 2, calendar edge cases."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from core.clock import PARIS
from core.domain.rights import RequesterKind, RequestKind, RequestStatus, RightsRequest
from core.rules.rights_deadlines import (
    add_months,
    assess,
    earliest_answer,
    extended_deadline,
    first_deadline,
)


def paris(y, m, d, h=10, mi=0):
    return datetime(y, m, d, h, mi, tzinfo=PARIS)


def request(kind=RequestKind.MEDICAL_RECORD, received=None, **kw):
    return RightsRequest(
        kind=kind,
        requester_kind=kw.pop("requester_kind", RequesterKind.PATIENT),
        requester_name="Jeanne Durand",
        received_at=received or paris(2026, 3, 2),
        **kw,
    )


def test_medical_record_floor_and_eight_days():
    received = paris(2026, 3, 2, 17, 30)
    assert earliest_answer(RequestKind.MEDICAL_RECORD, received) == paris(2026, 3, 4, 17, 30)
    assert first_deadline(RequestKind.MEDICAL_RECORD, received) == date(2026, 3, 10)
    assert extended_deadline(RequestKind.MEDICAL_RECORD, received) is None


def test_medical_record_older_than_five_years_two_months():
    assert first_deadline(RequestKind.MEDICAL_RECORD, paris(2026, 12, 31), old_information=True) == date(
        2027, 2, 28
    )


def test_gdpr_one_month_then_extension_counted_from_receipt():
    received = paris(2027, 1, 31)
    assert first_deadline(RequestKind.ERASURE, received) == date(2027, 2, 28)
    assert extended_deadline(RequestKind.ERASURE, received) == date(2027, 4, 30)
    assert earliest_answer(RequestKind.ERASURE, received) is None


def test_leap_year_and_late_evening_utc():
    # 23:30 in Paris on 31 January is still 31 January, although it is 22:30 UTC.
    received = datetime(2028, 1, 31, 22, 30, tzinfo=UTC)
    assert first_deadline(RequestKind.GDPR_ACCESS, received) == date(2028, 2, 29)
    # 23:30 UTC on 31 December is already 1 January in Paris.
    new_year = datetime(2026, 12, 31, 23, 30, tzinfo=UTC)
    assert first_deadline(RequestKind.GDPR_ACCESS, new_year) == date(2027, 2, 1)


def test_sharing_objection_is_not_extendable():
    assert extended_deadline(RequestKind.SHARING_OBJECTION, paris(2026, 5, 5)) is None


def test_assessment_days_left_overdue_and_extension_window():
    r = request(RequestKind.GDPR_ACCESS, paris(2026, 3, 2))
    on_time = assess(r, paris(2026, 3, 30))
    assert (on_time.due, on_time.days_left, on_time.overdue, on_time.can_extend) == (
        date(2026, 4, 2),
        3,
        False,
        True,
    )
    last_day = assess(r, paris(2026, 4, 2, 23, 0))
    assert last_day.days_left == 0 and not last_day.overdue and last_day.can_extend
    late = assess(r, paris(2026, 4, 3, 0, 30))
    assert late.overdue and late.days_left == -1 and not late.can_extend
    extended = assess(RightsRequest(**{**r.__dict__, "status": RequestStatus.EXTENDED}), paris(2026, 4, 3))
    assert extended.due == date(2026, 6, 2) and not extended.overdue and not extended.can_extend


def test_answered_requests_are_never_overdue_but_may_be_late():
    r = request(
        RequestKind.MEDICAL_RECORD,
        paris(2026, 3, 2),
        status=RequestStatus.ANSWERED,
        answered_at=paris(2026, 3, 12),
    )
    result = assess(r, paris(2026, 6, 1))
    assert not result.overdue and result.answered_late


def test_notes_cover_heirs_first_copy_and_erasure():
    heir = assess(request(requester_kind=RequesterKind.HEIR, patient_name="Paul Durand"), paris(2026, 3, 3))
    text = " ".join(heir.notes)
    assert "causes de la mort" in text and "première copie est gratuite" in text and "48 heures" in text
    erasure = " ".join(assess(request(RequestKind.ERASURE), paris(2026, 3, 3)).notes)
    assert "conservation" in erasure and "17.3" in erasure
    checked = assess(request(identity_checked=True), paris(2026, 3, 3))
    assert not any("identité" in n for n in checked.notes)


dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))


@given(dates, st.integers(min_value=0, max_value=36))
def test_add_months_properties(day, months):
    result = add_months(day, months)
    expected_index = day.year * 12 + day.month - 1 + months
    assert result.year * 12 + result.month - 1 == expected_index
    last = calendar.monthrange(result.year, result.month)[1]
    assert result.day == min(day.day, last)
    assert result >= day


@given(dates)
def test_one_month_never_skips_a_month_end(day):
    due = add_months(day, 1)
    assert 28 <= (due - day).days <= 31
    if day.day <= 28:
        assert due.day == day.day


@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)))
def test_medical_record_window_is_consistent(received):
    floor = earliest_answer(RequestKind.MEDICAL_RECORD, received)
    due = first_deadline(RequestKind.MEDICAL_RECORD, received)
    old_due = first_deadline(RequestKind.MEDICAL_RECORD, received, old_information=True)
    assert floor - received == timedelta(hours=48)
    assert floor.astimezone(PARIS).date() < due <= old_due
    assert (due - received.astimezone(PARIS).date()).days == 8
    assert extended_deadline(RequestKind.GDPR_ACCESS, received) >= first_deadline(
        RequestKind.GDPR_ACCESS, received
    )


def test_notes_are_codes_worded_in_french_and_english():
    """The French notes are the codes' French texts (one source); each code has an English text."""
    from core.rules.rights_notes import NOTE_TEXTS, text

    for fr, en in NOTE_TEXTS.values():
        assert fr.strip() and en.strip() and fr != en
        assert not set(en) & set("éèêàçù«»"), en
    heir = assess(
        request(requester_kind=RequesterKind.HEIR, patient_name="Paul Durand", old_information=True),
        paris(2026, 3, 3),
    )
    assert heir.notes == tuple(text(c) for c in heir.note_codes)
    english = " ".join(text(c, "en") for c in heir.note_codes)
    assert "causes of death" in english and "first copy is free" in english and "2 months" in english
