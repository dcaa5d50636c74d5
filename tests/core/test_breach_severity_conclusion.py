"""Legal correction 4: the severity printed for the CNIL is the engine's conclusion, the ENISA figure a detail."""

from __future__ import annotations

import pytest
from hypothesis import given

from core.domain.breach_json import parse_facts
from core.rules.breach import assess
from core.rules.severity import conclusion_severity
from tests.core.breach_helpers import facts
from tests.core.test_breach_properties import SETTINGS, fact_docs


@given(fact_docs())
@SETTINGS
def test_severity_never_contradicts_the_decision(document: dict) -> None:
    """CNIL form scale (négligeable … maximal) against the decision: no "Maximale" without notification, no
    "Négligeable" for a notified breach (GDPR art. 33(1): notify unless unlikely to result in a risk)."""
    result = assess(parse_facts(document))
    code, detail = conclusion_severity(result)
    if result.risk == "none":
        assert code == "low"
    else:
        assert code != "low"
    if result.risk == "high":
        assert code in ("high", "very_high")
    if result.severity is not None:
        assert "méthode ENISA" in detail


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            dict(
                nature=["confidentiality"],
                data_categories=["civil_status", "health"],
                identifiability="direct",
                protection="none",
                confidentiality={"exposure": "unknown_recipients"},
            ),
            "very_high",
        ),
        (
            dict(
                nature=["availability"],
                cause="external_accidental",
                data_categories=["civil_status", "contact"],
                availability={
                    "backup": True,
                    "restore_hours": 30,
                    "care_impact": False,
                    "permanent_loss": False,
                },
            ),
            "medium",
        ),
    ],
)
def test_examples(fields: dict, expected: str) -> None:
    assert conclusion_severity(assess(facts(**fields)))[0] == expected
