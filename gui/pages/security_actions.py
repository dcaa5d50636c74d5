"""The action plan tab: every action across the years, editable (status, owner, due date, cost, effort)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
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
from shiboken6 import isValid

from core.domain.checklist import Action, ActionInput, ActionStatus, Effort
from core.services.checklist_plan import ActionPlanService
from gui import theme
from gui.dialogs.processor_editor import OptionalDate
from gui.messages import error_text
from gui.models.checklist import SORT_ROLE, ActionTableModel, effort_label, status_label
from gui.workers import Worker


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

    def __init__(
        self, service: ActionPlanService, parent: QWidget | None = None, lang: str = "fr", worker: Worker | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self._worker = worker
        self._lang = lang
        self.adding = False  # the form holds a new action of the practitioner's own, not yet saved
        self._select_after: int | None = None  # an action just added: selected once the plan is read again
        self.page_reloads = False  # set by the section: it reads the plan again on ``changed`` (one snapshot)
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
        self.due = OptionalDate(self)  # no due date shows as "non renseignée", never 01/01/2000
        self.item = QComboBox(self)
        self.item.setObjectName("action_item")
        self.item.setAccessibleName(self.tr("Question de l'auto-évaluation liée à l'action"))
        self.item.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.item.setMinimumContentsLength(24)
        for item in service.checklist.catalogue.items:
            question = item.question.en if lang == "en" else item.question.fr
            short = question if len(question) <= 90 else question[:89] + "…"
            self.item.addItem(f"{item.id} — {short}", item.id)
            self.item.setItemData(self.item.count() - 1, question, Qt.ItemDataRole.ToolTipRole)
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
        self.new_button = QPushButton(self.tr("&Nouvelle action…"), self)
        self.new_button.setObjectName("new_action")
        self.new_button.setToolTip(self.tr("Ajouter au plan une action de votre choix, liée à une question"))
        self.new_button.clicked.connect(self.start_new)
        self.empty = QLabel(
            self.tr(
                "Le plan d'actions rassemble ce qui reste à faire pour sécuriser le cabinet. Les réponses « non » "
                "ou « en partie » de l'auto-évaluation le remplissent (bouton « Ajouter les actions proposées au plan » "
                "de l'onglet « Score et priorités ») ; vous pouvez aussi ajouter vos propres actions avec « Nouvelle action »."
            ),
            self,
        )
        self.empty.setObjectName("actions_empty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(theme.text_css("muted"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Question liée"), self.item)
        form.addRow(self.tr("&Intitulé"), self.title)
        form.addRow(self.tr("&Responsable"), self.owner)
        form.addRow(self.tr("É&chéance"), self.due)
        form.addRow(self.tr("&Statut"), self.status)
        form.addRow(self.tr("C&oût"), self.cost)
        form.addRow(self.tr("E&ffort"), self.effort)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.open_only)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self._show_current()

    def load(self, actions: list | None = None, today: date | None = None) -> None:
        """Show the plan: ``actions`` and ``today`` as the page read them on the worker (gui/ops.py). Without them
        the tab reads them itself, on its worker when it has one (inline only for a bare tab in a test)."""
        if actions is None or today is None:
            service = self.service
            if self._worker is None:
                self.load(service.actions(), service.checklist.today())
            else:
                self._worker.submit(
                    lambda: (service.actions(), service.checklist.today()), lambda r: isValid(self) and self.load(*r)
                )
            return
        current = self.current_action()
        wanted = self._select_after
        self._select_after = None
        self.adding = False
        self.model.set_rows(actions, today)
        self.empty.setVisible(self.model.rowCount() == 0)
        keep = wanted if wanted is not None else (current.id if current is not None else None)
        if keep is not None:
            for row in range(self.proxy.rowCount()):
                source = self.proxy.mapToSource(self.proxy.index(row, 0))
                if self.model.action_at(source.row()).id == keep:
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
        if self.adding:
            return
        action = self.current_action()
        for widget in (self.title, self.owner, self.due, self.status, self.cost, self.effort, self.save):
            widget.setEnabled(action is not None)
        self.item.setEnabled(False)
        if action is None:
            for edit in (self.title, self.owner, self.cost):
                edit.clear()
            self.due.set_value(None)
            return
        self.item.setCurrentIndex(max(0, self.item.findData(action.item_id)))
        self.title.setText(action.title)
        self.owner.setText(action.owner)
        self.due.set_value(action.due_date)
        self.status.setCurrentIndex(self.status.findData(action.status.value))
        self.cost.setText(action.cost)
        self.effort.setCurrentIndex(self.effort.findData(action.effort.value))

    def start_new(self) -> None:
        """An empty form for an action of one's own, attached to the question it answers."""
        self.table.clearSelection()
        self.adding = True
        for widget in (self.item, self.title, self.owner, self.due, self.status, self.cost, self.effort, self.save):
            widget.setEnabled(True)
        for edit in (self.title, self.owner, self.cost):
            edit.clear()
        self.due.set_value(None)
        self.status.setCurrentIndex(self.status.findData(ActionStatus.TODO.value))
        self.effort.setCurrentIndex(self.effort.findData(Effort.MEDIUM.value))
        self.message.clear()
        self.title.setFocus()

    def save_current(self) -> bool:
        if self.adding:
            return self._save_new()
        action = self.current_action()
        if action is None:
            return False
        service, action_id = self.service, action.id
        given = ActionInput(
            action.item_id,
            self.title.text(),
            self.owner.text(),
            self.due.value(),
            self.status.currentData(),
            self.cost.text(),
            self.effort.currentData(),
        )

        def failed(exc: BaseException) -> None:  # shown to the user, nothing was written
            if isValid(self.message):
                self.message.setStyleSheet(theme.text_css("danger"))
                self.message.setText(error_text(exc))

        def done(_saved: object) -> None:
            if not isValid(self.message):
                return
            self.message.setStyleSheet(theme.text_css("ok"))
            self.message.setText(self.tr("Action enregistrée."))
            self._reload()

        self._run(lambda: service.update_action(action_id, given), done, failed)
        return True

    def _run(self, job, done, failed) -> None:  # noqa: ANN001 - the worker's (job, on_done, on_error)
        """On the worker (inline only for a bare tab in a test, which has none)."""
        if self._worker is None:
            try:
                result = job()
            except Exception as exc:  # noqa: BLE001 - shown to the user, nothing was written
                failed(exc)
                return
            done(result)
        else:
            self._worker.submit(job, done, failed)

    def _reload(self) -> None:
        """After a save: the page reads everything again (``changed``); a bare tab reads its plan itself."""
        self.changed.emit()
        if not self.page_reloads:
            self.load()

    def _save_new(self) -> bool:
        """Added on the worker thread (with the assessment it belongs to: the one in progress, else the last)."""
        service = self.service
        given = ActionInput(
            self.item.currentData(),
            self.title.text(),
            self.owner.text(),
            self.due.value(),
            self.status.currentData(),
            self.cost.text(),
            self.effort.currentData(),
        )

        def job() -> Action | None:
            assessment = service.checklist.current()
            if assessment is None:
                every = service.checklist.assessments()
                assessment = every[-1] if every else None
            return None if assessment is None else service.add_action(assessment.id, given)

        def failed(exc: BaseException) -> None:
            if isValid(self.message):
                self.message.setStyleSheet(theme.text_css("danger"))
                self.message.setText(error_text(exc))

        def done(created: Action | None) -> None:
            if not isValid(self.message):
                return
            if created is None:
                self.message.setStyleSheet(theme.text_css("danger"))
                self.message.setText(
                    self.tr("Commencez d'abord une auto-évaluation : une action y est rattachée.")
                )
                return
            self._added(created)

        self._run(job, done, failed)
        return True

    def _added(self, created: Action) -> None:
        self.adding = False
        self._select_after = created.id  # selected when the plan, read again, shows it
        self.message.setStyleSheet(theme.text_css("ok"))
        self.message.setText(self.tr("Action ajoutée au plan."))
        self._reload()
