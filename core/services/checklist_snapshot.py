"""The frozen form of a closed assessment: a canonical JSON document and its SHA-256.

Canonical = sorted keys, no insignificant whitespace, UTF-8: the same content always gives the same hash, so a
closed assessment can be re-checked years later (``ChecklistService.verify``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from core.content.checklist import Item
from core.domain.checklist import Action, ActionStatus, Assessment, Effort, Evidence, ItemAnswer
from core.domain.practice import Practice
from core.rules.checklist_scoring import ScoreResult

FORMAT = 1


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def identity(practice: Practice | None) -> dict[str, str]:
    """The controller's identity as printed on the report."""
    if practice is None:
        return {}
    keys = ("name", "practitioner", "profession", "rpps", "adeli", "siret", "address", "postcode", "city")
    return {k: getattr(practice, k) for k in keys}


def action_to_dict(a: Action) -> dict[str, Any]:
    return {
        "id": a.id,
        "item_id": a.item_id,
        "origin_assessment_id": a.origin_assessment_id,
        "title": a.title,
        "owner": a.owner,
        "due_date": a.due_date.isoformat() if a.due_date else None,
        "status": a.status.value,
        "cost": a.cost,
        "effort": a.effort.value,
        "done_on": a.done_on.isoformat() if a.done_on else None,
        "created_at": a.created_at,
        "updated_at": a.updated_at,
    }


def action_from_dict(d: Mapping[str, Any]) -> Action:
    return Action(
        int(d["id"]),
        d["item_id"],
        int(d["origin_assessment_id"]),
        d["title"],
        d["owner"],
        date.fromisoformat(d["due_date"]) if d["due_date"] else None,
        ActionStatus(d["status"]),
        d["cost"],
        Effort(d["effort"]),
        date.fromisoformat(d["done_on"]) if d["done_on"] else None,
        d["created_at"],
        d["updated_at"],
    )


def build(
    assessment: Assessment,
    closed_at: str,
    closed_by: str,
    practice: Practice | None,
    applicable: Sequence[Item],
    answers: Mapping[str, ItemAnswer],
    result: ScoreResult,
    plan: Sequence[Action],
    evidence: Sequence[Evidence],
    excluded: Sequence[str],
) -> dict[str, Any]:
    rows = []
    for item in applicable:
        a = answers[item.id]
        rows.append(
            {
                "item_id": item.id,
                "theme": item.theme,
                "weight": a.weight,
                "sanction_2020": item.sanction_2020,
                "question": item.question.fr,
                "answer": a.answer.value if a.answer else None,
                "note": a.note,
                "na_reason": a.na_reason,
                "source": a.source.value,
                "answered_at": a.answered_at,
            }
        )
    return {
        "format": FORMAT,
        "assessment": {
            "id": assessment.id,
            "year": assessment.year,
            "started_at": assessment.started_at,
            "closed_at": closed_at,
            "closed_by": closed_by,
            "catalogue_version": assessment.catalogue_version,
            "profile": assessment.profile,
        },
        "practice": identity(practice),
        "answers": rows,
        "not_applicable_by_profile": list(excluded),
        "scores": {
            "overall": result.overall.percent,
            "themes": {t.theme: t.percent for t in result.themes},
            "red_flags": list(result.red_flags),
        },
        "actions": [action_to_dict(a) for a in plan],
        "evidence": [
            {"id": e.id, "item_id": e.item_id, "filename": e.filename, "size": e.size, "sha256": e.sha256}
            for e in evidence
        ],
    }
