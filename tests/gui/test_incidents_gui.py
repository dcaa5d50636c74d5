"""The incident journal GUI: table model, the breach wizard's three scenarios, countdown, documents."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from core.domain.incident import IncidentSummary
from core.services.incidents import IncidentService
from gui.context import AppContext
from gui.models.incidents import COL_DEADLINE, COLUMNS, ID_ROLE, SORT_ROLE, IncidentTableModel
from gui.pages.incidents import IncidentsPage
from gui.widgets.countdown import CountdownWidget
from gui.wizards.breach_wizard import BreachWizard


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 27, 18, 5, tzinfo=UTC))


@pytest.fixture
def ctx(vault, worker, app_settings, clock) -> AppContext:
    return AppContext(vault=vault, worker=worker, settings=app_settings, clock=clock)


def summary(i: int, **kw) -> IncidentSummary:
    base = dict(
        id=i,
        title=f"Incident {i}",
        status="open",
        aware_at=datetime(2025 + i % 2, 1, 1, tzinfo=UTC),
        risk="high",
        severity_level="very_high",
        notify=True,
        inform=False,
        overridden=False,
        notified_at=None,
        deadline=datetime(2025 + i % 2, 1, 4, tzinfo=UTC),
    )
    base.update(kw)
    return IncidentSummary(**base)


def test_table_model(qtmodeltester) -> None:
    model = IncidentTableModel()
    model.set_rows(
        [
            summary(1),
            summary(
                2, status="closed", risk=None, severity_level=None, notify=None, inform=None, deadline=None
            ),
            summary(3, overridden=True),
        ],
        now=datetime(2027, 1, 1, tzinfo=UTC),
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.columnCount() == 7
    assert model.index(1, 5).data() == "à évaluer"
    assert model.index(0, COL_DEADLINE).data().startswith("dépassée")
    assert model.index(0, COL_DEADLINE).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.headers()[COL_DEADLINE] == "Échéance CNIL" and len(COLUMNS) == 7
    model.set_status("closed")
    assert model.rowCount() == 1
    model.set_status(None)
    model.set_year(2025)
    assert model.rowCount() == 1
    model.set_year(None)
    model.sort(3, Qt.SortOrder.AscendingOrder)
    assert model.index(0, 3).data(SORT_ROLE) == -1
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 1).data(SORT_ROLE) for r in range(3)] == ["incident 3", "incident 2", "incident 1"]
    qtmodeltester.check(model)


def test_text_filter_combines_with_status_and_sort(qtmodeltester) -> None:
    model = IncidentTableModel()
    rows = [
        summary(1, title="Vol de l'ordinateur portable"),
        summary(2, title="Courriel au mauvais destinataire", status="closed"),
        summary(3, title="Vol du téléphone"),
        summary(12, title="Clé USB perdue"),
    ]
    model.set_rows(rows, now=datetime(2027, 1, 1, tzinfo=UTC), sort=(1, Qt.SortOrder.AscendingOrder))
    assert [model.row_at(r).id for r in range(4)] == [12, 2, 1, 3]
    model.set_text("VOL")
    assert sorted(model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())) == [1, 3]
    model.set_text("vol ordi")
    assert model.rowCount() == 1 and model.row_at(0).id == 1
    model.set_text("n° 12")
    assert model.rowCount() == 1 and model.row_at(0).id == 12
    model.set_text("")
    model.set_status("closed")
    assert model.rowCount() == 1 and model.row_at(0).id == 2
    model.set_status(None)
    model.set_text("vol")
    model.sort(1, Qt.SortOrder.DescendingOrder)  # sorting keeps the filter
    assert [model.row_at(r).id for r in range(model.rowCount())] == [3, 1]
    model.set_text("")
    assert [model.row_at(r).id for r in range(model.rowCount())] == [3, 1, 2, 12]
    qtmodeltester.check(model)


def _wizard(qtbot, ctx) -> BreachWizard:
    wizard = BreachWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _answer_what(wizard: BreachWizard, title: str, origin: str) -> None:
    assert wizard.step == "what"
    wizard.title_edit.setText(title)
    wizard.origin_combo.setCurrentIndex(wizard.origin_combo.findData(origin))
    wizard.go_next()


def test_first_step_records_awareness_immediately(qtbot, ctx, clock) -> None:
    wizard = _wizard(qtbot, ctx)
    service = IncidentService(ctx.vault)
    (row,) = service.list()
    assert row.aware_at == clock.now and row.id == wizard.incident.id
    wizard.go_next()  # no title yet
    assert wizard.step == "what" and "titre" in wizard.problem.text()
    wizard.reject()
    assert len(service.list()) == 1  # cancelling keeps the incident and its awareness time


def test_stolen_encrypted_laptop_is_documented_only(qtbot, ctx) -> None:
    wizard = _wizard(qtbot, ctx)
    _answer_what(wizard, "Vol de l'ordinateur portable", "lost_or_stolen_device")
    wizard.personal_yes.setChecked(True)
    wizard.disclosed_check.setChecked(True)
    wizard.go_next()
    wizard.category_checks["health"].setChecked(True)
    wizard.subject_checks["patients"].setChecked(True)
    wizard.count_unknown.setChecked(False)
    wizard.count_spin.setValue(1500)
    wizard.go_next()
    assert wizard.step == "circumstances" and not wizard.avail_box.isVisibleTo(wizard)
    wizard.protection_combo.setCurrentIndex(wizard.protection_combo.findData("encrypted_key_safe"))
    wizard.go_next()
    assert wizard.step == "conclusion"
    assert "Pas de notification" in wizard.verdict.text()
    assert "34(3)(a)" in wizard.reasons_view.toPlainText()
    wizard.go_next()
    assert wizard.step == "next_steps" and "Notifier la CNIL" not in wizard.steps_view.toPlainText()
    wizard.finish()
    assert wizard.saved
    record = IncidentService(ctx.vault).get(wizard.incident.id)
    assert record.latest.result.risk == "none" and not record.must_notify
    assert record.incident.title == "Vol de l'ordinateur portable"


def test_lost_usb_key_with_patient_records_notify_and_inform(qtbot, ctx) -> None:
    wizard = _wizard(qtbot, ctx)
    _answer_what(wizard, "Clé USB perdue", "lost_or_stolen_device")
    wizard.personal_yes.setChecked(True)
    wizard.disclosed_check.setChecked(True)
    wizard.go_next()
    for key in ("civil_status", "health"):
        wizard.category_checks[key].setChecked(True)
    wizard.subject_checks["patients"].setChecked(True)
    wizard.go_next()
    wizard.protection_combo.setCurrentIndex(wizard.protection_combo.findData("none"))
    wizard.go_next()
    assert "Notifier la CNIL avant le 30/03/2026 à 20:05" in wizard.verdict.text()
    assert "Informer aussi les personnes" in wizard.verdict.text()
    assert "Quelqu'un a-t-il pu voir les données ?" in wizard.changes_label.text()
    wizard.go_next()
    assert "Notifier la CNIL" in wizard.steps_view.toPlainText()
    wizard.finish()
    record = IncidentService(ctx.vault).get(wizard.incident.id)
    assert record.must_notify and record.must_inform and not record.decision.overridden


def test_ransomware_without_backup_and_a_justified_override(qtbot, ctx) -> None:
    wizard = _wizard(qtbot, ctx)
    _answer_what(wizard, "Rançongiciel sur le poste d'accueil", "hacking_malware_phishing")
    wizard.personal_yes.setChecked(True)
    wizard.unavailable_check.setChecked(True)
    wizard.disclosed_check.setChecked(True)
    wizard.go_next()
    wizard.category_checks["health"].setChecked(True)
    wizard.go_next()
    assert wizard.avail_box.isVisibleTo(wizard)
    wizard.backup_combo.setCurrentIndex(wizard.backup_combo.findData(False))
    wizard.care_check.setChecked(True)
    wizard.go_next()
    assert wizard.result.notify_authority and wizard.result.inform_subjects
    wizard.override_check.setChecked(True)
    wizard.override_inform.setChecked(False)
    wizard.justification_edit.setPlainText("court")
    wizard.finish()
    assert not wizard.saved and "justifiez" in wizard.problem.text()
    assert IncidentService(ctx.vault).get(wizard.incident.id).assessments == ()  # nothing half-saved
    wizard.justification_edit.setPlainText(
        "Les patients seront prévenus après le diagnostic du prestataire demain."
    )
    wizard.finish()
    assert wizard.saved
    record = IncidentService(ctx.vault).get(wizard.incident.id)
    assert record.decision.overridden and record.must_notify and not record.must_inform
    steps = {s.key for s in record.steps}
    assert {"cnil", "contain_isolate", "contain_no_ransom", "police"} <= steps and "inform" not in steps


def test_no_personal_data_goes_straight_to_the_conclusion(qtbot, ctx) -> None:
    wizard = _wizard(qtbot, ctx)
    _answer_what(wizard, "Panne d'imprimante", "other")
    wizard.personal_no.setChecked(True)
    wizard.go_next()
    assert wizard.step == "conclusion" and "pas une violation" in wizard.verdict.text()
    wizard.go_back()
    assert wizard.step == "involved"


def test_countdown_with_a_fake_clock(qtbot, ctx, clock) -> None:
    service = IncidentService(ctx.vault, clock)
    sent: list[tuple[str, str]] = []
    widget = CountdownWidget(ctx, notifier=lambda title, text: sent.append((title, text)))
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.loads == 1)
    assert widget.isHidden()

    def reload() -> None:  # the test wrote behind the GUI's back: read again, as a change signal would
        before = widget.loads
        widget.refresh()
        qtbot.waitUntil(lambda: widget.loads > before)

    from tests.core.breach_helpers import facts
    from tests.core.test_incident_service import USB

    incident = service.start("Clé USB perdue")
    service.assess(incident.id, facts(**USB))
    reload()
    assert not widget.isHidden() and widget.text() == "CNIL : 72 h 00 restantes"
    assert sent == []
    clock.now += timedelta(hours=50)
    widget.tick()
    assert widget.text() == "CNIL : 22 h 00 restantes" and len(sent) == 1 and "22 h 00" in sent[0][1]
    widget.tick()
    assert len(sent) == 1  # once per threshold
    clock.now += timedelta(hours=21, minutes=30)
    widget.tick()
    assert len(sent) == 2 and "0 h 30" in sent[1][1]
    clock.now += timedelta(hours=2)
    widget.tick()
    assert widget.text() == "CNIL : délai dépassé de 1 h 30"
    service.record_notification(incident.id, clock.now, "N-9", delay_reason="Cabinet fermé.")
    reload()
    assert widget.isHidden()


def test_page_lists_filters_and_documents(qtbot, demo_vault, worker, app_settings, tmp_path) -> None:
    ctx = AppContext(vault=demo_vault, worker=worker, settings=app_settings)
    page = IncidentsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 3, timeout=10_000)
    page.status_filter.setCurrentIndex(page.status_filter.findData("open"))
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.record is not None, timeout=10_000)
    assert page.record.incident.status == "open"
    assert "Il reste" in page.header.text()
    assert page.buttons["close"].isEnabled()
    page.show_dossier()
    qtbot.waitUntil(lambda: getattr(page, "preview", None) is not None, timeout=20_000)
    preview = page.preview
    assert len(preview.pages) >= 3
    preview.save_to(tmp_path / "dossier")
    assert (tmp_path / "dossier.pdf").read_bytes().startswith(b"%PDF")
    page.show_letter()
    qtbot.waitUntil(lambda: getattr(page, "letter_dialog", None) is not None, timeout=10_000)
    letter = page.letter_dialog
    letter.edits["advice"].setPlainText("Changez vos mots de passe.")
    letter.recipients.setPlainText("Mme Alice Durand ; 3 place Bellecour, 69002 Lyon\nM. Paul Roux")
    data = letter.pdf(datetime(2026, 11, 29, 10, 0, tzinfo=UTC))
    from io import BytesIO

    from pypdf import PdfReader

    reader = PdfReader(BytesIO(data))
    assert len(reader.pages) == 2 and "Changez vos mots de passe." in reader.pages[1].extract_text()
    dialog = page.add_event("contained")
    dialog.note.setPlainText("Mots de passe changés")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.event_id is not None, timeout=10_000)
    qtbot.waitUntil(lambda: "Mots de passe changés" in page.timeline.toPlainText(), timeout=10_000)
    first = page.steps.item(0)
    key = first.data(Qt.ItemDataRole.UserRole)
    first.setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(
        lambda: any(s.key == key and s.done for s in IncidentService(ctx.vault).get(page.record.incident.id).steps),
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: page.steps.count() and page.steps.item(0).checkState() == Qt.CheckState.Checked)


def test_awareness_correction_and_attachment_export(qtbot, ctx, clock, tmp_path) -> None:
    from core.domain.incident import NewAttachment

    service = IncidentService(ctx.vault, clock)
    incident = service.start("Appel de l'éditeur")
    service.add_event(
        incident.id,
        "note",
        clock.now,
        "Courriel de l'éditeur",
        attachments=[NewAttachment("courriel.eml", b"From: editeur@exemple.fr")],
    )
    page = IncidentsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 1, timeout=10_000)
    page.select_incident(incident.id)
    qtbot.waitUntil(lambda: "courriel.eml" in page.timeline.toHtml(), timeout=10_000)
    att = service.get(incident.id).events[-1].attachments[0]
    page.save_attachment(att.id, tmp_path / "copie.eml")
    qtbot.waitUntil(lambda: page.saved_attachment is not None, timeout=10_000)
    assert page.saved_attachment.read_bytes() == b"From: editeur@exemple.fr"
    dialog = page.correct_awareness()
    dialog.when.setDateTime(dialog.when.dateTime().addSecs(-3600 * 5))
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=10_000)
    assert dialog.result() == 0  # a reason is required
    dialog.reason.setPlainText("Le courriel de l'éditeur était arrivé la veille au soir.")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=10_000)
    record = service.get(incident.id)
    assert record.incident.aware_at == clock.now - timedelta(hours=5)
    assert any(e.kind == "awareness_changed" for e in record.events)


def test_wizard_records_the_occurrence(qtbot, ctx, clock) -> None:
    wizard = _wizard(qtbot, ctx)
    wizard.title_edit.setText("Courrier égaré")
    wizard.start_unknown.setChecked(False)
    wizard.start_edit.setDateTime(wizard.start_edit.dateTime().addDays(1))
    wizard.go_next()
    assert wizard.step == "what" and "après la prise de connaissance" in wizard.problem.text()
    wizard.start_edit.setDateTime(wizard.start_edit.dateTime().addDays(-3))
    wizard.ongoing_check.setChecked(True)
    wizard.go_next()
    assert wizard.step == "involved"
    wizard.personal_unknown.setChecked(True)
    wizard.go_next()
    wizard.go_next()
    wizard.go_next()
    wizard.finish()
    record = IncidentService(ctx.vault).get(wizard.incident.id)
    assert record.incident.ongoing and record.incident.occurred_start == clock.now - timedelta(days=2)
    assert record.latest.facts.occurred_at == record.incident.occurred_start


def test_search_field_filters_and_keeps_the_selection(qtbot, ctx) -> None:
    service = IncidentService(ctx.vault, ctx.clock)
    first = service.start("Vol de l'ordinateur portable")
    service.start("Courriel envoyé au mauvais destinataire")
    page = IncidentsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 2, timeout=10_000)
    page.select_incident(first.id)
    qtbot.waitUntil(lambda: page.record is not None, timeout=10_000)
    page.search.setText("ORDI")
    assert page.model.rowCount() == 1
    assert page.table.selectionModel().currentIndex().data(ID_ROLE) == first.id
    assert page.record is not None and page.record.incident.id == first.id
    page.search.setText("courriel")
    assert page.model.rowCount() == 1
    page.search.clear()
    assert page.model.rowCount() == 2


def test_rows_prepared_on_the_worker_show_as_the_same_list(qtmodeltester) -> None:
    from gui.models.incidents import prepare_rows

    rows = [summary(1, title="Vol"), summary(2, title="Appel", status="closed"), summary(3, title="Clé")]
    sort = (1, Qt.SortOrder.AscendingOrder)
    direct, prepared = IncidentTableModel(), IncidentTableModel()
    direct.set_rows(rows, sort=sort)
    prepared.set_rows(prepare_rows(rows, sort), sort=sort)
    assert [prepared.row_at(r).id for r in range(3)] == [direct.row_at(r).id for r in range(3)] == [2, 3, 1]
    prepared.set_text("vol")
    assert prepared.rowCount() == 1 and prepared.row_at(0).id == 1
    qtmodeltester.check(prepared)
