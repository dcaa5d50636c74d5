"""Time: instants are stored in UTC (ISO 8601 with offset), shown in Europe/Paris.

Services take a ``Clock`` so that tests (and the 72-hour countdown) can run on a fake clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


def to_iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("naive datetime: an instant needs a time zone")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def from_iso(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError("naive datetime: an instant needs a time zone")
    return moment


def in_paris(moment: datetime) -> datetime:
    return moment.astimezone(PARIS)


def format_paris(moment: datetime) -> str:
    """'29/11/2026 à 22:15' in Paris local time, the form used in French documents."""
    local = in_paris(moment)
    return local.strftime("%d/%m/%Y à %H:%M")
