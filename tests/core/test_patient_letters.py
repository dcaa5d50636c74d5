"""The letter to patients: drafted from the facts by kind of breach, truthful about the CNIL, DPO contact, mail
merge from a CSV through ``incident letter``, the public notice; and the dossier's deadline and form fields."""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from core.domain.incident import IncidentDraft
from core.domain.recipients import Recipient
from core.reports import letter_text, patient_letter
from core.services.incidents import IncidentService
from core.services.patient_mailing import MailingService
from core.services.practice import PracticeService
from core.services.setup import create_vault
from tests.conftest import PASSPHRASE
from tests.core.breach_helpers import facts
from tests.core.test_incident_cli_and_demo import run
from tests.core.test_incident_service import USB, FakeClock

INTERNAL = "hier a 18 h journaliste au tel. Donnees non chiffrees, port ouvert par Jean"
KINDS = {
    "internet_exposure": dict(
        nature=["confidentiality"],
        origin="unintended_publication",
        data_categories=["civil_status", "health"],
        protection="none",
        storage_medium="server",
        confidentiality={"exposure": "known_and_unknown_recipients"},
    ),
    "misdirected": dict(
        nature=["confidentiality"],
        origin="sent_to_wrong_recipient",
        data_categories=["civil_status", "health"],
        storage_medium="email",
        confidentiality={"exposure": "known_recipients", "deletion_confirmed": True},
    ),
    "lost_device_or_paper": {**USB, "storage_medium": "removable_media"},
    "unavailability": dict(
        nature=["availability", "confidentiality"],
        origin="hacking_malware_phishing",
        data_categories=["health"],
        availability={"backup": False, "care_impact": True},
        confidentiality={"exposure": "unknown"},
    ),
    "unauthorised_access": dict(
        nature=["confidentiality"],
        origin="wrong_person_data_shown",
        data_categories=["health"],
        confidentiality={"exposure": "known_recipients"},
    ),
}


@pytest.fixture
def practice(practice):
    """The suite's practice with its street address: a letter to patients is printed only with a return address
    and a way to reach the practice (see the last test)."""
    from dataclasses import replace

    return replace(practice, address="12 rue de la Roquette")


def text_of(data: bytes) -> str:
    return " ".join("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())


@pytest.fixture
def clock():
    return FakeClock(datetime(2026, 3, 27, 18, 5, tzinfo=UTC))


def _incident(vault, clock, **fields) -> int:
    service = IncidentService(vault, clock)
    incident = service.start("Incident")
    service.update(
        incident.id, IncidentDraft(title="Incident", description=INTERNAL, origin=fields.get("origin"))
    )
    service.assess(incident.id, facts(**fields))
    return incident.id


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_kind_of_breach_gets_its_own_story_never_the_internal_description(vault, clock, kind) -> None:
    """Art. 34(2) GDPR: the nature of the breach in clear and plain language, told for this kind of breach."""
    incident_id = _incident(vault, clock, **KINDS[kind])
    record = IncidentService(vault, clock).get(incident_id)
    assert letter_text.kind_of(record) == kind
    practice = PracticeService(vault).get()
    for lang in ("fr", "en"):
        letter = patient_letter.draft_letter(practice, record, lang)
        whole = " ".join(str(v) for v in letter.__dict__.values())
        assert "journaliste" not in whole and "Jean" not in whole and "«" not in whole
        assert letter.what_happened and letter.consequences and letter.advice
    fr = patient_letter.draft_letter(practice, record)
    story = {
        "internet_exposure": "accessible depuis Internet",
        "misdirected": "adressé par erreur à une autre personne",
        "lost_device_or_paper": "la perte ou le vol d'une clé USB",
        "unavailability": "logiciel malveillant",
        "unauthorised_access": "montrées par erreur à une autre personne",
    }[kind]
    assert story in fr.what_happened
    if kind == "internet_exposure":  # not "read by those who received them" for an exposure on the Internet
        assert "reçu" not in fr.consequences and "mal intentionnées" in fr.consequences
    if kind == "misdirected":
        assert "confirmé avoir supprimé" in fr.what_happened and "La personne qui a reçu" in fr.consequences


def test_cnil_is_mentioned_only_once_the_notification_is_recorded(vault, clock) -> None:
    """Art. 5(1)(a) (fairness, transparency) and 34(2) GDPR: the letter states only what happened; the right to
    lodge a complaint with the supervisory authority is art. 77 GDPR."""
    incident_id = _incident(vault, clock, **KINDS["internet_exposure"])
    service = IncidentService(vault, clock)
    practice = PracticeService(vault).get()
    before = patient_letter.draft_letter(practice, service.get(incident_id))
    assert service.get(incident_id).must_notify
    assert "a été informée" not in before.measures and "signalé" not in before.measures
    clock.advance(hours=5)
    service.record_notification(incident_id, clock.now, "NOTIF-1")
    after = patient_letter.draft_letter(practice, service.get(incident_id))
    assert "(CNIL) a été informée le 28 mars 2026" in " ".join(after.measures.split())
    # the right to complain is always there, whatever the notification (art. 77)
    assert "réclamation" in before.contact and "réclamation" in after.contact


def test_measures_taken_and_proposed_follow_the_next_steps(vault, clock) -> None:
    """Art. 34(2) referring to art. 33(3)(d) GDPR: measures taken or proposed to address the breach."""
    incident_id = _incident(vault, clock, **KINDS["internet_exposure"])
    service = IncidentService(vault, clock)
    practice = PracticeService(vault).get()
    letter = patient_letter.draft_letter(practice, service.get(incident_id))
    assert "nous fermons l'accès" in letter.measures and "nous avons fermé" not in letter.measures
    service.set_step_done(incident_id, "contain_take_down", True)
    letter = patient_letter.draft_letter(practice, service.get(incident_id))
    assert "nous avons fermé l'accès qui était ouvert sur Internet" in letter.measures
    assert "Notifier" not in letter.measures and "assureur" not in letter.measures


def test_contact_is_the_dpo_when_one_is_designated(vault, clock) -> None:
    """Art. 34(2) referring to art. 33(3)(b) GDPR: the DPO's name and contact details, else another contact point."""
    incident_id = _incident(vault, clock, **KINDS["misdirected"])
    record = IncidentService(vault, clock).get(incident_id)
    practice = PracticeService(vault).get()
    assert "Dr Test" in patient_letter.draft_letter(practice, record).contact
    with_dpo = replace(
        practice, dpo_designated=True, dpo_name="Mme Data Protection", dpo_contact="dpo@exemple.fr"
    )
    contact = patient_letter.draft_letter(with_dpo, record).contact
    assert "délégué à la protection des données, Mme Data Protection : dpo@exemple.fr" in contact
    assert "Dr Test" not in contact


def test_one_personalised_letter_per_patient_each_numbered_from_page_1(vault, clock) -> None:
    incident_id = _incident(vault, clock, **KINDS["lost_device_or_paper"])
    people = [
        Recipient("Durand", "Alice", "Mme", ("3 place Bellecour",), "69002", "Lyon", email="a@exemple.fr"),
        Recipient("Roux", "Paul", "M.", ("1 quai Rambaud",), "69002", "Lyon"),
        Recipient("Martin", "Camille", "", ("2 rue Neuve", "Bât. C"), "75011", "Paris"),
    ]
    run_ = MailingService(vault, clock).letters(incident_id, people)
    reader = PdfReader(io.BytesIO(run_.pdf))
    firsts = [p.extract_text() for p in reader.pages if re.search(r"page 1\s*$", p.extract_text())]
    assert len(firsts) == 3
    for page, salutation, address in zip(
        firsts,
        ("Madame,", "Monsieur,", "Madame, Monsieur,"),
        ("69002 LYON", "69002 LYON", "75011 PARIS"),
        strict=True,
    ):
        assert salutation in page and address in page
    assert "Mme Alice Durand" in firsts[0] and "M. Paul Roux" in firsts[1] and "Bât. C" in firsts[2]
    emails = run_.emails.decode("utf-8")
    assert emails.startswith('"email","subject","body"') and "a@exemple.fr" in emails and "Roux" not in emails
    assert (run_.letters, run_.email_count) == (3, 1)


def test_public_notice_when_persons_cannot_be_reached(vault, clock) -> None:
    """Art. 34(3)(c) GDPR: disproportionate effort -> a public communication informing the persons as effectively."""
    incident_id = _incident(
        vault,
        clock,
        **{**KINDS["internet_exposure"], "subjects": {"categories": ["patients"], "reachable": False}},
    )
    assert IncidentService(vault, clock).get(incident_id).latest.result.art34_exemption == "c"
    assert MailingService(vault, clock).letters(incident_id, None).unreachable
    pdf, text = MailingService(vault, clock).public_notice(incident_id)
    flat = text_of(pdf)
    assert "34(3)(c)" in flat and "accessible depuis Internet" in flat and "journaliste" not in flat
    assert (
        "Madame, Monsieur," not in flat
        and "34(3)(c)" in text
        and text.startswith("Information des patients :")
    )


# --- the command line, as a user drives it -------------------------------------------------------------------
@pytest.fixture
def vault_file(tmp_path, practice) -> Path:
    path = tmp_path / "v" / "test.vault"
    create_vault(path, PASSPHRASE, practice)[0].lock()
    return path


def _record(vault_file: Path, tmp_path: Path) -> tuple[int, datetime]:
    aware = (datetime.now(UTC) - timedelta(hours=30)).replace(second=0, microsecond=0)
    doc = {
        "format": "vigie.breach-facts/1",
        "aware_at": aware.isoformat(),
        **facts_doc(),
    }
    (tmp_path / "faits.json").write_text(json.dumps(doc), "utf-8")
    proc = run(
        "incident", "record", "--vault", str(vault_file), "--facts", str(tmp_path / "faits.json"),
        "--description", INTERNAL, "--json",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)["id"], aware


def facts_doc() -> dict:
    return {
        "personal_data": True,
        "status": "suspected",
        "subjects": {"categories": ["patients"], "count": 3000},
        "records_count": 20000,
        "identifiability": "direct",
        **KINDS["internet_exposure"],
    }


def test_dossier_prints_one_deadline_and_the_form_fields(vault_file, tmp_path) -> None:
    """Art. 33(1) GDPR: 72 hours after becoming aware; art. 33(3)(a): categories and approximate numbers of persons
    and of records; the CNIL online form's fields (medium, established or suspected, identifiability)."""
    incident_id, aware = _record(vault_file, tmp_path)
    out = tmp_path / "dossier.pdf"
    proc = run(
        "incident", "dossier", "--vault", str(vault_file), "--incident", str(incident_id), "--out", str(out)
    )
    assert proc.returncode == 0, proc.stderr
    text = text_of(out.read_bytes())
    from core.clock import format_paris

    expected = format_paris(aware + timedelta(hours=72))
    printed = re.findall(r"(?:avant le|Échéance) (\d\d/\d\d/\d{4} à \d\d:\d\d)", text)
    assert len(printed) >= 2 and set(printed) == {expected}
    for value in (
        "Violation suspectée",
        "Serveur (au cabinet ou hébergé)",
        "Identification directe",
        "environ 20 000",
        "301 à 5 000",
        "Non désigné",
        "[x] Diffusion plus large que nécessaire",
        "Mesures envisagées — Immédiates",
        "Retirer immédiatement l'accès public",
    ):
        assert value in text, value
    assert "Notifier la CNIL" not in text.split("12. Mesures prises et envisagées")[1].split("13.")[0]


def test_letter_command_mail_merge_truth_and_journal(vault_file, tmp_path) -> None:
    incident_id, _ = _record(vault_file, tmp_path)
    base = ["incident", "letter", "--vault", str(vault_file), "--incident", str(incident_id)]
    # before the notification: no word about the CNIL having been told; never the internal description
    proc = run(*base, "--out", str(tmp_path / "model.pdf"))
    assert proc.returncode == 0, proc.stderr
    model = text_of((tmp_path / "model.pdf").read_bytes())
    assert "a été informée" not in model and "journaliste" not in model and "«" not in model
    # three patients from a Windows-1252, semicolon export
    csv_path = tmp_path / "patients.csv"
    csv_path.write_bytes(
        "Civilité;Nom;Prénom;Adresse;Code postal;Ville;E-mail\r\n"
        "Mme;Durand;Alice;3 place Bellecour;69002;Lyon;alice@exemple.fr\r\n"
        "M.;Roux;Paul;1 quai Rambaud;69002;Lyon;\r\n"
        "Mme;Lefèvre;Hélène;12 chemin des Écoliers;01000;Bourg-en-Bresse;helene@exemple.fr\r\n".encode(
            "cp1252"
        )
    )
    out = tmp_path / "lettres.pdf"
    proc = run(*base, "--out", str(out), "--recipients", str(csv_path))
    assert proc.returncode == 0, proc.stderr
    pages = [p.extract_text() for p in PdfReader(out).pages]
    firsts = [p for p in pages if re.search(r"page 1\s*$", p)]
    assert [n for n in ("Alice Durand", "Paul Roux", "Hélène Lefèvre") if any(n in p for p in firsts)] == [
        "Alice Durand",
        "Paul Roux",
        "Hélène Lefèvre",
    ]
    assert len(firsts) == 3 and oct(out.stat().st_mode & 0o777) == "0o600"
    emails = tmp_path / "lettres-emails.csv"
    rows = emails.read_text("utf-8").splitlines()
    assert [r.split(",")[0] for r in rows if r.startswith('"') and "@" in r.split(",")[0]] == [
        '"alice@exemple.fr"',
        '"helene@exemple.fr"',
    ]
    # the journal: the print run as prepared (date, channel, number), nobody "informed" yet — no patient stored
    assert "envoi préparé" in proc.stdout and "incident informed" in proc.stdout
    listing = run("incident", "list", "--vault", str(vault_file), "--json")
    assert listing.returncode == 0
    from core.vault import Vault

    vault = Vault.unlock_with_passphrase(vault_file, PASSPHRASE)
    try:
        record = IncidentService(vault).get(incident_id)
        prepared = [(e.details["channel"], e.details["count"]) for e in record.events if e.code == "mailing_prepared"]
        assert prepared == [("letter", 3), ("email", 2)]
        assert not [e for e in record.events if e.kind == "persons_informed"]
        assert not next(s for s in record.steps if s.key == "inform").done
    finally:
        vault.lock()
    raw = vault_file.read_bytes()
    assert b"Durand" not in raw and b"Bellecour" not in raw
    # the documents state exactly that: prepared, not informed
    for doc in ("dossier", "extract"):
        proc = run("incident", doc, "--vault", str(vault_file), "--incident", str(incident_id),
                   "--out", str(tmp_path / f"{doc}.pdf"))  # fmt: skip
        assert proc.returncode == 0, proc.stderr
        flat = " ".join(text_of((tmp_path / f"{doc}.pdf").read_bytes()).split())
        assert "ont été informées" not in flat and "lettres préparées pour 3 personnes" in flat.lower(), doc
        assert "fichier d'e-mails préparé pour 2 personnes" in flat.lower(), doc
    # the confirmation: `incident informed`, its exit codes, then the documents say so; the journal still verifies
    informed = ["incident", "informed", "--vault", str(vault_file), "--incident", str(incident_id)]
    at = (datetime.now(UTC) - timedelta(minutes=5)).replace(microsecond=0).isoformat()
    assert run(*informed, "--at", "hier", "--channel", "post", "--count", "3").returncode == 2
    assert run(*informed, "--at", at, "--channel", "pigeon", "--count", "3").returncode == 2
    assert run(*informed, "--at", at, "--channel", "post", "--count", "-1").returncode == 2
    unknown = ["incident", "informed", "--vault", str(vault_file), "--incident", "999"]
    assert run(*unknown, "--at", at, "--channel", "post", "--count", "3").returncode == 1
    proc = run(*informed, "--at", at, "--channel", "post", "--count", "3", "--note", "Remises à La Poste")
    assert proc.returncode == 0, proc.stderr
    proc = run("incident", "dossier", "--vault", str(vault_file), "--incident", str(incident_id),
               "--out", str(tmp_path / "dossier.pdf"))  # fmt: skip
    flat = " ".join(text_of((tmp_path / "dossier.pdf").read_bytes()).split())
    assert "Les personnes ont été informées." in flat and "par courrier, 3 personnes : Remises à La Poste" in flat
    vault = Vault.unlock_with_passphrase(vault_file, PASSPHRASE)
    try:
        record = IncidentService(vault).get(incident_id)
        assert next(s for s in record.steps if s.key == "inform").done
    finally:
        vault.lock()
    verified = run("verify", "--vault", str(vault_file))
    assert verified.returncode == 0, verified.stdout + verified.stderr
    # after `incident notify`, the letter says so
    at = datetime.now(UTC).replace(microsecond=0).isoformat()
    proc = run("incident", "notify", "--vault", str(vault_file), "--incident", str(incident_id), "--at", at,
               "--reference", "CNIL-123")  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    run(*base, "--out", str(tmp_path / "after.pdf"))
    assert "(CNIL) a été informée le" in text_of((tmp_path / "after.pdf").read_bytes())


def test_broken_csv_exits_2_with_the_line_and_writes_nothing(vault_file, tmp_path) -> None:
    incident_id, _ = _record(vault_file, tmp_path)
    bad = tmp_path / "bad.csv"
    bad.write_text("Nom;Adresse;Code postal;Ville\nDurand;3 place;69002;Lyon\nRoux;1 quai;69002\n", "utf-8")
    out = tmp_path / "lettres.pdf"
    proc = run("incident", "letter", "--vault", str(vault_file), "--incident", str(incident_id),
               "--out", str(out), "--recipients", str(bad))  # fmt: skip
    assert proc.returncode == 2
    assert "ligne 3" in proc.stderr and "3 champs au lieu de 4" in proc.stderr
    assert not out.exists() and not (tmp_path / "lettres-emails.csv").exists()
    proc = run("incident", "letter", "--vault", str(vault_file), "--incident", str(incident_id),
               "--out", str(out), "--recipients", str(tmp_path / "absent.csv"))  # fmt: skip
    assert proc.returncode == 2 and "lecture impossible" in proc.stderr and not out.exists()


def test_no_print_run_on_a_closed_incident(vault, clock) -> None:
    from core.errors import Conflict

    incident_id = _incident(vault, clock, **KINDS["misdirected"])
    service = IncidentService(vault, clock)
    if service.get(incident_id).must_notify:
        service.record_notification(incident_id, clock.now, "N-1")
    service.close(incident_id, "Clos.")
    mailing = MailingService(vault, clock)
    assert mailing.letters(incident_id, None).letters == 0  # the letter itself can still be read
    with pytest.raises(Conflict):
        mailing.letters(incident_id, [Recipient("Durand", address=("1 rue",), postcode="69002", town="Lyon")])


# --- the truth rules hold for any facts ------------------------------------------------------------------------
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tests.core.test_breach_properties import fact_docs  # noqa: E402


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(document=fact_docs(), notified=st.booleans(), dpo=st.booleans(), lang=st.sampled_from(["fr", "en"]))
def test_any_facts_give_a_truthful_letter(practice, document, notified, dpo, lang) -> None:
    """Art. 5(1)(a), 33(3)(b) and 34(2) GDPR, for every combination of facts the parser accepts."""
    from core.domain.breach_json import parse_facts
    from core.domain.incident import AssessmentVersion, Incident, IncidentRecord, TimelineEvent
    from core.rules.breach import assess
    from core.rules.next_steps import next_steps

    facts = parse_facts(document)
    result = assess(facts)
    inc = Incident(1, "Incident", facts.aware_at, description=INTERNAL, origin=facts.origin)
    events = (
        (TimelineEvent(1, 1, "cnil_notified", facts.aware_at, facts.aware_at, "", {"number": "N-1"}),)
        if notified
        else ()
    )
    steps = tuple(next_steps(facts, result.notify_authority, result.inform_subjects, facts.aware_at))
    record = IncidentRecord(inc, (AssessmentVersion(1, 1, facts.aware_at, facts, result),), (), events, steps)
    who = replace(practice, dpo_designated=dpo, dpo_name="Mme Délégué" if dpo else "")
    letter = patient_letter.draft_letter(who, record, lang)
    text = " ".join(str(v) for v in letter.__dict__.values())
    assert "journaliste" not in text and "Jean" not in text and "«" not in text and "{" not in text
    told = "a été informée le" in text or "was notified on" in text
    assert told == notified
    assert ("Mme Délégué" in letter.contact) == dpo
    assert "CNIL" in letter.contact  # the right to complain, always
    notice = patient_letter.draft_notice(who, record, lang)
    # The notice says the persons cannot be reached one by one only when the facts say so (art. 34(3)(c)).
    unreachable = result.art34_exemption == "c" or not facts.subjects.reachable
    assert ("34(3)(c)" in notice.opening) == unreachable
    assert notice.what_happened == letter.what_happened


def test_the_address_sits_in_the_envelope_window(vault, clock) -> None:
    """DL and C5 window envelopes: a 45 × 100 mm window 20 mm from the right edge, about 50 mm from the top."""
    from reportlab.lib.units import mm

    incident_id = _incident(vault, clock, **KINDS["misdirected"])
    person = Recipient("Durand", "Alice", "Mme", ("3 place Bellecour", "Bâtiment B"), "69002", "Lyon")
    page = PdfReader(io.BytesIO(MailingService(vault, clock).letters(incident_id, [person]).pdf)).pages[0]
    found: dict[str, tuple[float, float]] = {}

    def visit(text, cm, tm, font_dict, font_size) -> None:  # noqa: ANN001 - pypdf callback
        x, y = cm[0] * tm[4] + cm[2] * tm[5] + cm[4], cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
        found[text.strip()] = (x / mm, (297 * mm - y) / mm)  # from the left and from the top, in mm

    page.extract_text(visitor_text=visit)
    for line in person.address_lines:
        x, from_top = found[line]
        assert 100 <= x <= 190 and 50 <= from_top <= 95, (line, x, from_top)


@pytest.mark.parametrize(
    ("changes", "codes"),
    [
        ({"practitioner": "", "phone": "", "email": ""}, ["letter_practitioner_missing", "letter_contact_missing"]),
        ({"address": ""}, ["letter_address_missing"]),
        ({"dpo_designated": True, "dpo_name": "Mme Data", "dpo_contact": "", "email": ""}, ["letter_dpo_missing"]),
    ],
)
def test_no_letter_or_notice_reaches_a_patient_without_a_contact(vault, clock, changes, codes) -> None:
    """Art. 34(2) with 33(3)(b): the letter must say whom to contact and how; a missing name, phone/e-mail or
    address is asked for before printing (never "contactez le cabinet au cabinet"), in both languages."""
    from dataclasses import replace

    from core.domain.problems import incident as incident_problems
    from core.errors import InvalidInput
    from core.services.patient_mailing import MailingService

    incident_id = _incident(vault, clock, **KINDS["internet_exposure"])
    service = PracticeService(vault)
    service.save(replace(service.get(), **changes))
    mailing = MailingService(vault, clock)
    for call in (lambda: mailing.letters(incident_id, None), lambda: mailing.public_notice(incident_id)):
        with pytest.raises(InvalidInput) as caught:
            call()
        assert [p.code for p in caught.value.problems] == codes
    for code in codes:
        fr, en = incident_problems.TEXTS[code]
        assert fr.startswith("à compléter avant d'imprimer") and en.startswith("to fill in before printing")
