"""SQL for rights requests and their attachments."""

from __future__ import annotations

from datetime import datetime

from core.clock import from_iso, to_iso
from core.domain.rights import (
    AnswerChannel,
    Attachment,
    RequesterKind,
    RequestKind,
    RequestStatus,
    RightsRequest,
)
from core.storage.db import Connection

_COLUMNS = (
    "id, kind, requester_kind, requester_name, requester_address, patient_name, identity_checked, "
    "identity_note, received_at, old_information, details, status, extended_at, extension_reason, "
    "answered_at, answer_channel, answer_content"
)


def _opt_iso(moment: datetime | None) -> str | None:
    return None if moment is None else to_iso(moment)


def _opt_dt(text: str | None) -> datetime | None:
    return None if not text else from_iso(text)


def _from_row(row: tuple) -> RightsRequest:
    return RightsRequest(
        id=int(row[0]),
        kind=RequestKind(row[1]),
        requester_kind=RequesterKind(row[2]),
        requester_name=row[3],
        requester_address=row[4],
        patient_name=row[5],
        identity_checked=bool(row[6]),
        identity_note=row[7],
        received_at=from_iso(row[8]),
        old_information=bool(row[9]),
        details=row[10],
        status=RequestStatus(row[11]),
        extended_at=_opt_dt(row[12]),
        extension_reason=row[13],
        answered_at=_opt_dt(row[14]),
        answer_channel=AnswerChannel(row[15]) if row[15] else None,
        answer_content=row[16],
    )


def _values(request: RightsRequest) -> dict[str, object]:
    return {
        "kind": request.kind.value,
        "requester_kind": request.requester_kind.value,
        "requester_name": request.requester_name,
        "requester_address": request.requester_address,
        "patient_name": request.patient_name,
        "identity_checked": int(request.identity_checked),
        "identity_note": request.identity_note,
        "received_at": to_iso(request.received_at),
        "old_information": int(request.old_information),
        "details": request.details,
        "status": request.status.value,
        "extended_at": _opt_iso(request.extended_at),
        "extension_reason": request.extension_reason,
        "answered_at": _opt_iso(request.answered_at),
        "answer_channel": request.answer_channel.value if request.answer_channel else "",
        "answer_content": request.answer_content,
    }


def insert(conn: Connection, request: RightsRequest, now_iso: str) -> int:
    values = _values(request)
    cols = ", ".join(values)
    marks = ", ".join(f":{k}" for k in values)
    cur = conn.execute(
        f"INSERT INTO rights_request ({cols}, created_at, updated_at) VALUES ({marks}, :now, :now)",
        {**values, "now": now_iso},
    )
    return int(cur.lastrowid)


def insert_many(conn: Connection, requests: list[RightsRequest], now_iso: str) -> None:
    """Bulk insert (demo and benchmarks): one prepared statement for all rows."""
    if not requests:
        return
    keys = list(_values(requests[0]))
    cols = ", ".join(keys)
    marks = ", ".join(f":{k}" for k in keys)
    conn.executemany(
        f"INSERT INTO rights_request ({cols}, created_at, updated_at) VALUES ({marks}, :now, :now)",
        [{**_values(r), "now": now_iso} for r in requests],
    )


def update(conn: Connection, request: RightsRequest, now_iso: str) -> bool:
    values = _values(request)
    sets = ", ".join(f"{k} = :{k}" for k in values)
    cur = conn.execute(
        f"UPDATE rights_request SET {sets}, updated_at = :now WHERE id = :id",
        {**values, "now": now_iso, "id": request.id},
    )
    return cur.rowcount == 1


def get(conn: Connection, request_id: int) -> RightsRequest | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM rights_request WHERE id = ?", (request_id,)).fetchone()
    return None if row is None else _from_row(row)


def list_all(conn: Connection) -> list[RightsRequest]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM rights_request ORDER BY received_at DESC, id DESC")
    return [_from_row(r) for r in rows.fetchall()]


def delete(conn: Connection, request_id: int) -> bool:
    return conn.execute("DELETE FROM rights_request WHERE id = ?", (request_id,)).rowcount == 1


# --- attachments ----------------------------------------------------------------------------------------
def add_attachment(
    conn: Connection,
    request_id: int,
    filename: str,
    media_type: str,
    content: bytes,
    sha256: str,
    now_iso: str,
) -> int:
    cur = conn.execute(
        "INSERT INTO rights_attachment (request_id, filename, media_type, content, size, sha256, added_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (request_id, filename, media_type, content, len(content), sha256, now_iso),
    )
    return int(cur.lastrowid)


def attachments(conn: Connection, request_id: int) -> list[Attachment]:
    rows = conn.execute(
        "SELECT id, request_id, filename, media_type, size, sha256, added_at FROM rights_attachment "
        "WHERE request_id = ? ORDER BY id",
        (request_id,),
    ).fetchall()
    return [Attachment(r[0], r[1], r[2], r[3], r[4], r[5], from_iso(r[6])) for r in rows]


def attachment_content(conn: Connection, attachment_id: int) -> tuple[bytes, str] | None:
    row = conn.execute(
        "SELECT content, sha256 FROM rights_attachment WHERE id = ?", (attachment_id,)
    ).fetchone()
    return None if row is None else (bytes(row[0]), str(row[1]))


def delete_attachment(conn: Connection, attachment_id: int) -> bool:
    return conn.execute("DELETE FROM rights_attachment WHERE id = ?", (attachment_id,)).rowcount == 1
