"""The 72-hour clock of art. 33(1): an exact instant, counted continuously (nights, weekends, holidays).

Arithmetic is done on instants (UTC), never on wall-clock time, so a daylight-saving change in between
neither adds nor removes an hour; the result is then shown in Europe/Paris.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from core.clock import PARIS, format_paris, in_paris

NOTIFICATION_DELAY = timedelta(hours=72)
# When a countdown should nudge the practitioner (tray notifications at 24 h, 6 h and 1 h left).
REMINDERS = (timedelta(hours=24), timedelta(hours=6), timedelta(hours=1))


def notification_deadline(aware_at: datetime) -> datetime:
    """Awareness + 72 h, as an aware datetime in Europe/Paris."""
    if aware_at.tzinfo is None:
        raise ValueError("naive datetime: awareness needs a time zone")
    return (aware_at + NOTIFICATION_DELAY).astimezone(PARIS)


_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def deadline_text(deadline: datetime, lang: str = "fr") -> str:
    """The one way a deadline is written, everywhere (header, dashboard, journal, wizard, dossier, CLI).

    Paris time; French ``06/12/2026 à 18:00``, English ``6 Dec 2026, 18:00`` (as the GUI writes dates).
    """
    if lang == "en":
        local = in_paris(deadline)
        return f"{local.day} {_MONTHS_EN[local.month - 1]} {local.year}, {local:%H:%M}"
    return format_paris(deadline)


def day_text(day: date, lang: str = "fr") -> str:
    """A calendar day as deadlines write it: French ``06/12/2026``, English ``6 Dec 2026``."""
    if lang == "en":
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
    return day.strftime("%d/%m/%Y")


def incident_deadline(aware_at: datetime) -> tuple[datetime, str]:
    """The deadline of an incident from its one stored awareness value, and its French text."""
    deadline = notification_deadline(aware_at)
    return deadline, deadline_text(deadline)


@dataclass(frozen=True)
class Countdown:
    """Time left before the 72-hour notification deadline (negative once overdue)."""

    deadline: datetime
    remaining: timedelta  # negative once overdue

    @property
    def overdue(self) -> bool:
        return self.remaining <= timedelta(0)

    @property
    def hours_minutes(self) -> tuple[int, int]:
        """Whole hours and minutes left (or past, when overdue), rounded down to the minute."""
        seconds = int(abs(self.remaining).total_seconds())
        return seconds // 3600, (seconds % 3600) // 60

    def text(self) -> str:
        hours, minutes = self.hours_minutes
        if self.overdue:
            return f"délai dépassé de {hours} h {minutes:02d}"
        return f"{hours} h {minutes:02d} restantes (avant le {deadline_text(self.deadline)})"

    def reminders_due(self) -> tuple[timedelta, ...]:
        """The reminder thresholds already reached (e.g. (24 h, 6 h) with 5 h left)."""
        return tuple(r for r in REMINDERS if self.remaining <= r)


def countdown(aware_at: datetime, now: datetime) -> Countdown:
    deadline = notification_deadline(aware_at)
    return Countdown(deadline=deadline, remaining=deadline - now)
