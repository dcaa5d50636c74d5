"""The journal extract: one incident's full record, usable as the documentation required by art. 33(5) GDPR
(facts, effects, remedial action, and the reasoning behind notifying or not, or behind a delay).
"""

from __future__ import annotations

from datetime import datetime
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from core.clock import format_paris
from core.content.breach_labels import CAUSE_LABELS, ORIGIN_LABELS, RISK_LABELS_SHORT
from core.domain.incident import IncidentRecord
from core.domain.practice import Practice
from core.reports import incident_text as txt
from core.reports.base import build_pdf, field_table, grid_table, para
from core.reports.witness import Head, witness_line

STATUS_LABELS = {"open": "Ouvert", "closed": "Clos"}


def render(
    practice: Practice,
    record: IncidentRecord,
    out: BinaryIO,
    generated_at: datetime,
    journal_head: Head | None = None,
) -> None:
    inc = record.incident
    story: list[Flowable] = [
        para("Journal des violations — extrait", "title"),
        para(f"{practice.name} — incident n° {inc.id}", "subtitle"),
        para("L'incident", "h1"),
        field_table(
            [
                ("Titre", inc.title),
                (
                    "État",
                    STATUS_LABELS.get(inc.status, inc.status)
                    + (f" (clos le {format_paris(inc.closed_at)})" if inc.closed_at else ""),
                ),
                ("Prise de connaissance", format_paris(inc.aware_at) + " (heure de Paris)"),
                (
                    "Début / fin",
                    (format_paris(inc.occurred_start) if inc.occurred_start else "non connu")
                    + " / "
                    + (
                        "en cours"
                        if inc.ongoing
                        else format_paris(inc.occurred_end)
                        if inc.occurred_end
                        else "non connue"
                    ),
                ),
                (
                    "Découverte",
                    txt.discovery_text(record.latest.facts if record.latest else None, inc.discovery),
                ),
                ("Origine", ORIGIN_LABELS.get(inc.origin or "", "non connue")),
                ("Cause", CAUSE_LABELS.get(inc.cause or "", "non connue")),
                ("Description", inc.description),
                (
                    "Traitements concernés",
                    "\n".join(f"{a.reference} — {a.name}" if a.reference else a.name for a in inc.activities),
                ),
            ]
        ),
        para("Effets", "h1"),
        field_table(
            [
                (
                    "Conséquences probables",
                    "\n".join(txt.consequences(record.latest.facts if record.latest else None)),
                )
            ]
        ),
        para("Évaluations", "h1"),
    ]
    if not record.assessments:
        story.append(para("Aucune évaluation enregistrée."))
    for version in record.assessments:
        r = version.result
        story += [
            para(f"Évaluation n° {version.version} du {format_paris(version.created_at)}", "h2"),
            field_table(
                [
                    (
                        "Conclusion",
                        (
                            "violation de données personnelles"
                            if r.is_personal_data_breach
                            else "pas de violation de données personnelles"
                        )
                        + f" ; {RISK_LABELS_SHORT[r.risk]}",
                    ),
                    (
                        "Notifier la CNIL / informer",
                        ("oui" if r.notify_authority else "non")
                        + " / "
                        + ("oui" if r.inform_subjects else "non"),
                    ),
                    ("Note", version.note),
                ]
            ),
        ] + [para("• " + reason, "small") for reason in r.reasons]
    story.append(para("Décisions", "h1"))
    if not record.decisions:
        story.append(
            para("Aucune décision enregistrée : la conclusion de la dernière évaluation s'applique.")
        )
    else:
        rows = [
            [
                format_paris(d.decided_at),
                d.decided_by,
                ("notifier" if d.notify else "ne pas notifier")
                + ", "
                + ("informer" if d.inform else "ne pas informer"),
                ("écart justifié : " + d.justification) if d.overridden else "conforme à l'évaluation",
            ]
            for d in record.decisions
        ]
        story.append(
            grid_table(
                ["Date", "Par", "Décision", "Justification"], rows, [30 * mm, 30 * mm, 44 * mm, 70 * mm]
            )
        )
    story.append(para("Notifications à la CNIL", "h1"))
    if record.notifications:
        rows = [
            [
                format_paris(n.at),
                n.number or "à compléter",
                "initiale"
                if n.type == "initial"
                else "complémentaire" + (f" (réf. {n.references})" if n.references else ""),
                n.delay_reason or "—",
            ]
            for n in record.notifications
        ]
        story.append(
            grid_table(
                ["Date", "Numéro", "Type", "Motifs du retard"], rows, [30 * mm, 40 * mm, 50 * mm, 54 * mm]
            )
        )
    else:
        story.append(para("Aucune."))
    taken, planned = txt.measures(record)
    story += [
        para("Mesures", "h1"),
        field_table(
            [("Prises", "\n".join(taken))]
            + [(f"Envisagées — {label}", "\n".join(items)) for label, items in planned]
        ),
    ]
    story += [
        para("Chronologie complète", "h1"),
        grid_table(
            ["Date (Paris)", "Événement", "Détail", "Saisi le"],
            [
                [
                    format_paris(e.at),
                    e.label,
                    txt.event_text(e)
                    + "".join(
                        f"\nPièce jointe : {a.filename}, {a.size} octets, SHA-256 {a.sha256}"
                        for a in e.attachments
                    ),
                    format_paris(e.recorded_at),
                ]
                for e in record.events
            ],
            [28 * mm, 34 * mm, 84 * mm, 28 * mm],
        ),
    ]
    story += [
        para("Étapes", "h1"),
        grid_table(
            ["Étape", "Niveau", "Échéance", "Fait le"],
            [
                [
                    s.label,
                    "obligatoire" if s.level == "required" else "recommandée",
                    format_paris(s.due_at) if s.due_at else "—",
                    format_paris(s.done_at) if s.done_at else "—",
                ]
                for s in record.steps
            ],
            [84 * mm, 26 * mm, 32 * mm, 32 * mm],
        ),
        Spacer(1, 4 * mm),
        para("Document établi au titre de l'article 33(5) du RGPD (documentation des violations).", "small"),
    ]
    build_pdf(
        out,
        story,
        title=f"Journal — incident {inc.id}",
        footer=f"{practice.name} — journal des violations",
        generated_at=generated_at,
        witness=witness_line(journal_head),
    )
