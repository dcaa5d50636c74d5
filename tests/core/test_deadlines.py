"""The 72-hour clock: exact instants, DST crossings, countdown text and reminders."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.rules.deadlines import countdown, notification_deadline

PARIS_WINTER = "+01:00"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.mark.parametrize(
    ("aware", "deadline"),
    [
        ("2026-11-27T19:05:00+01:00", "2026-11-30T19:05:00+01:00"),  # ordinary winter weekend
        ("2026-03-27T10:00:00+01:00", "2026-03-30T11:00:00+02:00"),  # spring forward in between
        ("2026-03-29T01:30:00+01:00", "2026-04-01T02:30:00+02:00"),  # half an hour before the change
        ("2026-10-23T20:30:00+02:00", "2026-10-26T19:30:00+01:00"),  # fall back in between
        ("2026-10-25T02:30:00+02:00", "2026-10-28T01:30:00+01:00"),  # first 02:30 of the repeated hour
        ("2026-10-25T02:30:00+01:00", "2026-10-28T02:30:00+01:00"),  # second 02:30
        ("2026-07-14T08:00:00Z", "2026-07-17T10:00:00+02:00"),  # given in UTC, shown in Paris
    ],
)
def test_deadline(aware: str, deadline: str) -> None:
    result = notification_deadline(at(aware))
    assert result.isoformat() == deadline
    assert result - at(aware) == timedelta(hours=72)


def test_naive_awareness_is_refused() -> None:
    with pytest.raises(ValueError):
        notification_deadline(datetime(2026, 1, 1, 12, 0))


def test_countdown_before_and_after() -> None:
    aware = at("2026-03-27T10:00:00+01:00")
    early = countdown(aware, at("2026-03-29T12:00:00+02:00"))
    # from Sunday 12:00 (UTC+2) to Monday 11:00 (UTC+2): 23 hours
    assert not early.overdue and early.hours_minutes == (23, 0)
    assert early.text() == "23 h 00 restantes (avant le 30/03/2026 à 11:00)"
    assert early.reminders_due() == (timedelta(hours=24),)
    late = countdown(aware, at("2026-03-30T12:15:00+02:00"))
    assert late.overdue and late.hours_minutes == (1, 15)
    assert late.text() == "délai dépassé de 1 h 15"
    assert len(late.reminders_due()) == 3


def test_exactly_at_the_deadline_is_overdue() -> None:
    aware = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)
    assert countdown(aware, aware + timedelta(hours=72)).overdue
    assert not countdown(aware, aware + timedelta(hours=72) - timedelta(seconds=1)).overdue
