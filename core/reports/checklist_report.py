"""PDF of a security self-assessment: identity, scores and chart, red flags, action plan, every answer, signature.

Takes :class:`core.reports.checklist_data.ChecklistReportData` only (never widgets), and is deterministic for the
same data and ``generated_at``.
"""

from __future__ import annotations

from datetime import datetime
from typing import BinaryIO

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from core.reports.base import (
    ACCENT,
    DANGER,
    LIGHT,
    MUTED,
    OK,
    WARN,
    build_pdf,
    field_table,
    grid_table,
    para,
    rich,
)
from core.reports.checklist_data import ChecklistReportData
from core.reports.witness import Head, witness_line
from core.wording import count

CONTENT_WIDTH = A4[0] - 36 * mm
PREVIOUS_COLOR = colors.HexColor("#b8c4d0")


def _percent(value: int | None) -> str:
    return "—" if value is None else f"{value} %"


def _score_color(value: int | None) -> colors.Color:
    if value is None:
        return MUTED
    if value >= 80:
        return OK
    if value >= 50:
        return WARN
    return DANGER


def score_chart(data: ChecklistReportData, width: float = CONTENT_WIDTH) -> Drawing:
    """Horizontal bars per theme (this year, and the previous assessment in grey when there is one)."""
    bars = list(data.bars)
    with_previous = bool(data.previous_label) and any(b.previous is not None for b in bars)
    row = 13 if with_previous else 10
    height = 18 + row * len(bars) + 24
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x = 72 * mm
    chart.y = 14
    chart.width = width - chart.x - 6
    chart.height = row * len(bars)
    series = []
    if with_previous:
        series.append([b.previous for b in bars])  # None: no bar, never a false 0 %
    series.append([b.percent for b in bars])
    chart.data = series
    chart.categoryAxis.categoryNames = [b.label if b.percent is not None else f"{b.label} (sans réponse)" for b in bars]
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 20
    chart.valueAxis.labels.fontName = "Helvetica"
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d %%"
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dde3ea")
    chart.barSpacing = 1
    chart.groupSpacing = 3
    chart.bars.strokeWidth = 0
    chart.bars.strokeColor = None
    if with_previous:
        chart.bars[0].fillColor = PREVIOUS_COLOR
        chart.bars[1].fillColor = ACCENT
    else:
        chart.bars[0].fillColor = ACCENT
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = "Helvetica"
    chart.barLabels.fontSize = 6
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    legend = Legend()
    legend.x = chart.x + chart.width - 80
    legend.y = height - 7
    legend.fontName = "Helvetica"
    legend.fontSize = 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 45
    legend.boxAnchor = "w"
    pairs = [(ACCENT, str(data.year))]
    if with_previous:
        pairs.insert(0, (PREVIOUS_COLOR, data.previous_label))
    legend.colorNamePairs = pairs
    drawing.add(legend)
    drawing.add(
        String(0, height - 10, "Score par thème (%)", fontName="Helvetica-Bold", fontSize=8, fillColor=MUTED)
    )
    return drawing


def _score_box(data: ChecklistReportData) -> Table:
    color = _score_color(data.overall)
    trend = ""
    if data.previous_overall is not None and data.overall is not None:
        delta = data.overall - data.previous_overall
        trend = f"{'+' if delta >= 0 else ''}{delta} points par rapport à {data.previous_label}"
    cells = [
        [
            rich(f'<font size="26" color="{color.hexval()}"><b>{_percent(data.overall)}</b></font>', "body"),
            [
                rich("<b>Score global pondéré</b>", "body"),
                para(
                    f"{count(data.answered, 'question traitée', 'questions traitées')} sur {data.applicable}, "
                    f"dont {data.not_applicable} sans objet (exclues du calcul).",
                    "small",
                ),
                para(trend, "small") if trend else Spacer(1, 1),
                para(f"Points rouges : {len(data.red_flags)}", "alert" if data.red_flags else "small"),
            ],
        ]
    ]
    table = Table(cells, colWidths=[42 * mm, CONTENT_WIDTH - 42 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def _answers_table(rows, widths) -> Table:  # noqa: ANN001 - AnswerRow sequence
    body = []
    for r in rows:
        note = r.note
        if r.evidence:
            note = (note + "\n" if note else "") + ("Justificatif : " if len(r.evidence) == 1 else "Justificatifs : ") + ", ".join(r.evidence)
        body.append(
            [r.item_id, r.question, r.answer + (" — point rouge" if r.red_flag else ""), str(r.weight), note]
        )
    table = grid_table(["N°", "Question", "Réponse", "Poids", "Note"], body, widths)
    styles = []
    for n, r in enumerate(rows, start=1):
        if r.red_flag:
            styles.append(("BACKGROUND", (2, n), (2, n), colors.HexColor("#f6dcdc")))
    if styles:
        table.setStyle(TableStyle(styles))
    return table


def _signature_block() -> Table:
    """Blank lines to fill in by hand (no dash placeholders)."""
    rows = [[para("Fait à", "label"), ""], [para("Le", "label"), ""], [para("Nom et signature", "label"), ""]]
    table = Table(rows, colWidths=[40 * mm, 100 * mm], rowHeights=[9 * mm, 9 * mm, 24 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.5, MUTED),
            ]
        )
    )
    return table


def story(data: ChecklistReportData) -> list[Flowable]:
    status = (
        f"Clôturée le {data.closed} — document figé"
        if data.closed
        else "En cours — document provisoire, les réponses peuvent encore changer"
    )
    parts: list[Flowable] = [
        para(f"Auto-évaluation de la sécurité {data.year}", "title"),
        para(data.practice_name, "subtitle"),
        field_table(
            [
                ("Cabinet", data.practice_name),
                ("Praticien", data.practitioner),
                ("Profession", data.profession),
                ("Identifiants", data.identifiers),
                ("Adresse", data.address),
                ("Commencée le", data.started),
                ("Statut", status),
            ]
            + ([("Empreinte SHA-256", data.content_hash)] if data.content_hash else [])
        ),
        Spacer(1, 8),
        _score_box(data),
        Spacer(1, 6),
    ]
    if data.reasons:
        parts.append(para("Calcul : " + " ; ".join(data.reasons) + ".", "small"))
    parts += [Spacer(1, 6), score_chart(data)]
    if len(data.history) > 1:
        parts += [
            para("Historique du score global", "h2"),
            grid_table(
                ["Année", "Score global"],
                [[label, _percent(v)] for label, v in data.history],
                [40 * mm, 40 * mm],
            ),
        ]
    parts += [CondPageBreak(60 * mm), para("Points rouges", "h1")]
    if data.red_flags:
        parts.append(
            para(
                "Mesures essentielles (poids 3) absentes : à traiter en priorité, quel que soit le score.",
                "body",
            )
        )
        parts.append(
            grid_table(
                ["N°", "Question", "Note"],
                [[r.item_id, r.question, r.note] for r in data.red_flags],
                [24 * mm, 101 * mm, CONTENT_WIDTH - 125 * mm],
            )
        )
    else:
        parts.append(
            para(
                "Aucun point rouge : toutes les mesures essentielles sont au moins partiellement en place.",
                "body",
            )
        )
    parts += [CondPageBreak(50 * mm), para("Plan d'actions", "h1")]
    if data.actions:
        parts.append(
            grid_table(
                ["N°", "Action", "Responsable", "Échéance", "Statut", "Coût / effort"],
                [
                    [
                        a.item_id + ("\npoint rouge" if a.red_flag else ""),
                        a.title,
                        a.owner,
                        a.due,
                        a.status,
                        a.cost_effort,
                    ]
                    for a in data.actions
                ],
                [24 * mm, 54 * mm, 24 * mm, 18 * mm, 20 * mm, CONTENT_WIDTH - 140 * mm],
            )
        )
    else:
        parts.append(para("Aucune action enregistrée.", "body"))
    parts += [CondPageBreak(50 * mm), para("Réponses détaillées", "h1")]
    # "SERVICES-01" on one line: item numbers are up to 11 characters at 8.5 pt
    widths = [24 * mm, 78 * mm, 22 * mm, 11 * mm, CONTENT_WIDTH - 135 * mm]
    for block in data.themes:
        parts += [
            CondPageBreak(45 * mm),
            para(
                f"{block.label} — {block.percent} %"
                if block.percent is not None
                else f"{block.label} (pas de score : aucune réponse comptée)",
                "h2",
            ),
            _answers_table(block.rows, widths),
        ]
    if data.excluded_by_profile:
        parts += [
            para("Questions sans objet d'après le profil du cabinet", "h2"),
            para("\n".join(data.excluded_by_profile), "small"),
        ]
    parts += [
        Spacer(1, 14),
        KeepTogether(
            [
                para("Engagement du responsable de traitement", "h2"),
                para(
                    "Je certifie que les réponses ci-dessus reflètent la situation du cabinet à la date indiquée.",
                    "body",
                ),
                Spacer(1, 10),
                _signature_block(),
            ]
        ),
    ]
    return parts


def render(
    data: ChecklistReportData, out: BinaryIO, generated_at: datetime, journal_head: Head | None = None
) -> None:
    build_pdf(
        out,
        story(data),
        title=f"Auto-évaluation de la sécurité {data.year}",
        footer=f"Vigie — auto-évaluation de la sécurité {data.year} — {data.practice_name}",
        generated_at=generated_at,
        witness=witness_line(journal_head),
    )
