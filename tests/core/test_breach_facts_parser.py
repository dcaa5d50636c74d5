"""The ``vigie.breach-facts/1`` parser: strict, every problem reported by JSON path, round trip."""

from __future__ import annotations

import json

import pytest

from core.domain.breach_json import facts_to_dict, facts_to_json, parse_facts, parse_facts_json
from core.errors import InvalidInput
from tests.core.breach_helpers import doc


def problems(document: object) -> dict[str, str]:
    with pytest.raises(InvalidInput) as info:
        parse_facts(document)
    return {p.path: p.problem for p in info.value.problems}


def test_minimal_document() -> None:
    facts = parse_facts({"aware_at": "2026-11-29T19:05:00+01:00", "personal_data": False})
    assert not facts.personal_data and facts.nature == ()


def test_defaults_for_blocks_left_out_mean_unknown() -> None:
    facts = parse_facts(doc(nature=["confidentiality", "integrity", "availability"]))
    assert facts.confidentiality is not None and facts.confidentiality.exposure == "unknown"
    assert facts.integrity is not None and facts.integrity.misuse is None
    assert facts.availability is not None and facts.availability.restore_hours is None


def test_required_fields() -> None:
    found = problems({})
    assert set(found) == {"$.aware_at", "$.personal_data"}


def test_unknown_keys_at_every_level() -> None:
    found = problems(
        doc(
            nature=["confidentiality"],
            color="red",
            confidentiality={"exposure": "unknown", "x": 1},
            subjects={"count": 3, "age": 2},
            context={"urgent": True},
        )
    )
    assert {"$.color", "$.confidentiality.x", "$.subjects.age", "$.context.urgent"} <= set(found)
    assert "clé inconnue" in found["$.color"]


def test_wrong_types_are_reported_with_their_path() -> None:
    found = problems(
        doc(
            personal_data="yes",
            nature="confidentiality",
            dpc=2.5,
            records_count=True,
            subjects={"count": "12"},
            malicious=1,
        )
    )
    assert set(found) >= {
        "$.personal_data",
        "$.nature",
        "$.dpc",
        "$.records_count",
        "$.subjects.count",
        "$.malicious",
    }


def test_values_outside_their_list() -> None:
    found = problems(
        doc(
            nature=["confidentiality", "theft"],
            origin="burglary",
            protection="strong",
            confidentiality={"exposure": "maybe"},
            data_categories=["health", "health"],
        )
    )
    assert set(found) >= {
        "$.nature[1]",
        "$.origin",
        "$.protection",
        "$.confidentiality.exposure",
        "$.data_categories[1]",
    }
    assert "valeurs admises" in found["$.confidentiality.exposure"]


def test_impossible_combinations() -> None:
    found = problems(
        doc(
            nature=["confidentiality"],
            occurred_at="2026-11-28T10:00:00+01:00",
            aware_at="2026-11-27T10:00:00+01:00",
            availability={"backup": True},
            cause="internal_accidental",
            malicious=True,
            confidentiality={"exposure": "unknown_recipients", "recipients_trusted": True},
        )
    )
    assert set(found) >= {
        "$.occurred_at",
        "$.availability",
        "$.malicious",
        "$.confidentiality.recipients_trusted",
    }


def test_no_personal_data_excludes_data_fields() -> None:
    found = problems(doc(personal_data=False, nature=["availability"], data_categories=["health"], dpc=3))
    assert set(found) == {"$.nature", "$.data_categories", "$.dpc"}


def test_personal_data_requires_a_nature() -> None:
    assert "$.nature" in problems(doc())


def test_availability_contradictions() -> None:
    found = problems(doc(nature=["availability"], availability={"backup": True, "restore_hours": -1}))
    assert "$.availability.restore_hours" in found
    found = problems(
        doc(
            nature=["availability"], availability={"backup": True, "permanent_loss": True, "restore_hours": 3}
        )
    )
    assert {"$.availability.permanent_loss", "$.availability.restore_hours"} <= set(found)


def test_dates_need_time_and_offset() -> None:
    assert "$.aware_at" in problems(doc(aware_at="2026-11-27"))
    assert "$.aware_at" in problems(doc(aware_at="2026-11-27T10:00:00"))
    assert "$.aware_at" in problems(doc(aware_at="hier soir"))
    assert (
        parse_facts(doc(personal_data=False, aware_at="2026-11-27T09:00:00Z")).aware_at.utcoffset()
        is not None
    )


def test_dpc_range_and_format_marker() -> None:
    assert "$.dpc" in problems(doc(nature=["integrity"], dpc=5))
    assert "$.format" in problems(doc(nature=["integrity"], format="vigie.breach-facts/2"))
    assert parse_facts(doc(nature=["integrity"], format="vigie.breach-facts/1", dpc=4)).dpc == 4


def test_json_text_errors() -> None:
    for text in ("", "{", "[1, 2]", '{"aware_at": NaN}', "null", '"x"', "[" * 100000, b"\xff\xfe{"):
        with pytest.raises(InvalidInput) as info:
            parse_facts_json(text)
        assert info.value.problems and info.value.problems[0].path.startswith("$")


def test_duplicate_keys_are_refused() -> None:
    with pytest.raises(InvalidInput) as info:
        parse_facts_json(
            '{"aware_at": "2026-11-27T10:00:00Z", "personal_data": true, "personal_data": false}'
        )
    assert [p.path for p in info.value.problems] == ["$.personal_data"]


def test_round_trip() -> None:
    original = parse_facts(
        doc(
            nature=["confidentiality", "integrity", "availability"],
            origin="hacking_malware_phishing",
            cause="unknown",
            data_categories=["health", "nir"],
            dpc=None,
            context={"vulnerable_subjects": True},
            subjects={"categories": ["patients", "minors"], "count": 12, "reachable": False},
            records_count=40,
            identifiability="easy",
            protection="pseudonymised",
            confidentiality={
                "exposure": "known_recipients",
                "recipients_trusted": True,
                "deletion_confirmed": False,
            },
            integrity={"misuse": "recoverable"},
            availability={
                "backup": True,
                "restore_hours": 36.5,
                "care_impact": True,
                "permanent_loss": False,
            },
            malicious=None,
            occurred_at="2026-11-26T08:00:00+01:00",
        )
    )
    assert parse_facts(facts_to_dict(original)) == original
    assert parse_facts_json(facts_to_json(original)) == original
    assert json.loads(facts_to_json(original))["format"] == "vigie.breach-facts/1"
