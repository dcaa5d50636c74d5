"""The CNIL notification dossier: the online form's sections, in order, filled from the incident.

The practitioner copies it field by field into the CNIL's online notification service (or files it as the
record of what was notified). The deadline is on the first page; the engine's assessment and its reasons, the
decision and the timeline are in annexes.
"""

from __future__ import annotations

from datetime import datetime
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from core.clock import format_paris
from core.content.breach_labels import (
    CAUSE_LABELS,
    EXPOSURE_LABELS,
    IDENTIFIABILITY_LABELS,
    MEDIUM_LABELS,
    NATURE_LABELS,
    ORIGIN_LABELS,
    STATUS_LABELS,
    SUBJECT_LABELS,
    categories_text,
    joined,
    person_bucket,
)
from core.content.professions import by_code
from core.domain.breach import SPECIAL_CATEGORIES
from core.domain.incident import IncidentRecord
from core.domain.practice import Practice
from core.reports import incident_text as txt
from core.reports.base import DANGER, OK, field_table, grid_table, para, rich
from core.reports.base import build_pdf as _build
from core.reports.witness import Head, witness_line
from core.rules.deadlines import countdown, deadline_text
from core.rules.severity import conclusion_severity

SECTIONS = (
    "1. Type de notification",
    "2. Organisme",
    "3. Représentant légal",
    "4. Personne à contacter",
    "5. Autres organismes impliqués",
    "6. Dates et circonstances de la découverte",
    "7. Nature, origine et cause de la violation",
    "8. Données et personnes concernées",
    "9. Mesures de sécurité en place avant la violation",
    "10. Conséquences probables",
    "11. Préjudices potentiels et gravité",
    "12. Mesures prises et envisagées",
    "13. Information des personnes concernées",
    "14. Aspects transfrontaliers",
)
NOT_KNOWN = "Pas encore connu"
# A notification recorded without the CNIL's number (``incident notify`` without ``--reference``).
TO_COMPLETE = txt.NUMBER_TO_COMPLETE


def _when(moment: datetime | None) -> str:
    return format_paris(moment) if moment else NOT_KNOWN


def _section(title: str, rows: list[tuple[str, str]]) -> list[Flowable]:
    return [KeepTogether([para(title, "h2"), field_table(rows)]), Spacer(1, 2 * mm)]


def headcount(practice: Practice, has_staff: bool | None) -> str:
    """The organisation's size: the identity's headcount, else what the security profile says."""
    n = practice.staff_count
    if n == 1 or (n is None and has_staff is False):
        return "1 personne (praticien exerçant seul, sans salarié)"
    if n:
        return (
            f"{n} personnes, praticien compris (moins de 10 : très petite entreprise)"
            if n < 10
            else (f"{n} personnes, praticien compris")
        )
    return "Non renseigné dans Vigie (indiquez l'effectif dans l'identité du cabinet)"


def render(
    practice: Practice,
    record: IncidentRecord,
    out: BinaryIO,
    generated_at: datetime,
    has_staff: bool | None = None,
    journal_head: Head | None = None,
) -> None:
    """Write the dossier PDF. Deterministic for the same inputs. ``has_staff`` is the security profile's answer,
    used for the headcount when the practice identity does not give it."""
    inc = record.incident
    latest = record.latest
    facts = latest.facts if latest else None
    result = latest.result if latest else None
    initial = record.initial_notification
    cd = countdown(inc.aware_at, generated_at)
    story: list[Flowable] = [
        para("Notification d'une violation de données personnelles", "title"),
        para(f"{practice.name} — incident n° {inc.id} : {inc.title}", "subtitle"),
    ]
    # --- the deadline, first thing on the first page ----------------------------------------------------------
    if initial is not None:
        story.append(
            rich(
                f"<font color='{OK.hexval()}'><b>CNIL notifiée le {format_paris(initial.at)}, "
                + (
                    f"notification n° {_esc(initial.number)}.</b></font>"
                    if initial.number
                    else "numéro de notification à compléter (accusé de réception de la CNIL).</b></font>"
                )
            )
        )
    elif record.must_notify:
        if cd.overdue:
            story.append(
                rich(
                    f"<font color='{DANGER.hexval()}'><b>Échéance dépassée : la notification devait "
                    f"parvenir à la CNIL avant le {deadline_text(cd.deadline)} (heure de Paris). Notifiez "
                    "sans attendre et indiquez les motifs du retard (rubrique 6).</b></font>"
                )
            )
        else:
            hours, minutes = cd.hours_minutes
            story.append(
                rich(
                    f"<font color='{DANGER.hexval()}'><b>À notifier à la CNIL avant le "
                    f"{deadline_text(cd.deadline)} (heure de Paris), soit 72 heures après la prise de "
                    f"connaissance — il reste {hours} h {minutes:02d}.</b></font>"
                )
            )
    else:
        story.append(
            para(
                "Conclusion actuelle : pas de notification à la CNIL. Ce dossier sert de trace "
                "(art. 33(5) RGPD) ; il pourra être utilisé si la situation évolue.",
                "alert",
            )
        )
    story += [
        Spacer(1, 2 * mm),
        para(
            "Ce dossier reprend dans l'ordre les rubriques du formulaire de notification en ligne de la CNIL "
            "(téléservice « Notifier une violation de données personnelles » sur cnil.fr). Recopiez chaque "
            "champ ; ce qui n'est pas encore connu peut être complété par une notification complémentaire "
            "(art. 33(4) RGPD).",
            "small",
        ),
        Spacer(1, 3 * mm),
    ]

    # 1. type
    if initial is None:
        kind = "Notification initiale" + (" (à compléter si des informations manquent)" if facts else "")
        rows = [("Type", kind)]
    else:
        rows = [
            ("Type", "Notification complémentaire"),
            ("N° de la notification initiale", initial.number or TO_COMPLETE),
            ("Date de la notification initiale", format_paris(initial.at)),
        ]
    story += _section(SECTIONS[0], rows)

    # 2-4. organisation, representative, contact
    profession = by_code(practice.profession)
    address = ", ".join(x for x in (practice.address, f"{practice.postcode} {practice.city}".strip()) if x)
    story += _section(
        SECTIONS[1],
        [
            ("SIREN", practice.siren or "Aucun"),
            ("Nom", practice.name),
            ("Secteur d'activité", "Santé — " + (profession.label_fr if profession else practice.profession)),
            ("Effectif", headcount(practice, has_staff)),
            ("Adresse", address),
        ],
    )
    story += _section(
        SECTIONS[2],
        [
            ("Nom", practice.practitioner or practice.name),
            ("Qualité", profession.label_fr if profession else "Professionnel de santé"),
            ("E-mail", practice.email),
        ],
    )
    if practice.dpo_designated:
        contact = [
            ("Délégué à la protection des données", "Désigné"),
            ("Nom", practice.dpo_name),
            ("Fonction", "Délégué à la protection des données"),
            ("Coordonnées", practice.dpo_contact or practice.email),
        ]
    else:
        contact = [
            ("Délégué à la protection des données", "Non désigné : la personne à contacter est le praticien"),
            ("Nom", practice.practitioner or practice.name),
            ("Fonction", "Responsable du cabinet"),
            ("E-mail", practice.email),
            ("Téléphone", practice.phone),
        ]
    story += _section(SECTIONS[3], contact)

    # 5. other organisations
    others = [
        e.note or "Sous-traitant ou éditeur (sans précision)"
        for e in record.events
        if e.kind == "processor_informed"
    ]
    story += _section(
        SECTIONS[4], [("Sous-traitants, hébergeur, éditeur", "\n".join(others) or "Aucun indiqué")]
    )

    # 6. dates
    delay = initial.delay_reason if initial else ""
    if not delay and initial is None and record.must_notify and cd.overdue:
        delay = "À indiquer : l'échéance de 72 heures est dépassée."
    comments = [f"{format_paris(e.at)} : {e.note}" for e in record.events if e.kind == "awareness_changed"]
    story += _section(
        SECTIONS[5],
        [
            ("Début de la violation", _when(inc.occurred_start)),
            ("Fin de la violation", "En cours" if inc.ongoing else _when(inc.occurred_end)),
            ("Prise de connaissance", format_paris(inc.aware_at) + " (heure de Paris)"),
            ("Moyen de découverte", txt.discovery_text(facts, inc.discovery)),
            (
                "Commentaires",
                "\n".join(["Date de prise de connaissance corrigée :"] + comments) if comments else "",
            ),
            ("Motifs du retard", delay or "Sans objet (notification dans les 72 heures)"),
        ],
    )

    # 7. the breach
    story += _section(
        SECTIONS[6],
        [
            (
                "Violation avérée ou suspectée",
                STATUS_LABELS.get(facts.status or "", NOT_KNOWN) if facts else NOT_KNOWN,
            ),
            ("Nature", joined(facts.nature, NATURE_LABELS) if facts else NOT_KNOWN),
            ("Origine", ORIGIN_LABELS.get(inc.origin or "", NOT_KNOWN)),
            ("Cause", CAUSE_LABELS.get(inc.cause or "", NOT_KNOWN)),
            (
                "Support des données",
                MEDIUM_LABELS.get(facts.storage_medium or "", NOT_KNOWN) if facts else NOT_KNOWN,
            ),
            ("Description", inc.description or NOT_KNOWN),
            (
                "Accès aux données",
                EXPOSURE_LABELS[facts.confidentiality.exposure]
                if facts and facts.confidentiality
                else "Sans objet",
            ),
        ],
    )

    # 8. data and persons
    if facts is not None:
        ordinary = [c for c in facts.data_categories if c not in SPECIAL_CATEGORIES]
        sensitive = [c for c in facts.data_categories if c in SPECIAL_CATEGORIES]
        rows = [
            (
                "Catégories de données",
                categories_text(ordinary)
                if ordinary or not sensitive
                else "Aucune autre que les données sensibles",
            ),
            ("Données sensibles", categories_text(sensitive) if sensitive else "Aucune"),
            (
                "Nombre approximatif d'enregistrements",
                f"environ {facts.records_count:,}".replace(",", "\xa0")
                if facts.records_count is not None
                else NOT_KNOWN,
            ),
            (
                "Identification des personnes",
                IDENTIFIABILITY_LABELS.get(facts.identifiability or "", NOT_KNOWN),
            ),
            ("Catégories de personnes", joined(facts.subjects.categories, SUBJECT_LABELS)),
            ("Nombre approximatif de personnes", person_bucket(facts.subjects.count)),
        ]
    else:
        rows = [("Données et personnes", NOT_KNOWN)]
    if inc.activities:
        rows.append(
            (
                "Traitements concernés",
                "\n".join(f"{a.reference} — {a.name}" if a.reference else a.name for a in inc.activities),
            )
        )
    story += _section(SECTIONS[7], rows)

    # 9-11
    story += _section(
        SECTIONS[8], [("Mesures techniques et organisationnelles", "\n".join(txt.security_before(facts)))]
    )
    story += _section(
        SECTIONS[9],
        [*txt.consequence_options(facts), ("Précisions", "\n".join(txt.consequences(facts)))],
    )
    gravity = conclusion_severity(result) if result else None
    story += _section(
        SECTIONS[10],
        [
            ("Préjudices potentiels", "\n".join(txt.harms(facts))),
            ("Gravité estimée", gravity[1] if gravity else NOT_KNOWN),
        ],
    )

    # 12. measures
    taken, planned = txt.measures(record)
    story += _section(
        SECTIONS[11],
        [
            ("Mesures prises", "\n".join(taken) or "Aucune enregistrée à ce jour"),
            *[(f"Mesures envisagées — {label}", "\n".join(items)) for label, items in planned],
        ]
        if planned
        else [
            ("Mesures prises", "\n".join(taken) or "Aucune enregistrée à ce jour"),
            ("Mesures envisagées", "Aucune autre mesure prévue à ce jour"),
        ],
    )

    # 13. information of persons
    status, details = txt.information_status(record)
    story += _section(SECTIONS[12], [("Information", status), ("Précisions", "\n".join(details))])

    # 14. cross-border
    story += _section(
        SECTIONS[13],
        [
            ("Personnes dans d'autres États de l'UE", _cross_border(facts)),
            (
                "Autres autorités notifiées",
                "Sans objet" if facts and facts.cross_border is False else "Aucune enregistrée dans Vigie",
            ),
        ],
    )

    # --- annexes -----------------------------------------------------------------------------------------
    story += [PageBreak(), para("Annexe A — Évaluation de Vigie et décision", "h1")]
    if latest is None or result is None:
        story.append(para("L'incident n'a pas encore été évalué."))
    else:
        sev = result.severity
        story.append(
            field_table(
                [
                    ("Évaluation", f"n° {latest.version} du {format_paris(latest.created_at)}"),
                    ("Violation de données personnelles", "Oui" if result.is_personal_data_breach else "Non"),
                    ("Risque", {"none": "Improbable", "risk": "Risque", "high": "Risque élevé"}[result.risk]),
                    (
                        "Gravité (ENISA)",
                        f"DPC {sev.dpc} × EI {sev.ei:g} + CB {sev.cb:g} = {sev.score:g}" if sev else "—",
                    ),
                    ("Notifier la CNIL", "Oui" if result.notify_authority else "Non"),
                    ("Informer les personnes", "Oui" if result.inform_subjects else "Non"),
                    ("Échéance", deadline_text(cd.deadline) + " (heure de Paris)"),
                ]
            )
        )
        story += [para("Raisons", "h2")] + [para("• " + r) for r in result.reasons]
        decision = record.decision
        if decision is not None:
            story += [
                para("Décision", "h2"),
                field_table(
                    [
                        ("Décidé par", decision.decided_by),
                        ("Le", format_paris(decision.decided_at)),
                        ("Notifier la CNIL", "Oui" if decision.notify else "Non"),
                        ("Informer les personnes", "Oui" if decision.inform else "Non"),
                        (
                            "Écart avec la conclusion de Vigie",
                            "Oui — " + decision.justification if decision.overridden else "Non",
                        ),
                    ]
                ),
            ]
    story += [para("Annexe B — Chronologie", "h1"), _timeline(record)]
    _build(
        out,
        story,
        title=f"Notification CNIL — incident {inc.id}",
        footer=f"{practice.name} — notification CNIL",
        generated_at=generated_at,
        witness=witness_line(journal_head),
    )


def _cross_border(facts) -> str:  # noqa: ANN001 - BreachFacts | None
    if facts is None or facts.cross_border is None:
        return NOT_KNOWN
    return (
        "Oui : des personnes concernées résident dans d'autres États de l'UE ou de l'EEE"
        if facts.cross_border
        else "Non : les personnes concernées résident en France"
    )


def _timeline(record: IncidentRecord) -> Flowable:
    rows = [[format_paris(e.at), e.label, txt.event_text(e) + _attachments(e)] for e in record.events]
    return grid_table(["Date (Paris)", "Événement", "Détail"], rows, [32 * mm, 45 * mm, 97 * mm])


def _attachments(event) -> str:  # noqa: ANN001 - TimelineEvent
    if not event.attachments:
        return ""
    return "\nPièces jointes : " + ", ".join(
        f"{a.filename} (SHA-256 {a.sha256[:16]}…)" for a in event.attachments
    )


def _esc(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)
