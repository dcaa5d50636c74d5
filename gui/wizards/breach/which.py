"""Step 4: which data, whose, how many; the ENISA precisions for who wants them (all optional)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.domain import breach_vocab as V
from core.domain.breach import CONTEXT_FLAGS
from core.domain.incident import ActivityRef
from core.services.breach_wizard import BreachAnswers
from gui.wizards.breach.common import Step, choice_combo, explain, select, unknown_text, vocab_combo


class CountRow(QWidget):
    """A whole number with an "unknown" box."""

    def __init__(self, parent: QWidget, name: str, unknown_label: str) -> None:
        super().__init__(parent)
        self.spin = QSpinBox(self)
        self.spin.setObjectName(name)
        self.spin.setRange(0, 100_000_000)
        self.spin.setGroupSeparatorShown(True)
        self.unknown = QCheckBox(unknown_label, self)
        self.unknown.setObjectName(f"{name}_unknown")
        self.unknown.toggled.connect(lambda on: self.spin.setEnabled(not on))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.spin)
        row.addWidget(self.unknown)
        row.addStretch(1)

    def set_value(self, value: int | None) -> None:
        self.spin.setValue(value or 0)
        self.unknown.setChecked(value is None)
        self.spin.setEnabled(value is not None)

    def value(self) -> int | None:
        return None if self.unknown.isChecked() else self.spin.value()


class WhichStep(Step):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        layout = QVBoxLayout(self)
        data_box = QGroupBox(self.tr("Quelles données ?"), self)
        grid = QGridLayout(data_box)
        self.category_checks: dict[str, QCheckBox] = {}
        for i, (code, term) in enumerate(V.DATA_CATEGORIES.items()):
            check = QCheckBox(term.label(lang), data_box)
            check.setObjectName(f"category_{code}")
            self.category_checks[code] = check
            grid.addWidget(check, i // 3, i % 3)
        layout.addWidget(data_box)

        who_box = QGroupBox(self.tr("Quelles personnes ?"), self)
        who = QFormLayout(who_box)
        subjects = QGridLayout()
        self.subject_checks: dict[str, QCheckBox] = {}
        for i, (code, term) in enumerate(V.SUBJECT_CATEGORIES.items()):
            check = QCheckBox(term.label(lang), who_box)
            check.setObjectName(f"subject_{code}")
            self.subject_checks[code] = check
            subjects.addWidget(check, i // 4, i % 4)
        who.addRow(subjects)
        self.count_row = CountRow(who_box, "count", self.tr("Nombre inconnu"))
        who.addRow(self.tr("Nombre approximatif de personnes"), self.count_row)
        self.records_row = CountRow(who_box, "records_count", self.tr("Nombre inconnu"))
        who.addRow(self.tr("Nombre approximatif d'enregistrements"), self.records_row)
        who.addRow(
            "",
            explain(
                who_box,
                self.tr(
                    "Enregistrements : fiches, images, courriers… (une personne peut en avoir plusieurs)."
                ),
            ),
        )
        self.unreachable_check = QCheckBox(
            self.tr(
                "Impossible de joindre les personnes une à une (coordonnées inconnues ou trop nombreuses)"
            ),
            who_box,
        )
        self.unreachable_check.setObjectName("unreachable")
        who.addRow(self.unreachable_check)
        who.addRow(
            "",
            explain(
                who_box,
                self.tr(
                    "Une information publique (affiche, site) remplacera alors les lettres (art. 34(3)(c) RGPD)."
                ),
            ),
        )
        self.cross_border_combo = choice_combo(
            who_box,
            "cross_border",
            [(None, unknown_text()), (False, self.tr("Non")), (True, self.tr("Oui"))],
        )
        who.addRow(
            self.tr("Des personnes résident-elles dans un autre pays de l'&UE ?"), self.cross_border_combo
        )
        who.addRow(
            "",
            explain(
                who_box,
                self.tr(
                    "Ex. patients frontaliers ou de passage : la CNIL peut alors en informer les autorités des pays "
                    "concernés."
                ),
            ),
        )
        self.activities_edit = QPlainTextEdit(who_box)
        self.activities_edit.setObjectName("activities")
        self.activities_edit.setPlaceholderText(
            self.tr("Un traitement par ligne, ex. « Dossier patient », « Facturation »")
        )
        self.activities_edit.setMaximumHeight(60)
        who.addRow(self.tr("Traitements du registre concernés"), self.activities_edit)
        layout.addWidget(who_box)

        more = QGroupBox(self.tr("Précisions (facultatives) pour la gravité"), self)
        form = QFormLayout(more)
        self.ident_combo = vocab_combo(more, "identifiability", V.IDENTIFIABILITY, lang)
        form.addRow(self.tr("Les personnes sont-elles &identifiables ?"), self.ident_combo)
        self.dpc_combo = choice_combo(
            more,
            "dpc",
            [
                (None, self.tr("Calculée par Vigie d'après les données (recommandé)")),
                (1, self.tr("1 — données simples (identité, coordonnées)")),
                (2, self.tr("2 — habitudes, localisation")),
                (3, self.tr("3 — données financières, NIR, documents officiels")),
                (4, self.tr("4 — données sensibles (santé…)")),
            ],
        )
        form.addRow(self.tr("Sensibilité (grille ENISA)"), self.dpc_combo)
        labels = {
            "controller_reveals_sensitive": self.tr(
                "Ma spécialité révèle à elle seule l'état de santé (psychiatrie, addictologie, oncologie…)"
            ),
            "vulnerable_subjects": self.tr(
                "Les personnes sont particulièrement vulnérables (enfants, grand âge, détresse)"
            ),
            "large_volume_per_person": self.tr(
                "Beaucoup de données par personne (dossier complet, pas une ligne)"
            ),
            "data_invalid_or_outdated": self.tr("Les données sont anciennes ou inexactes"),
            "already_public": self.tr("Les données étaient déjà publiques"),
            "reveals_little": self.tr("Les données en disent peu (ex. un simple rendez-vous de routine)"),
        }
        self.context_checks: dict[str, QCheckBox] = {}
        for flag in CONTEXT_FLAGS:
            check = QCheckBox(labels[flag], more)
            check.setObjectName(f"context_{flag}")
            self.context_checks[flag] = check
            form.addRow(check)
        self.specialty_check = self.context_checks["controller_reveals_sensitive"]
        layout.addWidget(more)
        layout.addStretch(1)

    def load(self, answers: BreachAnswers) -> None:
        for code, check in self.category_checks.items():
            check.setChecked(code in answers.data_categories)
        for code, check in self.subject_checks.items():
            check.setChecked(code in answers.subject_categories)
        self.count_row.set_value(answers.count)
        self.records_row.set_value(answers.records_count)
        self.unreachable_check.setChecked(not answers.reachable)
        select(self.cross_border_combo, answers.cross_border)
        self.activities_edit.setPlainText("\n".join(a.name for a in answers.activities))
        select(self.ident_combo, answers.identifiability)
        select(self.dpc_combo, answers.dpc)
        for flag, check in self.context_checks.items():
            check.setChecked(getattr(answers.context, flag))

    def store(self, answers: BreachAnswers) -> None:
        answers.data_categories = {k for k, c in self.category_checks.items() if c.isChecked()}
        answers.subject_categories = {k for k, c in self.subject_checks.items() if c.isChecked()}
        answers.count = self.count_row.value()
        answers.records_count = self.records_row.value()
        answers.reachable = not self.unreachable_check.isChecked()
        answers.cross_border = self.cross_border_combo.currentData()
        known = {a.name: a for a in answers.activities}
        answers.activities = [
            known.get(line.strip(), ActivityRef("", line.strip()))
            for line in self.activities_edit.toPlainText().splitlines()
            if line.strip()
        ]
        answers.identifiability = self.ident_combo.currentData()
        answers.dpc = self.dpc_combo.currentData()
        answers.context = replace(
            answers.context, **{flag: check.isChecked() for flag, check in self.context_checks.items()}
        )
