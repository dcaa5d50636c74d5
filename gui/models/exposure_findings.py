"""Table model of exposure findings: one row per finding, sorted by raw values through ``SORT_ROLE``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from core.exposure import finding_texts
from core.exposure.findings import Finding, Severity
from gui import theme

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FINDING_ROLE = Qt.ItemDataRole.UserRole + 2

COL_SEVERITY, COL_TITLE, COL_ADDRESS, COL_PORT, COL_PROGRAM = range(5)
_COLORS = {Severity.CRITICAL: "danger", Severity.WARNING: "warning", Severity.INFO: "accent"}
_BACKGROUNDS = {Severity.CRITICAL: "danger_bg", Severity.WARNING: "warning_bg", Severity.INFO: "info_bg"}

Index = QModelIndex | QPersistentModelIndex


class ExposureFindingsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001 - QObject | None
        super().__init__(parent)
        self._rows: list[Finding] = []
        self.lang = "fr"  # the interface language: titles and advice are rendered from the findings' codes

    def title(self, f: Finding) -> str:
        return finding_texts.title(f, self.lang)

    def advice(self, f: Finding) -> str:
        return finding_texts.advice(f, self.lang)

    def headers(self) -> list[str]:
        return [
            self.tr("Gravité"),
            self.tr("Constat"),
            self.tr("Adresse"),
            self.tr("Port"),
            self.tr("Programme"),
        ]

    def severity_text(self, severity: Severity) -> str:
        return {
            Severity.CRITICAL: self.tr("Critique"),
            Severity.WARNING: self.tr("À vérifier"),
            Severity.INFO: self.tr("Information"),
        }[severity]

    def address_text(self, address: str | None) -> str:
        """ "0.0.0.0" means nothing to a practitioner: say "every network connection" and keep the address."""
        if not address:
            return ""
        parts = [a.strip() for a in address.split(",")]
        if all(p in ("0.0.0.0", "::") for p in parts):
            return self.tr("toutes les connexions (%1)").replace("%1", address)
        return address

    def set_findings(self, findings: list[Finding] | tuple[Finding, ...]) -> None:
        self.beginResetModel()
        self._rows = list(findings)
        self.endResetModel()

    def finding(self, row: int) -> Finding:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 5
        ):
            return self.headers()[section]
        return None

    @staticmethod
    def port_text(f: Finding) -> str:
        """"TCP 104", or "TCP 8104 → 104" when the box opens another port on the Internet side."""
        if f.port is None:
            return ""
        ports = str(f.port)
        if f.external_port is not None and f.external_port != f.port:
            ports = f"{f.external_port} → {f.port}"
        return f"{(f.protocol or '').upper()} {ports}".strip()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        f = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                self.severity_text(f.severity),
                self.title(f),
                self.address_text(f.address),
                self.port_text(f),
                f.program or "",
            ][col]
        if role == SORT_ROLE:
            return [
                f.severity.rank,
                self.title(f),
                f.address or "",
                -1 if f.port is None else f.port,
                f.program or "",
            ][col]
        if role == FINDING_ROLE:
            return f
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.advice(f)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_SEVERITY:
            return QBrush(theme.color(_COLORS[f.severity]))
        if role == Qt.ItemDataRole.BackgroundRole and col == COL_SEVERITY:
            return QBrush(theme.color(_BACKGROUNDS[f.severity]))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_PORT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
