"""The PDF report: verdict, findings by severity, proposals and limits; deterministic bytes."""

from __future__ import annotations

import io
from dataclasses import replace

from pypdf import PdfReader

from core.exposure.findings import Finding, Kind, Severity
from core.reports.exposure_report import render
from tests.core.test_exposure_service import sample_scan


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _pdf(scan, **kwargs) -> bytes:
    out = io.BytesIO()
    render(scan, out, **kwargs)
    return out.getvalue()


def test_report_content():
    data = _pdf(sample_scan(), note="Contrôle après installation", practice_name="Cabinet test")
    text = " ".join(_text(data).split())
    assert data.startswith(b"%PDF")
    assert "Vérification de l'exposition du cabinet" in text
    assert "29/11/2026 à 22:00" in text  # 21:00 UTC shown in Paris time
    assert "2 constats critiques" in text
    assert "Critique : accessible depuis Internet" in text
    assert "À vérifier : à examiner avec votre prestataire" in text
    assert "Orthanc.exe (pid 4242)" in text
    assert "Livebox 6" in text and "203.0.113.7" in text
    assert "Contrôle après installation" in text
    assert "IMAG-01" in text and "Non (proposé)" in text
    assert "mode DMZ" in text
    assert text.index("Critique :") < text.index("À vérifier :") < text.index("Pour information")


def test_report_is_deterministic():
    assert _pdf(sample_scan()) == _pdf(sample_scan())


def test_clean_scan_and_hostile_text():
    scan = replace(
        sample_scan(),
        findings=(
            Finding(
                Kind.LOCAL_LISTENER,
                "Programme <b>&</b> à l'écoute",
                Severity.INFO,
                "Texte avec < et & : sûr.",
                "0.0.0.0",
                8000,
                "tcp",
                "serveur<script>",
                None,
            ),
        ),
    )
    text = " ".join(_text(_pdf(scan)).split())
    assert "Rien n'a été trouvé d'accessible depuis Internet, et aucun point n'est à vérifier." in text
    assert "Programme <b>&</b> à l'écoute" in text
    assert "serveur<script>" in text


def test_many_findings_paginate():
    many = tuple(
        Finding(
            Kind.LOCAL_LISTENER,
            f"Programme à l'écoute (TCP {40000 + i})",
            Severity.INFO,
            "Conseil. " * 20,
            "0.0.0.0",
            40000 + i,
            "tcp",
            f"prog{i}",
            None,
        )
        for i in range(60)
    )
    reader = PdfReader(io.BytesIO(_pdf(replace(sample_scan(), findings=many))))
    assert len(reader.pages) > 3
