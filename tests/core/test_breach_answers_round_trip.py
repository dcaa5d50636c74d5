"""BreachAnswers <-> BreachFacts: facts -> answers -> facts is the identity for every valid document, so a
re-assessment that changes nothing gives the same decision."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given

from core.domain.breach_json import parse_facts
from core.domain.incident import Incident
from core.rules.breach import assess
from core.services.breach_wizard import BreachAnswers
from tests.core.breach_helpers import facts
from tests.core.test_breach_properties import SETTINGS, fact_docs


@given(fact_docs())
@SETTINGS
def test_facts_to_answers_to_facts_is_the_identity(document: dict) -> None:
    original = parse_facts(document)
    answers = BreachAnswers.from_facts(original)
    again = answers.to_facts()
    assert again == original
    assert assess(again) == assess(original)


def test_reassessment_starts_from_the_latest_facts_and_the_incident() -> None:
    aware = datetime(2026, 12, 5, 17, 0, tzinfo=UTC)
    latest = facts(
        nature=["confidentiality"],
        origin="lost_or_stolen_device",
        cause="external_malicious",
        data_categories=["health"],
        protection="encrypted_key_safe",
        storage_medium="laptop",
        status="established",
        subjects={"categories": ["patients"], "count": 900, "reachable": False},
    )
    incident = Incident(
        id=3,
        title="Vol du portable",
        aware_at=aware,
        description="Volé dans la voiture",
        discovery="Constaté au retour",
        origin="lost_or_stolen_device",
    )
    answers = BreachAnswers.for_incident(incident, latest)
    assert answers.title == "Vol du portable" and answers.aware_at == aware
    assert answers.protection == "encrypted_key_safe" and answers.storage_medium == "laptop"
    assert answers.reachable is False and answers.count == 900
    from dataclasses import replace

    assert answers.to_facts() == replace(latest, aware_at=aware)
    bare = BreachAnswers.for_incident(incident, None)
    assert bare.origin == "lost_or_stolen_device" and bare.protection is None
