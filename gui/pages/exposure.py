"""« Vérifier l'exposition »: run the read-only scan off the GUI thread, show findings by severity, keep evidence.

The scan runs on its own daemon thread (it waits on the network, bounded by the scan's wall-clock budget, and
never touches the vault): Cancel ends it within a quarter of a second, and a scan still running never keeps
Vigie alive after its window closes (the thread is a daemon and is told to stop). Saving the evidence goes
through the shared vault worker. The scanner is injectable (``AppContext.exposure_scanner``) so tests use a
fake one and never reach the network.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.exposure import finding_texts
from core.exposure.checklist_map import KEY_LABELS_EN, Answer, propose
from core.exposure.findings import BoxState, ScanResult, Severity
from core.exposure.verdict import Verdict, verdict
from gui import formats, theme
from gui.context import AppContext
from gui.messages import error_text
from gui.models.exposure_findings import (
    COL_ADDRESS,
    COL_PORT,
    COL_PROGRAM,
    COL_SEVERITY,
    COL_TITLE,
    FINDING_ROLE,
    SORT_ROLE,
    ExposureFindingsModel,
)
from gui.ops import EXPOSURE, Services, op

if TYPE_CHECKING:  # the scanner (psutil, urllib) is imported when a scan starts, not with the main window
    from core.exposure.scan import ScanOptions
    from core.storage.repositories.exposure import ScanSummary, StoredScan

Scanner = Callable[["ScanOptions", Callable[[str], None], threading.Event], ScanResult]

# Findings whose ``reason`` parameter is why the box was not (fully) read, as a code of core.exposure.finding_texts.
_REASON_CARRIERS = frozenset({"router.unreachable", "router.list_incomplete"})
_BANNER = {
    Severity.CRITICAL: ("danger_bg", "danger"),
    Severity.WARNING: ("warning_bg", "warning"),
    Severity.INFO: ("ok_bg", "ok"),
}


def default_scanner(
    options: ScanOptions, progress: Callable[[str], None], cancel: threading.Event
) -> ScanResult:
    from core.exposure.scan import ScanEnvironment, run_scan

    return run_scan(options, ScanEnvironment(cancel=cancel), progress=progress)


class _Progress(QObject):
    message = Signal(str)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class ScanThread:
    """One scan at a time on a daemon thread; results come back on the GUI thread through queued signals.

    Not the shared :class:`gui.workers.Worker`: its pool thread is joined at exit, so a box that hangs would
    keep Vigie's process alive after the window closed. A daemon thread never does, and the scan's own
    deadline and cancel event end the wait anyway.
    """

    def __init__(self) -> None:
        self._thread: threading.Thread | None = None
        self._relay: _Relay | None = None

    @property
    def busy(self) -> bool:
        return self._relay is not None

    def submit(
        self,
        fn: Callable[[], ScanResult],
        on_done: Callable[[object], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        relay = _Relay()  # no Qt parent: it may report after the page is gone
        self._relay = relay

        def finish() -> None:
            if self._relay is relay:
                self._relay = None

        relay.done.connect(lambda value: (finish(), on_done(value)))
        relay.failed.connect(lambda exc: (finish(), on_error(exc)))

        def run() -> None:
            try:
                result = fn()
            except BaseException as exc:  # noqa: BLE001 - every failure is reported to the GUI
                relay.failed.emit(exc)
            else:
                relay.done.emit(result)

        self._thread = threading.Thread(target=run, name="vigie-exposure-scan", daemon=True)
        self._thread.start()

    def shutdown(self, timeout: float = 5.0) -> None:
        """Wait (bounded) for the scan thread; used by tests and when the page closes."""
        if self._thread is not None:
            self._thread.join(timeout)


class ExposurePage(QWidget):
    open_section = Signal(str)  # the main window shows that section (e.g. "security")

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, scanner: Scanner | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.scanner: Scanner = scanner or ctx.exposure_scanner or default_scanner
        # Its own daemon thread: a scan waits on the network and must never hold up the vault worker, nor keep
        # the process alive once the window is closed. Cancel, closing the page and quitting all set the event.
        self.scan_worker = ScanThread()
        self._cancel = threading.Event()
        cancel_now = self._cancel  # not a method of self: the page may be gone when these fire
        self.destroyed.connect(lambda *_: cancel_now.set())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(cancel_now.set)
        self.current: ScanResult | None = None
        self.saved_id: int | None = None
        self.saved_note = ""
        self._progress = _Progress()  # no Qt parent: the scan thread may still report after the page closed

        title = QLabel(self.tr("<h1>Vérifier l'exposition</h1>"), self)
        intro = QLabel(
            self.tr(
                "Vigie regarde ce que cet ordinateur propose aux autres appareils du réseau et ce que votre box "
                "internet ouvre vers Internet. La vérification ne modifie rien : ni la box, ni le pare-feu, "
                "ni vos logiciels."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.ask_box = QCheckBox(self.tr("Interroger la &box internet (UPnP)"), self)
        self.ask_box.setObjectName("ask_box")
        self.ask_box.setChecked(True)
        self.run_button = QPushButton(self.tr("&Lancer la vérification"), self)
        self.run_button.setObjectName("run_scan")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.start_scan)
        self.cancel_button = QPushButton(self.tr("A&nnuler"), self)
        self.cancel_button.setObjectName("cancel_scan")
        self.cancel_button.setToolTip(self.tr("Arrêter la vérification en cours (rien n'a été modifié)"))
        self.cancel_button.clicked.connect(self.cancel_scan)
        self.save_button = QPushButton(self.tr("&Enregistrer comme preuve"), self)
        self.save_button.setObjectName("save_scan")
        self.save_button.setToolTip(self.tr("Conserver ce résultat daté dans le coffre chiffré"))
        self.save_button.clicked.connect(self.save)
        self.pdf_button = QPushButton(self.tr("Exporter en &PDF…"), self)
        self.pdf_button.setObjectName("export_pdf")
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.history = QComboBox(self)
        self.history.setObjectName("history")
        self.history.setAccessibleName(self.tr("Vérifications enregistrées"))
        self.history.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.history.activated.connect(self._open_saved)
        history_label = QLabel(self.tr("&Vérifications enregistrées :"), self)
        history_label.setBuddy(self.history)
        buttons = QHBoxLayout()
        buttons.addWidget(self.ask_box)
        buttons.addStretch(1)
        for button in (self.run_button, self.cancel_button, self.save_button, self.pdf_button):
            buttons.addWidget(button)
        saved_row = QHBoxLayout()
        saved_row.addWidget(history_label)
        saved_row.addWidget(self.history)
        saved_row.addStretch(1)

        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.box_line = QLabel(self)
        self.box_line.setObjectName("box_state")
        self.box_line.setWordWrap(True)
        self.box_line.setVisible(False)
        self.banner = QLabel(self)
        self.banner.setObjectName("verdict")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)

        self.model = ExposureFindingsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName("findings")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Constats de la vérification"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (COL_SEVERITY, COL_ADDRESS, COL_PORT, COL_PROGRAM):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.sortByColumn(COL_SEVERITY, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._show_detail(current)
        )

        self.detail = QTextBrowser(self)
        self.detail.setObjectName("detail")
        self.detail.setOpenLinks(False)
        self.detail.setAccessibleName(self.tr("Explication et conseil"))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.proposals = QLabel(self)
        self.proposals.setObjectName("proposals")
        self.proposals.setWordWrap(True)
        self.evidence = QLabel(self)
        self.evidence.setObjectName("evidence")
        self.evidence.setWordWrap(True)
        self.checklist_line = QLabel(self)
        self.checklist_line.setObjectName("checklist_line")
        self.checklist_line.setWordWrap(True)
        self.to_security = QPushButton(self.tr("Voir dans la section &Sécurité"), self)
        self.to_security.setObjectName("to_security")
        self.to_security.clicked.connect(lambda: self.open_section.emit("security"))
        checklist_row = QHBoxLayout()
        checklist_row.addWidget(self.checklist_line, 1)
        checklist_row.addWidget(self.to_security)
        self._show_checklist_line(None)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addLayout(saved_row)
        layout.addWidget(self.status)
        layout.addWidget(self.banner)
        layout.addWidget(self.box_line)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.proposals)
        layout.addWidget(self.evidence)
        layout.addLayout(checklist_row)

        self._progress.message.connect(self.status.setText)
        self._update_buttons()
        self.status.setText(self.tr("Aucune vérification affichée. Cliquez sur « Lancer la vérification »."))

    def _later(self, callback: Callable) -> Callable:
        """Wrap a worker callback: it may arrive after the page was closed (window locked or destroyed)."""

        def call(value: object) -> None:
            if shiboken6.isValid(self):
                callback(value)

        return call

    # --- showing ----------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list of saved scans; when nothing is on screen yet, show the last one (the evidence kept)."""
        self._reload_history()
        if self.current is None and not self.scan_worker.busy:
            op(self, lambda s: s.exposure.latest(), self._show_stored, self._failed)

    def _reload_history(self) -> None:
        op(self, lambda s: s.exposure.history(), self._fill_history, self._failed)

    def _fill_history(self, rows: list[ScanSummary]) -> None:
        from core.clock import from_iso

        self.history.clear()
        if not rows:
            self.history.addItem(self.tr("aucune"), None)
        for row in rows:
            label = self.tr("%1 — %n critique(s)", "", row.critical).replace(
                "%1", formats.date_time(from_iso(row.finished_at))
            ) + self.tr(", %n à vérifier", "", row.warning)
            self.history.addItem(label, row.id)
        self._select_history(self.saved_id)
        self.history.setEnabled(bool(rows))

    def _select_history(self, scan_id: int | None) -> None:
        self.history.setCurrentIndex(self.history.findData(scan_id) if scan_id is not None else -1)

    def _open_saved(self, index: int) -> None:
        scan_id = self.history.itemData(index)
        if scan_id is None or scan_id == self.saved_id:
            return
        op(self, lambda s: s.exposure.get(scan_id), self._show_opened, self._failed)

    def _show_opened(self, stored: StoredScan) -> None:
        self.show_result(stored.scan, saved_id=stored.id, note=stored.note)
        self.status.setText(
            self.tr("Vérification enregistrée du %1.").replace(
                "%1", formats.date_time(stored.scan.finished_at)
            )
        )

    def _show_stored(self, stored: StoredScan | None) -> None:
        if stored is None or self.current is not None:
            return
        self.show_result(stored.scan, saved_id=stored.id, note=stored.note)
        self._count_checklist_proposals(stored.id)
        self.status.setText(
            self.tr("Dernière vérification enregistrée, du %1.").replace(
                "%1", formats.date_time(stored.scan.finished_at)
            )
        )

    def show_result(self, result: ScanResult, saved_id: int | None = None, note: str = "") -> None:
        self.current = result
        self.saved_id = saved_id
        self.saved_note = note
        self.model.lang = self.ctx.settings.language
        self.model.set_findings(result.findings)
        self.table.sortByColumn(COL_SEVERITY, Qt.SortOrder.DescendingOrder)
        self.banner.setText(self._verdict(result))
        self.box_line.setText(self._box_text(result))
        self.box_line.setVisible(True)
        level = result.worst if result.findings else Severity.INFO
        if level is Severity.INFO and result.router.box_state is not BoxState.COMPLETE:
            level = Severity.WARNING  # a box not read completely is never shown as all clear
        background, edge = _BANNER[level]
        colors = theme.box_css(background, f"border: 1px solid {theme.hex_color(edge)};")
        self.banner.setStyleSheet(
            f"QLabel {{ padding: 8px; font-weight: bold; border-radius: 3px; {colors} }}"
        )
        self.banner.setVisible(True)
        self.proposals.setText(self._proposals_text(result))
        self._show_checklist_line(None)
        self._update_evidence()
        self._select_history(saved_id)
        if self.proxy.rowCount() > 0:
            self.table.selectRow(0)
            self._show_detail(self.proxy.index(0, 0))
        else:
            self.detail.clear()
        self._update_buttons()

    def _verdict(self, result: ScanResult) -> str:
        """Rendered from the core's verdict code: never "nothing reachable" from UPnP alone."""
        code = verdict(result)
        reason = self._reason(result)
        if code is Verdict.CRITICAL:
            return self.tr(
                "%n problème(s) critique(s) : des éléments du cabinet sont, ou peuvent être, accessibles depuis "
                "Internet. Corrigez-les en priorité (voir le conseil de chaque ligne), puis relancez la vérification.",
                "",
                result.count(Severity.CRITICAL),
            )
        if code is Verdict.BOX_COMPLETE:
            return self.tr(
                "La liste UPnP de la box a été lue en entier et ne contient rien de critique. Elle ne montre ni "
                "les redirections saisies à la main (NAT/PAT) ni la DMZ : vérifiez-les dans la box (ligne "
                "« À vérifier à la main »)."
            )
        if code is Verdict.BOX_PARTIAL:
            return self.tr(
                "La box n'a été lue qu'en partie (%1) : ce qui a été lu ne contient rien de critique, mais "
                "d'autres redirections peuvent manquer. Relancez la vérification et contrôlez la box à la main."
            ).replace("%1", reason)
        if code is Verdict.BOX_SKIPPED:
            return self.tr(
                "La box n'a pas été interrogée : seul cet ordinateur a été vérifié. Ce qui est accessible depuis "
                "Internet reste inconnu."
            )
        return self.tr(
            "La box n'a pas pu être vérifiée (%1) : Vigie ne peut rien dire de ce qui est accessible depuis "
            "Internet. Vérifiez la box à la main (ligne « Box non vérifiée »)."
        ).replace("%1", reason)

    def _reason(self, result: ScanResult) -> str:
        """Why the box is not (fully) read. The core's French text carries the figures (entry number, fault
        code, seconds); in another language the reason's code is translated instead."""
        router = result.router
        lang = self.ctx.settings.language
        if lang == "fr" and router.reason_text:
            return router.reason_text
        for finding in result.findings:  # the same reason as a code, figures included (scans since codes)
            if finding.code in _REASON_CARRIERS and isinstance((finding.params or {}).get("reason"), dict):
                return finding_texts.value(finding.params["reason"], lang)
        labels = {
            "skipped": self.tr("la box n'a pas été interrogée"),
            "no_answer": self.tr("aucune box n'a répondu à la recherche UPnP"),
            "search_failed": self.tr("la recherche de la box n'a pas pu être envoyée"),
            "unreadable": self.tr("une réponse de la box était illisible"),
            "unreachable": self.tr("la box n'a pas pu être jointe à son adresse"),
            "refused": self.tr("la box a refusé de donner sa liste"),
            "no_service": self.tr("l'appareil qui a répondu ne propose pas de service de connexion Internet"),
            "cap": self.tr("la limite du nombre de règles lues a été atteinte"),
            "fault": self.tr("la box a renvoyé une erreur au milieu de la liste"),
            "time_budget": self.tr("le temps imparti s'est écoulé"),
            "cancelled": self.tr("vérification annulée"),
        }
        return labels.get(router.reason or "", router.reason_text or self.tr("raison non précisée"))

    def _box_text(self, result: ScanResult) -> str:
        router = result.router
        name = router.friendly_name or router.model or self.tr("box")
        state = router.box_state
        if state is BoxState.COMPLETE:
            text = self.tr("Box : %1, liste UPnP lue en entier (%n redirection(s)).", "", router.mapping_count)
            return text.replace("%1", name)
        if state is BoxState.PARTIAL:
            text = self.tr(
                "Box : %1, liste incomplète — %n redirection(s) lue(s) ; %2.", "", router.mapping_count
            )
            return text.replace("%1", name).replace("%2", self._reason(result))
        return self.tr("Box : non vérifiée — %1.").replace("%1", self._reason(result))

    def _proposals_text(self, result: ScanResult) -> str:
        answers = {
            Answer.YES: self.tr("oui"),
            Answer.NO: self.tr("non"),
            Answer.UNKNOWN: self.tr("à vérifier"),
        }
        english = self.ctx.settings.language == "en"
        colon, semicolon = (":", "; ") if english else (" :", " ; ")
        items = [
            f"{escape(KEY_LABELS_EN[p.key] if english else p.label, quote=False)}{colon} <b>{answers[p.answer]}</b>"
            for p in propose(result)
        ]
        return self.tr("Réponses proposées pour la liste de contrôle : ") + semicolon.join(items)

    def _update_evidence(self) -> None:
        if self.current is None:
            self.evidence.clear()
        elif self.saved_id is not None:
            self.evidence.setText(
                self.tr("Vérification du %1 enregistrée comme preuve dans le coffre (n° %2).")
                .replace("%1", formats.date_time(self.current.finished_at))
                .replace("%2", str(self.saved_id))
            )
        else:
            self.evidence.setText(self.tr("Ce résultat n'est pas encore enregistré dans le coffre."))

    def _count_checklist_proposals(self, scan_id: int) -> None:
        """On the vault worker: how many answers of the self-assessment in progress this saved scan proposes."""
        op(
            self,
            lambda s: s.evidence.open_proposals(scan_id),
            lambda found: self._show_checklist_line(found, scan_id),
            self._failed,
        )

    def _show_checklist_line(self, found: tuple[int | None, list] | None, scan_id: int | None = None) -> None:
        if found is None or scan_id != self.saved_id:
            self.checklist_line.clear()
            self.checklist_line.setVisible(False)
            self.to_security.setVisible(False)
            return
        year, proposals = found
        if year is None:
            text = self.tr(
                "Aucune auto-évaluation en cours : commencez-la dans la section Sécurité pour y reporter les "
                "réponses proposées par cette vérification."
            )
        elif proposals:
            text = self.tr(
                "Cette vérification propose %n réponse(s) de l'auto-évaluation %2 (%3) : appliquez-les depuis "
                "chaque question de la section Sécurité.",
                "",
                len(proposals),
            )
            text = (
                text.replace("%2", str(year))
                .replace("%3", ", ".join(p.item_id for p in proposals))
            )
        else:
            text = self.tr("Cette vérification ne propose aucune réponse pour l'auto-évaluation %1.").replace(
                "%1", str(year)
            )
        self.checklist_line.setText(text)
        self.checklist_line.setVisible(True)
        self.to_security.setVisible(True)

    def _show_detail(self, index) -> None:  # noqa: ANN001 - QModelIndex
        if not index.isValid():
            self.detail.clear()
            return
        finding = self.proxy.data(index.siblingAtColumn(0), FINDING_ROLE)
        facts = []
        if finding.address:
            facts.append(self.tr("Adresse : %1").replace("%1", escape(finding.address)))
        if finding.port is not None:
            facts.append(
                self.tr("Port : %1").replace("%1", f"{(finding.protocol or '').upper()} {finding.port}")
            )
        if finding.external_port is not None and finding.external_port != finding.port:
            facts.append(self.tr("Port côté Internet : %1").replace("%1", str(finding.external_port)))
        if finding.rule:
            facts.append(self.tr("Règle : %1").replace("%1", escape(finding.rule)))
        if finding.remote_host:
            facts.append(self.tr("Réservée à : %1").replace("%1", escape(finding.remote_host)))
        if finding.program:
            facts.append(self.tr("Programme : %1").replace("%1", escape(finding.program)))
        html = f"<h3>{escape(self.model.title(finding), quote=False)}</h3>"
        if facts:
            html += "<p>" + " · ".join(facts) + "</p>"
        html += "<p>" + escape(self.model.advice(finding), quote=False).replace("\n", "<br>") + "</p>"
        self.detail.setHtml(html)

    def _update_buttons(self) -> None:
        scanning = self.scan_worker.busy
        self.run_button.setEnabled(not scanning)
        self.cancel_button.setVisible(scanning)
        self.cancel_button.setEnabled(scanning and not self._cancel.is_set())
        self.ask_box.setEnabled(not scanning)
        self.save_button.setEnabled(not scanning and self.current is not None and self.saved_id is None)
        self.pdf_button.setEnabled(not scanning and self.current is not None)

    # --- actions ----------------------------------------------------------------------------------------------
    def start_scan(self) -> None:
        if self.scan_worker.busy:
            return
        from core.exposure.scan import ScanOptions

        options = ScanOptions(upnp=self.ask_box.isChecked(), language=self.ctx.settings.language)
        emit = self._progress.message.emit
        scanner = self.scanner
        self._cancel.clear()
        cancel = self._cancel
        self.status.setText(
            self.tr("Vérification en cours… (quelques secondes, 30 secondes au plus si la box est lente)")
        )
        self.scan_worker.submit(
            lambda: scanner(options, emit, cancel), self._later(self._scan_done), self._later(self._scan_failed)
        )
        self._update_buttons()
        self.cancel_button.setFocus()

    def cancel_scan(self) -> None:
        """Stop the scan in progress: what was read so far is shown, marked as cancelled."""
        if not self.scan_worker.busy:
            return
        self._cancel.set()
        self.status.setText(self.tr("Annulation en cours…"))
        self._update_buttons()

    def _scan_done(self, result: ScanResult) -> None:
        cancelled = self._cancel.is_set()
        self._cancel.clear()
        self.show_result(result)
        if cancelled:
            self.status.setText(
                self.tr("Vérification annulée le %1 : le résultat est incomplet.").replace(
                    "%1", formats.date_time(result.finished_at)
                )
            )
        else:
            self.status.setText(
                self.tr("Vérification terminée le %1.").replace("%1", formats.date_time(result.finished_at))
            )
        self._update_buttons()

    def save(self) -> None:
        if self.current is None or self.saved_id is not None:
            return
        result = self.current
        self.save_button.setEnabled(False)

        def done(stored: StoredScan) -> None:
            if self.current is result:
                self.saved_id = stored.id
                self._update_evidence()
                self._count_checklist_proposals(stored.id)
            self._update_buttons()
            self._reload_history()

        op(self, lambda s: s.exposure.save(result), done, self._failed, changes={EXPOSURE})

    def export_pdf(self, path: str | None = None) -> None:
        if self.current is None:
            return
        if path is None:
            stamp = self.current.finished_at.strftime("%Y-%m-%d")
            path, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Exporter le rapport"),
                f"exposition-{stamp}.pdf",
                self.tr("Documents PDF (*.pdf)"),
            )
            if not path:
                return
        result = self.current
        note = self.saved_note
        saved_id = self.saved_id
        target = Path(path)

        def write(s: Services) -> Path:
            """On the vault worker: read the practice name and the evidence, then render (fast)."""
            from core.reports.exposure_report import evidence_label, render

            identity = s.practice.get()
            name = identity.name if identity else ""
            evidence = evidence_label(saved_id, s.exposure.get(saved_id).digest) if saved_id is not None else ""
            with open(target, "wb") as out:
                render(result, out, note=note, practice_name=name, evidence=evidence)
            return target

        def written(path: Path) -> None:
            self.status.setText(self.tr("Rapport enregistré : %1").replace("%1", str(path)))

        op(self, write, written, self._failed)

    def _scan_failed(self, exc: BaseException) -> None:
        self._cancel.clear()
        detail = (exc.strerror if isinstance(exc, OSError) else None) or type(exc).__name__
        self.status.setText(
            self.tr(
                "La vérification n'a pas pu aboutir (%1). Rien n'a été modifié ; vous pouvez la relancer."
            ).replace("%1", detail)
        )
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc))
        self._update_buttons()
