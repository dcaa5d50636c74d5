"""Records that are legal evidence, sealed in the tamper-evident journal and checked against it.

Each transaction that creates, changes or deletes such rows appends, per table, one ledger entry ``record.set``
(``ref`` = the table) whose body maps each touched row's primary key (as JSON) to the SHA-256 of its listed
columns, or to ``null`` when the row is gone (the column list travels in the entry, so a column added later by
a migration does not break older entries). Sealing is not left to each service: temporary triggers, created on
the app's own connection only, note the rows a transaction touches, and :func:`seal_pending` seals them just
before ``COMMIT``. A row changed through any other connection (a SQLite shell with the key, triggers dropped or
not) is therefore never sealed, and :func:`verify` shows it: the row no longer matches its latest entry, has no
entry, or is gone while its entry says it exists.
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

from core.domain import verify_reasons
from core.domain.verify_reasons import Reason
from core.storage import ledger
from core.storage.db import Connection

SET = "record.set"
BASELINE_META = "evidence_baseline_at"


@dataclass(frozen=True)
class Spec:
    table: str  # its label, for verify's report, is ``table.<name>`` in core.domain.verify_reasons
    columns: tuple[str, ...] = ()  # empty = every column
    scope: str = ""  # SQL condition on the row: only rows matching it are evidence
    when: str = ""  # the same condition for the triggers, with {row} for NEW / OLD
    children: tuple[tuple[str, str], ...] = ()  # (table, column) sealed with this row (frozen together)


SPECS: tuple[Spec, ...] = (
    Spec("incident"),
    Spec("incident_activity"),
    Spec("incident_assessment"),
    Spec("incident_assessment_doc"),
    Spec("incident_decision"),
    Spec("incident_event"),
    Spec("incident_attachment"),
    Spec("incident_step"),
    Spec(
        "checklist_assessment",
        scope="closed_at IS NOT NULL",
        when="{row}.closed_at IS NOT NULL",
        children=(("checklist_answer", "assessment_id"), ("checklist_evidence", "assessment_id")),
    ),
    Spec(
        "checklist_answer",
        scope="assessment_id IN (SELECT id FROM checklist_assessment WHERE closed_at IS NOT NULL)",
    ),
    Spec(
        "checklist_evidence",
        scope="assessment_id IN (SELECT id FROM checklist_assessment WHERE closed_at IS NOT NULL)",
    ),
    # Names stay out of the digest's purpose: what a request proves is its dates and its outcome.
    Spec(
        "rights_request",
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
_CHILD_ONLY = {child for s in SPECS for child, _ in s.children}


@dataclass(frozen=True)
class Problem:
    """One evidential row (or protection, or entry) that does not match the journal; worded by
    :mod:`core.domain.verify_reasons` in the reader's language."""

    kind: str  # "changed", "unsealed", "missing_row", "missing_trigger" or "unreadable"
    table: str
    key: str  # the row's primary key as JSON; the trigger's name for "missing_trigger"
    seq: int  # the journal entry concerned (0 when none)
    shown: str = ""  # the key as a person reads it ("3" rather than "[3]")
    scoped: bool = False  # a table whose rows are evidence only in one state (closed self-assessments)

    @property
    def reason(self) -> Reason:
        if self.kind == "missing_trigger":
            return Reason("record.missing_trigger", {"name": self.key}, "protections")
        if self.kind == "unreadable":
            return Reason("record.unreadable", {"seq": self.seq}, "records")
        code = "record.missing_row_scoped" if self.kind == "missing_row" and self.scoped else f"record.{self.kind}"
        return Reason(code, {"table": self.table, "key": self.shown, "seq": self.seq}, "records")

    def render(self, lang: str = "fr") -> str:
        return verify_reasons.render(self.reason.code, self.reason.params, lang)

    @property
    def text(self) -> str:
        """French, as the command line prints it."""
        return self.render("fr")


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


def _key_sql(pk: list[str], row: str = "") -> str:
    """The primary key as JSON text, computed by SQLite (the triggers and the queries agree byte for byte)."""
    prefix = f"{row}." if row else ""
    return f"json_array({', '.join(prefix + c for c in pk)})"


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
                f"{_key_sql(pk, row)});"
                for row in rows
            )
            when = " OR ".join(f"({spec.when.format(row=row)})" for row in rows) if spec.when else ""
            conn.execute(
                f"CREATE TEMP TRIGGER IF NOT EXISTS evidence_{spec.table}_{event.lower()} "
                f"AFTER {event} ON main.{spec.table} {'WHEN ' + when if when else ''} BEGIN {inserts} END"
            )


def _seal_table(conn: Connection, spec: Spec, at: str, *, everything: bool, baseline: bool) -> None:
    """One entry for the table: the digest of each noted row (or of every row), null for a row gone."""
    pk = _pk(conn, spec.table)
    columns = _sealed_columns(conn, spec)
    key_sql = _key_sql(pk)
    scope = f" AND ({spec.scope})" if spec.scope else ""
    cols_sql = ", ".join(f'"{c}"' for c in columns)
    if everything:
        query = f'SELECT {key_sql}, {cols_sql} FROM main."{spec.table}" WHERE 1{scope}'
        params: tuple[Any, ...] = ()
        noted: list[str] = []
    else:
        noted = [
            str(r[0])
            for r in conn.execute(
                "SELECT key FROM temp.evidence_dirty WHERE tbl = ? ORDER BY key", (spec.table,)
            )
        ]
        if not noted:
            return
        query = (
            f'SELECT {key_sql}, {cols_sql} FROM main."{spec.table}" WHERE {key_sql} IN '
            f"(SELECT key FROM temp.evidence_dirty WHERE tbl = ?){scope}"
        )
        params = (spec.table,)
    rows: dict[str, str | None] = dict.fromkeys(noted)
    for key, *values in conn.execute(query, params):
        rows[str(key)] = row_digest(values)
    if not rows:
        return
    for child, column in spec.children:  # frozen together with this row: sealed with it
        present = [json.loads(k)[0] for k, digest in rows.items() if digest is not None]
        child_pk = _pk(conn, child)
        conn.executemany(
            f"INSERT OR IGNORE INTO temp.evidence_dirty (tbl, key) SELECT ?, {_key_sql(child_pk)} "
            f'FROM main."{child}" WHERE "{column}" = ?',
            [(child, value) for value in present],
        )
    body: dict[str, Any] = {"table": spec.table, "columns": columns, "rows": rows}
    if baseline:
        body["baseline"] = True
    ledger.append(conn, SET, body, at, spec.table)


def seal_pending(conn: Connection, at: str) -> None:
    """Seal the rows noted by the temporary triggers; call inside the transaction, just before COMMIT."""
    try:
        if conn.execute("SELECT 1 FROM temp.evidence_dirty LIMIT 1").fetchone() is None:
            return
    except Exception:  # noqa: BLE001 - no temp table: this connection seals nothing (backup copies, tools)
        return
    for spec in SPECS:  # parents before their children (order of SPECS)
        _seal_table(conn, spec, at, everything=False, baseline=False)
    conn.execute("DELETE FROM temp.evidence_dirty")


def discard_pending(conn: Connection) -> None:
    """After a rollback: what the triggers noted never happened."""
    with contextlib.suppress(Exception):
        conn.execute("DELETE FROM temp.evidence_dirty")


def seal_baseline(conn: Connection, at: str) -> None:
    """Seal every evidential row as it is now (a vault written before sealing existed): once per vault."""
    tables = _tables(conn)
    for spec in SPECS:
        if spec.table in tables and spec.table not in _CHILD_ONLY:
            _seal_table(conn, spec, at, everything=True, baseline=True)
    for spec in SPECS:  # children noted by their sealed parents
        if spec.table in tables and spec.table in _CHILD_ONLY:
            _seal_table(conn, spec, at, everything=False, baseline=True)
    with contextlib.suppress(Exception):
        conn.execute("DELETE FROM temp.evidence_dirty")


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


def _shown(key: str) -> str:
    try:
        parsed = json.loads(key)
        return json.dumps(parsed[0] if len(parsed) == 1 else parsed, ensure_ascii=False)
    except (ValueError, TypeError, IndexError):
        return key


def verify(conn: Connection) -> list[Problem]:
    """Each current evidential row against its latest journal entry; rows gone that an entry says exist;
    every trigger the migrations created. Problems are sorted by the journal entry concerned."""
    problems: list[Problem] = []
    present = {str(r[0]) for r in conn.execute("SELECT name FROM main.sqlite_schema WHERE type = 'trigger'")}
    for name in expected_triggers():
        if name not in present:
            problems.append(Problem("missing_trigger", "", name, 0))
    # table -> key -> (seq, digest or None, columns)
    latest: dict[str, dict[str, tuple[int, str | None, list[str]]]] = {}
    for seq, reference, body in conn.execute(
        "SELECT seq, ref, body FROM ledger WHERE kind = ? ORDER BY seq", (SET,)
    ):
        try:
            doc = json.loads(body)
            columns = [str(c) for c in doc["columns"]]
            table_rows = latest.setdefault(str(reference), {})
            for key, digest in dict(doc["rows"]).items():
                table_rows[str(key)] = (int(seq), None if digest is None else str(digest), columns)
        except (ValueError, KeyError, TypeError):
            problems.append(Problem("unreadable", str(reference), "", int(seq)))
    tables = _tables(conn)
    for spec in SPECS:
        if spec.table not in tables:
            continue
        pk = _pk(conn, spec.table)
        available = [name for name, _ in _columns(conn, spec.table)]
        sealed = latest.get(spec.table, {})
        scope = f" WHERE {spec.scope}" if spec.scope else ""
        cols_sql = ", ".join(f'"{c}"' for c in available)
        seen: set[str] = set()
        for key, *values in conn.execute(
            f'SELECT {_key_sql(pk)}, {cols_sql} FROM main."{spec.table}"{scope}'
        ):
            key = str(key)
            seen.add(key)
            row = dict(zip(available, values, strict=True))
            entry = sealed.get(key)
            if entry is None or entry[1] is None:
                problems.append(Problem("unsealed", spec.table, key, entry[0] if entry else 0, _shown(key)))
                continue
            seq, digest, columns = entry
            if any(c not in row for c in columns) or row_digest(row[c] for c in columns) != digest:
                problems.append(Problem("changed", spec.table, key, seq, _shown(key)))
        for key, (seq, digest, _cols) in sealed.items():
            if digest is not None and key not in seen:
                problems.append(Problem("missing_row", spec.table, key, seq, _shown(key), bool(spec.scope)))
    problems.sort(key=lambda p: (p.kind != "missing_trigger", p.seq or 10**12))
    return problems
