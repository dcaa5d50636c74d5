"""The rights requests as a table: type, requester, received, deadline, days left, status; overdue in red."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from core.clock import in_paris
from core.domain.rights import RequesterKind, RequestKind, RequestStatus, RequestView
from gui import formats, theme

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OPEN_ROLE = Qt.ItemDataRole.UserRole + 2

COL_KIND, COL_REQUESTER, COL_RECEIVED, COL_DUE, COL_DAYS, COL_STATUS = range(6)


def kind_labels() -> dict[RequestKind, str]:
    return {
        RequestKind.MEDICAL_RECORD: QCoreApplication.translate(
            "RequestsTableModel", "Accès au dossier médical (CSP)"
        ),
        RequestKind.GDPR_ACCESS: QCoreApplication.translate("RequestsTableModel", "Droit d'accès (RGPD)"),
        RequestKind.RECTIFICATION: QCoreApplication.translate("RequestsTableModel", "Rectification"),
        RequestKind.ERASURE: QCoreApplication.translate("RequestsTableModel", "Effacement"),
        RequestKind.RESTRICTION: QCoreApplication.translate("RequestsTableModel", "Limitation"),
        RequestKind.OBJECTION: QCoreApplication.translate("RequestsTableModel", "Opposition"),
        RequestKind.PORTABILITY: QCoreApplication.translate("RequestsTableModel", "Portabilité"),
        RequestKind.SHARING_OBJECTION: QCoreApplication.translate(
            "RequestsTableModel", "Opposition au partage hors équipe de soins"
        ),
    }


def requester_labels() -> dict[RequesterKind, str]:
    return {
        RequesterKind.PATIENT: QCoreApplication.translate("RequestsTableModel", "Le patient"),
        RequesterKind.PARENTAL_AUTHORITY: QCoreApplication.translate(
            "RequestsTableModel", "Titulaire de l'autorité parentale"
        ),
        RequesterKind.GUARDIAN: QCoreApplication.translate(
            "RequestsTableModel", "Tuteur ou personne chargée d'une mesure de protection"
        ),
        RequesterKind.HEIR: QCoreApplication.translate(
            "RequestsTableModel", "Ayant droit d'un patient décédé"
        ),
        RequesterKind.DESIGNATED_PHYSICIAN: QCoreApplication.translate(
            "RequestsTableModel", "Médecin désigné comme intermédiaire"
        ),
    }


def status_labels() -> dict[RequestStatus, str]:
    return {
        RequestStatus.RECEIVED: QCoreApplication.translate("RequestsTableModel", "À traiter"),
        RequestStatus.EXTENDED: QCoreApplication.translate("RequestsTableModel", "Délai prolongé"),
        RequestStatus.ANSWERED: QCoreApplication.translate("RequestsTableModel", "Répondue"),
        RequestStatus.REFUSED: QCoreApplication.translate("RequestsTableModel", "Refusée (motivée)"),
        RequestStatus.WITHDRAWN: QCoreApplication.translate("RequestsTableModel", "Retirée"),
    }


def _day(value: date) -> str:
    return formats.day(value)


def short_moment(moment: datetime) -> str:
    """Paris wall-clock time without words, so it reads the same in French and English."""
    return in_paris(moment).strftime("%d/%m/%Y %H:%M")


class RequestsTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[RequestView] = []
        self._headers = [
            QCoreApplication.translate("RequestsTableModel", "Type"),
            QCoreApplication.translate("RequestsTableModel", "Demandeur"),
            QCoreApplication.translate("RequestsTableModel", "Reçue le"),
            QCoreApplication.translate("RequestsTableModel", "Échéance"),
            QCoreApplication.translate("RequestsTableModel", "Jours restants"),
            QCoreApplication.translate("RequestsTableModel", "Statut"),
        ]
        self._kinds = kind_labels()
        self._statuses = status_labels()

    def set_rows(self, rows: list[RequestView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def view_at(self, row: int) -> RequestView:
        return self._rows[row]

    def row_of(self, request_id: int) -> int:
        return next((i for i, v in enumerate(self._rows) if v.request.id == request_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        view = self._rows[index.row()]
        request, deadline = view.request, view.deadline
        col = index.column()
        open_ = request.status.is_open
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_KIND:
                return self._kinds[request.kind]
            if col == COL_REQUESTER:
                return request.requester_name
            if col == COL_RECEIVED:
                return short_moment(request.received_at)
            if col == COL_DUE:
                return _day(deadline.due)
            if col == COL_DAYS:
                if not open_:
                    return "—"
                if deadline.overdue:
                    return QCoreApplication.translate("RequestsTableModel", "En retard de %1 j").replace(
                        "%1", str(-deadline.days_left)
                    )
                return str(deadline.days_left)
            if col == COL_STATUS:
                return self._statuses[request.status]
            return None
        if role == SORT_ROLE:
            return (
                request.kind.value,
                request.requester_name.casefold(),
                request.received_at.timestamp(),
                deadline.due.toordinal(),
                deadline.days_left if open_ else 10**6,
                request.status.value,
            )[col]
        if role == OPEN_ROLE:
            return open_
        if role == Qt.ItemDataRole.BackgroundRole and open_ and deadline.overdue:
            return QBrush(theme.color("danger_bg"))
        if role == Qt.ItemDataRole.ForegroundRole and open_:
            if deadline.overdue:
                return QBrush(theme.color("danger"))
            if col in (COL_DUE, COL_DAYS) and deadline.days_left <= 2:
                return QBrush(theme.color("warning"))
        if role == Qt.ItemDataRole.ToolTipRole and open_ and deadline.overdue:
            return QCoreApplication.translate(
                "RequestsTableModel", "Délai légal dépassé : répondez sans attendre."
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_DAYS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
