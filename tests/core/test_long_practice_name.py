"""A 150-character practice name: every PDF's footer is shortened and never reaches the page number."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from core.reports.base import FOOTER_FONT, FOOTER_GAP, footer_strings
from core.services.practice import PracticeService

LONG_NAME = (
    "Cabinet médical pluridisciplinaire des docteurs Marie-Hélène Lefèvre-Saint-Exupéry et Jean-Baptiste "
    "Delacroix-Montmorency, médecine générale et pédiatrie"
)[:150]


def test_long_name_is_150_characters() -> None:
    assert len(LONG_NAME) == 150


@settings(max_examples=200, deadline=None)
@given(name=st.text(min_size=0, max_size=400), page=st.integers(min_value=1, max_value=99999))
def test_footer_never_reaches_the_page_number(name: str, page: int) -> None:
    left, right = footer_strings(name, "04/12/2026 à 19:27", f"page {page}")
    font, size = FOOTER_FONT
    assert (
        18 * mm + stringWidth(left, font, size) + FOOTER_GAP
        <= A4[0] - 18 * mm - stringWidth(right, font, size) + 0.01
    )
    assert left.endswith("édité le 04/12/2026 à 19:27")  # the date is never cut


def _footers(data: bytes) -> list[tuple[str, float, str, float]]:
    """(left text, its right end, right text, its left start) of each page's footer line (y = 10 mm)."""
    font, size = FOOTER_FONT
    out = []
    for page in PdfReader(io.BytesIO(data)).pages:
        found: list[tuple[float, str]] = []

        def visit(text, cm, tm, font_dict, font_size, found=found) -> None:  # noqa: ANN001 - pypdf callback
            x, y = cm[0] * tm[4] + cm[2] * tm[5] + cm[4], cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            if text.strip() and abs(y - 10 * mm) < 0.5:
                found.append((x, text))

        page.extract_text(visitor_text=visit)
        found.sort()
        assert len(found) >= 2, found
        (lx, left), (rx, right) = (found[0][0], found[0][1].strip()), (found[-1][0], found[-1][1].strip())
        out.append((left, lx + stringWidth(left, font, size), right, rx))
    return out


@pytest.fixture
def long_named(demo_vault):
    service = PracticeService(demo_vault)
    service.save(replace(service.get(), name=LONG_NAME))
    return demo_vault


def _documents(vault) -> dict[str, bytes]:
    from core.domain.recipients import Recipient
    from core.services.documents import DocumentsService
    from core.services.incident_documents import IncidentDocuments
    from core.services.incidents import IncidentService
    from core.services.patient_mailing import MailingService
    from core.services.register_exchange import export_pdf

    incident_id = max(s.id for s in IncidentService(vault).list())
    docs = IncidentDocuments(vault)
    people = [Recipient(f"Patient{i}", "Alex", "Mme", ("1 rue Neuve",), "69002", "Lyon") for i in range(3)]
    mailing = MailingService(vault)
    out: dict[str, bytes] = {
        "dossier": docs.dossier(incident_id),
        "extract": docs.extract(incident_id),
        "letters": mailing.letters(incident_id, people).pdf,
        "public notice": mailing.public_notice(incident_id)[0],
    }
    for name, render in (
        ("register", lambda buf: export_pdf(vault, buf)),
        ("emergency kit", DocumentsService(vault).render_emergency_kit),
        ("art. 13 notice", DocumentsService(vault).render_notice),
    ):
        buf = io.BytesIO()
        render(buf)
        out[name] = buf.getvalue()
    return out


def test_every_document_footer_with_a_150_character_name(long_named) -> None:
    for name, data in _documents(long_named).items():
        footers = _footers(data)
        for left, left_end, right, right_start in footers:
            assert right.startswith("page "), (name, right)
            assert left_end + FOOTER_GAP - 0.01 <= right_start, (name, left)
            assert "…" in left and LONG_NAME[:30] in left, (name, left)
    # the letters number their pages per patient
    pages = [right for _, _, right, _ in _footers(_documents(long_named)["letters"])]
    assert pages.count("page 1") == 3
