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
