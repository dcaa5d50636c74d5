"""The waiting-room information notice (GDPR art. 13): an A4 poster and a denser one-page leaflet.

It takes plain data (:class:`NoticeContent`), filled from the register when there is one and otherwise from
:func:`default_content`, a generic text for an independent medical practice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, Paragraph, Spacer, Table, TableStyle

from core.domain.practice import Practice
from core.reports.base import ACCENT, LIGHT, STYLES, build_pdf, grid_table, para, rich

POSTER = "poster"
LEAFLET = "leaflet"
LAYOUTS = (POSTER, LEAFLET)
WIDTH = 170 * mm
HEIGHT = 255 * mm
POSTER_BODY = ParagraphStyle(
    "VPoster", parent=STYLES["body"], fontSize=11.5, leading=13.8, spaceBefore=0, spaceAfter=3
)


@dataclass(frozen=True)
class NoticePurpose:
    name: str
    legal_basis: str
    retention: str = ""


@dataclass(frozen=True)
class NoticeContent:
    purposes: Sequence[NoticePurpose]
    recipients: Sequence[str]
    transfers: str = "Aucune donnée n'est transférée hors de l'Union européenne."
    from_register: bool = False
    processors: Sequence[str] = ()  # providers' names, listed after the recipients
    health_basis: str = ""  # the art. 9 conditions for health data, said once for all purposes


def default_content(has_staff: bool = False) -> NoticeContent:
    """What nearly every independent practice does; shown until the register says otherwise."""
    staff = ("Le secrétariat du cabinet, pour ce qui relève de sa mission",) if has_staff else ()
    return NoticeContent(
        purposes=(
            NoticePurpose(
                "Tenue du dossier médical et suivi de vos soins",
                "Obligation légale de tenir un dossier ; prise en charge médicale (art. 6.1.c et 9.2.h du "
                "RGPD)",
                "20 ans après la dernière consultation (jusqu'aux 28 ans au moins pour un mineur)",
            ),
            NoticePurpose(
                "Prise de rendez-vous et rappels",
                "Mesures prises à votre demande (art. 6.1.b) ; rappels : intérêt légitime du cabinet "
                "(art. 6.1.f)",
                "Le temps de gérer les rendez-vous",
            ),
            NoticePurpose(
                "Facturation et télétransmission des feuilles de soins",
                "Obligation légale (code de la sécurité sociale, art. 6.1.c)",
                "3 mois pour les doubles des feuilles de soins électroniques ; pièces comptables selon "
                "les règles fiscales",
            ),
            NoticePurpose(
                "Échanges avec les autres professionnels qui vous soignent (messagerie sécurisée, "
                "courriers, Mon espace santé)",
                "Prise en charge médicale, dans les limites du secret partagé (art. 9.2.h ; L.1110-4 du "
                "code de la santé publique)",
                "Comme le dossier médical",
            ),
        ),
        recipients=(
            "Les professionnels de santé qui participent à votre prise en charge, dans la limite du "
            "secret partagé",
            *staff,
            "L'Assurance maladie et votre complémentaire santé, pour vos remboursements",
            "Nos prestataires techniques (éditeur du logiciel, hébergeur certifié pour les données de "
            "santé), tenus par contrat à la confidentialité",
        ),
    )


@dataclass(frozen=True)
class Notice:
    practice: Practice
    content: NoticeContent
    generated_at: datetime
    layout: str = POSTER


def _contact(p: Practice, with_name: bool = True) -> str:
    parts = [
        p.practitioner or p.name if with_name else "",
        p.address,
        f"{p.postcode} {p.city}".strip(),
        p.phone,
        p.email,
    ]
    return ", ".join(x for x in parts if x)


RECORD_ACCESS = (
    "<b>Votre dossier médical</b> : vous pouvez le consulter au cabinet ou en obtenir une copie, vous-même "
    "ou par un médecin que vous désignez. Il vous est communiqué après un délai de réflexion de 48 heures "
    "et au plus tard 8 jours après votre demande (2 mois si les informations datent de plus de 5 ans). La "
    "première copie est gratuite."
)
OTHER_RIGHTS = (
    "<b>Vos autres droits</b> : faire corriger des informations inexactes, demander l'effacement (dans la "
    "limite des durées de conservation imposées), la limitation ou la portabilité de vos données, vous "
    "opposer aux traitements qui ne sont pas imposés par la loi. Réponse sous un mois."
)
SHARING = (
    "<b>Partage</b> : vous pouvez vous opposer à l'échange de vos informations avec des professionnels "
    "extérieurs à l'équipe qui vous soigne."
)
AFTER_DEATH = "Vous pouvez aussi définir des directives sur le sort de vos données après votre décès."
COMPLAINT = (
    "<b>Réclamation</b> : si vous estimez que vos droits ne sont pas respectés, vous pouvez saisir la CNIL "
    "(www.cnil.fr, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07)."
)
REQUIRED = (
    "Les informations demandées sont nécessaires à votre prise en charge ; sans votre carte Vitale, la "
    "feuille de soins ne peut pas être télétransmise. Aucune décision automatisée n'est prise à votre sujet."
)


def _section(title: str, style: str) -> Table:
    table = Table([[para(title, style)]], colWidths=[WIDTH], hAlign="LEFT", spaceBefore=4)
    table.setStyle(
        TableStyle([("BACKGROUND", (0, 0), (-1, -1), LIGHT), ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT)])
    )
    return table


POSTER_RIGHTS = (
    "<b>Vos autres droits</b> : faire corriger, effacer (dans la limite des durées de conservation imposées) "
    "ou limiter vos données, vous opposer aux traitements qui ne sont pas imposés par la loi et au partage "
    "avec des professionnels extérieurs à l'équipe qui vous soigne, définir des directives pour après votre "
    "décès. Réponse sous un mois."
)


def _poster(n: Notice) -> list:
    """The short layer (art. 12: concise, clear): full detail is in the leaflet, available at reception."""
    p, c = n.practice, n.content
    story = [
        para("Vos données personnelles au cabinet", "title"),
        para(p.name, "subtitle"),
        _big(
            f"Vos données sont traitées par <b>{_esc(p.practitioner or p.name)}</b>, responsable du traitement, "
            "pour vous soigner. Elles sont couvertes par le secret médical."
            + (f" Données de santé : {_esc(c.health_basis)}." if c.health_basis else "")
        ),
        _section("Pourquoi, et sur quelle base", "h2"),
    ]
    shown, _hidden = _cap(c.purposes, POSTER_MAX_PURPOSES)
    story += [_big(f"• <b>{_esc(x.name)}</b>" + (f" — {_esc(x.legal_basis)}" if x.legal_basis else ""))
              for x in shown]
    story += _more(c.purposes, POSTER_MAX_PURPOSES, POSTER_BODY)
    story += [_section("Qui peut les recevoir", "h2")]
    story += [_big(f"• {_esc(r)}") for r in c.recipients[:MAX_LISTED]]
    if c.processors:
        story.append(
            _big(
                "• Nos prestataires techniques, tenus par contrat à la confidentialité (liste dans la notice "
                "détaillée)"
            )
        )
    story.append(_big(_esc(c.transfers)))
    story += [_section("Combien de temps", "h2")]
    main = next((x for x in c.purposes if x.retention), None)
    lead = f"<b>{_esc(main.name)}</b> : {_esc(main.retention)}. " if main is not None else ""
    story.append(_big(lead + "Les autres durées figurent dans la notice détaillée, à l'accueil."))
    story += [_section("Vos droits", "h2")]
    story += [
        _big(RECORD_ACCESS),
        _big(POSTER_RIGHTS),
        _big(f"<b>Pour exercer vos droits</b>, adressez-vous à : {_esc(_contact(p))}."),
        *_dpo(p, POSTER_BODY),
        _big(
            "<b>Réclamation</b> : vous pouvez saisir la CNIL (www.cnil.fr, 3 place de Fontenoy, TSA 80715, "
            "75334 Paris Cedex 07)."
        ),
        _big(
            "Les informations demandées sont nécessaires à vos soins (sans carte Vitale, pas de "
            "télétransmission). Aucune décision automatisée n'est prise à votre sujet."
        ),
    ]
    return story


def _leaflet(n: Notice) -> list:
    p, c = n.practice, n.content
    story = [
        para("Information sur vos données personnelles", "h1"),
        para(f"{p.name} — article 13 du règlement général sur la protection des données", "small"),
        Spacer(0, 2 * mm),
        rich(
            f"<b>Responsable du traitement</b> : {_esc(p.practitioner or p.name)} ({_esc(_contact(p, False))}). Vos "
            "données sont couvertes par le secret médical.",
        ),
        *_dpo(p, STYLES["body"]),
        para("Finalités, bases légales et durées de conservation", "h2"),
        grid_table(
            ["Pourquoi", "Base légale", "Conservation"],
            [[x.name, x.legal_basis, x.retention or "—"] for x in _cap(c.purposes, LEAFLET_MAX_PURPOSES)[0]],
            [50 * mm, 62 * mm, 58 * mm],
        ),
        *_more(c.purposes, LEAFLET_MAX_PURPOSES),
        *([para(f"Données de santé : {c.health_basis}.")] if c.health_basis else []),
        para("Destinataires", "h2"),
        *[para(f"• {r}") for r in c.recipients[:MAX_LISTED]],
        *_processors(c, rich),
        para(c.transfers),
        para("Vos droits et comment les exercer", "h2"),
        *[rich(t) for t in (RECORD_ACCESS, OTHER_RIGHTS, SHARING, AFTER_DEATH)],
        rich(
            f"<b>Pour exercer vos droits</b> : {_esc(_contact(p))}. Une pièce d'identité pourra vous être demandée."
        ),
        rich(COMPLAINT),
        Spacer(0, 2 * mm),
        para(REQUIRED, "small"),
    ]
    return story


POSTER_MAX_PURPOSES = 8  # beyond, the poster would shrink below a readable size
LEAFLET_MAX_PURPOSES = 20
MAX_LISTED = 40


def _cap(items: Sequence[NoticePurpose], limit: int) -> tuple[Sequence[NoticePurpose], int]:
    """A page stays readable: beyond ``limit`` activities the notice points to the register instead."""
    return items[:limit], max(0, len(items) - limit)


def _more(items: Sequence[NoticePurpose], limit: int, style: ParagraphStyle | None = None) -> list:
    hidden = len(items) - limit
    if hidden <= 0:
        return []
    text = (
        f"… et {hidden} autres traitements, décrits dans le registre que vous pouvez consulter à l'accueil."
        if hidden > 1
        else "… et un autre traitement, décrit dans le registre que vous pouvez consulter à l'accueil."
    )
    return [Paragraph(_esc(text), style or STYLES["body"])]


def _listing(items: Sequence[str], sep: str = " ; ") -> str:
    text = sep.join(items[:MAX_LISTED])
    return text + (sep + "…" if len(items) > MAX_LISTED else "") + "."


def _processors(c: NoticeContent, make) -> list:
    if not c.processors:
        return []
    names = _esc(_listing(c.processors, ", ").rstrip("."))
    return [make(f"Nos prestataires techniques, tenus par contrat à la confidentialité : {names}.")]


def _dpo(p: Practice, style: ParagraphStyle) -> list:
    if not p.dpo_designated:
        return []
    text = f"<b>Délégué à la protection des données</b> : {_esc(p.dpo_name)} {_esc(p.dpo_contact)}"
    return [Paragraph(text, style)]


def _big(markup: str) -> Paragraph:
    return Paragraph(markup, POSTER_BODY)


def _esc(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text or "")


def shrink_factor(notice: Notice) -> float:
    """How much the page must shrink to hold the text (1.0: printed at full size, 13 pt on the poster)."""
    from reportlab.platypus.flowables import _listWrapOn

    story = _poster(notice) if notice.layout == POSTER else _leaflet(notice)
    _width, height = _listWrapOn(story, WIDTH, None)
    return max(1.0, height / HEIGHT)


def render(notice: Notice, out: BinaryIO) -> None:
    """One page whatever the register holds: the content shrinks to fit rather than spill over."""
    if notice.layout not in LAYOUTS:
        raise ValueError(f"unknown layout: {notice.layout}")
    story = _poster(notice) if notice.layout == POSTER else _leaflet(notice)
    frame = KeepInFrame(WIDTH, HEIGHT, story, mode="shrink", hAlign="LEFT")
    build_pdf(
        out,
        [frame],
        title="Information des patients sur leurs données",
        footer=notice.practice.name,
        generated_at=notice.generated_at,
    )
