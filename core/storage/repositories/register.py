"""SQL for the register: activities, their retention rules and processor links, and the processors.

Lists are read in bulk (one query per table, grouped in Python) so that a register of a thousand activities
loads in a few milliseconds; callers only ever see domain objects keyed by their references (T01, P01).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from core.domain.register import (
    Activity,
    Checked,
    Period,
    Processor,
    Recommendation,
    RetentionRule,
    Transfer,
)
from core.domain.register_codec import checked_out, recommendation_out, transfers_out
from core.errors import NotFound
from core.storage.db import Connection

_ACTIVITY_COLUMNS = (
    "ref",
    "template_key",
    "name",
    "software",
    "joint_controller",
    "purposes",
    "legal_basis",
    "legal_basis_detail",
    "art9_condition",
    "art9_detail",
    "persons",
    "data_categories",
    "sensitive_data",
    "data_source",
    "recipients_internal",
    "recipients_external",
    "transfers_outside_eu",
    "transfers",
    "security_measures",
    "dpia_required",
    "dpia_reason",
    "information",
    "status",
    "created_at",
    "updated_at",
)
_PROCESSOR_COLUMNS = (
    "ref",
    "template_key",
    "name",
    "role",
    "services",
    "incident_contact",
    "contract_date",
    "clauses",
    "hosts_health_data",
    "hds_reference",
    "hds_expiry",
    "hds_activities",
    "data_location",
    "transfers",
    "notes",
    "created_at",
    "updated_at",
)
_RETENTION_COLUMNS = (
    "activity_id",
    "position",
    "category",
    "active_value",
    "active_unit",
    "archive_value",
    "archive_unit",
    "trigger_event",
    "end_action",
    "criterion",
    "justification",
    "recommended",
)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _checked_in(text: str) -> tuple[Checked, ...]:
    return tuple(Checked(d["code"], d.get("detail", "")) for d in json.loads(text))


def _period_in(d: dict[str, Any] | None) -> Period | None:
    return None if d is None else Period(int(d["value"]), str(d["unit"]))


# --- activities ------------------------------------------------------------------------------------------
def _activity_values(a: Activity) -> dict[str, Any]:
    return {
        "ref": a.ref,
        "template_key": a.template_key,
        "name": a.name,
        "software": a.software,
        "joint_controller": a.joint_controller,
        "purposes": _dumps(list(a.purposes)),
        "legal_basis": a.legal_basis,
        "legal_basis_detail": a.legal_basis_detail,
        "art9_condition": a.art9_condition,
        "art9_detail": a.art9_detail,
        "persons": _dumps(checked_out(a.persons)),
        "data_categories": _dumps(checked_out(a.data_categories)),
        "sensitive_data": _dumps(checked_out(a.sensitive_data)),
        "data_source": a.data_source,
        "recipients_internal": _dumps(list(a.recipients_internal)),
        "recipients_external": _dumps(list(a.recipients_external)),
        "transfers_outside_eu": int(a.transfers_outside_eu),
        "transfers": _dumps(transfers_out(a.transfers)),
        "security_measures": _dumps(checked_out(a.security_measures)),
        "dpia_required": None if a.dpia_required is None else int(a.dpia_required),
        "dpia_reason": a.dpia_reason,
        "information": a.information,
        "status": a.status,
        "created_at": a.created_at,
        "updated_at": a.updated_at,
    }


def _activity_from_row(row: tuple[Any, ...], retention: list[RetentionRule], refs: list[str]) -> Activity:
    v = dict(zip(_ACTIVITY_COLUMNS, row[1:], strict=True))
    return Activity(
        ref=v["ref"],
        template_key=v["template_key"],
        name=v["name"],
        software=v["software"],
        joint_controller=v["joint_controller"],
        purposes=tuple(json.loads(v["purposes"])),
        legal_basis=v["legal_basis"],
        legal_basis_detail=v["legal_basis_detail"],
        art9_condition=v["art9_condition"],
        art9_detail=v["art9_detail"],
        persons=_checked_in(v["persons"]),
        data_categories=_checked_in(v["data_categories"]),
        sensitive_data=_checked_in(v["sensitive_data"]),
        data_source=v["data_source"],
        recipients_internal=tuple(json.loads(v["recipients_internal"])),
        recipients_external=tuple(json.loads(v["recipients_external"])),
        processor_refs=tuple(refs),
        transfers_outside_eu=bool(v["transfers_outside_eu"]),
        transfers=tuple(
            Transfer(d["country"], d.get("safeguard", ""), d.get("detail", ""))
            for d in json.loads(v["transfers"])
        ),
        retention=tuple(retention),
        security_measures=_checked_in(v["security_measures"]),
        dpia_required=None if v["dpia_required"] is None else bool(v["dpia_required"]),
        dpia_reason=v["dpia_reason"],
        information=v["information"],
        status=v["status"],
        created_at=v["created_at"],
        updated_at=v["updated_at"],
    )


def _rule_from_row(row: tuple[Any, ...]) -> RetentionRule:
    (_aid, _pos, category, av, au, rv, ru, trigger, end_action, criterion, justification, recommended) = row
    rec = None
    if recommended is not None:
        d = json.loads(recommended)
        rec = Recommendation(_period_in(d["active"]), _period_in(d["archive"]), d["end_action"])
    return RetentionRule(
        category=category,
        active=None if av is None else Period(av, au),
        archive=None if rv is None else Period(rv, ru),
        trigger=trigger,
        end_action=end_action,
        criterion=criterion,
        justification=justification,
        recommended=rec,
    )


def list_activities(conn: Connection, where: str = "", params: tuple[Any, ...] = ()) -> list[Activity]:
    rows = conn.execute(
        f"SELECT id, {', '.join(_ACTIVITY_COLUMNS)} FROM register_activity {where} ORDER BY length(ref), ref",
        params,
    ).fetchall()
    if not rows:
        return []
    ids = [r[0] for r in rows]
    marks = ",".join("?" * len(ids)) if len(ids) < 500 else None
    filt = f"WHERE activity_id IN ({marks})" if marks else ""
    filt_params = tuple(ids) if marks else ()
    retention: dict[int, list[RetentionRule]] = defaultdict(list)
    for row in conn.execute(
        f"SELECT {', '.join(_RETENTION_COLUMNS)} FROM register_retention {filt} ORDER BY activity_id, position",
        filt_params,
    ):
        retention[row[0]].append(_rule_from_row(row))
    links: dict[int, list[str]] = defaultdict(list)
    for aid, ref in conn.execute(
        "SELECT l.activity_id, p.ref FROM register_activity_processor l "
        f"JOIN register_processor p ON p.id = l.processor_id {filt.replace('activity_id', 'l.activity_id')} "
        "ORDER BY l.activity_id, l.position",
        filt_params,
    ):
        links[aid].append(ref)
    return [_activity_from_row(r, retention[r[0]], links[r[0]]) for r in rows]


def get_activity(conn: Connection, ref: str) -> Activity:
    found = list_activities(conn, "WHERE ref = ?", (ref,))
    if not found:
        raise NotFound(what="activity", ref=ref)
    return found[0]


def activity_exists(conn: Connection, ref: str) -> bool:
    return conn.execute("SELECT 1 FROM register_activity WHERE ref = ?", (ref,)).fetchone() is not None


def next_ref(conn: Connection, table: str, prefix: str) -> str:
    """The first free reference after the highest one used (T01, T02 … T100)."""
    assert table in ("register_activity", "register_processor")
    highest = 0
    for (ref,) in conn.execute(f"SELECT ref FROM {table}"):
        digits = ref[len(prefix) :]
        if digits.isdigit():
            highest = max(highest, int(digits))
    return f"{prefix}{highest + 1:02d}"


def insert_activities(conn: Connection, activities: Iterable[Activity]) -> None:
    """Insert complete activities (refs and timestamps set); processor refs must exist."""
    cols = ", ".join(_ACTIVITY_COLUMNS)
    marks = ", ".join(f":{c}" for c in _ACTIVITY_COLUMNS)
    items = list(activities)
    conn.executemany(
        f"INSERT INTO register_activity ({cols}) VALUES ({marks})", [_activity_values(a) for a in items]
    )
    ids = dict(conn.execute("SELECT ref, id FROM register_activity").fetchall())
    _write_children(conn, [(ids[a.ref], a) for a in items])


def update_activity(conn: Connection, activity: Activity) -> None:
    values = _activity_values(activity)
    sets = ", ".join(f"{c} = :{c}" for c in _ACTIVITY_COLUMNS if c not in ("ref", "created_at"))
    cur = conn.execute(f"UPDATE register_activity SET {sets} WHERE ref = :ref", values)
    if cur.rowcount == 0:
        raise NotFound(what="activity", ref=activity.ref)
    (aid,) = conn.execute("SELECT id FROM register_activity WHERE ref = ?", (activity.ref,)).fetchone()
    conn.execute("DELETE FROM register_retention WHERE activity_id = ?", (aid,))
    conn.execute("DELETE FROM register_activity_processor WHERE activity_id = ?", (aid,))
    _write_children(conn, [(aid, activity)])


def _write_children(conn: Connection, items: list[tuple[int, Activity]]) -> None:
    processor_ids = dict(conn.execute("SELECT ref, id FROM register_processor").fetchall())
    rules = []
    links = []
    for aid, a in items:
        for pos, r in enumerate(a.retention):
            rec = recommendation_out(r.recommended)
            rules.append(
                (
                    aid,
                    pos,
                    r.category,
                    None if r.active is None else r.active.value,
                    None if r.active is None else r.active.unit,
                    None if r.archive is None else r.archive.value,
                    None if r.archive is None else r.archive.unit,
                    r.trigger,
                    r.end_action,
                    r.criterion,
                    r.justification,
                    None if rec is None else _dumps(rec),
                )
            )
        for pos, ref in enumerate(a.processor_refs):
            if ref not in processor_ids:
                raise NotFound(what="processor", ref=ref)
            links.append((aid, processor_ids[ref], pos))
    conn.executemany(
        f"INSERT INTO register_retention ({', '.join(_RETENTION_COLUMNS)}) "
        f"VALUES ({', '.join('?' * len(_RETENTION_COLUMNS))})",
        rules,
    )
    conn.executemany(
        "INSERT INTO register_activity_processor (activity_id, processor_id, position) VALUES (?, ?, ?)",
        links,
    )


def delete_activity(conn: Connection, ref: str) -> None:
    if conn.execute("DELETE FROM register_activity WHERE ref = ?", (ref,)).rowcount == 0:
        raise NotFound(what="activity", ref=ref)


# --- processors ------------------------------------------------------------------------------------------
def _processor_values(p: Processor) -> dict[str, Any]:
    return {
        "ref": p.ref,
        "template_key": p.template_key,
        "name": p.name,
        "role": p.role,
        "services": p.services,
        "incident_contact": p.incident_contact,
        "contract_date": p.contract_date.isoformat() if p.contract_date else None,
        "clauses": _dumps(list(p.clauses)),
        "hosts_health_data": int(p.hosts_health_data),
        "hds_reference": p.hds_reference,
        "hds_expiry": p.hds_expiry.isoformat() if p.hds_expiry else None,
        "hds_activities": _dumps(list(p.hds_activities)),
        "data_location": p.data_location,
        "transfers": p.transfers,
        "notes": p.notes,
        "created_at": p.created_at,
        "updated_at": p.updated_at,
    }


def _processor_from_row(row: tuple[Any, ...]) -> Processor:
    v = dict(zip(_PROCESSOR_COLUMNS, row, strict=True))
    return Processor(
        ref=v["ref"],
        template_key=v["template_key"],
        name=v["name"],
        role=v["role"],
        services=v["services"],
        incident_contact=v["incident_contact"],
        contract_date=date.fromisoformat(v["contract_date"]) if v["contract_date"] else None,
        clauses=tuple(json.loads(v["clauses"])),
        hosts_health_data=bool(v["hosts_health_data"]),
        hds_reference=v["hds_reference"],
        hds_expiry=date.fromisoformat(v["hds_expiry"]) if v["hds_expiry"] else None,
        hds_activities=tuple(json.loads(v["hds_activities"])),
        data_location=v["data_location"],
        transfers=v["transfers"],
        notes=v["notes"],
        created_at=v["created_at"],
        updated_at=v["updated_at"],
    )


def list_processors(conn: Connection) -> list[Processor]:
    rows = conn.execute(
        f"SELECT {', '.join(_PROCESSOR_COLUMNS)} FROM register_processor ORDER BY length(ref), ref"
    )
    return [_processor_from_row(r) for r in rows]


def get_processor(conn: Connection, ref: str) -> Processor:
    row = conn.execute(
        f"SELECT {', '.join(_PROCESSOR_COLUMNS)} FROM register_processor WHERE ref = ?", (ref,)
    ).fetchone()
    if row is None:
        raise NotFound(what="processor", ref=ref)
    return _processor_from_row(row)


def insert_processors(conn: Connection, processors: Iterable[Processor]) -> None:
    cols = ", ".join(_PROCESSOR_COLUMNS)
    marks = ", ".join(f":{c}" for c in _PROCESSOR_COLUMNS)
    conn.executemany(
        f"INSERT INTO register_processor ({cols}) VALUES ({marks})",
        [_processor_values(p) for p in processors],
    )


def update_processor(conn: Connection, processor: Processor) -> None:
    sets = ", ".join(f"{c} = :{c}" for c in _PROCESSOR_COLUMNS if c not in ("ref", "created_at"))
    if (
        conn.execute(
            f"UPDATE register_processor SET {sets} WHERE ref = :ref", _processor_values(processor)
        ).rowcount
        == 0
    ):
        raise NotFound(what="processor", ref=processor.ref)


def delete_processor(conn: Connection, ref: str) -> None:
    """Links to activities go with it (ON DELETE CASCADE)."""
    if conn.execute("DELETE FROM register_processor WHERE ref = ?", (ref,)).rowcount == 0:
        raise NotFound(what="processor", ref=ref)


def activity_refs_using(conn: Connection, processor_ref: str) -> list[str]:
    rows = conn.execute(
        "SELECT a.ref FROM register_activity a JOIN register_activity_processor l ON l.activity_id = a.id "
        "JOIN register_processor p ON p.id = l.processor_id WHERE p.ref = ? ORDER BY length(a.ref), a.ref",
        (processor_ref,),
    )
    return [r[0] for r in rows]


def set_processor_links(conn: Connection, processor_ref: str, activity_refs: Iterable[str]) -> None:
    """Make exactly ``activity_refs`` use the processor (the link edited from the processor's side)."""
    row = conn.execute("SELECT id FROM register_processor WHERE ref = ?", (processor_ref,)).fetchone()
    if row is None:
        raise NotFound(what="processor", ref=processor_ref)
    pid = row[0]
    wanted = set(activity_refs)
    ids = dict(conn.execute("SELECT ref, id FROM register_activity").fetchall())
    for ref in wanted:
        if ref not in ids:
            raise NotFound(what="activity", ref=ref)
    current = {
        r[0]
        for r in conn.execute(
            "SELECT a.ref FROM register_activity_processor l JOIN register_activity a ON a.id = l.activity_id "
            "WHERE l.processor_id = ?",
            (pid,),
        )
    }
    for ref in current - wanted:
        conn.execute(
            "DELETE FROM register_activity_processor WHERE activity_id = ? AND processor_id = ?",
            (ids[ref], pid),
        )
    for ref in sorted(wanted - current):
        (pos,) = conn.execute(
            "SELECT coalesce(max(position) + 1, 0) FROM register_activity_processor WHERE activity_id = ?",
            (ids[ref],),
        ).fetchone()
        conn.execute(
            "INSERT INTO register_activity_processor (activity_id, processor_id, position) VALUES (?, ?, ?)",
            (ids[ref], pid, pos),
        )


def clear(conn: Connection) -> None:
    conn.execute("DELETE FROM register_activity")
    conn.execute("DELETE FROM register_processor")


def counts(conn: Connection) -> tuple[int, int]:
    a = conn.execute("SELECT count(*) FROM register_activity").fetchone()[0]
    p = conn.execute("SELECT count(*) FROM register_processor").fetchone()[0]
    return int(a), int(p)
