"""Dates, times and numbers as the user's language writes them, in Paris time.

French: ``29/11/2026 à 22:15``; English: ``29 Nov 2026, 22:15``. Uses ``QLocale()``, which ``gui/i18n.py`` sets
from the interface language. PDFs are French documents and keep ``core.clock.format_paris``.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from core.clock import in_paris

_FORMATS = {
    QLocale.Language.French: ("dd/MM/yyyy", "dd/MM/yyyy 'à' HH:mm"),
    QLocale.Language.English: ("d MMM yyyy", "d MMM yyyy, HH:mm"),
}


def _formats(locale: QLocale) -> tuple[str, str]:
    known = _FORMATS.get(locale.language())
    if known:
        return known
    return locale.dateFormat(QLocale.FormatType.ShortFormat), locale.dateTimeFormat(
        QLocale.FormatType.ShortFormat
    )


def date_time(moment: datetime, locale: QLocale | None = None) -> str:
    """An instant shown in Europe/Paris local time."""
    locale = locale or QLocale()
    local = in_paris(moment)
    qt = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return locale.toString(qt, _formats(locale)[1])


def day(value: date | datetime, locale: QLocale | None = None) -> str:
    """A calendar date; an instant is first taken in Paris time."""
    locale = locale or QLocale()
    if isinstance(value, datetime):
        value = in_paris(value).date()
    return locale.toString(QDate(value.year, value.month, value.day), _formats(locale)[0])


def number(value: int | float, locale: QLocale | None = None) -> str:
    """1 500 in French, 1,500 in English."""
    return (locale or QLocale()).toString(value)


def percent(value: int, locale: QLocale | None = None) -> str:
    """93 % in French (with a space), 93% in English."""
    locale = locale or QLocale()
    space = " " if locale.language() == QLocale.Language.French else ""
    return f"{locale.toString(value)}{space}%"


def lang(locale: QLocale | None = None) -> str:
    """The interface language as core's labels name it ("fr" or "en")."""
    return "en" if (locale or QLocale()).language() == QLocale.Language.English else "fr"


def deadline(moment: datetime, locale: QLocale | None = None) -> str:
    """A notification deadline, through the one deadline formatter of core (same text as the documents)."""
    from core.rules.deadlines import deadline_text

    return deadline_text(moment, lang(locale))
