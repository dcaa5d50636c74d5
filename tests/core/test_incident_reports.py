"""The CNIL dossier, the patient letter and the journal extract: every section, the filled values, stable bytes."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader

from core.domain.incident import ActivityRef, IncidentDraft
from core.domain.recipients import Recipient
from core.reports import cnil_dossier, incident_extract, patient_letter
from core.services.incidents import IncidentService
from core.services.practice import PracticeService
from tests.core.breach_helpers import facts
from tests.core.test_incident_service import USB, FakeClock


def text_of(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def setup(vault):
    clock = FakeClock(datetime(2026, 3, 27, 18, 5, tzinfo=UTC))
    service = IncidentService(vault, clock)
    incident = service.start("Perte d'une clé USB")
    service.update(
        incident.id,
        IncidentDraft(
            title="Perte d'une clé USB non chiffrée",
            description="Clé USB avec l'export de 250 dossiers patients.",
            discovery="Constat de l'assistante le soir même",
            origin="lost_or_stolen_device",
            occurred_start=clock.now - timedelta(hours=6),
            activities=(ActivityRef("T-01", "Dossier médical partagé du cabinet"),),
        ),
    )
    service.assess(incident.id, facts(**USB, records_count=250))
    clock.advance(hours=2)
    service.add_event(incident.id, "processor_informed", clock.now, "Éditeur du logiciel MédiLog")
    practice = PracticeService(vault).get()
    return service, clock, incident.id, practice


def test_dossier_has_every_section_in_order_and_the_deadline_first(setup) -> None:
    service, clock, incident_id, practice = setup
    buf = io.BytesIO()
    cnil_dossier.render(practice, service.get(incident_id), buf, clock.now)
    text = flat(text_of(buf.getvalue()))
    positions = [text.index(title) for title in cnil_dossier.SECTIONS]
    assert positions == sorted(positions)
    first_page = flat(PdfReader(io.BytesIO(buf.getvalue())).pages[0].extract_text())
    assert "À notifier à la CNIL avant le 30/03/2026 à 20:05 (heure de Paris)" in first_page
    assert "il reste 70 h 00" in first_page
    for value in (
        "Perte d'une clé USB non chiffrée",
        "Cabinet test",
        "732829320",
        "Équipement perdu ou volé",
        "Acte interne accidentel",
        "Clé USB avec l'export de 250 dossiers patients.",
        "27/03/2026 à 19:05",
        "Constat de l'assistante",
        "51 à 300 (environ 250)",
        "Patients",
        "Santé",
        "T-01 — Dossier médical partagé du cabinet",
        "Éditeur du logiciel MédiLog",
        "Les données n'étaient pas chiffrées.",
        "secret médical",
        "Maximale",
        "Les personnes vont être informées.",
        "Notification initiale",
        "Annexe A",
        "Annexe B",
        "Raisons",
        "art. 33(1) RGPD",
    ):
        assert value in text, value


def test_dossier_overdue_and_complementary(setup) -> None:
    service, clock, incident_id, practice = setup
    clock.advance(hours=80)
    buf = io.BytesIO()
    cnil_dossier.render(practice, service.get(incident_id), buf, clock.now)
    text = flat(text_of(buf.getvalue()))
    assert "Échéance dépassée" in text and "À indiquer : l'échéance de 72 heures est dépassée." in text
    service.record_notification(
        incident_id, clock.now, "NOTIF-42", delay_reason="Appris au retour de congés."
    )
    clock.advance(days=3)
    service.record_notification(incident_id, clock.now, "NOTIF-42-B", complementary=True)
    buf = io.BytesIO()
    cnil_dossier.render(practice, service.get(incident_id), buf, clock.now)
    text = flat(text_of(buf.getvalue()))
    assert "CNIL notifiée le" in text and "NOTIF-42" in text
    assert "Notification complémentaire" in text and "Appris au retour de congés." in text


def test_documents_are_deterministic(setup) -> None:
    service, clock, incident_id, practice = setup
    record = service.get(incident_id)
    for render in (cnil_dossier.render, incident_extract.render):
        a, b = io.BytesIO(), io.BytesIO()
        render(practice, record, a, clock.now)
        render(practice, record, b, clock.now)
        assert a.getvalue() == b.getvalue()


def test_patient_letter_per_recipient_and_blank_address_without_a_list(setup) -> None:
    service, clock, incident_id, practice = setup
    record = service.get(incident_id)
    letter = patient_letter.draft_letter(practice, record)
    assert "secret médical" in letter.consequences and "27 mars 2026" in letter.what_happened
    assert "250 dossiers" not in letter.what_happened  # the internal description stays in the journal
    buf = io.BytesIO()
    patient_letter.render(
        practice,
        letter,
        buf,
        clock.now,
        [
            Recipient("Durand", "Alice", "Mme", ("3 place Bellecour",), "69002", "Lyon"),
            Recipient("Roux", "Paul", "M.", ("1 quai Rambaud",), "69002", "Lyon"),
        ],
    )
    reader = PdfReader(io.BytesIO(buf.getvalue()))
    pages = [p.extract_text() for p in reader.pages]
    assert "Mme Alice Durand" in pages[0] and "Madame," in pages[0]
    second = next(i for i, p in enumerate(pages) if "M. Paul Roux" in p)
    assert second > 0 and "Monsieur," in pages[second]
    text = flat(text_of(buf.getvalue()))
    for title in (
        "Ce qui s'est passé",
        "Les informations concernées",
        "Les conséquences possibles pour vous",
        "Ce que nous avons fait et allons faire",
        "Ce que vous pouvez faire",
        "Pour nous contacter",
    ):
        assert title in text
    assert "Commission nationale de l'informatique et des libertés" in text and "réclamation" in text
    assert "Dr Test" in text

    edited = patient_letter.LetterContent(**{**letter.__dict__, "advice": "Conseil modifié à la main."})
    merge = io.BytesIO()
    patient_letter.render(practice, edited, merge, clock.now)
    merged = flat(text_of(merge.getvalue()))
    assert "«" not in merged and "Madame, Monsieur," in merged and "Conseil modifié à la main." in merged


def test_journal_extract_lists_versions_decisions_and_timeline(setup) -> None:
    service, clock, incident_id, practice = setup
    service.assess(
        incident_id, facts(**{**USB, "protection": "encrypted_key_safe"}), note="Clé chiffrée en fait"
    )
    service.decide(incident_id, True, False, "Dr Test", "Par prudence, la CNIL est notifiée quand même.")
    buf = io.BytesIO()
    incident_extract.render(practice, service.get(incident_id), buf, clock.now)
    text = flat(text_of(buf.getvalue()))
    for value in (
        "Évaluation n° 1",
        "Évaluation n° 2",
        "Clé chiffrée en fait",
        "écart justifié",
        "Par prudence, la CNIL est notifiée quand même.",
        "Chronologie complète",
        "Incident découvert",
        "Sous-traitant ou éditeur informé",
        "33(5)",
    ):
        assert value in text, value


def test_dossier_deadline_page_one_and_annex_follow_a_corrected_awareness(setup) -> None:
    """One stored awareness value: after a correction, page 1 and annex A both show the new deadline."""
    service, clock, incident_id, practice = setup
    aware = service.get(incident_id).incident.aware_at
    service.change_awareness(
        incident_id, aware - timedelta(hours=4), "Appris la veille au soir par téléphone."
    )
    buf = io.BytesIO()
    cnil_dossier.render(practice, service.get(incident_id), buf, clock.now)
    text = flat(text_of(buf.getvalue()))
    assert "30/03/2026 à 20:05" not in text
    assert text.count("30/03/2026 à 16:05") >= 2  # page 1 and annex A
    assert "À notifier à la CNIL avant le 30/03/2026 à 16:05" in text


def test_legal_correction_4_dossier_severity_is_the_engines_conclusion(vault) -> None:
    """ "Gravité estimée" comes from the conclusion (risk), the ENISA score is a detail: a documented-only
    incident never prints "Maximale" (CNIL form scale; ENISA 2013 is one input, EDPB 01/2021 case 9)."""
    clock = FakeClock(datetime(2026, 3, 27, 18, 5, tzinfo=UTC))
    service = IncidentService(vault, clock)
    incident = service.start("Compte rendu envoyé au mauvais confrère")
    service.assess(
        incident.id,
        facts(
            nature=["confidentiality"],
            origin="sent_to_wrong_recipient",
            cause="internal_accidental",
            data_categories=["civil_status", "health"],
            subjects={"categories": ["patients"], "count": 1},
            identifiability="direct",
            protection="none",
            confidentiality={
                "exposure": "known_recipients",
                "recipients_trusted": True,
                "deletion_confirmed": True,
            },
        ),
    )
    record = service.get(incident.id)
    assert record.latest is not None and record.latest.result.severity.level == "very_high"
    buf = io.BytesIO()
    cnil_dossier.render(PracticeService(vault).get(), record, buf, clock.now)
    text = flat(text_of(buf.getvalue()))
    assert (
        "Gravité estimée Négligeable : risque improbable pour les droits et libertés des personnes. "
        "Méthode ENISA : score 4,25 ; la conclusion retient aussi ce que la formule ignore" in text
    )
    line = text.split("Gravité estimée")[1].split(cnil_dossier.SECTIONS[11])[0]
    assert "Maximale" not in text and "élevée" not in line


def test_section_13_never_says_the_risk_is_not_high_when_the_decision_departs(setup) -> None:
    """The engine said "inform the persons" (high risk, art. 34(1)); a justified decision not to inform must not
    be printed as "the risk is not high": the dossier says it is the controller's decision."""
    service, clock, incident_id, practice = setup
    service.decide(
        incident_id, True, False, "Dr Test", "Patients prévenus oralement un par un, le jour même, au cabinet."
    )
    buf = io.BytesIO()
    cnil_dossier.render(practice, service.get(incident_id), buf, clock.now)
    text = flat(text_of(buf.getvalue()))
    assert "décision du responsable de traitement, différente de la conclusion de Vigie" in text
    assert "n'est pas élevé" not in text


def test_only_sensitive_categories_are_not_printed_as_unknown(vault) -> None:
    clock = FakeClock(datetime(2026, 3, 27, 18, 5, tzinfo=UTC))
    service = IncidentService(vault, clock)
    incident = service.start("Résultats envoyés au mauvais patient")
    service.assess(incident.id, facts(**{**USB, "data_categories": ["health"]}))
    service.record_information(incident.id, clock.now, "letter", 1)
    buf = io.BytesIO()
    cnil_dossier.render(PracticeService(vault).get(), service.get(incident.id), buf, clock.now)
    text = flat(text_of(buf.getvalue()))
    assert "Catégories de données Aucune autre que les données sensibles" in text
    assert "Données sensibles Santé" in text
    assert "par courrier, 1 personne" in text and "personne(s)" not in text


@pytest.mark.parametrize(("informed", "wording"), [(1, "1 personne"), (0, "0 personne"), (250, "250 personnes")])
def test_information_of_persons_counts_in_real_french_plurals(setup, informed, wording) -> None:
    """The dossier's "information of persons" states the count recorded, singular or plural (never "(s)")."""
    from core.reports import incident_text

    service, clock, incident_id, practice = setup
    service.record_information(incident_id, clock.now, "letter", informed)
    status, details = incident_text.information_status(service.get(incident_id))
    assert status == "Les personnes ont été informées."
    assert details[0].endswith(f", {wording}")
    buf = io.BytesIO()
    cnil_dossier.render(practice, service.get(incident_id), buf, clock.now)
    text = flat(text_of(buf.getvalue()))
    assert wording in text and "(s)" not in text
