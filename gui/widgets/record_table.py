"""The filterable, sortable record list shared by the register and processors pages (model/view)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QWidget

from gui.widgets.elided_cells import elide_cells


def filter_field(
    parent: QWidget, proxy: QSortFilterProxyModel, placeholder: str, accessible_name: str
) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName("filter")
    field.setPlaceholderText(placeholder)
    field.setAccessibleName(accessible_name)
    field.setClearButtonEnabled(True)
    field.textChanged.connect(proxy.setFilterFixedString)
    return field


def record_table(
    parent: QWidget,
    proxy: QSortFilterProxyModel,
    *,
    object_name: str,
    accessible_name: str,
    sort_column: int,
    fit_columns: Iterable[int],
    stretch_columns: Iterable[int],
    open_selected: Callable[[], None],
    delete_selected: Callable[[], None],
) -> QTableView:
    """Whole-row single selection, read-only cells, Enter opens and Delete removes — only while the table
    has the focus, so Enter in the filter or on a button never opens a record."""
    table = QTableView(parent)
    table.setObjectName(object_name)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAccessibleName(accessible_name)
    table.verticalHeader().setVisible(False)
    elide_cells(table)  # pasted names (emoji, markup, line breaks) never widen the table
    header = table.horizontalHeader()
    # Column widths from the rows in view and a sample: a thousand rows stay instant to show and to re-sort.
    header.setResizeContentsPrecision(20)
    table.verticalHeader().setResizeContentsPrecision(20)
    for col in fit_columns:
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    for col in stretch_columns:  # these share the remaining width (usable at 200 % scaling)
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
    for keys, action in (
        (Qt.Key.Key_Return, open_selected),
        (Qt.Key.Key_Enter, open_selected),
        (QKeySequence.StandardKey.Delete, delete_selected),
    ):
        QShortcut(QKeySequence(keys), table, activated=action, context=Qt.ShortcutContext.WidgetShortcut)
    return table
