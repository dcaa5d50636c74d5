"""The EDPB's worked examples, retold as facts, with the conclusion the EDPB reached.

Guidelines 01/2021 (18 cases) and the examples annexed to Guidelines 9/2022 (i to x). Where the EDPB answers
"depends on the data", the test fixes the data and checks the branch it points to.
"""

from __future__ import annotations

import pytest

from core.rules.breach import assess
from tests.core.breach_helpers import facts

DOCUMENT_ONLY = (False, False)
NOTIFY = (True, False)
NOTIFY_AND_INFORM = (True, True)

CASES_01_2021 = {
    # 1. Ransomware hits a small firm; the data were encrypted at rest, logs show no exfiltration, and the
    # daily backup restores everything within a few hours.
    "01 ransomware, backup, no exfiltration": (
        dict(
            nature=["confidentiality", "availability"],
            origin="hacking_malware_phishing",
            cause="external_malicious",
            data_categories=["civil_status", "contact"],
            subjects={"categories": ["clients"], "count": 2000},
            identifiability="direct",
            protection="encrypted_key_safe",
            confidentiality={"exposure": "none_proven"},
            availability={"backup": True, "restore_hours": 4, "care_impact": False, "permanent_loss": False},
        ),
        DOCUMENT_ONLY,
    ),
    # 2. Same attack, but no usable backup: rebuilding the data from paper takes five days. Data encrypted
    # at rest, no exfiltration. Unavailability for days: notify; no high risk for the persons.
    "02 ransomware without backup": (
        dict(
            nature=["availability"],
            origin="hacking_malware_phishing",
            cause="external_malicious",
            data_categories=["civil_status", "contact", "financial"],
            subjects={"categories": ["employees"], "count": 40},
            identifiability="direct",
            protection="encrypted_key_safe",
            availability={
                "backup": False,
                "restore_hours": 120,
                "care_impact": False,
                "permanent_loss": False,
            },
        ),
        NOTIFY,
    ),
    # 3. A hospital's systems are encrypted by ransomware; backups exist but restoring takes two days, during
    # which operations are postponed. No exfiltration.
    "03 ransomware in a hospital, backup, care delayed": (
        dict(
            nature=["availability"],
            origin="hacking_malware_phishing",
            cause="external_malicious",
            data_categories=["civil_status", "health"],
            subjects={"categories": ["patients"], "count": 1500},
            identifiability="direct",
            protection="none",
            availability={"backup": True, "restore_hours": 48, "care_impact": True, "permanent_loss": False},
        ),
        NOTIFY_AND_INFORM,
    ),
    # 4. Ransomware without backup and the attacker copied the files (identity and bank data) first.
    "04 ransomware without backup, with exfiltration": (
        dict(
            nature=["confidentiality", "availability"],
            origin="hacking_malware_phishing",
            cause="external_malicious",
            data_categories=["civil_status", "contact", "financial"],
            subjects={"categories": ["clients"], "count": 800},
            identifiability="direct",
            protection="none",
            confidentiality={"exposure": "unknown_recipients"},
            availability={
                "backup": False,
                "restore_hours": None,
                "care_impact": False,
                "permanent_loss": False,
            },
        ),
        NOTIFY_AND_INFORM,
    ),
    # 5. Injected code on a recruitment site copies the application forms (full CVs) as candidates type them.
    "05 job applications exfiltrated": (
        dict(
            nature=["confidentiality"],
            origin="hacking_malware_phishing",
            cause="external_malicious",
            data_categories=["civil_status", "contact", "other"],
            context={"large_volume_per_person": True},
            subjects={"categories": ["users"], "count": 213},
            identifiability="direct",
            protection="none",
            confidentiality={"exposure": "unknown_recipients"},
        ),
        NOTIFY_AND_INFORM,
    ),
    # 6. An attacker steals a website's password table; only salted hashes from a strong algorithm.
    "06 salted password hashes exfiltrated": (
        dict(
            nature=["confidentiality"],
            origin="hacking_malware_phishing",
            cause="external_malicious",
            data_categories=["credentials"],
            subjects={"categories": ["users"], "count": 1200},
            identifiability="easy",
            protection="hashed_salted",
            confidentiality={"exposure": "unknown_recipients"},
        ),
        DOCUMENT_ONLY,
    ),
    # 7. Credential stuffing logs into customers' online bank accounts.
    "07 credential stuffing on a bank": (
        dict(
            nature=["confidentiality"],
            origin="hacking_malware_phishing",
            cause="external_malicious",
            data_categories=["credentials", "financial", "civil_status"],
            subjects={"categories": ["clients"], "count": 150},
            identifiability="direct",
            protection="none",
            confidentiality={"exposure": "unknown_recipients"},
        ),
        NOTIFY_AND_INFORM,
    ),
    # 8. A departing employee copies the customer contact list to use at a competitor.
    "08 former employee takes the client list": (
        dict(
            nature=["confidentiality"],
            origin="other",
            cause="internal_malicious",
            data_categories=["civil_status", "contact"],
            subjects={"categories": ["clients"], "count": 3000},
            identifiability="direct",
            protection="none",
            confidentiality={"exposure": "known_recipients"},
        ),
        NOTIFY,
    ),
    # 9. A trusted partner bound by confidentiality receives other customers' data by mistake, reports it and
    # deletes it at once.
    "09 accidental transmission to a trusted third party": (
        dict(
            nature=["confidentiality"],
            origin="sent_to_wrong_recipient",
            cause="internal_accidental",
            data_categories=["civil_status", "contact", "financial"],
            subjects={"categories": ["clients"], "count": 30},
            identifiability="direct",
            protection="none",
            confidentiality={
                "exposure": "known_recipients",
                "recipients_trusted": True,
                "deletion_confirmed": True,
            },
        ),
        DOCUMENT_ONLY,
    ),
    # 10. Two laptops stolen; full-disk encryption with a strong key kept safe; data backed up.
    "10 stolen laptops, encrypted": (
        dict(
            nature=["confidentiality", "availability"],
            origin="lost_or_stolen_device",
            cause="external_malicious",
            data_categories=["civil_status", "contact", "health"],
            subjects={"categories": ["clients"], "count": 400},
            identifiability="direct",
            protection="encrypted_key_safe",
            confidentiality={"exposure": "unknown"},
            availability={"backup": True, "restore_hours": 2, "care_impact": False, "permanent_loss": False},
        ),
        DOCUMENT_ONLY,
    ),
    # 11. A service provider's notebook, unencrypted, holding names, addresses and birth dates of more than
    # 100,000 customers, is stolen.
    "11 stolen unencrypted notebook, 100,000 customers": (
        dict(
            nature=["confidentiality"],
            origin="lost_or_stolen_device",
            cause="external_malicious",
            data_categories=["civil_status", "contact"],
            subjects={"categories": ["clients"], "count": 100000},
            identifiability="direct",
            protection="none",
            confidentiality={"exposure": "unknown"},
        ),
        NOTIFY_AND_INFORM,
    ),
    # 12. A paper logbook of an addiction-treatment centre, with health details, is stolen.
    "12 stolen paper files with health data": (
        dict(
            nature=["confidentiality", "availability"],
            origin="paper_lost_stolen_or_exposed",
            cause="external_malicious",
            data_categories=["civil_status", "health"],
            subjects={"categories": ["patients", "vulnerable"], "count": 60},
            identifiability="direct",
            protection="none",
            confidentiality={"exposure": "unknown"},
            availability={
                "backup": False,
                "restore_hours": None,
                "care_impact": False,
                "permanent_loss": True,
            },
        ),
        NOTIFY_AND_INFORM,
    ),
    # 13. Two parcels are swapped: each customer receives the other's invoice (name, address, items).
    "13 swapped invoices between two customers": (
        dict(
            nature=["confidentiality"],
            origin="mail_lost_or_opened",
            cause="internal_accidental",
            data_categories=["civil_status", "contact", "other"],
            subjects={"categories": ["clients"], "count": 2},
            identifiability="direct",
            protection="none",
            confidentiality={"exposure": "known_recipients"},
        ),
        DOCUMENT_ONLY,
    ),
    # 14. A public employment office e-mails a spreadsheet with job seekers' social security numbers to more
    # than a hundred recipients.
    "14 highly confidential data e-mailed by mistake": (
        dict(
            nature=["confidentiality"],
            origin="sent_to_wrong_recipient",
            cause="internal_accidental",
            data_categories=["civil_status", "contact", "nir"],
            subjects={"categories": ["users"], "count": 60},
            identifiability="direct",
            protection="none",
            confidentiality={"exposure": "known_recipients"},
        ),
        NOTIFY_AND_INFORM,
    ),
    # 15. A course participant list with a food intolerance note is e-mailed to the 15 participants of another
    # course: known recipients, trivial health detail.
    "15 participant list with a food intolerance e-mailed by mistake": (
        dict(
            nature=["confidentiality"],
            origin="sent_to_wrong_recipient",
            cause="internal_accidental",
            data_categories=["civil_status", "contact", "health"],
            context={"reveals_little": True},
            subjects={"categories": ["users"], "count": 15},
            identifiability="direct",
            protection="none",
            confidentiality={"exposure": "known_recipients"},
        ),
        DOCUMENT_ONLY,
    ),
    # 16. An insurer mails several hundred premium letters to the wrong policyholders.
    "16 insurance letters to the wrong addresses": (
        dict(
            nature=["confidentiality"],
            origin="mail_lost_or_opened",
            cause="internal_accidental",
            data_categories=["civil_status", "contact", "other"],
            subjects={"categories": ["clients"], "count": 600},
            identifiability="direct",
            protection="none",
            confidentiality={"exposure": "known_recipients"},
        ),
        NOTIFY,
    ),
    # 17. A caller impersonates a customer, obtains their data and changes the account's contact details.
    "17 identity theft through social engineering": (
        dict(
            nature=["confidentiality", "integrity"],
            origin="other",
            cause="external_malicious",
            data_categories=["civil_status", "contact", "credentials"],
            subjects={"categories": ["clients"], "count": 1},
            identifiability="direct",
            protection="none",
            confidentiality={"exposure": "known_recipients"},
            integrity={"misuse": "recoverable"},
        ),
        NOTIFY_AND_INFORM,
    ),
    # 18. An attacker lurks in a mailbox for months and alters invoices' bank details.
    "18 mailbox exfiltration and altered invoices": (
        dict(
            nature=["confidentiality", "integrity"],
            origin="hacking_malware_phishing",
            cause="external_malicious",
            data_categories=["civil_status", "contact", "financial"],
            subjects={"categories": ["clients"], "count": 90},
            identifiability="direct",
            protection="none",
            confidentiality={"exposure": "unknown_recipients"},
            integrity={"misuse": "not_recoverable"},
        ),
        NOTIFY_AND_INFORM,
    ),
}

EXAMPLES_9_2022 = {
    # i. An encrypted backup on a USB key is stolen in a break-in; strong algorithm, key safe, other backups.
    "i encrypted USB backup stolen": (
        dict(
            nature=["confidentiality", "availability"],
            origin="lost_or_stolen_device",
            cause="external_malicious",
            data_categories=["civil_status", "health"],
            subjects={"categories": ["patients"], "count": 900},
            identifiability="direct",
            protection="encrypted_key_safe",
            confidentiality={"exposure": "unknown"},
            availability={"backup": True, "restore_hours": 1, "care_impact": False, "permanent_loss": False},
        ),
        DOCUMENT_ONLY,
    ),
    # ii. An online service is attacked and account data (names, e-mails) are exfiltrated.
    "ii online service attacked, contact data exfiltrated": (
        dict(
            nature=["confidentiality"],
            origin="hacking_malware_phishing",
            cause="external_malicious",
            data_categories=["civil_status", "contact"],
            subjects={"categories": ["users"], "count": 1000},
            identifiability="direct",
            protection="none",
            confidentiality={"exposure": "unknown_recipients"},
        ),
        NOTIFY,
    ),
    # iii. A power cut of a few minutes prevents customers from reaching a call centre.
    "iii brief power outage": (
        dict(
            nature=["availability"],
            origin="other",
            cause="external_accidental",
            data_categories=["civil_status", "contact"],
            subjects={"categories": ["clients"], "count": None},
            identifiability="direct",
            availability={
                "backup": True,
                "restore_hours": 0.1,
                "care_impact": False,
                "permanent_loss": False,
            },
        ),
        DOCUMENT_ONLY,
    ),
    # iv. Ransomware, no backup, the data cannot be restored; only the encryption payload ran. Patient data.
    "iv ransomware, no backup, data lost": (
        dict(
            nature=["availability"],
            origin="hacking_malware_phishing",
            cause="external_malicious",
            data_categories=["civil_status", "health"],
            subjects={"categories": ["patients"], "count": 2500},
            identifiability="direct",
            availability={
                "backup": False,
                "restore_hours": None,
                "care_impact": True,
                "permanent_loss": True,
            },
        ),
        NOTIFY_AND_INFORM,
    ),
    # v. A bank customer phones: their monthly statement contained someone else's account statement.
    "v statement sent to another customer": (
        dict(
            nature=["confidentiality"],
            origin="sent_to_wrong_recipient",
            cause="internal_accidental",
            data_categories=["civil_status", "financial"],
            subjects={"categories": ["clients"], "count": 1},
            identifiability="direct",
            protection="none",
            confidentiality={"exposure": "known_recipients"},
        ),
        NOTIFY_AND_INFORM,
    ),
    # vi. Usernames, passwords and purchase histories of a marketplace are published online.
    "vi marketplace credentials published": (
        dict(
            nature=["confidentiality"],
            origin="hacking_malware_phishing",
            cause="external_malicious",
            data_categories=["credentials", "contact", "other"],
            subjects={"categories": ["users"], "count": 40000},
            identifiability="direct",
            protection="none",
            confidentiality={"exposure": "unknown_recipients"},
        ),
        NOTIFY_AND_INFORM,
    ),
    # vii. A hosting processor finds a flaw that let logged-in users see other accounts; whether it was used is
    # unknown.
    "vii authorisation flaw at the host": (
        dict(
            nature=["confidentiality"],
            origin="other",
            cause="external_accidental",
            data_categories=["civil_status", "contact"],
            subjects={"categories": ["users"], "count": 300},
            identifiability="direct",
            protection="none",
            confidentiality={"exposure": "unknown"},
        ),
        NOTIFY,
    ),
    # viii. A hospital's medical records are unavailable for 30 hours after a cyber attack.
    "viii hospital records unavailable 30 hours": (
        dict(
            nature=["availability"],
            origin="hacking_malware_phishing",
            cause="external_malicious",
            data_categories=["civil_status", "health"],
            subjects={"categories": ["patients"], "count": 20000},
            identifiability="direct",
            availability={"backup": True, "restore_hours": 30, "care_impact": True, "permanent_loss": False},
        ),
        NOTIFY_AND_INFORM,
    ),
    # ix. Students' data go to a mailing list of more than 1,000 recipients.
    "ix student data to a large mailing list": (
        dict(
            nature=["confidentiality"],
            origin="sent_to_wrong_recipient",
            cause="internal_accidental",
            data_categories=["civil_status", "contact", "other"],
            subjects={"categories": ["users"], "count": 400},
            identifiability="direct",
            protection="none",
            confidentiality={"exposure": "known_recipients"},
        ),
        NOTIFY,
    ),
    # x (a). A psychotherapist's newsletter goes out with every address in "To:": the list itself reveals
    # that the recipients are patients.
    "x psychotherapist's mailing in open copy": (
        dict(
            nature=["confidentiality"],
            origin="sent_to_wrong_recipient",
            cause="internal_accidental",
            data_categories=["contact"],
            context={"controller_reveals_sensitive": True},
            subjects={"categories": ["patients"], "count": 120},
            identifiability="easy",
            protection="none",
            confidentiality={"exposure": "known_recipients"},
        ),
        NOTIFY_AND_INFORM,
    ),
    # x (b). A shop's promotional e-mail shows a dozen customers' addresses to each other.
    "x shop mailing in open copy to a few customers": (
        dict(
            nature=["confidentiality"],
            origin="sent_to_wrong_recipient",
            cause="internal_accidental",
            data_categories=["contact"],
            subjects={"categories": ["clients"], "count": 12},
            identifiability="easy",
            protection="none",
            confidentiality={"exposure": "known_recipients"},
        ),
        DOCUMENT_ONLY,
    ),
}


@pytest.mark.parametrize("name", sorted(CASES_01_2021))
def test_guidelines_01_2021(name: str) -> None:
    fields, expected = CASES_01_2021[name]
    result = assess(facts(**fields))
    assert result.is_personal_data_breach
    assert (result.notify_authority, result.inform_subjects) == expected, result.reasons
    assert result.reasons, "every decision must be explained"


@pytest.mark.parametrize("name", sorted(EXAMPLES_9_2022))
def test_guidelines_9_2022_annex(name: str) -> None:
    fields, expected = EXAMPLES_9_2022[name]
    result = assess(facts(**fields))
    assert (result.notify_authority, result.inform_subjects) == expected, result.reasons


def test_all_eighteen_cases_are_covered() -> None:
    numbers = {name.split()[0] for name in CASES_01_2021}
    assert numbers == {f"{n:02d}" for n in range(1, 19)}


def test_encrypted_laptops_cite_the_encryption_exemption() -> None:
    result = assess(facts(**CASES_01_2021["10 stolen laptops, encrypted"][0]))
    assert result.risk == "none"
    assert result.art34_exemption == "a"
    assert any("chiffrées" in r and "34(3)(a)" in r for r in result.reasons)
    assert any(r.code == "encrypted_safe" and r.facts == ("protection",) for r in result.reason_codes)


def test_trusted_recipient_reason_names_fact_and_example() -> None:
    result = assess(facts(**CASES_01_2021["09 accidental transmission to a trusted third party"][0]))
    assert any("tenu au secret" in r and "cas n° 9" in r for r in result.reasons)
    assert any("confidentiality.recipients_trusted" in r.facts for r in result.reason_codes)


def test_hospital_ransomware_is_high_risk_because_of_care() -> None:
    result = assess(facts(**CASES_01_2021["03 ransomware in a hospital, backup, care delayed"][0]))
    assert result.risk == "high"
    assert any("soins" in r for r in result.reasons)
    assert any("availability.care_impact" in r.facts for r in result.reason_codes)
