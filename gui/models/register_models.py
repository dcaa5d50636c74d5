"""Table models of the register and processors pages: display text plus raw values under SORT_ROLE."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from core.clock import from_iso
from core.domain import register_vocab as V
from core.domain.register import Activity, Processor
from gui import formats, theme
from gui.problems import problem_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
REF_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def _ref_key(ref: str) -> int:
    """T2 before T10: references sort by number, not as text."""
    digits = ref[1:]
    return int(digits) if digits.isdigit() else 2**31 - 1


class _CachedRecords(QAbstractTableModel):
    """Rows whose display texts, sort keys and search text are computed once per ``set_rows``: the view, the
    filter and a click on a header then read plain lists (a thousand activities stay instant), and sorting is
    done here in Python (the proxy delegates it), not by a proxy asking ``data()`` for every comparison."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._text: list[tuple[str, ...]] = []
        self._keys: list[tuple[Any, ...]] = []
        self._search: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def _fill(
        self,
        rows: list[Any],
        text: list[tuple[str, ...]],
        keys: list[tuple[Any, ...]],
        search: list[str] | None = None,
    ) -> None:
        self.beginResetModel()
        self._rows, self._text, self._keys = rows, text, keys
        self._search = search if search is not None else _search_texts(text)
        if self._sort is not None:
            self._reorder(*self._sort)
        self.endResetModel()

    def _reorder(self, column: int, order: Qt.SortOrder) -> list[int]:
        keys = self._keys
        permutation = sorted(
            range(len(self._rows)), key=lambda n: keys[n][column], reverse=order == Qt.SortOrder.DescendingOrder
        )
        for name in ("_rows", "_text", "_keys", "_search"):
            values = getattr(self, name)
            setattr(self, name, [values[n] for n in permutation])
        self._reordered(permutation)
        return permutation

    def _reordered(self, permutation: list[int]) -> None:
        """Subclasses reorder their own per-row lists the same way."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        permutation = self._reorder(column, order)
        before = self.persistentIndexList()  # the selection: a handful of indexes
        if before:
            position = {old: new for new, old in enumerate(permutation)}
            after = [self.index(position[i.row()], i.column()) for i in before if i.row() in position]
            self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def search_text(self, row: int) -> str:
        return self._search[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.tr(self.COLUMNS[section]) if 0 <= section < len(self.COLUMNS) else None


class ActivityTableModel(_CachedRecords):
    COL_REF, COL_NAME, COL_BASIS, COL_SENSITIVE, COL_STATUS, COL_COMPLETENESS, COL_UPDATED = range(7)
    COLUMNS = (
        QT_TRANSLATE_NOOP("ActivityTableModel", "Réf."),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Activité"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Base légale"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Données sensibles"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Statut"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Complétude"),
        QT_TRANSLATE_NOOP("ActivityTableModel", "Mise à jour"),
    )

    def __init__(self, lang: str = "fr", parent: Any = None) -> None:
        super().__init__(parent)
        self._completeness: list[int] = []
        self._lang = lang

    def set_rows(self, activities: list[Activity] | PreparedActivities) -> None:
        """``activities`` may come prepared on the worker (``prepare_activities``: completeness, texts and sort
        keys of a thousand activities cost the GUI thread nothing then)."""
        prepared = (
            activities if isinstance(activities, PreparedActivities) else prepare_activities(activities, self._lang)
        )
        self._completeness = list(prepared.completeness)
        self._fill(list(prepared.rows), list(prepared.text), list(prepared.keys), list(prepared.search))

    def _reordered(self, permutation: list[int]) -> None:
        self._completeness = [self._completeness[n] for n in permutation]

    def activity(self, row: int) -> Activity:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text[row][col]
        if role == SORT_ROLE:
            return self._keys[row][col]
        if role == REF_ROLE:
            return self._rows[row].ref
        completeness = self._completeness[row]
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_COMPLETENESS:
            gaps = self._rows[row].missing()
            return "\n".join(f"• {problem_text(g)}" for g in gaps) if gaps else self.tr("Fiche complète")
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_COMPLETENESS and completeness < 100:
            return theme.color("danger")
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_COMPLETENESS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def hds_warning_text(processor: Processor, code: str, today: date) -> str:
    """A provider's HDS warning in the interface language, from its code (core words it in French)."""
    if code == "no_certificate":
        return QCoreApplication.translate(
            "hds", "héberge des données de santé sans certificat HDS renseigné (référence et échéance)"
        )
    expiry = processor.hds_expiry
    day = formats.day(expiry) if expiry else ""
    if code == "expired":
        return QCoreApplication.translate("hds", "certificat HDS expiré depuis le %1").replace("%1", day)
    days = (expiry - today).days if expiry else 0
    return QCoreApplication.translate("hds", "certificat HDS expirant le %1 (dans %n jour(s))", "", days).replace(
        "%1", day
    )


class ProcessorTableModel(_CachedRecords):
    COL_REF, COL_NAME, COL_ROLE, COL_HEALTH, COL_EXPIRY, COL_ALERT, COL_ACTIVITIES = range(7)
    COLUMNS = (
        QT_TRANSLATE_NOOP("ProcessorTableModel", "Réf."),
        QT_TRANSLATE_NOOP("ProcessorTableModel", "Prestataire"),
        QT_TRANSLATE_NOOP("ProcessorTableModel", "Rôle"),
        QT_TRANSLATE_NOOP("ProcessorTableModel", "Données de santé"),
        QT_TRANSLATE_NOOP("ProcessorTableModel", "Échéance HDS"),
        QT_TRANSLATE_NOOP("ProcessorTableModel", "Alerte"),
        QT_TRANSLATE_NOOP("ProcessorTableModel", "Activités"),
    )

    def __init__(self, lang: str = "fr", parent: Any = None) -> None:
        super().__init__(parent)
        self._alerts: list[str] = []
        self._lang = lang

    def set_rows(self, processors: list[Processor], today: date, usage: dict[str, int]) -> None:
        rows = list(processors)
        self._alerts = ["; ".join(hds_warning_text(p, w.code, today) for w in p.hds_warnings(today)) for p in rows]
        counts = [usage.get(p.ref, 0) for p in rows]
        yes, no = self.tr("Oui"), self.tr("Non")
        text = [
            (
                p.ref,
                p.name,
                V.label(V.PROCESSOR_ROLES, p.role, self._lang),
                yes if p.hosts_health_data else no,
                formats.day(p.hds_expiry) if p.hds_expiry else "",
                alert,
                str(n),
            )
            for p, alert, n in zip(rows, self._alerts, counts, strict=True)
        ]
        keys = [
            (
                _ref_key(p.ref),
                p.name.casefold(),
                p.role,
                int(p.hosts_health_data),
                p.hds_expiry.isoformat() if p.hds_expiry else "",
                alert,
                n,
            )
            for p, alert, n in zip(rows, self._alerts, counts, strict=True)
        ]
        self._fill(rows, text, keys)

    def _reordered(self, permutation: list[int]) -> None:
        self._alerts = [self._alerts[n] for n in permutation]

    def processor(self, row: int) -> Processor:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text[row][col]
        if role == SORT_ROLE:
            return self._keys[row][col]
        if role == REF_ROLE:
            return self._rows[row].ref
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_ALERT and self._alerts[row]:
            return theme.color("danger")
        return None


class RegisterFilterProxy(QSortFilterProxyModel):
    """Filters on any column's text, case-insensitively, reading the model's precomputed search text; sorting is
    the model's own (``_CachedRecords.sort``)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._needle = ""

    def setFilterFixedString(self, pattern: str) -> None:  # noqa: N802 - Qt signature
        self._needle = pattern.casefold()
        super().setFilterFixedString(pattern)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not self._needle or not isinstance(model, _CachedRecords):
            return super().filterAcceptsRow(source_row, source_parent)
        return self._needle in model.search_text(source_row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, _CachedRecords):
            model.sort(column, order)
        else:
            super().sort(column, order)


@dataclass(frozen=True)
class PreparedActivities:
    """The register's rows with their completeness, texts and sort keys, computed off the GUI thread."""

    rows: tuple[Activity, ...]
    completeness: tuple[int, ...]
    text: tuple[tuple[str, ...], ...]
    keys: tuple[tuple[Any, ...], ...]
    search: tuple[str, ...]


def prepare_activities(activities: list[Activity], lang: str = "fr") -> PreparedActivities:
    """Plain data only (labels, dates in the session's locale): run on the worker by the register page."""
    rows = list(activities)
    completeness = [a.completeness() for a in rows]  # walks every field of every activity
    text = [
        (
            a.ref,
            a.name,
            V.label(V.LEGAL_BASES, a.legal_basis, lang) if a.legal_basis else "",
            ", ".join(V.label(V.SENSITIVE_DATA, d.code, lang) for d in a.sensitive_data),
            V.label(V.STATUSES, a.status, lang),
            formats.percent(c),
            formats.day(from_iso(a.updated_at)) if a.updated_at else "",
        )
        for a, c in zip(rows, completeness, strict=True)
    ]
    keys = [
        (_ref_key(a.ref), a.name.casefold(), a.legal_basis, len(a.sensitive_data), a.status, c, a.updated_at)
        for a, c in zip(rows, completeness, strict=True)
    ]
    return PreparedActivities(tuple(rows), tuple(completeness), tuple(text), tuple(keys), tuple(_search_texts(text)))


def _search_texts(text: list[tuple[str, ...]]) -> list[str]:
    """What the filter field looks into: every column's text, casefolded."""
    return ["\t".join(t).casefold() for t in text]
