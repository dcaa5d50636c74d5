"""Emergency kit, waiting-room notice and useful contacts: content, one-page layouts, commands."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from core.cli import main
from core.domain.contacts import ContactRole, UsefulContact
from core.errors import InvalidInput, NotFound
from core.reports import notice as notice_report
from core.services.contacts import ContactsService
from core.services.documents import KIT_PRINTED, NOTICE_PRINTED, DocumentsService

NOW = datetime(2026, 11, 29, 21, 0, tzinfo=UTC)


def pdf_text(data: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(data))
    return len(reader.pages), "\n".join(p.extract_text() for p in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_contacts_validation_and_order(vault):
    service = ContactsService(vault, lambda: NOW)
    for national in service.list():  # prefilled at first run (CNIL, CERT Santé…): not what this test is about
        service.delete(national.id)
    with pytest.raises(InvalidInput) as err:
        service.save(UsefulContact(ContactRole.INSURER, " ", email="pas-un-mail"))
    assert {p.path for p in err.value.problems} == {"name", "email"}
    with pytest.raises(InvalidInput) as err:
        service.save(UsefulContact(ContactRole.INSURER, "MACSF"))
    assert [p.path for p in err.value.problems] == ["phone"]
    assert service.list() == []
    insurer = service.save(UsefulContact(ContactRole.INSURER, "MACSF", phone="01 00 00 00 00"))
    service.save(UsefulContact(ContactRole.SOFTWARE_VENDOR, "Éditeur Medilogic", email="support@exemple.fr"))
    assert [c.role for c in service.list()] == [ContactRole.SOFTWARE_VENDOR, ContactRole.INSURER]
    service.save(UsefulContact(ContactRole.INSURER, "MACSF", phone="01 11", reference="P-42", id=insurer.id))
    assert service.list()[1].reference == "P-42"
    service.delete(insurer.id)
    with pytest.raises(NotFound):
        service.delete(insurer.id)


def test_emergency_kit_content_and_printed_date(vault):
    ContactsService(vault, lambda: NOW).save(
        UsefulContact(ContactRole.IT_PROVIDER, "Info Services Lyon", phone="04 72 00 00 00", reference="C-7")
    )
    docs = DocumentsService(vault, lambda: NOW)
    assert docs.printed_at(KIT_PRINTED) is None
    out = io.BytesIO()
    docs.render_emergency_kit(out)
    pages, text = pdf_text(out.getvalue())
    text = flat(text)
    assert pages >= 3
    for expected in (
        "Rançongiciel",
        "Ne payez pas",
        "mauvais destinataire",
        "732829320",  # SIREN derived from the SIRET
        "10101234567",
        "Info Services Lyon",
        "C-7",
        "cybermalveillance.gouv.fr",
        "notifications.cnil.fr",
        "CERT Santé",
        "Dossier de notification à remplir à la main",
        "Mesures prises pour mettre fin",
    ):
        assert expected in text, expected
    assert docs.printed_at(KIT_PRINTED) == NOW


@pytest.mark.parametrize("layout", notice_report.LAYOUTS)
def test_notice_fits_one_page_with_the_rights(vault, layout):
    docs = DocumentsService(vault, lambda: NOW)
    out = io.BytesIO()
    docs.render_notice(out, layout)
    pages, text = pdf_text(out.getvalue())
    text = flat(text)
    assert pages == 1
    for expected in ("Cabinet test", "48 heures", "8 jours", "2 mois", "CNIL", "équipe", "20 ans", "6.1.c"):
        assert expected in text, expected
    assert docs.printed_at(NOTICE_PRINTED) == NOW
    with pytest.raises(InvalidInput):
        docs.render_notice(io.BytesIO(), "banner")


def test_notice_shrinks_a_long_register_onto_one_page(practice):
    purposes = [
        notice_report.NoticePurpose(
            f"Traitement n° {i} avec un intitulé assez long", "Intérêt légitime", "5 ans"
        )
        for i in range(30)
    ]
    content = notice_report.NoticeContent(purposes, ["Destinataire"] * 10, from_register=True)
    for layout, shown in ((notice_report.POSTER, 8), (notice_report.LEAFLET, 20)):
        out = io.BytesIO()
        notice_report.render(notice_report.Notice(practice, content, NOW, layout), out)
        pages, text = pdf_text(out.getvalue())
        text = flat(text)
        assert pages == 1 and f"Traitement n° {shown - 1} " in text and f"Traitement n° {shown} " not in text
        assert f"et {30 - shown} autres traitements" in text


def test_commands_write_the_pdfs(vault, tmp_path, monkeypatch, passphrase, capsys):
    path = vault.path
    vault.lock()
    monkeypatch.setenv("VIGIE_PASSPHRASE", passphrase)
    kit = tmp_path / "kit.pdf"
    assert main(["emergency-kit", "--vault", str(path), "--out", str(kit)]) == 0
    assert "Kit d'urgence" in pdf_text(kit.read_bytes())[1]
    leaflet = tmp_path / "notice.pdf"
    assert main(["notice", "--vault", str(path), "--out", str(leaflet), "--layout", "leaflet"]) == 0
    assert pdf_text(leaflet.read_bytes())[0] == 1
    missing = tmp_path / "absent" / "x.pdf"
    assert main(["notice", "--vault", str(path), "--out", str(missing)]) == 1
    assert "Écriture impossible" in capsys.readouterr().err
    assert not missing.exists()


def test_national_contacts_are_prefilled_once_for_the_region_and_profession(vault):
    from dataclasses import replace as _replace

    from core.content.national_contacts import department, region
    from core.services.practice import PracticeService

    assert (department("75011"), department("97400"), department("20000"), department("1")) == ("75", "974", "20", "")
    assert (region("69003"), region("97400"), region("2")) == ("ara", "reu", "")
    service = ContactsService(vault, lambda: NOW)
    assert len(service.list()) == 5  # the first run added them (Paris GP: ARS Île-de-France, Ordre des médecins)
    assert service.ensure_national() == []
    for contact in service.list():
        service.delete(contact.id)
    from core.services.contacts import NATIONAL_ADDED

    with vault.transaction() as conn:  # as in a vault created before this feature
        conn.execute("DELETE FROM meta WHERE key = ?", (NATIONAL_ADDED,))
    practices = PracticeService(vault)
    practices.save(_replace(practices.get(), postcode="69003", profession="chirurgien_dentiste"))
    added = service.ensure_national()
    names = [c.name for c in added]
    assert names[0].startswith("CNIL") and added[0].phone == "01 53 73 22 22"
    assert any(n.startswith("CERT Santé") for n in names)
    assert any(n.startswith("Cybermalveillance.gouv.fr") for n in names)
    assert "ARS Auvergne-Rhône-Alpes — Agence régionale de santé" in names
    assert "Ordre des chirurgiens-dentistes — conseil départemental" in names
    ars = next(c for c in added if c.name.startswith("ARS"))
    assert ars.reference == "www.auvergne-rhone-alpes.ars.sante.fr" and "complétez" in ars.notes.casefold()
    service.delete(ars.id)
    assert service.ensure_national() == []  # once: a contact the practitioner removed stays removed
    assert len(service.list()) == len(added) - 1
    out = io.BytesIO()
    DocumentsService(vault, lambda: NOW).render_emergency_kit(out)
    text = flat(pdf_text(out.getvalue())[1])
    assert "notifications.cnil.fr" in text and "Cybermalveillance.gouv.fr" in text


def test_a_contact_may_be_reached_by_its_web_site_only():
    from core.domain.contacts import ContactRole, UsefulContact
    from core.errors import InvalidInput

    UsefulContact(ContactRole.OTHER, "ARS", reference="www.paca.ars.sante.fr").validated()
    with pytest.raises(InvalidInput):
        UsefulContact(ContactRole.OTHER, "ARS", reference="contrat 42").validated()


def test_blank_breach_form_asks_for_the_reasons_of_a_late_notification(vault):
    """GDPR art. 33(1): a notification made after 72 hours is accompanied by the reasons for the delay."""
    out = io.BytesIO()
    DocumentsService(vault, lambda: NOW).render_emergency_kit(out)
    pages, text = pdf_text(out.getvalue())
    text = flat(text)
    assert "plus de 72 heures après la prise de connaissance : motifs du retard" in text
    assert text.count("notifications.cnil.fr") >= 1
    assert "CNIL — notification d'une violation de données" not in text  # already among the contacts: once
    assert "17Cyber" in text and "Carte CPS perdue ou volée" in text
