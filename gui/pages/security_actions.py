"""The action plan tab: every action across the years, editable (status, owner, due date, cost, effort)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.clock import in_paris
from core.domain.checklist import Action, ActionInput, ActionStatus, Effort
from gui import theme
from gui.messages import error_text
from gui.models.checklist import SORT_ROLE, ActionTableModel, effort_label, status_label
from gui.ops import CHECKLIST, op

if TYPE_CHECKING:
    from gui.context import AppContext


class OpenActionsFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.open_only = True
        self.setSortRole(SORT_ROLE)

    def set_open_only(self, value: bool) -> None:
        self.beginFilterChange()
        self.open_only = value
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        if not self.open_only:
            return True
        return self.sourceModel().action_at(row).is_open


class ActionsTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = in_paris(ctx.clock()).date()
        self.model = ActionTableModel(self)
        self.proxy = OpenActionsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("checklist_actions")
        self.table.setAccessibleName(self.tr("Plan d'actions"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ActionTableModel.COL_DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ActionTableModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.open_only = QCheckBox(self.tr("Masquer les actions &terminées ou abandonnées"), self)
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(self.proxy.set_open_only)

        self.title = QLineEdit(self)
        self.owner = QLineEdit(self)
        self.due = QDateEdit(self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd/MM/yyyy")
        self.status = QComboBox(self)
        for status in ActionStatus:
            self.status.addItem(status_label(status), status.value)
        self.cost = QLineEdit(self)
        self.cost.setPlaceholderText(self.tr("par exemple : 120 € (disque externe)"))
        self.effort = QComboBox(self)
        for effort in Effort:
            self.effort.addItem(effort_label(effort), effort.value)
        self.save = QPushButton(self.tr("&Enregistrer l'action"), self)
        self.save.clicked.connect(self.save_current)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Intitulé"), self.title)
        form.addRow(self.tr("&Responsable"), self.owner)
        form.addRow(self.tr("É&chéance"), self.due)
        form.addRow(self.tr("&Statut"), self.status)
        form.addRow(self.tr("C&oût"), self.cost)
        form.addRow(self.tr("E&ffort"), self.effort)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.open_only)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self._show_current()

    def show_actions(self, actions: list[Action], today: date) -> None:
        """Show what the page read in the worker, keeping the selected action."""
        current = self.current_action()
        self.today = today
        self.model.set_rows(actions, today)
        if current is not None:
            for row in range(self.proxy.rowCount()):
                source = self.proxy.mapToSource(self.proxy.index(row, 0))
                if self.model.action_at(source.row()).id == current.id:
                    self.table.selectRow(row)
                    break
        elif self.proxy.rowCount():
            self.table.selectRow(0)
        self._show_current()

    def current_action(self) -> Action | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.action_at(self.proxy.mapToSource(index).row())

    def _show_current(self) -> None:
        action = self.current_action()
        for widget in (self.title, self.owner, self.due, self.status, self.cost, self.effort, self.save):
            widget.setEnabled(action is not None)
        if action is None:
            return
        self.title.setText(action.title)
        self.owner.setText(action.owner)
        due = action.due_date or self.today
        self.due.setDate(QDate(due.year, due.month, due.day))
        self.status.setCurrentIndex(self.status.findData(action.status.value))
        self.cost.setText(action.cost)
        self.effort.setCurrentIndex(self.effort.findData(action.effort.value))

    def save_current(self) -> bool:
        """Save the form into the selected action (worker). False when no action is selected."""
        action = self.current_action()
        if action is None:
            return False
        due = self.due.date()
        given = ActionInput(
            action.item_id,
            self.title.text(),
            self.owner.text(),
            due.toPython(),
            self.status.currentData(),
            self.cost.text(),
            self.effort.currentData(),
        )
        action_id = action.id

        def done(_result: object) -> None:
            self.message.setStyleSheet(theme.text_css("ok"))
            self.message.setText(self.tr("Action enregistrée."))
            self.changed.emit()

        def failed(exc: BaseException) -> None:  # shown to the user, nothing was written
            self.message.setStyleSheet(theme.text_css("danger"))
            self.message.setText(error_text(exc))

        op(self, lambda s: s.checklist.update_action(action_id, given), done, failed, changes={CHECKLIST})
        return True
