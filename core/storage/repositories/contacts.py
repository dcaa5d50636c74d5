"""SQL for the useful contacts of the emergency kit."""

from __future__ import annotations

from core.domain.contacts import ContactRole, UsefulContact
from core.storage.db import Connection

_ROLE_ORDER = (
    "CASE role WHEN 'software_vendor' THEN 0 WHEN 'it_provider' THEN 1 WHEN 'insurer' THEN 2 ELSE 3 END"
)


def list_all(conn: Connection) -> list[UsefulContact]:
    rows = conn.execute(
        f"SELECT id, role, name, phone, email, reference, notes FROM useful_contact ORDER BY {_ROLE_ORDER}, name"
    ).fetchall()
    return [UsefulContact(ContactRole(r[1]), r[2], r[3], r[4], r[5], r[6], id=int(r[0])) for r in rows]


def save(conn: Connection, contact: UsefulContact, now_iso: str) -> int:
    values = (
        contact.role.value,
        contact.name,
        contact.phone,
        contact.email,
        contact.reference,
        contact.notes,
    )
    if contact.id is None:
        cur = conn.execute(
            "INSERT INTO useful_contact (role, name, phone, email, reference, notes, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (*values, now_iso),
        )
        return int(cur.lastrowid)
    cur = conn.execute(
        "UPDATE useful_contact SET role = ?, name = ?, phone = ?, email = ?, reference = ?, notes = ?, "
        "updated_at = ? WHERE id = ?",
        (*values, now_iso, contact.id),
    )
    return contact.id if cur.rowcount == 1 else -1


def delete(conn: Connection, contact_id: int) -> bool:
    return conn.execute("DELETE FROM useful_contact WHERE id = ?", (contact_id,)).rowcount == 1
