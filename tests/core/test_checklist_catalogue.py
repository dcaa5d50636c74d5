"""The shipped checklist catalogue is complete, bilingual and consistent."""

from __future__ import annotations

import copy
import json
from collections import Counter

import pytest

from core.content.checklist import ITEM_TEXT_FIELDS, CatalogueError, catalogue, parse
from core.paths import resources_dir

REQUIRED_THEMES = {"GOUV", "DROITS", "PREST", "ACCES", "POSTE", "RESEAU", "IMAG", "ECH", "SAUV", "INCID",
                   "LOCAUX", "MAINT", "CONSERV", "EQUIPE", "SERVICES"}


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads((resources_dir() / "checklist" / "catalogue.json").read_text(encoding="utf-8"))


def test_at_least_80_items_with_unique_ids():
    cat = catalogue()
    ids = [i.id for i in cat.items]
    assert len(ids) >= 80
    assert len(set(ids)) == len(ids)


def test_every_theme_is_represented_and_the_network_theme_in_depth():
    cat = catalogue()
    counts = Counter(i.theme for i in cat.items)
    assert {t.id for t in cat.themes} == REQUIRED_THEMES
    assert set(counts) == REQUIRED_THEMES
    assert counts["RESEAU"] >= 10


def test_every_item_has_weight_reference_and_both_languages():
    for item in catalogue().items:
        assert item.weight in (1, 2, 3), item.id
        for name in ITEM_TEXT_FIELDS:
            text = getattr(item, name)
            assert text.fr and text.en, (item.id, name)
            assert text.fr != text.en or name == "reference", (item.id, name)
        assert item.question.fr.endswith("?"), item.id
        assert item.question.en.endswith("?"), item.id


def test_references_cite_a_source():
    sources = ("CNIL", "ANSSI", "ANS", "RGPD", "CSP", "CJUE", "Code")
    for item in catalogue().items:
        assert any(s in item.reference.fr for s in sources), item.id


def test_tags_and_conditions_are_used():
    cat = catalogue()
    tags = Counter(t for i in cat.items for t in i.tags)
    assert tags["sanction_2020"] >= 8 and tags["annual_recheck"] >= 4 and tags["legal_obligation"] >= 10
    used = {c for i in cat.items for c in i.applies_if}
    assert {"has_imaging", "has_staff", "has_website", "uses_teleconsultation", "has_wifi"} <= used
    assert used <= {c.id for c in cat.conditions}


def test_the_2020_sanction_causes_are_covered():
    cat = catalogue()
    for item_id in ("RESEAU-01", "RESEAU-02", "RESEAU-03", "RESEAU-04", "IMAG-01", "IMAG-02", "POSTE-05",
                    "INCID-02"):
        assert cat.item(item_id).sanction_2020, item_id
    assert "Livebox" in cat.item("RESEAU-03").how.fr and "Freebox" in cat.item("RESEAU-03").how.fr


def test_every_item_has_an_action_and_an_effort():
    for item in catalogue().items:
        assert item.effort in ("low", "medium", "high")
        assert len(item.action.fr) <= 120


def test_measures_link_existing_items():
    cat = catalogue()
    codes = [m.code for m in cat.measures]
    assert len(codes) == len(set(codes)) >= 8
    for m in cat.measures:
        assert all(cat.item(i) for i in m.items)


def test_applicability_follows_the_profile():
    cat = catalogue()
    everything = cat.applicable({})
    assert len(everything) == len(cat.items)
    no_imaging = cat.applicable({"has_imaging": False})
    assert not any(i.id in ("IMAG-01", "IMAG-02") for i in no_imaging)
    assert any(i.id == "IMAG-03" for i in no_imaging)


def test_validation_reports_every_fault(raw):
    broken = copy.deepcopy(raw)
    broken["items"][1]["id"] = broken["items"][0]["id"]
    broken["items"][2]["weight"] = 5
    broken["items"][3]["en"]["why"] = ""
    broken["items"][4]["tags"] = ["nonsense"]
    broken["items"][5]["applies_if"] = ["has_spaceship"]
    with pytest.raises(CatalogueError) as err:
        parse(broken)
    text = str(err.value)
    for expected in ("duplicated id", "weight", ".why.en", "unknown tag", "unknown condition"):
        assert expected in text


def test_a_theme_without_items_is_refused(raw):
    broken = copy.deepcopy(raw)
    broken["themes"].append({"id": "EMPTY", "fr": "Vide", "en": "Empty"})
    with pytest.raises(CatalogueError, match="EMPTY"):
        parse(broken)


def test_measure_codes_cover_the_registers_security_boxes():
    from core.domain import register_vocab

    register_codes = {code for code in register_vocab.SECURITY_MEASURES if code != "other"}
    assert register_codes <= {m.code for m in catalogue().measures}


def test_incid_02_agrees_with_conseil_d_etat_449694():
    """Conseil d'État, 22 July 2022, n° 449694: no duty to notify a breach the CNIL discovered and reported;
    the item must not say the opposite, and must say the exception is narrow."""
    item = catalogue().item("INCID-02")
    assert "449694" in item.reference.fr and "449694" in item.reference.en
    assert "CNIL elle-même" not in item.question.fr and "CNIL itself" not in item.question.en
    assert "Conseil d'État a annulé" in item.why.fr and "narrow" in item.why.en
