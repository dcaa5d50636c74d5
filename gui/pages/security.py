"""The "Sécurité" section: the yearly self-assessment, its score and priorities, the action plan, the profile."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import QUrl
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

from core.clock import from_iso
from core.domain.checklist import Assessment
from core.services.checklist import ChecklistService
from core.services.checklist_evidence import ChecklistEvidenceService
from core.services.exposure import ExposureService
from gui import formats, sizing, theme
from gui.context import AppContext
from gui.messages import error_text
from gui.pages.security_actions import ActionsTab
from gui.pages.security_questionnaire import QuestionnaireTab
from gui.widgets.score_bars import Bar, ScoreBars


def checklist_evidence_service(ctx: AppContext) -> ChecklistEvidenceService:
    """The session's link between saved exposure scans and the checklist, sharing the two services."""
    checklist = ctx.service("checklist", ChecklistService)
    exposure = ctx.service("exposure", ExposureService)
    return ctx.service(
        "checklist_evidence", lambda vault, clock: ChecklistEvidenceService(vault, clock, checklist, exposure)
    )


class SecurityPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service: ChecklistService = ctx.service("checklist", ChecklistService)
        self.assessment: Assessment | None = None

        title = QLabel(self.tr("<h1>Sécurité : auto-évaluation annuelle</h1>"), self)
        self.year = QComboBox(self)
        self.year.setObjectName("checklist_year")
        self.year.setAccessibleName(self.tr("Auto-évaluation affichée"))
        self.year.currentIndexChanged.connect(self._year_chosen)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.start_button = QPushButton(self, objectName="checklist_start")
        self.start_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("&Clôturer l'année…"), self)
        self.close_button.setToolTip(
            self.tr("Fige les réponses, datées et scellées par une empreinte, comme preuve")
        )
        self.close_button.clicked.connect(self.ask_close)
        self.report_button = QPushButton(self.tr("&Imprimer le rapport…"), self)
        self.report_button.clicked.connect(self.ask_report)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(self.year)
        header.addWidget(self.status, 1)
        for button in (self.start_button, self.close_button, self.report_button):
            header.addWidget(button)

        self.evidence_service = checklist_evidence_service(ctx)
        self.questionnaire = QuestionnaireTab(self.service, ctx.lang, self, self.evidence_service, ctx.worker)
        self.questionnaire.changed.connect(self._answers_changed)
        self.actions = ActionsTab(self.service, self, ctx.lang, ctx.worker)
        self.actions.changed.connect(self._refresh_overview)
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
        self.refresh()
        if self.assessment is None:
            self.tabs.setCurrentWidget(self.profile)  # first visit: the profile decides which questions apply

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
        for condition in self.service.catalogue.conditions:
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
    def refresh(self) -> None:
        assessments = self.service.assessments()
        wanted = self.assessment.id if self.assessment else None
        current = self.service.current()
        if wanted is None or all(a.id != wanted for a in assessments):
            wanted = current.id if current else (assessments[-1].id if assessments else None)
        self.year.blockSignals(True)
        self.year.clear()
        for a in assessments:
            label = str(a.year) + ("" if a.is_closed else " " + self.tr("(en cours)"))
            self.year.addItem(label, a.id)
        self.year.setCurrentIndex(max(0, self.year.findData(wanted)))
        self.year.blockSignals(False)
        self.year.setVisible(bool(assessments))
        self.assessment = self.service.get(wanted) if wanted is not None else None
        year = self.service.today().year
        if current is None:
            text = (
                self.tr("&Commencer une nouvelle auto-évaluation %1")
                if any(a.year == year for a in assessments)
                else self.tr("&Commencer l'auto-évaluation %1")
            )
            self.start_button.setText(text.replace("%1", str(year)))
        self.start_button.setVisible(current is None)
        profile = self.service.profile()
        for key, check in self.conditions.items():
            check.setChecked(profile.get(key, True))
        self._refresh_all()

    def _year_chosen(self, _index: int) -> None:
        chosen = self.year.currentData()
        if chosen is not None:
            self.assessment = self.service.get(chosen)
            self._refresh_all()

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
            unanswered, unconfirmed = self.service.missing(a.id)
            self.status.setText(
                self.tr("En cours : %n question(s) sans réponse", "", len(unanswered))
                + self.tr(", %n réponse(s) à confirmer.", "", len(unconfirmed))
            )
        self.questionnaire.load(a.id if a else None, not open_)
        self.actions.load()
        self._refresh_overview()

    def _answers_changed(self) -> None:
        self._refresh_all()

    def _refresh_overview(self) -> None:
        a = self.assessment
        if a is None:
            self.score.setText("")
            self.score_detail.setText("")
            for label in (self.red_flags, self.top_actions, self.measures):
                label.clear()
            self.theme_bars.set_bars([])
            self.history_bars.set_bars([])
            self.propose_button.setEnabled(False)
            return
        lang = self.ctx.lang
        cat = self.service.catalogue
        result = self.service.score(a.id)
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
        history = self.service.history()
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
        top = self.service.top_actions(a.id)
        if top:
            lines = []
            for t in top:
                due = formats.day(t.due_date) if t.due_date else "—"
                mark = self.tr("proposée") if t.action_id is None else self.tr("au plan")
                lines.append(f"{'⚠ ' if t.red_flag else '• '}{t.title} ({t.item_id}, {due}, {mark})")
            self.top_actions.setText("\n".join(lines))
        else:
            self.top_actions.setText(self.tr("Rien à faire pour l'instant."))
        self.propose_button.setEnabled(not a.is_closed and bool(self.service.proposals(a.id)))
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
        measures = self.service.register_measures(a.id)
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

    def start(self) -> bool:
        try:
            self.assessment = self.service.start()
        except Exception as exc:  # noqa: BLE001 - shown to the user, nothing was written
            self._say(error_text(exc), error=True)
            return False
        if self.assessment.previous_id is not None:
            text = self.tr(
                "Auto-évaluation %1 commencée. Les réponses de l'an dernier sont reprises : "
                "confirmez-les une à une."
            )
        else:
            text = self.tr(
                "Auto-évaluation %1 commencée. Répondez aux questions ; la touche O répond Oui, "
                "N Non, P Partiellement, S Sans objet."
            )
        self._say(text.replace("%1", str(self.assessment.year)))
        self.refresh()
        self.tabs.setCurrentWidget(self.questionnaire)
        return True

    def save_profile(self) -> None:
        try:
            self.service.set_profile({k: c.isChecked() for k, c in self.conditions.items()})
        except Exception as exc:  # noqa: BLE001
            self._say(error_text(exc), error=True)
            return
        if self.assessment is not None:
            self.assessment = self.service.get(self.assessment.id)
        self._say(self.tr("Profil enregistré."))
        self._refresh_all()

    def accept_proposals(self) -> None:
        if self.assessment is None:
            return
        try:
            created = self.service.accept_proposals(self.assessment.id)
        except Exception as exc:  # noqa: BLE001
            self._say(error_text(exc), error=True)
            return
        self._say(self.tr("%n action(s) ajoutée(s) au plan.", "", len(created)))
        self._refresh_all()

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

    def close_assessment(self) -> bool:
        if self.assessment is None:
            return False
        practice = self.service.practice_identity()
        try:
            self.assessment = self.service.close(
                self.assessment.id, closed_by=practice.get("practitioner", "")
            )
        except Exception as exc:  # noqa: BLE001
            self._say(error_text(exc), error=True)
            return False
        self._say(self.tr("Auto-évaluation %1 clôturée et scellée.").replace("%1", str(self.assessment.year)))
        self.refresh()
        return True

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
        service, clock, vault = self.service, self.ctx.clock, self.ctx.vault

        def job() -> Path:
            from core.reports import checklist_data, checklist_report
            from core.reports.witness import journal_head
            from core.storage.atomic import write_atomic

            buffer = io.BytesIO()
            checklist_report.render(
                checklist_data.build(service, assessment_id),
                buffer,
                generated_at=clock(),
                journal_head=journal_head(vault),
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
        self.ctx.worker.submit(job, done, failed)
