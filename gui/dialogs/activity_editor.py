"""The fiche of one processing activity, in the order of the CNIL register model (one tab per section).

The dialog only collects values into an :class:`Activity`; the save runs on the worker through the service,
and a refusal (missing justification, unknown processor…) is shown inline without closing the dialog.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from core.clock import from_iso, in_paris
from core.content.checklist import Measure
from core.domain import register_vocab as V
from core.domain.register import Activity, Processor
from core.rules import register_measures
from core.rules.register_measures import MeasureMerge
from core.services.checklist import RegisterMeasures
from gui import formats, theme
from gui.messages import error_text
from gui.problems import problem_text
from gui.widgets.register_fields import CheckList, LinesEdit, TextEdit, combo, select
from gui.widgets.retention_rows import RetentionRows, TransferRows
from gui.workers import Worker


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class ActivityEditor(QDialog):
    def __init__(
        self,
        activity: Activity | None,
        processors: list[Processor],
        save: Callable[[Activity], Activity],
        worker: Worker,
        lang: str = "fr",
        parent: QWidget | None = None,
        checklist_measures: Callable[[], RegisterMeasures | None] | None = None,
        measure_labels: dict[str, str] | None = None,
        measure_catalogue: tuple[Measure, ...] = (),
    ) -> None:
        super().__init__(parent)
        self._measure_catalogue = measure_catalogue
        self._assessment: RegisterMeasures | None = None
        self._checklist_measures = checklist_measures
        self._measure_labels = measure_labels or {}
        self._original = activity or Activity(name="")
        self._save = save
        self._worker = worker
        self._lang = lang
        self.saved: Activity | None = None
        self.setWindowTitle(
            self.tr("Fiche de traitement %1").replace("%1", activity.ref)
            if activity and activity.ref
            else self.tr("Nouvelle fiche de traitement")
        )
        self.resize(1040, 720)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(_scroll(self._identification()), self.tr("1. Identification"))
        self.tabs.addTab(_scroll(self._purposes()), self.tr("2. Finalités et base légale"))
        self.tabs.addTab(_scroll(self._persons()), self.tr("3. Personnes"))
        self.tabs.addTab(_scroll(self._data()), self.tr("4. Données"))
        self.tabs.addTab(_scroll(self._recipients(processors)), self.tr("5. Destinataires"))
        self.tabs.addTab(_scroll(self._retention()), self.tr("6. Conservation"))
        self.tabs.addTab(_scroll(self._security()), self.tr("7. Sécurité"))
        self.tabs.addTab(_scroll(self._dpia()), self.tr("8. AIPD et information"))

        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.missing.setObjectName("missing")
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(theme.text_css("danger"))
        self.error.setObjectName("error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.missing)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.load(self._original)
        self.tabs.currentChanged.connect(lambda _i: self.update_missing())
        for box in self.security.boxes.values():  # a tick moves a measure between "declared" and "to do"
            box.toggled.connect(lambda _on: self.show_measure_status())
        self.load_assessment()

    # --- sections ---------------------------------------------------------------------------------------
    def _identification(self) -> QWidget:
        page = QWidget()
        self.ref = QLabel(page)
        self.dates = QLabel(page)
        self.name = QLineEdit(page)
        self.name.setObjectName("name")
        self.software = QLineEdit(page)
        self.joint_controller = QLineEdit(page)
        self.status = combo(V.STATUSES, self._lang, None, page)
        form = QFormLayout(page)
        form.addRow(self.tr("Référence"), self.ref)
        form.addRow(self.tr("Création / mise à jour"), self.dates)
        form.addRow(self.tr("&Nom de l'activité"), self.name)
        form.addRow(self.tr("&Logiciel ou application utilisé"), self.software)
        form.addRow(self.tr("Responsable &conjoint (s'il existe)"), self.joint_controller)
        form.addRow(self.tr("É&tat de la fiche"), self.status)
        return page

    def _purposes(self) -> QWidget:
        page = QWidget()
        self.purposes = LinesEdit(page)
        self.legal_basis = combo(V.LEGAL_BASES, self._lang, self.tr("— à choisir —"), page)
        self.legal_basis_detail = TextEdit(page)
        self.art9 = combo(V.ART9_CONDITIONS, self._lang, self.tr("— sans objet —"), page)
        self.art9_detail = TextEdit(page)
        form = QFormLayout(page)
        form.addRow(self.tr("&Finalités (une par ligne)"), self.purposes)
        form.addRow(self.tr("&Base légale (article 6)"), self.legal_basis)
        form.addRow(self.tr("&Justification de la base légale"), self.legal_basis_detail)
        form.addRow(self.tr("Condition de l'article &9.2 (données sensibles)"), self.art9)
        form.addRow(self.tr("Précisions sur la condition de l'article 9"), self.art9_detail)
        return page

    def _persons(self) -> QWidget:
        page = QWidget()
        self.persons = CheckList(V.PERSON_CATEGORIES, self._lang, page)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Catégories de personnes concernées :"), page))
        layout.addWidget(self.persons)
        layout.addStretch(1)
        return page

    def _data(self) -> QWidget:
        page = QWidget()
        self.data_categories = CheckList(V.DATA_CATEGORIES, self._lang, page)
        self.sensitive = CheckList(V.SENSITIVE_DATA, self._lang, page)
        self.data_source = TextEdit(page)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Catégories de données collectées :"), page))
        layout.addWidget(self.data_categories)
        layout.addWidget(QLabel(self.tr("Données sensibles :"), page))
        layout.addWidget(self.sensitive)
        source = QLabel(self.tr("&Source des données :"), page)
        source.setBuddy(self.data_source)
        layout.addWidget(source)
        layout.addWidget(self.data_source)
        return page

    def _recipients(self, processors: list[Processor]) -> QWidget:
        page = QWidget()
        self.recipients_internal = LinesEdit(page)
        self.recipients_external = LinesEdit(page)
        self.processor_model = QStandardItemModel(page)
        for p in processors:
            item = QStandardItem(f"{p.ref} — {p.name}")
            item.setData(p.ref, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            self.processor_model.appendRow(item)
        self.processor_list = QListView(page)
        self.processor_list.setObjectName("processors")
        self.processor_list.setModel(self.processor_model)
        self.processor_list.setAccessibleName(self.tr("Sous-traitants intervenant dans cette activité"))
        self.transfers_outside_eu = QCheckBox(
            self.tr("Des données sont &transférées hors de l'Union européenne"), page
        )
        self.transfers = TransferRows(self._lang, page)
        self.transfers_outside_eu.toggled.connect(self.transfers.setEnabled)
        form = QFormLayout(page)
        form.addRow(self.tr("Destinataires &internes (un par ligne)"), self.recipients_internal)
        form.addRow(self.tr("&Organismes externes (un par ligne)"), self.recipients_external)
        form.addRow(self.tr("S&ous-traitants (cochez)"), self.processor_list)
        form.addRow(self.transfers_outside_eu)
        form.addRow(self.tr("Pays et garanties"), self.transfers)
        return page

    def _retention(self) -> QWidget:
        self.retention = RetentionRows(self._lang)
        return self.retention

    def _security(self) -> QWidget:
        page = QWidget()
        self.measure_status = QLabel(page)
        self.measure_status.setObjectName("measure_status")
        self.measure_status.setWordWrap(True)
        self.measure_status.setTextFormat(Qt.TextFormat.RichText)
        self.measure_status.setText(self.tr("Lecture de l'auto-évaluation de sécurité…"))
        self.security = CheckList(V.SECURITY_MEASURES, self._lang, page)
        self.prefill_measures = QPushButton(self.tr("&Pré-cocher depuis l'auto-évaluation"), page)
        self.prefill_measures.setObjectName("prefill_measures")
        self.prefill_measures.setToolTip(
            self.tr(
                "Coche les mesures que vos réponses à l'auto-évaluation de sécurité confirment ; "
                "les autres cases restent telles quelles"
            )
        )
        self.prefill_measures.setVisible(self._checklist_measures is not None)
        self.prefill_measures.clicked.connect(self.prefill_from_checklist)
        self.prefill_result = QLabel(page)
        self.prefill_result.setObjectName("prefill_result")
        self.prefill_result.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.measure_status)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Vos précisions (facultatif) : cochez une mesure pour décrire comment elle est faite pour "
                    "cette activité. Le registre imprimé ne la donne comme en place que si l'auto-évaluation "
                    "le confirme."
                ),
                page,
                wordWrap=True,
            )
        )
        layout.addWidget(self.security)
        row = QHBoxLayout()
        row.addWidget(self.prefill_measures)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.prefill_result)
        layout.addStretch(1)
        return page

    def load_assessment(self) -> None:
        """Read the latest self-assessment on the worker: the tab shows what the register will state."""
        if self._checklist_measures is None:
            self.show_measure_status()
            return

        def done(found: RegisterMeasures | None) -> None:
            if isValid(self.measure_status):
                self._assessment = found
                self.show_measure_status()

        def failed(exc: BaseException) -> None:
            if isValid(self.measure_status):
                self.measure_status.setText(html.escape(error_text(exc)))

        self._worker.submit(self._checklist_measures, done, failed)

    def show_measure_status(self) -> None:
        """In place (the self-assessment answered "yes"), declared by you, or to be put in place."""
        found = self._assessment
        catalogue = self._measure_catalogue
        if not catalogue:
            self.measure_status.setText("")
            return
        lines = register_measures.statement(self.security.value(), found.measures if found else None, catalogue)
        muted = theme.hex_color("muted")

        def item(line: register_measures.MeasureLine) -> str:
            label = line.label_en if self._lang == "en" else line.label_fr
            questions = ", ".join(line.items)
            return f"<li>{html.escape(label)}" + (
                f" <span style='color:{muted}'>({html.escape(questions)})</span>" if questions else ""
            ) + "</li>"

        groups = [
            (self.tr("En place d'après l'auto-évaluation"), [x for x in lines if x.standing == "in_place"]),
            (
                self.tr("Cochées par vous, pas encore vérifiées par l'auto-évaluation"),
                [x for x in lines if x.standing == "declared"],
            ),
            (
                self.tr(
                    "Pré-cochées par un modèle d'une version précédente de Vigie, jamais confirmées : le registre "
                    "les donne à confirmer (répondez aux questions, ou décochez-les)"
                ),
                [x for x in lines if x.standing == "template"],
            ),
            (
                self.tr("À mettre en place (ou à confirmer dans Sécurité › Auto-évaluation)"),
                [x for x in lines if x.standing in ("to_do", "unassessed")],
            ),
        ]
        if found is None:
            head = self.tr(
                "Aucune auto-évaluation de sécurité pour l'instant : le registre ne donne aucune mesure comme "
                "en place. Répondez aux questions dans Sécurité › Auto-évaluation."
            )
        else:
            year = str(found.year) if found.closed else self.tr("%1 (en cours)").replace("%1", str(found.year))
            head = self.tr(
                "Le registre imprimé reprend l'auto-évaluation de sécurité %1 ; entre parenthèses, les questions "
                "qui décident de chaque mesure."
            ).replace("%1", year)
        parts = [f"<p>{html.escape(head)}</p>"]
        for title, members in groups:
            if members:
                parts.append(f"<p><b>{html.escape(title)}</b></p><ul>" + "".join(map(item, members)) + "</ul>")
        self.measure_status.setText("".join(parts))

    def prefill_from_checklist(self) -> None:
        """Read the latest self-assessment on the worker, then tick what it supports (nothing is saved yet)."""
        if self._checklist_measures is None:
            return
        self.prefill_measures.setEnabled(False)

        def done(found: RegisterMeasures | None) -> None:
            if isValid(self.prefill_measures):
                self.prefill_measures.setEnabled(True)
                self.apply_checklist_measures(found)

        def failed(exc: BaseException) -> None:
            if isValid(self.prefill_measures):
                self.prefill_measures.setEnabled(True)
                self.prefill_result.setText(error_text(exc))

        self._worker.submit(self._checklist_measures, done, failed)

    def apply_checklist_measures(self, found: RegisterMeasures | None) -> MeasureMerge | None:
        if found is None:
            self.prefill_result.setText(
                self.tr("Aucune auto-évaluation de sécurité pour l'instant : rien n'a été coché.")
            )
            return None
        merged = register_measures.merge(
            self.security.value(),
            found.measures,
            list(V.SECURITY_MEASURES),
            self._measure_labels,
            found.year,
            found.closed,
        )
        self.security.set_value(merged.measures)
        self._assessment = found
        self.show_measure_status()
        label = (
            self.tr("l'auto-évaluation %1") if found.closed else self.tr("l'auto-évaluation %1 (en cours)")
        )
        label = label.replace("%1", str(found.year))
        names = [V.SECURITY_MEASURES[c].label(self._lang) for c in (*merged.ticked, *merged.confirmed)]
        if names:
            text = self.tr("Cochées d'après %1 : %2.").replace("%1", label).replace("%2", " ; ".join(names))
        else:
            text = self.tr("%1 ne confirme aucune mesure pour l'instant : rien n'a été coché.").replace(
                "%1", label
            )
        if merged.unconfirmed:
            others = " ; ".join(V.SECURITY_MEASURES[c].label(self._lang) for c in merged.unconfirmed)
            text += " " + self.tr(
                "Non confirmées par l'auto-évaluation, laissées telles quelles : %1."
            ).replace("%1", others)
        if merged.changed:
            text += " " + self.tr("Enregistrez la fiche pour conserver ces cases.")
        self.prefill_result.setText(text)
        self.update_missing()
        return merged

    def _dpia(self) -> QWidget:
        page = QWidget()
        self.dpia = QComboBox(page)
        self.dpia.addItem(self.tr("— non renseigné —"), None)
        self.dpia.addItem(self.tr("Non"), False)
        self.dpia.addItem(self.tr("Oui"), True)
        self.dpia_reason = TextEdit(page)
        self.information = TextEdit(page)
        form = QFormLayout(page)
        form.addRow(self.tr("&Analyse d'impact (AIPD) nécessaire ?"), self.dpia)
        form.addRow(self.tr("&Raison"), self.dpia_reason)
        form.addRow(self.tr("&Information des personnes"), self.information)
        return page

    # --- values -----------------------------------------------------------------------------------------
    def load(self, a: Activity) -> None:
        self.ref.setText(a.ref or self.tr("attribuée à l'enregistrement"))
        self.dates.setText(
            " / ".join(formats.day(in_paris(from_iso(x))) for x in (a.created_at, a.updated_at) if x) or "—"
        )
        self.name.setText(a.name)
        self.software.setText(a.software)
        self.joint_controller.setText(a.joint_controller)
        select(self.status, a.status)
        self.purposes.set_lines(a.purposes)
        select(self.legal_basis, a.legal_basis)
        self.legal_basis_detail.setText(a.legal_basis_detail)
        select(self.art9, a.art9_condition)
        self.art9_detail.setText(a.art9_detail)
        self.persons.set_value(a.persons)
        self.data_categories.set_value(a.data_categories)
        self.sensitive.set_value(a.sensitive_data)
        self.data_source.setText(a.data_source)
        self.recipients_internal.set_lines(a.recipients_internal)
        self.recipients_external.set_lines(a.recipients_external)
        for row in range(self.processor_model.rowCount()):
            item = self.processor_model.item(row)
            ref = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if ref in a.processor_refs else Qt.CheckState.Unchecked)
        self.transfers_outside_eu.setChecked(a.transfers_outside_eu)
        self.transfers.set_value(a.transfers)
        self.transfers.setEnabled(a.transfers_outside_eu)
        self.retention.set_value(a.retention)
        self.security.set_value(a.security_measures)
        self.dpia.setCurrentIndex({None: 0, False: 1, True: 2}[a.dpia_required])
        self.dpia_reason.setText(a.dpia_reason)
        self.information.setText(a.information)
        self.update_missing()

    def activity(self) -> Activity:
        refs = []
        for row in range(self.processor_model.rowCount()):
            item = self.processor_model.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                refs.append(item.data(Qt.ItemDataRole.UserRole))
        return replace(
            self._original,
            name=self.name.text(),
            software=self.software.text(),
            joint_controller=self.joint_controller.text(),
            status=self.status.currentData(),
            purposes=self.purposes.lines(),
            legal_basis=self.legal_basis.currentData() or "",
            legal_basis_detail=self.legal_basis_detail.text(),
            art9_condition=self.art9.currentData() or "",
            art9_detail=self.art9_detail.text(),
            persons=self.persons.value(),
            data_categories=self.data_categories.value(),
            sensitive_data=self.sensitive.value(),
            data_source=self.data_source.text(),
            recipients_internal=self.recipients_internal.lines(),
            recipients_external=self.recipients_external.lines(),
            processor_refs=tuple(refs),
            transfers_outside_eu=self.transfers_outside_eu.isChecked(),
            transfers=self.transfers.value(),
            retention=self.retention.value(),
            security_measures=self.security.value(),
            dpia_required=self.dpia.currentData(),
            dpia_reason=self.dpia_reason.text(),
            information=self.information.text(),
        )

    def update_missing(self) -> None:
        gaps = self.activity().normalized().missing()
        if gaps:
            self.missing.setText(
                self.tr("À compléter : %1").replace("%1", self.tr(" ; ").join(problem_text(g) for g in gaps))
            )
        else:
            self.missing.setText(self.tr("Fiche complète : vous pouvez la passer à l'état « Complète »."))

    def submit(self) -> None:
        activity = self.activity()
        self.buttons.setEnabled(False)
        self.error.clear()

        def done(saved: Activity) -> None:
            if not isValid(self.buttons):
                return
            self.saved = saved
            self.buttons.setEnabled(True)
            self.accept()

        def failed(exc: BaseException) -> None:
            if not isValid(self.buttons):
                return
            self.buttons.setEnabled(True)
            self.error.setText(error_text(exc))
            self.update_missing()

        self._worker.submit(lambda: self._save(activity), done, failed)
