"""The "Sécurité" section: the yearly self-assessment, its score and priorities, the action plan, the profile."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.clock import from_iso, in_paris
from core.content.checklist import catalogue
from core.domain.checklist import Assessment
from gui import formats, sizing, theme
from gui.context import AppContext
from gui.messages import error_text
from gui.ops import CHECKLIST, EXPOSURE, Services, op
from gui.pages.security_actions import ActionsTab
from gui.pages.security_questionnaire import QuestionnaireTab
from gui.widgets.score_bars import Bar, ScoreBars


@dataclass(frozen=True)
class SecuritySnapshot:
    """Everything the section shows, read in one go on the worker (``security_snapshot``)."""

    assessments: list[Assessment]
    current: Assessment | None
    assessment: Assessment | None  # the one shown
    year: int
    profile: dict[str, bool]
    missing: tuple[list, list] | None
    score: Any
    history: list
    top: list
    has_proposals: bool
    measures: Any
    questions: list
    scan_proposals: dict
    scan_error: BaseException | None
    actions: list
    today: date


def security_snapshot(s: Services, wanted: int | None, follow_current: bool = True) -> SecuritySnapshot:
    """Worker side: the assessment ``wanted`` (else the current one, else the latest) and all that goes with it."""
    service, plan = s.checklist, s.action_plan
    assessments = service.assessments()
    current = service.current()
    if wanted is None or all(a.id != wanted for a in assessments):
        wanted = current.id if current else (assessments[-1].id if assessments else None)
    assessment = service.get(wanted) if wanted is not None else None
    open_ = assessment is not None and not assessment.is_closed
    scan_proposals: dict = {}
    scan_error: BaseException | None = None
    if open_:
        try:
            scan_proposals = s.evidence.proposals(assessment.id)
        except Exception as exc:  # noqa: BLE001 - a damaged scan must not keep the questionnaire from opening
            scan_error = exc
    return SecuritySnapshot(
        assessments=assessments,
        current=current,
        assessment=assessment,
        year=service.today().year,
        profile=service.profile(),
        missing=service.missing(assessment.id) if open_ else None,
        score=service.score(assessment.id) if assessment else None,
        history=service.history() if assessment else [],
        top=plan.top_actions(assessment.id) if assessment else [],
        has_proposals=bool(open_ and plan.proposals(assessment.id)),
        measures=service.register_measures(assessment.id) if assessment else None,
        questions=service.questionnaire(assessment.id) if assessment else [],
        scan_proposals=scan_proposals,
        scan_error=scan_error,
        actions=plan.actions(),
        today=service.today(),
    )


class SecurityPage(QWidget):
    refresh_on_show = False  # reads again on the change signal (gui/ops.py), not on every showing

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.catalogue = catalogue()
        self.assessment: Assessment | None = None
        self.snapshot: SecuritySnapshot | None = None
        self.loads = 0  # snapshots shown (tests wait on it)

        title = QLabel(self.tr("<h1>Sécurité : auto-évaluation annuelle</h1>"), self)
        self.year = QComboBox(self)
        self.year.setObjectName("checklist_year")
        self.year.setAccessibleName(self.tr("Auto-évaluation affichée"))
        self.year.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # filled by the worker later
        self.year.currentIndexChanged.connect(self._year_chosen)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.start_button = QPushButton(self, objectName="checklist_start")
        self.start_button.clicked.connect(self.start)
        self.start_button.setText(  # until the worker says which assessments exist
            self.tr("&Commencer l'auto-évaluation %1").replace("%1", str(in_paris(ctx.clock()).year))
        )
        self.start_button.hide()  # shown once the worker says whether one is in progress
        self.year.hide()
        self.close_button = QPushButton(self.tr("&Clôturer l'année…"), self)
        self.close_button.setToolTip(
            self.tr("Fige les réponses, datées et scellées par une empreinte, comme preuve")
        )
        self.close_button.clicked.connect(self.ask_close)
        self.report_button = QPushButton(self.tr("&Imprimer le rapport…"), self)
        self.report_button.clicked.connect(self.ask_report)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        header = QHBoxLayout()
        header.addWidget(self.year)
        header.addWidget(self.status, 1)
        for button in (self.start_button, self.close_button, self.report_button):
            header.addWidget(button)

        self.questionnaire = QuestionnaireTab(ctx, self.catalogue, self)
        # The action plan tab runs its writes on the worker it is given; the section reads the plan with the rest.
        self.actions = ActionsTab(ctx.ops_services().action_plan, self, ctx.lang, ctx.worker)
        self.actions.changed.connect(lambda: self.ctx.changes.announce({CHECKLIST}))
        self.actions.page_reloads = True
        self.overview = self._build_overview()
        self.profile = self._build_profile()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.questionnaire, self.tr("Questionnaire"))
        self.tabs.addTab(self.overview, self.tr("Score et priorités"))
        self.tabs.addTab(self.actions, self.tr("Plan d'actions"))
        self.tabs.addTab(self.profile, self.tr("Profil du cabinet"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(title)
        layout.addLayout(header)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        ctx.changes.changed.connect(self._changed)
        self._first = True
        # Read once the page is on screen: the worker's scoring (every year's assessment) would otherwise compete
        # with the page's first layout and paint for the interpreter, and hold the window about twice as long.
        QTimer.singleShot(0, self, self.refresh)

    def _changed(self, kinds: frozenset[str]) -> None:
        if kinds & {CHECKLIST, EXPOSURE}:  # the answers and the scans they may come from
            self.refresh()

    # --- building ----------------------------------------------------------------------------------------------
    def _build_overview(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        box = QVBoxLayout(body)
        self.score = QLabel(body)
        self.score.setObjectName("checklist_score")
        self.score_detail = QLabel(body)
        self.score_detail.setWordWrap(True)
        self.red_flags = QLabel(body)
        self.red_flags.setWordWrap(True)
        self.top_actions = QLabel(body)
        self.top_actions.setWordWrap(True)
        self.propose_button = QPushButton(self.tr("&Ajouter les actions proposées au plan"), body)
        self.propose_button.clicked.connect(self.accept_proposals)
        self.theme_bars = ScoreBars(body)
        self.history_bars = ScoreBars(body)
        self.history_bars.label_width = 80
        self.measures = QLabel(body)
        self.measures.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.score)
        top.addWidget(self.score_detail, 1)
        box.addLayout(top)
        box.addWidget(self.red_flags)
        priorities = QGroupBox(self.tr("Les 5 actions prioritaires"), body)
        pbox = QVBoxLayout(priorities)
        pbox.addWidget(self.top_actions)
        pbox.addWidget(self.propose_button)
        box.addWidget(priorities)
        themes = QGroupBox(self.tr("Score par thème (barre grise : auto-évaluation précédente)"), body)
        QVBoxLayout(themes).addWidget(self.theme_bars)
        box.addWidget(themes)
        history = QGroupBox(self.tr("Historique du score global"), body)
        QVBoxLayout(history).addWidget(self.history_bars)
        box.addWidget(history)
        register = QGroupBox(self.tr("Mesures de sécurité du registre cochées d'après ces réponses"), body)
        QVBoxLayout(register).addWidget(self.measures)
        box.addWidget(register)
        box.addStretch(1)
        scroll.setWidget(body)
        return scroll

    def _build_profile(self) -> QWidget:
        body = QWidget(self)
        box = QVBoxLayout(body)
        intro = QLabel(
            self.tr(
                "Ces réponses décident des questions qui s'appliquent à votre cabinet "
                "(par exemple, les questions d'imagerie ne sont posées que si vous avez de l'imagerie)."
            ),
            body,
        )
        intro.setWordWrap(True)
        box.addWidget(intro)
        self.conditions: dict[str, QCheckBox] = {}
        for condition in self.catalogue.conditions:
            check = QCheckBox(condition.question.get(self.ctx.lang), body)
            check.setObjectName(f"profile_{condition.id}")
            self.conditions[condition.id] = check
            box.addWidget(check)
        self.save_profile_button = QPushButton(self.tr("&Enregistrer le profil"), body)
        self.save_profile_button.clicked.connect(self.save_profile)
        row = QHBoxLayout()
        row.addWidget(self.save_profile_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(1)
        return sizing.scrollable(body, self)  # long questions: scroll rather than widen the window (200 %)

    # --- refreshing --------------------------------------------------------------------------------------------
    def refresh(self, wanted: int | None = None) -> None:
        """Read the shown assessment (or ``wanted``) and all that goes with it in the worker, then show it."""
        if wanted is None and self.assessment is not None:
            wanted = self.assessment.id
        op(self, lambda s: security_snapshot(s, wanted), self._show)

    def _show(self, snap: SecuritySnapshot) -> None:
        self.snapshot = snap
        self.assessment = snap.assessment
        self.year.blockSignals(True)
        self.year.clear()
        for a in snap.assessments:
            label = str(a.year) + ("" if a.is_closed else " " + self.tr("(en cours)"))
            self.year.addItem(label, a.id)
        self.year.setCurrentIndex(max(0, self.year.findData(snap.assessment.id if snap.assessment else None)))
        self.year.blockSignals(False)
        self.year.setVisible(bool(snap.assessments))
        if snap.current is None:
            text = (
                self.tr("&Commencer une nouvelle auto-évaluation %1")
                if any(a.year == snap.year for a in snap.assessments)
                else self.tr("&Commencer l'auto-évaluation %1")
            )
            self.start_button.setText(text.replace("%1", str(snap.year)))
        self.start_button.setVisible(snap.current is None)
        for key, check in self.conditions.items():
            check.setChecked(snap.profile.get(key, True))
        self._refresh_all()
        if self._first:
            self._first = False
            if self.assessment is None:
                self.tabs.setCurrentWidget(self.profile)  # first visit: the profile decides which questions apply
        self.loads += 1

    def _year_chosen(self, _index: int) -> None:
        chosen = self.year.currentData()
        if chosen is not None:
            self.refresh(chosen)

    def _refresh_all(self) -> None:
        a = self.assessment
        open_ = a is not None and not a.is_closed
        self.close_button.setEnabled(open_)
        self.report_button.setEnabled(a is not None)
        if a is None:
            self.status.setText(
                self.tr(
                    "Aucune auto-évaluation pour l'instant : commencez par le profil du cabinet, "
                    "puis lancez l'auto-évaluation (une vingtaine de minutes)."
                )
            )
        elif a.is_closed:
            self.status.setText(
                self.tr("Clôturée le %1 — lecture seule. Empreinte : %2")
                .replace("%1", formats.date_time(from_iso(a.closed_at or "")))
                .replace("%2", (a.content_hash or "")[:16] + "…")
            )
        else:
            unanswered, unconfirmed = self.snapshot.missing if self.snapshot and self.snapshot.missing else ([], [])
            self.status.setText(
                self.tr("En cours : %n question(s) sans réponse", "", len(unanswered))
                + self.tr(", %n réponse(s) à confirmer.", "", len(unconfirmed))
            )
        snap = self.snapshot
        if snap is not None:
            self.questionnaire.show_rows(
                a.id if a else None, not open_, snap.questions, snap.scan_proposals, snap.scan_error
            )
            self.actions.load(snap.actions, snap.today)
        self._refresh_overview()

    def _refresh_overview(self) -> None:
        a, snap = self.assessment, self.snapshot
        if a is None or snap is None:
            self.score.setText("")
            self.score_detail.setText("")
            for label in (self.red_flags, self.top_actions, self.measures):
                label.clear()
            self.theme_bars.set_bars([])
            self.history_bars.set_bars([])
            self.propose_button.setEnabled(False)
            return
        lang = self.ctx.lang
        cat = self.catalogue
        result = snap.score
        percent = result.overall.percent
        color = theme.hex_color(
            "muted"
            if percent is None
            else "ok"
            if percent >= 80
            else "warning"
            if percent >= 50
            else "danger"
        )
        self.score.setText(
            f'<span style="font-size: 30pt; font-weight: bold; color: {color}">'
            f"{'—' if percent is None else percent} %</span>"
        )
        detail = (
            self.tr("Score global pondéré : %n réponse(s) comptée(s)", "", result.overall.answered)
            + self.tr(", %n sans objet (exclue(s))", "", result.overall.not_applicable)
            + self.tr(", %n sans réponse.", "", result.overall.unanswered)
        )
        history = snap.history
        earlier = [h for h in history if (h.year, h.assessment_id) < (a.year, a.id)]
        previous = earlier[-1] if earlier else None
        if previous is not None and previous.overall is not None and percent is not None:
            delta = percent - previous.overall
            detail += " " + self.tr("%1 points par rapport à %2.").replace(
                "%1", f"{'+' if delta >= 0 else ''}{delta}"
            ).replace("%2", previous.label)
        self.score_detail.setText(detail)
        if result.red_flags:
            lines = [f"• {i} — {cat.item(i).question.get(lang)}" for i in result.red_flags if cat.item(i)]
            self.red_flags.setText(
                self.tr("Points rouges (mesures essentielles absentes) :") + "\n" + "\n".join(lines)
            )
            self.red_flags.setStyleSheet(theme.text_css("danger"))
        else:
            self.red_flags.setText(self.tr("Aucun point rouge."))
            self.red_flags.setStyleSheet(theme.text_css("ok"))
        top = snap.top
        if top:
            lines = []
            for t in top:
                due = formats.day(t.due_date) if t.due_date else "—"
                mark = self.tr("proposée") if t.action_id is None else self.tr("au plan")
                lines.append(f"{'⚠ ' if t.red_flag else '• '}{t.title} ({t.item_id}, {due}, {mark})")
            self.top_actions.setText("\n".join(lines))
        else:
            self.top_actions.setText(self.tr("Rien à faire pour l'instant."))
        self.propose_button.setEnabled(snap.has_proposals)
        self.theme_bars.set_bars(
            [
                Bar(
                    cat.theme(t.theme).label.get(lang),
                    t.percent,
                    previous.themes.get(t.theme) if previous else None,
                )
                for t in result.themes
            ]
        )
        self.history_bars.set_bars(
            [Bar(h.label, h.overall) for h in history if (h.year, h.assessment_id) <= (a.year, a.id)]
        )
        measures = snap.measures
        if measures is not None:
            labels = {m.code: m.label.get(lang) for m in cat.measures}
            ticked = [labels[c] for c, m in measures.measures.items() if m.ticked]
            self.measures.setText(
                "\n".join(f"☑ {t}" for t in ticked) if ticked else self.tr("Aucune pour l'instant.")
            )

    # --- commands ----------------------------------------------------------------------------------------------
    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(theme.text_css("danger") if error else theme.text_css("ok"))
        self.message.setText(text)
        self.message.setVisible(bool(text))  # no empty line kept while there is nothing to say (200 % scaling)

    def start(self) -> None:
        """Start this year's assessment (worker); the section then shows it, on the questionnaire."""

        def done(assessment: Assessment) -> None:
            if assessment.previous_id is not None:
                text = self.tr(
                    "Auto-évaluation %1 commencée. Les réponses de l'an dernier sont reprises : "
                    "confirmez-les une à une."
                )
            else:
                text = self.tr(
                    "Auto-évaluation %1 commencée. Répondez aux questions ; la touche O répond Oui, "
                    "N Non, P Partiellement, S Sans objet."
                )
            self._say(text.replace("%1", str(assessment.year)))
            self.assessment = assessment
            self.tabs.setCurrentWidget(self.questionnaire)

        op(self, lambda s: s.checklist.start(), done, self._failed, changes={CHECKLIST})

    def _failed(self, exc: BaseException) -> None:  # shown to the user, nothing was written
        self._say(error_text(exc), error=True)

    def save_profile(self) -> None:
        profile = {k: c.isChecked() for k, c in self.conditions.items()}
        op(
            self,
            lambda s: s.checklist.set_profile(profile),
            lambda _r: self._say(self.tr("Profil enregistré.")),
            self._failed,
            changes={CHECKLIST},
        )

    def accept_proposals(self) -> None:
        if self.assessment is None:
            return
        assessment_id = self.assessment.id
        op(
            self,
            lambda s: s.action_plan.accept_proposals(assessment_id),
            lambda created: self._say(self.tr("%n action(s) ajoutée(s) au plan.", "", len(created))),
            self._failed,
            changes={CHECKLIST},
        )

    def ask_close(self) -> None:
        if self.assessment is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Clôturer l'auto-évaluation"),
            self.tr(
                "Une fois clôturée, l'auto-évaluation %1 ne pourra plus être modifiée : elle sera datée et "
                "scellée comme preuve. Continuer ?"
            ).replace("%1", str(self.assessment.year)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.close_assessment()

    def close_assessment(self) -> None:
        """Close and seal the shown assessment (worker); refused with a message while questions are open."""
        if self.assessment is None:
            return
        assessment_id = self.assessment.id

        def job(s: Services) -> Assessment:
            practice = s.checklist.practice_identity()
            return s.checklist.close(assessment_id, closed_by=practice.get("practitioner", ""))

        def done(assessment: Assessment) -> None:
            self.assessment = assessment
            self._say(self.tr("Auto-évaluation %1 clôturée et scellée.").replace("%1", str(assessment.year)))

        op(self, job, done, self._failed, changes={CHECKLIST})

    def ask_report(self) -> None:
        if self.assessment is None:
            return
        name = self.tr("auto-evaluation-securite-%1.pdf").replace("%1", str(self.assessment.year))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le rapport"), str(Path.home() / name), self.tr("Documents PDF (*.pdf)")
        )
        if path:
            self.save_report(Path(path), open_after=True)

    def save_report(self, path: Path, open_after: bool = False) -> None:
        """Build the PDF in the worker thread, then (optionally) open it with the system viewer."""
        assessment_id = self.assessment.id if self.assessment else None
        if assessment_id is None:
            return
        clock = self.ctx.clock

        def job(s: Services) -> Path:
            from core.reports import checklist_data, checklist_report
            from core.reports.witness import journal_head
            from core.storage.atomic import write_atomic

            buffer = io.BytesIO()
            checklist_report.render(
                checklist_data.build(s.checklist, s.action_plan, s.evidence_files, assessment_id),
                buffer,
                generated_at=clock(),
                journal_head=journal_head(s.vault),
            )
            write_atomic(path, buffer.getvalue(), mode=0o644)
            return path

        def done(written: Path) -> None:
            self.report_button.setEnabled(True)
            self._say(self.tr("Rapport enregistré : %1").replace("%1", str(written)))
            if open_after:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

        def failed(exc: BaseException) -> None:
            self.report_button.setEnabled(True)
            self._say(error_text(exc), error=True)

        self.report_button.setEnabled(False)
        self._say(self.tr("Préparation du rapport…"))
        op(self, job, done, failed)
