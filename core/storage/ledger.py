"""The append-only, hash-chained journal that makes later alteration of the records evident.

Each entry stores ``hash = SHA-256(canonical JSON of [seq, at, kind, ref, body, prev_hash])``. The database
refuses UPDATE and DELETE (triggers); someone who drops the triggers with the key can still rewrite rows, but
``verify`` then finds the first entry whose hash no longer matches. A truncated tail is caught by the chain
head kept outside the database (key file anchor, backup manifests, printed on exported PDFs).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from core.domain import verify_reasons
from core.domain.verify_reasons import Reason
from core.storage.db import Connection

GENESIS = "0" * 64


@dataclass(frozen=True)
class Entry:
    seq: int
    at: str
    kind: str
    ref: str
    body: dict[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class Head:
    seq: int
    hash: str

    def short(self, lang: str = "fr") -> str:
        """The form printed on documents: entry number and the first 16 hex digits of its hash."""
        return verify_reasons.head(self.seq, self.hash, lang)


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    head: Head
    first_broken: int | None = None
    kind: str = ""  # what broke: missing, unreadable, altered, cut, anchor_mismatch (``chain.<kind>``)
    params: dict[str, int] = field(default_factory=dict)  # its figures, for core.domain.verify_reasons

    @property
    def reason(self) -> Reason | None:
        return Reason(f"chain.{self.kind}", dict(self.params), "journal") if self.kind else None

    @property
    def problem(self) -> str:
        """French, for the command line; empty when the chain holds."""
        return verify_reasons.render(f"chain.{self.kind}", self.params) if self.kind else ""


def canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def entry_hash(seq: int, at: str, kind: str, ref: str, body: dict[str, Any], prev_hash: str) -> str:
    return hashlib.sha256(canonical([seq, at, kind, ref, body, prev_hash]).encode("utf-8")).hexdigest()


def head(conn: Connection) -> Head:
    row = conn.execute("SELECT seq, hash FROM ledger ORDER BY seq DESC LIMIT 1").fetchone()
    return Head(0, GENESIS) if row is None else Head(int(row[0]), str(row[1]))


def append(conn: Connection, kind: str, body: dict[str, Any], at: str, ref: str = "") -> Entry:
    """Add one entry; call inside the transaction that makes the change it records."""
    last = head(conn)
    seq = last.seq + 1
    digest = entry_hash(seq, at, kind, ref, body, last.hash)
    conn.execute(
        "INSERT INTO ledger (seq, at, kind, ref, body, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (seq, at, kind, ref, canonical(body), last.hash, digest),
    )
    return Entry(seq, at, kind, ref, body, last.hash, digest)


def entries(conn: Connection, kind_prefix: str = "", ref: str | None = None) -> list[Entry]:
    sql = "SELECT seq, at, kind, ref, body, prev_hash, hash FROM ledger WHERE kind LIKE ? || '%'"
    params: list[Any] = [kind_prefix]
    if ref is not None:
        sql += " AND ref = ?"
        params.append(ref)
    rows = conn.execute(sql + " ORDER BY seq", params).fetchall()
    return [Entry(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6]) for r in rows]


def verify(conn: Connection, anchor: Head | None = None) -> ChainReport:
    """Recompute the whole chain; compare its end with the anchor kept outside the database."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    last = Head(0, GENESIS)
    for seq, at, kind, ref, body, prev_hash, digest in conn.execute(
        "SELECT seq, at, kind, ref, body, prev_hash, hash FROM ledger ORDER BY seq"
    ):
        count += 1
        if seq != expected_seq:
            return ChainReport(False, count, last, expected_seq, "missing", {"seq": expected_seq})
        try:
            parsed = json.loads(body)
        except ValueError:
            return ChainReport(False, count, last, seq, "unreadable", {"seq": seq})
        if prev_hash != prev or entry_hash(seq, at, kind, ref, parsed, prev) != digest:
            return ChainReport(False, count, last, seq, "altered", {"seq": seq})
        prev = digest
        last = Head(seq, digest)
        expected_seq += 1
    if anchor is not None and anchor.seq > 0:
        if last.seq < anchor.seq:
            return ChainReport(
                False,
                count,
                last,
                last.seq + 1,
                "cut",
                {"last": last.seq, "anchor": anchor.seq},
            )
        row = conn.execute("SELECT hash FROM ledger WHERE seq = ?", (anchor.seq,)).fetchone()
        if row is None or row[0] != anchor.hash:
            return ChainReport(False, count, last, anchor.seq, "anchor_mismatch", {"seq": anchor.seq})
    return ChainReport(True, count, last)
