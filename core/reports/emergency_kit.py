"""The emergency kit: printed once a year and kept by the phone, because when it is needed the PC may be down.

It holds the first-hour reflexes, the identifiers the CNIL form asks for, who to call, and a blank paper
notification dossier to fill by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle

from core.domain.contacts import UsefulContact
from core.domain.practice import Practice
from core.reports.base import ACCENT, LIGHT, build_pdf, field_table, grid_table, para, rich

WIDTH = 170 * mm


@dataclass(frozen=True)
class ProviderContact:
    """A provider from the register, with the contact its contract gives for incidents."""

    name: str
    services: str
    incident_contact: str


@dataclass(frozen=True)
class EmergencyKit:
    practice: Practice
    contacts: Sequence[UsefulContact]
    generated_at: datetime
    providers: Sequence[ProviderContact] = ()


# Public services useful to any practice (addresses checked against the services' own sites).
# (service, what for, where, the word that identifies it among the useful contacts when prefilled there)
NATIONAL_CONTACTS: tuple[tuple[str, str, str, str], ...] = (
    (
        "Cybermalveillance.gouv.fr",
        "Diagnostic en ligne, conseils et prestataires de proximité pour un cabinet victime d'une attaque",
        "www.cybermalveillance.gouv.fr",
        "cybermalveillance",
    ),
    ("17Cyber", "Signalement et aide en ligne, police et gendarmerie", "17cyber.gouv.fr — urgence : 17", ""),
    (
        "CNIL — notification d'une violation de données",
        "Téléservice de notification (à faire dans les 72 heures) ; standard de la CNIL",
        "notifications.cnil.fr — 01 53 73 22 22",
        "cnil",
    ),
    (
        "ARS et CERT Santé (Agence du numérique en santé)",
        "Portail de signalement des incidents de sécurité des systèmes d'information de santé, transmis à "
        "l'ARS et au CERT Santé : obligatoire pour les établissements, ouvert aux cabinets pour être conseillés",
        "signalement.social-sante.gouv.fr — www.cyberveille-sante.gouv.fr",
        "cert santé",
    ),
    (
        "Carte CPS perdue ou volée",
        "Opposition auprès de l'Agence du numérique en santé",
        "esante.gouv.fr",
        "",
    ),
)

RANSOMWARE = (
    "Débranchez le câble réseau et coupez le Wi-Fi de l'appareil touché, <b>sans l'éteindre</b> : les "
    "traces utiles à l'enquête restent en mémoire.",
    "<b>Ne payez pas</b> la rançon et ne répondez pas aux attaquants.",
    "Photographiez l'écran ; notez l'heure, ce que vous avez vu et ce que vous avez fait.",
    "Débranchez les disques de sauvegarde pour les mettre à l'abri ; ne restaurez rien avant que "
    "l'appareil ait été nettoyé.",
    "Appelez votre prestataire informatique et l'éditeur du logiciel métier ; à défaut, "
    "cybermalveillance.gouv.fr ou le 17Cyber.",
    "Passez en mode papier : agenda, notes de consultation, ordonnances.",
    "Notez l'heure à laquelle vous avez compris que des données de patients étaient touchées : la "
    "notification à la CNIL doit partir <b>dans les 72 heures</b>. Déposez plainte.",
)

THEFT = (
    "Notez ce qui a disparu (ordinateur, téléphone, clé USB, disque de sauvegarde, dossiers papier), où "
    "et quand, et ce qu'il contenait. L'appareil était-il chiffré ?",
    "Changez les mots de passe des comptes ouverts sur l'appareil (logiciel métier, messagerie, "
    "stockage en ligne) ; faites bloquer ou effacer le téléphone à distance.",
    "Carte CPS volée : faites opposition. Prévenez votre prestataire et l'éditeur du logiciel.",
    "Déposez plainte ; le récépissé sera demandé par l'assureur.",
    "Appareil non chiffré ou dossiers papier perdus : c'est une violation de données. Notifiez la CNIL "
    "dans les 72 heures et informez les patients si le risque pour eux est élevé.",
)

MISDIRECTED = (
    "Contactez tout de suite le destinataire : demandez-lui de détruire ou de renvoyer le document sans "
    "le lire ni le transférer, et de le confirmer par écrit.",
    "E-mail : tentez le rappel du message. Notez à qui, quand, et ce qui a été envoyé.",
    "Envoyez le document au bon destinataire par un canal sûr (messagerie sécurisée de santé).",
    "Des données de santé ont été vues par un tiers : c'est une violation. Elle se notifie à la CNIL "
    "dans les 72 heures, sauf si un risque pour le patient est improbable (par exemple un confrère tenu "
    "au secret qui confirme la suppression).",
)

DOSSIER_SECTIONS: tuple[tuple[str, int], ...] = (
    ("1. Dates et heures : début de la violation, découverte, prise de connaissance, fin", 3),
    ("2. Ce qui s'est passé (circonstances, comment l'incident a été découvert)", 5),
    (
        "3. Nature : perte de confidentialité [ ]   perte d'intégrité [ ]   perte de disponibilité [ ]",
        1,
    ),
    ("4. Données concernées (identité, santé, sécurité sociale, bancaires...) et volume approximatif", 4),
    ("5. Personnes concernées (patients, personnel...) et nombre approximatif", 3),
    ("6. Conséquences probables pour les personnes", 4),
    ("7. Mesures prises pour mettre fin à la violation et en limiter les effets", 4),
    ("8. Mesures prévues pour éviter qu'elle se reproduise", 3),
    (
        "9. Information des personnes : faite [ ]   prévue le ........   non nécessaire [ ], parce que :",
        3,
    ),
    ("10. Autres démarches : plainte déposée, assureur, prestataire, autres autorités", 3),
    ("11. Si la notification part plus de 72 heures après la prise de connaissance : motifs du retard", 3),
)


def _steps(title: str, steps: Sequence[str]) -> KeepTogether:
    rows = [[para(str(i), "cellbold"), rich(step, "cell")] for i, step in enumerate(steps, 1)]
    table = Table(rows, colWidths=[7 * mm, WIDTH - 7 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.HexColor("#c8d3df")),
                ("TEXTCOLOR", (0, 0), (0, -1), ACCENT),
            ]
        )
    )
    return KeepTogether([para(title, "h2"), table])


def _identifiers(p: Practice) -> list[tuple[str, str]]:
    return [
        ("Cabinet (responsable du traitement)", p.name),
        ("Praticien(ne), personne à contacter", p.practitioner),
        ("SIREN", p.siren),
        ("SIRET", p.siret),
        ("N° RPPS", p.rpps),
        ("N° ADELI", p.adeli),
        ("Adresse", "\n".join(x for x in (p.address, f"{p.postcode} {p.city}".strip()) if x)),
        ("Téléphone", p.phone),
        ("E-mail", p.email),
        (
            "Délégué à la protection des données",
            f"{p.dpo_name} — {p.dpo_contact}" if p.dpo_designated else "",
        ),
    ]


def _lines(count: int) -> Table:
    table = Table([[""] for _ in range(count)], colWidths=[WIDTH], rowHeights=[7.5 * mm] * count)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa8b8"))]))
    return table


def render(kit: EmergencyKit, out: BinaryIO) -> None:
    p = kit.practice
    story = [
        para("Kit d'urgence", "title"),
        para(f"{p.name} — à imprimer, à ranger près du téléphone, à mettre à jour chaque année", "subtitle"),
        rich(
            "Si l'ordinateur du cabinet est bloqué, volé ou détourné, ces pages suffisent pour réagir. "
            "<b>Le délai de 72 heures pour notifier la CNIL court dès que vous savez que des données "
            "personnelles sont touchées.</b> Dès que possible, consignez aussi l'incident dans Vigie "
            "(registre des violations), qu'il soit notifié ou non."
        ),
        para("1. Dans la première heure", "h1"),
        _steps("Rançongiciel : écran de rançon, fichiers illisibles ou renommés", RANSOMWARE),
        _steps("Vol ou perte d'un appareil ou de dossiers", THEFT),
        _steps("Courrier ou e-mail envoyé au mauvais destinataire", MISDIRECTED),
        CondPageBreak(90 * mm),
        para("2. Identifiants du cabinet (demandés par le formulaire de la CNIL)", "h1"),
        field_table(_identifiers(p)),
        para("3. Contacts utiles", "h1"),
    ]
    if kit.contacts:
        rows = [[c.role.label, c.name, c.phone, c.email, c.reference] for c in kit.contacts]
        story.append(
            grid_table(
                ["Rôle", "Nom", "Téléphone", "E-mail", "N° de client ou site"],
                rows,
                [26 * mm, 46 * mm, 24 * mm, 44 * mm, 30 * mm],
            )
        )
    else:
        story.append(
            para(
                "Aucun contact enregistré. Ajoutez dans Vigie l'éditeur du logiciel, le prestataire "
                "informatique et l'assureur, ou notez-les ici :",
                "alert",
            )
        )
        story.append(_lines(3))
    if kit.providers:
        story += [Spacer(0, 4 * mm), para("Sous-traitants du registre : contact en cas d'incident", "h2")]
        story.append(
            grid_table(
                ["Prestataire", "Services", "Contact en cas d'incident"],
                [[p.name, p.services, p.incident_contact] for p in kit.providers],
                [45 * mm, 70 * mm, 55 * mm],
            )
        )
    # The national bodies prefilled among the contacts (core/content/national_contacts.py) are printed once.
    names = " ".join(c.name.casefold() for c in kit.contacts)
    public = [row[:3] for row in NATIONAL_CONTACTS if not (row[3] and row[3] in names)]
    if public:
        story += [Spacer(0, 4 * mm), para("Services publics", "h2")]
        story.append(grid_table(["Service", "Pour quoi", "Où"], [list(row) for row in public], [45 * mm, 75 * mm, 50 * mm]))
    # The blank form starts on the same page when there is room: no page holding three spilled rows.
    story += [CondPageBreak(100 * mm), para("4. Dossier de notification à remplir à la main", "h1")]
    story.append(
        para(
            "Reprend les rubriques du formulaire de notification de la CNIL. Remplissez-le au fil de "
            "l'eau ; vous le recopierez dans le téléservice (notifications.cnil.fr) ou dans Vigie. Si "
            "tout n'est pas connu dans les 72 heures, notifiez ce que vous savez et complétez ensuite."
        )
    )
    story += [
        Spacer(0, 3 * mm),
        _box(
            "Prise de connaissance le ..... / ..... / ........ à ..... h .....   →   "
            "notification au plus tard le ..... / ..... / ........ à ..... h ....."
        ),
        Spacer(0, 2 * mm),
        para(
            "Notification : complète [ ]   initiale, à compléter [ ]   complémentaire [ ]   —   "
            "Organisme : voir la rubrique 2 du kit",
            "cell",
        ),
    ]
    for title, lines in DOSSIER_SECTIONS:
        story.append(KeepTogether([para(title, "h2"), _lines(lines)]))
    build_pdf(
        out, story, title="Kit d'urgence", footer=f"Kit d'urgence — {p.name}", generated_at=kit.generated_at
    )


def _box(text: str) -> Table:
    table = Table([[para(text, "cellbold")]], colWidths=[WIDTH], hAlign="LEFT")
    table.setStyle(
        TableStyle([("BOX", (0, 0), (-1, -1), 0.8, ACCENT), ("BACKGROUND", (0, 0), (-1, -1), LIGHT)])
    )
    return table
