"""The incident journal: the list (filter open/closed/year), the selected incident's record and timeline, its
checklist, and the documents (CNIL dossier, patient letter, journal extract) with preview, print and save.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.domain import incident_timeline
from core.domain.incident import MAILING_PREPARED, IncidentRecord
from core.rules import next_steps
from core.rules.deadlines import countdown
from core.storage.atomic import write_atomic
from gui import formats, theme
from gui.context import AppContext
from gui.dialogs.awareness import AwarenessDialog
from gui.dialogs.incident_event import IncidentEventDialog
from gui.messages import error_text, show_error
from gui.models.incidents import COL_AWARE, ID_ROLE, IncidentTableModel, PreparedRows, prepare_rows
from gui.ops import INCIDENTS, Services, op
from gui.widgets.elided_cells import elide_cells
from gui.wizards.breach_wizard import BreachWizard

if TYPE_CHECKING:  # PDF preview (pypdfium2) and patient letter (reportlab): imported when first opened
    from gui.dialogs.patient_letter import PatientLetterDialog
    from gui.widgets.pdf_preview import PdfPreviewDialog


class IncidentsPage(QWidget):
    refresh_on_show = False  # reads again on the change signal (gui/ops.py), not on every showing

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidents_page")
        self.ctx = ctx
        self.preview: PdfPreviewDialog | None = None  # the last document shown (set by the worker's answer)
        self.letter_dialog: PatientLetterDialog | None = None
        self.record: IncidentRecord | None = None
        self._pending_select: int | None = None
        self._loading_record: int | None = None
        self._sized = False
        self.loading = False
        self._job_started = False

        title = QLabel(self.tr("Journal des incidents et violations de données"), self)
        title.setStyleSheet("font-size: 15pt; font-weight: bold; " + theme.text_css("accent"))
        intro = QLabel(
            self.tr("Tout incident est consigné ici, violation ou non (article 33(5) du RGPD)."), self
        )
        intro.setStyleSheet(theme.text_css("muted"))
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("status_filter")
        for label, key in (
            (self.tr("Tous"), None),
            (self.tr("Ouverts"), "open"),
            (self.tr("Clos"), "closed"),
        ):
            self.status_filter.addItem(label, key)
        self.year_filter = QComboBox(self)
        self.year_filter.setObjectName("year_filter")
        self.year_filter.setAccessibleName(self.tr("Année"))
        self.year_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.report_button = QPushButton(self.tr("⚠ &Signaler un incident"), self)
        self.report_button.clicked.connect(self.start_wizard)
        self.search = QLineEdit(self)
        self.search.setObjectName("incident_search")
        self.search.setPlaceholderText(self.tr("Rechercher : n° ou mots du titre"))
        self.search.setAccessibleName(self.tr("Rechercher un incident"))
        self.search.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Afficher"), self))
        filters.addWidget(self.status_filter)
        filters.addWidget(self.year_filter)
        filters.addWidget(self.search, 1)
        filters.addStretch(1)
        filters.addWidget(self.report_button)

        self.model = IncidentTableModel(self)  # sorts and filters itself: no proxy (see the model)
        self.table = QTableView(self)
        self.table.setObjectName("incident_table")
        self.table.setAccessibleName(self.tr("Incidents"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_AWARE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        elide_cells(self.table)  # a pasted title never widens the journal
        header = self.table.horizontalHeader()
        # Column widths from a sample of rows: 10,000 rows stay instant to load. resizeColumnsToContents() reads
        # the number of rows to sample from the *vertical* header.
        header.setResizeContentsPrecision(50)
        self.table.verticalHeader().setResizeContentsPrecision(50)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._load_selected())
        # Filtering resets the model: keep the selected incident selected if shown.
        self.model.modelReset.connect(self._reselect)
        self.status_filter.currentIndexChanged.connect(
            lambda: self.model.set_status(self.status_filter.currentData())
        )
        self.year_filter.currentIndexChanged.connect(lambda: self.model.set_year(self.year_filter.currentData()))
        self.search.textChanged.connect(self.model.set_text)

        # --- detail ----------------------------------------------------------------------------------------
        self.detail = QWidget(self)
        self.header = QLabel(self.detail)
        self.header.setObjectName("detail_header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.timeline = QTextBrowser(self.detail)
        self.timeline.setObjectName("timeline")
        self.timeline.setAccessibleName(self.tr("Chronologie"))
        self.timeline.setOpenLinks(False)
        self.timeline.anchorClicked.connect(self._anchor_clicked)
        self.steps = QListWidget(self.detail)
        self.steps.setObjectName("steps")
        self.steps.setAccessibleName(self.tr("Prochaines étapes"))
        self.steps.itemChanged.connect(self._step_toggled)
        self.buttons: dict[str, QPushButton] = {}
        actions = (
            ("assess", self.tr("&Réévaluer…"), self.reassess),
            ("event", self.tr("&Ajouter au journal…"), self.add_event),
            ("notify", self.tr("&Notification CNIL…"), lambda: self.add_event("cnil_notified")),
            ("informed", self.tr("Personnes &informées…"), lambda: self.add_event("persons_informed")),
            ("dossier", self.tr("&Dossier CNIL (PDF)…"), self.show_dossier),
            ("letter", self.tr("&Lettre aux patients…"), self.show_letter),
            ("notice", self.tr("Communication p&ublique…"), self.show_notice),
            ("extract", self.tr("E&xtrait du journal…"), self.show_extract),
            ("close", self.tr("&Clore l'incident…"), self.close_incident),
            ("awareness", self.tr("Corriger la &prise de connaissance…"), self.correct_awareness),
        )
        grid = QGridLayout()
        for i, (key, label, slot) in enumerate(actions):
            button = QPushButton(label, self.detail)
            button.setObjectName(f"action_{key}")
            button.clicked.connect(lambda _=False, s=slot: s())
            self.buttons[key] = button
            grid.addWidget(button, i // 4, i % 4)
        split = QSplitter(Qt.Orientation.Horizontal, self.detail)
        left = QWidget(split)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Chronologie"), left))
        left_layout.addWidget(self.timeline)
        right = QWidget(split)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Prochaines étapes (cochez ce qui est fait)"), right))
        right_layout.addWidget(self.steps)
        split.addWidget(left)
        split.addWidget(right)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.addWidget(self.header)
        detail_layout.addLayout(grid)
        detail_layout.addWidget(split, 1)

        vsplit = QSplitter(Qt.Orientation.Vertical, self)
        vsplit.addWidget(self.table)
        vsplit.addWidget(self.detail)
        vsplit.setSizes([260, 420])
        self.journal = vsplit
        self.empty_state = self._empty_state()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(vsplit, 1)
        layout.addWidget(self.empty_state, 1)
        self.empty_state.hide()
        self._show_record(None)
        ctx.changes.changed.connect(self._changed)
        self.refresh()

    def _changed(self, kinds: frozenset[str]) -> None:
        if INCIDENTS in kinds and shiboken6.isValid(self):
            self.refresh()

    def _empty_state(self) -> QWidget:
        """An empty journal says what it is for and the one thing to do, instead of disabled buttons."""
        box = QWidget(self)
        box.setObjectName("incidents_empty")
        text = QLabel(
            self.tr(
                "<p><b>Aucun incident consigné pour l'instant.</b></p>"
                "<p>Ce journal garde la trace de chaque incident touchant les données du cabinet : ordinateur "
                "volé ou perdu, rançongiciel, courrier ou e-mail envoyé au mauvais patient, accès indu au "
                "dossier… Le RGPD demande de tous les consigner, même ceux qui ne sont pas notifiés à la CNIL "
                "(article 33(5)).</p>"
                "<p>Quand un incident arrive, cliquez sur <b>Signaler un incident</b> : Vigie vous guide, décide "
                "avec vous s'il faut notifier la CNIL (sous 72 heures) et informer les patients, et prépare les "
                "documents.</p>"
            ),
            box,
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        start = QPushButton(self.tr("⚠ Signaler un incident maintenant"), box)
        start.setObjectName("empty_report")
        start.clicked.connect(self.start_wizard)
        row = QHBoxLayout()
        row.addWidget(start)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addStretch(1)
        return box

    # --- list ----------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the journal in the worker (10,000 incidents stay responsive)."""
        if self.loading and not self._job_started:
            return  # the queued load has not read the vault yet: it will see everything committed so far
        self.loading = True
        self._job_started = False

        header = self.table.horizontalHeader()
        sort = (header.sortIndicatorSection(), header.sortIndicatorOrder())

        def job(s: Services) -> tuple[PreparedRows, list[int]]:
            self._job_started = True
            return prepare_rows(s.incidents.list(), sort), s.incidents.years()

        op(self, job, self._loaded, self._failed)

    def _alive(self) -> bool:
        """The worker may answer after the window closed (lock, tests): then there is nothing to update."""
        return shiboken6.isValid(self) and shiboken6.isValid(self.model)

    def _loaded(self, result: tuple[PreparedRows, list[int]]) -> None:
        if not self._alive():
            return
        rows, years = result
        self.journal.setVisible(bool(rows.rows))
        self.empty_state.setVisible(not rows.rows)
        current = self.record.incident.id if self.record else None
        header = self.table.horizontalHeader()
        self.model.set_rows(
            rows, self.ctx.clock(), (header.sortIndicatorSection(), header.sortIndicatorOrder())
        )
        if not self._sized:  # once: later loads keep the widths (and the user's own)
            self._sized = True
            self.table.resizeColumnsToContents()
        chosen = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("Toutes les années"), None)
        for year in years:
            self.year_filter.addItem(str(year), year)
        self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(chosen)))
        self.year_filter.blockSignals(False)
        self.loading = False
        target = self._pending_select or current
        self._pending_select = None
        if target is not None:
            self.select_incident(target)

    def _failed(self, exc: BaseException) -> None:
        if not self._alive():
            return
        self.loading = False
        self.header.setText(escape(error_text(exc)))

    def select_incident(self, incident_id: int) -> None:
        if self.loading:
            self._pending_select = incident_id
            return
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(ID_ROLE) == incident_id:
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
                self._load(incident_id)
                return

    def _reselect(self) -> None:
        if self.record is None or self.loading:
            return
        row = self.model.row_of(self.record.incident.id)
        if row is None:
            return
        index = self.model.index(row, 0)
        selection = self.table.selectionModel()
        selection.blockSignals(True)  # the same incident: nothing to reload
        selection.setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        selection.blockSignals(False)
        self.table.viewport().update()

    def _load_selected(self) -> None:
        index = self.table.selectionModel().currentIndex()
        if index.isValid():
            self._load(int(index.data(ID_ROLE)))

    def _load(self, incident_id: int) -> None:
        self._loading_record = incident_id
        op(self, lambda s: s.incidents.get(incident_id), self._record_loaded, self._record_failed)

    def _record_loaded(self, record: IncidentRecord) -> None:
        if record.incident.id == self._loading_record:  # a later click wins over an earlier answer
            self._loading_record = None
            self._show_record(record)

    def _record_failed(self, exc: BaseException) -> None:
        self._loading_record = None
        self.header.setText(escape(error_text(exc)))

    # --- detail --------------------------------------------------------------------------------------------
    def _show_record(self, record: IncidentRecord | None) -> None:
        self.record = record
        for button in self.buttons.values():
            button.setEnabled(record is not None and record.incident.status == "open")
        for key in ("dossier", "letter", "notice", "extract"):
            self.buttons[key].setEnabled(record is not None)
        self.steps.blockSignals(True)
        self.steps.clear()
        if record is None:
            self.header.setText(self.tr("Sélectionnez un incident, ou signalez-en un nouveau."))
            self.timeline.clear()
            self.steps.blockSignals(False)
            return
        inc = record.incident
        lines = [
            "<b>"
            + self.tr("n° %1 — %2").replace("%1", str(inc.id)).replace("%2", escape(inc.title))
            + "</b>",
            self.tr("Prise de connaissance : %1").replace("%1", formats.date_time(inc.aware_at)),
        ]
        latest = record.latest
        if latest is None:
            lines.append(self.tr("Pas encore évalué : utilisez « Réévaluer… »."))
        else:
            decision = (
                self.tr("%1 ; %2")  # French spacing before the semicolon, English none
                .replace(
                    "%1",
                    self.tr("Notifier la CNIL")
                    if record.must_notify
                    else self.tr("Pas de notification à la CNIL"),
                )
                .replace(
                    "%2",
                    self.tr("informer les personnes")
                    if record.must_inform
                    else self.tr("pas d'information des personnes"),
                )
            )
            if record.decision and record.decision.overridden:
                decision += " " + self.tr("(décision justifiée, différente de la conclusion de Vigie)")
            lines.append(escape(decision))
            if latest.result.art34_exemption == "c" or not latest.facts.subjects.reachable:
                lines.append(
                    escape(
                        self.tr(
                            "Les personnes ne peuvent pas être jointes une par une : informez-les par une "
                            "« Communication publique » (affiche, site du cabinet)."
                        )
                    )
                )
        if record.must_notify and record.initial_notification is None and inc.status == "open":
            cd = countdown(inc.aware_at, self.ctx.clock())
            hours, minutes = cd.hours_minutes
            if cd.overdue:
                text = self.tr("Délai de 72 heures dépassé de %1 h %2 : notifiez et motivez le retard.")
            else:
                text = self.tr("Il reste %1 h %2 pour notifier la CNIL (avant le %3).")
            text = (
                text.replace("%1", str(hours))
                .replace("%2", f"{minutes:02d}")
                .replace("%3", formats.deadline(cd.deadline))
            )
            lines.append(
                f"<span style='color:{theme.hex_color('danger')}; font-weight:bold'>{escape(text)}</span>"
            )
        elif record.initial_notification is not None:
            n = record.initial_notification
            text = (
                self.tr("CNIL notifiée le %1 (n° %2).").replace("%2", n.number)
                if n.number
                else self.tr("CNIL notifiée le %1 (numéro de notification à compléter).")
            )
            lines.append(escape(text.replace("%1", formats.date_time(n.at))))
        informed = [e for e in record.events if e.kind == "persons_informed"]
        if informed:
            lines.append(
                escape(
                    self.tr("Personnes informées le %1.").replace("%1", formats.date_time(informed[-1].at))
                )
            )
        elif record.must_inform and any(e.code == MAILING_PREPARED for e in record.events):
            lines.append(
                escape(
                    self.tr(
                        "Information des personnes préparée : une fois l'envoi fait, enregistrez-le "
                        "(« Personnes informées… »)."
                    )
                )
            )
        self.header.setText("<br/>".join(lines))
        html = "<ul>"
        lang = self.ctx.lang
        for e in record.events:
            extra = ""
            label, detail, note = incident_timeline.line(e, record, lang)
            if detail:
                extra = f" ({escape(detail)})"
            if e.kind == "cnil_notified":
                number = str(e.details.get("number", "")).strip()
                extra = (
                    " (" + self.tr("n° %1").replace("%1", escape(number)) + ")"
                    if number
                    else " (" + self.tr("numéro de notification à compléter") + ")"
                )
            files = "".join(
                f"<br/>📎 <a href='attachment:{a.id}'>{escape(a.filename)}</a>" for a in e.attachments
            )
            html += (
                f"<li><b>{formats.date_time(e.at)}</b> — {escape(label)}{extra}"
                + (self.tr(" : %1").replace("%1", escape(note)) if note else "")
                + files
                + "</li>"
            )
        self.timeline.setHtml(html + "</ul>")
        origin = latest.facts.origin if latest else None
        for step in next_steps.localized(record.steps, origin, inc.aware_at, lang):
            item = QListWidgetItem(
                step.label + (" " + self.tr("(recommandé)") if step.level == "recommended" else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, step.key)
            item.setToolTip(step.detail)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if step.done else Qt.CheckState.Unchecked)
            if inc.status != "open":
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.steps.addItem(item)
        self.steps.blockSignals(False)

    def _step_toggled(self, item: QListWidgetItem) -> None:
        if self.record is None:
            return
        if item.data(Qt.ItemDataRole.UserRole) == "inform":
            # only the recorded information (date, channel, count) ticks this step
            self.steps.blockSignals(True)
            done = any(s.done for s in self.record.steps if s.key == "inform")
            item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
            self.steps.blockSignals(False)
            if not done:
                self.add_event("persons_informed")
            return
        incident_id, key = self.record.incident.id, item.data(Qt.ItemDataRole.UserRole)
        checked = item.checkState() == Qt.CheckState.Checked
        op(
            self,
            lambda s: s.incidents.set_step_done(incident_id, key, checked),
            lambda _r: self._load(incident_id),
            lambda exc: (show_error(self, exc), self._load(incident_id)),
            changes={INCIDENTS},
        )

    # --- actions -------------------------------------------------------------------------------------------
    def start_wizard(self, incident_id: int | None = None) -> BreachWizard:
        """Open the breach wizard (non-modal, so the page and tests stay reachable)."""
        record = self.record if self.record and self.record.incident.id == incident_id else None
        wizard = BreachWizard(self.ctx, self, incident_id, record=record)
        wizard.finished.connect(lambda _result, w=wizard: self._after_wizard(w))
        self.wizard = wizard
        wizard.open()
        self.ctx.changes.announce({INCIDENTS})  # the incident may already exist (awareness recorded)
        return wizard

    def _after_wizard(self, wizard: BreachWizard) -> None:
        if wizard.incident is not None:
            self._pending_select = wizard.incident.id
        self.ctx.changes.announce({INCIDENTS})  # journal, countdown and dashboard read again

    def reassess(self) -> None:
        """Re-open the wizard pre-filled with the latest assessment's facts (every answer kept)."""
        if self.record is not None:
            self.start_wizard(self.record.incident.id)

    def add_event(self, kind: str = "note") -> IncidentEventDialog | None:
        if self.record is None:
            return None
        dialog = IncidentEventDialog(
            self.ctx, self.record.incident.id, self.record.incident.aware_at, self.ctx.clock(), kind, self
        )
        if kind == "persons_informed":  # suggest the latest print run: the sending it prepared
            prepared = [e for e in self.record.events if e.code == MAILING_PREPARED]
            if prepared:
                dialog.suggest(str(prepared[-1].details.get("channel")), prepared[-1].details.get("count"))
        self.event_dialog = dialog
        dialog.open()
        return dialog

    def correct_awareness(self) -> AwarenessDialog | None:
        if self.record is None:
            return None
        dialog = AwarenessDialog(self.ctx, self.record.incident.id, self.record.incident.aware_at, self)
        self.awareness_dialog = dialog
        dialog.open()
        return dialog

    def _anchor_clicked(self, url) -> None:  # noqa: ANN001 - QUrl
        text = url.toString()
        if text.startswith("attachment:"):
            self.save_attachment(int(text.split(":", 1)[1]))

    def save_attachment(self, attachment_id: int, target: Path | None = None) -> None:
        """Check the file against its SHA-256 (in the worker), then save a copy where the user chooses.

        ``self.saved_attachment`` holds the path written once it is done.
        """
        self.saved_attachment: Path | None = None
        op(self, lambda s: s.incidents.attachment(attachment_id), lambda r: self._write_attachment(r, target))

    def _write_attachment(self, result: tuple, target: Path | None) -> None:
        meta, content = result
        if target is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer la pièce jointe"), meta.filename)
            if not name:
                return
            target = Path(name)
        try:
            write_atomic(target, content, mode=0o600)
        except OSError as exc:
            show_error(self, exc)
            return
        self.saved_attachment = target

    def close_incident(self) -> None:
        if self.record is None:
            return
        note, ok = QInputDialog.getText(
            self, self.tr("Clore l'incident"), self.tr("Comment l'incident s'est-il terminé ?")
        )
        if not ok:
            return
        incident_id = self.record.incident.id
        op(self, lambda s: s.incidents.close(incident_id, note), changes={INCIDENTS})

    def render_document(self, kind: str, on_done: Callable[[tuple[bytes, list]], None]) -> None:
        """The dossier (``kind="dossier"``) or journal extract PDF of the selected incident and its page images,
        both made on the worker."""
        assert self.record is not None
        incident_id = self.record.incident.id

        def job(s: Services) -> tuple[bytes, list]:
            from core.services.incident_documents import IncidentDocuments
            from gui.widgets.pdf_preview import SCREEN_SCALE, render_pages

            docs = IncidentDocuments(s.vault, s.clock)
            data = docs.dossier(incident_id) if kind == "dossier" else docs.extract(incident_id)
            return data, render_pages(data, SCREEN_SCALE)

        op(self, job, on_done)

        op(self, job, on_done)

    def _preview(self, rendered: tuple[bytes, list], name: str, title: str) -> PdfPreviewDialog:
        from gui.widgets.pdf_preview import PdfPreviewDialog

        data, pages = rendered
        dialog = PdfPreviewDialog(data, name, title, self, pages=pages, ctx=self.ctx)
        self.preview = dialog
        dialog.open()
        return dialog

    def _document(self, kind: str, name: str, title: str) -> None:
        """Make the PDF and its page images on the worker thread, then show it (``self.preview``)."""
        if self.record is None:
            return
        self.preview = None
        self.render_document(kind, lambda rendered: self._preview(rendered, name, title))

    def show_dossier(self) -> None:
        if self.record is not None:
            self._document(
                "dossier",
                f"notification-cnil-incident-{self.record.incident.id}.pdf",
                self.tr("Dossier de notification CNIL"),
            )

    def show_extract(self) -> None:
        if self.record is not None:
            self._document(
                "extract", f"journal-incident-{self.record.incident.id}.pdf", self.tr("Extrait du journal")
            )

    def show_letter(self, notice: bool = False) -> None:
        """The letter to patients, or with ``notice`` the public communication (art. 34(3)(c)); drafted on the
        worker thread, then the dialog opens (``self.letter_dialog``)."""
        if self.record is None:
            return
        incident_id = self.record.incident.id
        self.letter_dialog = None

        def job(s: Services):  # noqa: ANN202 - (Practice, LetterContent)
            from core.services.patient_mailing import MailingService

            return s.practice.get(), MailingService(s.vault, s.clock).draft(incident_id, notice=notice)

        op(self, job, lambda result: self._open_letter(incident_id, notice, *result))

    def _open_letter(self, incident_id: int, notice: bool, practice, content) -> None:  # noqa: ANN001
        from gui.dialogs.patient_letter import PatientLetterDialog

        dialog = PatientLetterDialog(
            practice, content, self, ctx=self.ctx, incident_id=incident_id, notice=notice
        )
        name = f"{'avis-public' if notice else 'lettre-patients'}-incident-{incident_id}.pdf"
        title = self.tr("Communication publique") if notice else self.tr("Lettre aux patients")
        dialog.accepted.connect(lambda d=dialog: self._letter_preview(d, name, title))
        self.letter_dialog = dialog
        dialog.open()

    def _letter_preview(self, dialog: PatientLetterDialog, name: str, title: str) -> None:
        self.preview = None
        make = dialog.preview_job(self.ctx.clock())

        def job(_s: Services) -> tuple[bytes, list]:
            from gui.widgets.pdf_preview import SCREEN_SCALE, render_pages

            data = make()
            return data, render_pages(data, SCREEN_SCALE)

        op(self, job, lambda rendered: self._preview(rendered, name, title))

    def show_notice(self) -> None:
        self.show_letter(notice=True)
