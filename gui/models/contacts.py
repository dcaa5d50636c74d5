"""The useful contacts of the emergency kit as a table: role, name, phone, e-mail, contract number."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from core.domain.contacts import ContactRole, UsefulContact

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_ROLE_ORDER = list(ContactRole)


def role_labels() -> dict[ContactRole, str]:
    return {
        ContactRole.SOFTWARE_VENDOR: QCoreApplication.translate(
            "ContactsTableModel", "Éditeur du logiciel métier"
        ),
        ContactRole.IT_PROVIDER: QCoreApplication.translate("ContactsTableModel", "Prestataire informatique"),
        ContactRole.INSURER: QCoreApplication.translate("ContactsTableModel", "Assureur"),
        ContactRole.OTHER: QCoreApplication.translate("ContactsTableModel", "Autre contact"),
    }


class ContactsTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[UsefulContact] = []
        self._headers = [
            QCoreApplication.translate("ContactsTableModel", "Rôle"),
            QCoreApplication.translate("ContactsTableModel", "Nom"),
            QCoreApplication.translate("ContactsTableModel", "Téléphone"),
            QCoreApplication.translate("ContactsTableModel", "E-mail"),
            QCoreApplication.translate("ContactsTableModel", "N° de client ou site"),
        ]
        self._roles = role_labels()

    def set_rows(self, rows: list[UsefulContact]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def contact_at(self, row: int) -> UsefulContact:
        return self._rows[row]

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
        c = self._rows[index.row()]
        values = (self._roles[c.role], c.name, c.phone, c.email, c.reference)
        if role == Qt.ItemDataRole.DisplayRole:
            return values[index.column()]
        if role == SORT_ROLE:
            if index.column() == 0:
                return _ROLE_ORDER.index(c.role)
            return values[index.column()].casefold()
        if role == Qt.ItemDataRole.ToolTipRole and c.notes:
            return c.notes
        return None
