"""Informing the persons (art. 34 GDPR): a print run is recorded as prepared, only the practitioner's confirmation
says the persons were informed; the journal's sealing covers both. And the journal's vocabulary in both
languages (events, channels, next steps, validation problems)."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest

from core.domain import incident_vocab, problems
from core.domain.breach import ORIGINS
from core.domain.incident import EVENT_KINDS, MAILING_PREPARED
from core.domain.problems import incident as incident_problems
from core.domain.recipients import Recipient
from core.errors import Conflict, InvalidInput
from core.reports import cnil_dossier, incident_extract
from core.reports import incident_text as txt
from core.rules import next_steps
from core.services.backup import verify_vault
from core.services.incidents import IncidentService
from core.services.patient_mailing import MailingService
from core.services.practice import PracticeService
from tests.core.breach_helpers import facts
from tests.core.test_incident_service import USB, FakeClock
from tests.core.test_patient_letters import text_of

FRENCH = set("éèêàçùôî«»")
PROPER_NAMES = ("CERT Santé",)  # a body's name stays as it is in English


@pytest.fixture
def practice(practice):
    """The suite's practice with its street address: letters and notices to patients need it."""
    from dataclasses import replace

    return replace(practice, address="12 rue de la Roquette")


def _french_marks(text: str) -> set[str]:
    for name in PROPER_NAMES:
        text = text.replace(name, "")
    return set(text) & FRENCH


def _people(n: int) -> list[Recipient]:
    return [
        Recipient(
            civility="Mme",
            last_name=f"Patient{i}",
            first_name="Alice",
            address=("3 place Bellecour",),
            postcode="69002",
            town="Lyon",
            email=f"p{i}@exemple.fr" if i % 2 == 0 else "",
        )
        for i in range(n)
    ]


def _flat_pdf(render, vault, record, now) -> str:  # noqa: ANN001
    buf = io.BytesIO()
    render(PracticeService(vault).get(), record, buf, now)
    return " ".join(text_of(buf.getvalue()).split())


def test_print_run_is_prepared_not_informed_until_confirmed(vault) -> None:
    """Art. 34(1)-(2) and art. 5(1)(a): a document says the persons were informed only once that is recorded."""
    clock = FakeClock(datetime(2026, 12, 5, 9, 0, tzinfo=UTC))
    service = IncidentService(vault, clock)
    incident = service.start("Serveur d'imagerie exposé")
    service.assess(incident.id, facts(**USB))
    assert service.get(incident.id).must_inform
    mailing = MailingService(vault, clock)
    run = mailing.letters(incident.id, _people(3))
    mailing.record_mailing(incident.id, run)
    record = service.get(incident.id)
    prepared = [e for e in record.events if e.code == MAILING_PREPARED]
    assert [(e.kind, e.details["channel"], e.details["count"]) for e in prepared] == [
        ("note", "letter", 3),
        ("note", "email", 2),
    ]
    assert [e.label for e in prepared] == ["Information des personnes préparée"] * 2
    assert not any(e.kind == "persons_informed" for e in record.events)
    assert not next(s for s in record.steps if s.key == "inform").done
    status, details = txt.information_status(record)
    assert status.startswith("Information des personnes préparée") and "informées." not in status
    assert details == [
        "05/12/2026 à 10:00 — lettres préparées pour 3 personnes",
        "05/12/2026 à 10:00 — fichier d'e-mails préparé pour 2 personnes",
    ]
    for render in (cnil_dossier.render, incident_extract.render):
        text = _flat_pdf(render, vault, record, clock.now)
        assert "ont été informées" not in text and "Lettres préparées pour 3 personnes" in text
    # the step cannot be ticked by hand: only the recorded information does it
    with pytest.raises(Conflict):
        service.set_step_done(incident.id, "inform", True)
    clock.advance(days=1)
    service.record_information(incident.id, clock.now - timedelta(hours=2), "letter", 3, "Postées")
    record = service.get(incident.id)
    assert next(s for s in record.steps if s.key == "inform").done
    status, details = txt.information_status(record)
    assert status == "Les personnes ont été informées."
    assert details[-1] == "06/12/2026 à 08:00 — par courrier, 3 personnes : Postées"
    text = _flat_pdf(cnil_dossier.render, vault, record, clock.now)
    assert "Les personnes ont été informées." in text
    # both kinds of entry are in the tamper-evident journal and the sealed records verify
    report = verify_vault(vault)
    assert report.sound, report.reasons
    from core.storage import ledger

    with vault.read() as conn:
        kinds = [e.body.get("kind") for e in ledger.entries(conn) if e.kind == "incident.event"]
    assert kinds.count(MAILING_PREPARED) == 2 and kinds.count("persons_informed") == 1


def test_preparation_refused_on_a_closed_incident_and_bad_counts(vault) -> None:
    clock = FakeClock(datetime(2026, 12, 5, 9, 0, tzinfo=UTC))
    service = IncidentService(vault, clock)
    incident = service.start("Note")
    with pytest.raises(InvalidInput):
        service.record_preparation(incident.id, clock.now, "letter", -1)
    with pytest.raises(InvalidInput):
        service.record_preparation(incident.id, clock.now, "pigeon", 1)
    service.close(incident.id)
    with pytest.raises(Conflict):
        service.record_preparation(incident.id, clock.now, "letter", 1)


def test_event_and_channel_vocabulary_is_complete() -> None:
    for code in (*EVENT_KINDS, MAILING_PREPARED):
        term = incident_vocab.EVENTS[code]
        assert term.fr and term.en and term.fr != term.en or code == "note"
        assert not set(term.en) & FRENCH, term.en
    for term in incident_vocab.CHANNELS.values():
        assert term.fr and term.en and not set(term.en) & FRENCH
    details = {"channel": "letter", "count": 1}
    assert incident_vocab.event_detail("persons_informed", details, "en") == "by post, 1 person"
    assert incident_vocab.event_detail(MAILING_PREPARED, details, "fr") == "lettres préparées pour 1 personne"


@pytest.mark.parametrize("origin", [*ORIGINS, None])
def test_next_steps_in_both_languages(origin) -> None:
    aware = datetime(2026, 12, 4, 17, 0, tzinfo=UTC)
    f = (
        facts(
            origin=origin,
            nature=["confidentiality"],
            data_categories=["health"],
            confidentiality={"exposure": "unknown"},
            malicious=True,
        )
        if origin
        else None
    )
    fr = next_steps.next_steps(f, True, True, aware)
    en = next_steps.next_steps(f, True, True, aware, "en")
    assert [s.key for s in fr] == [s.key for s in en]
    assert next_steps.localized(fr, origin, aware, "en") == en
    assert next_steps.localized(en, origin, aware, "fr") == fr
    for s in en:
        assert not _french_marks(s.label + s.detail), s
    cnil = next(s for s in en if s.key == "cnil")
    assert "7 Dec 2026, 18:00" in cnil.detail
    assert "07/12/2026 à 18:00" in next(s for s in fr if s.key == "cnil").detail


def test_problem_vocabulary_is_complete() -> None:
    for code, (fr, en) in incident_problems.TEXTS.items():
        assert fr and en and fr != en, code
        assert not set(en) & FRENCH, en
    p = problems.problem("title", "title_too_long", max=200)
    assert p.problem == "titre trop long (200 caractères au plus)" and p.params == {"max": 200}
    assert problems.render(p.code, p.params, "en") == "title too long (200 characters at most)"


def test_public_notice_is_recorded_as_prepared(vault) -> None:
    clock = FakeClock(datetime(2026, 12, 5, 9, 0, tzinfo=UTC))
    service = IncidentService(vault, clock)
    incident = service.start("Serveur exposé")
    service.assess(incident.id, facts(**USB))
    mailing = MailingService(vault, clock)
    mailing.public_notice(incident.id)
    assert mailing.record_notice(incident.id)
    record = service.get(incident.id)
    status, details = txt.information_status(record)
    assert status.startswith("Information des personnes préparée")
    assert details == ["05/12/2026 à 10:00 — communication publique préparée"]
    assert not next(s for s in record.steps if s.key == "inform").done
    service.record_information(incident.id, clock.now, "public_notice", None)
    service.record_notification(incident.id, clock.now, "N-1")
    service.close(incident.id)
    assert not mailing.record_notice(incident.id)  # a closed incident's journal no longer changes


def test_late_notification_problem_names_the_deadline_in_each_language(vault) -> None:
    """Art. 33(1) GDPR: past 72 hours, the reasons for the delay; the deadline written by the one formatter."""
    clock = FakeClock(datetime(2026, 12, 5, 9, 0, tzinfo=UTC))
    service = IncidentService(vault, clock)
    incident = service.start("Clé USB perdue")
    service.assess(incident.id, facts(**USB))
    clock.advance(hours=80)
    with pytest.raises(InvalidInput) as caught:
        service.record_notification(incident.id, clock.now, "N-1")
    (p,) = caught.value.problems
    assert p.code == "delay_reason_missing" and "08/12/2026 à 10:00" in p.problem
    english = problems.render(p.code, p.params, "en")
    assert english.startswith("the notification comes after the deadline of 8 Dec 2026, 10:00")
