"""The questionnaire tab: items by theme in a table, the why/how of the selected item beside it.

Keyboard: O (or Y) or 1 = Oui, P or 2 = Partiellement, N or 3 = Non, S or 4 = Sans objet, Entrée = confirm a
pre-filled answer; the selection then moves to the next question, so the whole list is answered from the keyboard.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.content.checklist import Catalogue
from core.domain.checklist import Answer, AnswerInput
from core.services.checklist import QuestionRow
from core.services.checklist_evidence import ScanProposal
from gui import formats, theme
from gui.messages import error_text
from gui.models.checklist import (
    ITEM_ID_ROLE,
    PENDING_ROLE,
    SORT_ROLE,
    THEME_ROLE,
    QuestionTableModel,
    answer_label,
)
from gui.ops import CHECKLIST, Services, op

if TYPE_CHECKING:
    from gui.context import AppContext

KEYS = {
    Qt.Key.Key_O: Answer.YES,
    Qt.Key.Key_Y: Answer.YES,
    Qt.Key.Key_1: Answer.YES,
    Qt.Key.Key_P: Answer.PARTIAL,
    Qt.Key.Key_2: Answer.PARTIAL,
    Qt.Key.Key_N: Answer.NO,
    Qt.Key.Key_3: Answer.NO,
    Qt.Key.Key_S: Answer.NA,
    Qt.Key.Key_4: Answer.NA,
}


class QuestionFilter(QSortFilterProxyModel):
    """Filter by theme and, optionally, to the questions still waiting for an answer or a confirmation."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.theme = ""
        self.pending_only = False
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_theme(self, theme: str) -> None:
        self.beginFilterChange()
        self.theme = theme
        self.endFilterChange()

    def set_pending_only(self, value: bool) -> None:
        self.beginFilterChange()
        self.pending_only = value
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        index = model.index(row, 0, parent)
        if self.theme and model.data(index, THEME_ROLE) != self.theme:
            return False
        if self.pending_only and not model.data(index, PENDING_ROLE):
            return False
        return super().filterAcceptsRow(row, parent)


class QuestionnaireTab(QWidget):
    changed = Signal()  # an answer was saved: scores and plan must refresh

    def __init__(self, ctx: AppContext, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lang = self.lang = ctx.lang
        self.assessment_id: int | None = None
        self.read_only = True
        self.scan_proposals: dict[str, ScanProposal] = {}
        self.model = QuestionTableModel(lang, self)
        self.proxy = QuestionFilter(self)
        self.proxy.setSourceModel(self.model)

        self.theme = QComboBox(self)
        self.theme.setObjectName("checklist_theme")
        self.theme.addItem(self.tr("Tous les thèmes"), "")
        for item in catalogue.themes:
            self.theme.addItem(item.label.get(lang), item.id)
        self.theme.currentIndexChanged.connect(lambda _i: self.proxy.set_theme(self.theme.currentData()))
        self.pending = QCheckBox(self.tr("&À traiter seulement"), self)
        self.pending.setToolTip(self.tr("Questions sans réponse ou réponses de l'an dernier à confirmer"))
        self.pending.toggled.connect(self.proxy.set_pending_only)
        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Rechercher une question"))
        self.search.setPlaceholderText(self.tr("Rechercher…"))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.progress = QLabel(self)

        self.table = QTableView(self)
        self.table.setObjectName("checklist_questions")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(QuestionTableModel.COL_ID, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QuestionTableModel.COL_QUESTION, QHeaderView.ResizeMode.Stretch)
        for col in (QuestionTableModel.COL_ID, QuestionTableModel.COL_WEIGHT, QuestionTableModel.COL_ANSWER):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # At 1200 × 780 the list shares the width with the detail panel: the note is read and written there
        # (and in the question's tooltip), so the question itself gets the room.
        self.table.setColumnHidden(QuestionTableModel.COL_NOTE, True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.table.installEventFilter(self)
        self.table.setAccessibleName(self.tr("Questions de l'auto-évaluation"))

        # Detail panel.
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.tags = QLabel(self)
        self.tags.setWordWrap(True)
        self.tags.setStyleSheet(theme.text_css("danger"))
        self.why = QLabel(self)
        self.how = QLabel(self)
        self.reference = QLabel(self)
        self.previous = QLabel(self)
        for label in (self.why, self.how, self.reference, self.previous):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reference.setStyleSheet(theme.text_css("muted"))
        self.buttons: dict[Answer, QPushButton] = {}
        answer_row = QGridLayout()
        for answer, text in (
            (Answer.YES, self.tr("&Oui")),
            (Answer.PARTIAL, self.tr("&Partiellement")),
            (Answer.NO, self.tr("&Non")),
            (Answer.NA, self.tr("&Sans objet")),
        ):
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, a=answer: self.answer_current(a))
            self.buttons[answer] = button
            position = len(self.buttons) - 1
            answer_row.addWidget(button, position // 2, position % 2)
        self.confirm_button = QPushButton(self.tr("&Confirmer la réponse de l'an dernier"), self)
        self.confirm_button.clicked.connect(self.confirm_current)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("checklist_na_reason")
        self.reason.setAccessibleName(self.tr("Pourquoi la question est sans objet"))
        self.reason.setPlaceholderText(self.tr("Pourquoi la question est sans objet (une ligne)"))
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("checklist_note")
        self.note.setAccessibleName(self.tr("Note sur la réponse"))
        self.note.setPlaceholderText(self.tr("Note : ce qui est en place, ce qui manque, où est la preuve…"))
        self.note.setFixedHeight(70)
        self.save_note = QPushButton(self.tr("Enregistrer la &note"), self)
        self.save_note.clicked.connect(lambda: self.answer_current(None))
        self.evidence = QLabel(self)
        self.evidence.setWordWrap(True)
        self.attach = QPushButton(self.tr("&Joindre un justificatif…"), self)
        self.attach.clicked.connect(self.choose_evidence)
        self.export = QPushButton(self.tr("E&xtraire un justificatif…"), self)
        self.export.setToolTip(self.tr("Enregistre une copie déchiffrée du justificatif à l'endroit choisi"))
        self.export.clicked.connect(self.choose_export)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.proposal = QLabel(self)
        self.proposal.setObjectName("exposure_proposal")
        self.proposal.setWordWrap(True)
        self.proposal.setTextFormat(Qt.TextFormat.PlainText)
        self.proposal.setStyleSheet(
            theme.box_css("info_bg", f"border: 1px solid {theme.hex_color('accent')}; padding: 6px;")
        )
        self.apply_proposal = QPushButton(self.tr("Appli&quer cette proposition…"), self)
        self.apply_proposal.setObjectName("apply_exposure_proposal")
        self.apply_proposal.setToolTip(
            self.tr(
                "Reprend la réponse proposée, cite la vérification dans la note et "
                "joint son rapport PDF comme justificatif"
            )
        )
        self.apply_proposal.clicked.connect(self.ask_apply_proposal)

        detail = QWidget(self)
        form = QVBoxLayout(detail)
        form.addWidget(self.question)
        form.addWidget(self.tags)
        fields = QFormLayout()
        fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow panel: labels above
        fields.addRow(self.tr("Pourquoi"), self.why)
        fields.addRow(self.tr("Comment faire"), self.how)
        fields.addRow(self.tr("Référence"), self.reference)
        fields.addRow(self.tr("L'an dernier"), self.previous)
        form.addLayout(fields)
        form.addWidget(self.proposal)
        apply_row = QHBoxLayout()
        apply_row.addWidget(self.apply_proposal)
        apply_row.addStretch(1)
        form.addLayout(apply_row)
        form.addLayout(answer_row)
        form.addWidget(self.confirm_button)
        form.addWidget(self.reason)
        form.addWidget(self.note)
        notes = QHBoxLayout()
        notes.addWidget(self.save_note)
        notes.addStretch(1)
        form.addLayout(notes)
        # One button per row: side by side they were wider than the pane at 200 % scaling.
        for button in (self.attach, self.export):
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            form.addLayout(row)
        form.addWidget(self.evidence)
        form.addWidget(self.message)
        form.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)  # at 200 %: scroll, never clip
        scroll.setWidget(detail)

        left = QWidget(self)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        self.search.setMinimumWidth(90)
        self.theme.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.theme.setMinimumContentsLength(10)  # long theme names must not squeeze the detail panel
        filters.addWidget(self.theme, 1)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.pending)
        left_box.addLayout(filters)
        left_box.addWidget(self.table, 1)
        left_box.addWidget(self.progress)
        hint = QLabel(
            self.tr("Clavier : O / P / N / S pour répondre, Entrée pour confirmer, puis question suivante."),
            self,
        )
        hint.setStyleSheet(theme.text_css("muted"))
        hint.setWordWrap(True)  # one long line would hold the list wide and clip the detail panel at 200 %
        left_box.addWidget(hint)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 420])  # the detail panel keeps about 40 %: at 200 % its buttons still fit
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # --- data ---------------------------------------------------------------------------------------------
    def show_rows(
        self,
        assessment_id: int | None,
        read_only: bool,
        rows: list[QuestionRow],
        proposals: dict[str, ScanProposal],
        scan_error: BaseException | None = None,
    ) -> None:
        """Show what the page read in the worker (``security_snapshot``), keeping the selected question."""
        current = self.current_row()
        keep = current.item.id if current else None
        self.assessment_id = assessment_id
        self.read_only = read_only
        self.scan_proposals = proposals
        self.model.set_rows(rows)
        done = sum(1 for r in rows if r.answer and r.answer.answer is not None and r.answer.confirmed)
        self.progress.setText(
            self.tr("%n question(s) traitée(s)", "", done) + self.tr(" sur %1").replace("%1", str(len(rows)))
        )
        said, style = self.message.text(), self.message.styleSheet()
        self.select_item(keep) if keep else self.table.selectRow(0)
        self._show_current()
        if keep is not None and self.current_row() is not None and self.current_row().item.id == keep:
            self.message.setStyleSheet(style)  # the same question: what was just said about it stays
            self.message.setText(said)
        if scan_error is not None:  # a damaged scan must not keep the questionnaire from opening
            self._say(error_text(scan_error), error=True)

    def select_item(self, item_id: str) -> None:
        row = self.model.row_of(item_id)
        if row < 0:
            self.table.selectRow(0)
            return
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if proxy_index.isValid():
            self.table.selectRow(proxy_index.row())
            self.table.scrollTo(proxy_index)

    def current_row(self) -> QuestionRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _show_current(self) -> None:
        row = self.current_row()
        editable = row is not None and not self.read_only
        for widget in (*self.buttons.values(), self.reason, self.note, self.save_note, self.attach):
            widget.setEnabled(editable)
        self.message.clear()
        if row is None:
            for label in (
                self.question,
                self.tags,
                self.why,
                self.how,
                self.reference,
                self.previous,
                self.evidence,
            ):
                label.clear()
            self.confirm_button.setVisible(False)
            self.export.setEnabled(False)
            self._show_proposal(None, False)
            return
        item = row.item
        self.question.setText(f"{item.id} — {item.question.get(self.lang)}")
        tags = []
        if item.weight == 3:
            tags.append(self.tr("mesure essentielle (poids 3)"))
        if item.sanction_2020:
            tags.append(self.tr("en cause dans les sanctions CNIL de 2020"))
        if "legal_obligation" in item.tags:
            tags.append(self.tr("obligation légale"))
        if item.annual_recheck:
            tags.append(self.tr("à revérifier chaque année"))
        self.tags.setText(" · ".join(tags))
        self.why.setText(item.why.get(self.lang))
        self.how.setText(item.how.get(self.lang))
        self.reference.setText(item.reference.get(self.lang))
        if row.previous and row.previous.answer:
            text = answer_label(row.previous.answer)
            extra = row.previous.na_reason or row.previous.note
            self.previous.setText(f"{text} — {extra}" if extra else text)
        else:
            self.previous.setText("—")
        current = row.answer.answer if row.answer else None
        for answer, button in self.buttons.items():
            button.setChecked(answer == current)
        self.reason.setText(row.answer.na_reason if row.answer else "")
        self.note.setPlainText(row.answer.note if row.answer else "")
        self.confirm_button.setVisible(bool(editable and row.answer and row.answer.needs_confirmation))
        self.export.setEnabled(bool(row.evidence))
        self.evidence.setText(
            self.tr("Justificatifs : %1").replace("%1", ", ".join(e.filename for e in row.evidence))
            if row.evidence
            else ""
        )
        self._show_proposal(self.scan_proposals.get(item.id), editable)

    def _show_proposal(self, proposal: ScanProposal | None, editable: bool) -> None:
        self.proposal.setVisible(proposal is not None)
        self.apply_proposal.setVisible(bool(proposal and proposal.can_apply and not proposal.already_applied))
        self.apply_proposal.setEnabled(editable)
        if proposal is None:
            self.proposal.clear()
            return
        when = formats.date_time(proposal.scanned_at)
        reasons = " ".join(proposal.reasons)
        if not proposal.can_apply:
            text = self.tr("La vérification d'exposition du %1 (n° %2) ne permet pas de répondre : %3")
        elif proposal.already_applied:
            text = self.tr(
                "Réponse reprise de la vérification d'exposition du %1 (n° %2), rapport joint : %3"
            )
        else:
            text = self.tr("Proposé par la vérification d'exposition du %1 (n° %2) : %3")
            reasons = f"{answer_label(proposal.checklist_answer)} — {reasons}"
        self.proposal.setText(
            text.replace("%1", when).replace("%2", str(proposal.scan_id)).replace("%3", reasons)
        )

    # --- actions ------------------------------------------------------------------------------------------
    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(theme.text_css("danger") if error else theme.text_css("ok"))
        self.message.setText(text)

    def answer_current(self, answer: Answer | None, advance: bool = False) -> bool:
        """Save the answer (None: keep the current one and save the note). Returns True when saved."""
        row = self.current_row()
        if row is None or self.read_only or self.assessment_id is None:
            return False
        if answer is None:
            answer = row.answer.answer if row.answer else None
            if answer is None:
                self._say(self.tr("Choisissez d'abord une réponse."), error=True)
                return False
        if answer == Answer.NA and not self.reason.text().strip():
            self.buttons[Answer.NA].setChecked(False)
            self._say(
                self.tr("Indiquez en une ligne pourquoi la question est sans objet, puis appuyez sur S."),
                error=True,
            )
            self.reason.setFocus()
            return False
        assessment_id = self.assessment_id
        given = AnswerInput(row.item.id, answer, self.note.toPlainText(), self.reason.text())
        self._save(lambda s: s.checklist.answer(assessment_id, given), advance)
        return True

    def confirm_current(self, advance: bool = False) -> bool:
        row = self.current_row()
        if (
            row is None
            or self.read_only
            or self.assessment_id is None
            or not (row.answer and row.answer.answer)
        ):
            return False
        assessment_id, item_id = self.assessment_id, row.item.id
        self._save(lambda s: s.checklist.confirm(assessment_id, item_id), advance)
        return True

    def _save(self, fn: Callable[[Services], object], advance: bool, said: str = "") -> None:
        """Write in the worker; move to the next question at once (typing O N O… never waits on a save).

        The page reads everything again on the change signal; the selection stays on the question chosen.
        """
        if advance:
            self.table.selectRow(min(self.table.currentIndex().row() + 1, self.proxy.rowCount() - 1))

        def done(_result: object) -> None:
            self._say(said or self.tr("Enregistré."))
            self.changed.emit()

        op(self, fn, done, lambda exc: self._say(error_text(exc), error=True), changes={CHECKLIST})

    def ask_apply_proposal(self) -> None:
        row = self.current_row()
        proposal = self.scan_proposals.get(row.item.id) if row else None
        if proposal is None or proposal.checklist_answer is None:
            return
        current = row.answer.answer if row and row.answer else None
        text = self.tr(
            "Répondre « %1 » à %2, d'après la vérification d'exposition du %3 ? La note citera la "
            "vérification et son rapport PDF sera joint, chiffré, comme justificatif."
        )
        if current is not None and current != proposal.checklist_answer:
            text += " " + self.tr("La réponse actuelle (« %4 ») sera remplacée.")
        text = (
            text.replace("%1", answer_label(proposal.checklist_answer))
            .replace("%2", proposal.item_id)
            .replace("%3", formats.date_time(proposal.scanned_at))
            .replace("%4", answer_label(current) if current else "")
        )
        confirmed = QMessageBox.question(self, self.tr("Appliquer la proposition"), text)
        if confirmed == QMessageBox.StandardButton.Yes:
            self.apply_current_proposal()

    def apply_current_proposal(self) -> None:
        """Set the proposed answer and attach the scan's report (rendered on the worker: a PDF takes a moment)."""
        row = self.current_row()
        proposal = self.scan_proposals.get(row.item.id) if row else None
        if (
            row is None
            or proposal is None
            or self.assessment_id is None
            or self.read_only
        ):
            return
        assessment_id = self.assessment_id
        item_id, scan_id = proposal.item_id, proposal.scan_id
        self.apply_proposal.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.apply_proposal.setEnabled(True)
            self._say(error_text(exc), error=True)

        op(
            self,
            lambda s: s.evidence.apply(assessment_id, item_id, scan_id),
            lambda _r: self._say(
                self.tr(
                    "Proposition appliquée : rapport de la vérification n° %1 joint comme justificatif."
                ).replace("%1", str(scan_id))
            ),
            failed,
            changes={CHECKLIST},
        )

    def choose_evidence(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Joindre un justificatif"))
        if path:
            self.attach_file(Path(path))

    def attach_file(self, path: Path) -> bool:
        """Read and encrypt the file into the vault (worker). False when there is no question to attach it to."""
        row = self.current_row()
        if row is None or self.assessment_id is None:
            return False
        assessment_id, item_id = self.assessment_id, row.item.id
        self._save(
            lambda s: s.evidence_files.add_evidence(assessment_id, item_id, path.name, path.read_bytes()),
            False,
            self.tr("Justificatif chiffré dans le coffre : %1").replace("%1", path.name),
        )
        return True

    def choose_export(self) -> None:
        row = self.current_row()
        if row is None or not row.evidence:
            return
        chosen = row.evidence[-1]
        if len(row.evidence) > 1:
            names = [f"{e.id} — {e.filename}" for e in row.evidence]
            name, ok = QInputDialog.getItem(
                self,
                self.tr("Extraire un justificatif"),
                self.tr("Justificatif"),
                names,
                len(names) - 1,
                False,
            )
            if not ok:
                return
            chosen = row.evidence[names.index(name)]
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Extraire un justificatif"), str(Path.home() / chosen.filename)
        )
        if path:
            self.export_evidence(chosen.id, Path(path))

    def export_evidence(self, evidence_id: int, path: Path) -> None:
        """Write a decrypted copy where the user chose, after checking it against its recorded SHA-256 (worker)."""

        def job(s: Services) -> None:
            _meta, content = s.evidence_files.evidence_content(evidence_id)
            path.write_bytes(content)

        op(
            self,
            job,
            lambda _r: self._say(self.tr("Justificatif extrait (empreinte vérifiée) : %1").replace("%1", str(path))),
            lambda exc: self._say(error_text(exc), error=True),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = Qt.Key(event.key())
            if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
                return False
            if key in KEYS:
                self.answer_current(KEYS[key], advance=True)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
                self.confirm_current(advance=True)
                return True
        return super().eventFilter(watched, event)

    def item_ids_in_view(self) -> list[str]:
        return [self.proxy.index(r, 0).data(ITEM_ID_ROLE) for r in range(self.proxy.rowCount())]
