"""The register states a security measure only when the self-assessment answered "yes" to it (GDPR art. 30(1)(g):
"a general description of the technical and organisational security measures referred to in Article 32(1)").
Everything else is printed as to be put in place, with the questions that link the two; templates tick nothing."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime

from pypdf import PdfReader

from core.content.checklist import catalogue
from core.content.register_templates import activity_templates
from core.domain.checklist import Answer, AnswerInput
from core.domain.register import Activity, Checked
from core.rules.checklist_measures import MeasureState, MeasureSuggestion
from core.rules.register_measures import Standing, statement
from core.services.checklist import ChecklistService
from core.services.register import RegisterService
from core.services.register_exchange import export_pdf

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _text(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def test_no_template_ticks_a_security_measure():
    for template in activity_templates():
        for lang in ("fr", "en"):
            assert template.to_activity(lang).security_measures == ()


def test_a_no_overrides_the_practitioners_tick_and_unanswered_ticks_are_declared_only():
    measures = catalogue().measures
    suggestions = {
        "backup": MeasureSuggestion("backup", MeasureState.NOT_TICKED, ("SAUV-01",), ""),
        "encryption": MeasureSuggestion("encryption", MeasureState.TICKED, ("POSTE-05",), ""),
        "physical": MeasureSuggestion("physical", MeasureState.PARTIAL, ("LOCAUX-01",), ""),
    }
    stored = (Checked("backup", "NAS nocturne"), Checked("traceability", "journal du logiciel"))
    lines = {x.code: x for x in statement(stored, suggestions, measures)}
    assert lines["backup"].standing == Standing.TO_DO and not lines["backup"].stated
    assert lines["encryption"].standing == Standing.IN_PLACE
    assert lines["physical"].standing == Standing.TO_DO
    assert lines["traceability"].standing == Standing.DECLARED
    assert lines["access_control"].standing == Standing.UNASSESSED
    assert lines["backup"].items == ("SAUV-01",)


def test_printed_register_follows_the_self_assessment(vault):
    clock = lambda: NOW  # noqa: E731
    RegisterService(vault, clock).create_activity(
        Activity(name="Dossier patient", security_measures=(Checked("backup", "Sauvegarde nocturne"),))
    )
    out = io.BytesIO()
    export_pdf(vault, out, clock)
    before = _text(out.getvalue())
    assert "Aucune auto-évaluation de sécurité n'a encore été faite" in before
    assert "Mesures en place Aucune mesure confirmée pour l'instant" in before
    declared = before.split("pas encore vérifiées par l'auto-évaluation", 1)[1]
    assert (
        "Sauvegarde des données (questions SAUV-01, SAUV-02, SAUV-04) : Sauvegarde nocturne"
        in declared.split("À mettre en place", 1)[0]
    )

    checklist = ChecklistService(vault, clock)
    a = checklist.start()
    for item in ("POSTE-05", "POSTE-06", "IMAG-02", "SAUV-03"):
        checklist.answer(a.id, AnswerInput(item, Answer.YES))
    for item in ("SAUV-01", "SAUV-02", "SAUV-04"):
        checklist.answer(a.id, AnswerInput(item, Answer.NO))
    out = io.BytesIO()
    export_pdf(vault, out, clock)
    text = _text(out.getvalue())
    in_place = text.split("Mesures en place", 1)[1].split("À mettre en place", 1)[0]
    to_do = text.split("À mettre en place ou à confirmer", 1)[1]
    assert "Chiffrement des données" in in_place
    assert "Sauvegarde" not in in_place
    assert "Sauvegarde des données (questions SAUV-01, SAUV-02, SAUV-04)" in to_do
    assert "Sauvegarde nocturne" not in text  # the practitioner's tick does not outweigh the "no"
    assert "D'après l'auto-évaluation de sécurité 2026 (en cours)" in text


def test_imaging_template_has_the_vendor_remote_maintenance_retention_and_network_links(vault):
    """The case of CNIL SAN-2020-014 and SAN-2020-015 (7 Dec 2020): doctors' PACS reachable from the internet.
    Images follow the patient record (référentiel CNIL cabinets médicaux 2020: 20 years from the last care, of
    which 5 in the active base); access logs 6 months to 1 year (CNIL security guide 2024, sheet 16)."""
    register = RegisterService(vault, lambda: NOW)
    (activity,) = register.apply_templates(["medical_imaging"])
    assert "PACS" in activity.name and activity.security_measures == ()
    assert any("à distance" in p for p in activity.purposes)
    images, logs = activity.retention
    assert (images.active.value, images.archive.value) == (5, 15)
    assert logs.active.value == 1 and logs.archive is None
    vendor = next(p for p in register.processors() if p.template_key == "imaging_vendor")
    assert vendor.role == "processor" and vendor.ref in activity.processor_refs
    from core.content.register_templates import processor_template

    hint = processor_template("imaging_vendor").hint("fr")  # shown while the practitioner completes it
    for question in ("MAINT-01", "RESEAU-03", "RESEAU-04", "IMAG-01"):
        assert question in hint
    templates = {t.key: t for t in activity_templates()}
    assert {"radiologue", "chirurgien_dentiste", "sage_femme"} <= set(templates["medical_imaging"].professions)
