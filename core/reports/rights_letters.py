"""Letters to a requester: acknowledgement, answer, extension notice, reasoned refusal.

The body is plain text that the practitioner may edit before printing: :func:`default_body` suggests it from
the request and its deadlines, :func:`render` lays it out with the practice's letterhead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from core.clock import in_paris
from core.domain.practice import Practice
from core.domain.rights import (  # the letter kinds: one source, in the domain
    ACKNOWLEDGEMENT,
    ANSWER,
    EXTENSION,
    REFUSAL,
    DeadlineAssessment,
    RequesterKind,
    RequestKind,
    RightsRequest,
)
from core.reports.base import build_pdf, para

LETTER_TITLES: dict[str, str] = {
    ACKNOWLEDGEMENT: "Accusé de réception de votre demande",
    ANSWER: "Réponse à votre demande",
    EXTENSION: "Prolongation du délai de réponse",
    REFUSAL: "Refus motivé de votre demande",
}
LETTERS = tuple(LETTER_TITLES)

_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]

CNIL_ADDRESS = "CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07 (www.cnil.fr)"

_OBJECTS: dict[RequestKind, str] = {
    RequestKind.MEDICAL_RECORD: "communication du dossier médical",
    RequestKind.GDPR_ACCESS: "accès à vos données personnelles",
    RequestKind.RECTIFICATION: "rectification de données",
    RequestKind.ERASURE: "effacement de données",
    RequestKind.RESTRICTION: "limitation du traitement de données",
    RequestKind.OBJECTION: "opposition au traitement de données",
    RequestKind.PORTABILITY: "portabilité de données",
    RequestKind.SHARING_OBJECTION: "opposition au partage d'informations hors de l'équipe de soins",
}


_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{3,}\]|\((?:à préciser|to be specified)\)", re.IGNORECASE)


def placeholders(body: str) -> list[str]:
    """The instructions left in a suggested body ("[exposez ici les motifs précis du refus]")."""
    return list(dict.fromkeys(m.group(0) for m in _PLACEHOLDER.finditer(body)))


def long_date(day: date | datetime) -> str:
    """'3 février 2027': the form used in French letters (1er for the first of the month)."""
    if isinstance(day, datetime):
        day = in_paris(day).date()
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {_MONTHS[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class Letter:
    kind: str
    practice: Practice
    request: RightsRequest
    body: str
    dated: datetime


# --- default texts ---------------------------------------------------------------------------------------
def default_body(
    kind: str, request: RightsRequest, deadline: DeadlineAssessment, practice: Practice, now: datetime
) -> str:
    if kind not in LETTER_TITLES:
        raise ValueError(f"unknown letter kind: {kind}")
    subject = _OBJECTS[request.kind]
    received = long_date(request.received_at)
    about = _about(request)
    paragraphs = ["Madame, Monsieur,"]
    if kind == ACKNOWLEDGEMENT:
        paragraphs.append(f"J'ai bien reçu le {received} votre demande de {subject}{about}.")
        paragraphs += _acknowledgement(request, deadline)
    elif kind == ANSWER:
        paragraphs.append(f"Vous m'avez adressé le {received} une demande de {subject}{about}.")
        paragraphs += _ANSWERS[request.kind]
        paragraphs.append(_COMPLAINT)
    elif kind == EXTENSION:
        reason = request.extension_reason or "[précisez ici la raison de ce délai supplémentaire]"
        due = deadline.extended_due or deadline.due
        paragraphs.append(
            f"Votre demande de {subject}{about}, reçue le {received}, nécessite un examen plus long que "
            f"prévu, pour la raison suivante : {reason}"
        )
        paragraphs.append(
            "Comme le permet l'article 12.3 du règlement général sur la protection des données, le délai "
            f"de réponse est prolongé de deux mois : je vous répondrai au plus tard le {long_date(due)}."
        )
    else:
        reasons = request.answer_content or _REFUSAL_REASONS.get(
            request.kind, "[exposez ici les motifs précis du refus]"
        )
        paragraphs.append(
            f"Après examen, je ne peux pas donner suite à votre demande de {subject}{about}, reçue le "
            f"{received}, pour les motifs suivants : {reasons}"
        )
        paragraphs.append(
            "Si vous contestez cette décision, vous pouvez adresser une réclamation à la "
            f"{CNIL_ADDRESS} ou saisir la juridiction compétente."
        )
    paragraphs.append("Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.")
    return "\n\n".join(paragraphs)


def _about(request: RightsRequest) -> str:
    if request.requester_kind is RequesterKind.PATIENT or not request.patient_name:
        return ""
    return f" concernant {request.patient_name}"


def _acknowledgement(request: RightsRequest, deadline: DeadlineAssessment) -> list[str]:
    out: list[str] = []
    due = long_date(deadline.due)
    if request.kind is RequestKind.MEDICAL_RECORD:
        delay = (
            "Les informations datant de plus de cinq ans, le délai est de deux mois : "
            if request.old_information
            else "Le code de la santé publique prévoit un délai de réflexion de 48 heures ; "
        )
        out.append(f"{delay}les documents vous seront communiqués au plus tard le {due}.")
        out.append(
            "Merci de me préciser si vous souhaitez consulter le dossier au cabinet, en recevoir une copie, "
            "ou qu'il soit adressé à un médecin de votre choix. La première copie est gratuite."
        )
    elif request.kind is RequestKind.SHARING_OBJECTION:
        out.append("Votre choix est pris en compte dès à présent ; je vous le confirmerai par écrit.")
    else:
        out.append(
            f"Je vous répondrai au plus tard le {due}. Si l'examen de votre demande devait prendre plus "
            "de temps, je vous en informerais avant cette date en vous en donnant les raisons."
        )
    if not request.identity_checked:
        out.append(
            "Pour protéger la confidentialité des informations, merci de me faire parvenir la copie d'une "
            "pièce d'identité"
            + (" et d'un document justifiant de votre qualité." if _acts_for(request) else ".")
        )
    if request.requester_kind is RequesterKind.HEIR:
        out.append(
            "En tant qu'ayant droit, merci de m'indiquer le motif de votre demande : connaître les causes "
            "du décès, défendre la mémoire du défunt ou faire valoir vos droits. Seules les informations "
            "nécessaires à ce motif peuvent vous être communiquées."
        )
    return out


def _acts_for(request: RightsRequest) -> bool:
    return request.requester_kind is not RequesterKind.PATIENT


_COMPLAINT = (
    "Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la "
    + CNIL_ADDRESS
    + "."
)

_REFUSAL_REASONS: dict[RequestKind, str] = {
    RequestKind.ERASURE: (
        "les informations de votre dossier médical doivent être conservées pendant la durée fixée par la "
        "réglementation, en pratique vingt ans après votre dernière consultation ; l'article 17.3 du RGPD "
        "(obligation légale, motif de santé publique) exclut leur effacement pendant cette durée. Elles seront "
        "supprimées à son terme."
    ),
    RequestKind.OBJECTION: (
        "les données concernées sont traitées pour respecter une obligation légale (tenue du dossier, "
        "facturation), à laquelle le droit d'opposition ne s'applique pas."
    ),
    RequestKind.PORTABILITY: (
        "le droit à la portabilité ne vise que les données traitées sur la base de votre consentement ou d'un "
        "contrat ; votre dossier médical vous reste accessible au titre du droit d'accès du code de la santé "
        "publique."
    ),
}

_ANSWERS: dict[RequestKind, list[str]] = {
    RequestKind.MEDICAL_RECORD: [
        "Vous trouverez ci-joint la copie des éléments du dossier médical. Cette première copie est "
        "gratuite. Je reste à votre disposition pour vous expliquer ces documents si vous le souhaitez."
    ],
    RequestKind.GDPR_ACCESS: [
        "Vous trouverez ci-joint une copie des données personnelles vous concernant que je détiens, avec "
        "les informations sur leur utilisation : finalités, destinataires, durée de conservation et droits "
        "dont vous disposez. Cette première copie est gratuite."
    ],
    RequestKind.RECTIFICATION: [
        "Les informations inexactes ont été corrigées. Les observations médicales n'étant pas réécrites, "
        "votre remarque a été ajoutée au dossier, datée, à côté de l'observation concernée."
    ],
    RequestKind.ERASURE: [
        "Les informations de votre dossier médical doivent être conservées pendant la durée fixée par la "
        "réglementation, en pratique vingt ans après votre dernière consultation. Pendant cette durée, "
        "l'article 17.3 du RGPD (obligation légale, motif de santé publique) ne permet pas de les effacer. "
        "Elles restent couvertes par le secret médical et ne servent qu'à votre prise en charge.",
        "Les autres données dont la conservation n'est plus nécessaire ont été effacées.",
    ],
    RequestKind.RESTRICTION: [
        "L'utilisation des données concernées est suspendue : elles sont conservées mais ne sont plus "
        "utilisées. Je vous préviendrai avant de lever cette limitation."
    ],
    RequestKind.OBJECTION: [
        "Votre opposition a été enregistrée : les données concernées ne sont plus utilisées pour ce "
        "traitement. Les traitements imposés par la loi (tenue du dossier, facturation) se poursuivent."
    ],
    RequestKind.PORTABILITY: [
        "Vous trouverez ci-joint, dans un format structuré et lisible par machine, les données que vous "
        "m'avez fournies. Le dossier médical lui-même relève du droit d'accès prévu par le code de la "
        "santé publique, que vous pouvez exercer à tout moment."
    ],
    RequestKind.SHARING_OBJECTION: [
        "Votre opposition au partage de vos informations avec des professionnels extérieurs à l'équipe "
        "de soins est enregistrée et s'applique dès à présent."
    ],
}


# --- layout ----------------------------------------------------------------------------------------------
def render(letter: Letter, out: BinaryIO) -> None:
    p, r = letter.practice, letter.request
    sender = "\n".join(
        x
        for x in (
            p.practitioner,
            p.name if p.name != p.practitioner else "",
            p.address,
            f"{p.postcode} {p.city}".strip(),
            f"Tél. {p.phone}" if p.phone else "",
            p.email,
            f"RPPS {p.rpps}" if p.rpps else "",
        )
        if x
    )
    recipient = "\n".join(x for x in (r.requester_name, r.requester_address) if x)
    head = Table(
        [[para(sender, "cell"), para(recipient, "body")]],
        colWidths=[95 * mm, 79 * mm],
        hAlign="LEFT",
    )
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    place = f"{p.city}, le " if p.city else "Le "
    subject = f"Objet : {LETTER_TITLES[letter.kind]} ({_OBJECTS[r.kind]})"
    reference = f"Demande reçue le {long_date(r.received_at)}"
    if _acts_for(r) and r.patient_name:
        reference += f" — patient concerné : {r.patient_name}"
    story = [head, Spacer(0, 14 * mm), para(place + long_date(letter.dated)), Spacer(0, 6 * mm)]
    story += [para(subject, "cellbold"), para(reference, "small"), Spacer(0, 6 * mm)]
    for block in letter.body.strip().split("\n\n"):
        story += [para(block), Spacer(0, 2.5 * mm)]
    story += [Spacer(0, 8 * mm), para(p.practitioner or p.name)]
    build_pdf(
        out,
        story,
        title=LETTER_TITLES[letter.kind],
        footer=p.name,
        generated_at=letter.dated,
    )
