"""Authentication of each journal entry (table ``ledger_auth``): HMAC-SHA256 of ``seq|hash`` under a key derived
from the data key.

The hash chain shows *that* the journal was altered; when the chain was recomputed after the altered entry, only
these HMACs (which cannot be recomputed without the key) show *which* entry it was. Written by the vault just
before each commit, for the entries that transaction added; entries older than this table are authenticated
once, when a vault is first opened by a Vigie that has it (trusted as found then, like the records' baseline).
"""

from __future__ import annotations

import hashlib
import hmac
from typing import NamedTuple

from core.domain import verify_reasons
from core.domain.verify_reasons import Reason
from core.storage.db import Connection, DatabaseError

BASELINE_META = "ledger_auth_baseline_at"


def _mac(key: bytes, seq: int, digest: str) -> str:
    return hmac.new(key, f"entry|{int(seq)}|{digest}".encode(), hashlib.sha256).hexdigest()


def last_seq(conn: Connection) -> int:
    try:
        return int(conn.execute("SELECT coalesce(max(seq), 0) FROM ledger").fetchone()[0])
    except DatabaseError:
        return 0  # no journal yet (schema older than 0007)


def authenticate_new(conn: Connection, key: bytes, after: int) -> int:
    """HMAC the entries above ``after`` (the head when this transaction began: only what it wrote, never
    entries slipped in by another program); call inside the transaction, before COMMIT."""
    try:
        conn.execute("SELECT 1 FROM ledger_auth LIMIT 1")
    except DatabaseError:
        return 0  # schema older than 0009
    rows = conn.execute(
        "SELECT l.seq, l.hash FROM ledger l LEFT JOIN ledger_auth a ON a.seq = l.seq "
        "WHERE l.seq > ? AND a.seq IS NULL ORDER BY l.seq",
        (after,),
    ).fetchall()
    conn.executemany(
        "INSERT INTO ledger_auth (seq, mac) VALUES (?, ?)",
        [(seq, _mac(key, seq, digest)) for seq, digest in rows],
    )
    return len(rows)


class Unauthentic(NamedTuple):
    seq: int
    kind: str  # unauthenticated, mac_mismatch or orphan_mac (``auth.<kind>`` in core.domain.verify_reasons)

    @property
    def reason(self) -> Reason:
        return Reason(f"auth.{self.kind}", {"seq": self.seq}, "journal")

    @property
    def text(self) -> str:
        """French, for the command line."""
        return verify_reasons.render(f"auth.{self.kind}", {"seq": self.seq})


def first_unauthentic(conn: Connection, key: bytes) -> Unauthentic | None:
    """The first entry whose HMAC is missing or wrong, with why; None when all hold."""
    try:
        rows = conn.execute(
            "SELECT l.seq, l.hash, a.mac FROM ledger l LEFT JOIN ledger_auth a ON a.seq = l.seq ORDER BY l.seq"
        ).fetchall()
    except DatabaseError:
        return None
    for seq, digest, mac in rows:
        if mac is None:
            return Unauthentic(int(seq), "unauthenticated")
        if not hmac.compare_digest(str(mac), _mac(key, seq, digest)):
            return Unauthentic(int(seq), "mac_mismatch")
    orphan = conn.execute(
        "SELECT min(seq) FROM ledger_auth WHERE seq NOT IN (SELECT seq FROM ledger)"
    ).fetchone()[0]
    if orphan is not None:
        return Unauthentic(int(orphan), "orphan_mac")
    return None
