"""The incident journal GUI: table model, the breach wizard's three scenarios, countdown, documents."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from core.domain.incident import IncidentSummary
from core.services.incidents import IncidentService
from gui.context import AppContext
from gui.models.incidents import COL_DEADLINE, COLUMNS, ID_ROLE, SORT_ROLE, IncidentTableModel
from gui.ops import INCIDENTS
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


def _wizard(qtbot, ctx, **kw) -> BreachWizard:
    wizard = BreachWizard(ctx, **kw)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=10_000)
    return wizard


def _next(qtbot, wizard: BreachWizard) -> None:
    """Next, then wait for the worker (leaving step 1 and saving run there)."""
    wizard.go_next()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=10_000)


def _answer_awareness(qtbot, wizard: BreachWizard, hours_ago: float = 0) -> None:
    assert wizard.step == "awareness"
    edit = wizard.awareness_step.aware_edit
    edit.setDateTime(edit.dateTime().addSecs(-int(hours_ago * 3600)))
    _next(qtbot, wizard)
    assert wizard.step == "what"


def _answer_what(qtbot, wizard: BreachWizard, title: str, origin: str) -> None:
    assert wizard.step == "what"
    wizard.what_step.title_edit.setText(title)
    combo = wizard.what_step.origin_combo
    combo.setCurrentIndex(combo.findData(origin))
    _next(qtbot, wizard)


def _finish(qtbot, wizard: BreachWizard) -> None:
    wizard.finish()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=10_000)


def test_awareness_is_asked_first_and_recorded_when_leaving_it(qtbot, ctx, clock) -> None:
    wizard = _wizard(qtbot, ctx)
    assert wizard.step == "awareness" and wizard.incident is None
    assert IncidentService(ctx.vault).list() == []  # nothing before the first answer
    edit = wizard.awareness_step.aware_edit
    edit.setDateTime(edit.dateTime().addSecs(3 * 3600))  # the future is refused (clamped by the field)
    wizard.awareness_step.discovery_edit.setText("Appel d'un patient")
    _next(qtbot, wizard)
    (row,) = IncidentService(ctx.vault).list()
    assert row.aware_at <= clock.now and row.id == wizard.incident.id
    assert IncidentService(ctx.vault).get(row.id).incident.discovery == "Appel d'un patient"
    wizard.go_next()  # no title yet
    assert wizard.step == "what" and "titre" in wizard.problem.text()
    wizard.reject()
    assert len(IncidentService(ctx.vault).list()) == 1  # kept in the journal


def test_journalist_called_last_night_gives_awareness_plus_72_hours(qtbot, ctx, clock) -> None:
    """The issue's scenario: learned yesterday at 18:00 (Paris), entered this morning: the deadline is
    awareness + 72 h (art. 33(1) GDPR), with nothing to correct afterwards."""
    clock.now = datetime(2026, 12, 7, 8, 9, tzinfo=UTC)  # 09:09 in Paris, the next morning
    wizard = _wizard(qtbot, ctx)
    from gui.wizards.breach.common import set_moment

    set_moment(wizard.awareness_step.aware_edit, datetime(2026, 12, 6, 17, 0, tzinfo=UTC))  # 18:00 Paris
    wizard.awareness_step.discovery_edit.setText("Appel d'un journaliste")
    _next(qtbot, wizard)
    _answer_what(qtbot, wizard, "Serveur d'imagerie accessible depuis Internet", "unintended_publication")
    wizard.involved_step.personal_yes.setChecked(True)
    wizard.involved_step.disclosed_check.setChecked(True)
    _next(qtbot, wizard)
    wizard.which_step.category_checks["health"].setChecked(True)
    wizard.which_step.subject_checks["patients"].setChecked(True)
    _next(qtbot, wizard)
    circ = wizard.circumstances_step
    circ.protection_combo.setCurrentIndex(circ.protection_combo.findData("none"))
    circ.exposure_combo.setCurrentIndex(circ.exposure_combo.findData("known_and_unknown_recipients"))
    _next(qtbot, wizard)
    assert "Notifier la CNIL avant le 09/12/2026 à 18:00" in wizard.conclusion_step.verdict.text()
    _finish(qtbot, wizard)
    assert wizard.saved
    (row,) = IncidentService(ctx.vault).list()
    assert row.aware_at == datetime(2026, 12, 6, 17, 0, tzinfo=UTC)
    assert row.deadline == datetime(2026, 12, 9, 17, 0, tzinfo=UTC) and row.notify and row.inform


def test_stolen_encrypted_laptop_is_documented_only(qtbot, ctx) -> None:
    wizard = _wizard(qtbot, ctx)
    _answer_awareness(qtbot, wizard)
    _answer_what(qtbot, wizard, "Vol de l'ordinateur portable", "lost_or_stolen_device")
    wizard.involved_step.personal_yes.setChecked(True)
    wizard.involved_step.disclosed_check.setChecked(True)
    _next(qtbot, wizard)
    which = wizard.which_step
    which.category_checks["health"].setChecked(True)
    which.subject_checks["patients"].setChecked(True)
    which.count_row.unknown.setChecked(False)
    which.count_row.spin.setValue(1500)
    _next(qtbot, wizard)
    circ = wizard.circumstances_step
    assert wizard.step == "circumstances" and not circ.avail_box.isVisibleTo(wizard)
    circ.protection_combo.setCurrentIndex(circ.protection_combo.findData("encrypted_key_safe"))
    _next(qtbot, wizard)
    assert wizard.step == "conclusion"
    assert "Pas de notification" in wizard.conclusion_step.verdict.text()
    assert "34(3)(a)" in wizard.conclusion_step.reasons_view.toPlainText()
    _next(qtbot, wizard)
    assert wizard.step == "next_steps" and "Notifier la CNIL" not in wizard.next_step.steps_view.toPlainText()
    _finish(qtbot, wizard)
    assert wizard.saved
    record = IncidentService(ctx.vault).get(wizard.incident.id)
    assert not record.must_notify and record.latest.result.art34_exemption == "a"


def _reassess_unchanged(qtbot, ctx, incident_id: int) -> BreachWizard:
    record = IncidentService(ctx.vault).get(incident_id)
    wizard = _wizard(qtbot, ctx, record=record)
    while wizard.step != "conclusion":
        _next(qtbot, wizard)
    return wizard


def test_reassessing_without_touching_anything_gives_the_same_decision(qtbot, ctx) -> None:
    """Re-assessment starts from the latest facts: every answer kept, same conclusion, both ways."""
    from tests.core.breach_helpers import facts

    service = IncidentService(ctx.vault, ctx.clock)
    laptop = service.start("Portable chiffré volé")
    service.assess(
        laptop.id,
        facts(
            nature=["confidentiality"],
            origin="lost_or_stolen_device",
            cause="external_malicious",
            data_categories=["civil_status", "health"],
            subjects={"categories": ["patients"], "count": 800, "reachable": True},
            records_count=5000,
            identifiability="direct",
            protection="encrypted_key_safe",
            storage_medium="laptop",
            status="established",
        ),
    )
    exposed = service.start("Images exposées sur Internet")
    service.assess(
        exposed.id,
        facts(
            nature=["confidentiality"],
            origin="unintended_publication",
            cause="internal_accidental",
            data_categories=["civil_status", "health"],
            subjects={"categories": ["patients"], "count": 3000, "reachable": False},
            protection="none",
            dpc=4,
            context={"vulnerable_subjects": True},
            confidentiality={"exposure": "known_and_unknown_recipients"},
            malicious=False,
            authority_already_informed=False,
            discovery_means="third_party",
            cross_border=True,
        ),
    )
    for incident in (laptop, exposed):
        before = service.get(incident.id).latest
        wizard = _reassess_unchanged(qtbot, ctx, incident.id)
        assert wizard.facts == before.facts
        assert wizard.result == before.result
        _finish(qtbot, wizard)
        after = service.get(incident.id)
        assert len(after.assessments) == 2 and after.latest.facts == before.facts
        assert (after.decision.notify, after.decision.inform) == (
            before.result.notify_authority,
            before.result.inform_subjects,
        )
        assert not after.decision.overridden and after.incident.aware_at == incident.aware_at


def test_correcting_awareness_in_a_reassessment_needs_a_reason(qtbot, ctx, clock) -> None:
    service = IncidentService(ctx.vault, ctx.clock)
    incident = service.start("Appel de l'éditeur")
    wizard = _wizard(qtbot, ctx, incident_id=incident.id)
    qtbot.waitUntil(lambda: wizard.incident is not None, timeout=10_000)
    changed: list[bool] = []
    ctx.changes.changed.connect(lambda kinds: changed.append(INCIDENTS in kinds))
    edit = wizard.awareness_step.aware_edit
    edit.setDateTime(edit.dateTime().addSecs(-5 * 3600))
    assert wizard.awareness_step.reason_edit.isVisibleTo(wizard)
    _next(qtbot, wizard)
    assert wizard.step == "awareness" and "pourquoi" in wizard.problem.text()
    wizard.awareness_step.reason_edit.setText("Le courriel était arrivé la veille au soir.")
    _next(qtbot, wizard)
    assert wizard.step == "what" and changed == [True]
    record = service.get(incident.id)
    assert record.incident.aware_at < incident.aware_at
    assert any(e.kind == "awareness_changed" and "veille" in e.note for e in record.events)


def test_lost_usb_key_with_patient_records_notify_and_inform(qtbot, ctx) -> None:
    wizard = _wizard(qtbot, ctx)
    _answer_awareness(qtbot, wizard)
    _answer_what(qtbot, wizard, "Clé USB perdue", "lost_or_stolen_device")
    wizard.involved_step.personal_yes.setChecked(True)
    wizard.involved_step.disclosed_check.setChecked(True)
    _next(qtbot, wizard)
    for key in ("health", "civil_status"):
        wizard.which_step.category_checks[key].setChecked(True)
    wizard.which_step.subject_checks["patients"].setChecked(True)
    _next(qtbot, wizard)
    circ = wizard.circumstances_step
    circ.protection_combo.setCurrentIndex(circ.protection_combo.findData("none"))
    _next(qtbot, wizard)
    verdict = wizard.conclusion_step.verdict.text()
    assert "Notifier la CNIL avant le 30/03/2026 à 20:05" in verdict
    assert "Informer aussi les personnes" in verdict
    assert "Quelqu'un a-t-il pu voir les données ?" in wizard.conclusion_step.changes_label.text()
    _next(qtbot, wizard)
    assert "Notifier la CNIL" in wizard.next_step.steps_view.toPlainText()
    _finish(qtbot, wizard)
    record = IncidentService(ctx.vault).get(wizard.incident.id)
    assert record.must_notify and record.must_inform and not record.decision.overridden


def test_ransomware_without_backup_and_a_justified_override(qtbot, ctx) -> None:
    wizard = _wizard(qtbot, ctx)
    _answer_awareness(qtbot, wizard)
    _answer_what(qtbot, wizard, "Rançongiciel sur le poste d'accueil", "hacking_malware_phishing")
    wizard.involved_step.personal_yes.setChecked(True)
    wizard.involved_step.unavailable_check.setChecked(True)
    wizard.involved_step.disclosed_check.setChecked(True)
    _next(qtbot, wizard)
    wizard.which_step.category_checks["health"].setChecked(True)
    _next(qtbot, wizard)
    circ = wizard.circumstances_step
    assert circ.avail_box.isVisibleTo(wizard)
    circ.backup_combo.setCurrentIndex(circ.backup_combo.findData(False))
    circ.care_check.setChecked(True)
    _next(qtbot, wizard)
    assert wizard.result.notify_authority and wizard.result.inform_subjects
    conclusion = wizard.conclusion_step
    conclusion.override_check.setChecked(True)
    conclusion.override_inform.setChecked(False)
    conclusion.justification_edit.setPlainText("court")
    _finish(qtbot, wizard)
    assert not wizard.saved and "justifiez" in wizard.problem.text()
    assert IncidentService(ctx.vault).get(wizard.incident.id).assessments == ()  # nothing half-saved
    conclusion.justification_edit.setPlainText(
        "Les patients seront prévenus après le diagnostic du prestataire demain."
    )
    _finish(qtbot, wizard)
    assert wizard.saved
    record = IncidentService(ctx.vault).get(wizard.incident.id)
    assert record.decision.overridden and record.must_notify and not record.must_inform
    steps = {s.key for s in record.steps}
    assert {"cnil", "contain_isolate", "contain_no_ransom", "police"} <= steps and "inform" not in steps


def test_attack_contradicting_an_accidental_cause_is_said_at_that_step(qtbot, ctx) -> None:
    wizard = _wizard(qtbot, ctx)
    _answer_awareness(qtbot, wizard)
    what = wizard.what_step
    what.title_edit.setText("Intrusion")
    what.cause_combo.setCurrentIndex(what.cause_combo.findData("internal_accidental"))
    what.malicious_combo.setCurrentIndex(what.malicious_combo.findData(True))
    _next(qtbot, wizard)
    assert (
        wizard.step == "what"
        and "une attaque ne peut pas avoir une cause accidentelle" in wizard.problem.text()
    )
    assert "internal_accidental" not in wizard.problem.text()  # no internal code shown to the user


def test_no_personal_data_goes_straight_to_the_conclusion(qtbot, ctx) -> None:
    wizard = _wizard(qtbot, ctx)
    _answer_awareness(qtbot, wizard)
    _answer_what(qtbot, wizard, "Panne d'imprimante", "other")
    wizard.involved_step.personal_no.setChecked(True)
    _next(qtbot, wizard)
    assert wizard.step == "conclusion" and "pas une violation" in wizard.conclusion_step.verdict.text()
    wizard.go_back()
    assert wizard.step == "involved"


def test_every_wizard_list_covers_the_domain_codes(qtbot, ctx) -> None:
    """One vocabulary: each list of the wizard offers every code of its set (plus "not known yet")."""
    from core.domain import breach as B

    wizard = _wizard(qtbot, ctx)

    def codes(combo) -> set:
        return {combo.itemData(i) for i in range(combo.count())} - {None}

    assert codes(wizard.what_step.origin_combo) == set(B.ORIGINS)
    assert codes(wizard.what_step.cause_combo) == set(B.CAUSES)
    assert codes(wizard.what_step.medium_combo) == set(B.STORAGE_MEDIA)
    assert codes(wizard.awareness_step.status_combo) == set(B.STATUSES)
    assert codes(wizard.awareness_step.means_combo) == set(B.DISCOVERY_MEANS)
    assert codes(wizard.which_step.cross_border_combo) == {True, False}
    assert codes(wizard.circumstances_step.protection_combo) == set(B.PROTECTIONS)
    assert codes(wizard.circumstances_step.exposure_combo) | {"unknown"} == set(B.EXPOSURES)
    assert codes(wizard.circumstances_step.misuse_combo) == set(B.MISUSES)
    assert codes(wizard.which_step.ident_combo) == set(B.IDENTIFIABILITY)
    assert set(wizard.which_step.category_checks) == set(B.DATA_CATEGORIES)
    assert set(wizard.which_step.subject_checks) == set(B.SUBJECT_CATEGORIES)
    assert set(wizard.which_step.context_checks) == set(B.CONTEXT_FLAGS)


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
    for n in (2, 3):  # other incidents to notify: real plurals, never "autre(s)"
        other = service.start(f"Autre incident {n}")
        service.assess(other.id, facts(**USB))
        reload()
        assert widget.text().endswith(" (+1 autre)" if n == 2 else " (+2 autres)"), widget.text()
    service.record_notification(incident.id, clock.now, "N-9", delay_reason="Cabinet fermé.")
    reload()
    assert "(s)" not in widget.text()


def test_header_countdown_follows_a_corrected_awareness_at_once(qtbot, ctx, clock) -> None:
    """One stored awareness value: the correction reaches the header without waiting for its timer."""
    from tests.core.breach_helpers import facts
    from tests.core.test_incident_service import USB

    service = IncidentService(ctx.vault, clock)
    incident = service.start("Clé USB perdue")
    service.assess(incident.id, facts(**USB))
    header = CountdownWidget(ctx)
    qtbot.addWidget(header)
    qtbot.waitUntil(
        lambda: not header.loading and header.text() == "CNIL : 72 h 00 restantes", timeout=10_000
    )
    page = IncidentsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 1, timeout=10_000)
    page.select_incident(incident.id)
    qtbot.waitUntil(lambda: page.record is not None, timeout=10_000)
    dialog = page.correct_awareness()
    dialog.when.setDateTime(dialog.when.dateTime().addSecs(-14 * 3600))
    dialog.reason.setPlainText("Appel du journaliste reçu la veille à 18 h.")
    dialog.save()
    qtbot.waitUntil(lambda: header.text() == "CNIL : 58 h 00 restantes", timeout=5_000)
    assert header.timer.remainingTime() > 20_000  # not the 30-second timer
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    row = page.model.index(0, COL_DEADLINE).data()
    assert row == "30/03/2026 à 06:05"


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
    page.show_dossier()  # made on the worker thread, then shown
    qtbot.waitUntil(lambda: page.preview is not None, timeout=20_000)
    preview = page.preview
    assert len(preview.pages) >= 3
    preview.save_to(tmp_path / "dossier")
    assert (tmp_path / "dossier.pdf").read_bytes().startswith(b"%PDF")
    page.show_letter()
    qtbot.waitUntil(lambda: page.letter_dialog is not None, timeout=20_000)
    letter = page.letter_dialog
    letter.edits["advice"].setPlainText("Changez vos mots de passe.")
    bad = tmp_path / "bad.csv"
    bad.write_text("Nom;Adresse;Code postal;Ville\nDurand;3 place Bellecour;690;Lyon\n", "utf-8")
    assert not letter.load_recipients(bad) and "2" in letter.recipients_status.text() and not letter.people
    patients = tmp_path / "patients.csv"
    patients.write_bytes(
        "Civilité;Nom;Prénom;Adresse;Code postal;Ville;E-mail\n"
        "Mme;Durand;Alice;3 place Bellecour;69002;Lyon;alice@example.org\n"
        "M.;Roux;Paul;1 quai Rambaud;69002;Lyon;\n".encode("cp1252")
    )
    assert letter.load_recipients(patients) and len(letter.people) == 2
    from io import BytesIO

    from pypdf import PdfReader

    reader = PdfReader(
        BytesIO(letter.pdf(datetime(2026, 11, 29, 10, 0, tzinfo=UTC)))
    )  # preview: first patient
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Mme Alice Durand" in text and "Changez vos mots de passe." in text and "Paul Roux" not in text
    with qtbot.waitSignal(letter.saved, timeout=20_000):
        letter.save_to(tmp_path / "lettres.pdf")
    reader = PdfReader(tmp_path / "lettres.pdf")
    starts = [
        i
        for i, p in enumerate(reader.pages)
        if "Madame," in p.extract_text() or "Monsieur," in p.extract_text()
    ]
    assert len(starts) == 2 and "Paul Roux" in reader.pages[starts[1]].extract_text()
    assert (tmp_path / "lettres-emails.csv").read_text("utf-8").count("alice@example.org") == 1
    # the print run is journalled as prepared; nobody is "informed" before the practitioner confirms the sending
    record = IncidentService(ctx.vault).get(page.record.incident.id)
    prepared = [
        (e.details["channel"], e.details["count"]) for e in record.events if e.code == "mailing_prepared"
    ]
    assert prepared == [("letter", 2), ("email", 1)]
    assert not [e for e in record.events if e.kind == "persons_informed"]
    assert not any(s.done for s in record.steps if s.key == "inform")
    assert "enregistrez-le sur la page de l'incident" in letter.recipients_status.text()
    letter.accept()  # "Aperçu…": the first patient's letter, made on the worker thread
    qtbot.waitUntil(lambda: page.preview is not None, timeout=20_000)
    assert "Mme Alice Durand" in PdfReader(BytesIO(page.preview.data)).pages[0].extract_text()
    page.show_notice()
    qtbot.waitUntil(lambda: page.letter_dialog is not None, timeout=20_000)
    notice = page.letter_dialog
    with qtbot.waitSignal(notice.saved, timeout=20_000):
        notice.save_to(tmp_path / "avis.pdf")
    poster = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "avis.pdf").pages)
    website = " ".join((tmp_path / "avis.txt").read_text("utf-8").split())
    # The demo incident's patients can be reached one by one: the notice does not claim art. 34(3)(c).
    assert page.record.latest.facts.subjects.reachable
    for text in (poster, website):
        assert "nous en informons nos patients par cet avis" in text and "34(3)(c)" not in text
    record = IncidentService(ctx.vault).get(page.record.incident.id)
    assert [e.details["channel"] for e in record.events if e.code == "mailing_prepared"][
        -1
    ] == "public_notice"
    assert not [e for e in record.events if e.kind == "persons_informed"]
    notice.reject()
    dialog = page.add_event("contained")
    dialog.note.setPlainText("Mots de passe changés")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.event_id is not None, timeout=10_000)
    qtbot.waitUntil(lambda: "Mots de passe changés" in page.timeline.toPlainText(), timeout=10_000)
    assert (
        "Information des personnes préparée (lettres préparées pour 2 personnes)"
        in page.timeline.toPlainText()
    )
    # "Personnes informées…": the explicit confirmation, suggested from the latest print run (the notice, whose
    # number of persons is not known: the count shows "Non connu" and is recorded as unknown)
    dialog = page.add_event("persons_informed")
    assert dialog.informed_hint.isVisibleTo(dialog)
    assert (dialog.channel.currentData(), dialog.count.value()) == ("public_notice", 0)
    assert dialog.count.text() == "Non connu"
    dialog.save()
    qtbot.waitUntil(lambda: dialog.event_id is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not ctx.worker.busy and not page.loading, timeout=10_000)
    dialog = page.add_event("persons_informed")
    dialog.channel.setCurrentIndex(dialog.channel.findData("email"))
    dialog.count.setValue(1)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.event_id is not None, timeout=10_000)
    qtbot.waitUntil(lambda: "par e-mail, 1 personne" in page.timeline.toPlainText(), timeout=10_000)
    timeline = page.timeline.toPlainText()
    assert "Personnes informées (par communication publique)" in timeline
    assert "Personnes informées (par e-mail, 1 personne)" in timeline
    assert [e.details for e in page.record.events if e.kind == "persons_informed"] == [
        {"channel": "public_notice", "count": None},
        {"channel": "email", "count": 1},
    ]
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
    qtbot.waitUntil(lambda: not dialog.saving, timeout=10_000)
    assert dialog.result() == 0 and dialog.error.text()  # a reason is required
    dialog.reason.setPlainText("Le courriel de l'éditeur était arrivé la veille au soir.")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.saving, timeout=10_000)
    record = service.get(incident.id)
    assert record.incident.aware_at == clock.now - timedelta(hours=5)
    assert any(e.kind == "awareness_changed" for e in record.events)


def test_wizard_records_the_occurrence(qtbot, ctx, clock) -> None:
    wizard = _wizard(qtbot, ctx)
    start = wizard.awareness_step.start_row
    start.unknown.setChecked(False)
    start.edit.setDateTime(wizard.awareness_step.aware_edit.dateTime().addDays(1))
    wizard.go_next()
    assert wizard.step == "awareness" and "prise de connaissance" in wizard.problem.text()
    start.edit.setDateTime(wizard.awareness_step.aware_edit.dateTime().addDays(-2))
    wizard.awareness_step.ongoing_check.setChecked(True)
    _next(qtbot, wizard)
    assert wizard.step == "what"
    _answer_what(qtbot, wizard, "Courrier égaré", "mail_lost_or_opened")
    assert wizard.step == "involved"
    wizard.involved_step.personal_unknown.setChecked(True)
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    _finish(qtbot, wizard)
    record = IncidentService(ctx.vault).get(wizard.incident.id)
    assert record.incident.ongoing
    assert record.incident.occurred_start == (clock.now - timedelta(days=2)).replace(second=0)
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



def test_journal_severity_is_the_conclusion_not_the_raw_enisa_level() -> None:
    """Legal correction 4 in the journal too: a documented-only incident never reads "maximale"."""
    from gui.models.incidents import COL_SEVERITY

    model = IncidentTableModel()
    model.set_rows(
        [
            summary(1, risk="none", severity_level="very_high", notify=False, deadline=None),
            summary(2, risk="high", severity_level="very_high"),
            summary(3, risk="risk", severity_level="low"),
        ]
    )
    texts = [model.index(i, COL_SEVERITY).data() for i in range(3)]
    assert texts == ["négligeable", "maximale", "limitée"]


def test_the_wizard_speaks_english_reasons_included(qtbot, qapp, vault, worker, clock) -> None:
    """Reasons, hints and the deadline rendered in the interface language from codes (no French left)."""
    from core.settings import AppSettings
    from gui import i18n
    from tests.gui.test_problems_translated import _build_catalogue

    _build_catalogue()
    ctx = AppContext(vault=vault, worker=worker, settings=AppSettings(language="en"), clock=clock)
    clock.now = datetime(2026, 12, 7, 8, 9, tzinfo=UTC)
    try:
        i18n.install(qapp, "en")
        wizard = _wizard(qtbot, ctx)
        from gui.wizards.breach.common import set_moment

        set_moment(wizard.awareness_step.aware_edit, datetime(2026, 12, 6, 17, 0, tzinfo=UTC))
        _next(qtbot, wizard)
        assert "9 Dec 2026, 18:00" in wizard.clock_label.text()
        _answer_what(qtbot, wizard, "Imaging server open to the Internet", "unintended_publication")
        wizard.involved_step.personal_yes.setChecked(True)
        wizard.involved_step.disclosed_check.setChecked(True)
        _next(qtbot, wizard)
        wizard.which_step.category_checks["health"].setChecked(True)
        _next(qtbot, wizard)
        _next(qtbot, wizard)
        verdict = wizard.conclusion_step.verdict.text()
        reasons = wizard.conclusion_step.reasons_view.toPlainText()
        hints = wizard.conclusion_step.changes_label.text()
        assert "9 Dec 2026, 18:00" in verdict and "CNIL" in verdict
        assert "GDPR" in reasons and "RGPD" not in reasons and "données" not in reasons
        assert "données" not in hints
        wizard.reject()
    finally:
        i18n.install(qapp, "fr")


def test_page_never_shows_an_empty_notification_number(qtbot, ctx, clock) -> None:
    """A notification recorded without its number (command line): "to be completed", never "n° ."."""
    from tests.core.breach_helpers import facts
    from tests.core.test_incident_service import USB

    service = IncidentService(ctx.vault, clock)
    incident = service.start("Clé USB perdue")
    service.assess(incident.id, facts(**USB))
    service.record_notification(incident.id, clock.now, "", number_required=False)
    service.record_information(incident.id, clock.now, "letter", 3)
    page = IncidentsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 1, timeout=10_000)
    page.select_incident(incident.id)
    qtbot.waitUntil(lambda: "CNIL notifiée" in page.header.text(), timeout=10_000)
    shown = page.header.text() + page.timeline.toPlainText()
    assert "numéro de notification à compléter" in page.header.text()
    assert "numéro de notification à compléter" in page.timeline.toPlainText()
    assert "n° )" not in shown and "n° ." not in shown and "(par courrier, 3 personnes)" in shown


FRENCH_MARKS = set("éèêàçùô«»")
FRENCH_WORDS = (
    "Personnes",
    "personnes",
    "Évaluation",
    "Décision",
    "notifier",
    "informer",
    "courrier",
    "Lettres",
)


def _no_french(text: str) -> None:
    stripped = text.replace("CERT Santé", "")
    assert not set(stripped) & FRENCH_MARKS, text
    assert not [w for w in FRENCH_WORDS if w in stripped], text


def test_english_incident_page_and_wizard_show_no_french(qtbot, qapp, vault, worker, clock) -> None:
    """Timeline labels and notes Vigie wrote, next steps (labels and details), wizard problems: all in English."""
    from core.settings import AppSettings
    from gui import i18n
    from tests.core.breach_helpers import facts
    from tests.gui.test_problems_translated import _build_catalogue

    _build_catalogue()
    ctx = AppContext(vault=vault, worker=worker, settings=AppSettings(language="en"), clock=clock)
    service = IncidentService(vault, clock)
    incident = service.start("Imaging server open")
    service.assess(
        incident.id,
        facts(
            origin="hacking_malware_phishing",
            nature=["confidentiality"],
            data_categories=["health"],
            confidentiality={"exposure": "unknown"},
            malicious=True,
        ),
    )
    service.decide(incident.id, True, True, "Dr Martin")
    service.record_notification(incident.id, clock.now, "N-1")
    service.record_preparation(incident.id, clock.now, "letter", 3)
    service.record_preparation(incident.id, clock.now, "email", 2)
    service.record_information(incident.id, clock.now, "letter", 3)
    service.record_information(incident.id, clock.now, "public_notice", None)
    try:
        i18n.install(qapp, "en")
        page = IncidentsPage(ctx)
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 1, timeout=10_000)
        page.select_incident(incident.id)
        qtbot.waitUntil(lambda: page.record is not None and page.steps.count() > 5, timeout=10_000)
        timeline = page.timeline.toPlainText()
        for expected in (
            "Incident discovered: Incident reported in Vigie.",
            "Assessment: Assessment no. 1: notify the CNIL; inform the persons.",
            "Decision: Notify the CNIL; inform the persons.",
            "Information of persons prepared (letters prepared for 3 persons)",
            "Information of persons prepared (e-mail file prepared for 2 persons)",
            "Persons informed (by post, 3 persons)",
            "Persons informed (by public communication)",
        ):
            assert expected in timeline, timeline
        steps = [page.steps.item(i) for i in range(page.steps.count())]
        shown = "\n".join(s.text() + "\n" + s.toolTip() for s in steps)
        assert "Notify the CNIL" in shown and "Isolate the affected computers" in shown
        # the "inform" step follows the recorded information only: unticking it by hand is undone
        inform = next(s for s in steps if s.data(Qt.ItemDataRole.UserRole) == "inform")
        assert inform.checkState() == Qt.CheckState.Checked
        inform.setCheckState(Qt.CheckState.Unchecked)
        assert inform.checkState() == Qt.CheckState.Checked
        assert "Persons informed on" in page.header.text()
        for text in (timeline, shown, page.header.text()):
            _no_french(text)
        # the wizard's validation problems, from codes, in English
        wizard = _wizard(qtbot, ctx)
        from gui.wizards.breach.common import set_moment

        set_moment(wizard.awareness_step.aware_edit, clock.now - timedelta(hours=2))
        _next(qtbot, wizard)
        what = wizard.what_step
        what.title_edit.setText("")
        what.cause_combo.setCurrentIndex(what.cause_combo.findData("internal_accidental"))
        what.malicious_combo.setCurrentIndex(what.malicious_combo.findData(True))
        wizard.go_next()
        problem = wizard.problem.text()
        assert wizard.step == "what"
        assert (
            "give the incident a short title" in problem and "an attack cannot have an accidental" in problem
        )
        _no_french(problem)
        wizard.reject()
    finally:
        i18n.install(qapp, "fr")
