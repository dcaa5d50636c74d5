"""The practice identity form, shared by the first-run wizard and the settings page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from core.content.professions import professions
from core.domain.practice import Practice
from gui import theme
from gui.problems import problem_text


class PracticeForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, lang: str = "fr") -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.edits: dict[str, QLineEdit] = {}

        def line(key: str, label: str, placeholder: str = "") -> QLineEdit:
            edit = QLineEdit(self)
            edit.setPlaceholderText(placeholder)
            edit.setAccessibleName(label.replace("&", ""))
            edit.textChanged.connect(self.changed)
            form.addRow(label, edit)
            self.edits[key] = edit
            return edit

        line("name", self.tr("&Nom du cabinet *"), self.tr("ex. Cabinet du Dr Martin"))
        line("practitioner", self.tr("&Praticien(ne)"), self.tr("ex. Dr Claire Martin"))
        self.profession = QComboBox(self)
        self.profession.setAccessibleName(self.tr("Profession"))
        for prof in professions():
            self.profession.addItem(prof.label(lang), prof.code)
        self.profession.currentIndexChanged.connect(self.changed)
        form.addRow(self.tr("P&rofession *"), self.profession)
        line("rpps", self.tr("N° &RPPS"), self.tr("11 chiffres"))
        line("adeli", self.tr("N° &ADELI"), self.tr("9 chiffres, si vous en avez un"))
        line("siret", self.tr("&SIRET"), self.tr("14 chiffres"))
        line("siren", self.tr("SIRE&N"), self.tr("9 chiffres (déduit du SIRET si vide)"))
        line("address", self.tr("A&dresse"))
        line("postcode", self.tr("Code &postal"))
        line("city", self.tr("&Ville"))
        line("email", self.tr("&E-mail"))
        line("phone", self.tr("&Téléphone"))
        self.staff = QSpinBox(self)
        self.staff.setRange(0, 9999)
        self.staff.setSpecialValueText(self.tr("Non renseigné"))
        self.staff.setAccessibleName(self.tr("Effectif, praticien compris"))
        self.staff.valueChanged.connect(self.changed)
        form.addRow(self.tr("E&ffectif (praticien compris)"), self.staff)
        self.dpo = QCheckBox(self.tr("Un délégué à la protection des données (DPO) est désigné"), self)
        self.dpo.toggled.connect(self._on_dpo)
        self.dpo.toggled.connect(self.changed)
        form.addRow("", self.dpo)
        line("dpo_name", self.tr("Nom du &DPO"))
        line("dpo_contact", self.tr("Contact du DP&O"))
        self.errors = QLabel(self)
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet(theme.text_css("danger"))
        form.addRow(self.errors)
        self._on_dpo(False)

    def _on_dpo(self, on: bool) -> None:
        for key in ("dpo_name", "dpo_contact"):
            self.edits[key].setEnabled(on)

    def practice(self) -> Practice:
        values = {key: edit.text() for key, edit in self.edits.items()}
        return Practice(
            profession=str(self.profession.currentData() or ""),
            dpo_designated=self.dpo.isChecked(),
            staff_count=self.staff.value() or None,
            **values,
        ).normalized()

    def set_practice(self, practice: Practice) -> None:
        for key, edit in self.edits.items():
            edit.setText(str(getattr(practice, key)))
        index = self.profession.findData(practice.profession)
        self.profession.setCurrentIndex(max(index, 0))
        self.dpo.setChecked(practice.dpo_designated)
        self.staff.setValue(practice.staff_count or 0)

    def validate(self) -> bool:
        """Show each problem under the form; True when the identity can be saved."""
        problems = self.practice().problems()
        self.errors.setText("\n".join(f"• {problem_text(p)}" for p in problems))
        first_bad = None
        for key, edit in self.edits.items():
            mine = [problem_text(p) for p in problems if p.path == key]
            edit.setStyleSheet(f"border: 1px solid {theme.hex_color('danger')};" if mine else "")
            edit.setAccessibleDescription("; ".join(mine))  # read out by screen readers on the field
            if mine and first_bad is None:
                first_bad = edit
        if first_bad is not None and self.isVisible():
            first_bad.setFocus()  # a scrolled form brings the field into view
        return not problems
