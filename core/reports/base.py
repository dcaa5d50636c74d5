"""Shared look of Vigie's documents: page template, paragraph styles, tables, deterministic output."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from functools import lru_cache
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from core.clock import format_paris

ACCENT = colors.HexColor("#1f4e79")
MUTED = colors.HexColor("#5a5a5a")
LIGHT = colors.HexColor("#e8eef5")
DANGER = colors.HexColor("#a4262c")
OK = colors.HexColor("#2e7d32")
WARN = colors.HexColor("#b26a00")


def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    body = ParagraphStyle("VBody", parent=base["BodyText"], fontName="Helvetica", fontSize=9.5, leading=12.5)
    return {
        "title": ParagraphStyle(
            "VTitle",
            parent=base["Title"],
            fontName="Helvetica-Bold",
            fontSize=20,
            leading=24,
            textColor=ACCENT,
            spaceAfter=8,
        ),
        "subtitle": ParagraphStyle(
            "VSub", parent=body, fontSize=12, leading=15, textColor=MUTED, alignment=TA_CENTER, spaceAfter=12
        ),
        "h1": ParagraphStyle(
            "VH1",
            parent=base["Heading1"],
            fontName="Helvetica-Bold",
            fontSize=15,
            leading=18,
            textColor=ACCENT,
            spaceBefore=6,
            spaceAfter=6,
        ),
        "h2": ParagraphStyle(
            "VH2",
            parent=base["Heading2"],
            fontName="Helvetica-Bold",
            fontSize=11.5,
            leading=14,
            textColor=ACCENT,
            spaceBefore=8,
            spaceAfter=4,
        ),
        "body": body,
        "small": ParagraphStyle("VSmall", parent=body, fontSize=8, leading=10, textColor=MUTED),
        "cell": ParagraphStyle("VCell", parent=body, fontSize=8.5, leading=10.5),
        "cellbold": ParagraphStyle(
            "VCellB", parent=body, fontName="Helvetica-Bold", fontSize=8.5, leading=10.5
        ),
        "label": ParagraphStyle(
            "VLabel", parent=body, fontName="Helvetica-Bold", fontSize=8.5, leading=10.5, textColor=MUTED
        ),
        "alert": ParagraphStyle("VAlert", parent=body, fontName="Helvetica-Bold", textColor=DANGER),
    }


STYLES = _styles()


class _Paragraph(Paragraph):
    """A Paragraph that remembers its last line breaking.

    Platypus wraps a table cell's paragraph two to four times at the same width (the table measures its rows,
    the frame checks the fit, the table draws its cells): line breaking is most of the time spent on a long
    register. Same width, same lines: the previous result is reused. Pieces made by ``split`` are new objects
    (reportlab builds them with ``self.__class__``), so they start without a memo.
    """

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab
        memo = self.__dict__.get("_vigie_wrap")
        if memo is not None and memo[0] == availWidth:
            _, self.width, self._wrapWidths, self.blPara, self.height = memo
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        if hasattr(self, "blPara"):
            self._vigie_wrap = (availWidth, self.width, self._wrapWidths, self.blPara, self.height)
        return width, height


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph from plain text: escaped (user text may contain < or &), newlines kept."""
    return _Paragraph(escape(text or "").replace("\n", "<br/>"), STYLES[style])


def rich(markup: str, style: str = "body") -> Paragraph:
    """A paragraph from trusted reportlab markup written by us (bold, italics); never user text."""
    return _Paragraph(markup, STYLES[style])


def styled(markup: str, style: ParagraphStyle) -> Paragraph:
    """Trusted markup in a style of the caller's own (a letter's run-in headings), with the line-breaking memo."""
    return _Paragraph(markup, style)


_shared = threading.local()


def shared_rich(markup: str, style: str) -> Paragraph:
    """One paragraph per (markup, style) and thread, for the fixed headings repeated on every fiche of a long
    register: parsed and broken into lines once (see ``_Paragraph``), drawn wherever it appears. Only for a
    heading kept on one line, which platypus never splits."""
    cache = getattr(_shared, "paras", None)
    if cache is None or len(cache) > 512:
        cache = _shared.paras = {}
    key = (markup, style)
    if key not in cache:
        cache[key] = rich(markup, style)
    return cache[key]


def _cell(text: str, style: str, width: float, padding: float) -> Paragraph | str:
    """Plain text for a table cell: a string already broken into lines when every line fits, else a paragraph.

    Tables draw plain strings directly (one line per ``\n``, with the font and leading set by the table style) and
    measure them by counting lines: no markup parsing nor paragraph layout. Most cells of a register are plain
    text, and this is what keeps a 200-activity register fast. A word too long for the cell still goes through
    a paragraph, which splits it.
    """
    lines = _lines(text or "", style, width - 2 * padding - 0.5)
    return para(text, style) if lines is None else lines


@lru_cache(maxsize=8192)
def _lines(text: str, style: str, available: float) -> str | None:
    """``text`` broken into lines of at most ``available`` points (None: a word is longer than that). Cached: the
    labels and the usual values come back on every fiche of a register."""
    st = STYLES[style]
    lines: list[str] = []
    for part in text.split("\n"):
        part = part.strip()
        if not part:
            lines.append("")
            continue
        if stringWidth(part, st.fontName, st.fontSize) <= available:
            lines.append(part)
            continue
        broken = simpleSplit(part, st.fontName, st.fontSize, available)
        if any(" " not in line and stringWidth(line, st.fontName, st.fontSize) > available for line in broken):
            return None
        lines.extend(broken)
    return "\n".join(lines)


def clear_caches() -> None:
    """Forget the line breaking and the shared headings kept from earlier documents (benchmarks start cold)."""
    _lines.cache_clear()
    _shared.__dict__.pop("paras", None)


def _font(style: str, cells: tuple[tuple[int, int], tuple[int, int]]) -> list[tuple]:
    st = STYLES[style]
    return [("FONT", *cells, st.fontName, st.fontSize, st.leading), ("TEXTCOLOR", *cells, st.textColor)]


def field_table(rows: Sequence[tuple[str, str]], label_width: float = 55 * mm) -> Table:
    """Two columns, label then value, the layout used for every "fiche" in Vigie's documents."""
    value_width = A4[0] - 36 * mm - label_width
    data = [
        [_cell(label, "label", label_width, 4), _cell(value or "—", "cell", value_width, 4)]
        for label, value in rows
    ]
    table = Table(data, colWidths=[label_width, value_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                *_font("label", ((0, 0), (0, -1))),
                *_font("cell", ((1, 0), (1, -1))),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c8d3df")),
                ("BACKGROUND", (0, 0), (0, -1), LIGHT),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def grid_table(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]) -> Table:
    """A summary table with a repeated header row."""
    data = [[_cell(h, "cellbold", w, 3) for h, w in zip(header, widths, strict=True)]]
    data += [[_cell(str(c), "cell", w, 3) for c, w in zip(row, widths, strict=True)] for row in rows]
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                *_font("cellbold", ((0, 0), (-1, 0))),
                *_font("cell", ((0, 1), (-1, -1))),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#c8d3df")),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


_gc_lock = threading.Lock()
_gc_depth = 0


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while a document is laid out.

    A long document holds hundreds of thousands of live objects (the story, its tables and paragraphs): every
    full collection walks all of them, again and again as the story grows, and stops every thread meanwhile —
    the window included. The finished PDF's own cycles are broken by :func:`_release_pdf`, so reference counting
    frees everything and the collector finds nothing when it is back on (a test holds that). Nested and
    concurrent uses count: the collector is back on when the last one ends.
    """
    global _gc_depth
    with _gc_lock:
        if _gc_depth == 0:
            _gc_state.was_enabled = gc.isenabled()
            gc.disable()
        _gc_depth += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if _gc_depth == 0 and _gc_state.was_enabled:
                gc.enable()


class _GcState:
    was_enabled = True


_gc_state = _GcState()


FOOTER_FONT = ("Helvetica", 7.5)
FOOTER_GAP = 6 * mm


def fit_line(text: str, width: float, font: tuple[str, float] = FOOTER_FONT) -> str:
    """``text`` itself when it fits in ``width`` points, else shortened at a word boundary with an ellipsis."""
    name, size = font
    if stringWidth(text, name, size) <= width:
        return text
    ellipsis = "…"
    low, high = 0, len(text)
    while low < high:  # longest prefix that fits with the ellipsis
        mid = (low + high + 1) // 2
        if stringWidth(text[:mid].rstrip() + ellipsis, name, size) <= width:
            low = mid
        else:
            high = mid - 1
    cut = text[:low]
    space = cut.rfind(" ")
    if space > low * 2 // 3:  # prefer a word boundary when it does not waste much room
        cut = cut[:space]
    return cut.rstrip(" —-,;:") + ellipsis


def footer_strings(footer: str, stamp: str, page_text: str, lang: str = "fr") -> tuple[str, str]:
    """(left, right) strings of a page footer: the left part is shortened so it never reaches the page number.

    The date of issue is kept whole, and so is the document's kind ("notification CNIL"): the longest part of
    ``footer`` (parts are separated by " — ", the practice name in practice) gives way with an ellipsis.
    """
    name, size = FOOTER_FONT
    room = A4[0] - 36 * mm - stringWidth(page_text, name, size) - FOOTER_GAP
    suffix = f" — issued {stamp}" if lang == "en" else f" — édité le {stamp}"
    parts = footer.split(" — ")
    longest = max(range(len(parts)), key=lambda i: len(parts[i]))
    others = [p for i, p in enumerate(parts) if i != longest]
    fixed = stringWidth(suffix + " — " * len(others) + "".join(others), name, size)
    parts[longest] = fit_line(parts[longest], max(room - fixed, room / 3))
    return fit_line(" — ".join(parts) + suffix, room), page_text


class SectionStart(Flowable):
    """Zero-size marker: page numbers restart at 1 where it is drawn (one letter per patient in one PDF)."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab
        return 0, 0

    def draw(self) -> None:
        self.canv._vigie_section_start = self.canv.getPageNumber()  # type: ignore[attr-defined]


def build_pdf(
    out: BinaryIO,
    story: list[Flowable],
    *,
    title: str,
    footer: str,
    generated_at: datetime,
    author: str = "Vigie",
    lang: str = "fr",
    witness: str = "",
) -> None:
    """Render ``story`` on A4 with a footer "<footer> — page n" and fixed metadata (deterministic bytes).

    The footer is drawn when a page is finished, so a :class:`SectionStart` on that page is already known.
    ``witness`` (the journal head, see core/reports/witness.py) is printed on a line of its own under it.
    """
    if lang == "en":
        from core.rules.deadlines import deadline_text  # the one English date-time format

        stamp = deadline_text(generated_at, "en")
    else:
        stamp = format_paris(generated_at)

    def decorate(canvas, doc) -> None:  # noqa: ANN001 - reportlab callback
        start = getattr(canvas, "_vigie_section_start", 1)
        left, right = footer_strings(footer, stamp, f"page {doc.page - start + 1}", lang)
        canvas.saveState()
        canvas.setFont(*FOOTER_FONT)
        canvas.setFillColor(MUTED)
        canvas.drawString(18 * mm, 10 * mm, left)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, right)
        if witness:
            canvas.drawString(18 * mm, 6.5 * mm, witness)
        canvas.restoreState()

    doc = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=author,
        creator="Vigie",
        producer="Vigie",
        subject=title,
        invariant=1,
        lang="en-GB" if lang == "en" else "fr-FR",
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="normal")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=decorate, pagesize=A4)])
    with cyclic_gc_paused():
        try:
            doc.build(story)
        finally:
            _release_pdf(doc)


def _release_pdf(doc: BaseDocTemplate) -> None:
    """Break the finished document's reference cycles one object at a time.

    Reportlab's PDF is a web of cycles (each page and its page tree, the canvas and its document): about 47,000
    objects for a register of 1,000 activities. Left to the cyclic collector they go in one collection that holds
    the interpreter lock for 20 to 80 ms, and the window freezes meanwhile. Emptied here in a loop, they are
    freed by reference counting in small steps, between which the GUI thread runs.
    """
    canvas = vars(doc).get("canv")
    pdf = vars(canvas).get("_doc") if canvas is not None else None
    if pdf is not None:
        objects = list(vars(pdf).get("idToObject", {}).values())
        vars(pdf).clear()
        while objects:
            held = getattr(objects.pop(), "__dict__", None)
            if held is not None:
                held.clear()
    if canvas is not None:
        vars(canvas).clear()
    vars(doc).clear()
