from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from core.domain.register import (
    Activity,
    Checked,
    Period,
    Recommendation,
    RetentionRule,
    Transfer,
)
from core.errors import InvalidInput
from tests.core.register_fixtures import full_activity, full_processor


def paths(exc: InvalidInput) -> set[str]:
    return {p.path for p in exc.problems}


def test_full_activity_is_complete_and_valid():
    a = full_activity().validated()
    assert a.missing() == []
    assert a.completeness() == 100


def test_empty_activity_lists_every_gap_in_cnil_order():
    a = Activity(name="Brouillon")
    missing = [g.path for g in a.missing()]
    assert missing == [
        "purposes",
        "legal_basis",
        "legal_basis_detail",
        "persons",
        "data_categories",
        "data_source",
        "recipients",
        "retention",
        "dpia_required",
        "dpia_reason",
        "information",
    ]
    assert 0 < a.completeness() < 20


def test_sensitive_data_requires_an_art9_condition_but_nir_alone_does_not():
    a = full_activity(art9_condition="")
    assert "art9_condition" in {g.path for g in a.missing()}
    b = full_activity(art9_condition="", sensitive_data=(Checked("nir", ""),))
    assert "art9_condition" not in {g.path for g in b.missing()}


def test_other_boxes_need_a_detail_and_transfers_a_safeguard():
    a = full_activity(persons=(Checked("other", ""),), transfers=(Transfer("Canada"),))
    gaps = {g.path for g in a.missing()}
    assert {"persons[0].detail", "transfers[0].safeguard"} <= gaps


def test_a_complete_status_is_refused_while_something_is_missing():
    with pytest.raises(InvalidInput) as exc:
        full_activity(information="").validated()
    assert "information" in paths(exc.value)
    assert full_activity(information="", status="draft").validated().status == "draft"


def test_retention_change_from_the_recommendation_needs_a_justification():
    rule = RetentionRule(
        "Dossier",
        Period(3, "years"),
        Period(15, "years"),
        end_action="delete",
        recommended=Recommendation(Period(5, "years"), Period(15, "years"), "delete"),
    )
    assert rule.departs_from_recommendation()
    with pytest.raises(InvalidInput) as exc:
        full_activity(retention=(rule,)).validated()
    assert "retention[0].justification" in paths(exc.value)
    ok = full_activity(retention=(replace(rule, justification="Accord du conseil de l'Ordre"),)).validated()
    assert ok.retention[0].justification
    same = replace(rule, active=Period(5, "years"))
    assert not same.departs_from_recommendation()


def test_unknown_codes_and_negative_periods_are_rejected_with_paths():
    a = full_activity(
        legal_basis="z",
        status="draft",
        persons=(Checked("martians"),),
        retention=(RetentionRule("X", Period(-1, "weeks")),),
    )
    with pytest.raises(InvalidInput) as exc:
        a.validated()
    assert {
        "legal_basis",
        "persons[0].code",
        "retention[0].active.value",
        "retention[0].active.unit",
    } <= paths(exc.value)


def test_control_characters_are_refused_but_long_text_is_not():
    with pytest.raises(InvalidInput) as exc:
        full_activity(name="Dossier\x00patient").validated()
    assert "name" in paths(exc.value)
    long_text = "Finalité détaillée " * 20_000
    assert full_activity(purposes=(long_text,)).validated().purposes == (long_text.strip(),)


def test_normalisation_trims_and_drops_empty_items():
    a = full_activity(
        name="  Dossier  ",
        purposes=(" A ", "", "  "),
        processor_refs=("P01", "P01", " "),
        transfers_outside_eu=False,
    ).normalized()
    assert a.name == "Dossier" and a.purposes == ("A",) and a.processor_refs == ("P01",) and a.transfers == ()


def test_placeholder_text_counts_as_missing():
    a = full_activity(software="Logiciel (à préciser)", status="draft")
    assert "software" in {g.path for g in a.missing()}


def test_periods_read_naturally():
    assert Period(1, "years").text() == "1 an"
    assert Period(15, "years").text() == "15 ans"
    assert Period(3, "months").text() == "3 mois"
    assert Period(1, "days").text("en") == "1 day"
    rule = RetentionRule("x", Period(5, "years"), Period(15, "years"))
    assert rule.total_text() == "5 ans en base active + 15 ans en archives"


@pytest.mark.parametrize(
    ("processor_changes", "codes"),
    [
        ({}, []),
        ({"hds_reference": ""}, ["no_certificate"]),
        ({"hds_expiry": None}, ["no_certificate"]),
        ({"hds_expiry": date(2026, 11, 1)}, ["expired"]),
        ({"hds_expiry": date(2027, 2, 27)}, ["expires_soon"]),
        ({"hds_expiry": date(2027, 2, 28)}, []),
        ({"hosts_health_data": False, "hds_reference": ""}, []),
    ],
)
def test_hds_warnings(processor_changes, codes):
    today = date(2026, 11, 29)  # + 90 days = 2027-02-27
    p = full_processor(**processor_changes)
    assert [w.code for w in p.hds_warnings(today)] == codes


def test_processor_gaps_and_validation():
    assert full_processor().missing() == []
    gaps = {
        g.path
        for g in full_processor(clauses=("instructions",), contract_date=None, hds_activities=()).missing()
    }
    assert gaps == {"clauses", "contract_date", "hds_activities"}
    separate = full_processor(role="controller", clauses=(), contract_date=None)
    assert separate.missing() == []
    with pytest.raises(InvalidInput) as exc:
        full_processor(role="boss", clauses=("instructions", "instructions", "magic")).validated()
    assert paths(exc.value) == {"role", "clauses[1]"}  # duplicates are merged by normalisation
    assert {"clauses", "clauses[2]"} <= {
        p.path for p in full_processor(clauses=("audits", "audits", "x")).problems()
    }
