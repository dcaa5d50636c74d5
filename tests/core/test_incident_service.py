"""The incident journal: persistence, versions, decisions, notifications, deadlines, attachments."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.domain.incident import ActivityRef, IncidentDraft, NewAttachment
from core.errors import Conflict, CorruptVault, InvalidInput, NotFound
from core.services.incidents import IncidentService
from tests.core.breach_helpers import facts


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


USB = dict(
    nature=["confidentiality"],
    origin="lost_or_stolen_device",
    cause="internal_accidental",
    data_categories=["civil_status", "health"],
    subjects={"categories": ["patients"], "count": 250},
    identifiability="direct",
    protection="none",
    confidentiality={"exposure": "unknown"},
)
LAPTOP = dict(
    nature=["confidentiality"],
    origin="lost_or_stolen_device",
    cause="external_malicious",
    data_categories=["health"],
    identifiability="direct",
    protection="encrypted_key_safe",
    confidentiality={"exposure": "unknown"},
)


@pytest.fixture
def clock() -> FakeClock:
    # Friday 27 March 2026, 19:05 in Paris (18:05 UTC); clocks go forward on Sunday.
    return FakeClock(datetime(2026, 3, 27, 18, 5, tzinfo=UTC))


@pytest.fixture
def service(vault, clock) -> IncidentService:
    return IncidentService(vault, clock)


def test_start_records_awareness_immediately(service, clock, vault) -> None:
    incident = service.start()
    assert incident.aware_at == clock.now and incident.status == "open"
    record = service.get(incident.id)
    assert [e.kind for e in record.events] == ["discovered"]
    assert [s.key for s in record.steps][:1] == ["journal"]
    # persisted: visible through a fresh read
    assert service.list()[0].id == incident.id and service.list()[0].decision_text == "à évaluer"


def test_assessments_are_versions_never_overwritten(service, clock, vault) -> None:
    incident = service.start("Clé USB perdue")
    clock.advance(hours=1)
    first = service.assess(incident.id, facts(nature=["confidentiality"]), note="première évaluation rapide")
    clock.advance(hours=3)
    second = service.assess(incident.id, facts(**USB))
    assert (first.version, second.version) == (1, 2)
    record = service.get(incident.id)
    assert [a.version for a in record.assessments] == [1, 2]
    assert record.assessments[0].result.risk == "risk" and record.latest.result.risk == "high"
    assert record.latest.facts.aware_at == incident.aware_at  # the incident's awareness, not the document's
    assert record.incident.origin == "lost_or_stolen_device"
    from core.storage.db import DatabaseError

    with pytest.raises(DatabaseError), vault.transaction() as conn:
        conn.execute("UPDATE incident_assessment SET risk = 'none'")
    with pytest.raises(DatabaseError), vault.transaction() as conn:
        conn.execute("DELETE FROM incident_assessment")
    assert len(service.get(incident.id).assessments) == 2


def test_steps_follow_the_conclusion_and_keep_ticks(service, clock) -> None:
    incident = service.start()
    service.set_step_done(incident.id, "journal", True, "commencé")
    service.assess(incident.id, facts(**USB))
    steps = {s.key: s for s in service.get(incident.id).steps}
    assert {"cnil", "inform", "contain_remote_wipe", "police", "insurer", "ars"} <= set(steps)
    assert steps["journal"].done and steps["journal"].note == "commencé"
    assert steps["cnil"].due_at == incident.aware_at + timedelta(hours=72)
    assert steps["ars"].level == "recommended"
    with pytest.raises(NotFound):
        service.set_step_done(incident.id, "nope", True)


def test_override_requires_a_justification(service) -> None:
    incident = service.start()
    with pytest.raises(Conflict):
        service.decide(incident.id, True, False, "Dr Test")
    service.assess(incident.id, facts(**LAPTOP))
    with pytest.raises(InvalidInput) as info:
        service.decide(incident.id, True, False, "Dr Test", "par prudence")
    assert info.value.problems[0].path == "justification"
    decision = service.decide(
        incident.id,
        True,
        False,
        "Dr Test",
        "Par prudence : le mot de passe de session était collé sous le clavier.",
    )
    assert decision.overridden
    record = service.get(incident.id)
    assert record.must_notify and "cnil" in {s.key for s in record.steps}
    summary = service.list()[0]
    assert summary.overridden and summary.notify and summary.awaiting_notification
    agreed = service.decide(incident.id, False, False, "Dr Test")
    assert not agreed.overridden
    assert len(service.get(incident.id).decisions) == 2


def test_notification_in_time_then_complementary(service, clock) -> None:
    incident = service.start("Clé USB perdue")
    service.assess(incident.id, facts(**USB))
    with pytest.raises(Conflict):
        service.record_notification(incident.id, clock.now, "X", complementary=True)
    clock.advance(hours=30)
    service.record_notification(incident.id, clock.now, "NOTIF-2026-0042")
    with pytest.raises(Conflict):
        service.record_notification(incident.id, clock.now, "NOTIF-2026-0043")
    clock.advance(days=10)
    service.record_notification(
        incident.id, clock.now, "NOTIF-2026-0042-C1", complementary=True, note="Nombre de patients confirmé."
    )
    record = service.get(incident.id)
    first, second = record.notifications
    assert (first.type, first.number) == ("initial", "NOTIF-2026-0042")
    assert (second.type, second.references) == ("complementary", "NOTIF-2026-0042")
    assert {s.key: s for s in record.steps}["cnil"].done
    assert service.pending_deadlines() == []


def test_overdue_notification_needs_reasons_for_the_delay(service, clock) -> None:
    incident = service.start()
    service.assess(incident.id, facts(**USB))
    clock.advance(hours=73)
    ((summary, cd),) = service.pending_deadlines()
    assert summary.id == incident.id and cd.overdue and cd.hours_minutes == (1, 0)
    with pytest.raises(InvalidInput) as info:
        service.record_notification(incident.id, clock.now, "N-1")
    assert info.value.problems[0].path == "delay_reason"
    assert service.get(incident.id).notifications == ()  # nothing written
    service.record_notification(
        incident.id, clock.now, "N-1", delay_reason="Cabinet fermé, appris au retour."
    )
    n = service.get(incident.id).initial_notification
    assert n is not None and n.delay_reason.startswith("Cabinet fermé")


def test_countdown_across_daylight_saving(service, clock) -> None:
    incident = service.start()
    service.assess(incident.id, facts(**USB))
    # Sunday 29 March 12:00 in Paris (UTC+2) = 10:00 UTC. Deadline Monday 30 March 20:05 (UTC+2).
    clock.now = datetime(2026, 3, 29, 10, 0, tzinfo=UTC)
    ((_, cd),) = service.pending_deadlines()
    assert cd.deadline.isoformat() == "2026-03-30T20:05:00+02:00"
    assert cd.hours_minutes == (32, 5)
    assert cd.reminders_due() == ()


def test_awareness_change_needs_a_reason_and_moves_the_deadline(service, clock) -> None:
    incident = service.start()
    earlier = clock.now - timedelta(hours=20)
    with pytest.raises(InvalidInput):
        service.change_awareness(incident.id, earlier, "  ")
    with pytest.raises(InvalidInput):
        service.change_awareness(incident.id, clock.now + timedelta(days=1), "erreur")
    service.change_awareness(
        incident.id, earlier, "Le vol a été constaté la veille au soir par l'assistante."
    )
    service.assess(incident.id, facts(**USB))
    record = service.get(incident.id)
    assert record.incident.aware_at == earlier
    assert record.latest.result.deadline == earlier + timedelta(hours=72)
    changed = [e for e in record.events if e.kind == "awareness_changed"][0]
    assert "assistante" in changed.note and changed.details["previous"]


def test_attachments_are_stored_encrypted_with_their_hash(service, clock, vault, vault_path) -> None:
    incident = service.start()
    payload = b"%PDF-1.4 recepisse de plainte " + bytes(range(256))
    event_id = service.add_event(
        incident.id,
        "police_complaint",
        clock.now,
        "Plainte au commissariat du 11e",
        attachments=[NewAttachment("C:\\scans\\recepisse.pdf", payload, "application/pdf")],
    )
    record = service.get(incident.id)
    event = next(e for e in record.events if e.id == event_id)
    (att,) = event.attachments
    assert att.filename == "recepisse.pdf" and att.size == len(payload)
    meta, content = service.attachment(att.id)
    assert content == payload and len(meta.sha256) == 64
    assert b"recepisse de plainte" not in vault_path.read_bytes()  # encrypted at rest
    vault.conn.execute(
        "UPDATE incident_attachment SET content = ? WHERE id = ?", (b"X" * len(payload), att.id)
    )
    with pytest.raises(CorruptVault):
        service.attachment(att.id)


def test_bad_input_writes_nothing(service, clock) -> None:
    with pytest.raises(InvalidInput):
        service.record(IncidentDraft(title=" "), clock.now)
    with pytest.raises(InvalidInput):
        service.record(IncidentDraft(title="x", occurred_start=clock.now + timedelta(hours=1)), clock.now)
    incident = service.start()
    with pytest.raises(InvalidInput):
        service.add_event(incident.id, "note", clock.now + timedelta(days=2), "plus tard")
    with pytest.raises(InvalidInput):
        service.add_event(incident.id, "cnil_notified", clock.now, "par la bande")
    with pytest.raises(InvalidInput):
        service.record_information(incident.id, clock.now, "pigeon", 3)
    assert len(service.list()) == 1
    assert [e.kind for e in service.get(incident.id).events] == ["discovered"]


def test_close_rules(service, clock) -> None:
    incident = service.start()
    service.assess(incident.id, facts(**USB))
    with pytest.raises(Conflict):
        service.close(incident.id)
    service.record_notification(incident.id, clock.now, "N-7")
    service.record_information(incident.id, clock.now, "letter", 250, "Lettre recommandée")
    service.close(incident.id, "Mesures terminées")
    record = service.get(incident.id)
    assert record.incident.status == "closed" and record.incident.closed_at == clock.now
    with pytest.raises(Conflict):
        service.add_event(incident.id, "note", clock.now, "après coup")
    assert service.list(status="closed")[0].id == incident.id
    assert service.list(status="open") == []


def test_update_details_and_activities(service) -> None:
    incident = service.start()
    draft = IncidentDraft(
        title="Vol du portable",
        description="Dans la voiture",
        ongoing=True,
        origin="lost_or_stolen_device",
        activities=(ActivityRef("ACT-01", "Dossier patient"), ActivityRef("", "Facturation")),
    )
    updated = service.update(incident.id, draft)
    assert updated.title == "Vol du portable" and updated.activities[1].name == "Facturation"
    with pytest.raises(InvalidInput):
        service.update(incident.id, IncidentDraft(title="x", ongoing=True, occurred_end=updated.aware_at))


def test_year_filter_uses_paris_time(service, clock) -> None:
    clock.now = datetime(2026, 12, 31, 23, 30, tzinfo=UTC)  # 1 January 2027, 00:30 in Paris
    service.start("Nouvel an")
    clock.now = datetime(2027, 2, 1, 10, 0, tzinfo=UTC)
    service.record(IncidentDraft(title="Ancien"), datetime(2025, 6, 1, 9, 0, tzinfo=UTC))
    assert [s.title for s in service.list(year=2027)] == ["Nouvel an"]
    assert [s.title for s in service.list(year=2025)] == ["Ancien"]
    assert service.years() == [2027, 2025]


def test_every_change_is_in_the_tamper_evident_ledger(service, clock, vault) -> None:
    from core.storage import ledger

    incident = service.start()
    service.assess(incident.id, facts(**USB))
    service.decide(
        incident.id, True, False, "Dr Test", "La lettre aux patients attendra l'enquête de police."
    )
    service.add_event(
        incident.id,
        "note",
        clock.now,
        "Appel de l'éditeur",
        attachments=[NewAttachment("mail.eml", b"From: editeur")],
    )
    service.set_step_done(incident.id, "journal", True)
    service.record_notification(incident.id, clock.now, "N-1")
    service.close(incident.id)
    with vault.read() as conn:
        entries = ledger.entries(conn, "incident.", ref=f"incident:{incident.id}")
        report = ledger.verify(conn)
    kinds = [e.kind for e in entries]
    assert kinds == [
        "incident.created",
        "incident.assessed",
        "incident.decided",
        "incident.event",
        "incident.step",
        "incident.event",
        "incident.closed",
    ]
    assert entries[3].body["attachments"] == [__import__("hashlib").sha256(b"From: editeur").hexdigest()]
    assert entries[2].body["overridden"] is True
    assert report.ok


def test_conclude_is_all_or_nothing(service, clock) -> None:
    incident = service.start()
    draft = IncidentDraft(title="Clé USB perdue", origin="lost_or_stolen_device")
    with pytest.raises(InvalidInput):
        service.conclude(incident.id, draft, facts(**USB), False, False, "Dr Test", "trop court")
    record = service.get(incident.id)
    assert record.assessments == () and record.incident.title != "Clé USB perdue"
    decision = service.conclude(incident.id, draft, facts(**USB), True, True, "Dr Test")
    record = service.get(incident.id)
    assert (
        not decision.overridden and len(record.assessments) == 1 and record.incident.title == "Clé USB perdue"
    )
