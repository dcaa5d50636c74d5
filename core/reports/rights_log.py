"""The log of patients' requests: every request with its dates, to show the CNIL that each one was handled
within its legal deadline (accountability, GDPR art. 5(2)). One line per request.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from core.clock import in_paris
from core.domain.practice import Practice
from core.domain.rights import RequestView
from core.reports.base import build_pdf, grid_table, para
from core.wording import count


@dataclass(frozen=True)
class RightsLog:
    practice: Practice
    views: Sequence[RequestView]
    generated_at: datetime


def _day(moment: datetime | None) -> str:
    return in_paris(moment).strftime("%d/%m/%Y") if moment else "—"


def _answer(view: RequestView) -> str:
    r = view.request
    if r.answered_at is None:
        return r.status.label
    channel = f"\n{r.answer_channel.label}" if r.answer_channel else ""
    return f"{r.status.label} le {_day(r.answered_at)}{channel}"


def _outcome(view: RequestView) -> str:
    r, d = view.request, view.deadline
    if r.status.is_open:
        return "EN RETARD" if d.overdue else f"en cours, {d.days_left} j restants"
    if r.answered_at is None:
        return r.status.label
    return "hors délai" if d.answered_late else "dans le délai"


def render(log: RightsLog, out: BinaryIO) -> None:
    views = sorted(log.views, key=lambda v: (v.request.received_at, v.request.id or 0))
    rows = [
        [
            str(v.request.id or ""),
            _day(v.request.received_at),
            v.request.kind.label,
            f"{v.request.requester_name}\n{v.request.requester_kind.label}",
            "oui" if v.request.identity_checked else "non",
            v.deadline.due.strftime("%d/%m/%Y"),
            _answer(v),
            _outcome(v),
        ]
        for v in views
    ]
    open_count = sum(1 for v in views if v.request.status.is_open)
    late = sum(1 for v in views if v.deadline.overdue or v.deadline.answered_late)
    story = [
        para("Journal des demandes des patients", "title"),
        para(
            f"{log.practice.name} — {count(len(views), 'demande', 'demandes')} : {open_count} en cours, {late} hors délai",
            "subtitle",
        ),
        para(
            "Délais : dossier médical au plus tôt 48 heures et au plus tard 8 jours après la demande (2 mois pour "
            "les informations de plus de 5 ans) ; autres droits : un mois, prolongeable de deux mois avec "
            "information motivée du demandeur.",
            "small",
        ),
        Spacer(0, 3 * mm),
    ]
    if rows:
        story.append(
            grid_table(
                [
                    "N°",
                    "Reçue le",
                    "Type",
                    "Demandeur",
                    "Identité vérifiée",
                    "Échéance",
                    "Réponse",
                    "Délai",
                ],
                rows,
                [9 * mm, 18 * mm, 30 * mm, 36 * mm, 14 * mm, 18 * mm, 28 * mm, 17 * mm],
            )
        )
    else:
        story.append(para("Aucune demande enregistrée."))
    build_pdf(
        out,
        story,
        title="Journal des demandes des patients",
        footer=f"Journal des demandes — {log.practice.name}",
        generated_at=log.generated_at,
    )
