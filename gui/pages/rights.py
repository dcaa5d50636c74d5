"""Patients' requests: the list with legal deadlines, and the actions that move a request to its answer."""

from __future__ import annotations

import io
from html import escape as _html_escape
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.domain import rights as rights_letters  # the letter kinds (no PDF library at start)
from core.domain.rights import RequestView
from core.rules.rights_notes import text as note_text
from core.storage.atomic import write_atomic
from gui import formats, theme
from gui.context import AppContext
from gui.dialogs.rights_answer import AnswerDialog
from gui.dialogs.rights_letter import LetterDialog
from gui.dialogs.rights_request import RequestDialog
from gui.models.rights_requests import (
    COL_DUE,
    COL_REQUESTER,
    OPEN_ROLE,
    SORT_ROLE,
    RequestsTableModel,
    short_moment,
    status_labels,
)
from gui.ops import RIGHTS, Services, op
from gui.problems import interface_language
from gui.widgets.elided_cells import elide_cells


def escape(text: str) -> str:
    """&, < and > for rich text; ``html`` rather than ``xml.sax.saxutils``, which imports urllib, http, ssl and
    email (megabytes and milliseconds before the first window)."""
    return _html_escape(text, quote=False)


class RequestsProxy(QSortFilterProxyModel):
    """Sorts on raw values; hides closed requests unless asked; filters on the requester's name."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.show_closed = False
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(COL_REQUESTER)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_show_closed(self, on: bool) -> None:
        self.beginFilterChange()
        self.show_closed = on
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        index = self.sourceModel().index(row, 0, parent)
        if not self.show_closed and not self.sourceModel().data(index, OPEN_ROLE):
            return False
        return super().filterAcceptsRow(row, parent)


class RightsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RequestsTableModel(self)
        self.proxy = RequestsProxy(self)
        self.proxy.setSourceModel(self.model)

        heading = QLabel(self.tr("<h1>Demandes des patients</h1>"), self)
        intro = QLabel(
            self.tr(
                "Accès au dossier, rectification, effacement, opposition… Chaque demande a un délai légal : "
                "8 jours pour le dossier médical (au plus tôt 48 heures après la demande, 2 mois pour les "
                "informations de plus de 5 ans), un mois pour les autres droits."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&Nouvelle demande…"), self)
        self.edit_button = QPushButton(self.tr("&Modifier…"), self)
        self.extend_button = QPushButton(self.tr("&Prolonger le délai…"), self)
        self.close_button = QPushButton(self.tr("&Clore…"), self)
        self.letter_button = QPushButton(self.tr("C&ourrier…"), self)
        self.delete_button = QPushButton(self.tr("&Supprimer"), self)
        self.log_button = QPushButton(self.tr("&Journal des demandes (PDF)…"), self)
        self.log_button.setToolTip(
            self.tr(
                "Toutes les demandes avec leurs dates : la preuve que chacune a été traitée dans le délai."
            )
        )
        self.log_button.clicked.connect(lambda: self.save_log())
        self.new_button.clicked.connect(self.new_request)
        self.edit_button.clicked.connect(self.edit_request)
        self.extend_button.clicked.connect(self.extend_request)
        self.close_button.clicked.connect(self.close_request)
        self.letter_button.clicked.connect(lambda: self.open_letter())
        self.delete_button.clicked.connect(self.delete_request)
        self.show_closed = QCheckBox(self.tr("Afficher les demandes closes"), self)
        self.show_closed.toggled.connect(self.proxy.set_show_closed)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Rechercher un demandeur"))
        self.search.setAccessibleName(self.tr("Rechercher un demandeur"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = elide_cells(QTableView(self), 280)
        self.table.setObjectName("requests_table")
        self.table.setAccessibleName(self.tr("Demandes des patients"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.edit_request)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.detail = QLabel(self)
        self.detail.setObjectName("request_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail.setMinimumHeight(120)
        self.empty = QLabel(self)
        self.empty.setStyleSheet(theme.text_css("muted"))

        actions = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.extend_button,
            self.close_button,
            self.letter_button,
            self.delete_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        filters = QHBoxLayout()  # the log button beside the filter: the page fits 960 px (200 % scaling)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.show_closed)
        filters.addWidget(self.log_button)
        QWidget.setTabOrder(self.show_closed, self.log_button)
        QWidget.setTabOrder(self.log_button, self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.empty)
        layout.addWidget(self.detail, 1)
        self._pending_select: int | None = None
        self._update_buttons()
        ctx.changes.changed.connect(self._changed)
        self.refresh()

    def _changed(self, kinds: frozenset[str]) -> None:
        if RIGHTS in kinds:
            self.refresh()

    # --- data -------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        op(self, lambda s: s.rights.list(), self._loaded)

    def _loaded(self, views: list[RequestView]) -> None:
        keep = self._pending_select or self.selected_id()
        self._pending_select = None
        self.model.set_rows(views)
        open_count = sum(1 for v in views if v.request.status.is_open)
        if not views:
            self.empty.setText(
                self.tr(
                    "Aucune demande enregistrée. Notez ici chaque demande dès sa réception : le délai court."
                )
            )
        elif not open_count and not self.show_closed.isChecked():
            self.empty.setText(
                self.tr("Aucune demande en cours. Cochez « Afficher les demandes closes » pour l'historique.")
            )
        else:
            self.empty.setText("")
        if keep is not None:
            self.select(keep)
        self._selection_changed()

    def selected_view(self) -> RequestView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.view_at(self.proxy.mapToSource(rows[0]).row())

    def selected_id(self) -> int | None:
        view = self.selected_view()
        return view.request.id if view else None

    def select(self, request_id: int) -> None:
        row = self.model.row_of(request_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())

    def _reload_selecting(self, request_id: int | None) -> None:
        self._pending_select = request_id
        self.refresh()

    # --- detail -----------------------------------------------------------------------------------------
    def _selection_changed(self, *args) -> None:
        self._update_buttons()
        view = self.selected_view()
        if view is None:
            self.detail.setText("")
            return
        r, d = view.request, view.deadline
        lines = []
        if r.status.is_open:
            if d.overdue:
                lines.append(
                    "<b style='color:"
                    + theme.hex_color("danger")
                    + "'>"
                    + self.tr("Délai dépassé depuis le %1.").replace("%1", formats.day(d.due))
                    + "</b>"
                )
            else:
                lines.append(
                    "<b>"
                    + self.tr("À traiter au plus tard le %1 (%n jour(s)).", "", d.days_left)
                    .replace("%1", formats.day(d.due))
                    + "</b>"
                )
            if d.earliest_answer is not None and d.earliest_answer > self.ctx.clock():
                lines.append(
                    self.tr("Pas de communication avant le %1 (délai de réflexion de 48 heures).").replace(
                        "%1", short_moment(d.earliest_answer)
                    )
                )
            if d.can_extend and d.extended_due is not None:
                lines.append(
                    self.tr("Prolongation possible jusqu'au %1, à annoncer avant le %2.")
                    .replace("%1", formats.day(d.extended_due))
                    .replace("%2", formats.day(d.first_due))
                )
        elif r.answered_at is not None:
            lines.append(
                "<b>"
                + self.tr("Close le %1 (%2).")
                .replace("%1", short_moment(r.answered_at))
                .replace("%2", self.status_text(r))
                + "</b>"
            )
            if d.answered_late:
                lines.append(
                    self.tr("Réponse donnée après l'échéance légale du %1.").replace("%1", formats.day(d.due))
                )
            if r.answer_content:
                lines.append(escape(r.answer_content))
        if r.details:
            lines.append(escape(r.details))
        lang = interface_language()
        notes = "".join(f"<li>{escape(note_text(code, lang))}</li>" for code in d.note_codes)
        self.detail.setText("<br/>".join(lines) + (f"<ul>{notes}</ul>" if notes else ""))

    def status_text(self, request) -> str:
        return status_labels()[request.status]

    def _update_buttons(self) -> None:
        view = self.selected_view()
        has = view is not None
        open_ = has and view.request.status.is_open
        self.edit_button.setEnabled(has)
        self.letter_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.close_button.setEnabled(open_)
        self.extend_button.setEnabled(bool(open_ and view.deadline.can_extend))

    # --- actions ----------------------------------------------------------------------------------------
    def new_request(self) -> None:
        dialog = RequestDialog(self.ctx, self.ctx.clock, None, self)
        if dialog.exec() and dialog.saved is not None:
            self._reload_selecting(dialog.saved.id)
            answer = QMessageBox.question(
                self, "Vigie", self.tr("Préparer l'accusé de réception pour le demandeur ?")
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.open_letter(rights_letters.ACKNOWLEDGEMENT, dialog.saved.id)

    def edit_request(self, *args) -> None:
        view = self.selected_view()
        if view is None:
            return
        dialog = RequestDialog(self.ctx, self.ctx.clock, view.request, self)
        dialog.exec()
        self._reload_selecting(view.request.id)

    def extend_request(self) -> None:
        view = self.selected_view()
        if view is None:
            return
        reason, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Prolonger le délai"),
            self.tr(
                "Pourquoi cette demande nécessite-t-elle plus de temps ? Ce motif figurera dans le courrier."
            ),
        )
        if not ok:
            return
        request_id = view.request.id

        def done(_result: object) -> None:
            self._reload_selecting(request_id)
            self.open_letter(rights_letters.EXTENSION, request_id)

        op(self, lambda s: s.rights.extend(request_id, reason), done, changes={RIGHTS})

    def close_request(self) -> None:
        view = self.selected_view()
        if view is None:
            return
        dialog = AnswerDialog(self.ctx, self.ctx.clock, view.request, self)
        if dialog.exec():
            self._reload_selecting(view.request.id)

    def open_letter(self, letter: str | None = None, request_id: int | None = None) -> LetterDialog | None:
        request_id = request_id or self.selected_id()
        if request_id is None:
            return None
        if letter is None:
            view = self.selected_view()
            letter = _suggested_letter(view)
        dialog = LetterDialog(self.ctx, request_id, letter, self)
        dialog.open()
        return dialog

    def ask_log_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Enregistrer le journal des demandes"),
            "journal-demandes.pdf",
            self.tr("Documents PDF (*.pdf)"),
        )
        return Path(name) if name else None

    def save_log(self, path: Path | None = None) -> bool:
        """Render the requests log PDF to ``path`` in the worker (``self.log_written`` once done)."""
        path = path or self.ask_log_path()
        if path is None:
            return False
        self.log_written: Path | None = None

        def job(s: Services) -> Path:
            buffer = io.BytesIO()
            s.rights.render_log(buffer)
            write_atomic(path, buffer.getvalue(), mode=0o600)
            return path

        op(self, job, lambda written: setattr(self, "log_written", written))
        return True

    def delete_request(self) -> None:
        view = self.selected_view()
        if view is None:
            return
        answer = QMessageBox.question(
            self,
            "Vigie",
            self.tr(
                "Supprimer définitivement cette demande et ses pièces jointes ? Gardez plutôt une trace "
                "des demandes traitées : elles prouvent votre diligence."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        request_id = view.request.id
        op(self, lambda s: s.rights.delete(request_id), changes={RIGHTS})


def _suggested_letter(view: RequestView | None) -> str:
    if view is None:
        return rights_letters.ACKNOWLEDGEMENT
    status = view.request.status.value
    return {
        "answered": rights_letters.ANSWER,
        "refused": rights_letters.REFUSAL,
        "extended": rights_letters.EXTENSION,
    }.get(status, rights_letters.ACKNOWLEDGEMENT)
