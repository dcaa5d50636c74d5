"""One breach vocabulary: every code of the facts format has a French and an English label, and nothing else."""

from __future__ import annotations

import pytest

from core.domain import breach as B
from core.domain import breach_vocab as V
from core.domain.breach_json import facts_to_dict, parse_facts
from core.errors import InvalidInput
from tests.core.breach_helpers import doc

CODE_SETS = [
    (V.NATURES, B.NATURES),
    (V.ORIGINS, B.ORIGINS),
    (V.CAUSES, B.CAUSES),
    (V.DATA_CATEGORIES, B.DATA_CATEGORIES),
    (V.SUBJECT_CATEGORIES, B.SUBJECT_CATEGORIES),
    (V.IDENTIFIABILITY, B.IDENTIFIABILITY),
    (V.PROTECTIONS, B.PROTECTIONS),
    (V.EXPOSURES, B.EXPOSURES),
    (V.MISUSES, B.MISUSES),
    (V.STORAGE_MEDIA, B.STORAGE_MEDIA),
    (V.STATUSES, B.STATUSES),
    (V.DISCOVERY_MEANS, B.DISCOVERY_MEANS),
    (V.RISKS, B.RISKS),
    (V.SEVERITY_LEVELS, B.LEVELS),
]


@pytest.mark.parametrize(("vocabulary", "codes"), CODE_SETS)
def test_every_code_has_both_labels_and_no_extra_code(vocabulary: dict, codes: tuple) -> None:
    assert tuple(vocabulary) == tuple(codes)
    for code, term in vocabulary.items():
        assert term.code == code
        assert term.fr.strip() and term.en.strip(), code
        assert term.label("fr") == term.fr and term.label("en") == term.en


def test_label_function_and_unknown_code() -> None:
    assert V.label(V.STORAGE_MEDIA, "removable_media", "en").startswith("Removable media")
    assert V.label(V.STORAGE_MEDIA, "paper") == "Papier"
    assert V.label(V.STORAGE_MEDIA, "floppy") == "floppy"
    assert V.lower_first("Santé") == "santé" and V.lower_first("NIR (n°)") == "NIR (n°)"


def test_new_fields_parse_serialise_and_stay_optional() -> None:
    facts = parse_facts(
        doc(
            nature=["confidentiality"],
            storage_medium="server",
            status="suspected",
            records_count=12000,
            confidentiality={"exposure": "known_and_unknown_recipients"},
        )
    )
    assert facts.storage_medium == "server" and facts.status == "suspected"
    assert facts.confidentiality is not None
    assert facts.confidentiality.exposure == "known_and_unknown_recipients"
    out = facts_to_dict(facts)
    assert out["storage_medium"] == "server" and out["status"] == "suspected"
    assert parse_facts(out) == facts
    old = parse_facts(doc(nature=["integrity"]))  # a document written before these fields
    assert old.storage_medium is None and old.status is None


def test_new_fields_refuse_unknown_values() -> None:
    with pytest.raises(InvalidInput) as info:
        parse_facts(doc(nature=["integrity"], storage_medium="floppy", status="maybe"))
    assert {p.path for p in info.value.problems} == {"$.storage_medium", "$.status"}


def test_trusted_flag_needs_the_plain_known_recipients_exposure() -> None:
    with pytest.raises(InvalidInput):
        parse_facts(
            doc(
                nature=["confidentiality"],
                confidentiality={"exposure": "known_and_unknown_recipients", "recipients_trusted": True},
            )
        )
