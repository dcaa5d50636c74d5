"""The incident journal as a table: status, title, awareness, risk, severity, decision, deadline."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from core.clock import PARIS, format_paris
from core.domain.incident import IncidentSummary

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

COL_STATUS, COL_TITLE, COL_AWARE, COL_RISK, COL_SEVERITY, COL_DECISION, COL_DEADLINE = range(7)
RISK_ORDER = {None: -1, "none": 0, "risk": 1, "high": 2}
LEVEL_ORDER = {None: -1, "low": 0, "medium": 1, "high": 2, "very_high": 3}
Index = QModelIndex | QPersistentModelIndex


class IncidentTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001 - QObject parent
        super().__init__(parent)
        self._rows: list[IncidentSummary] = []
        self._years: dict[int, int] = {}
        self.now: datetime | None = None  # set by the page so "overdue" is computed on its clock

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("IncidentTableModel", "État"),
            QCoreApplication.translate("IncidentTableModel", "Incident"),
            QCoreApplication.translate("IncidentTableModel", "Prise de connaissance"),
            QCoreApplication.translate("IncidentTableModel", "Risque"),
            QCoreApplication.translate("IncidentTableModel", "Gravité"),
            QCoreApplication.translate("IncidentTableModel", "Décision"),
            QCoreApplication.translate("IncidentTableModel", "Échéance CNIL"),
        ]

    def set_rows(self, rows: list[IncidentSummary], now: datetime | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._years = {r.id: r.aware_at.astimezone(PARIS).year for r in self._rows}
        self.now = now
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows on the raw value of ``column``, keeping persistent indexes (selection) in place."""
        if not 0 <= column < 7:
            return
        self.layoutAboutToBeChanged.emit()
        old = self._rows
        order_rows = sorted(
            range(len(old)),
            key=lambda i: self._sort_value(old[i], column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [old[i] for i in order_rows]
        new_position = {old_row: new_row for new_row, old_row in enumerate(order_rows)}
        before = self.persistentIndexList()
        after = [self.index(new_position[i.row()], i.column()) for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def row_at(self, row: int) -> IncidentSummary:
        return self._rows[row]

    def year_at(self, row: int) -> int:
        """Year of awareness in Paris time (precomputed: the filter asks for every row)."""
        return self._years[self._rows[row].id]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 7
        ):
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == SORT_ROLE:
            return self._sort_value(r, col)
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_DEADLINE and self._overdue(r):
            return QBrush(QColor("#a4262c"))
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_DECISION and r.overridden:
            return QCoreApplication.translate(
                "IncidentTableModel", "Décision différente de la conclusion de Vigie, avec justification"
            )
        return None

    def _overdue(self, r: IncidentSummary) -> bool:
        return bool(r.awaiting_notification and r.deadline and self.now and r.deadline <= self.now)

    def _display(self, r: IncidentSummary, col: int) -> str:
        if col == COL_STATUS:
            return (
                QCoreApplication.translate("IncidentTableModel", "Ouvert")
                if r.status == "open"
                else QCoreApplication.translate("IncidentTableModel", "Clos")
            )
        if col == COL_TITLE:
            return f"n° {r.id} — {r.title}"
        if col == COL_AWARE:
            return format_paris(r.aware_at)
        if col == COL_RISK:
            return {
                None: QCoreApplication.translate("IncidentTableModel", "à évaluer"),
                "none": QCoreApplication.translate("IncidentTableModel", "improbable"),
                "risk": QCoreApplication.translate("IncidentTableModel", "risque"),
                "high": QCoreApplication.translate("IncidentTableModel", "élevé"),
            }[r.risk]
        if col == COL_SEVERITY:
            return {
                None: "—",
                "low": QCoreApplication.translate("IncidentTableModel", "faible"),
                "medium": QCoreApplication.translate("IncidentTableModel", "moyenne"),
                "high": QCoreApplication.translate("IncidentTableModel", "élevée"),
                "very_high": QCoreApplication.translate("IncidentTableModel", "très élevée"),
            }[r.severity_level]
        if col == COL_DECISION:
            if r.notify is None:
                text = QCoreApplication.translate("IncidentTableModel", "à évaluer")
            elif r.notify:
                text = QCoreApplication.translate("IncidentTableModel", "notifier la CNIL")
            else:
                text = QCoreApplication.translate("IncidentTableModel", "documenter seulement")
            if r.inform:
                text += QCoreApplication.translate("IncidentTableModel", " + informer les personnes")
            return text + (" *" if r.overridden else "")
        if r.notified_at is not None:
            return QCoreApplication.translate("IncidentTableModel", "notifiée le %1").replace(
                "%1", format_paris(r.notified_at)
            )
        if r.deadline is None:
            return "—"
        prefix = QCoreApplication.translate("IncidentTableModel", "dépassée : ") if self._overdue(r) else ""
        return prefix + format_paris(r.deadline)

    def _sort_value(self, r: IncidentSummary, col: int):  # noqa: ANN202 - mixed raw values
        if col == COL_STATUS:
            return 0 if r.status == "open" else 1
        if col == COL_TITLE:
            return r.title.casefold()
        if col == COL_AWARE:
            return r.aware_at.timestamp()
        if col == COL_RISK:
            return RISK_ORDER[r.risk]
        if col == COL_SEVERITY:
            return LEVEL_ORDER[r.severity_level]
        if col == COL_DECISION:
            return (-1 if r.notify is None else int(r.notify)) * 2 + int(bool(r.inform))
        moment = r.notified_at or r.deadline
        return moment.timestamp() if moment else float("inf")


class IncidentFilterProxy(QSortFilterProxyModel):
    """Filter on status ("open", "closed" or None for all) and on the year of awareness (Paris time).

    Sorting is delegated to the source model (a plain Python sort on raw values): with 10,000 incidents the
    proxy's own sort, calling ``data()`` for every comparison, would take seconds.
    """

    def __init__(self, parent=None) -> None:  # noqa: ANN001 - QObject parent
        super().__init__(parent)
        self._status: str | None = None
        self._year: int | None = None
        self.setSortRole(SORT_ROLE)

    def set_status(self, status: str | None) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_year(self, year: int | None) -> None:
        self.beginFilterChange()
        self._year = year
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, IncidentTableModel):
            return True
        if self._status is not None and model.row_at(source_row).status != self._status:
            return False
        return self._year is None or model.year_at(source_row) == self._year
