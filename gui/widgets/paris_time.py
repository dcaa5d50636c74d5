"""Date-time editors show Paris wall-clock time; core works with aware instants. The two conversions."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime

from core.clock import PARIS, in_paris


def to_qdatetime(moment: datetime) -> QDateTime:
    local = in_paris(moment)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=PARIS)
