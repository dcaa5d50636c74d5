"""Records that are legal evidence, sealed in the tamper-evident journal and checked against it.

Every creation, change or deletion of such a row appends a ledger entry ``record.set`` / ``record.deleted``
with ``ref = "<table>:<primary key as JSON>"`` and the SHA-256 of the row's listed columns (the column list
travels in the entry, so a column added later by a migration does not break older entries). Sealing is not
left to each service: temporary triggers, created on the app's own connection only, note the rows a
transaction touches, and :func:`seal_pending` seals them just before ``COMMIT``. A row changed through any
other connection (a SQLite shell with the key, triggers dropped or not) is therefore never sealed, and
:func:`verify` shows it: the row no longer matches its latest entry, has no entry, or is gone.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any

from core.storage import ledger
from core.storage.db import Connection

SET = "record.set"
DELETED = "record.deleted"
BASELINE_META = "evidence_baseline_at"


@dataclass(frozen=True)
class Spec:
    table: str
    label: str  # French, for verify's report
    columns: tuple[str, ...] = ()  # empty = every column
    scope: str = ""  # SQL condition on the row: only rows matching it are evidence
    children: tuple[tuple[str, str], ...] = ()  # (table, column) sealed with this row (frozen together)


SPECS: tuple[Spec, ...] = (
    Spec("incident", "incident"),
    Spec("incident_activity", "traitement concerné par un incident"),
    Spec("incident_assessment", "évaluation d'incident"),
    Spec("incident_assessment_doc", "détail d'évaluation d'incident"),
    Spec("incident_decision", "décision sur un incident"),
    Spec(
        "incident_event", "événement d'incident (dont notifications et changements de prise de connaissance)"
    ),
    Spec("incident_attachment", "pièce jointe d'incident"),
    Spec("incident_step", "étape de suivi d'incident"),
    Spec(
        "checklist_assessment",
        "auto-évaluation clôturée",
        scope="closed_at IS NOT NULL",
        children=(("checklist_answer", "assessment_id"), ("checklist_evidence", "assessment_id")),
    ),
    Spec(
        "checklist_answer",
        "réponse d'une auto-évaluation clôturée",
        scope="assessment_id IN (SELECT id FROM checklist_assessment WHERE closed_at IS NOT NULL)",
    ),
    Spec(
        "checklist_evidence",
        "justificatif d'une auto-évaluation clôturée",
        scope="assessment_id IN (SELECT id FROM checklist_assessment WHERE closed_at IS NOT NULL)",
    ),
    # Names stay out of the digest's purpose: what a request proves is its dates and its outcome.
    Spec(
        "rights_request",
        "dates d'une demande de patient",
        columns=(
            "id",
            "kind",
            "received_at",
            "old_information",
            "status",
            "extended_at",
            "answered_at",
            "answer_channel",
            "created_at",
        ),
    ),
)
_BY_TABLE = {s.table: s for s in SPECS}
_CHILD_ONLY = {child for s in SPECS for child, _ in s.children}


@dataclass(frozen=True)
class Problem:
    kind: str  # "changed", "unsealed", "missing_row", "missing_trigger", "unknown_table"
    table: str
    key: str
    seq: int  # the journal entry concerned (0 when none)
    text: str  # French


def _tables(conn: Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute("SELECT name FROM main.sqlite_schema WHERE type = 'table'")}


def _columns(conn: Connection, table: str) -> list[tuple[str, int]]:
    return [(str(r[1]), int(r[5])) for r in conn.execute(f'PRAGMA main.table_info("{table}")')]


def _pk(conn: Connection, table: str) -> list[str]:
    cols = sorted((pk, name) for name, pk in _columns(conn, table) if pk > 0)
    return [name for _pk_index, name in cols] or ["rowid"]


def _value(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"sha256": hashlib.sha256(bytes(value)).hexdigest()}
    return value


def row_digest(values: Iterable[Any]) -> str:
    text = json.dumps([_value(v) for v in values], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def ref(table: str, key: list[Any]) -> str:
    return f"{table}:{json.dumps(key, separators=(',', ':'))}"


def _sealed_columns(conn: Connection, spec: Spec) -> list[str]:
    present = [name for name, _ in _columns(conn, spec.table)]
    return [c for c in spec.columns if c in present] if spec.columns else present


# --- sealing (the app's own connection) -------------------------------------------------------------------
def install_triggers(conn: Connection) -> None:
    """Temporary triggers (this connection only) that note every evidential row a transaction touches."""
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS evidence_dirty (tbl TEXT NOT NULL, key TEXT NOT NULL, "
        "PRIMARY KEY (tbl, key)) WITHOUT ROWID"
    )
    tables = _tables(conn)
    for spec in SPECS:
        if spec.table not in tables or spec.table in _CHILD_ONLY:
            continue
        pk = _pk(conn, spec.table)
        for event, rows in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")), ("DELETE", ("OLD",))):
            inserts = "".join(
                f"INSERT OR IGNORE INTO temp.evidence_dirty (tbl, key) VALUES ('{spec.table}', "
                f"json_array({', '.join(f'{row}.{c}' for c in pk)}));"
                for row in rows
            )
            conn.execute(
                f"CREATE TEMP TRIGGER IF NOT EXISTS evidence_{spec.table}_{event.lower()} "
                f"AFTER {event} ON main.{spec.table} BEGIN {inserts} END"
            )


def _latest(conn: Connection, reference: str) -> tuple[int, str, dict[str, Any]] | None:
    row = conn.execute(
        "SELECT seq, kind, body FROM ledger WHERE ref = ? AND kind IN (?, ?) ORDER BY seq DESC LIMIT 1",
        (reference, SET, DELETED),
    ).fetchone()
    return None if row is None else (int(row[0]), str(row[1]), json.loads(row[2]))


def _seal(conn: Connection, spec: Spec, key: list[Any], at: str, *, baseline: bool = False) -> None:
    pk = _pk(conn, spec.table)
    columns = _sealed_columns(conn, spec)
    where = " AND ".join(f'"{c}" IS ?' for c in pk) + (f" AND ({spec.scope})" if spec.scope else "")
    cols_sql = ", ".join(f'"{c}"' for c in columns)
    row = conn.execute(f'SELECT {cols_sql} FROM main."{spec.table}" WHERE {where}', key).fetchone()
    reference = ref(spec.table, key)
    latest = _latest(conn, reference)
    if row is None:
        if latest is not None and latest[1] == SET:
            ledger.append(conn, DELETED, {"table": spec.table}, at, reference)
        return
    digest = row_digest(row)
    if (
        latest is not None
        and latest[1] == SET
        and latest[2].get("digest") == digest
        and latest[2].get("columns") == columns
    ):
        return
    body: dict[str, Any] = {"table": spec.table, "columns": columns, "digest": digest}
    if baseline:
        body["baseline"] = True
    ledger.append(conn, SET, body, at, reference)
    for child, column in spec.children:
        child_spec = _BY_TABLE[child]
        child_pk = _pk(conn, child)
        for child_key in conn.execute(
            f'SELECT {", ".join(child_pk)} FROM main."{child}" WHERE "{column}" = ?', (key[0],)
        ).fetchall():
            _seal(conn, child_spec, list(child_key), at, baseline=baseline)


def seal_pending(conn: Connection, at: str) -> int:
    """Seal the rows noted by the temporary triggers; call inside the transaction, just before COMMIT."""
    try:
        pending = conn.execute("SELECT tbl, key FROM temp.evidence_dirty ORDER BY tbl, key").fetchall()
    except Exception:  # noqa: BLE001 - no temp table: this connection seals nothing (backup copies, tools)
        return 0
    if not pending:
        return 0
    conn.execute("DELETE FROM temp.evidence_dirty")
    for table, key in pending:
        _seal(conn, _BY_TABLE[table], json.loads(key), at)
    return len(pending)


def discard_pending(conn: Connection) -> None:
    """After a rollback: what the triggers noted never happened."""
    with contextlib.suppress(Exception):
        conn.execute("DELETE FROM temp.evidence_dirty")


def seal_baseline(conn: Connection, at: str) -> int:
    """Seal every evidential row that has no entry yet (a vault written before sealing existed)."""
    tables = _tables(conn)
    count = 0
    for spec in SPECS:
        if spec.table not in tables or spec.table in _CHILD_ONLY:
            continue
        pk = _pk(conn, spec.table)
        where = f" WHERE {spec.scope}" if spec.scope else ""
        for key in conn.execute(f'SELECT {", ".join(pk)} FROM main."{spec.table}"{where}').fetchall():
            if _latest(conn, ref(spec.table, list(key))) is None:
                _seal(conn, spec, list(key), at, baseline=True)
                count += 1
    return count


# --- verification ---------------------------------------------------------------------------------------------
def expected_triggers() -> list[str]:
    """Every trigger the shipped migrations create (immutability of the journal and of frozen records)."""
    names: list[str] = []
    folder = resources.files("core.storage") / "migrations"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".sql"):
            names += re.findall(
                r"CREATE\s+TRIGGER\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)", entry.read_text("utf-8"), re.I
            )
    return names


def verify(conn: Connection) -> list[Problem]:
    """Each current evidential row against its latest journal entry; entries whose row is gone; triggers."""
    problems: list[Problem] = []
    present = {str(r[0]) for r in conn.execute("SELECT name FROM main.sqlite_schema WHERE type = 'trigger'")}
    for name in expected_triggers():
        if name not in present:
            problems.append(
                Problem("missing_trigger", "", name, 0, f"protection « {name} » supprimée de la base")
            )
    latest: dict[str, tuple[int, str, dict[str, Any]]] = {}
    for seq, kind, reference, body in conn.execute(
        "SELECT seq, kind, ref, body FROM ledger WHERE kind IN (?, ?) ORDER BY seq", (SET, DELETED)
    ):
        latest[str(reference)] = (int(seq), str(kind), json.loads(body))
    tables = _tables(conn)
    seen: set[str] = set()
    for spec in SPECS:
        if spec.table not in tables:
            continue
        pk = _pk(conn, spec.table)
        current = _sealed_columns(conn, spec)
        available = {name for name, _ in _columns(conn, spec.table)}
        where = f" WHERE {spec.scope}" if spec.scope else ""
        select = ", ".join(f'"{c}"' for c in [*pk, *available])
        cols_order = [*pk, *available]
        for row in conn.execute(f'SELECT {select} FROM main."{spec.table}"{where}'):
            values = dict(zip(cols_order, row, strict=True))
            key = [values[c] for c in pk]
            reference = ref(spec.table, key)
            seen.add(reference)
            entry = latest.get(reference)
            shown = f"{spec.label} {json.dumps(key[0] if len(key) == 1 else key, ensure_ascii=False)}"
            if entry is None or entry[1] != SET:
                problems.append(
                    Problem(
                        "unsealed",
                        spec.table,
                        reference,
                        entry[0] if entry else 0,
                        f"{shown} : absent du journal (créé ou rétabli hors de Vigie)",
                    )
                )
                continue
            seq, _kind, body = entry
            columns = [c for c in body.get("columns", current)]
            if any(c not in values for c in columns):
                problems.append(
                    Problem(
                        "changed",
                        spec.table,
                        reference,
                        seq,
                        f"{shown} : colonnes disparues depuis l'entrée n° {seq} du journal",
                    )
                )
                continue
            if row_digest(values[c] for c in columns) != body.get("digest"):
                problems.append(
                    Problem(
                        "changed",
                        spec.table,
                        reference,
                        seq,
                        f"{shown} : diffère de l'entrée n° {seq} du journal (modifié hors de Vigie)",
                    )
                )
    for reference, (seq, kind, _body) in latest.items():
        if kind == SET and reference not in seen:
            table = reference.split(":", 1)[0]
            spec = _BY_TABLE.get(table)
            label = spec.label if spec else table
            key = reference.split(":", 1)[1]
            problems.append(
                Problem(
                    "missing_row",
                    table,
                    reference,
                    seq,
                    f"{label} {key.strip('[]')} : disparu, alors que l'entrée n° {seq} du journal "
                    "l'atteste (supprimé hors de Vigie)",
                )
            )
    problems.sort(key=lambda p: (p.kind != "missing_trigger", p.seq or 10**12))
    return problems
