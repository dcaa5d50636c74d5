"""Reasons and "what would change" hints are codes with parameters, rendered in French and English."""

from __future__ import annotations

import re

from hypothesis import given

from core.domain.breach_json import assessment_from_dict, assessment_to_dict, parse_facts
from core.rules.breach import assess
from core.rules.breach_reasons import TEXTS, render
from core.rules.breach_sensitivity import WORDS, what_would_change
from tests.core.test_breach_properties import SETTINGS, fact_docs

PLACEHOLDER = re.compile(r"\{(\w+)\}")
INTERNAL = re.compile(r"[a-z]+_[a-z_]+|[a-z]+\.[a-z_]+ =")  # snake_case keys, "key = value"


def test_every_reason_has_both_languages_with_the_same_placeholders() -> None:
    for code, (fr, en) in TEXTS.items():
        assert fr.strip() and en.strip(), code
        assert set(PLACEHOLDER.findall(fr)) == set(PLACEHOLDER.findall(en)), code
    for code, (fr, en) in WORDS.items():
        assert fr and en, code


@given(fact_docs())
@SETTINGS
def test_every_reason_renders_in_both_languages_without_internal_names(document: dict) -> None:
    result = assess(parse_facts(document))
    assert len(result.reason_codes) == len(result.reasons)
    assert tuple(render(r) for r in result.reason_codes) == result.reasons
    for reason in result.reason_codes:
        for lang in ("fr", "en"):
            text = render(reason, lang)
            # A sentence opens with a capital or with a figure ("51 persons are concerned ...").
            assert (text[0].isupper() or text[0].isdigit()) and text.endswith("."), text
            assert "{" not in text and "(s)" not in text, text
            assert not INTERNAL.search(text.replace("vigie", "")), text
        english = render(reason, "en")
        assert "données" not in english and " : " not in english, english
    for hint in what_would_change(parse_facts(document)):
        assert "données" not in hint.text("en") and hint.text("fr").endswith(".")


def test_codes_survive_the_stored_json() -> None:
    result = assess(
        parse_facts(
            {
                "aware_at": "2026-12-06T18:00:00+01:00",
                "personal_data": True,
                "nature": ["confidentiality"],
                "data_categories": ["civil_status", "health"],
                "confidentiality": {"exposure": "known_and_unknown_recipients"},
            }
        )
    )
    again = assessment_from_dict(assessment_to_dict(result))
    assert again == result
    assert any(r.code == "known_and_unknown" or r.code == "sensitive_exposed" for r in again.reason_codes)


def test_real_plurals_in_both_languages() -> None:
    from core.domain.breach import Reason

    one = Reason("trusted_deleted", {"count": 1})
    many = Reason("trusted_deleted", {"count": 12})
    assert "pour 1 personne :" in render(one) and "pour 12 personnes :" in render(many)
    assert "for 1 person:" in render(one, "en") and "for 12 persons:" in render(many, "en")
