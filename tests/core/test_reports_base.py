"""Shared document pieces: table cells as pre-broken plain text, and the collector paused during layout."""

from __future__ import annotations

import gc
import io
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from core.reports import base


def test_cells_are_plain_lines_that_fit_or_a_paragraph_for_an_overlong_word():
    short = base._cell("Dossier patient", "cell", 100, 4)
    assert short == "Dossier patient"
    wrapped = base._cell("un " * 40 + "fin", "cell", 100, 4)
    assert isinstance(wrapped, str) and wrapped.count("\n") >= 3
    assert wrapped.replace("\n", " ").split() == ("un " * 40 + "fin").split()  # no word lost or cut
    assert isinstance(base._cell("x" * 200, "cell", 100, 4), Paragraph)  # the paragraph splits the word
    assert base._cell("deux\n\nlignes", "cell", 100, 4) == "deux\n\nlignes"


def test_user_text_in_cells_is_printed_as_typed():
    out = io.BytesIO()
    story = [base.field_table([("Nom", "<b>Durand & fils</b> — " + "texte long " * 30)])]
    base.build_pdf(out, story, title="t", footer="f", generated_at=datetime(2026, 1, 1, tzinfo=UTC))
    text = PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text()
    assert "<b>Durand & fils</b>" in text


def test_collector_paused_while_laying_out_then_restored():
    assert gc.isenabled()
    with base.cyclic_gc_paused():
        assert not gc.isenabled()
        with base.cyclic_gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer use is still running
    assert gc.isenabled()
    with pytest.raises(RuntimeError), base.cyclic_gc_paused():
        raise RuntimeError("a failed render")
    assert gc.isenabled()
    gc.disable()
    try:
        with base.cyclic_gc_paused():
            pass
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()
