"""The letter informing patients of a breach (art. 34(2) GDPR), in plain language.

:func:`draft_letter` fills a :class:`LetterContent` from the incident; the practitioner may edit every
paragraph before printing. :func:`render` prints one letter per recipient, or a single mail-merge-ready letter
with placeholders when no recipient list is given.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from core.clock import in_paris
from core.content.breach_labels import categories_text
from core.domain.breach import FRAUD_CATEGORIES
from core.domain.incident import IncidentRecord
from core.domain.practice import Practice
from core.reports.base import build_pdf, para, rich

MONTHS = (
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
)
NAME_PLACEHOLDER = "«Civilité Prénom Nom»"
ADDRESS_PLACEHOLDER = "«Adresse»\n«Code postal Ville»"

ORIGIN_PHRASES = {
    "lost_or_stolen_device": "la perte ou le vol d'un appareil du cabinet contenant des données de patients",
    "paper_lost_stolen_or_exposed": "la perte, le vol ou l'exposition de documents papier du cabinet",
    "mail_lost_or_opened": "l'envoi ou la perte d'un courrier contenant des données de patients",
    "hacking_malware_phishing": "une attaque informatique visant le cabinet",
    "paper_disposed_unshredded": "la mise au rebut de documents papier sans destruction préalable",
    "device_disposed_unwiped": "la mise au rebut d'un appareil qui n'avait pas été effacé",
    "unintended_publication": "la mise en accès public, par erreur, de données du cabinet",
    "wrong_person_data_shown": "l'affichage de données à une personne qui n'aurait pas dû les voir",
    "sent_to_wrong_recipient": "l'envoi de données à un mauvais destinataire",
    "verbal_disclosure": "la divulgation orale d'informations personnelles",
}


EVENT_PHRASES = {
    "contained": "l'incident a été maîtrisé",
    "police_complaint": "nous avons déposé plainte",
    "processor_informed": "nous avons prévenu notre prestataire informatique",
    "insurer_informed": "nous avons déclaré l'incident à notre assureur",
}


def _consequences(record: IncidentRecord) -> str:
    """What the patient may fear, in their words rather than the form's."""
    facts = record.latest.facts if record.latest else None
    if facts is None:
        return "Les conséquences exactes sont encore en cours d'analyse ; nous vous tiendrons informé."
    parts: list[str] = []
    c = facts.confidentiality
    if (
        c is not None
        and c.exposure != "none_proven"
        and facts.protection not in ("encrypted_key_safe", "hashed_salted")
    ):
        who = (
            "les personnes qui les ont reçues"
            if c.exposure == "known_recipients"
            else "des personnes non autorisées"
        )
        parts.append(
            f"Ces informations pourraient être lues par {who}"
            + (
                ", alors qu'elles sont couvertes par le secret médical"
                if "health" in facts.data_categories or facts.categories_unknown
                else ""
            )
            + "."
        )
        if c.deletion_confirmed:
            parts.append("Les destinataires nous ont confirmé les avoir supprimées.")
    a = facts.availability
    if a is not None and (a.permanent_loss or a.care_impact):
        parts.append(
            "Une partie de votre dossier a pu être perdue ou rester indisponible : si vous avez des "
            "résultats d'examens ou des comptes rendus récents, merci de les apporter lors de votre "
            "prochaine consultation."
        )
    i = facts.integrity
    if i is not None and i.misuse in ("recoverable", "not_recoverable", None):
        parts.append(
            "Certaines informations de votre dossier ont pu être modifiées ; nous les vérifions avec "
            "vous lors de votre prochaine consultation."
        )
    return " ".join(parts) or "Nous n'avons identifié, à ce jour, aucune conséquence particulière pour vous."


def french_date(moment: datetime) -> str:
    local = in_paris(moment)
    day = "1er" if local.day == 1 else str(local.day)
    return f"{day} {MONTHS[local.month - 1]} {local.year}"


@dataclass(frozen=True)
class LetterContent:
    """Every paragraph of the letter, editable before printing."""

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


@dataclass(frozen=True)
class Recipient:
    name: str
    address: str = ""


def draft_letter(practice: Practice, record: IncidentRecord) -> LetterContent:
    inc = record.incident
    facts = record.latest.facts if record.latest else None
    origin = ORIGIN_PHRASES.get(inc.origin or "", "un incident de sécurité")
    what = f"Le {french_date(inc.aware_at)}, notre cabinet a constaté {origin}."
    if inc.description.strip():
        what += " " + inc.description.strip()
    cats = [c for c in (facts.data_categories if facts else ()) if c != "unknown"]
    data = (
        (
            "Les informations qui vous concernent et qui ont pu être touchées sont : "
            + _lower_first_words(categories_text(cats)).replace(" ; ", ", ")
            + "."
        )
        if cats
        else ("Nous recherchons encore précisément quelles informations vous concernant ont été touchées.")
    )
    consequences = _consequences(record)
    done = [text for kind, text in EVENT_PHRASES.items() if any(e.kind == kind for e in record.events)]
    measures = "Dès que nous avons eu connaissance de l'incident, nous avons pris des mesures pour en limiter les effets"
    measures += " : " + ", ".join(done) + "." if done else "."
    if record.initial_notification or record.must_notify:
        measures += " Nous avons signalé l'incident à la Commission nationale de l'informatique et des libertés (CNIL)."
    advice = [
        "Soyez vigilant face aux messages, appels ou SMS qui se présenteraient comme venant du cabinet, de "
        "l'Assurance Maladie ou de votre banque : nous ne vous demanderons jamais de mot de passe ni de "
        "coordonnées bancaires par ce moyen."
    ]
    cats_set = set(cats)
    if "financial" in cats_set:
        advice.append("Surveillez vos relevés bancaires et signalez toute opération inconnue à votre banque.")
    if "credentials" in cats_set:
        advice.append("Changez sans attendre le mot de passe concerné, et partout où vous l'utilisiez.")
    if cats_set & FRAUD_CATEGORIES - {"financial", "credentials"}:
        advice.append(
            "En cas d'usage suspect de votre identité, déposez plainte et signalez-le sur "
            "cybermalveillance.gouv.fr."
        )
    who = practice.practitioner or practice.name
    contact_bits = [
        b
        for b in (
            practice.phone and f"par téléphone au {practice.phone}",
            practice.email and f"par e-mail à {practice.email}",
        )
        if b
    ]
    contact = (
        f"Pour toute question, vous pouvez joindre {who} "
        + " ou ".join(contact_bits or ["au cabinet"])
        + ". Vous pouvez aussi adresser une réclamation à la CNIL (www.cnil.fr)."
    )
    return LetterContent(
        subject="Information sur un incident concernant vos données personnelles",
        opening="Madame, Monsieur,\n\nNous vous écrivons pour vous informer d'un incident qui concerne des "
        "informations vous concernant détenues par notre cabinet, comme la loi nous y oblige (article 34 "
        "du règlement général sur la protection des données).",
        what_happened=what,
        data_concerned=data,
        consequences=consequences,
        measures=measures,
        advice=" ".join(advice),
        contact=contact,
        closing="Nous vous prions de bien vouloir nous excuser pour cet incident et vous assurons de notre entier "
        "dévouement.\n\nVeuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
        signature=who,
    )


SECTIONS = (
    ("what_happened", "Ce qui s'est passé"),
    ("data_concerned", "Les informations concernées"),
    ("consequences", "Les conséquences possibles pour vous"),
    ("measures", "Ce que nous avons fait"),
    ("advice", "Ce que nous vous conseillons"),
    ("contact", "Pour nous contacter"),
)


def _letter(
    practice: Practice, letter: LetterContent, recipient: Recipient, generated_at: datetime
) -> list[Flowable]:
    sender = "\n".join(
        x
        for x in (
            practice.name,
            practice.practitioner,
            practice.address,
            f"{practice.postcode} {practice.city}".strip(),
            practice.phone,
            practice.email,
        )
        if x
    )
    to = recipient.name + ("\n" + recipient.address if recipient.address else "")
    head = Table([[para(sender, "body"), para(to, "body")]], colWidths=[95 * mm, 79 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    place = practice.city or ""
    story: list[Flowable] = [
        head,
        Spacer(1, 10 * mm),
        para((f"{place}, le " if place else "Le ") + french_date(generated_at)),
        Spacer(1, 4 * mm),
        rich("<b>Objet :</b> " + _esc(letter.subject)),
        Spacer(1, 4 * mm),
        para(letter.opening),
    ]
    for key, title in SECTIONS:
        text = getattr(letter, key)
        if text.strip():
            story.append(KeepTogether([para(title, "h2"), para(text)]))
    story += [Spacer(1, 3 * mm), para(letter.closing), Spacer(1, 8 * mm), para(letter.signature)]
    return story


def render(
    practice: Practice,
    letter: LetterContent,
    out: BinaryIO,
    generated_at: datetime,
    recipients: Sequence[Recipient] = (),
) -> None:
    """One letter per recipient (one page break between), or a mail-merge model when the list is empty."""
    people = list(recipients) or [Recipient(NAME_PLACEHOLDER, ADDRESS_PLACEHOLDER)]
    story: list[Flowable] = []
    for i, person in enumerate(people):
        if i:
            story.append(PageBreak())
        story += _letter(practice, letter, person, generated_at)
    build_pdf(out, story, title=letter.subject, footer=practice.name, generated_at=generated_at)


def _esc(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)


def _lower_first_words(text: str) -> str:
    """Lower-case each item's first letter for use inside a sentence, keeping acronyms (NIR, IBAN) intact."""
    items = [item.strip() for item in text.split(";")]
    lowered = [item[:1].lower() + item[1:] if item[:2] != item[:2].upper() else item for item in items]
    return " ; ".join(lowered)
