"""SQL for the security checklist: profile, assessments, answers, evidence and actions."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date

from core.domain.checklist import (
    Action,
    ActionInput,
    ActionStatus,
    Answer,
    AnswerSource,
    Assessment,
    Effort,
    Evidence,
    ItemAnswer,
)
from core.storage.db import Connection

_ASSESSMENT_COLS = (
    "id, year, started_at, catalogue_version, profile_json, previous_id, closed_at, closed_by, content_hash"
)
_ANSWER_COLS = "item_id, theme, weight, answer, note, na_reason, source, confirmed, answered_at"
_ACTION_COLS = (
    "id, item_id, origin_assessment_id, title, owner, due_date, status, cost, effort, done_on, "
    "created_at, updated_at"
)
_EVIDENCE_COLS = "id, assessment_id, item_id, filename, media_type, size, sha256, added_at"


# --- profile --------------------------------------------------------------------------------------------------
def get_profile(conn: Connection) -> dict[str, bool]:
    return {str(c): bool(v) for c, v in conn.execute("SELECT condition, value FROM checklist_profile")}


def set_profile(conn: Connection, values: Mapping[str, bool], now_iso: str) -> None:
    for condition, value in values.items():
        conn.execute(
            "INSERT INTO checklist_profile (condition, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (condition) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            (condition, int(bool(value)), now_iso),
        )


# --- assessments ----------------------------------------------------------------------------------------------
def _assessment(row: tuple) -> Assessment:
    return Assessment(
        id=int(row[0]),
        year=int(row[1]),
        started_at=str(row[2]),
        catalogue_version=int(row[3]),
        profile={str(k): bool(v) for k, v in json.loads(row[4]).items()},
        previous_id=None if row[5] is None else int(row[5]),
        closed_at=row[6],
        closed_by=str(row[7]),
        content_hash=row[8],
    )


def list_assessments(conn: Connection) -> list[Assessment]:
    rows = conn.execute(f"SELECT {_ASSESSMENT_COLS} FROM checklist_assessment ORDER BY year, started_at, id")
    return [_assessment(r) for r in rows]


def get_assessment(conn: Connection, assessment_id: int) -> Assessment | None:
    row = conn.execute(
        f"SELECT {_ASSESSMENT_COLS} FROM checklist_assessment WHERE id = ?", (assessment_id,)
    ).fetchone()
    return None if row is None else _assessment(row)


def open_assessment(conn: Connection) -> Assessment | None:
    row = conn.execute(
        f"SELECT {_ASSESSMENT_COLS} FROM checklist_assessment WHERE closed_at IS NULL"
    ).fetchone()
    return None if row is None else _assessment(row)


def insert_assessment(
    conn: Connection,
    year: int,
    started_at: str,
    catalogue_version: int,
    profile: Mapping[str, bool],
    previous_id: int | None,
) -> int:
    cur = conn.execute(
        "INSERT INTO checklist_assessment (year, started_at, catalogue_version, profile_json, previous_id) "
        "VALUES (?, ?, ?, ?, ?)",
        (year, started_at, catalogue_version, json.dumps(dict(sorted(profile.items()))), previous_id),
    )
    return int(cur.lastrowid)


def update_assessment_profile(conn: Connection, assessment_id: int, profile: Mapping[str, bool]) -> None:
    conn.execute(
        "UPDATE checklist_assessment SET profile_json = ? WHERE id = ?",
        (json.dumps(dict(sorted(profile.items()))), assessment_id),
    )


def close_assessment(
    conn: Connection,
    assessment_id: int,
    closed_at: str,
    closed_by: str,
    snapshot_json: str,
    content_hash: str,
) -> None:
    conn.execute(
        "UPDATE checklist_assessment SET closed_at = ?, closed_by = ?, snapshot_json = ?, content_hash = ? "
        "WHERE id = ? AND closed_at IS NULL",
        (closed_at, closed_by, snapshot_json, content_hash, assessment_id),
    )


def get_snapshot(conn: Connection, assessment_id: int) -> str | None:
    row = conn.execute(
        "SELECT snapshot_json FROM checklist_assessment WHERE id = ?", (assessment_id,)
    ).fetchone()
    return None if row is None or row[0] is None else str(row[0])


# --- answers -------------------------------------------------------------------------------------------------
def _answer(row: tuple) -> ItemAnswer:
    return ItemAnswer(
        item_id=str(row[0]),
        theme=str(row[1]),
        weight=int(row[2]),
        answer=None if row[3] is None else Answer(row[3]),
        note=str(row[4]),
        na_reason=str(row[5]),
        source=AnswerSource(row[6]),
        confirmed=bool(row[7]),
        answered_at=row[8],
    )


def answers(conn: Connection, assessment_id: int) -> dict[str, ItemAnswer]:
    rows = conn.execute(
        f"SELECT {_ANSWER_COLS} FROM checklist_answer WHERE assessment_id = ?", (assessment_id,)
    )
    return {r[0]: _answer(r) for r in rows}


def put_answer(conn: Connection, assessment_id: int, a: ItemAnswer) -> None:
    conn.execute(
        "INSERT INTO checklist_answer (assessment_id, item_id, theme, weight, answer, note, na_reason, source, "
        "confirmed, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (assessment_id, item_id) DO UPDATE SET theme = excluded.theme, weight = excluded.weight, "
        "answer = excluded.answer, note = excluded.note, na_reason = excluded.na_reason, source = excluded.source, "
        "confirmed = excluded.confirmed, answered_at = excluded.answered_at",
        (
            assessment_id,
            a.item_id,
            a.theme,
            a.weight,
            None if a.answer is None else a.answer.value,
            a.note,
            a.na_reason,
            a.source.value,
            int(a.confirmed),
            a.answered_at,
        ),
    )


# --- evidence ------------------------------------------------------------------------------------------------
def _evidence(row: tuple) -> Evidence:
    return Evidence(
        int(row[0]), int(row[1]), str(row[2]), str(row[3]), str(row[4]), int(row[5]), str(row[6]), str(row[7])
    )


def add_evidence(
    conn: Connection,
    assessment_id: int,
    item_id: str,
    filename: str,
    media_type: str,
    content: bytes,
    sha256: str,
    added_at: str,
) -> int:
    cur = conn.execute(
        "INSERT INTO checklist_evidence (assessment_id, item_id, filename, media_type, size, sha256, content, "
        "added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (assessment_id, item_id, filename, media_type, len(content), sha256, content, added_at),
    )
    return int(cur.lastrowid)


def list_evidence(conn: Connection, assessment_id: int) -> list[Evidence]:
    rows = conn.execute(
        f"SELECT {_EVIDENCE_COLS} FROM checklist_evidence WHERE assessment_id = ? ORDER BY item_id, id",
        (assessment_id,),
    )
    return [_evidence(r) for r in rows]


def get_evidence(conn: Connection, evidence_id: int) -> tuple[Evidence, bytes] | None:
    row = conn.execute(
        f"SELECT {_EVIDENCE_COLS}, content FROM checklist_evidence WHERE id = ?", (evidence_id,)
    ).fetchone()
    return None if row is None else (_evidence(row[:8]), bytes(row[8]))


def delete_evidence(conn: Connection, evidence_id: int) -> None:
    conn.execute("DELETE FROM checklist_evidence WHERE id = ?", (evidence_id,))


# --- actions -------------------------------------------------------------------------------------------------
def _date(text: str | None) -> date | None:
    return None if not text else date.fromisoformat(text)


def _action(row: tuple) -> Action:
    return Action(
        id=int(row[0]),
        item_id=str(row[1]),
        origin_assessment_id=int(row[2]),
        title=str(row[3]),
        owner=str(row[4]),
        due_date=_date(row[5]),
        status=ActionStatus(row[6]),
        cost=str(row[7]),
        effort=Effort(row[8]),
        done_on=_date(row[9]),
        created_at=str(row[10]),
        updated_at=str(row[11]),
    )


def list_actions(conn: Connection) -> list[Action]:
    return [_action(r) for r in conn.execute(f"SELECT {_ACTION_COLS} FROM checklist_action ORDER BY id")]


def get_action(conn: Connection, action_id: int) -> Action | None:
    row = conn.execute(f"SELECT {_ACTION_COLS} FROM checklist_action WHERE id = ?", (action_id,)).fetchone()
    return None if row is None else _action(row)


def insert_action(
    conn: Connection, origin_assessment_id: int, a: ActionInput, done_on: date | None, now_iso: str
) -> int:
    cur = conn.execute(
        "INSERT INTO checklist_action (item_id, origin_assessment_id, title, owner, due_date, status, cost, effort, "
        "done_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            a.item_id,
            origin_assessment_id,
            a.title,
            a.owner,
            a.due_date.isoformat() if a.due_date else None,
            ActionStatus(a.status).value,
            a.cost,
            Effort(a.effort).value,
            done_on.isoformat() if done_on else None,
            now_iso,
            now_iso,
        ),
    )
    return int(cur.lastrowid)


def update_action(
    conn: Connection, action_id: int, a: ActionInput, done_on: date | None, now_iso: str
) -> None:
    conn.execute(
        "UPDATE checklist_action SET title = ?, owner = ?, due_date = ?, status = ?, cost = ?, effort = ?, "
        "done_on = ?, updated_at = ? WHERE id = ?",
        (
            a.title,
            a.owner,
            a.due_date.isoformat() if a.due_date else None,
            ActionStatus(a.status).value,
            a.cost,
            Effort(a.effort).value,
            done_on.isoformat() if done_on else None,
            now_iso,
            action_id,
        ),
    )
