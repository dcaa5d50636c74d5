"""What happens in a solo health practice, and what the engine must conclude."""

from __future__ import annotations

from datetime import UTC, datetime

from core.rules.breach import assess, assessment_to_dict
from tests.core.breach_helpers import facts, outcome

PATIENTS = {"categories": ["patients"], "count": 1800}


def test_stolen_encrypted_laptop_is_documented_only() -> None:
    result = assess(
        facts(
            nature=["confidentiality", "availability"],
            origin="lost_or_stolen_device",
            cause="external_malicious",
            data_categories=["civil_status", "health", "nir"],
            subjects=PATIENTS,
            identifiability="direct",
            protection="encrypted_key_safe",
            confidentiality={"exposure": "unknown"},
            availability={"backup": True, "restore_hours": 6, "care_impact": False, "permanent_loss": False},
        )
    )
    assert result.is_personal_data_breach
    assert (result.risk, result.notify_authority, result.inform_subjects) == ("none", False, False)
    assert result.art34_exemption == "a"
    assert any("33(5)" in r for r in result.reasons)


def test_lost_unencrypted_usb_key_with_patient_records() -> None:
    result = assess(
        facts(
            nature=["confidentiality"],
            origin="lost_or_stolen_device",
            cause="internal_accidental",
            data_categories=["civil_status", "health"],
            subjects={"categories": ["patients"], "count": 250},
            identifiability="direct",
            protection="none",
            confidentiality={"exposure": "unknown"},
        )
    )
    assert (result.risk, result.notify_authority, result.inform_subjects) == ("high", True, True)
    assert result.severity is not None and result.severity.level == "very_high"


def test_lab_result_posted_to_the_wrong_patient() -> None:
    assert outcome(
        nature=["confidentiality"],
        origin="mail_lost_or_opened",
        cause="internal_accidental",
        data_categories=["civil_status", "health"],
        subjects={"categories": ["patients"], "count": 1},
        identifiability="direct",
        protection="none",
        confidentiality={"exposure": "known_recipients"},
    ) == (True, True)


def test_lab_result_returned_unopened_by_the_other_patient_is_documented() -> None:
    """Returned unopened: nobody read it, so nothing was disclosed (art. 4(12)); the journal keeps it."""
    result = assess(
        facts(
            nature=["confidentiality"],
            origin="mail_lost_or_opened",
            cause="internal_accidental",
            data_categories=["civil_status", "health"],
            subjects={"categories": ["patients"], "count": 1},
            identifiability="direct",
            protection="none",
            confidentiality={"exposure": "none_proven"},
        )
    )
    assert (result.is_personal_data_breach, result.notify_authority, result.inform_subjects) == (
        False,
        False,
        False,
    )


def test_ransomware_without_backup() -> None:
    result = assess(
        facts(
            nature=["confidentiality", "availability"],
            origin="hacking_malware_phishing",
            data_categories=["civil_status", "health", "nir"],
            subjects=PATIENTS,
            identifiability="direct",
            protection="none",
            confidentiality={"exposure": "unknown"},
            availability={
                "backup": False,
                "restore_hours": None,
                "care_impact": True,
                "permanent_loss": False,
            },
        )
    )
    assert (result.risk, result.notify_authority, result.inform_subjects) == ("high", True, True)
    # origin = hacking and cause unknown: treated as malicious (ENISA +0,5)
    assert result.severity is not None and result.severity.cb == 1.0


def test_medical_images_reachable_from_the_internet() -> None:
    """The case behind Vigie (CNIL SAN-2020-014/015): a PACS server open on the home box."""
    result = assess(
        facts(
            nature=["confidentiality"],
            origin="unintended_publication",
            cause="internal_accidental",
            data_categories=["civil_status", "health"],
            subjects={"categories": ["patients"], "count": 6000},
            identifiability="direct",
            protection="none",
            confidentiality={"exposure": "unknown_recipients"},
        )
    )
    assert (result.risk, result.notify_authority, result.inform_subjects) == ("high", True, True)


def test_secure_message_to_the_wrong_colleague_who_deleted_it() -> None:
    result = assess(
        facts(
            nature=["confidentiality"],
            origin="sent_to_wrong_recipient",
            cause="internal_accidental",
            data_categories=["civil_status", "health"],
            subjects={"categories": ["patients"], "count": 1},
            identifiability="direct",
            protection="none",
            confidentiality={
                "exposure": "known_recipients",
                "recipients_trusted": True,
                "deletion_confirmed": True,
            },
        )
    )
    assert (result.risk, result.notify_authority, result.inform_subjects) == ("none", False, False)


def test_colleague_has_not_confirmed_deletion_yet() -> None:
    assert outcome(
        nature=["confidentiality"],
        origin="sent_to_wrong_recipient",
        cause="internal_accidental",
        data_categories=["health"],
        subjects={"categories": ["patients"], "count": 1},
        identifiability="direct",
        protection="none",
        confidentiality={"exposure": "known_recipients", "recipients_trusted": True},
    ) == (True, False)


def test_software_down_two_hours_without_consequence() -> None:
    assert outcome(
        nature=["availability"],
        origin="other",
        cause="external_accidental",
        data_categories=["health"],
        subjects=PATIENTS,
        availability={"backup": True, "restore_hours": 2, "care_impact": False, "permanent_loss": False},
    ) == (False, False)


def test_paper_records_thrown_away_unshredded() -> None:
    assert outcome(
        nature=["confidentiality"],
        origin="paper_disposed_unshredded",
        cause="internal_accidental",
        data_categories=["civil_status", "health"],
        subjects={"categories": ["patients"], "count": 40},
        identifiability="direct",
        confidentiality={"exposure": "unknown"},
    ) == (True, True)


def test_everything_unknown_still_notifies_when_in_doubt() -> None:
    result = assess(facts(nature=["confidentiality"]))
    assert result.notify_authority
    assert result.risk == "risk"
    assert not result.inform_subjects
    assert any("dans le doute" in r for r in result.reasons)


def test_unknown_integrity_and_availability_blocks_lead_to_notification() -> None:
    assert outcome(nature=["integrity"], data_categories=["contact"])[0]
    assert outcome(nature=["availability"], data_categories=["contact"])[0]


def test_no_personal_data_is_not_a_breach() -> None:
    result = assess(facts(personal_data=False, origin="hacking_malware_phishing"))
    assert not result.is_personal_data_breach
    assert (result.risk, result.notify_authority, result.inform_subjects) == ("none", False, False)
    assert result.severity is None


def test_access_proven_not_to_have_happened_is_not_a_breach() -> None:
    result = assess(
        facts(
            nature=["confidentiality"],
            data_categories=["health"],
            confidentiality={"exposure": "none_proven"},
        )
    )
    assert not result.is_personal_data_breach
    assert not result.notify_authority


def test_cnil_discovered_it_itself() -> None:
    result = assess(
        facts(
            nature=["confidentiality"],
            data_categories=["health"],
            subjects=PATIENTS,
            identifiability="direct",
            protection="none",
            confidentiality={"exposure": "unknown_recipients"},
            authority_already_informed=True,
        )
    )
    assert result.risk == "high"
    assert not result.notify_authority
    assert result.inform_subjects
    assert any("449694" in r for r in result.reasons)


def test_persons_not_reachable_use_the_public_communication_exemption() -> None:
    result = assess(
        facts(
            nature=["confidentiality"],
            data_categories=["health"],
            identifiability="direct",
            protection="none",
            subjects={"categories": ["patients"], "count": None, "reachable": False},
            confidentiality={"exposure": "unknown_recipients"},
        )
    )
    assert (result.risk, result.inform_subjects, result.art34_exemption) == ("high", False, "c")
    assert any("34(3)(c)" in r for r in result.reasons)


def test_pseudonymised_research_extract() -> None:
    assert outcome(
        nature=["confidentiality"],
        data_categories=["health"],
        subjects={"categories": ["patients"], "count": 80},
        identifiability="difficult",
        protection="pseudonymised",
        confidentiality={"exposure": "unknown"},
    ) == (True, False)


def test_deadline_is_72_hours_across_the_spring_daylight_saving_change() -> None:
    # 27 March 2026 10:00 in Paris (UTC+1); clocks go forward on Sunday 29 March: 72 h later it is 11:00 (UTC+2).
    result = assess(facts(aware_at="2026-03-27T10:00:00+01:00", nature=["confidentiality"]))
    assert result.deadline.isoformat() == "2026-03-30T11:00:00+02:00"
    assert result.deadline - datetime(2026, 3, 27, 9, 0, tzinfo=UTC) == (
        datetime(2026, 3, 30, 9, 0, tzinfo=UTC) - datetime(2026, 3, 27, 9, 0, tzinfo=UTC)
    )


def test_deadline_across_the_autumn_change_and_from_another_offset() -> None:
    # 23 Oct 2026 18:30 UTC = 20:30 in Paris (UTC+2); clocks go back on 25 Oct: deadline 26 Oct 19:30 (UTC+1).
    result = assess(facts(aware_at="2026-10-23T18:30:00Z", nature=["availability"]))
    assert result.deadline.isoformat() == "2026-10-26T19:30:00+01:00"
    assert assessment_to_dict(result)["deadline"] == "2026-10-26T19:30:00+01:00"


def test_every_reason_is_a_french_sentence_naming_a_rule() -> None:
    result = assess(
        facts(
            nature=["confidentiality", "integrity", "availability"],
            origin="hacking_malware_phishing",
            data_categories=["health", "financial"],
            subjects={"categories": ["patients", "minors"], "count": 12000},
            identifiability="direct",
            protection="none",
            confidentiality={"exposure": "unknown_recipients"},
            integrity={"misuse": "not_recoverable"},
            availability={
                "backup": False,
                "restore_hours": None,
                "care_impact": True,
                "permanent_loss": True,
            },
        )
    )
    rules = ("art.", "CEPD", "ENISA", "CNIL", "considérant", "Conseil d'État")
    for reason in result.reasons:
        assert reason[0].isupper() and reason.endswith("."), reason
        assert any(rule in reason for rule in rules) or reason.startswith("Conclusion"), reason
