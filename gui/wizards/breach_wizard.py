"""« Signaler un incident »: from "when did you learn it?" to the conclusion and the next steps, in plain words.

The first question is the awareness moment (the start of the 72 hours). Leaving that step records the incident
with that awareness (or corrects it, with a reason, on a re-assessment); the rest is collected in
:class:`core.services.breach_wizard.BreachAnswers` by one small widget per step (``load``/``store``) and
committed once by « Enregistrer ». Navigation is :class:`core.services.breach_wizard.BreachFlow`; every database
call runs on the worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from core.domain import incident_timeline
from core.domain.breach import Assessment, BreachFacts
from core.domain.incident import Incident, IncidentRecord
from core.errors import InvalidInput
from core.rules.breach import assess
from core.rules.breach_sensitivity import what_would_change
from core.rules.deadlines import deadline_text, notification_deadline
from core.rules.next_steps import next_steps
from core.services.breach_wizard import WIZARD_CORRECTION, BreachAnswers, BreachFlow
from core.services.incidents import DEFAULT_TITLE, IncidentService
from core.services.practice import PracticeService
from gui import keyboard, sizing, theme
from gui.context import AppContext
from gui.messages import error_text
from gui.ops import INCIDENTS, op
from gui.problems import problem_text
from gui.wizards.breach.awareness import AwarenessStep
from gui.wizards.breach.circumstances import CircumstancesStep
from gui.wizards.breach.common import Step
from gui.wizards.breach.conclusion import ConclusionStep, NextStepsStep
from gui.wizards.breach.involved import InvolvedStep
from gui.wizards.breach.what import WhatStep
from gui.wizards.breach.which import WhichStep


class BreachWizard(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        incident_id: int | None = None,
        record: IncidentRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("breach_wizard")
        self.setWindowTitle(self.tr("Signaler un incident"))
        sizing.fit(self, 860, 660)  # wide enough for the longest answer without scrolling
        self.ctx = ctx
        self.service: IncidentService = ctx.ops_services().incidents  # used only in worker jobs (_run)
        self.incident: Incident | None = None
        self.flow = BreachFlow(BreachAnswers(aware_at=ctx.clock()), clock=ctx.clock)
        self.facts: BreachFacts | None = None
        self.result: Assessment | None = None
        self.saved = False
        self.busy = False
        self._jobs = 0

        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold; " + theme.text_css("accent"))
        self.clock_label = QLabel(self)
        self.clock_label.setObjectName("awareness")
        self.clock_label.setWordWrap(True)
        lang = ctx.lang
        self.awareness_step = AwarenessStep(lang, self, now=ctx.clock())
        self.what_step = WhatStep(lang, self)
        self.involved_step = InvolvedStep(lang, self)
        self.which_step = WhichStep(lang, self)
        self.circumstances_step = CircumstancesStep(lang, self)
        self.conclusion_step = ConclusionStep(lang, self)
        self.next_step = NextStepsStep(lang, self)
        self.steps: dict[str, QWidget] = {
            "awareness": self.awareness_step,
            "what": self.what_step,
            "involved": self.involved_step,
            "which": self.which_step,
            "circumstances": self.circumstances_step,
            "conclusion": self.conclusion_step,
            "next_steps": self.next_step,
        }
        self.stack = QStackedWidget(self)
        self.pages: dict[str, QWidget] = {}
        for key, widget in self.steps.items():
            page = sizing.scrollable(widget, self.stack)  # fits a 960 × 540 screen (200 % scaling)
            self.pages[key] = page
            self.stack.addWidget(page)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(theme.text_css("danger"))
        self.back_button = QPushButton(self.tr("< &Retour"), self)
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self.tr("&Suivant >"), self)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.go_next)
        self.finish_button = QPushButton(self.tr("&Enregistrer"), self)
        self.finish_button.clicked.connect(self.finish)
        self.cancel_button = QPushButton(self.tr("Fermer sans évaluer"), self)
        self.cancel_button.setToolTip(
            self.tr("L'incident reste au journal avec son heure de prise de connaissance.")
        )
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.finish_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.clock_label)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        keyboard.tune(self)

        self._run(lambda: PracticeService(ctx.vault).get(), self._practice_loaded, quiet=True)
        if record is not None:
            self._use_record(record)
        elif incident_id is not None:
            self._run(lambda: self.service.get(incident_id), self._use_record)
        self._show()

    # --- loading -----------------------------------------------------------------------------------------
    def _practice_loaded(self, practice: Any) -> None:
        if practice is not None and practice.practitioner and not self.conclusion_step.decided_by_edit.text():
            self.conclusion_step.decided_by_edit.setText(practice.practitioner)

    def _use_record(self, record: IncidentRecord) -> None:
        """Re-assessment: start from the latest assessment's facts and the incident's details."""
        self.incident = record.incident
        latest = record.latest.facts if record.latest else None
        self.flow = BreachFlow(
            BreachAnswers.for_incident(record.incident, latest),
            recorded_aware_at=record.incident.aware_at,
            clock=self.ctx.clock,
        )
        self.awareness_step.set_recorded(record.incident.aware_at)
        self._show()

    # --- worker ------------------------------------------------------------------------------------------
    def _run(self, job: Callable[[], Any], done: Callable[[Any], None], quiet: bool = False) -> None:
        """A database call on the worker; the buttons wait, the window stays responsive."""
        self._jobs += 1
        self._set_busy(True)

        def finished(result: Any) -> None:
            self._jobs -= 1
            self._set_busy(self._jobs > 0)
            done(result)

        def failed(exc: BaseException) -> None:
            self._jobs -= 1
            self._set_busy(self._jobs > 0)
            if not quiet:
                self.problem.setText(error_text(exc))

        op(self, lambda _s: job(), finished, failed)  # gui/ops.py: dropped if the wizard is gone

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in (self.back_button, self.next_button, self.finish_button):
            button.setEnabled(not busy)
        if not busy:
            self.back_button.setEnabled(len(self.flow.history) > 1)

    # --- navigation --------------------------------------------------------------------------------------
    def titles(self) -> dict[str, str]:
        return {
            "awareness": self.tr("1. Quand l'avez-vous appris ?"),
            "what": self.tr("2. Que s'est-il passé ?"),
            "involved": self.tr("3. Des données personnelles sont-elles touchées ?"),
            "which": self.tr("4. Quelles données, quelles personnes ?"),
            "circumstances": self.tr("5. Protections et circonstances"),
            "conclusion": self.tr("6. Conclusion"),
            "next_steps": self.tr("7. Prochaines étapes"),
        }

    @property
    def step(self) -> str:
        return self.flow.current

    def _show(self) -> None:
        step = self.flow.current
        self.heading.setText(self.titles()[step])
        self.stack.setCurrentWidget(self.pages[step])
        self.back_button.setEnabled(len(self.flow.history) > 1 and not self.busy)
        self.next_button.setVisible(not self.flow.is_last)
        self.finish_button.setVisible(step in ("conclusion", "next_steps"))
        self._show_clock()
        widget = self.steps[step]
        if isinstance(widget, Step):
            widget.load(self.flow.answers)
        elif step == "conclusion":
            self._conclude()
        elif step == "next_steps":
            self._show_steps()

    def _show_clock(self) -> None:
        if self.incident is None:
            self.clock_label.setText(
                self.tr("Nouvel incident : il sera enregistré au journal dès cette première question.")
            )
            self.cancel_button.setToolTip(self.tr("Rien n'est encore enregistré."))
            return
        self.cancel_button.setToolTip(
            self.tr("L'incident reste au journal avec son heure de prise de connaissance.")
        )
        self.clock_label.setText(
            self.tr(
                "Incident n° %1 — prise de connaissance le %2 (heure de Paris) : notifier la CNIL, s'il le "
                "faut, avant le %3."
            )
            .replace("%1", str(self.incident.id))
            .replace("%2", deadline_text(self.incident.aware_at, self.ctx.lang))
            .replace("%3", deadline_text(notification_deadline(self.incident.aware_at), self.ctx.lang))
        )

    def collect(self) -> BreachAnswers:
        """Copy the current step's widgets into the answers (the request object)."""
        widget = self.steps[self.flow.current]
        if isinstance(widget, Step):
            widget.store(self.flow.answers)
        return self.flow.answers

    def go_next(self) -> None:
        if self.busy:
            return
        self.collect()
        problems = self.flow.problems()
        if not problems and self.flow.current == "what":
            problems = self._facts_problems()
        if problems:
            self.problem.setText("\n".join(problem_text(p) for p in problems))
            return
        self.problem.clear()
        if self.flow.current == "awareness":
            self._save_awareness()
            return
        self.flow.advance()
        self._show()

    def _facts_problems(self) -> list:
        """What the facts parser would refuse (e.g. an attack with an accidental cause), said at this step."""
        try:
            self.flow.answers.to_facts(self.flow.answers.aware_at)
        except InvalidInput as exc:
            return list(exc.problems)
        return []

    def _save_awareness(self) -> None:
        """Leaving step 1: record the incident at the given awareness, or correct it with its reason."""
        a = self.flow.answers
        aware_at = a.aware_at
        assert aware_at is not None
        if self.incident is None:
            draft = a.draft(DEFAULT_TITLE)
            self._run(
                lambda: self.service.record(draft, aware_at, a.discovery or incident_timeline.REPORTED[0]),
                self._awareness_saved,
            )
        elif aware_at != self.incident.aware_at:
            reason = a.awareness_reason or WIZARD_CORRECTION  # the journal is kept in French
            incident_id = self.incident.id
            self._run(
                lambda: self.service.change_awareness(incident_id, aware_at, reason), self._awareness_saved
            )
        else:
            self._awareness_saved(self.incident)

    def _awareness_saved(self, incident: Incident) -> None:
        changed = self.incident is None or incident.aware_at != self.incident.aware_at
        self.incident = incident
        self.flow.recorded_aware_at = incident.aware_at
        self.flow.answers.aware_at = incident.aware_at
        self.flow.answers.awareness_reason = ""
        self.awareness_step.set_recorded(incident.aware_at)
        if changed:
            self.ctx.changes.announce({INCIDENTS})
        self.flow.advance()
        self._show()

    def go_back(self) -> None:
        if self.busy:
            return
        self.collect()
        self.problem.clear()
        self.flow.back()
        self._show()

    # --- conclusion ----------------------------------------------------------------------------------------
    def _conclude(self) -> None:
        aware_at = self.incident.aware_at if self.incident else self.flow.answers.aware_at
        self.facts = self.flow.answers.to_facts(aware_at)
        self.result = assess(self.facts)
        self.conclusion_step.show_result(self.result, what_would_change(self.facts))

    def decision(self) -> tuple[bool, bool, str]:
        return self.conclusion_step.decision()

    def _show_steps(self) -> None:
        if self.result is None:
            self._conclude()
        assert self.facts is not None
        notify, inform, _ = self.decision()
        self.next_step.show_steps(next_steps(self.facts, notify, inform, self.facts.aware_at, self.ctx.lang))

    def finish(self) -> None:
        """Commit once on the worker: details, assessment version, decision. On error nothing is half-saved."""
        if self.busy or self.incident is None:
            return
        self.collect()
        if self.result is None or self.facts is None:
            self._conclude()
        notify, inform, justification = self.decision()
        draft = self.flow.answers.draft(self.incident.title)
        facts = self.facts
        assert facts is not None
        incident_id = self.incident.id
        decided_by = self.conclusion_step.decided_by_edit.text()
        note = self.tr("Assistant « Signaler un incident »")
        self._run(
            lambda: self.service.conclude(
                incident_id, draft, facts, notify, inform, decided_by, justification, note=note
            ),
            self._saved,
        )

    def _saved(self, _decision: Any) -> None:
        self.saved = True
        self.ctx.changes.announce({INCIDENTS})
        self.accept()
