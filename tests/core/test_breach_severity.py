"""ENISA severity: DPC from categories and context, EI, CB, score and level thresholds."""

from __future__ import annotations

import pytest

from core.rules.breach_reasons import num, render
from core.rules.severity import data_processing_context, level_of, severity
from tests.core.breach_helpers import facts


@pytest.mark.parametrize(
    ("categories", "context", "expected"),
    [
        (["contact"], {}, 1),
        (["contact", "location"], {}, 2),
        (["civil_status", "financial"], {}, 3),
        (["civil_status", "health"], {}, 4),
        (["contact"], {"controller_reveals_sensitive": True}, 4),
        (["contact"], {"large_volume_per_person": True}, 2),
        (["financial"], {"large_volume_per_person": True, "vulnerable_subjects": True}, 4),
        (["health"], {"reveals_little": True}, 2),
        (["health"], {"reveals_little": True, "already_public": True, "data_invalid_or_outdated": True}, 1),
        ([], {}, 4),
        (["unknown"], {}, 4),
    ],
)
def test_dpc(categories: list[str], context: dict, expected: int) -> None:
    dpc, text = data_processing_context(
        facts(nature=["integrity"], data_categories=categories, context=context)
    )
    assert dpc == expected
    assert text.startswith(f"DPC {expected}")


def test_minors_raise_the_dpc() -> None:
    f = facts(
        nature=["integrity"], data_categories=["contact"], subjects={"categories": ["minors"], "count": 3}
    )
    assert data_processing_context(f)[0] == 2


def test_explicit_dpc_wins() -> None:
    f = facts(nature=["integrity"], data_categories=["health"], dpc=1)
    assert data_processing_context(f) == (1, "DPC 1 (choisi dans la grille ENISA)")


def test_full_formula() -> None:
    f = facts(
        nature=["confidentiality", "integrity", "availability"],
        data_categories=["financial"],
        identifiability="easy",
        cause="external_malicious",
        confidentiality={"exposure": "unknown_recipients"},
        integrity={"misuse": "recoverable"},
        availability={"backup": True, "restore_hours": 72, "care_impact": False, "permanent_loss": False},
    )
    sev, reason = severity(f)
    assert (sev.dpc, sev.ei, sev.cb) == (3, 0.75, 1.5)
    assert sev.score == 3.75 and sev.level == "high"
    text, english = render(reason), render(reason, "en")
    assert "= 3,75" in text and "élevée" in text
    assert "= 3.75" in english and "high severity" in english and "identification facile" not in english


def test_encryption_makes_identification_negligible() -> None:
    f = facts(
        nature=["confidentiality"],
        data_categories=["health"],
        identifiability="direct",
        protection="encrypted_key_safe",
        confidentiality={"exposure": "unknown"},
    )
    assert severity(f)[0].ei == 0.25


@pytest.mark.parametrize(
    ("score", "level"),
    [
        (0.25, "low"),
        (1.99, "low"),
        (2, "medium"),
        (2.99, "medium"),
        (3, "high"),
        (3.99, "high"),
        (4, "very_high"),
        (6, "very_high"),
    ],
)
def test_levels(score: float, level: str) -> None:
    assert level_of(score) == level


def test_french_numbers() -> None:
    assert (num(4.75), num(1.0), num(0.5), num(12)) == ("4,75", "1", "0,5", "12")
