"""docs/breach-facts.schema.json agrees with the parser: valid documents pass both, bad ones fail both."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings

from core.domain.breach_json import TOP_KEYS, parse_facts
from core.errors import InvalidInput
from tests.core.breach_helpers import doc
from tests.core.test_breach_properties import fact_docs

jsonschema = pytest.importorskip("jsonschema")

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[2] / "docs" / "breach-facts.schema.json").read_text("utf-8")
)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def test_schema_is_valid_and_lists_the_parser_keys() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert set(SCHEMA["properties"]) == set(TOP_KEYS)


@settings(max_examples=100, deadline=None)
@given(fact_docs())
def test_generated_valid_documents_satisfy_the_schema(document: dict) -> None:
    parse_facts(document)
    assert not list(VALIDATOR.iter_errors(document))


@pytest.mark.parametrize(
    "bad",
    [
        {},
        doc(),  # personal data without nature
        doc(nature=["confidentiality"], colour="red"),
        doc(nature=["integrity"], availability={"backup": True}),
        doc(
            nature=["confidentiality"],
            confidentiality={"exposure": "unknown_recipients", "recipients_trusted": True},
        ),
        doc(nature=["availability"], availability={"permanent_loss": True, "backup": True}),
        doc(personal_data=False, nature=["integrity"]),
        doc(nature=["integrity"], dpc=7),
        doc(nature=["integrity"], subjects={"count": -1}),
    ],
)
def test_documents_refused_by_both(bad: dict) -> None:
    with pytest.raises(InvalidInput):
        parse_facts(bad)
    assert list(VALIDATOR.iter_errors(bad))
