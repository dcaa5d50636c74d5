"""Table cells that never widen their table: one line, shortened with "…", the whole text in a tooltip.

Names come from the user (pasted with line breaks, emoji, "<b>" markup…): a cell shows them on one line as
plain text, and a column sized to its contents stops at a maximum width instead of pushing the others off
screen.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)


class ElidedTextDelegate(QStyledItemDelegate):
    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.text = " ".join(option.text.split())  # a pasted line break stays on one line
        option.textElideMode = Qt.TextElideMode.ElideRight
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option, index) -> bool:  # noqa: N802
        """The model's own tooltip if it has one; otherwise the whole text when the cell shows less."""
        if index.isValid() and not index.data(Qt.ItemDataRole.ToolTipRole):
            text = " ".join(str(index.data(Qt.ItemDataRole.DisplayRole) or "").split())
            if text and option.fontMetrics.horizontalAdvance(text) > option.rect.width() - 8:
                QToolTip.showText(event.globalPos(), plain_tooltip(text), view)
                return True
        return super().helpEvent(event, view, option, index)


def plain_tooltip(text: str) -> str:
    """Tooltips read "<b>" as markup: escaped inside a paragraph, the user's text shows as typed."""
    return f"<p>{html.escape(text)}</p>"


def elide_cells(table: QTableView, max_column: int | None = None) -> QTableView:
    """``max_column``: for tables whose columns are all sized to their contents (a stretched column would
    stop at it too)."""
    table.setItemDelegate(ElidedTextDelegate(table))
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    if max_column is not None:
        table.horizontalHeader().setMaximumSectionSize(max_column)
    return table
