"""The notice describes the register's activities that concern patients, and falls back to the generic text."""

from __future__ import annotations

import io
from dataclasses import replace

from pypdf import PdfReader

from core.domain.register import Activity, Checked, Processor, Register, Transfer
from core.reports.notice import default_content
from core.services.documents import DocumentsService
from core.services.notice_content import NO_TRANSFER, from_register
from core.services.register import RegisterService


def activity(name, persons=("patients",), **kw):
    return Activity(name=name, persons=tuple(Checked(p) for p in persons), **kw)


def test_only_patient_activities_with_bases_recipients_and_transfers():
    host = Processor(name="Hébergeur Santé", ref="P01")
    register = Register(
        activities=(
            activity(
                "Dossier patient",
                legal_basis="c",
                art9_condition="h",
                recipients_internal=("Le praticien",),
                recipients_external=("Laboratoires",),
                processor_refs=("P01",),
            ),
            activity(
                "Rendez-vous en ligne",
                legal_basis="f",
                recipients_internal=("Le praticien",),
                transfers_outside_eu=True,
                transfers=(Transfer("États-Unis", "scc"),),
            ),
            activity("Paie du personnel", persons=("employees",), legal_basis="c"),
        ),
        processors=(host,),
    )
    content = from_register(register)
    assert content is not None and content.from_register
    assert [p.name for p in content.purposes] == ["Dossier patient", "Rendez-vous en ligne"]
    assert content.purposes[0].legal_basis == "Obligation légale (art. 6.1.c)"
    assert content.health_basis.startswith("Médecine préventive")
    assert content.recipients == (
        "Votre praticien",
        "Les laboratoires et centres d'imagerie qui réalisent vos examens",
    )
    assert content.processors == ("Hébergeur Santé",)
    assert "États-Unis (Clauses contractuelles types (art. 46))" in content.transfers
    assert from_register(Register(activities=(activity("Paie", persons=("employees",)),))) is None
    assert from_register(replace(register, activities=register.activities[:1])).transfers == NO_TRANSFER


def _name_providers(register: RegisterService) -> None:
    """Templates create providers named "… (à préciser)": the practitioner gives their real names."""
    for n, p in enumerate(register.processors()):
        register.update_processor(replace(p, name=f"Prestataire réel {n}"))


def test_documents_service_reads_the_register(vault):
    docs = DocumentsService(vault)
    assert docs.notice_content() == default_content()
    RegisterService(vault).apply_templates(["patient_record_doctor", "staff_payroll"])
    _name_providers(RegisterService(vault))
    content = docs.notice_content()
    assert content.from_register and len(content.purposes) == 1
    assert "20 ans" in content.purposes[0].retention or "15 ans" in content.purposes[0].retention
    out = io.BytesIO()
    docs.render_notice(out, "poster")
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    assert content.purposes[0].name in " ".join(reader.pages[0].extract_text().split())


def test_notice_is_stale_once_the_register_changes(vault):
    from datetime import UTC, datetime, timedelta

    moments = iter([datetime(2026, 5, 1, 8, 0, tzinfo=UTC) + timedelta(hours=h) for h in range(100)])
    clock = lambda: next(moments)  # noqa: E731 - each call one hour later
    register = RegisterService(vault, clock)
    docs = DocumentsService(vault, clock)
    register.apply_templates(["patient_record_doctor"])
    _name_providers(register)
    assert not docs.register_changed_since_notice()  # never printed: the dashboard says "print it"
    docs.render_notice(io.BytesIO())
    assert not docs.register_changed_since_notice()
    first = register.activities()[0]
    register.update_activity(replace(first, name="Dossier patient (modifié)"))
    assert docs.register_changed_since_notice()


def test_emergency_kit_lists_the_register_providers_with_their_incident_contact(vault):
    register = RegisterService(vault)
    register.apply_templates(["patient_record_doctor"])
    host = register.processors()[0]
    register.update_processor(
        replace(host, name="Hébergeur Test", incident_contact="urgence@hebergeur.exemple")
    )
    out = io.BytesIO()
    DocumentsService(vault).render_emergency_kit(out)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Sous-traitants du registre" in text and "Hébergeur Test" in text
    assert "urgence@hebergeur.exemple" in text


GP_TEMPLATES = [
    "patient_record_doctor", "appointments", "billing_sesam", "secure_messaging", "teleconsultation",
    "accounting", "suppliers",
]


def _all_text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_no_placeholder_ever_reaches_a_patient(vault):
    """GDPR art. 12(1): the information must be given in a concise, intelligible form. "(à préciser)" is
    neither: the notice is refused, with each gap named, until the practitioner fills it in."""
    import pytest

    from core.errors import InvalidInput

    register = RegisterService(vault)
    register.apply_templates(GP_TEMPLATES)
    docs = DocumentsService(vault)
    gaps = docs.notice_gaps()
    assert gaps and {g.code for g in gaps} == {"processor_name"}
    assert all("(à préciser)" in g.subject for g in gaps)
    with pytest.raises(InvalidInput) as refused:
        docs.render_notice(io.BytesIO(), "poster")
    assert "Éditeur du logiciel de gestion du cabinet (à préciser)" in str(refused.value.problems)
    _name_providers(register)
    assert docs.notice_gaps() == []
    for layout in ("poster", "leaflet"):
        out = io.BytesIO()
        docs.render_notice(out, layout)
        text = _all_text(out.getvalue())
        assert "préciser" not in text and "to be specified" not in text


def test_recipients_are_grouped_deduplicated_and_staff_only_with_a_profile_that_has_staff(vault):
    from core.services.checklist import ChecklistService

    RegisterService(vault).apply_templates(GP_TEMPLATES)
    docs = DocumentsService(vault)
    lines = docs.notice_content().recipients
    assert len(lines) == len(set(lines))
    assert lines[0] == "Votre praticien"
    assert not any("secrétariat" in line.casefold() for line in lines)  # no profile: no staff mentioned
    assert not any("praticien" in line.casefold() for line in lines[1:])  # "Le praticien" said once
    assert "L'Assurance maladie et votre complémentaire santé, pour vos remboursements" in lines
    ChecklistService(vault).set_profile({"has_staff": True, "has_replacements": True})
    lines = docs.notice_content().recipients
    assert lines[0].startswith("Votre praticien et ceux qui le remplacent")
    assert any(line.startswith("Le secrétariat du cabinet") for line in lines)
    ChecklistService(vault).set_profile({"has_staff": False, "has_replacements": False})
    assert not any("secrétariat" in line.casefold() for line in docs.notice_content().recipients)
    assert not any("personnel" in line.casefold() for line in default_content().recipients)


def test_poster_of_a_typical_practice_prints_at_full_size(vault, practice):
    from datetime import UTC, datetime

    from core.reports.notice import POSTER, Notice, shrink_factor

    RegisterService(vault).apply_templates(GP_TEMPLATES)
    content = DocumentsService(vault).notice_content()
    assert len(content.purposes) == 6
    assert shrink_factor(Notice(practice, content, datetime(2026, 5, 1, tzinfo=UTC), POSTER)) == 1.0
