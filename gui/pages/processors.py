"""The processors page: providers in a sortable, filterable table with HDS warnings, and their editor."""

from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from core.content.register_templates import processor_template, processor_templates
from core.domain.register import Activity, Processor
from gui import theme
from gui.context import AppContext
from gui.dialogs.processor_editor import ProcessorEditor
from gui.messages import error_text
from gui.models.register_models import ProcessorTableModel, RegisterFilterProxy
from gui.ops import REGISTER, Services, op
from gui.widgets.record_table import filter_field, record_table


class ProcessorsPage(QWidget):
    refresh_on_show = False  # reads again on the change signal (gui/ops.py), not on every showing

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.activities: list[Activity] = []
        self.editor: ProcessorEditor | None = None

        title = QLabel(self.tr("Sous-traitants et prestataires"), self)
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.warnings = QLabel(self)
        self.warnings.setObjectName("warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(theme.text_css("danger"))
        self.new_button = QPushButton(self.tr("&Nouveau prestataire"), self)
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        self.suggest_button = QPushButton(self.tr("Prestataire &courant…"), self)
        menu = QMenu(self.suggest_button)
        for suggestion in processor_templates():
            action = menu.addAction(suggestion.name(ctx.lang))
            action.triggered.connect(lambda _checked=False, key=suggestion.key: self.open_suggestion(key))
        self.suggest_button.setMenu(menu)
        self.edit_button = QPushButton(self.tr("&Modifier"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Supprimer"), self)
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        actions = QHBoxLayout()
        for b in (self.new_button, self.suggest_button, self.edit_button, self.delete_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.model = ProcessorTableModel(ctx.lang, self)
        self.proxy = RegisterFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter = filter_field(
            self, self.proxy, self.tr("Filtrer (nom, rôle, alerte…)"), self.tr("Filtrer les prestataires")
        )
        m = ProcessorTableModel
        self.table = record_table(
            self,
            self.proxy,
            object_name="processors",
            accessible_name=self.tr("Prestataires"),
            sort_column=m.COL_REF,
            fit_columns=(m.COL_REF, m.COL_HEALTH, m.COL_EXPIRY, m.COL_ACTIVITIES),
            stretch_columns=(m.COL_NAME, m.COL_ALERT),
            open_selected=self.edit_selected,
            delete_selected=self.delete_selected,
        )
        self.table.horizontalHeader().resizeSection(m.COL_ROLE, 200)
        self.table.doubleClicked.connect(lambda index: self._edit(self._processor_at(index)))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.warnings)
        layout.addLayout(actions)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        ctx.changes.changed.connect(self._changed)
        self.refresh()

    def _changed(self, kinds: frozenset[str]) -> None:
        if REGISTER in kinds:
            self.refresh()

    def refresh(self) -> None:
        def load(s: Services) -> tuple[list[Processor], list[Activity], date, dict[str, int]]:
            processors, activities, today = s.register.processors(), s.register.activities(), s.register.today()
            usage = dict(Counter(ref for a in activities for ref in a.processor_refs))
            return processors, activities, today, usage

        op(self, load, self._loaded, self._failed)

    def _loaded(self, result: tuple[list[Processor], list[Activity], date, dict[str, int]]) -> None:
        processors, self.activities, today, usage = result
        self.model.set_rows(processors, today, usage)
        self.show_warnings(processors, today)

    def show_warnings(self, processors: list[Processor], today) -> None:
        """One alert per kind of HDS problem, naming the providers concerned (not one red line each)."""
        by_code: dict[str, list[Processor]] = {}
        for p in processors:
            for w in p.hds_warnings(today):
                by_code.setdefault(w.code, []).append(p)
        texts = {
            "no_certificate": self.tr(
                "%n prestataire(s) hébergeant des données de santé sans certificat HDS renseigné (référence "
                "et échéance, à vérifier sur la liste des hébergeurs certifiés de l'ANS) : %1.",
                "",
                len(by_code.get("no_certificate", [])),
            ),
            "expired": self.tr(
                "%n certificat(s) HDS expiré(s) : %1. Demandez le certificat renouvelé au prestataire.",
                "",
                len(by_code.get("expired", [])),
            ),
            "expires_soon": self.tr(
                "%n certificat(s) HDS à renouveler dans les 90 jours : %1.",
                "",
                len(by_code.get("expires_soon", [])),
            ),
        }
        lines = []
        for code in ("expired", "no_certificate", "expires_soon"):
            found = by_code.get(code)
            if found:
                names = ", ".join(f"{p.ref} {p.name}" for p in found)
                lines.append(texts[code].replace("%1", names))
        self.warnings.setText("\n".join(lines))
        self.warnings.setVisible(bool(lines))

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self.status):
            return
        self.status.setStyleSheet(theme.text_css("danger"))
        self.status.setText(error_text(exc))

    def _processor_at(self, index: QModelIndex) -> Processor | None:
        if not index.isValid():
            return None
        return self.model.processor(self.proxy.mapToSource(index).row())

    def selected(self) -> Processor | None:
        rows = self.table.selectionModel().selectedRows()
        return self._processor_at(rows[0]) if rows else None

    def edit_selected(self) -> None:
        self._edit(self.selected())

    def _edit(self, processor: Processor | None) -> None:
        if processor is not None:
            self.open_editor(processor)

    def open_suggestion(self, key: str) -> ProcessorEditor:
        suggestion = processor_template(key)
        assert suggestion is not None
        return self.open_editor(None, suggestion.to_processor(self.ctx.lang), suggestion.hint(self.ctx.lang))

    def open_editor(
        self, processor: Processor | None, draft: Processor | None = None, hint: str = ""
    ) -> ProcessorEditor:
        services = self.ctx.ops_services()  # the editor calls save on the worker (ProcessorEditor._worker)
        if processor is not None:
            linked = [a.ref for a in self.activities if processor.ref in a.processor_refs]
            suggestion = processor_template(processor.template_key) if processor.template_key else None
            hint = suggestion.hint(self.ctx.lang) if suggestion else ""

            def save(p: Processor, refs: list[str]) -> Processor:
                return services.register.update_processor(p, refs)
        else:
            linked = []

            def save(p: Processor, refs: list[str]) -> Processor:
                return services.register.create_processor(p, refs)

        self.editor = ProcessorEditor(
            processor or draft, self.activities, linked, save, self.ctx.worker, self.ctx.lang, hint, self
        )
        self.editor.accepted.connect(lambda: self.ctx.changes.announce({REGISTER}))
        self.editor.open()
        return self.editor

    def delete_selected(self, confirmed: bool = False) -> None:
        processor = self.selected()
        if processor is None:
            return
        if not confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("Supprimer le prestataire"),
                self.tr("Supprimer %1 « %2 » ? Il sera retiré des activités qui l'utilisent.")
                .replace("%1", processor.ref)
                .replace("%2", processor.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        ref = processor.ref
        op(self, lambda s: s.register.delete_processor(ref), None, self._failed, changes={REGISTER})


def processors_page(ctx: AppContext, parent: QWidget) -> QWidget:
    return ProcessorsPage(ctx, parent)
