"""Dates, times and numbers on screen follow the interface language; Paris time in both."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QLocale

from gui import formats
from gui.models.incidents import IncidentTableModel

FR = QLocale(QLocale.Language.French, QLocale.Country.France)
EN = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
WINTER = datetime(2026, 11, 29, 21, 15, tzinfo=UTC)  # 22:15 in Paris (UTC+1)
SUMMER = datetime(2026, 7, 14, 20, 5, tzinfo=UTC)  # 22:05 in Paris (UTC+2)


def test_french_and_english_forms():
    assert formats.date_time(WINTER, FR) == "29/11/2026 à 22:15"
    assert formats.date_time(WINTER, EN) == "29 Nov 2026, 22:15"
    assert formats.date_time(SUMMER, FR) == "14/07/2026 à 22:05"
    assert formats.date_time(SUMMER, EN) == "14 Jul 2026, 22:05"
    assert formats.day(date(2026, 3, 1), FR) == "01/03/2026"
    assert formats.day(date(2026, 3, 1), EN) == "1 Mar 2026"
    assert formats.day(datetime(2026, 12, 31, 23, 30, tzinfo=UTC), EN) == "1 Jan 2027"  # Paris date
    assert formats.number(1500, EN) == "1,500"
    assert formats.percent(93, FR) == "93 %" and formats.percent(93, EN) == "93%"
    assert formats.number(1500, FR).replace("\u202f", " ").replace("\xa0", " ") == "1 500"


def test_default_locale_is_the_interface_language(qapp):
    from gui import i18n

    try:
        i18n.install(qapp, "en")
        assert formats.date_time(WINTER) == "29 Nov 2026, 22:15"
        model = IncidentTableModel()
        from tests.gui.test_incidents_gui import summary

        model.set_rows([summary(1, aware_at=WINTER)], now=WINTER)
        assert "29 Nov 2026, 22:15" in [model.index(0, c).data() for c in range(model.columnCount())]
    finally:
        i18n.install(qapp, "fr")
    assert formats.date_time(WINTER) == "29/11/2026 à 22:15"
