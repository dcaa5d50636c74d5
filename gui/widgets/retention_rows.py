"""Repeating rows of the activity editor: retention per data category, and transfers outside the EU."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.domain import register_vocab as V
from core.domain.register import RetentionRule, Transfer
from gui.widgets.register_fields import PeriodEdit, combo, select


class RetentionRow(QGroupBox):
    def __init__(self, lang: str, rule: RetentionRule, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rule = rule  # keeps the template's recommendation across edits
        self.category = QLineEdit(rule.category, self)
        self.active = PeriodEdit(lang, self.tr("Durée en base active"), self)
        self.active.set_value(rule.active)
        self.archive = PeriodEdit(lang, self.tr("Durée en archives"), self)
        self.archive.set_value(rule.archive)
        self.trigger = QLineEdit(rule.trigger, self)
        self.end_action = combo(V.END_ACTIONS, lang, self.tr("— non précisé —"), self)
        select(self.end_action, rule.end_action)
        self.criterion = QLineEdit(rule.criterion, self)
        self.justification = QLineEdit(rule.justification, self)
        self.justification.setPlaceholderText(
            self.tr("Obligatoire si vous vous écartez de la durée recommandée")
        )
        self.remove = QPushButton(self.tr("Supprimer cette durée"), self)
        form = QFormLayout(self)
        form.addRow(self.tr("&Catégorie de données"), self.category)
        form.addRow(self.tr("Base &active"), self.active)
        form.addRow(self.tr("A&rchives"), self.archive)
        form.addRow(self.tr("&Point de départ"), self.trigger)
        form.addRow(self.tr("&Sort final"), self.end_action)
        form.addRow(self.tr("Critère (si pas de durée chiffrée)"), self.criterion)
        rec = rule.recommended
        if rec is not None:
            parts = [p.text(lang) for p in (rec.active, rec.archive) if p is not None and p.value]
            text = " + ".join(parts) or self.tr("selon le critère")
            form.addRow(self.tr("Durée recommandée"), QLabel(text, self))
        form.addRow(self.tr("&Justification de l'écart"), self.justification)
        form.addRow(self.remove)

    def value(self) -> RetentionRule:
        return replace(
            self._rule,
            category=self.category.text(),
            active=self.active.value(),
            archive=self.archive.value(),
            trigger=self.trigger.text(),
            end_action=self.end_action.currentData() or "",
            criterion=self.criterion.text(),
            justification=self.justification.text(),
        )


class RetentionRows(QWidget):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.rows: list[RetentionRow] = []
        self._box = QVBoxLayout()
        self.add_button = QPushButton(self.tr("&Ajouter une durée de conservation"), self)
        self.add_button.clicked.connect(lambda: self.add(RetentionRule(category="")))
        layout = QVBoxLayout(self)
        layout.addLayout(self._box)
        layout.addWidget(self.add_button)
        layout.addStretch(1)

    def add(self, rule: RetentionRule) -> RetentionRow:
        row = RetentionRow(self._lang, rule, self)
        row.setTitle(self.tr("Durée n° %1").replace("%1", str(len(self.rows) + 1)))
        row.remove.clicked.connect(lambda: self._remove(row))
        self.rows.append(row)
        self._box.addWidget(row)
        return row

    def _remove(self, row: RetentionRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()

    def set_value(self, rules: tuple[RetentionRule, ...]) -> None:
        for row in list(self.rows):
            self._remove(row)
        for rule in rules:
            self.add(rule)

    def value(self) -> tuple[RetentionRule, ...]:
        return tuple(row.value() for row in self.rows)


class TransferRow(QWidget):
    def __init__(self, lang: str, transfer: Transfer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.country = QLineEdit(transfer.country, self)
        self.country.setPlaceholderText(self.tr("Pays"))
        self.country.setAccessibleName(self.tr("Pays de destination"))
        self.safeguard = combo(V.SAFEGUARDS, lang, self.tr("— garantie à préciser —"), self)
        self.safeguard.setAccessibleName(self.tr("Garantie encadrant le transfert"))
        select(self.safeguard, transfer.safeguard)
        self.detail = QLineEdit(transfer.detail, self)
        self.detail.setPlaceholderText(self.tr("Précisions"))
        self.detail.setAccessibleName(self.tr("Précisions sur le transfert"))
        self.remove = QPushButton(self.tr("Retirer"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.country, self.safeguard, self.detail, self.remove):
            layout.addWidget(w)

    def value(self) -> Transfer:
        return Transfer(self.country.text(), self.safeguard.currentData() or "", self.detail.text())


class TransferRows(QWidget):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.rows: list[TransferRow] = []
        self._box = QVBoxLayout()
        self.add_button = QPushButton(self.tr("Ajouter un &pays"), self)
        self.add_button.clicked.connect(lambda: self.add(Transfer("")))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._box)
        layout.addWidget(self.add_button)

    def add(self, transfer: Transfer) -> TransferRow:
        row = TransferRow(self._lang, transfer, self)
        row.remove.clicked.connect(lambda: self._remove(row))
        self.rows.append(row)
        self._box.addWidget(row)
        return row

    def _remove(self, row: TransferRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()

    def set_value(self, transfers: tuple[Transfer, ...]) -> None:
        for row in list(self.rows):
            self._remove(row)
        for t in transfers:
            self.add(t)

    def value(self) -> tuple[Transfer, ...]:
        return tuple(row.value() for row in self.rows)
