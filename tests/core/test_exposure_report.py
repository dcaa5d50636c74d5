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
    assert "2 problèmes critiques" in text
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
    # A box read completely with nothing critical still never reads as "nothing reachable".
    assert "La liste UPnP de la box a été lue en entier et ne contient rien de critique" in text
    assert "d'accessible depuis Internet" not in text
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


def test_partial_and_unchecked_boxes_say_so():
    from core.exposure.findings import BoxState

    partial = replace(
        sample_scan(),
        router=replace(
            sample_scan().router,
            state=BoxState.PARTIAL,
            reason="fault",
            reason_text="liste incomplète : la box a renvoyé l'erreur UPnP 501 à l'entrée n° 281",
        ),
        findings=(),
    )
    text = " ".join(_text(_pdf(partial)).split())
    assert "lue en partie" in text and "l'erreur UPnP 501 à l'entrée n° 281" in text
    silent = replace(
        partial,
        router=replace(
            partial.router,
            answered=False,
            state=BoxState.NOT_CHECKED,
            reason="no_answer",
            reason_text="aucune box n'a répondu à la recherche UPnP (attente de 2,5 s)",
        ),
    )
    text = " ".join(_text(_pdf(silent)).split())
    assert "La box n'a pas pu être vérifiée (aucune box n'a répondu" in text
    assert "Rien" not in text.split("Date de la vérification")[0]
