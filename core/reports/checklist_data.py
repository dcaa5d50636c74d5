"""Plain data for the security self-assessment report, built from its three services (no reportlab here)."""

from __future__ import annotations

from dataclasses import dataclass

from core.clock import format_paris, from_iso, in_paris
from core.content.professions import by_code
from core.domain.checklist import ANSWER_LABELS_FR, EFFORT_LABELS_FR, STATUS_LABELS_FR, Answer
from core.services.checklist import ChecklistService
from core.services.checklist_files import EvidenceFileService
from core.services.checklist_plan import ActionPlanService


@dataclass(frozen=True)
class ThemeBar:
    label: str
    percent: int | None
    previous: int | None


@dataclass(frozen=True)
class AnswerRow:
    item_id: str
    question: str
    answer: str
    note: str
    weight: int
    red_flag: bool
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class ThemeBlock:
    label: str
    percent: int | None
    rows: tuple[AnswerRow, ...]


@dataclass(frozen=True)
class ActionRow:
    item_id: str
    title: str
    owner: str
    due: str
    status: str
    cost_effort: str
    red_flag: bool


@dataclass(frozen=True)
class ChecklistReportData:
    year: int
    practice_name: str
    practitioner: str
    profession: str
    identifiers: str
    address: str
    started: str
    closed: str  # "" while in progress
    content_hash: str
    overall: int | None
    previous_label: str
    previous_overall: int | None
    answered: int
    applicable: int
    not_applicable: int
    bars: tuple[ThemeBar, ...]
    red_flags: tuple[AnswerRow, ...]
    themes: tuple[ThemeBlock, ...]
    actions: tuple[ActionRow, ...]
    history: tuple[tuple[str, int | None], ...]
    excluded_by_profile: tuple[str, ...]
    reasons: tuple[str, ...]


def _date_fr(iso: str) -> str:
    return format_paris(from_iso(iso)).split(" ")[0]


def build(
    service: ChecklistService, plan: ActionPlanService, files: EvidenceFileService, assessment_id: int
) -> ChecklistReportData:
    """Gather everything the report shows; a closed assessment is read from its frozen snapshot."""
    cat = service.catalogue
    assessment = service.get(assessment_id)
    result = service.score(assessment_id)
    flags = set(result.red_flags)
    if assessment.is_closed:
        snap = service.snapshot(assessment_id)
        practice = snap.get("practice", {})
        rows_raw = snap["answers"]
        evidence = {}
        for e in snap["evidence"]:
            evidence.setdefault(e["item_id"], []).append(e["filename"])
        excluded = tuple(snap["not_applicable_by_profile"])
    else:
        practice = service.practice_identity()
        answers = service.answers(assessment_id)
        rows_raw = []
        for item in service.applicable_items(assessment):
            a = answers.get(item.id)
            rows_raw.append(
                {
                    "item_id": item.id,
                    "theme": item.theme,
                    "weight": item.weight,
                    "question": item.question.fr,
                    "answer": a.answer.value if a and a.answer else None,
                    "note": a.note if a else "",
                    "na_reason": a.na_reason if a else "",
                    "confirmed": bool(a and a.confirmed),
                }
            )
        evidence = {}
        for e in files.evidence(assessment_id):
            evidence.setdefault(e.item_id, []).append(e.filename)
        applicable = {i.id for i in service.applicable_items(assessment)}
        excluded = tuple(i.id for i in cat.items if i.id not in applicable)

    def row(raw: dict) -> AnswerRow:
        item = cat.item(raw["item_id"])
        # A closed assessment prints the question as it was asked then (kept in its snapshot).
        question = raw.get("question") or (item.question.fr if item else "")
        if raw["answer"] is None:
            label = "Sans réponse"
        else:
            label = ANSWER_LABELS_FR[Answer(raw["answer"])]
            if not assessment.is_closed and raw.get("confirmed") is False:
                label += " (à confirmer)"
        note = raw.get("note", "")
        if raw.get("na_reason"):
            note = f"Sans objet : {raw['na_reason']}" + (f"\n{note}" if note else "")
        return AnswerRow(
            raw["item_id"],
            question,
            label,
            note,
            int(raw["weight"]),
            raw["item_id"] in flags,
            tuple(evidence.get(raw["item_id"], ())),
        )

    rows = [row(r) for r in rows_raw]
    blocks = []
    for theme in cat.themes:
        theme_rows = tuple(r for r, raw in zip(rows, rows_raw, strict=True) if raw["theme"] == theme.id)
        if theme_rows:
            ts = result.theme(theme.id)
            blocks.append(ThemeBlock(theme.label.fr, ts.percent if ts else None, theme_rows))

    history = service.history()
    earlier = [
        h
        for h in history
        if h.assessment_id != assessment_id and (h.year, h.assessment_id) < (assessment.year, assessment.id)
    ]
    previous = earlier[-1] if earlier else None
    bars = tuple(
        ThemeBar(theme.label.fr, ts.percent, previous.themes.get(theme.id) if previous else None)
        for theme in cat.themes
        if (ts := result.theme(theme.id)) is not None
    )

    actions = []
    # "Overdue" is judged on the closing day for a closed assessment, on today for one in progress.
    reference_day = (
        in_paris(from_iso(assessment.closed_at)).date() if assessment.closed_at else service.today()
    )
    for a in plan.plan(assessment_id):
        effort = EFFORT_LABELS_FR[a.effort]
        status = STATUS_LABELS_FR[a.status]
        if a.done_on:
            status += f" le {a.done_on.strftime('%d/%m/%Y')}"
        elif a.is_open and a.due_date and a.due_date < reference_day:
            status += " — en retard"
        actions.append(
            ActionRow(
                a.item_id,
                a.title,
                a.owner,
                a.due_date.strftime("%d/%m/%Y") if a.due_date else "",
                status,
                f"{a.cost} — effort {effort.lower()}" if a.cost else f"Effort {effort.lower()}",
                a.item_id in flags,
            )
        )

    profession = by_code(practice.get("profession", ""))
    identifiers = " ; ".join(
        x
        for x in (
            f"RPPS {practice['rpps']}" if practice.get("rpps") else "",
            f"SIRET {practice['siret']}" if practice.get("siret") else "",
        )
        if x
    )
    address = ", ".join(
        x
        for x in (
            practice.get("address", ""),
            f"{practice.get('postcode', '')} {practice.get('city', '')}".strip(),
        )
        if x
    )
    return ChecklistReportData(
        year=assessment.year,
        practice_name=practice.get("name", ""),
        practitioner=practice.get("practitioner", ""),
        profession=profession.label_fr if profession else practice.get("profession", ""),
        identifiers=identifiers,
        address=address,
        started=_date_fr(assessment.started_at),
        closed=format_paris(from_iso(assessment.closed_at)) if assessment.closed_at else "",
        content_hash=assessment.content_hash or "",
        overall=result.overall.percent,
        previous_label=previous.label if previous else "",
        previous_overall=previous.overall if previous else None,
        answered=result.overall.answered + result.overall.not_applicable,
        applicable=result.overall.applicable,
        not_applicable=result.overall.not_applicable,
        bars=bars,
        red_flags=tuple(r for r in rows if r.red_flag),
        themes=tuple(blocks),
        actions=tuple(actions),
        history=tuple(
            (h.label, h.overall)
            for h in history
            if (h.year, h.assessment_id) <= (assessment.year, assessment.id)
        ),
        excluded_by_profile=tuple(f"{i} — {cat.item(i).question.fr}" for i in excluded if cat.item(i)),
        reasons=result.reasons,
    )
