"""The letter informing patients of a breach (art. 34(2) GDPR), one per patient, ready for window envelopes.

:func:`draft_letter` drafts every paragraph from the recorded facts (:mod:`core.reports.letter_text`); the
practitioner may edit each one before printing. :func:`render` prints one personalised letter per recipient in
one PDF (page numbers restart for each letter), the address placed for a French window envelope; without
recipients, a single letter with a blank address block to fill by hand. :func:`email_csv` gives the same letter as
plain text for the practice's own mail software.
"""

from __future__ import annotations

import copy
import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from core.domain.incident import IncidentRecord
from core.domain.practice import Practice
from core.domain.recipients import Recipient
from core.reports import letter_text as lt
from core.reports.base import STYLES, SectionStart, build_pdf, fit_line, para, rich, styled

PAGE_HEIGHT = 297 * mm
FRAME_WIDTH = 210 * mm - 36 * mm - 12  # the frame's width less its 6 pt paddings
# The address window: DL (110 × 220 mm, A4 folded in three) and C5 (162 × 229 mm, A4 folded in two) window
# envelopes sold in France put a 45 × 100 mm window 20 mm from the right edge and about 50 mm from the top of the
# sheet; the address is printed inside that area with a margin for the play of the sheet in the envelope.
WINDOW_LEFT = 110 * mm
WINDOW_TOP = 52 * mm
WINDOW_WIDTH = 85 * mm
WINDOW_HEIGHT = 38 * mm
HEADER_HEIGHT = 78 * mm  # from the top margin (16 mm) to just below the window
TOP_MARGIN = 16 * mm
FOLD_MARKS = (99 * mm, 198 * mm)  # folding A4 in three for a DL envelope

SECTIONS = (
    ("what_happened", "Ce qui s'est passé", "What happened"),
    ("data_concerned", "Les informations concernées", "The information concerned"),
    ("consequences", "Les conséquences possibles pour vous", "Possible consequences for you"),
    ("measures", "Ce que nous avons fait et allons faire", "What we have done and will do"),
    ("advice", "Ce que vous pouvez faire", "What you can do"),
    ("contact", "Pour nous contacter", "Contact us"),
)
_SECTION = ParagraphStyle("VLetterSection", parent=STYLES["body"], spaceBefore=5)
_DATE = ParagraphStyle("VLetterDate", parent=STYLES["body"], leftIndent=WINDOW_LEFT - 18 * mm)
DEFAULT_SALUTATION = {"fr": "Madame, Monsieur", "en": "Madam, Sir"}


@dataclass(frozen=True)
class LetterContent:
    """Every paragraph of the letter, editable before printing. The salutation comes from each recipient:
    "Madame, Monsieur" in ``closing`` is replaced by "Madame" or "Monsieur" when the civility is known."""

    subject: str
    opening: str
    what_happened: str
    data_concerned: str
    consequences: str
    measures: str
    advice: str
    contact: str
    closing: str
    signature: str
    lang: str = "fr"


def draft_letter(practice: Practice, record: IncidentRecord, lang: str = "fr") -> LetterContent:
    """The letter from the facts, never from the incident's internal description."""
    facts = record.latest.facts if record.latest else None
    en = lang == "en"
    return LetterContent(
        subject="Information about an incident affecting your personal data"
        if en
        else "Information sur un incident concernant vos données personnelles",
        opening="We are writing to tell you about an incident affecting information about you held by our "
        "practice, as the law requires (article 34 of the General Data Protection Regulation)."
        if en
        else "Nous vous écrivons pour vous informer d'un incident qui touche des informations vous concernant "
        "conservées par notre cabinet, comme la loi nous y oblige (article 34 du règlement général sur la "
        "protection des données).",
        what_happened=lt.what_happened(record, lang),
        data_concerned=lt.data_concerned(facts, lang),
        consequences=lt.consequences(record, lang),
        measures=lt.measures_text(record, lang),
        advice=lt.advice(facts, lang),
        contact=lt.contact(practice, lang),
        closing="We apologise for this incident and remain at your disposal.\n\nYours faithfully,"
        if en
        else "Nous vous prions de bien vouloir nous excuser pour cet incident et restons à votre disposition."
        "\n\nVeuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
        signature=(practice.practitioner or practice.name).strip(),
        lang=lang,
    )


def personal(letter: LetterContent, recipient: Recipient | None) -> tuple[str, str]:
    """(salutation, closing) for one recipient."""
    default = DEFAULT_SALUTATION.get(letter.lang, DEFAULT_SALUTATION["fr"])
    salutation = recipient.salutation(letter.lang) if recipient else default
    return salutation, letter.closing.replace(
        default, salutation
    ) if salutation != default else letter.closing


class _Header(Flowable):
    """The top of a letter's first page: sender on the left, the recipient in the envelope window, fold marks.

    Always the first flowable of a page, so its position on the page is known: drawn at absolute places."""

    def __init__(self, sender: list[Paragraph], address: list[str]) -> None:
        super().__init__()
        self.sender = sender
        self.address = address

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab
        return availWidth, HEADER_HEIGHT

    def draw(self) -> None:
        c = self.canv
        top = HEADER_HEIGHT  # flowable coordinates: y = HEADER_HEIGHT is the top margin line
        y = top
        room = WINDOW_LEFT - 18 * mm - 6 * mm
        for p in self.sender:
            _, h = p.wrap(room, top)
            if y - h < 0:
                break
            p.drawOn(c, 0, y - h)
            y -= h
        # the address, in the window (absolute page coordinates from the top margin)
        ax = WINDOW_LEFT - 18 * mm  # flowable x = 0 is the left margin, 18 mm from the edge
        ay = top - (WINDOW_TOP - TOP_MARGIN)
        c.saveState()
        c.setFont("Helvetica", 10)
        line_height = 4.6 * mm
        for i, line in enumerate(self.address[:7]):
            c.drawString(ax, ay - (i + 1) * line_height + 1 * mm, _fit(line, WINDOW_WIDTH - 4 * mm))
        c.setStrokeColorRGB(0.6, 0.6, 0.6)
        c.setLineWidth(0.3)
        for fold in FOLD_MARKS:
            yy = top - (fold - TOP_MARGIN)
            c.line(-18 * mm + 4 * mm, yy, -18 * mm + 8 * mm, yy)
        c.restoreState()


def _fit(text: str, width: float) -> str:
    return fit_line(text, width, ("Helvetica", 10))


def _prewrapped(flowables: list[Flowable]) -> list[Flowable]:
    """Break the paragraphs into lines at the frame's width, so that the copies find the result memoised."""
    for f in flowables:
        for inner in f._content if isinstance(f, KeepTogether) else [f]:
            inner.wrap(FRAME_WIDTH, PAGE_HEIGHT)
    return flowables


def _clone(flowable: Flowable) -> Flowable:
    if isinstance(flowable, KeepTogether):
        return KeepTogether([_clone(f) for f in flowable._content])
    return copy.copy(flowable)


def _sender(practice: Practice) -> list[Paragraph]:
    lines = [rich(f"<b>{_esc(practice.name)}</b>", "cell")]
    for x in (
        practice.practitioner,
        practice.address,
        f"{practice.postcode} {practice.city}".strip(),
        practice.phone,
        practice.email,
    ):
        if x:
            lines.append(para(x, "cell"))
    return lines


def _body(letter: LetterContent, salutation: str, closing: str) -> list[Flowable]:
    en = letter.lang == "en"
    story: list[Flowable] = [
        rich(("<b>Subject:</b> " if en else "<b>Objet :</b> ") + _esc(letter.subject)),
        Spacer(1, 3 * mm),
        para(salutation + ","),
        Spacer(1, 1 * mm),
        para(letter.opening),
    ]
    for key, fr, english in SECTIONS:
        text = getattr(letter, key)
        if text.strip():
            # run-in heading: the letter fits on one sheet (3,000 letters are 3,000 sheets, not 6,000)
            body = _esc(text.strip()).replace("\n", "<br/>")
            story.append(styled(f"<b>{_esc(english if en else fr)}.</b> {body}", _SECTION))
    story += [Spacer(1, 2 * mm), para(closing), Spacer(1, 6 * mm), para(letter.signature)]
    return story


def render(
    practice: Practice,
    letter: LetterContent,
    out: BinaryIO,
    generated_at: datetime,
    recipients: Sequence[Recipient] = (),
) -> None:
    """One letter per recipient, each starting on a new page with its own page numbers; without recipients, one
    letter whose address block is left blank for the envelope."""
    sender = _sender(practice)
    place = practice.city or ""
    date = lt.long_date(generated_at, letter.lang)
    dated = (
        (f"{place}, {date}" if place else date)
        if letter.lang == "en"
        else (f"{place}, le {date}" if place else f"Le {date}")
    )
    date_para = styled(_esc(dated), _DATE)
    # Paragraphs are parsed and broken into lines once per salutation; each letter draws copies (platypus marks
    # the flowables it places, so one object cannot be placed twice), which share the parsed text and line memo.
    bodies: dict[str, list[Flowable]] = {}
    story: list[Flowable] = []
    for i, person in enumerate(list(recipients) or [None]):
        if i:
            story.append(PageBreak())
        salutation, closing = personal(letter, person)
        if salutation not in bodies:
            bodies[salutation] = _prewrapped(
                [date_para, Spacer(1, 3 * mm), *_body(letter, salutation, closing)]
            )
        address = list(person.address_lines) if person else []
        story += [SectionStart(), _Header(sender, address), *map(_clone, bodies[salutation])]
    build_pdf(
        out, story, title=letter.subject, footer=practice.name, generated_at=generated_at, lang=letter.lang
    )


def plain_text(letter: LetterContent, recipient: Recipient | None) -> str:
    """The letter as the body of an e-mail."""
    salutation, closing = personal(letter, recipient)
    titles = {key: (en if letter.lang == "en" else fr) for key, fr, en in SECTIONS}
    parts = [salutation + ",", letter.opening]
    for key, _, _ in SECTIONS:
        text = getattr(letter, key)
        if text.strip():
            parts.append(f"{titles[key]}\n{text}")
    parts += [closing, letter.signature]
    return "\n\n".join(parts) + "\n"


def email_csv(letter: LetterContent, recipients: Sequence[Recipient]) -> bytes | None:
    """A CSV (UTF-8, comma, header email,subject,body) of the recipients that have an e-mail address, or None."""
    with_mail = [r for r in recipients if r.email]
    if not with_mail:
        return None
    buf = io.StringIO()
    writer = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(["email", "subject", "body"])
    bodies: dict[str, str] = {}
    for r in with_mail:
        salutation = r.salutation(letter.lang)
        if salutation not in bodies:
            bodies[salutation] = plain_text(letter, r)
        writer.writerow([r.email, letter.subject, bodies[salutation]])
    return buf.getvalue().encode("utf-8")


def _esc(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)


def draft_notice(practice: Practice, record: IncidentRecord, lang: str = "fr") -> LetterContent:
    """The public communication of art. 34(3)(c): the letter's paragraphs, addressed to every patient at once."""
    letter = draft_letter(practice, record, lang)
    en = lang == "en"
    latest = record.latest
    # Say that the persons cannot be reached one by one only when the facts say so (else it would be untrue).
    unreachable = latest is not None and (
        latest.result.art34_exemption == "c" or not latest.facts.subjects.reachable
    )
    if unreachable:
        opening = (
            "A security incident has affected personal data held by our practice. We cannot reach every "
            "person concerned one by one, so we inform you by this notice, as article 34(3)(c) of the General "
            "Data Protection Regulation provides. If you are a patient of the practice, information about you "
            "may be concerned."
            if en
            else "Un incident de sécurité a touché des données personnelles conservées par notre cabinet. Nous "
            "ne pouvons pas joindre une par une toutes les personnes concernées : nous vous en informons par cet "
            "avis, comme le prévoit l'article 34(3)(c) du règlement général sur la protection des données. Si "
            "vous êtes patient du cabinet, des informations vous concernant peuvent être touchées."
        )
    else:
        opening = (
            "A security incident has affected personal data held by our practice; we inform our patients of it "
            "by this notice. If you are a patient of the practice, information about you may be concerned."
            if en
            else "Un incident de sécurité a touché des données personnelles conservées par notre cabinet ; nous "
            "en informons nos patients par cet avis. Si vous êtes patient du cabinet, des informations vous "
            "concernant peuvent être touchées."
        )
    return LetterContent(
        subject="Information for patients: an incident affecting personal data"
        if en
        else "Information des patients : un incident touchant des données personnelles",
        opening=opening,
        what_happened=letter.what_happened,
        data_concerned=letter.data_concerned,
        consequences=letter.consequences,
        measures=letter.measures,
        advice=letter.advice,
        contact=letter.contact,
        closing="We apologise for this incident."
        if en
        else "Nous vous prions de nous excuser pour cet incident.",
        signature=letter.signature,
        lang=lang,
    )


def render_notice(practice: Practice, notice: LetterContent, out: BinaryIO, generated_at: datetime) -> None:
    """The notice as a waiting-room poster (A4)."""
    en = notice.lang == "en"
    story: list[Flowable] = [
        para(notice.subject, "title"),
        para(
            f"{practice.name} — "
            + ("notice dated " if en else "avis du ")
            + lt.long_date(generated_at, notice.lang),
            "subtitle",
        ),
        para(notice.opening),
    ]
    for key, fr, english in SECTIONS:
        text = getattr(notice, key)
        if text.strip():
            story.append(KeepTogether([para(english if en else fr, "h2"), para(text)]))
    story += [Spacer(1, 4 * mm), para(notice.closing), Spacer(1, 4 * mm), para(notice.signature)]
    build_pdf(
        out, story, title=notice.subject, footer=practice.name, generated_at=generated_at, lang=notice.lang
    )


def notice_text(notice: LetterContent) -> str:
    """The notice as plain text for the practice's website."""
    titles = {key: (en if notice.lang == "en" else fr) for key, fr, en in SECTIONS}
    parts = [notice.subject, notice.opening]
    parts += [f"{titles[k]}\n{getattr(notice, k)}" for k, _, _ in SECTIONS if getattr(notice, k).strip()]
    parts += [notice.closing, notice.signature]
    return "\n\n".join(parts) + "\n"
