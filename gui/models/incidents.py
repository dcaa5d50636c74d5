"""The incident journal as a table: status, title, awareness, risk, severity, decision, deadline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from core.clock import PARIS
from core.domain.breach_vocab import SEVERITY_LEVELS, label, lower_first
from core.domain.incident import IncidentSummary
from core.rules.severity import conclusion_level
from gui import formats, theme

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

# The one definition of the journal's columns: (key, header). The COL_* positions follow from it.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("status", QT_TRANSLATE_NOOP("IncidentTableModel", "État")),
    ("title", QT_TRANSLATE_NOOP("IncidentTableModel", "Incident")),
    ("aware", QT_TRANSLATE_NOOP("IncidentTableModel", "Prise de connaissance")),
    ("risk", QT_TRANSLATE_NOOP("IncidentTableModel", "Risque")),
    ("severity", QT_TRANSLATE_NOOP("IncidentTableModel", "Gravité")),
    ("decision", QT_TRANSLATE_NOOP("IncidentTableModel", "Décision")),
    ("deadline", QT_TRANSLATE_NOOP("IncidentTableModel", "Échéance CNIL")),
)
_POSITION = {key: n for n, (key, _title) in enumerate(COLUMNS)}
COL_STATUS, COL_TITLE, COL_AWARE, COL_RISK, COL_SEVERITY, COL_DECISION, COL_DEADLINE = (
    _POSITION[k] for k in ("status", "title", "aware", "risk", "severity", "decision", "deadline")
)
RISK_ORDER = {None: -1, "none": 0, "risk": 1, "high": 2}
LEVEL_ORDER = {None: -1, "low": 0, "medium": 1, "high": 2, "very_high": 3}
Index = QModelIndex | QPersistentModelIndex


class IncidentTableModel(QAbstractTableModel):
    """The journal's rows, sorted and filtered here in plain Python, on cached values; the view uses this model
    directly (no proxy). With 10,000 incidents a proxy's own sort (``data()`` for every comparison) takes seconds
    and its filter (a Python ``filterAcceptsRow`` per row, then signals for every gap between matches) costs more
    than a keystroke may. The model owns the filter state: ``set_status``, ``set_year``, ``set_text``."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001 - QObject parent
        super().__init__(parent)
        self._all: list[IncidentSummary] = []  # every row, in the current sort order
        self._rows: list[IncidentSummary] = []  # the rows the filter lets through, same order
        self._years: dict[int, int] = {}
        self._search: dict[int, str] = {}  # id -> casefolded "n° id — title": the text filter reads only this
        self._keys: dict[int, dict[int, object]] = {}  # column -> id -> sort value (cache)
        self._shown: dict[tuple[int, int], str] = {}  # (id, column) -> display text (cache)
        self._status: str | None = None
        self._year: int | None = None
        self._words: tuple[str, ...] = ()
        self.now: datetime | None = None  # set by the page so "overdue" is computed on its clock

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("IncidentTableModel", title) for _key, title in COLUMNS]

    def set_status(self, status: str | None) -> None:
        """"open", "closed" or None for all."""
        self.set_filter(status, self._year, self._words)

    def set_year(self, year: int | None) -> None:
        """Year of awareness (Paris time), or None for all."""
        self.set_filter(self._status, year, self._words)

    def set_text(self, text: str) -> None:
        """Number or words of the title, case-insensitive; every word must appear."""
        self.set_filter(self._status, self._year, tuple(text.casefold().split()))

    def set_rows(
        self,
        rows: list[IncidentSummary] | PreparedRows,
        now: datetime | None = None,
        sort: tuple[int, Qt.SortOrder] | None = None,
    ) -> None:
        """Replace the rows; ``sort`` (column, order) sorts them before the reset, so views map the 10,000
        rows of a large journal once instead of twice. ``rows`` may come already prepared (``prepare_rows``, on
        the worker): then the GUI thread only filters and resets."""
        prepared = rows if isinstance(rows, PreparedRows) else prepare_rows(rows, sort)
        self.beginResetModel()
        self._all, self._years, self._search = list(prepared.rows), prepared.years, prepared.search
        self._keys = dict(prepared.keys)
        self._shown = {}
        self.now = now
        if sort is not None and 0 <= sort[0] < len(COLUMNS) and prepared.sort != sort:
            self._all = self._sorted(self._all, *sort)
        self._rows = self._filtered()
        self.endResetModel()

    def set_filter(self, status: str | None, year: int | None, words: tuple[str, ...]) -> None:
        """Show only the rows with this status, year of awareness (Paris) and words (all of them) in the
        number or title. One pass over cached values, then one reset: on 10,000 rows this is far cheaper than
        a proxy's per-row callback and its removal/insertion signals for every gap between matches."""
        if (status, year, words) == (self._status, self._year, self._words):
            return
        self.beginResetModel()
        self._status, self._year, self._words = status, year, words
        self._rows = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[IncidentSummary]:
        rows = self._all
        if self._status is not None:
            rows = [r for r in rows if r.status == self._status]
        if self._year is not None:
            years, year = self._years, self._year
            rows = [r for r in rows if years[r.id] == year]
        search = self._search
        for word in self._words:  # each word narrows what the next one scans
            rows = [r for r in rows if word in search[r.id]]
        return list(rows) if rows is self._all else rows

    def _sorted(self, rows: list[IncidentSummary], column: int, order: Qt.SortOrder) -> list[IncidentSummary]:
        keys = self._keys.get(column)
        if keys is None:  # raw sort values, computed once per column until the rows change
            keys = self._keys[column] = _column_keys(self._all, column)
        return sorted(rows, key=lambda r: keys[r.id], reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows on the raw value of ``column``, keeping persistent indexes (selection) in place."""
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        old = self._rows
        self._all = self._sorted(self._all, column, order)
        self._rows = self._filtered()
        before = self.persistentIndexList()  # the selection: a handful of indexes
        if before:
            wanted = {old[i.row()].id for i in before}
            position = {r.id: n for n, r in enumerate(self._rows) if r.id in wanted}
            after = [self.index(position[old[i.row()].id], i.column()) for i in before]
            self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def row_at(self, row: int) -> IncidentSummary:
        return self._rows[row]

    def row_of(self, incident_id: int) -> int | None:
        """The row showing this incident, or None when it is filtered out or absent."""
        return next((i for i, r in enumerate(self._rows) if r.id == incident_id), None)

    def year_at(self, row: int) -> int:
        """Year of awareness in Paris time (precomputed: the filter asks for every row)."""
        return self._years[self._rows[row].id]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            key = (r.id, col)
            text = self._shown.get(key)
            if text is None:
                text = self._shown[key] = self._display(r, col)
            return text
        if role == SORT_ROLE:
            return self._sort_value(r, col)
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_DEADLINE and self._overdue(r):
            return QBrush(theme.color("danger"))
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
            return (
                QCoreApplication.translate("IncidentTableModel", "n° %1 — %2")
                .replace("%1", str(r.id))
                .replace("%2", r.title)
            )
        if col == COL_AWARE:
            return formats.date_time(r.aware_at)
        if col == COL_RISK:
            return {
                None: QCoreApplication.translate("IncidentTableModel", "à évaluer"),
                "none": QCoreApplication.translate("IncidentTableModel", "improbable"),
                "risk": QCoreApplication.translate("IncidentTableModel", "risque"),
                "high": QCoreApplication.translate("IncidentTableModel", "élevé"),
            }[r.risk]
        if col == COL_SEVERITY:
            # The conclusion's severity (CNIL scale), as the dossier prints it; never the raw ENISA level.
            level = conclusion_level(r.risk, r.severity_level)
            return "—" if level is None else lower_first(label(SEVERITY_LEVELS, level, formats.lang()))
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
                "%1", formats.date_time(r.notified_at)
            )
        if r.deadline is None:
            return "—"
        prefix = QCoreApplication.translate("IncidentTableModel", "dépassée : ") if self._overdue(r) else ""
        return prefix + formats.deadline(r.deadline)

    def _sort_value(self, r: IncidentSummary, col: int):  # noqa: ANN202 - mixed raw values
        return _sort_value(r, col)


def _sort_value(r: IncidentSummary, col: int):  # noqa: ANN202 - mixed raw values
    if col == COL_STATUS:
        return 0 if r.status == "open" else 1
    if col == COL_TITLE:
        return r.title.casefold()
    if col == COL_AWARE:
        return r.aware_at.timestamp()
    if col == COL_RISK:
        return RISK_ORDER[r.risk]
    if col == COL_SEVERITY:
        return LEVEL_ORDER[conclusion_level(r.risk, r.severity_level)]
    if col == COL_DECISION:
        return (-1 if r.notify is None else int(r.notify)) * 2 + int(bool(r.inform))
    moment = r.notified_at or r.deadline
    return moment.timestamp() if moment else float("inf")


def _column_keys(rows: list[IncidentSummary], column: int) -> dict[int, object]:
    if column == COL_TITLE:  # the usual click, and the costliest key: no method call per row
        return {r.id: r.title.casefold() for r in rows}
    return {r.id: _sort_value(r, column) for r in rows}


@dataclass(frozen=True)
class PreparedRows:
    """The journal's rows with what the filter and the sort read, computed off the GUI thread."""

    rows: list[IncidentSummary]
    years: dict[int, int]
    search: dict[int, str]
    keys: dict[int, dict[int, object]]
    sort: tuple[int, Qt.SortOrder] | None


def prepare_rows(rows: list[IncidentSummary], sort: tuple[int, Qt.SortOrder] | None = None) -> PreparedRows:
    """Plain Python on plain data (no Qt object): runs on the worker, so 10,000 incidents cost the GUI thread
    only the model's reset."""
    rows = list(rows)
    keys: dict[int, dict[int, object]] = {}
    if sort is not None and 0 <= sort[0] < len(COLUMNS):
        keys[sort[0]] = _column_keys(rows, sort[0])
        column_keys = keys[sort[0]]
        rows.sort(key=lambda r: column_keys[r.id], reverse=sort[1] == Qt.SortOrder.DescendingOrder)
    else:
        sort = None
    return PreparedRows(
        rows=rows,
        years={r.id: r.aware_at.astimezone(PARIS).year for r in rows},
        search={r.id: f"n° {r.id} — {r.title}".casefold() for r in rows},
        keys=keys,
        sort=sort,
    )
