"""The four legal corrections of the breach decision, each tested against its source.

1. An attack seen only as unavailability: exfiltration not ruled out by evidence is weighed as a confidentiality
   breach (EDPB Guidelines 01/2021, paragraphs 16 and 19; CNIL doctrine "when in doubt, notify").
2. Art. 34(3)(b) (deletion confirmed) only for a recipient bound by secrecy: once someone outside medical secrecy
   has read health data the harm has happened (GDPR recital 85; EDPB Guidelines 9/2022).
3. Checklist INCID-02 agrees with Conseil d'État, 22 July 2022, n° 449694 (tested in test_checklist_catalogue).
4. The dossier's severity is the engine's conclusion (tested in test_breach_severity_conclusion).
"""

from __future__ import annotations

from core.rules.breach import assess
from tests.core.breach_helpers import facts

RANSOMWARE_RESTORED_IN_3_HOURS = dict(
    nature=["availability"],
    origin="hacking_malware_phishing",
    cause="external_malicious",
    data_categories=["civil_status", "health"],
    subjects={"categories": ["patients"], "count": 1200},
    identifiability="direct",
    protection="none",
    availability={"backup": True, "restore_hours": 3, "care_impact": False, "permanent_loss": False},
)


def test_edpb_01_2021_par_16_19_ransomware_on_unencrypted_health_data_is_notified() -> None:
    """Only "unavailable" ticked, backup restored in 3 h: EDPB case 1 does not apply (its data were encrypted
    and its logs proved nothing left); exfiltration not ruled out means notify, and health data mean inform."""
    result = assess(facts(**RANSOMWARE_RESTORED_IN_3_HOURS))
    assert (result.notify_authority, result.inform_subjects) == (True, True)
    text = " ".join(result.reasons)
    assert "01/2021, points 16 et 19" in text and "dans le doute, notifier" in text
    assert "personne, c'est établi" in text  # says how to state that the logs rule exfiltration out


def test_edpb_01_2021_case_1_logs_prove_no_exfiltration_still_documented_only() -> None:
    """When the logs prove nothing left (exposure none_proven) and the backup restored quickly: no risk."""
    result = assess(
        facts(
            **{
                **RANSOMWARE_RESTORED_IN_3_HOURS,
                "nature": ["confidentiality", "availability"],
                "confidentiality": {"exposure": "none_proven"},
            }
        )
    )
    assert (result.notify_authority, result.inform_subjects) == (False, False)


def test_edpb_01_2021_par_16_19_attack_on_encrypted_data_stays_documented_only() -> None:
    """EDPB case 1 proper: encrypted with a safe key, restored in hours: the widening changes nothing."""
    result = assess(facts(**{**RANSOMWARE_RESTORED_IN_3_HOURS, "protection": "encrypted_key_safe"}))
    assert (result.notify_authority, result.inform_subjects) == (False, False)


def test_accidental_outage_is_not_widened_to_confidentiality() -> None:
    """The widening is for attacks only: a disk failure restored in 3 h is documented (EDPB 01/2021 case 1)."""
    result = assess(
        facts(**{**RANSOMWARE_RESTORED_IN_3_HOURS, "origin": "other", "cause": "external_accidental"})
    )
    assert (result.notify_authority, result.inform_subjects) == (False, False)
    assert "points 16 et 19" not in " ".join(result.reasons)


def test_recital_85_results_read_by_another_patient_then_destroyed_must_be_told() -> None:
    """One patient's results posted to another patient, who read them, then destroyed the letter: the recipient
    is not bound by secrecy, so the confirmed destruction does not lift art. 34 (no 34(3)(b) exemption)."""
    result = assess(
        facts(
            nature=["confidentiality"],
            origin="sent_to_wrong_recipient",
            cause="internal_accidental",
            data_categories=["civil_status", "health"],
            subjects={"categories": ["patients"], "count": 1},
            identifiability="direct",
            protection="none",
            confidentiality={"exposure": "known_recipients", "deletion_confirmed": True},
        )
    )
    assert (result.notify_authority, result.inform_subjects, result.art34_exemption) == (True, True, None)
    assert "considérant 85" in " ".join(result.reasons)


def test_art_34_3_b_kept_for_non_sensitive_data_deleted_by_the_recipient() -> None:
    """Identity-fraud data (no special category) deleted by the recipient: the later measure still removes the
    high risk (art. 34(3)(b) GDPR)."""
    result = assess(
        facts(
            nature=["confidentiality"],
            origin="sent_to_wrong_recipient",
            cause="internal_accidental",
            data_categories=["civil_status", "nir"],
            subjects={"categories": ["patients"], "count": 1},
            identifiability="direct",
            protection="none",
            confidentiality={"exposure": "known_recipients", "deletion_confirmed": True},
        )
    )
    assert (result.notify_authority, result.inform_subjects, result.art34_exemption) == (True, False, "b")


def test_trusted_recipient_bound_by_secrecy_keeps_its_exemption() -> None:
    """EDPB 01/2021 case 9: a colleague bound by secrecy who deleted the data: documented only."""
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
    assert (result.notify_authority, result.inform_subjects) == (False, False)


def test_journalist_browsed_the_imaging_server_exposure_known_and_unknown() -> None:
    """The SAN-2020-014/015 situation told by a journalist: someone known saw the images and unknown others may
    have: weighed like a publication, health data: notify and inform (EDPB 01/2021 cases 4-5; 9/2022 ex. ii)."""
    result = assess(
        facts(
            nature=["confidentiality"],
            origin="unintended_publication",
            cause="internal_accidental",
            data_categories=["civil_status", "health"],
            subjects={"categories": ["patients"], "count": 3000},
            records_count=20000,
            identifiability="direct",
            protection="none",
            storage_medium="server",
            status="established",
            confidentiality={"exposure": "known_and_unknown_recipients"},
        )
    )
    assert (result.notify_authority, result.inform_subjects) == (True, True)
    assert result.severity is not None and result.severity.cb == 0.5
