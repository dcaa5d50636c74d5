from __future__ import annotations

import copy
import json

import pytest

from core.content import register_templates as rt
from core.content.professions import professions
from core.paths import resources_dir

GP_REQUIRED = {
    "patient_record_doctor",
    "appointments",
    "billing_sesam",
    "secure_messaging",
    "teleconsultation",
    "accounting",
    "staff_payroll",
    "suppliers",
    "video",
    "website",
    "phone_secretariat",
}


def raw_templates():
    return json.loads((resources_dir() / "register" / "templates.json").read_text(encoding="utf-8"))


def raw_processors():
    return json.loads((resources_dir() / "register" / "processors.json").read_text(encoding="utf-8"))


def test_catalogues_load_and_are_consistent():
    assert len(rt.processor_templates()) >= 10
    assert len(rt.activity_templates()) >= 11
    keys = {p.key for p in rt.processor_templates()}
    assert {
        "practice_software",
        "software_host",
        "booking_platform",
        "secure_messaging",
        "claims_concentrator",
        "teleconsultation",
        "it_maintenance",
        "backup",
        "payroll",
        "website",
        "shredding",
    } <= keys


def test_gp_gets_every_activity_listed_in_the_issue():
    assert {t.key for t in rt.templates_for("medecin_generaliste")} >= GP_REQUIRED


@pytest.mark.parametrize("profession", ["masseur_kinesitherapeute", "chirurgien_dentiste"])
def test_physio_and_dentist_get_their_own_record(profession):
    keys = [t.key for t in rt.templates_for(profession)]
    assert (
        keys[0]
        == {
            "masseur_kinesitherapeute": "patient_record_physio",
            "chirurgien_dentiste": "patient_record_dentist",
        }[profession]
    )
    assert "patient_record_doctor" not in keys
    assert {"appointments", "billing_sesam", "accounting"} <= set(keys)


def test_every_profession_gets_exactly_one_patient_record():
    for prof in professions():
        records = [t.key for t in rt.templates_for(prof.code) if t.key.startswith("patient_record")]
        assert len(records) == 1, prof.code


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_applied_templates_are_valid_and_only_miss_what_the_user_knows(lang):
    for template in rt.activity_templates():
        activity = template.to_activity(lang).validated()
        assert activity.status == "draft"
        assert {g.path for g in activity.missing()} <= {"software"}, template.key
        for rule in activity.retention:
            assert rule.recommended is not None and not rule.departs_from_recommendation()


def test_key_retention_facts_match_the_reference():
    record = rt.activity_template("patient_record_doctor").to_activity()
    rule = record.retention[0]
    assert (rule.active.value, rule.active.unit, rule.archive.value) == (5, "years", 15)
    assert "28" in rule.criterion
    billing = rt.activity_template("billing_sesam").to_activity()
    assert (billing.retention[0].active.value, billing.retention[0].active.unit) == (3, "months")
    assert "R161-47" in billing.retention[0].criterion
    video = rt.activity_template("video").to_activity()
    assert (video.retention[0].active.value, video.retention[0].active.unit) == (1, "months")
    for key in ("patient_record_doctor", "appointments", "billing_sesam", "teleconsultation"):
        assert rt.activity_template(key).to_activity().art9_condition == "h"


def test_french_and_english_differ_but_keep_the_same_structure():
    t = rt.activity_template("patient_record_doctor")
    fr, en = t.to_activity("fr"), t.to_activity("en")
    assert fr.name != en.name
    assert [c.code for c in fr.data_categories] == [c.code for c in en.data_categories]
    assert len(fr.retention) == len(en.retention)


def test_checker_reports_broken_catalogues():
    doc = raw_templates()
    processor_keys = {p["key"] for p in raw_processors()["processors"]}
    codes = {p.code for p in professions()}
    assert rt.check_templates(doc, processor_keys, codes) == []
    broken = copy.deepcopy(doc)
    first = broken["activities"][0]
    first["legal_basis"] = "z"
    first["persons"].append("aliens")
    first["processors"].append("nobody")
    first["professions"].append("astronaute")
    del first["en"]["information"]
    first["fr"]["retention"].append({"category": "x", "trigger": "", "criterion": ""})
    broken["activities"][1]["key"] = first["key"]
    problems = " | ".join(rt.check_templates(broken, processor_keys, codes))
    for needle in (
        "legal_basis",
        "aliens",
        "nobody",
        "astronaute",
        "information",
        "retention ne correspond",
        "en double",
    ):
        assert needle in problems
    assert rt.check_templates({"format": "x"}, processor_keys, codes)


def test_processor_checker_reports_problems():
    assert rt.check_processors(raw_processors()) == []
    doc = raw_processors()
    doc["processors"][0]["role"] = "king"
    doc["processors"][1]["key"] = doc["processors"][0]["key"]
    doc["processors"][2]["fr"] = {"name": ""}
    problems = " | ".join(rt.check_processors(doc))
    assert "role" in problems and "double" in problems and "processors[2].fr" in problems


def test_processor_suggestions_become_processors_with_hints_kept_aside():
    host = rt.processor_template("software_host")
    p = host.to_processor("fr").validated()
    assert p.hosts_health_data and p.role == "processor" and p.notes == ""
    assert "certificat" in host.hint("fr") and "certificate" in host.hint("en")
    assert {g.path for g in p.missing()} >= {"name", "incident_contact", "contract_date"}
