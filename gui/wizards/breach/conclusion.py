"""Step 6 and 7: the engine's conclusion with its reasons (and a justified override), then the next steps."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.domain.breach import Assessment
from core.domain.incident import Step as NextStep
from core.rules.breach_reasons import render
from core.rules.breach_sensitivity import WhatIf
from core.rules.deadlines import deadline_text
from gui import theme
from gui.wizards.breach.common import explain


class ConclusionStep(QWidget):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        layout = QVBoxLayout(self)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.reasons_view = QTextBrowser(self)
        self.reasons_view.setObjectName("reasons")
        self.reasons_view.setAccessibleName(self.tr("Raisons de la conclusion"))
        self.changes_label = QLabel(self)
        self.changes_label.setObjectName("changes")
        self.changes_label.setWordWrap(True)
        self.override_check = QCheckBox(
            self.tr("Je décide autrement (justification obligatoire, conservée au journal)"), self
        )
        self.override_check.setObjectName("override")
        self.override_box = QGroupBox(self)
        obox = QFormLayout(self.override_box)
        self.override_notify = QCheckBox(self.tr("Notifier la CNIL"), self.override_box)
        self.override_notify.setObjectName("override_notify")
        self.override_inform = QCheckBox(self.tr("Informer les personnes"), self.override_box)
        self.override_inform.setObjectName("override_inform")
        self.justification_edit = QPlainTextEdit(self.override_box)
        self.justification_edit.setObjectName("justification")
        self.justification_edit.setMaximumHeight(70)
        obox.addRow(self.override_notify)
        obox.addRow(self.override_inform)
        obox.addRow(self.tr("&Justification"), self.justification_edit)
        self.override_box.setVisible(False)
        self.override_check.toggled.connect(self.override_box.setVisible)
        self.decided_by_edit = QLineEdit(self)
        self.decided_by_edit.setObjectName("decided_by")
        by = QFormLayout()
        by.addRow(self.tr("Décision prise par"), self.decided_by_edit)
        layout.addWidget(self.verdict)
        layout.addWidget(self.reasons_view, 1)
        layout.addWidget(self.changes_label)
        layout.addWidget(self.override_check)
        layout.addWidget(self.override_box)
        layout.addLayout(by)
        self.result: Assessment | None = None

    def show_result(self, result: Assessment, changes: list[WhatIf]) -> None:
        self.result = result
        if not result.is_personal_data_breach:
            text = self.tr(
                "Ce n'est pas une violation de données personnelles : l'incident est simplement "
                "consigné au journal."
            )
            color = theme.hex_color("ok")
        elif result.notify_authority:
            text = self.tr("Notifier la CNIL avant le %1 (heure de Paris).").replace(
                "%1", deadline_text(result.deadline, self.lang)
            )
            text += " " + (
                self.tr("Informer aussi les personnes concernées.")
                if result.inform_subjects
                else self.tr("Pas d'information individuelle obligatoire des personnes.")
            )
            color = theme.hex_color("danger")
        else:
            text = self.tr("Pas de notification à la CNIL : documenter l'incident au journal.")
            if result.inform_subjects:
                text += " " + self.tr("Informer les personnes concernées.")
            color = theme.hex_color("ok")
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"font-size: 12pt; font-weight: bold; color: {color};")
        risk = {
            "none": self.tr("risque improbable"),
            "risk": self.tr("risque"),
            "high": self.tr("risque élevé"),
        }[result.risk]
        html = "<p><b>" + self.tr("Niveau : %1").replace("%1", risk) + "</b></p><ul>"
        # In the interface language from the codes (assessments stored before codes existed: French text).
        texts = [render(r, self.lang) for r in result.reason_codes] or list(result.reasons)
        html += "".join(f"<li>{escape(t)}</li>" for t in texts) + "</ul>"
        self.reasons_view.setHtml(html)
        if changes:
            self.changes_label.setText(
                self.tr("Ces réponses encore inconnues changeraient la conclusion :")
                + "\n"
                + "\n".join("• " + c.text(self.lang) for c in changes)
            )
        else:
            self.changes_label.setText("")
        self.override_notify.setChecked(result.notify_authority)
        self.override_inform.setChecked(result.inform_subjects)

    def decision(self) -> tuple[bool, bool, str]:
        """(notify, inform, justification): the engine's conclusion unless the practitioner overrides it."""
        assert self.result is not None
        if self.override_check.isChecked():
            return (
                self.override_notify.isChecked(),
                self.override_inform.isChecked(),
                self.justification_edit.toPlainText().strip(),
            )
        return self.result.notify_authority, self.result.inform_subjects, ""


class NextStepsStep(QWidget):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        layout = QVBoxLayout(self)
        layout.addWidget(
            explain(
                self,
                self.tr(
                    "Votre liste d'actions, gardée avec l'incident. Vous la retrouverez "
                    "dans le journal pour cocher ce qui est fait."
                ),
            )
        )
        self.steps_view = QTextBrowser(self)
        self.steps_view.setObjectName("steps")
        self.steps_view.setAccessibleName(self.tr("Actions à mener"))
        layout.addWidget(self.steps_view, 1)

    def show_steps(self, steps: list[NextStep]) -> None:
        html = "<ol>"
        for s in steps:
            tag = self.tr("recommandé") if s.level == "recommended" else self.tr("à faire")
            due = (
                (" — " + self.tr("avant le %1").replace("%1", deadline_text(s.due_at, self.lang)))
                if s.due_at
                else ""
            )
            html += f"<li><b>{escape(s.label)}</b> <i>({tag}{due})</i><br/>{escape(s.detail)}</li>"
        self.steps_view.setHtml(html + "</ol>")
