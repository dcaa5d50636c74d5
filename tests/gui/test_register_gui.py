"""Register and processors screens: models (qtmodeltester), first-use templates, editors, exports, import."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from core.domain.register import Period
from core.services.register import RegisterService
from gui.context import AppContext
from gui.main_window import MainWindow
from gui.models.register_models import (
    SORT_ROLE,
    ActivityTableModel,
    ProcessorTableModel,
    RegisterFilterProxy,
)
from gui.pages.processors import ProcessorsPage
from gui.pages.register import RegisterPage
from tests.core.register_fixtures import full_activity, full_processor


@pytest.fixture
def ctx(vault, worker, app_settings):
    return AppContext(vault=vault, worker=worker, settings=app_settings)


def _idle(qtbot, ctx):
    qtbot.waitUntil(lambda: not ctx.worker.busy, timeout=10_000)


def test_activity_model_passes_the_model_tester(qtmodeltester, demo_vault):
    model = ActivityTableModel("fr")
    qtmodeltester.check(model)
    model.set_rows(RegisterService(demo_vault).activities())
    qtmodeltester.check(model)
    proxy = RegisterFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_processor_model_passes_the_model_tester(qtmodeltester, demo_vault):
    service = RegisterService(demo_vault)
    model = ProcessorTableModel("en")
    model.set_rows(service.processors(), service.today(), {"P01": 2})
    qtmodeltester.check(model)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Réf."
    assert model.data(model.index(0, ProcessorTableModel.COL_ROLE)) == "Processor (art. 28)"
    assert model.data(model.index(0, ProcessorTableModel.COL_ACTIVITIES)) == "2"


def test_sorting_is_numeric_on_references_and_filter_matches_any_column(vault):
    service = RegisterService(vault)
    for i in range(11):
        service.create_activity(
            full_activity(name=f"Activité {i}", status="draft", legal_basis="f" if i == 10 else "c")
        )
    model = ActivityTableModel("fr")
    model.set_rows(service.activities())
    proxy = RegisterFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(ActivityTableModel.COL_REF, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data() == "T11" and proxy.index(1, 0).data() == "T10"
    assert isinstance(proxy.index(0, 0).data(SORT_ROLE), int)
    proxy.setFilterFixedString("intérêt légitime")
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data() == "T11"


def test_completeness_column_lists_what_is_missing(vault):
    service = RegisterService(vault)
    service.create_activity(full_activity(information="", status="draft"))
    model = ActivityTableModel("fr")
    model.set_rows(service.activities())
    index = model.index(0, ActivityTableModel.COL_COMPLETENESS)
    assert index.data().endswith("%") and index.data() != "100 %"
    assert "informées" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_first_use_templates_fill_the_register(qtbot, ctx):
    page = RegisterPage(ctx)
    qtbot.addWidget(page)
    _idle(qtbot, ctx)
    assert page.empty_banner.isVisibleTo(page)
    picker = page.choose_templates()
    keys = picker.chosen()
    assert "patient_record_doctor" in keys and "video" not in keys  # the practice is a GP
    picker.accept()
    _idle(qtbot, ctx)
    qtbot.waitUntil(lambda: page.model.rowCount() == len(keys), timeout=10_000)
    assert not page.empty_banner.isVisibleTo(page)
    assert "ajoutée" in page.status.text()
    again = page.choose_templates()
    assert again.chosen() == []  # what is already in the register is not proposed twice
    again.reject()


def test_validating_a_record_lists_what_is_missing(qtbot, ctx):
    service = RegisterService(ctx.vault, ctx.clock)
    service.apply_templates(["accounting"], create_processors=False)
    page = RegisterPage(ctx)
    qtbot.addWidget(page)
    _idle(qtbot, ctx)
    page.table.selectRow(0)
    page.mark_complete()
    _idle(qtbot, ctx)
    assert "à préciser" in page.status.text() and service.activity("T01").status == "draft"
    service.update_activity(replace(service.activity("T01"), software="Tableur"))
    page.refresh()
    _idle(qtbot, ctx)
    page.table.selectRow(0)
    page.mark_complete()
    _idle(qtbot, ctx)
    assert "validée" in page.status.text() and service.activity("T01").status == "complete"


def test_editor_requires_a_justification_for_a_shorter_retention(qtbot, ctx):
    service = RegisterService(ctx.vault, ctx.clock)
    service.apply_templates(["patient_record_doctor"], create_processors=False)
    page = RegisterPage(ctx)
    qtbot.addWidget(page)
    _idle(qtbot, ctx)
    page.table.selectRow(0)
    editor = page.open_editor(page.selected())
    row = editor.retention.rows[0]
    row.active.amount.setValue(3)
    editor.submit()
    _idle(qtbot, ctx)
    assert editor.isVisible() and "durée recommandée" in editor.error.text()
    row.justification.setText("Choix validé avec mon conseil de l'Ordre")
    editor.name.setText("Dossier médical")
    with qtbot.waitSignal(editor.accepted, timeout=10_000):
        editor.submit()
    saved = service.activity("T01")
    assert saved.name == "Dossier médical" and saved.retention[0].active == Period(3, "years")
    _idle(qtbot, ctx)
    assert page.model.activity(0).name == "Dossier médical"


def test_new_activity_round_trips_every_editor_field(qtbot, ctx):
    service = RegisterService(ctx.vault, ctx.clock)
    service.create_processor(full_processor())
    expected = full_activity(processor_refs=("P01",))
    page = RegisterPage(ctx)
    qtbot.addWidget(page)
    _idle(qtbot, ctx)
    editor = page.open_editor(None)
    editor.load(expected)
    assert "complète" in editor.missing.text().lower()
    with qtbot.waitSignal(editor.accepted, timeout=10_000):
        editor.submit()
    stored = service.activity("T01")
    assert replace(stored, ref="", created_at="", updated_at="") == expected.validated()


def test_processors_page_warns_and_edits(qtbot, ctx):
    service = RegisterService(ctx.vault, ctx.clock)
    service.apply_templates(["appointments", "accounting"])
    today = service.today()
    platform = service.processors()[0]
    service.update_processor(replace(platform, hds_reference="HDS-1", hds_expiry=today + timedelta(days=20)))
    page = ProcessorsPage(ctx)
    qtbot.addWidget(page)
    _idle(qtbot, ctx)
    assert "1 certificat HDS à renouveler dans les 90 jours : P01" in page.warnings.text()
    editor = page.open_suggestion("shredding")
    editor.name.setText("Broyage Sécurisé SARL")
    editor.incident_contact.setText("contact@broyage.exemple")
    for row in range(editor.activity_model.rowCount()):
        if editor.activity_model.item(row).data(Qt.ItemDataRole.UserRole) == "T02":
            editor.activity_model.item(row).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(editor.accepted, timeout=10_000):
        editor.submit()
    created = service.processors()[-1]
    assert created.name == "Broyage Sécurisé SARL" and created.template_key == "shredding"
    assert service.activities_using(created.ref) == ["T02"]
    _idle(qtbot, ctx)
    assert page.model.rowCount() == 3
    page.table.selectRow(2)
    page.delete_selected(confirmed=True)
    _idle(qtbot, ctx)
    assert len(service.processors()) == 2


def test_exports_and_a_refused_import(qtbot, ctx, tmp_path):
    RegisterService(ctx.vault, ctx.clock).apply_templates(["patient_record_doctor"])
    page = RegisterPage(ctx)
    qtbot.addWidget(page)
    _idle(qtbot, ctx)
    for fmt in ("pdf", "json", "csv"):
        page.export_to(fmt, tmp_path / f"r.{fmt}")
        _idle(qtbot, ctx)
        assert (tmp_path / f"r.{fmt}").stat().st_size > 0
    assert "exporté" in page.status.text()
    doc = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    doc["activities"][0]["legal_basis"] = "z"
    (tmp_path / "bad.json").write_text(json.dumps(doc), encoding="utf-8")
    page.import_from(tmp_path / "bad.json")
    _idle(qtbot, ctx)
    assert "activities[0].legal_basis" in page.status.text()
    page.import_from(tmp_path / "r.json")
    _idle(qtbot, ctx)
    assert "1 activité," in page.status.text()


def test_main_window_shows_the_register_sections(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert isinstance(window.show_section("register"), RegisterPage)
    assert isinstance(window.show_section("processors"), ProcessorsPage)
    _idle(qtbot, ctx)


def test_processors_page_groups_hds_alerts_and_skips_art28_for_an_independent_controller(qtbot, ctx):
    service = RegisterService(ctx.vault, ctx.clock)
    service.apply_templates(["patient_record_doctor", "appointments", "teleconsultation", "accounting"])
    page = ProcessorsPage(ctx)
    qtbot.addWidget(page)
    _idle(qtbot, ctx)
    text = page.warnings.text()
    hosting = [p for p in service.processors() if p.hosts_health_data]
    assert len(hosting) >= 3
    assert text.count("\n") == 0  # one alert for all of them, not one line each
    assert text.startswith(f"{len(hosting)} prestataires hébergeant des données de santé sans certificat HDS")
    assert all(p.ref in text for p in hosting)
    accountant = next(p for p in service.processors() if p.role == "controller")
    editor = page.open_editor(accountant)
    assert not editor.clauses_box.isVisibleTo(editor)
    assert "l'article 28 et ses clauses ne s'appliquent pas" in editor.no_clauses.text()
    editor.role.setCurrentIndex(editor.role.findData("processor"))
    assert editor.clauses_box.isVisibleTo(editor) and not editor.no_clauses.isVisibleTo(editor)
    editor.reject()
