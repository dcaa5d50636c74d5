"""The practice identity row (a singleton, id = 1) and the vault-level key/value facts."""

from __future__ import annotations

from dataclasses import asdict, fields

from core.domain.practice import Practice
from core.storage.db import Connection

_COLUMNS = [f.name for f in fields(Practice)]


def get(conn: Connection) -> Practice | None:
    row = conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM practice WHERE id = 1").fetchone()
    if row is None:
        return None
    values = dict(zip(_COLUMNS, row, strict=True))
    values["dpo_designated"] = bool(values["dpo_designated"])
    return Practice(**values)


def save(conn: Connection, practice: Practice, now_iso: str) -> None:
    values = asdict(practice)
    values["dpo_designated"] = int(practice.dpo_designated)
    cols = ", ".join(_COLUMNS)
    marks = ", ".join(f":{c}" for c in _COLUMNS)
    updates = ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS)
    conn.execute(
        f"INSERT INTO practice (id, {cols}, created_at, updated_at) VALUES (1, {marks}, :now, :now) "
        f"ON CONFLICT (id) DO UPDATE SET {updates}, updated_at = excluded.updated_at",
        {**values, "now": now_iso},
    )


def get_meta(conn: Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def set_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
