"""SQL for the incident journal. Instants are stored as UTC ISO 8601 text; JSON columns hold facts/results."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from core.clock import PARIS, from_iso, to_iso
from core.domain.breach_json import assessment_from_dict, assessment_to_dict, facts_to_dict, parse_facts
from core.domain.incident import (
    ActivityRef,
    AssessmentVersion,
    Attachment,
    Decision,
    Incident,
    IncidentDraft,
    IncidentSummary,
    Step,
    TimelineEvent,
)
from core.rules.deadlines import notification_deadline
from core.storage.db import Connection


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else to_iso(moment)


def _dt(text: str | None) -> datetime | None:
    return None if text is None else from_iso(text)


# --- incidents ---------------------------------------------------------------------------------------------
_INCIDENT_COLS = (
    "id, title, description, occurred_start, occurred_end, ongoing, aware_at, discovery, origin, "
    "cause, status, created_at, closed_at"
)


def insert_incident(conn: Connection, draft: IncidentDraft, aware_at: datetime, now: datetime) -> int:
    cur = conn.execute(
        "INSERT INTO incident (title, description, occurred_start, occurred_end, ongoing, aware_at, discovery, "
        "origin, cause, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)",
        (
            draft.title.strip(),
            draft.description,
            _iso(draft.occurred_start),
            _iso(draft.occurred_end),
            int(draft.ongoing),
            to_iso(aware_at),
            draft.discovery,
            draft.origin,
            draft.cause,
            to_iso(now),
            to_iso(now),
        ),
    )
    incident_id = int(cur.lastrowid)
    _write_activities(conn, incident_id, draft.activities)
    return incident_id


def update_incident(conn: Connection, incident_id: int, draft: IncidentDraft, now: datetime) -> None:
    conn.execute(
        "UPDATE incident SET title = ?, description = ?, occurred_start = ?, occurred_end = ?, ongoing = ?, "
        "discovery = ?, origin = ?, cause = ?, updated_at = ? WHERE id = ?",
        (
            draft.title.strip(),
            draft.description,
            _iso(draft.occurred_start),
            _iso(draft.occurred_end),
            int(draft.ongoing),
            draft.discovery,
            draft.origin,
            draft.cause,
            to_iso(now),
            incident_id,
        ),
    )
    conn.execute("DELETE FROM incident_activity WHERE incident_id = ?", (incident_id,))
    _write_activities(conn, incident_id, draft.activities)


def _write_activities(conn: Connection, incident_id: int, activities: Sequence[ActivityRef]) -> None:
    conn.executemany(
        "INSERT INTO incident_activity (incident_id, position, reference, name) VALUES (?, ?, ?, ?)",
        [(incident_id, i, a.reference, a.name) for i, a in enumerate(activities)],
    )


def set_awareness(conn: Connection, incident_id: int, aware_at: datetime, now: datetime) -> None:
    conn.execute(
        "UPDATE incident SET aware_at = ?, updated_at = ? WHERE id = ?",
        (to_iso(aware_at), to_iso(now), incident_id),
    )


def set_status(conn: Connection, incident_id: int, status: str, now: datetime) -> None:
    closed = to_iso(now) if status == "closed" else None
    conn.execute(
        "UPDATE incident SET status = ?, closed_at = ?, updated_at = ? WHERE id = ?",
        (status, closed, to_iso(now), incident_id),
    )


def get_incident(conn: Connection, incident_id: int) -> Incident | None:
    row = conn.execute(f"SELECT {_INCIDENT_COLS} FROM incident WHERE id = ?", (incident_id,)).fetchone()
    if row is None:
        return None
    acts = conn.execute(
        "SELECT reference, name FROM incident_activity WHERE incident_id = ? ORDER BY position",
        (incident_id,),
    ).fetchall()
    return Incident(
        id=int(row[0]),
        title=row[1],
        description=row[2],
        occurred_start=_dt(row[3]),
        occurred_end=_dt(row[4]),
        ongoing=bool(row[5]),
        aware_at=from_iso(row[6]),
        discovery=row[7],
        origin=row[8],
        cause=row[9],
        status=row[10],
        created_at=_dt(row[11]),
        closed_at=_dt(row[12]),
        activities=tuple(ActivityRef(r[0], r[1]) for r in acts),
    )


def list_summaries(
    conn: Connection, status: str | None = None, year: int | None = None
) -> list[IncidentSummary]:
    """The journal list in one query (latest assessment and decision, first notification per incident)."""
    where, params = [], []  # type: ignore[var-annotated]
    if status is not None:
        where.append("i.status = ?")
        params.append(status)
    if year is not None:
        where.append("i.aware_at >= ? AND i.aware_at < ?")
        params += [to_iso(datetime(year, 1, 1, tzinfo=PARIS)), to_iso(datetime(year + 1, 1, 1, tzinfo=PARIS))]
    sql = f"""
        WITH last_a AS (
            SELECT incident_id, max(version) AS version FROM incident_assessment GROUP BY incident_id
        ), last_d AS (
            SELECT incident_id, max(id) AS id FROM incident_decision GROUP BY incident_id
        ), notified AS (
            SELECT incident_id, min(at) AS at FROM incident_event WHERE kind = 'cnil_notified' GROUP BY incident_id
        )
        SELECT i.id, i.title, i.status, i.aware_at, a.risk, a.severity_level,
               coalesce(d.notify, a.notify), coalesce(d.inform, a.inform), coalesce(d.overridden, 0), n.at
        FROM incident i
        LEFT JOIN last_a la ON la.incident_id = i.id
        LEFT JOIN incident_assessment a ON a.incident_id = i.id AND a.version = la.version
        LEFT JOIN last_d ld ON ld.incident_id = i.id
        LEFT JOIN incident_decision d ON d.id = ld.id
        LEFT JOIN notified n ON n.incident_id = i.id
        {"WHERE " + " AND ".join(where) if where else ""}
        ORDER BY i.aware_at DESC, i.id DESC
    """
    return [_summary(row) for row in conn.execute(sql, params)]


def _summary(row: Sequence[Any]) -> IncidentSummary:
    aware = from_iso(row[3])
    notify = None if row[6] is None else bool(row[6])
    return IncidentSummary(
        id=int(row[0]),
        title=row[1],
        status=row[2],
        aware_at=aware,
        risk=row[4],
        severity_level=row[5],
        notify=notify,
        inform=None if row[7] is None else bool(row[7]),
        overridden=bool(row[8]),
        notified_at=_dt(row[9]),
        deadline=notification_deadline(aware) if notify else None,
    )


def awaiting_notification(conn: Connection) -> list[IncidentSummary]:
    """Open incidents whose latest decision (else latest assessment) is to notify the CNIL, not yet notified.

    The header countdown asks every 30 seconds, on the GUI thread: only the open incidents are visited, each
    through the indexes on (incident_id, version), (incident_id, id) and (incident_id, kind, at), instead of
    summarising the whole journal (10,000 incidents in the large demo vault).
    """
    sql = """
        SELECT i.id, i.title, i.status, i.aware_at, a.risk, a.severity_level,
               coalesce(d.notify, a.notify), coalesce(d.inform, a.inform), coalesce(d.overridden, 0), NULL
        FROM incident i
        LEFT JOIN incident_assessment a ON a.incident_id = i.id AND a.version =
            (SELECT max(version) FROM incident_assessment WHERE incident_id = i.id)
        LEFT JOIN incident_decision d ON d.id = (SELECT max(id) FROM incident_decision WHERE incident_id = i.id)
        WHERE i.status = 'open' AND coalesce(d.notify, a.notify) = 1
          AND NOT EXISTS (SELECT 1 FROM incident_event e WHERE e.incident_id = i.id AND e.kind = 'cnil_notified')
        ORDER BY i.aware_at, i.id
    """
    return [_summary(row) for row in conn.execute(sql)]


def years(conn: Connection) -> list[int]:
    """Years (in Paris time) that have incidents, newest first, for the journal's filter."""
    found = {from_iso(r[0]).astimezone(PARIS).year for r in conn.execute("SELECT aware_at FROM incident")}
    return sorted(found, reverse=True)


# --- assessments and decisions -----------------------------------------------------------------------------
def insert_assessment(conn: Connection, version: AssessmentVersion) -> None:
    r = version.result
    cur = conn.execute(
        "INSERT INTO incident_assessment (incident_id, version, created_at, risk, severity_level, notify, inform, "
        "deadline, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            version.incident_id,
            version.version,
            to_iso(version.created_at),
            r.risk,
            r.severity.level if r.severity else None,
            int(r.notify_authority),
            int(r.inform_subjects),
            to_iso(r.deadline),
            version.note,
        ),
    )
    conn.execute(
        "INSERT INTO incident_assessment_doc (assessment_id, facts_json, result_json) VALUES (?, ?, ?)",
        (
            cur.lastrowid,
            json.dumps(facts_to_dict(version.facts), ensure_ascii=False, sort_keys=True),
            json.dumps(assessment_to_dict(r), ensure_ascii=False),
        ),
    )


def next_version(conn: Connection, incident_id: int) -> int:
    row = conn.execute(
        "SELECT coalesce(max(version), 0) FROM incident_assessment WHERE incident_id = ?", (incident_id,)
    ).fetchone()
    return int(row[0]) + 1


def assessments(conn: Connection, incident_id: int) -> list[AssessmentVersion]:
    rows = conn.execute(
        "SELECT a.version, a.created_at, d.facts_json, d.result_json, a.note FROM incident_assessment a "
        "JOIN incident_assessment_doc d ON d.assessment_id = a.id WHERE a.incident_id = ? ORDER BY a.version",
        (incident_id,),
    ).fetchall()
    return [
        AssessmentVersion(
            incident_id,
            int(r[0]),
            from_iso(r[1]),
            parse_facts(json.loads(r[2])),
            assessment_from_dict(json.loads(r[3])),
            r[4],
        )
        for r in rows
    ]


def insert_decision(conn: Connection, d: Decision) -> None:
    conn.execute(
        "INSERT INTO incident_decision (incident_id, assessment_version, notify, inform, overridden, justification, "
        "decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            d.incident_id,
            d.assessment_version,
            int(d.notify),
            int(d.inform),
            int(d.overridden),
            d.justification,
            d.decided_by,
            to_iso(d.decided_at),
        ),
    )


def decisions(conn: Connection, incident_id: int) -> list[Decision]:
    rows = conn.execute(
        "SELECT assessment_version, notify, inform, overridden, justification, decided_by, decided_at "
        "FROM incident_decision WHERE incident_id = ? ORDER BY id",
        (incident_id,),
    ).fetchall()
    return [
        Decision(incident_id, int(r[0]), bool(r[1]), bool(r[2]), bool(r[3]), r[4], r[5], from_iso(r[6]))
        for r in rows
    ]


# --- timeline -----------------------------------------------------------------------------------------------
def insert_event(
    conn: Connection,
    incident_id: int,
    kind: str,
    at: datetime,
    now: datetime,
    note: str = "",
    details: dict[str, Any] | None = None,
) -> int:
    cur = conn.execute(
        "INSERT INTO incident_event (incident_id, kind, at, recorded_at, note, details_json) VALUES (?, ?, ?, ?, ?, ?)",
        (
            incident_id,
            kind,
            to_iso(at),
            to_iso(now),
            note,
            json.dumps(details or {}, ensure_ascii=False, sort_keys=True),
        ),
    )
    return int(cur.lastrowid)


def set_event_details(conn: Connection, event_id: int, details: dict[str, Any]) -> None:
    """Complete an event's details (the CNIL's number arriving after the notification); the caller journals it."""
    conn.execute(
        "UPDATE incident_event SET details_json = ? WHERE id = ?",
        (json.dumps(details, ensure_ascii=False, sort_keys=True), event_id),
    )


def insert_attachment(
    conn: Connection,
    event_id: int,
    filename: str,
    media_type: str,
    content: bytes,
    sha256: str,
    now: datetime,
) -> int:
    cur = conn.execute(
        "INSERT INTO incident_attachment (event_id, filename, media_type, size, sha256, content, added_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (event_id, filename, media_type, len(content), sha256, content, to_iso(now)),
    )
    return int(cur.lastrowid)


def events(conn: Connection, incident_id: int) -> list[TimelineEvent]:
    attachments: dict[int, list[Attachment]] = {}
    for r in conn.execute(
        "SELECT a.id, a.event_id, a.filename, a.media_type, a.size, a.sha256, a.added_at FROM incident_attachment a "
        "JOIN incident_event e ON e.id = a.event_id WHERE e.incident_id = ? ORDER BY a.id",
        (incident_id,),
    ):
        attachments.setdefault(int(r[1]), []).append(
            Attachment(int(r[0]), int(r[1]), r[2], r[3], int(r[4]), r[5], from_iso(r[6]))
        )
    rows = conn.execute(
        "SELECT id, kind, at, recorded_at, note, details_json FROM incident_event WHERE incident_id = ? "
        "ORDER BY at, id",
        (incident_id,),
    ).fetchall()
    return [
        TimelineEvent(
            int(r[0]),
            incident_id,
            r[1],
            from_iso(r[2]),
            from_iso(r[3]),
            r[4],
            json.loads(r[5]),
            tuple(attachments.get(int(r[0]), ())),
        )
        for r in rows
    ]


def attachment_content(conn: Connection, attachment_id: int) -> tuple[Attachment, bytes] | None:
    r = conn.execute(
        "SELECT id, event_id, filename, media_type, size, sha256, added_at, content "
        "FROM incident_attachment WHERE id = ?",
        (attachment_id,),
    ).fetchone()
    if r is None:
        return None
    return Attachment(int(r[0]), int(r[1]), r[2], r[3], int(r[4]), r[5], from_iso(r[6])), bytes(r[7])


# --- next steps ---------------------------------------------------------------------------------------------
def steps(conn: Connection, incident_id: int) -> list[Step]:
    rows = conn.execute(
        "SELECT key, label, detail, level, due_at, done_at, note FROM incident_step "
        "WHERE incident_id = ? ORDER BY position",
        (incident_id,),
    ).fetchall()
    return [Step(r[0], r[1], r[2], r[3], _dt(r[4]), _dt(r[5]), r[6]) for r in rows]


def replace_steps(conn: Connection, incident_id: int, new_steps: Iterable[Step]) -> None:
    conn.execute("DELETE FROM incident_step WHERE incident_id = ?", (incident_id,))
    conn.executemany(
        "INSERT INTO incident_step (incident_id, key, position, label, detail, level, due_at, done_at, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (incident_id, s.key, i, s.label, s.detail, s.level, _iso(s.due_at), _iso(s.done_at), s.note)
            for i, s in enumerate(new_steps)
        ],
    )


def set_step(conn: Connection, incident_id: int, key: str, done_at: datetime | None, note: str) -> bool:
    cur = conn.execute(
        "UPDATE incident_step SET done_at = ?, note = ? WHERE incident_id = ? AND key = ?",
        (_iso(done_at), note, incident_id, key),
    )
    return cur.rowcount == 1
