"""Table models of the security page: the questionnaire and the action plan."""

from __future__ import annotations

import functools
from datetime import date
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from core.domain.checklist import Action, ActionStatus, Answer, Effort
from core.services.checklist import QuestionRow
from gui import formats, theme

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 2
THEME_ROLE = Qt.ItemDataRole.UserRole + 3
PENDING_ROLE = Qt.ItemDataRole.UserRole + 4  # True when the row still needs an answer or a confirmation

Index = QModelIndex | QPersistentModelIndex


def answer_label(answer: Answer | None) -> str:
    labels = {
        Answer.YES: QCoreApplication.translate("checklist", "Oui"),
        Answer.PARTIAL: QCoreApplication.translate("checklist", "Partiellement"),
        Answer.NO: QCoreApplication.translate("checklist", "Non"),
        Answer.NA: QCoreApplication.translate("checklist", "Sans objet"),
    }
    if answer is None:
        return QCoreApplication.translate("checklist", "Sans réponse")
    return labels[answer]


def status_label(status: ActionStatus) -> str:
    return {
        ActionStatus.TODO: QCoreApplication.translate("checklist", "À faire"),
        ActionStatus.IN_PROGRESS: QCoreApplication.translate("checklist", "En cours"),
        ActionStatus.DONE: QCoreApplication.translate("checklist", "Fait"),
        ActionStatus.DROPPED: QCoreApplication.translate("checklist", "Abandonné"),
    }[status]


def effort_label(effort: Effort) -> str:
    return {
        Effort.LOW: QCoreApplication.translate("checklist", "Faible"),
        Effort.MEDIUM: QCoreApplication.translate("checklist", "Moyen"),
        Effort.HIGH: QCoreApplication.translate("checklist", "Important"),
    }[effort]


class QuestionTableModel(QAbstractTableModel):
    COL_ID, COL_QUESTION, COL_WEIGHT, COL_ANSWER, COL_NOTE = range(5)

    def __init__(self, lang: str = "fr", parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.lang = lang
        self._rows: list[QuestionRow] = []
        self._cells: list[_Cells] = []

    def set_rows(self, rows: list[QuestionRow]) -> None:
        """Replace the rows. The same questions in the same order (an answer saved, the page read again): only
        the rows that differ are announced, so the view keeps its layout instead of measuring every wrapped
        question again (a reset costs the window about 100 ms)."""
        rows = list(rows)
        if [r.item.id for r in rows] != [r.item.id for r in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self._cells = [self._prepare(r) for r in rows]
            self.endResetModel()
            return
        old, self._rows = self._rows, rows
        last = self.columnCount() - 1
        for n, (before, after) in enumerate(zip(old, rows, strict=True)):
            if before != after:
                self._cells[n] = self._prepare(after)
                self.dataChanged.emit(self.index(n, 0), self.index(n, last))

    def _prepare(self, row: QuestionRow) -> _Cells:
        """What the view asks of a row, worked out once: laying out the table asks ``data`` thousands of times
        (every cell's size, colour and font), which made opening the section stall the window about 50 ms."""
        answer = row.answer.answer if row.answer else None
        pending = row.answer is None or row.answer.answer is None or not row.answer.confirmed
        answer_text = answer_label(answer)
        if answer is not None and pending:
            answer_text += " " + self.tr("(à confirmer)")
        note = (row.answer.na_reason or row.answer.note) if row.answer else ""
        question = row.item.question.get(self.lang)
        display = (row.item.id, question, str(row.item.weight), answer_text, note)
        rank = {Answer.NO: 0, Answer.PARTIAL: 1, Answer.YES: 2, Answer.NA: 3}.get(answer, -1)
        colour = {Answer.NO: "danger", Answer.PARTIAL: "warning", Answer.YES: "ok"}.get(answer, "muted")
        return _Cells(
            display=display,
            sort=(row.item.order, question, row.item.weight, rank, note),
            item_id=row.item.id,
            theme=row.item.theme,
            pending=pending,
            colour=colour,
            tooltip=question + (f"\n\n{note}" if note else ""),
        )

    def row_at(self, row: int) -> QuestionRow:
        return self._rows[row]

    def row_of(self, item_id: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r.item.id == item_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("N°"), self.tr("Question"), self.tr("Poids"), self.tr("Réponse"), self.tr("Note")][
            section
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cells):
            return None
        cells = self._cells[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return cells.display[col]
        if role == SORT_ROLE:
            return cells.sort[col]
        if role == ITEM_ID_ROLE:
            return cells.item_id
        if role == THEME_ROLE:
            return cells.theme
        if role == PENDING_ROLE:
            return cells.pending
        if col == self.COL_ANSWER:
            if role == Qt.ItemDataRole.ForegroundRole:
                return _brush(theme.hex_color(cells.colour))  # light or dark, as the theme is now
            if role == Qt.ItemDataRole.FontRole and cells.pending:
                return _italic()
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_QUESTION:
            return cells.tooltip
        return None


class _Cells(NamedTuple):
    display: tuple[str, str, str, str, str]
    sort: tuple[int, str, int, int, str]
    item_id: str
    theme: str
    pending: bool
    colour: str
    tooltip: str


@functools.cache
def _brush(hex_color: str) -> QBrush:
    return QBrush(QColor(hex_color))


@functools.cache
def _italic() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


class ActionTableModel(QAbstractTableModel):
    COL_ID, COL_TITLE, COL_OWNER, COL_DUE, COL_STATUS, COL_COST, COL_EFFORT = range(7)

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[Action] = []
        self.today = date.today()

    def set_rows(self, rows: list[Action], today: date | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if today is not None:
            self.today = today
        self.endResetModel()

    def action_at(self, row: int) -> Action:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("N°"),
            self.tr("Action"),
            self.tr("Responsable"),
            self.tr("Échéance"),
            self.tr("Statut"),
            self.tr("Coût"),
            self.tr("Effort"),
        ][section]

    def _overdue(self, action: Action) -> bool:
        return action.is_open and action.due_date is not None and action.due_date < self.today

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a = self._rows[index.row()]
        col = index.column()
        if role == ITEM_ID_ROLE:
            return a.item_id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_ID:
                return a.item_id
            if col == self.COL_TITLE:
                return a.title
            if col == self.COL_OWNER:
                return a.owner
            if col == self.COL_DUE:
                return formats.day(a.due_date) if a.due_date else ""
            if col == self.COL_STATUS:
                text = status_label(a.status)
                if a.done_on:
                    text += " " + formats.day(a.done_on)
                elif self._overdue(a):
                    text += " " + self.tr("(en retard)")
                return text
            if col == self.COL_COST:
                return a.cost
            if col == self.COL_EFFORT:
                return effort_label(a.effort)
        if role == SORT_ROLE:
            if col == self.COL_DUE:
                return a.due_date.toordinal() if a.due_date else 10**9
            if col == self.COL_STATUS:
                return list(ActionStatus).index(a.status)
            if col == self.COL_EFFORT:
                return list(Effort).index(a.effort)
            if col == self.COL_ID:
                return a.id
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and col in (self.COL_DUE, self.COL_STATUS)
            and self._overdue(a)
        ):
            return QBrush(theme.color("danger"))
        return None
