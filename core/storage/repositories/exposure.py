"""Stored exposure scans (header + findings in order) and their integrity digest."""

from __future__ import annotations

import json
from dataclasses import dataclass

from core.clock import from_iso, to_iso
from core.exposure.findings import BoxState, Finding, Kind, RouterInfo, ScanResult, Severity
from core.storage.db import Connection

_FINDING_COLUMNS = (
    "kind",
    "title",
    "severity",
    "advice",
    "address",
    "port",
    "protocol",
    "program",
    "service",
    "external_port",
    "rule",
    "remote_host",
    "code",
    "params",
)


@dataclass(frozen=True)
class StoredScan:
    id: int
    scan: ScanResult
    digest: str
    note: str
    saved_at: str


@dataclass(frozen=True)
class ScanSummary:
    id: int
    finished_at: str
    critical: int
    warning: int
    info: int
    router_answered: bool
    note: str
    box_state: str | None = None  # "complete" / "partial" / "not_checked"; None before migration 0010


def insert(conn: Connection, scan: ScanResult, digest: str, note: str, now_iso: str) -> int:
    r = scan.router
    cursor = conn.execute(
        "INSERT INTO exposure_scan (started_at, finished_at, platform, router_answered, router_url, router_name, "
        "router_maker, router_model, external_ip, mapping_count, critical_count, warning_count, info_count, note, "
        "digest, saved_at, box_state, box_reason, box_reason_text) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            to_iso(scan.started_at),
            to_iso(scan.finished_at),
            scan.platform,
            int(r.answered),
            r.description_url,
            r.friendly_name,
            r.manufacturer,
            r.model,
            r.external_ip,
            r.mapping_count,
            scan.count(Severity.CRITICAL),
            scan.count(Severity.WARNING),
            scan.count(Severity.INFO),
            note,
            digest,
            now_iso,
            r.state.value if r.state else None,
            r.reason,
            r.reason_text,
        ),
    )
    scan_id = int(cursor.lastrowid)
    conn.executemany(
        f"INSERT INTO exposure_finding (scan_id, position, {', '.join(_FINDING_COLUMNS)}) "
        f"VALUES (?, ?, {', '.join('?' for _ in _FINDING_COLUMNS)})",
        [
            (
                scan_id,
                i,
                f.kind.value,
                f.title,
                f.severity.value,
                f.advice,
                f.address,
                f.port,
                f.protocol,
                f.program,
                f.service,
                f.external_port,
                f.rule,
                f.remote_host,
                f.code,
                None if f.params is None else json.dumps(f.params, ensure_ascii=False, sort_keys=True),
            )
            for i, f in enumerate(scan.findings)
        ],
    )
    return scan_id


def get(conn: Connection, scan_id: int) -> StoredScan | None:
    row = conn.execute(
        "SELECT id, started_at, finished_at, platform, router_answered, router_url, router_name, router_maker, "
        "router_model, external_ip, mapping_count, digest, note, saved_at, box_state, box_reason, box_reason_text "
        "FROM exposure_scan WHERE id = ?",
        (scan_id,),
    ).fetchone()
    if row is None:
        return None
    rows = conn.execute(
        f"SELECT {', '.join(_FINDING_COLUMNS)} FROM exposure_finding WHERE scan_id = ? ORDER BY position",
        (scan_id,),
    ).fetchall()
    findings = tuple(
        Finding(
            kind=Kind(k),
            title=t,
            severity=Severity(s),
            advice=a,
            address=addr,
            port=port,
            protocol=proto,
            program=prog,
            service=svc,
            external_port=ext,
            rule=rule,
            remote_host=remote,
            code=code,
            params=None if params is None else json.loads(params),
        )
        for k, t, s, a, addr, port, proto, prog, svc, ext, rule, remote, code, params in rows
    )
    scan = ScanResult(
        started_at=from_iso(row[1]),
        finished_at=from_iso(row[2]),
        findings=findings,
        router=RouterInfo(
            answered=bool(row[4]),
            description_url=row[5],
            friendly_name=row[6],
            manufacturer=row[7],
            model=row[8],
            external_ip=row[9],
            mapping_count=int(row[10]),
            state=BoxState(row[14]) if row[14] else None,
            reason=row[15],
            reason_text=row[16],
        ),
        platform=row[3],
    )
    return StoredScan(id=int(row[0]), scan=scan, digest=row[11], note=row[12], saved_at=row[13])


def list_summaries(conn: Connection, limit: int = 200) -> list[ScanSummary]:
    rows = conn.execute(
        "SELECT id, finished_at, critical_count, warning_count, info_count, router_answered, note, box_state "
        "FROM exposure_scan ORDER BY finished_at DESC, id DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [ScanSummary(int(r[0]), r[1], int(r[2]), int(r[3]), int(r[4]), bool(r[5]), r[6], r[7]) for r in rows]


def latest_id(conn: Connection) -> int | None:
    row = conn.execute("SELECT id FROM exposure_scan ORDER BY finished_at DESC, id DESC LIMIT 1").fetchone()
    return None if row is None else int(row[0])
