"""The register page: every processing activity in a sortable, filterable table, templates on first use,
the activity editor, and the exports (PDF to print, JSON, CSV) and JSON import."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QModelIndex, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from core.content.checklist import catalogue
from core.content.register_templates import templates_for
from core.domain.register import Activity, Processor
from core.errors import InvalidInput
from core.services import register_exchange as exchange
from core.storage.atomic import write_atomic
from gui import theme
from gui.context import AppContext
from gui.dialogs.activity_editor import ActivityEditor
from gui.dialogs.template_picker import TemplatePicker
from gui.messages import error_text
from gui.models.register_models import (
    ActivityTableModel,
    PreparedActivities,
    RegisterFilterProxy,
    prepare_activities,
)
from gui.ops import PRACTICE, REGISTER, Services, op
from gui.problems import problem_text
from gui.widgets.record_table import filter_field, record_table


class RegisterPage(QWidget):
    refresh_on_show = False  # reads again on the change signal (gui/ops.py), not on every showing

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.profession = ""
        self.editor: ActivityEditor | None = None
        self.picker: TemplatePicker | None = None

        title = QLabel(self.tr("Registre des activités de traitement"), self)
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.summary = QLabel(self)
        self.empty_banner = QWidget(self)
        banner_text = QLabel(
            self.tr(
                "Votre registre est vide. Vigie propose les activités habituelles de votre profession, déjà "
                "rédigées : il vous reste à cocher celles qui vous concernent puis à les compléter."
            ),
            self.empty_banner,
        )
        banner_text.setWordWrap(True)
        self.start_button = QPushButton(self.tr("&Choisir les activités de mon cabinet…"), self.empty_banner)
        self.start_button.clicked.connect(self.choose_templates)
        banner = QHBoxLayout(self.empty_banner)
        banner.addWidget(banner_text, 1)
        banner.addWidget(self.start_button)

        self.new_button = QPushButton(self.tr("&Nouvelle fiche"), self)
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button = QPushButton(self.tr("&Modifier"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.complete_button = QPushButton(self.tr("&Valider la fiche"), self)
        self.complete_button.setToolTip(self.tr("Passer la fiche sélectionnée à l'état « Complète »"))
        self.complete_button.clicked.connect(self.mark_complete)
        self.delete_button = QPushButton(self.tr("&Supprimer"), self)
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.templates_button = QPushButton(self.tr("Activités &types…"), self)
        self.templates_button.clicked.connect(self.choose_templates)
        self.pdf_button = QPushButton(self.tr("Imprimer (&PDF)…"), self)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.json_button = QPushButton(self.tr("Exporter &JSON…"), self)
        self.json_button.clicked.connect(lambda: self.export("json"))
        self.csv_button = QPushButton(self.tr("Exporter &CSV…"), self)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.import_button = QPushButton(self.tr("&Importer…"), self)
        self.import_button.clicked.connect(self.import_file)
        actions = QHBoxLayout()
        for b in (
            self.new_button,
            self.edit_button,
            self.complete_button,
            self.delete_button,
            self.templates_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        exports = QHBoxLayout()  # second row, beside the filter: the page fits 960 px wide (200 % scaling)

        self.model = ActivityTableModel(ctx.lang, self)
        self.proxy = RegisterFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter = filter_field(
            self, self.proxy, self.tr("Filtrer (nom, base légale, statut…)"), self.tr("Filtrer les activités")
        )
        m = ActivityTableModel
        self.table = record_table(
            self,
            self.proxy,
            object_name="activities",
            accessible_name=self.tr("Activités de traitement"),
            sort_column=m.COL_REF,
            fit_columns=(m.COL_REF, m.COL_STATUS, m.COL_COMPLETENESS, m.COL_UPDATED),
            stretch_columns=(m.COL_NAME, m.COL_SENSITIVE),
            open_selected=self.edit_selected,
            delete_selected=self.delete_selected,
        )
        self.table.horizontalHeader().resizeSection(m.COL_BASIS, 220)
        self.table.doubleClicked.connect(lambda index: self.open_editor(self._activity_at(index)))
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty_banner)
        layout.addLayout(actions)
        exports.addWidget(self.filter, 1)
        for b in (self.pdf_button, self.json_button, self.csv_button, self.import_button):
            exports.addWidget(b)
        layout.addLayout(exports)
        QWidget.setTabOrder(self.templates_button, self.filter)
        for before, after in (
            (self.filter, self.pdf_button),
            (self.pdf_button, self.json_button),
            (self.json_button, self.csv_button),
            (self.csv_button, self.import_button),
            (self.import_button, self.table),
        ):
            QWidget.setTabOrder(before, after)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.processors: list[Processor] = []
        self.templates: list = []  # this profession's catalogue of activities, read with the register (worker)
        ctx.changes.changed.connect(self._changed)
        self.refresh()

    # --- loading ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        lang = self.ctx.lang

        def load(s: Services) -> tuple[PreparedActivities, str, list[Processor], list]:
            practice = s.practice.get()
            profession = practice.profession if practice else ""
            activities = prepare_activities(s.register.activities(), lang)  # completeness, texts: not here
            return activities, profession, s.register.processors(), templates_for(profession or "autre")

        op(self, load, self._loaded, self._failed)

    def _changed(self, kinds: frozenset[str]) -> None:
        if kinds & {REGISTER, PRACTICE}:
            self.refresh()

    def _loaded(self, result: tuple[PreparedActivities, str, list[Processor], list]) -> None:
        prepared, self.profession, self.processors, self.templates = result
        self.model.set_rows(prepared)
        activities = prepared.rows
        complete = sum(1 for a in activities if a.status == "complete")
        self.summary.setText(
            self.tr("%n activité(s)", "", len(activities))
            + self.tr(", dont %n fiche(s) complète(s).", "", complete)
        )
        self.empty_banner.setVisible(not activities)

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self.status):
            return
        self.status.setStyleSheet(theme.text_css("danger"))
        self.status.setText(error_text(exc))

    def _say(self, text: str) -> None:
        if not isValid(self.status):
            return
        self.status.setStyleSheet(theme.text_css("ok"))
        self.status.setText(text)

    def _activity_at(self, index: QModelIndex) -> Activity | None:
        if not index.isValid():
            return None
        return self.model.activity(self.proxy.mapToSource(index).row())

    def selected(self) -> Activity | None:
        rows = self.table.selectionModel().selectedRows()
        return self._activity_at(rows[0]) if rows else None

    # --- editing ------------------------------------------------------------------------------------------
    def edit_selected(self) -> None:
        activity = self.selected()
        if activity is not None:
            self.open_editor(activity)

    def open_editor(self, activity: Activity | None) -> ActivityEditor:
        services = self.ctx.ops_services()  # the editor calls these on the worker (ActivityEditor._worker)
        register = "update_activity" if activity is not None else "create_activity"
        labels = {m.code: m.label.fr for m in catalogue().measures}  # stored in the register: French
        self.editor = ActivityEditor(
            activity,
            list(self.processors),
            lambda a: getattr(services.register, register)(a),
            self.ctx.worker,
            self.ctx.lang,
            self,
            checklist_measures=lambda: services.checklist.register_measures(),
            measure_labels=labels,
            measure_catalogue=catalogue().measures,
        )
        self.editor.accepted.connect(lambda: self.ctx.changes.announce({REGISTER}))
        self.editor.open()
        return self.editor

    def mark_complete(self) -> None:
        """Refused, with the list of what is missing, unless every expected item is filled in."""
        activity = self.selected()
        if activity is None:
            return
        def done(saved: Activity) -> None:
            self._say(self.tr("Fiche %1 validée.").replace("%1", saved.ref))

        op(
            self,
            lambda s: s.register.update_activity(replace(activity, status="complete")),
            done,
            self._failed,
            changes={REGISTER},
        )

    def delete_selected(self, confirmed: bool = False) -> None:
        activity = self.selected()
        if activity is None:
            return
        if not confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("Supprimer la fiche"),
                self.tr("Supprimer définitivement la fiche %1 « %2 » ?")
                .replace("%1", activity.ref)
                .replace("%2", activity.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        ref = activity.ref
        op(self, lambda s: s.register.delete_activity(ref), None, self._failed, changes={REGISTER})

    def choose_templates(self) -> TemplatePicker:
        present = {self.model.activity(row).template_key for row in range(self.model.rowCount())}
        self.picker = TemplatePicker(self.templates, self.ctx.lang, self, present)
        self.picker.accepted.connect(self._apply_templates)
        self.picker.open()
        return self.picker

    def _apply_templates(self) -> None:
        assert self.picker is not None
        keys, with_processors = self.picker.chosen(), self.picker.create_processors.isChecked()
        lang = self.ctx.lang

        def done(created: list[Activity]) -> None:
            self._say(
                self.tr(
                    "%n activité(s) ajoutée(s) au registre. Complétez-les puis passez-les à l'état "
                    "« Complète ».",
                    "",
                    len(created),
                )
            )

        op(
            self,
            lambda s: s.register.apply_templates(keys, lang, with_processors),
            done,
            self._failed,
            changes={REGISTER},
        )

    # --- exports and import -----------------------------------------------------------------------------
    def export(self, fmt: str) -> None:
        filters = {
            "pdf": self.tr("Document PDF (*.pdf)"),
            "json": self.tr("Fichier JSON (*.json)"),
            "csv": self.tr("Tableur CSV (*.csv)"),
        }
        name = {
            "pdf": "registre-traitements.pdf",
            "json": "registre-traitements.json",
            "csv": "registre-traitements.csv",
        }[fmt]
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exporter le registre"), str(Path.home() / name), filters[fmt]
        )
        if path:
            self.export_to(fmt, Path(path), open_after=fmt == "pdf")

    def export_to(self, fmt: str, path: Path, open_after: bool = False) -> None:
        writers = {
            "pdf": lambda s, out: exchange.export_pdf(s.vault, out, s.clock),
            "json": lambda s, out: exchange.export_json(s.vault, out, s.clock),
            "csv": lambda s, out: exchange.export_csv(s.vault, out),
        }

        def job(s: Services) -> Path:
            buffer = io.BytesIO()
            writers[fmt](s, buffer)
            write_atomic(path, buffer.getvalue())
            return path

        def done(written: Path) -> None:
            self._say(self.tr("Registre exporté : %1").replace("%1", str(written)))
            if open_after:  # the PDF is meant to be read or printed straight away
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

        op(self, job, done, self._failed)

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Importer un registre"), str(Path.home()), self.tr("Registre Vigie (*.json)")
        )
        if not path:
            return
        if self.model.rowCount() or self.processors:
            answer = QMessageBox.question(
                self,
                self.tr("Remplacer le registre"),
                self.tr(
                    "Le registre actuel (activités et prestataires) sera remplacé par le contenu du fichier. "
                    "Continuer ?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        def job(s: Services) -> tuple[int, int]:
            return exchange.import_json(s.vault, path.read_bytes(), replace_existing=True, clock=s.clock)

        def done(counts: tuple[int, int]) -> None:
            self._say(
                self.tr("Registre importé : %n activité(s)", "", counts[0])
                + self.tr(", %n prestataire(s).", "", counts[1])
            )

        def failed(exc: BaseException) -> None:
            self._failed(exc)
            if isinstance(exc, InvalidInput) and isValid(
                self.status
            ):  # the JSON path tells the user where the file is wrong
                self.status.setText(
                    self.tr("Fichier refusé, rien n'a été modifié :")
                    + "\n"
                    + "\n".join(
                        self.tr("• %1 : %2").replace("%1", p.path).replace("%2", problem_text(p))
                        for p in exc.problems[:20]
                    )
                )

        op(self, job, done, failed, changes={REGISTER})


def register_page(ctx: AppContext, parent: QWidget) -> QWidget:
    return RegisterPage(ctx, parent)
