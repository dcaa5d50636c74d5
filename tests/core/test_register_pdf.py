from __future__ import annotations

import io
import re

from pypdf import PdfReader

from core.domain.register import Register
from core.reports.register_pdf import RegisterReport, render
from tests.core.register_fixtures import NOW, full_activity, full_processor


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def _register() -> Register:
    p = full_processor(
        ref="P01", created_at="2024-02-01T09:00:00+00:00", updated_at="2026-11-02T09:00:00+00:00"
    )
    a = full_activity(
        processor_refs=("P01",),
        ref="T01",
        created_at="2025-03-04T09:00:00+00:00",
        updated_at="2026-11-20T09:00:00+00:00",
    )
    return Register((a,), (p,))


def _pdf(practice, register: Register | None = None) -> bytes:
    out = io.BytesIO()
    render(RegisterReport(practice=practice, register=register or _register(), generated_at=NOW), out)
    return out.getvalue()


def test_every_field_of_a_filled_activity_is_printed(practice):
    text = _text(_pdf(practice))
    a = _register().activities[0]
    expected = [
        # cover: the controller's identity and the date
        "Registre des activités de traitement",
        practice.name,
        practice.practitioner,
        "Médecin généraliste",
        "RPPS 10101234567",
        "73282932000074",
        "75011 Paris",
        "test@exemple.fr",
        "Non désigné",
        "29/11/2026",
        # art. 30(1)(a)-(g) and the CNIL model fields
        "T01 — Suivi des patients diabétiques",
        a.software,
        a.joint_controller,
        "04/03/2025",
        "20/11/2026",
        "Complète",
        *a.purposes,
        "Obligation légale (art. 6.1.c)",
        a.legal_basis_detail,
        "art. 9.2.h",
        a.art9_detail,
        "Patients",
        "Aidants familiaux déclarés",
        "Nom, prénom, INS",
        "Relevés du lecteur de glycémie",
        "Données de santé",
        "HbA1c et traitements",
        "Pour la facturation",
        a.data_source,
        "Infirmière coordinatrice",
        "Diabétologue correspondant",
        "P01 — Hébergeur Exemple SAS",
        "Suisse",
        "Décision d'adéquation",
        "Télésurveillance du lecteur",
        "Relevés glycémiques",
        "5 ans",
        "15 ans",
        "Dernière consultation",
        "Suppression",
        "Jusqu'aux 28 ans pour un mineur",
        "Carnet de suivi papier",
        "2 ans",
        "Fin du programme",
        "Anonymisation",
        "Programme régional plus court",
        "Chiffrement des données",
        "Disque chiffré BitLocker",
        "Sauvegarde nocturne",
        "Oui",
        a.dpia_reason,
        a.information,
        # processors annex
        "Annexe — Sous-traitants et prestataires",
        "Sous-traitant (art. 28)",
        "Hébergement du logiciel métier",
        "securite@hebergeur.exemple",
        "01/02/2024",
        "HDS-REF-4242",
        "31/01/2028",
        "Mise à disposition de l'infrastructure virtuelle",
        "Sauvegarde externalisée",
        "France (Strasbourg)",
        "Revue annuelle du contrat en janvier",
        "(28.3.h)",
    ]
    missing = [value for value in expected if value not in text]
    assert missing == []


def test_output_is_deterministic(practice):
    assert _pdf(practice) == _pdf(practice)


def test_gaps_and_hds_warnings_are_visible(practice):
    reg = _register()
    draft = full_activity(
        ref="T02",
        name="Fiche en cours",
        status="draft",
        information="",
        created_at="2026-11-01T09:00:00+00:00",
        updated_at="2026-11-01T09:00:00+00:00",
    )
    expired = full_processor(ref="P02", name="Hébergeur périmé", hds_expiry=NOW.date().replace(year=2025))
    text = _text(_pdf(practice, Register((*reg.activities, draft), (*reg.processors, expired))))
    assert "Fiche à compléter : la façon dont les personnes sont informées" in text
    assert "Brouillon" in text
    assert "Attention : certificat HDS expiré" in text


def test_empty_register_still_prints_a_cover(practice):
    text = _text(_pdf(practice, Register()))
    assert "Aucune activité de traitement" in text and "Aucun prestataire" in text


def test_hostile_text_is_printed_literally(practice):
    a = full_activity(
        ref="T01",
        name="<b>Dossier</b> & <font size=40>x</font>",
        created_at="2026-01-01T00:00:00+00:00",
        updated_at="2026-01-01T00:00:00+00:00",
    )
    text = _text(_pdf(practice, Register((a,), ())))
    assert "<b>Dossier</b> & <font size=40>x</font>" in text


def test_art28_clauses_are_printed_for_a_processor_only(practice):
    """GDPR art. 28(3) governs a processor's contract; an independent controller (the accountant under most
    engagement letters) is outside it, so no clause checklist is printed for them."""
    from dataclasses import replace

    processor = full_processor(ref="P01")
    accountant = replace(full_processor(ref="P02"), name="Cabinet comptable Martin", role="controller", clauses=())
    text = _pdf(practice, Register((full_activity(ref="T01"),), (processor, accountant)))
    annex = _text(text).split("Annexe — Sous-traitants et prestataires", 1)[1]
    own = annex.split("P02 — Cabinet comptable Martin", 2)[-1]
    assert "Sans objet : responsable de traitement distinct, non sous-traitant" in own
    assert "Clauses de l'article 28" not in own
    assert "Clauses de l'article 28 vérifiées" in annex.split("P02 — Cabinet comptable Martin", 1)[0]


def test_rendering_a_register_leaves_nothing_for_the_cyclic_collector(practice):
    """A register PDF is freed by reference counting alone: cyclic garbage (reportlab's page tree, a recursive
    closure) is collected in one pause that stops every thread, the window's included (bench/run.py's stall
    probe measured 77 ms after a 1,000-activity register)."""
    import dataclasses
    import gc

    base = _register().activities[0]
    activities = tuple(dataclasses.replace(base, ref=f"T{i:02d}", name=f"Activité {i}") for i in range(20))
    register = Register(activities, _register().processors)
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        pdf = _pdf(practice, register)
        found = gc.collect()
        kinds = sorted({type(o).__qualname__ for o in gc.garbage})
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if was_enabled:
            gc.enable()
    assert len(PdfReader(io.BytesIO(pdf)).pages) > 20
    assert found == 0, kinds
