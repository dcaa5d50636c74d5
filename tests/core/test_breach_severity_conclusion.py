"""Legal correction 4: the severity printed for the CNIL is the engine's conclusion, the ENISA figure a detail."""

from __future__ import annotations

import pytest
from hypothesis import given

from core.domain import breach_vocab as V
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
        assert "Méthode ENISA : score" in detail
    # One reading in each language: the severity first, no nested parentheses, no contradicting ENISA level.
    for lang, label in (("fr", V.SEVERITY_LEVELS[code].fr), ("en", V.SEVERITY_LEVELS[code].en)):
        line = conclusion_severity(result, lang)[1]
        assert line.startswith(label + (" : " if lang == "fr" else ": ")), line
        assert "))" not in line and "{" not in line, line
        if lang == "en":
            assert "données" not in line and " : " not in line, line
        if code == "low" and result.severity is not None:
            assert "très élevée" not in line and "élevée" not in line.split("ENISA")[1], line


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


def test_the_line_reads_cleanly_in_both_languages() -> None:
    """The dossier's "Gravité estimée": the conclusion as the severity, the ENISA figure as a detail that agrees."""
    result = assess(
        facts(
            nature=["confidentiality"],
            data_categories=["civil_status", "health"],
            identifiability="direct",
            protection="none",
            confidentiality={"exposure": "unknown_recipients"},
        )
    )
    assert conclusion_severity(result) == (
        "very_high",
        "Maximale : risque élevé pour les droits et libertés des personnes. "
        "Méthode ENISA : score 4,5, gravité très élevée.",
    )
    assert conclusion_severity(result, "en")[1] == (
        "Maximum: a high risk to the rights and freedoms of persons. "
        "ENISA method: score 4.5, very high severity."
    )
