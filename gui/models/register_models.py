"""Table models of the register and processors pages: display text plus raw values under SORT_ROLE."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
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

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
REF_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def _ref_key(ref: str) -> int:
    """T2 before T10: references sort by number, not as text."""
    digits = ref[1:]
    return int(digits) if digits.isdigit() else 2**31 - 1


class ActivityTableModel(QAbstractTableModel):
    COL_REF, COL_NAME, COL_BASIS, COL_SENSITIVE, COL_STATUS, COL_COMPLETENESS, COL_UPDATED = range(7)

    def __init__(self, lang: str = "fr", parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Activity] = []
        self._completeness: list[int] = []
        self._lang = lang

    def set_rows(self, activities: list[Activity]) -> None:
        self.beginResetModel()
        self._rows = list(activities)
        self._completeness = [a.completeness() for a in self._rows]
        self.endResetModel()

    def activity(self, row: int) -> Activity:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Réf."),
            self.tr("Activité"),
            self.tr("Base légale"),
            self.tr("Données sensibles"),
            self.tr("Statut"),
            self.tr("Complétude"),
            self.tr("Mise à jour"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a, col = self._rows[index.row()], index.column()
        completeness = self._completeness[index.row()]
        if role == REF_ROLE:
            return a.ref
        if role == SORT_ROLE:
            return (
                _ref_key(a.ref),
                a.name.casefold(),
                a.legal_basis,
                len(a.sensitive_data),
                a.status,
                completeness,
                a.updated_at,
            )[col]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_REF:
                return a.ref
            if col == self.COL_NAME:
                return a.name
            if col == self.COL_BASIS:
                return V.label(V.LEGAL_BASES, a.legal_basis, self._lang) if a.legal_basis else ""
            if col == self.COL_SENSITIVE:
                return ", ".join(V.label(V.SENSITIVE_DATA, s.code, self._lang) for s in a.sensitive_data)
            if col == self.COL_STATUS:
                return V.label(V.STATUSES, a.status, self._lang)
            if col == self.COL_COMPLETENESS:
                return formats.percent(completeness)
            if col == self.COL_UPDATED:
                return formats.day(from_iso(a.updated_at)) if a.updated_at else ""
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_COMPLETENESS:
            gaps = a.missing()
            return "\n".join(f"• {g.problem}" for g in gaps) if gaps else self.tr("Fiche complète")
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


class ProcessorTableModel(QAbstractTableModel):
    COL_REF, COL_NAME, COL_ROLE, COL_HEALTH, COL_EXPIRY, COL_ALERT, COL_ACTIVITIES = range(7)

    def __init__(self, lang: str = "fr", parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Processor] = []
        self._alerts: list[str] = []
        self._usage: list[int] = []
        self._lang = lang

    def set_rows(self, processors: list[Processor], today: date, usage: dict[str, int]) -> None:
        self.beginResetModel()
        self._rows = list(processors)
        self._alerts = [
            "; ".join(hds_warning_text(p, w.code, today) for w in p.hds_warnings(today)) for p in self._rows
        ]
        self._usage = [usage.get(p.ref, 0) for p in self._rows]
        self.endResetModel()

    def processor(self, row: int) -> Processor:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Réf."),
            self.tr("Prestataire"),
            self.tr("Rôle"),
            self.tr("Données de santé"),
            self.tr("Échéance HDS"),
            self.tr("Alerte"),
            self.tr("Activités"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p, col, alert = self._rows[index.row()], index.column(), self._alerts[index.row()]
        if role == REF_ROLE:
            return p.ref
        if role == SORT_ROLE:
            return (
                _ref_key(p.ref),
                p.name.casefold(),
                p.role,
                int(p.hosts_health_data),
                p.hds_expiry.isoformat() if p.hds_expiry else "",
                alert,
                self._usage[index.row()],
            )[col]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_REF:
                return p.ref
            if col == self.COL_NAME:
                return p.name
            if col == self.COL_ROLE:
                return V.label(V.PROCESSOR_ROLES, p.role, self._lang)
            if col == self.COL_HEALTH:
                return self.tr("Oui") if p.hosts_health_data else self.tr("Non")
            if col == self.COL_EXPIRY:
                return formats.day(p.hds_expiry) if p.hds_expiry else ""
            if col == self.COL_ALERT:
                return alert
            if col == self.COL_ACTIVITIES:
                return str(self._usage[index.row()])
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_ALERT and alert:
            return theme.color("danger")
        return None


class RegisterFilterProxy(QSortFilterProxyModel):
    """Sorts on SORT_ROLE and filters on any column, case-insensitively."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
