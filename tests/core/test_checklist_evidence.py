"""Exposure scans wired to the checklist: real item ids, proposals per item, applying one with its PDF."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from core.content.checklist import catalogue
from core.domain.checklist import Answer, AnswerInput
from core.errors import AssessmentFrozen, InvalidInput, NotFound
from core.exposure.checklist_map import CHECKLIST_KEYS, KEY_LABELS
from core.exposure.checklist_map import Answer as ScanAnswer
from core.exposure.findings import RouterInfo
from core.services.checklist import ChecklistService
from core.services.checklist_evidence import ChecklistEvidenceService, merged_note
from core.services.exposure import ExposureService
from tests.core.test_exposure_service import T1, sample_scan


class FakeClock:
    def __init__(self, moment: datetime):
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture
def clock():
    return FakeClock(datetime(2026, 11, 30, 9, 0, tzinfo=UTC))


@pytest.fixture
def services(vault, clock):
    checklist = ChecklistService(vault, clock)
    exposure = ExposureService(vault, clock)
    return checklist, exposure, ChecklistEvidenceService(vault, clock, checklist, exposure)


def clean_scan():
    """A box that was read and forwards nothing, no listener here."""
    scan = sample_scan()
    return replace(scan, router=replace(scan.router, mapping_count=0), findings=scan.findings[3:])


def test_every_mapped_item_exists_in_the_catalogue_once():
    cat = catalogue()
    ids = list(CHECKLIST_KEYS.values())
    assert all(cat.item(i) is not None for i in ids), ids
    assert len(set(ids)) == len(ids)  # one item per key: a proposal never fights another on the same answer
    assert set(KEY_LABELS) == set(CHECKLIST_KEYS)
    assert CHECKLIST_KEYS == {
        "box_port_forwarding": "RESEAU-03",
        "box_upnp": "RESEAU-04",
        "imaging_exposure": "IMAG-01",
        "remote_access": "RESEAU-08",
        "exposure_review": "RESEAU-10",
    }


def test_no_scan_or_frozen_assessment_proposes_nothing(services):
    checklist, exposure, evidence = services
    a = checklist.start()
    assert evidence.proposals(a.id) == {}
    assert evidence.open_proposals() == (2026, [])


def test_proposals_per_applicable_item(services):
    checklist, exposure, evidence = services
    checklist.set_profile({"has_imaging": True, "has_remote_access": False})
    a = checklist.start()
    stored = exposure.save(sample_scan())
    found = evidence.proposals(a.id)
    assert set(found) == {"RESEAU-03", "RESEAU-04", "IMAG-01", "RESEAU-10"}  # RESEAU-08 does not apply
    imaging = found["IMAG-01"]
    assert (imaging.answer, imaging.checklist_answer) == (ScanAnswer.NO, Answer.NO)
    assert (imaging.scan_id, imaging.scanned_at, imaging.current) == (stored.id, T1, None)
    assert found["RESEAU-04"].checklist_answer is Answer.NO
    assert found["RESEAU-10"].checklist_answer is Answer.YES
    assert any("imagerie" in r for r in imaging.reasons)
    year, actionable = evidence.open_proposals()
    assert year == 2026 and {p.item_id for p in actionable} == set(found)


def test_unknown_is_shown_but_cannot_be_applied(services):
    checklist, exposure, evidence = services
    a = checklist.start()
    scan = replace(sample_scan(), router=RouterInfo(answered=False), findings=())
    stored = exposure.save(scan)
    found = evidence.proposals(a.id)
    assert found["RESEAU-03"].answer is ScanAnswer.UNKNOWN and not found["RESEAU-03"].can_apply
    with pytest.raises(InvalidInput):
        evidence.apply(a.id, "RESEAU-03", stored.id)
    assert checklist.answers(a.id) == {} and evidence.files.evidence(a.id) == []


def test_apply_sets_the_answer_cites_the_scan_and_attaches_its_pdf(services):
    checklist, exposure, evidence = services
    checklist.set_profile({"has_imaging": True})
    a = checklist.start()
    checklist.answer(a.id, AnswerInput("IMAG-01", Answer.YES, "Installé par le prestataire en 2024"))
    stored = exposure.save(sample_scan())
    answer, attached = evidence.apply(a.id, "IMAG-01", stored.id)
    assert answer.answer is Answer.NO and answer.confirmed
    lines = answer.note.splitlines()
    assert lines[0] == "Installé par le prestataire en 2024"  # the practitioner's own note is kept
    assert lines[1].startswith(f"Vérification d'exposition du 29/11/2026 à 22:00, scan n° {stored.id} : ")
    assert (
        attached is not None and attached.filename == f"verification-exposition-2026-11-29-n{stored.id}.pdf"
    )
    meta, content = evidence.files.evidence_content(attached.id)  # checked against its SHA-256
    assert meta.media_type == "application/pdf" and meta.item_id == "IMAG-01"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    assert f"vérification n° {stored.id}" in text and stored.digest[:16] in text
    assert evidence.proposals(a.id)["IMAG-01"].already_applied

    # Applying again keeps one copy of the report and one citation.
    again, none = evidence.apply(a.id, "IMAG-01", stored.id)
    assert none is None and len(evidence.files.evidence(a.id)) == 1
    assert again.note.count("Vérification d'exposition du") == 1


def test_a_frozen_assessment_is_never_changed(services):
    checklist, exposure, evidence = services
    a = checklist.start()
    for item in checklist.applicable_items(a):
        checklist.answer(a.id, AnswerInput(item.id, Answer.YES))
    closed = checklist.close(a.id)
    stored = exposure.save(sample_scan())
    assert evidence.proposals(closed.id) == {}
    with pytest.raises(AssessmentFrozen):
        evidence.apply(closed.id, "RESEAU-03", stored.id)
    assert checklist.verify(closed.id) == []


def test_a_scan_of_another_year_does_not_count_as_this_years_check(services, clock):
    checklist, exposure, evidence = services
    exposure.save(clean_scan())  # 2026
    clock.moment = datetime(2027, 2, 1, 9, 0, tzinfo=UTC)
    a = checklist.start()
    found = evidence.proposals(a.id)
    assert found["RESEAU-10"].answer is ScanAnswer.UNKNOWN
    # A clean UPnP list never proposes "yes" for port forwarding (manual rules and DMZ are not seen).
    assert found["RESEAU-03"].answer is ScanAnswer.UNKNOWN
    assert found["RESEAU-03"].reasons[0].startswith("Cette vérification date du 29/11/2026")


def test_unknown_item_or_scan(services):
    checklist, exposure, evidence = services
    a = checklist.start()
    stored = exposure.save(clean_scan())
    with pytest.raises(NotFound):
        evidence.apply(a.id, "ACCES-01", stored.id)
    with pytest.raises(NotFound):
        evidence.apply(a.id, "RESEAU-03", stored.id + 1)


def test_merged_note_replaces_an_earlier_citation():
    note = "Vu avec le prestataire\nVérification d'exposition du 01/01/2026 à 10:00, scan n° 1 : ancien"
    merged = merged_note(note, "Vérification d'exposition du 02/02/2026 à 10:00, scan n° 2 : nouveau")
    assert merged.splitlines() == [
        "Vu avec le prestataire",
        "Vérification d'exposition du 02/02/2026 à 10:00, scan n° 2 : nouveau",
    ]
    assert len(merged_note("x" * 3000, "ligne")) == 2000
